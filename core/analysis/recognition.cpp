#include "recognition.h"

#include "cardindex.h"
#include "chains.h"
#include "feedbackstats.h"
#include "model/document.h"
#include "model/feedbackrules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace cx::analysis {

using namespace detail;

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct RecognitionTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Recognition)
};

auto readingKey(const Index& index, int row)
{
    const CardInfo& info = index.cards[row];
    return std::tuple(info.journeyRank, info.stageIndex, info.lanePosition, info.card->position,
                      info.card->id);
}

// Praise items in the period per card row, on customer moments only.
std::vector<int> praiseOnMoments(const DocumentData& data, const Index& index, const QDate& since)
{
    std::vector<int> praise(index.cards.size(), 0);
    for (const Feedback& f : data.feedback) {
        if (f.cardId == 0 || !isPraise(f) || !inPeriod(f, since))
            continue;
        const int row = index.cardRow.value(f.cardId, -1);
        if (row >= 0 && isCustomerMoment(index.cards[row].laneKind))
            ++praise[row];
    }
    return praise;
}

// What one call gathers before it orders the result.
struct Gathered
{
    QHash<Id, DepartmentRecognition> departments;
    QHash<Id, int> lastMoment; // department -> the last moment that credited its root causes
    std::vector<int> creditOf; // card row -> index into credits, -1: none
    std::vector<RootCauseCredit> credits;
    std::vector<int> creditRows; // aligned with credits
};

void creditMoment(const Index& index, const Search& search, int moment, int praise,
                  const QSet<Id>& known, Gathered& g)
{
    const Id momentId = index.cards[moment].card->id;
    for (int row : search.order) {
        if (row == moment || !isProcess(index.cards[row].laneKind))
            continue;
        int& at = g.creditOf[row];
        if (at < 0) {
            at = int(g.credits.size());
            const Id owner = index.cards[row].card->accountableId;
            RootCauseCredit credit;
            credit.cardId = index.cards[row].card->id;
            credit.departmentId = known.contains(owner) ? owner : 0;
            g.credits.push_back(credit);
            g.creditRows.push_back(row);
        }
        RootCauseCredit& credit = g.credits[at];
        credit.moments.append(momentId);
        credit.praise += praise;
        auto last = g.lastMoment.find(credit.departmentId);
        if (last != g.lastMoment.end() && *last == moment)
            continue; // this department already has this moment
        g.lastMoment.insert(credit.departmentId, moment);
        DepartmentRecognition& dep = g.departments[credit.departmentId];
        dep.departmentId = credit.departmentId;
        dep.fedMoments.append(momentId);
        dep.fedPraise += praise;
    }
}

QString oneLine(const QString& text) { return text.simplified(); }

QString momentsText(int n) { return RecognitionTr::tr("%n praised moment(s)", nullptr, n); }

QString praiseText(int n) { return RecognitionTr::tr("%n praise item(s)", nullptr, n); }

} // namespace

const DepartmentRecognition* Recognition::department(Id departmentId) const
{
    for (const DepartmentRecognition& d : departments) {
        if (d.departmentId == departmentId)
            return &d;
    }
    return nullptr;
}

Recognition recognition(const DocumentData& data, const QDate& since)
{
    Recognition r;
    r.since = since;
    const Index index = makeIndex(data, 0); // the chains cross journeys
    const std::vector<int> praise = praiseOnMoments(data, index, since);
    std::vector<int> moments;
    for (int row = 0; row < int(praise.size()); ++row) {
        if (praise[row] > 0)
            moments.push_back(row);
    }
    std::sort(moments.begin(), moments.end(),
              [&](int a, int b) { return readingKey(index, a) < readingKey(index, b); });
    const std::vector<const Department*> byPosition = departmentsByPosition(data);
    QSet<Id> known;
    for (const Department* d : byPosition)
        known.insert(d->id);

    Gathered g;
    g.creditOf.assign(index.cards.size(), -1);
    const Flow flow = moments.empty() ? Flow() : buildFlow(data, index, Direction::Backward);
    Search search;
    std::vector<int> source(1);
    for (int row : moments) {
        const Id momentId = index.cards[row].card->id;
        r.praisedMoments.append(momentId);
        r.praise += praise[row];
        const Id owner = index.cards[row].card->accountableId;
        DepartmentRecognition& dep = g.departments[known.contains(owner) ? owner : 0];
        dep.departmentId = known.contains(owner) ? owner : 0;
        dep.ownedMoments.append(momentId);
        dep.ownedPraise += praise[row];
        source[0] = row;
        breadthFirst(flow, source, search);
        creditMoment(index, search, row, praise[row], known, g);
    }

    std::vector<int> order(g.credits.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    const auto key = [&](int i) {
        const RootCauseCredit& c = g.credits[i];
        return std::tuple(-int(c.moments.size()), -c.praise, readingKey(index, g.creditRows[i]));
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    for (int i : order) {
        r.rootCauses.append(g.credits[i]);
        g.departments[g.credits[i].departmentId].cards.append(g.credits[i]);
    }
    for (const Department* d : byPosition) {
        if (g.departments.contains(d->id))
            r.departments.append(g.departments.value(d->id));
    }
    if (g.departments.contains(0))
        r.departments.append(g.departments.value(0));
    return r;
}

QString periodText(const QDate& since)
{
    return since.isValid() ? RecognitionTr::tr("since %1").arg(since.toString(Qt::ISODate))
                           : RecognitionTr::tr("so far");
}

QStringList recognitionLines(const DocumentData& data, const Recognition& r, Id departmentId,
                             int topCards)
{
    QString name;
    for (const Department& d : data.departments) {
        if (d.id == departmentId)
            name = oneLine(d.name);
    }
    if (departmentId == 0 || name.isEmpty())
        name = RecognitionTr::tr("Nobody");
    const QString period = periodText(r.since);
    const DepartmentRecognition* dep = r.department(departmentId);
    if (!dep)
        return {RecognitionTr::tr("No praise %1 reached a customer moment that %2 owns or feeds.")
                    .arg(period, name)};
    QHash<Id, QString> titles;
    for (const Card& c : data.cards)
        titles.insert(c.id, oneLine(c.title));
    QStringList lines;
    if (!dep->ownedMoments.isEmpty())
        lines << RecognitionTr::tr("%1 owns %2 (%3) %4.")
                     .arg(name, momentsText(int(dep->ownedMoments.size())),
                          praiseText(dep->ownedPraise), period);
    if (!dep->fedMoments.isEmpty())
        lines << RecognitionTr::tr("The back-stage and support cards of %1 fed %2 (%3) %4.")
                     .arg(name, momentsText(int(dep->fedMoments.size())),
                          praiseText(dep->fedPraise), period);
    for (int i = 0; i < std::min(topCards, int(dep->cards.size())); ++i) {
        const RootCauseCredit& c = dep->cards[i];
        lines << RecognitionTr::tr("“%1” (%2) fed %3 (%4) %5.")
                     .arg(titles.value(c.cardId), name, momentsText(int(c.moments.size())),
                          praiseText(c.praise), period);
    }
    return lines;
}

QStringList recognitionLines(const Document& doc, Id departmentId, const QDate& since, int topCards)
{
    const DocumentData data = doc.snapshot();
    return recognitionLines(data, recognition(data, since), departmentId, topCards);
}

} // namespace cx::analysis
