// A card as it was at a moment, read back from the history, and restoring
// it as one undo step (edit.h).

#include "edit.h"

#include "editsupport.h"
#include "edittext.h"
#include "io/jsoncard.h"
#include "objectcommands.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace cx::edit {

using namespace detail;

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

QString moment(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

// The card's JSON form at `when`: its form now (or nothing, if it is gone),
// with the history since then undone record by record, newest first.
Result<std::optional<QJsonObject>> cardJsonAsOf(const Document& doc, Id cardId,
                                                const QDateTime& when)
{
    HistoryFilter filter;
    filter.object = HistoryObject::Card;
    filter.objectId = cardId;
    filter.since = when.addMSecs(1); // what happened after that moment
    auto records = doc.history(filter);
    if (!records)
        return records.error();
    std::optional<QJsonObject> state;
    if (const Card* c = doc.card(cardId))
        state = json::cardToJson(*c);
    for (const HistoryRecord& r : std::as_const(*records)) {
        const HistoryChange& ch = r.change;
        if (ch.action == HistoryAction::Add)
            state.reset(); // before it was added, it was not there
        else if (ch.action == HistoryAction::Remove)
            state = ch.before.toObject();
        else if (state && !ch.before.isUndefined() && ch.field != QLatin1String("id"))
            state->insert(ch.field, ch.before);
    }
    return state;
}

// What a card's JSON form may name: the map as it is now, in the journey of
// its stage.
struct Names
{
    QSet<Id> stages, lanes, departments, participants, cards;
};

Names namesFor(const Document& doc, Id stageId)
{
    Names n;
    const Stage* s = doc.stage(stageId);
    const Id journeyId = s ? s->journeyId : 0;
    for (Id id : doc.stageIds(journeyId))
        n.stages.insert(id);
    for (Id id : doc.laneIds(journeyId))
        n.lanes.insert(id);
    for (Id id : doc.departmentIds())
        n.departments.insert(id);
    for (Id id : doc.participantIds())
        n.participants.insert(id);
    return n;
}

} // namespace

Result<Card> cardAsOf(const Document& doc, Id cardId, const QDateTime& when)
{
    // What the history lost cannot be undone: refused, not guessed.
    auto pruned = doc.historyPrunedBefore();
    if (!pruned)
        return pruned.error();
    if (pruned->isValid() && when < *pruned)
        return invalid(
            CommandsTr::tr("The map keeps no history before %1 (it was pruned, or not yet "
                           "recorded): no card can be restored as it was on %2")
                .arg(moment(*pruned), moment(when)));
    auto state = cardJsonAsOf(doc, cardId, when);
    if (!state)
        return state.error();
    if (!*state)
        return invalid(CommandsTr::tr("Card %1 did not exist on %2").arg(cardId).arg(moment(when)));
    QJsonObject form = **state;
    form.insert(QStringLiteral("id"), qint64(cardId)); // whatever a hostile record said
    if (const Card* now = doc.card(cardId)) {          // it stays where it is
        form.insert(QStringLiteral("stage"), qint64(now->stageId));
        form.insert(QStringLiteral("lane"), qint64(now->laneId));
        form.insert(QStringLiteral("position"), now->position);
    }
    // Read back against the map as it is now: a stage, lane, department or
    // participant removed since is named in the refusal.
    const Names n = namesFor(doc, form.value(QStringLiteral("stage")).toInteger());
    const json::CardRefs refs{n.stages,       n.lanes, n.departments,
                              n.participants, n.cards, "the map now"};
    json::Checks checks;
    QSet<Id> seen;
    Card out;
    if (!json::readCard(checks, form, QStringLiteral("card"), refs, seen, out))
        return invalid(CommandsTr::tr("It cannot be restored as it was on %1: %2")
                           .arg(moment(when), checks.error.message));
    return out;
}

Result<Id> restoreCard(Document& doc, Id cardId, const QDateTime& when)
{
    auto then = cardAsOf(doc, cardId, when);
    if (!then)
        return then.error();
    const QString text =
        CommandsTr::tr("Restore %1 as it was on %2").arg(quotedTitle(then->title), moment(when));
    if (const Card* now = doc.card(cardId)) {
        Card after = *then;
        if (Error err = normalizeCard(doc, after))
            return err;
        if (after == *now)
            return cardId; // nothing changed since
        return pushAdding(doc, new EditCommand<Card>(doc, *now, after, MergeId::None, false, text),
                          cardId);
    }
    // Removed since: it comes back where it was, under a new id (its links
    // do not: restore those by undoing the removal, or add them again).
    Card back = *then;
    back.votes -= back.dotCount();
    back.dots.clear();
    if (Error err = normalizeCard(doc, back))
        return err;
    back.id = doc.allocateId(Document::Kind::Card);
    back.position = std::min<int>(back.position, doc.cardIds(back.stageId, back.laneId).size());
    return pushAdding(doc, new AddCommand<Card>(doc, back, text), back.id);
}

} // namespace cx::edit
