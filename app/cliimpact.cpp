#include "cliimpact.h"

#include "cli.h"
#include "cliout.h"
#include "cliteam.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace cx::cli {

namespace {

// The names a line about a card needs, looked up by id.
class MapNames
{
public:
    explicit MapNames(const DocumentData& data)
    {
        for (const Journey& j : data.journeys)
            m_journeys.insert(j.id, &j);
        for (const Stage& s : data.stages)
            m_stages.insert(s.id, &s);
        for (const Lane& l : data.lanes)
            m_lanes.insert(l.id, &l);
        for (const Department& d : data.departments)
            m_departments.insert(d.id, &d);
        for (const Card& c : data.cards)
            m_cards.insert(c.id, &c);
    }

    const Card* card(Id id) const { return m_cards.value(id); }
    QString stage(const Card& c) const { return nameOf(m_stages.value(c.stageId)); }
    QString lane(const Card& c) const { return nameOf(m_lanes.value(c.laneId)); }
    QString department(Id id) const { return nameOf(m_departments.value(id)); }
    Id journeyId(const Card& c) const
    {
        const Stage* s = m_stages.value(c.stageId);
        return s ? s->journeyId : 0;
    }
    QString journey(const Card& c) const { return nameOf(m_journeys.value(journeyId(c))); }
    // On a chain: its stage and lane exist (see analysis::chainsOfCard).
    bool placed(const Card& c) const
    {
        return m_stages.contains(c.stageId) && m_lanes.contains(c.laneId);
    }

private:
    template <typename T>
    static QString nameOf(const T* item)
    {
        return item ? item->name : QString();
    }

    QHash<Id, const Journey*> m_journeys;
    QHash<Id, const Stage*> m_stages;
    QHash<Id, const Lane*> m_lanes;
    QHash<Id, const Department*> m_departments;
    QHash<Id, const Card*> m_cards;
};

QString plural(qsizetype n, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

// "A", "A and B", "A, B and C"
QString listed(const QStringList& names)
{
    if (names.size() < 2)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           names.last();
}

// ---- Finding the card ---------------------------------------------------------

struct CardQuery
{
    QString file;
    Id journeyId = 0; // 0: every journey
    QString journeyName;
};

Result<Id> journeyIn(const DocumentData& data, const QString& file, const QString& name)
{
    QStringList names;
    for (const Journey& j : data.journeys) {
        if (j.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return j.id;
        names << terminalText(j.name);
    }
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("%1 has no journey \u201c%2\u201d; it has: %3")
                     .arg(file, terminalText(name), names.join(QStringLiteral(", ")))};
}

QString whereIn(const CardQuery& q)
{
    return q.journeyId
               ? QStringLiteral(" in the journey \u201c%1\u201d").arg(terminalText(q.journeyName))
               : QString();
}

Result<Id> cardWithId(const DocumentData& data, const CardQuery& q, const QString& text)
{
    bool isNumber = false;
    const Id id = text.trimmed().toLongLong(&isNumber);
    const MapNames names(data);
    const Card* c = isNumber ? names.card(id) : nullptr;
    if (!c || !names.placed(*c))
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 has no card with the id %2").arg(q.file, terminalText(text))};
    if (q.journeyId && names.journeyId(*c) != q.journeyId)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("card %1 is not%2").arg(id).arg(whereIn(q))};
    return id;
}

Result<Id> cardTitled(const DocumentData& data, const CardQuery& q, const QString& title)
{
    const MapNames names(data);
    QList<const Card*> matches;
    for (const Card& c : data.cards) {
        if (names.placed(c) && (!q.journeyId || names.journeyId(c) == q.journeyId) &&
            c.title.trimmed().compare(title.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(&c);
    }
    if (matches.size() == 1)
        return matches.first()->id;
    const QString quoted = QStringLiteral("\u201c%1\u201d").arg(terminalText(title.trimmed()));
    if (matches.isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1 has no card titled %2%3").arg(q.file, quoted, whereIn(q))};
    QString message = QStringLiteral("%1 cards are titled %2%3; pick one with --card-id:")
                          .arg(matches.size())
                          .arg(quoted, whereIn(q));
    for (const Card* c : matches) {
        message += QStringLiteral("\n  %1  %2 / %3 / %4: %5")
                       .arg(c->id)
                       .arg(terminalText(names.journey(*c)), terminalText(names.stage(*c)),
                            terminalText(names.lane(*c)), terminalText(c->title));
    }
    return Error{ErrorCode::InvalidArgument, message};
}

Result<Id> findCard(const DocumentData& data, const QCommandLineParser& p, const QString& file)
{
    CardQuery q{file, 0, p.value(QStringLiteral("journey"))};
    if (p.isSet(QStringLiteral("journey"))) {
        auto journey = journeyIn(data, file, q.journeyName);
        if (!journey)
            return journey.error();
        q.journeyId = *journey;
    }
    if (p.isSet(QStringLiteral("card-id")))
        return cardWithId(data, q, p.value(QStringLiteral("card-id")));
    return cardTitled(data, q, p.value(QStringLiteral("card")));
}

// ---- Text -----------------------------------------------------------------------

QString placeText(const MapNames& names, const Card& c)
{
    const QString department = names.department(c.accountableId);
    return QStringLiteral("%1 | %2 | %3")
        .arg(terminalText(names.stage(c)), terminalText(names.lane(c)),
             department.isEmpty() ? QStringLiteral("(unowned)") : terminalText(department));
}

QString tagText(const analysis::ChainCard& c, bool forward)
{
    if (forward && c.unhappy)
        return QStringLiteral("  unhappy moment");
    if (forward && c.customerMoment)
        return QStringLiteral("  customer moment");
    if (!forward && c.process)
        return QStringLiteral("  root cause");
    return {};
}

// The chain as a tree: each card under the one it came from (forward) or
// led to (backward), the distance in front; depth-first in chain order.
QString treeText(const MapNames& names, const analysis::Chain& chain, Id root, bool forward)
{
    QHash<Id, QList<const analysis::ChainCard*>> children;
    for (const analysis::ChainCard& c : chain.cards)
        children[forward ? c.path[c.path.size() - 2] : c.path[1]].append(&c);
    QString s;
    QList<const analysis::ChainCard*> stack = children.value(root);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const analysis::ChainCard* c = stack.takeLast();
        const Card& card = *names.card(c->cardId);
        const QString indent(2 * std::min(c->distance - 1, 20), u' ');
        s += QStringLiteral("  %1  %2%3 %4  [%5]%6\n")
                 .arg(c->distance, 3)
                 .arg(indent, forward ? QStringLiteral("->") : QStringLiteral("<-"),
                      terminalText(card.title), placeText(names, card), tagText(*c, forward));
        const QList<const analysis::ChainCard*> next = children.value(c->cardId);
        for (auto it = next.crbegin(); it != next.crend(); ++it)
            stack.append(*it);
    }
    return s;
}

} // namespace

Result<Id> cardNamed(const DocumentData& data, const QString& file, const QString& title)
{
    return cardTitled(data, CardQuery{file, 0, {}}, title);
}

QString impactSentence(const DocumentData& data, const analysis::ChainSummary& summary)
{
    QString s =
        summary.customerMoments == 0
            ? QStringLiteral("Reaches no customer moment")
            : QStringLiteral("Reaches %1, %2")
                  .arg(plural(summary.customerMoments, QStringLiteral("customer moment"),
                              QStringLiteral("customer moments")))
                  .arg(summary.unhappy == 0 ? QStringLiteral("none unhappy")
                                            : QStringLiteral("%1 unhappy").arg(summary.unhappy));
    if (summary.rootCauses == 0)
        return s + QStringLiteral("; no root cause.");
    const MapNames names(data);
    QStringList departments;
    for (const analysis::DepartmentRootCauses& d : summary.rootCausesByDepartment) {
        const QString name = names.department(d.departmentId);
        departments << (name.isEmpty() ? QStringLiteral("no department") : name);
    }
    return s + QStringLiteral("; root causes: %1 of %2.")
                   .arg(plural(summary.rootCauses, QStringLiteral("process"),
                               QStringLiteral("processes")),
                        listed(departments));
}

QString impactText(const DocumentData& data, const analysis::CardChains& chains)
{
    const MapNames names(data);
    const Card& card = *names.card(chains.cardId);
    QString s = QStringLiteral("Impact of \u201c%1\u201d (card %2)\n  %3\n%4\n")
                    .arg(terminalText(card.title), QString::number(card.id), placeText(names, card),
                         terminalText(impactSentence(data, chains.summary)));
    s += QStringLiteral("\nForward: %1 its impact reaches\n")
             .arg(plural(chains.forward.cards.size(), QStringLiteral("card"),
                         QStringLiteral("cards")));
    s += treeText(names, chains.forward, card.id, true);
    s += QStringLiteral("\nBackward: %1 whose impact reaches it\n")
             .arg(plural(chains.backward.cards.size(), QStringLiteral("card"),
                         QStringLiteral("cards")));
    s += treeText(names, chains.backward, card.id, false);
    return s;
}

namespace {

// ---- JSON -----------------------------------------------------------------------

QJsonArray idArray(const QList<Id>& ids)
{
    QJsonArray a;
    for (Id id : ids)
        a.append(id);
    return a;
}

QJsonValue departmentJson(const MapNames& names, Id departmentId)
{
    const QString name = names.department(departmentId);
    return name.isEmpty() ? QJsonValue() : QJsonValue(name);
}

QJsonObject cardJson(const MapNames& names, const Card& c)
{
    return {{"id", c.id},
            {"title", c.title},
            {"journey", names.journey(c)},
            {"stage", names.stage(c)},
            {"lane", names.lane(c)},
            {"department", departmentJson(names, c.accountableId)}};
}

QJsonArray chainJson(const MapNames& names, const analysis::Chain& chain, bool forward)
{
    QJsonArray entries;
    for (const analysis::ChainCard& c : chain.cards) {
        QJsonObject o = cardJson(names, *names.card(c.cardId));
        o.insert(QStringLiteral("distance"), c.distance);
        o.insert(QStringLiteral("path"), idArray(c.path));
        o.insert(QStringLiteral("links"), idArray(c.links));
        o.insert(QStringLiteral("customer_moment"), c.customerMoment);
        if (c.customerMoment)
            o.insert(QStringLiteral("unhappy"), c.unhappy);
        if (!forward)
            o.insert(QStringLiteral("root_cause"), c.process);
        entries.append(o);
    }
    return entries;
}

QJsonObject summaryJson(const DocumentData& data, const MapNames& names,
                        const analysis::ChainSummary& summary)
{
    QJsonArray groups;
    for (const analysis::DepartmentRootCauses& d : summary.rootCausesByDepartment) {
        groups.append(QJsonObject{{"department", departmentJson(names, d.departmentId)},
                                  {"cards", idArray(d.cardIds)}});
    }
    return {{"customer_moments", summary.customerMoments},
            {"unhappy", summary.unhappy},
            {"root_causes", summary.rootCauses},
            {"root_causes_by_department", groups},
            {"text", impactSentence(data, summary)}};
}

} // namespace

QString impactJson(const DocumentData& data, const analysis::CardChains& chains)
{
    const MapNames names(data);
    const QJsonObject root{{"card", cardJson(names, *names.card(chains.cardId))},
                           {"summary", summaryJson(data, names, chains.summary)},
                           {"forward", chainJson(names, chains.forward, true)},
                           {"forward_links", idArray(chains.forward.links)},
                           {"backward", chainJson(names, chains.backward, false)},
                           {"backward_links", idArray(chains.backward.links)}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

namespace {

// Parses "cxmap impact FILE [options]"; empty on success, else the problem.
QString parseImpact(QCommandLineParser& p, const QStringList& args, QString& file)
{
    p.addOption(
        {QStringLiteral("card"), QStringLiteral("The card, by title."), QStringLiteral("TITLE")});
    p.addOption(
        {QStringLiteral("card-id"), QStringLiteral("The card, by id."), QStringLiteral("N")});
    p.addOption({QStringLiteral("journey"), QStringLiteral("Look for the title in this journey."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    addMapOption(p);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // The subcommand stands where QCommandLineParser expects the program name.
    if (!p.parse(args.mid(1)))
        return p.errorText();
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return positional.isEmpty() ? QStringLiteral("impact: which file?")
                                    : QStringLiteral("impact: one file only");
    if (p.isSet(QStringLiteral("card")) == p.isSet(QStringLiteral("card-id")))
        return QStringLiteral("impact: name the card with --card TITLE or --card-id N");
    file = positional.first();
    return {};
}

} // namespace

int cmdImpact(const QStringList& args)
{
    QCommandLineParser p;
    QString file;
    if (const QString problem = parseImpact(p, args, file); !problem.isEmpty())
        return usageError(problem);
    MapSource source; // a file, or URL --map NAME
    if (const QString why = source.resolve(p, file); !why.isEmpty())
        return fail(why);
    auto data = readMapFile(source.file());
    if (!data)
        return fail(data.error().message);
    const Result<Id> cardId = findCard(*data, p, source.label());
    if (!cardId)
        return fail(cardId.error().message);
    const analysis::CardChains chains = analysis::chainsOfCard(*data, *cardId);
    if (p.isSet(QStringLiteral("json")))
        out() << impactJson(*data, chains);
    else
        out() << impactText(*data, chains);
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the chains (is the output full or closed?)"));
    return Ok;
}

} // namespace cx::cli
