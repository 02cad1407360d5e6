#include "feedbackstats.h"

#include "model/feedbackrules.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace cx::analysis {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct FeedbackStatsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::FeedbackStats)
};

QString responsesText(int n) { return FeedbackStatsTr::tr("%n response(s)", nullptr, n); }

// A percentage of n, rounded half away from zero.
int percent(int part, int n) { return int(std::lround(100.0 * part / n)); }

// Card id -> row in data.cards.
QHash<Id, int> cardRows(const DocumentData& data)
{
    QHash<Id, int> rows;
    rows.reserve(data.cards.size());
    for (int i = 0; i < int(data.cards.size()); ++i)
        rows.insert(data.cards[i].id, i);
    return rows;
}

bool hasWords(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

} // namespace

bool isComplaint(const Feedback& f)
{
    if (isPraise(f))
        return false;
    return f.kind == FeedbackKind::Complaint || (f.sentiment && *f.sentiment <= -1);
}

std::optional<double> FeedbackTally::meanSentiment() const
{
    if (rated == 0)
        return std::nullopt;
    return double(sentimentSum) / rated;
}

std::optional<int> FeedbackTally::nps() const
{
    if (npsResponses == 0)
        return std::nullopt;
    return percent(promoters - detractors, npsResponses);
}

std::optional<int> FeedbackTally::csat() const
{
    if (csatResponses == 0)
        return std::nullopt;
    return percent(satisfied, csatResponses);
}

void FeedbackTally::add(const Feedback& f)
{
    ++count;
    if (f.sentiment) {
        ++rated;
        sentimentSum += *f.sentiment;
    }
    if (isPraise(f))
        ++praise;
    else if (isComplaint(f))
        ++complaints;
    if (f.scale == ScoreScale::Nps && scoreInRange(f.scale, f.score)) {
        ++npsResponses;
        promoters += isPromoter(f.score) ? 1 : 0;
        detractors += isDetractor(f.score) ? 1 : 0;
    } else if (f.scale == ScoreScale::Csat && scoreInRange(f.scale, f.score)) {
        ++csatResponses;
        satisfied += f.score >= 4 ? 1 : 0;
    }
}

void FeedbackTally::add(const FeedbackTally& o)
{
    count += o.count;
    rated += o.rated;
    sentimentSum += o.sentimentSum;
    praise += o.praise;
    complaints += o.complaints;
    npsResponses += o.npsResponses;
    promoters += o.promoters;
    detractors += o.detractors;
    csatResponses += o.csatResponses;
    satisfied += o.satisfied;
}

bool inPeriod(const Feedback& f, const QDate& since)
{
    return !since.isValid() || (f.date.isValid() && f.date >= since);
}

FeedbackStats feedbackStats(const DocumentData& data, const QDate& since)
{
    FeedbackStats stats;
    stats.since = since;
    const QHash<Id, int> rows = cardRows(data);
    std::vector<FeedbackTally> perCard(data.cards.size());
    for (const Feedback& f : data.feedback) {
        if (!inPeriod(f, since)) {
            ++(f.date.isValid() ? stats.beforePeriod : stats.undated);
            continue;
        }
        const int row = f.cardId ? rows.value(f.cardId, -1) : -1;
        if (row < 0)
            stats.unsorted.add(f);
        else
            perCard[row].add(f);
    }
    for (int row = 0; row < int(perCard.size()); ++row) {
        const FeedbackTally& t = perCard[row];
        if (t.count == 0)
            continue;
        const Card& c = data.cards[row];
        stats.onCards.add(t);
        stats.cards.insert(c.id, t);
        stats.stages[c.stageId].add(t);
        stats.departments[c.accountableId].add(t);
    }
    return stats;
}

StrongestQuotes strongestQuotes(const DocumentData& data, Id departmentId, const QDate& since,
                                int count)
{
    QSet<Id> owned;
    for (const Card& c : data.cards) {
        if (c.accountableId == departmentId)
            owned.insert(c.id);
    }
    std::vector<const Feedback*> praise;
    std::vector<const Feedback*> complaints;
    for (const Feedback& f : data.feedback) {
        if (f.cardId == 0 || f.redacted || !inPeriod(f, since) || !owned.contains(f.cardId) ||
            !hasWords(f.text))
            continue;
        if (isPraise(f))
            praise.push_back(&f);
        else if (isComplaint(f))
            complaints.push_back(&f);
    }
    const auto stronger = [](const Feedback* a, const Feedback* b) {
        const int sa = a->sentiment ? std::abs(*a->sentiment) : -1;
        const int sb = b->sentiment ? std::abs(*b->sentiment) : -1;
        if (sa != sb)
            return sa > sb;
        if (a->date != b->date) // an invalid date is the smallest
            return a->date > b->date;
        return a->id > b->id;
    };
    const auto best = [&](std::vector<const Feedback*>& items) {
        const auto n = std::min<std::size_t>(items.size(), std::size_t(std::max(count, 0)));
        std::partial_sort(items.begin(), items.begin() + qsizetype(n), items.end(), stronger);
        QList<FeedbackQuote> out;
        for (std::size_t i = 0; i < n; ++i)
            out.append({items[i]->id, items[i]->cardId});
        return out;
    };
    return {best(praise), best(complaints)};
}

QString quoteLine(const QString& text, int max)
{
    QString line = text.simplified(); // line breaks, tabs and runs of spaces: one space
    if (line.size() <= max)
        return line;
    return line.left(std::max(max - 1, 0)).trimmed() + QChar(0x2026);
}

QString signedSentiment(double mean)
{
    const double rounded = std::round(mean * 10) / 10;
    const QString digits = QString::number(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        return QLatin1Char('+') + digits;
    return rounded < 0 ? QChar(0x2212) + digits : digits;
}

QString signedNps(int nps)
{
    if (nps > 0)
        return QLatin1Char('+') + QString::number(nps);
    return nps < 0 ? QChar(0x2212) + QString::number(-nps) : QStringLiteral("0");
}

QString feedbackSummary(const FeedbackTally& t)
{
    QStringList parts;
    parts << FeedbackStatsTr::tr("%n item(s)", nullptr, t.count);
    const std::optional<double> mean = t.meanSentiment();
    parts << (mean ? FeedbackStatsTr::tr("mean sentiment %1").arg(signedSentiment(*mean))
                   : FeedbackStatsTr::tr("no sentiment given"));
    parts << FeedbackStatsTr::tr("%1 praise, %n complaint(s)", nullptr, t.complaints).arg(t.praise);
    if (const std::optional<int> nps = t.nps())
        parts << FeedbackStatsTr::tr("NPS %1 (%2)")
                     .arg(signedNps(*nps), responsesText(t.npsResponses));
    if (const std::optional<int> csat = t.csat())
        parts << FeedbackStatsTr::tr("CSAT %1% (%2)")
                     .arg(QString::number(*csat), responsesText(t.csatResponses));
    return parts.join(QStringLiteral("; "));
}

} // namespace cx::analysis
