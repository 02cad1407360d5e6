// The Departments dock's customer feedback: what customers said about the
// lens department's cards of this journey in the period (counts, mean
// sentiment, the strongest words) and the praise its work earned, credited
// along the links (analysis/feedbackstats.h, analysis/recognition.h).

#include "departmentpanel.h"

#include "analysis/actions.h"
#include "analysis/feedbackstats.h"
#include "analysis/journeypart.h"
#include "analysis/recognition.h"
#include "model/document.h"
#include "model/shorttext.h"
#include "report/recognitionsheet.h"

#include <QLocale>
#include <QSet>
#include <QTextDocument>
#include <QTreeWidget>

namespace cx {

namespace {

constexpr qint64 feedbackKey = -6;    // the "Customer feedback" group
constexpr qint64 recognitionKey = -7; // the "Praise its work earned" group
constexpr qint64 noteKey = -8;        // a row that is no card
constexpr int quotesShown = 3;

} // namespace

void DepartmentPanel::addFeedbackSection(const DocumentData& data)
{
    const DocumentData part = analysis::journeyPart(data, m_journey);
    if (part.feedback.isEmpty())
        return; // a map without feedback on this journey: nothing to say
    const QDate since = report::defaultPeriodStart(today(*m_doc));
    const analysis::FeedbackTally mine = analysis::feedbackStats(part, since).department(m_lens);
    const analysis::Recognition recognition = analysis::recognition(part, since);
    const QString period = tr("since %1").arg(QLocale().toString(since, QLocale::ShortFormat));

    QString title = tr("Customer feedback (%n item(s) %1)", nullptr, mine.count).arg(period);
    QTreeWidgetItem* group = plainRow(nullptr, title, feedbackKey);
    group->setToolTip(0, tr("Feedback on the cards this department is accountable for, dated "
                            "in the last 90 days"));
    m_cards->addTopLevelItem(group);
    if (mine.count == 0) {
        plainRow(group, tr("None in this period."), noteKey);
    } else {
        QStringList facts{tr("%1 praise").arg(mine.praise),
                          tr("%n complaint(s)", nullptr, mine.complaints)};
        if (const auto mean = mine.meanSentiment())
            facts << tr("mean sentiment %1").arg(analysis::signedSentiment(*mean));
        plainRow(group, facts.join(QStringLiteral(" · ")), noteKey);
        const analysis::StrongestQuotes quotes =
            analysis::strongestQuotes(part, m_lens, since, quotesShown);
        const auto addQuote = [&](const analysis::FeedbackQuote& q, const QString& kind) {
            const Feedback* f = m_doc->feedback(q.feedbackId);
            const Card* c = m_doc->card(q.cardId);
            if (!f || !c)
                return;
            QStringList about{kind, c->title};
            if (f->sentiment)
                about << analysis::signedNps(*f->sentiment);
            auto* row =
                new QTreeWidgetItem(group, {inQuotes(analysis::quoteLine(f->text, 160)) +
                                            QLatin1Char('\n') + about.join(QStringLiteral(" · "))});
            row->setData(0, IdRole, c->id);
            row->setToolTip(0, Qt::convertFromPlainText(f->text.left(2000)));
        };
        for (const analysis::FeedbackQuote& q : quotes.praise)
            addQuote(q, tr("praise"));
        for (const analysis::FeedbackQuote& q : quotes.complaints)
            addQuote(q, tr("complaint"));
    }
    group->setExpanded(!m_collapsed.contains(feedbackKey));

    const analysis::DepartmentRecognition* credit = recognition.department(m_lens);
    if (!credit)
        return;
    QSet<Id> praisedMoments(credit->ownedMoments.cbegin(), credit->ownedMoments.cend());
    praisedMoments.unite(QSet<Id>(credit->fedMoments.cbegin(), credit->fedMoments.cend()));
    const int moments = int(praisedMoments.size());
    QTreeWidgetItem* praised =
        plainRow(nullptr, tr("Praise its work earned (%1)").arg(moments), recognitionKey);
    praised->setToolTip(0, tr("Praised customer moments it owns, and those its back-stage and "
                              "support cards fed along the links"));
    m_cards->addTopLevelItem(praised);
    for (const QString& line : analysis::recognitionLines(part, recognition, m_lens))
        plainRow(praised, line, noteKey);
    for (const analysis::RootCauseCredit& c : credit->cards) {
        const Card* card = m_doc->card(c.cardId);
        if (!card)
            continue;
        auto* row = new QTreeWidgetItem(
            praised, {card->title + QLatin1Char('\n') +
                      tr("fed %n praised moment(s)", nullptr, int(c.moments.size()))});
        row->setData(0, IdRole, card->id);
        row->setToolTip(0, Qt::convertFromPlainText(card->title.left(2000)));
    }
    praised->setExpanded(!m_collapsed.contains(recognitionKey));
}

} // namespace cx
