// A department's customer feedback and recognition in its report section:
// what customers said about its cards of this journey in the period, their
// strongest words, and the praise its work earned (analysis/feedbackstats.h,
// analysis/recognition.h).

#include "analysis/actions.h"
#include "analysis/feedbackstats.h"
#include "analysis/recognition.h"
#include "model/document.h"
#include "model/shorttext.h"
#include "recognitionsheet.h"
#include "reportcontent.h"
#include "reporttext.h"

namespace cx::report {

namespace {

constexpr int quotesShown = 3;

QString sentimentText(std::optional<double> mean)
{
    return mean ? signedNumber(*mean) : QStringLiteral("\u2014");
}

void addQuotes(const JourneyFacts& f, const DocumentData& part, const Department& d,
               const QDate& since, Flow& flow)
{
    const analysis::StrongestQuotes quotes =
        analysis::strongestQuotes(part, d.id, since, quotesShown);
    QList<QList<Cell>> rows;
    const auto add = [&](const analysis::FeedbackQuote& q, const QString& kind) {
        const Feedback* fb = f.doc.feedback(q.feedbackId);
        const Card* c = f.doc.card(q.cardId);
        if (!fb || !c)
            return;
        Cell sentiment = textCell(fb->sentiment ? signedNumber(*fb->sentiment, 0) : QString());
        rows.append({textCell(inQuotes(analysis::quoteLine(fb->text, 300)),
                              fb->date.isValid() ? fb->date.toString(Qt::ISODate) : QString()),
                     textCell(c->title, kind), sentiment});
    };
    for (const analysis::FeedbackQuote& q : quotes.praise)
        add(q, ReportTr::tr("praise", "kind of feedback"));
    for (const analysis::FeedbackQuote& q : quotes.complaints)
        add(q, ReportTr::tr("complaint", "kind of feedback"));
    if (rows.isEmpty())
        return;
    addTable(flow,
             {{ReportTr::tr("In the customer's words"), 62},
              {ReportTr::tr("On", "table column: the card the feedback is on"), 28},
              {ReportTr::tr("Sentiment", "table column"), 10, Qt::AlignRight}},
             rows);
}

} // namespace

void addFeedback(const JourneyFacts& f, const Department& d, Flow& flow)
{
    const JourneyFeedback& facts = f.feedback();
    const DocumentData& part = facts.part;
    const QDate& since = f.feedbackSince;
    const analysis::FeedbackTally mine = facts.stats.department(d.id);
    const analysis::DepartmentRecognition* credit = facts.recognition.department(d.id);
    if (mine.count == 0 && !credit)
        return; // nothing said about its cards, no praise reached its work
    const QString period = since.toString(Qt::ISODate);
    flow.addHeading(ReportTr::tr("Customer feedback and praise"), flow.styles().h2, 7);
    if (mine.count > 0) {
        flow.addParagraph(
            ReportTr::tr("Since %1, customers left %2 on %3's cards of this journey: %4 "
                         "praise, %n complaint(s); mean sentiment %5.",
                         nullptr, mine.complaints)
                .arg(period, ReportTr::tr("%n item(s) of feedback", nullptr, mine.count), d.name,
                     QString::number(mine.praise), sentimentText(mine.meanSentiment())),
            flow.styles().body, 2);
        addQuotes(f, part, d, since, flow);
    }
    if (credit) {
        QStringList lines = analysis::recognitionLines(part, facts.recognition, d.id);
        flow.addParagraph(lines.join(u'\n'), flow.styles().body, 2);
    }
}

} // namespace cx::report
