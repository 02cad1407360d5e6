// The Dashboard's customer feedback and recognition: what customers said on
// the journey's cards in the period (counts, mean sentiment, NPS and CSAT per
// stage where scores exist) and whose work their praise credits
// (analysis/feedbackstats.h, analysis/recognition.h).

#include "dashboard.h"

#include "analysis/actions.h"
#include "analysis/feedbackstats.h"
#include "analysis/journeypart.h"
#include "analysis/recognition.h"
#include "model/document.h"
#include "report/recognitionsheet.h"

#include <QLabel>
#include <QLocale>

namespace cx {

namespace {

constexpr int creditsShown = 5;

} // namespace

void Dashboard::fillFeedback(const DocumentData& data)
{
    const DocumentData part = analysis::journeyPart(data, m_journey);
    const QDate since = report::defaultPeriodStart(today(*m_doc));
    const analysis::FeedbackStats stats = analysis::feedbackStats(part, since);
    const analysis::FeedbackTally all = m_lens ? stats.department(m_lens) : stats.onCards;
    m_sections[FeedbackSection].title->setText(
        m_lens ? tr("Customer feedback and recognition · %1").arg(lensName())
               : tr("Customer feedback and recognition"));
    QStringList lines;
    const QString whose =
        m_lens ? tr("on %1's cards").arg(lensName()) : tr("on this journey's cards");
    if (all.count == 0) {
        lines << tr("No feedback dated since %1 %2.")
                     .arg(QLocale().toString(since, QLocale::ShortFormat), whose);
    } else {
        QStringList facts{tr("%n item(s)", nullptr, all.count), tr("%1 praise").arg(all.praise),
                          tr("%n complaint(s)", nullptr, all.complaints)};
        if (const auto mean = all.meanSentiment())
            facts << tr("mean sentiment %1").arg(analysis::signedSentiment(*mean));
        lines << tr("Since %1 %2: %3.")
                     .arg(QLocale().toString(since, QLocale::ShortFormat), whose,
                          facts.join(QStringLiteral(" · ")));
    }
    // NPS and CSAT per stage where the journey's feedback holds scores.
    QStringList nps, csat;
    for (const Stage& s : part.stages) {
        const analysis::FeedbackTally t = stats.stage(s.id);
        if (const auto v = t.nps())
            nps << tr("%1 %2 (%3)")
                       .arg(s.name, analysis::signedNps(*v), QString::number(t.npsResponses));
        if (const auto v = t.csat())
            csat << tr("%1 %2 % (%3)")
                        .arg(s.name, QString::number(*v), QString::number(t.csatResponses));
    }
    if (!nps.isEmpty())
        lines << tr("NPS by stage (answers): %1").arg(nps.join(QStringLiteral(" · ")));
    if (!csat.isEmpty())
        lines << tr("CSAT by stage (answers): %1").arg(csat.join(QStringLiteral(" · ")));
    if (stats.undated > 0)
        lines << tr("%n item(s) without a date are left out of the period.", nullptr,
                    stats.undated);
    if (stats.unsorted.count > 0 && m_lens == 0)
        lines << tr("Unsorted feedback waiting for its card: %1 (View > Feedback).")
                     .arg(stats.unsorted.count);

    const analysis::Recognition recognition = analysis::recognition(part, since);
    if (m_lens) {
        lines << QString() << analysis::recognitionLines(part, recognition, m_lens);
    } else if (!recognition.rootCauses.isEmpty()) {
        lines << QString() << tr("Praise credited to the work behind it:");
        QHash<Id, const Card*> cards;
        for (const Card& c : part.cards)
            cards.insert(c.id, &c);
        for (const analysis::RootCauseCredit& c : recognition.rootCauses.mid(0, creditsShown)) {
            const Card* card = cards.value(c.cardId);
            const Department* d = m_doc->department(c.departmentId);
            if (!card)
                continue;
            const QString moments = tr("fed %n praised moment(s)", nullptr, int(c.moments.size()));
            lines << (d ? tr("• “%1” (%2) %3")
                              .arg(analysis::quoteLine(card->title, 80), d->name, moments)
                        : tr("• “%1” %2").arg(analysis::quoteLine(card->title, 80), moments));
        }
    }
    m_feedback->setText(lines.join(QLatin1Char('\n')));
}

} // namespace cx
