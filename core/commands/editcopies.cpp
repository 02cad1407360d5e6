// The edit facade's copies: adding, inserting and duplicating cards with their
// links, cloning a journey (see edit.h). Each is one AddObjectsCommand.

#include "edit.h"

#include "addobjectscommand.h"
#include "editsupport.h"

#include "model/linkrules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace cx::edit {

using namespace detail;

namespace {

using Cell = QPair<Id, Id>; // (stage, lane)

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

// The links of doc between two of the given cards, by id. A file from before
// duplicates were refused may hold one link twice: its copy holds it once.
QList<Link> linksAmong(const Document& doc, const QList<Id>& cardIds)
{
    QList<Link> links;
    for (Id id : doc.linkIdsAmong(cardIds))
        links.append(*doc.link(id));
    return withoutRepeats(links);
}

// Checks the cards and gives each a concrete position: where it lands when the
// cards are inserted one after the other.
Error placeCards(const Document& doc, QList<Card>& cards)
{
    QHash<Cell, int> cellSizes;
    QSet<Id> givenIds;
    for (Card& c : cards) {
        if (!sameJourney(doc, c.stageId, c.laneId))
            return invalid(
                CommandsTr::tr("No such cell (stage %1, lane %2)").arg(c.stageId).arg(c.laneId));
        // A copy keeps the votes nobody in particular cast; the participants'
        // dots stay on the original, so no budget is spent twice. Nobody has
        // reviewed the copy, and the original's actions are the original's.
        c.votes -= c.dotCount();
        c.dots.clear();
        c.reviewedAt = {};
        c.reviewedBy.clear();
        c.actions.clear();
        if (Error err = normalizeCard(doc, c))
            return err;
        if (c.id != 0 && givenIds.contains(c.id))
            return invalid(CommandsTr::tr("Card %1 is given twice").arg(c.id));
        givenIds.insert(c.id);
        const Cell cell{c.stageId, c.laneId};
        auto size = cellSizes.find(cell);
        if (size == cellSizes.end())
            size = cellSizes.insert(cell, int(doc.cardIds(c.stageId, c.laneId).size()));
        c.position = c.position < 0 ? *size : std::min(c.position, *size);
        ++*size;
    }
    return {};
}

// The links to copy (both ends among the given cards), checked.
Result<QList<Link>> linksToCopy(const Document& doc, const QList<Card>& cards,
                                const QList<Link>& links, const QHash<Id, qsizetype>& indexOf)
{
    QList<Link> kept;
    for (const Link& l : links) {
        if (!indexOf.contains(l.fromCardId) || !indexOf.contains(l.toCardId))
            continue;
        if (l.fromCardId == l.toCardId)
            return invalid(CommandsTr::tr("A card cannot link to itself"));
        const Card& from = cards.at(indexOf.value(l.fromCardId));
        const Card& to = cards.at(indexOf.value(l.toCardId));
        if (doc.stage(from.stageId)->journeyId != doc.stage(to.stageId)->journeyId)
            return invalid(CommandsTr::tr("A link joins two cards of the same journey"));
        kept.append(l);
    }
    // The copies are new cards, so only a link given twice can be a duplicate.
    if (const QList<LinkRepeat> repeats = repeatedLinks(kept); !repeats.isEmpty()) {
        const Link& l = repeats.first().repeat;
        return duplicateLink(cards.at(indexOf.value(l.fromCardId)).title,
                             cards.at(indexOf.value(l.toCardId)).title, l.type);
    }
    return kept;
}

// The current-state journey that a future-state clone of j is compared with.
Id currentStateOf(const Journey& j)
{
    return j.state == JourneyState::Future && j.sourceJourneyId != 0 ? j.sourceJourneyId : j.id;
}

} // namespace

Result<QList<Id>> addCards(Document& doc, const QList<Card>& cards, const QList<Link>& links,
                           const QString& undoText)
{
    NewObjects added;
    added.cards = cards;
    if (Error err = placeCards(doc, added.cards))
        return err;
    QHash<Id, qsizetype> indexOf; // given card id -> index in cards
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (cards[i].id != 0)
            indexOf.insert(cards[i].id, i);
    }
    Result<QList<Link>> kept = linksToCopy(doc, added.cards, links, indexOf);
    if (!kept)
        return kept.error();
    if (cards.isEmpty())
        return QList<Id>{};

    QList<Id> newIds;
    for (Card& c : added.cards) {
        c.id = doc.allocateId(Document::Kind::Card);
        newIds.append(c.id);
    }
    for (Link l : *kept) {
        l.id = doc.allocateId(Document::Kind::Link);
        l.fromCardId = newIds.at(indexOf.value(l.fromCardId));
        l.toCardId = newIds.at(indexOf.value(l.toCardId));
        added.links.append(l);
    }
    const QString text = undoText.isEmpty()
                             ? CommandsTr::tr("Add %n card(s)", nullptr, int(cards.size()))
                             : undoText;
    return pushAdding(doc, new AddObjectsCommand(doc, std::move(added), text), newIds);
}

Result<QList<Id>> insertCards(Document& doc, const QList<Card>& cards, const QList<Link>& links,
                              Id stageId, Id laneId, int position)
{
    if (!sameJourney(doc, stageId, laneId))
        return invalid(CommandsTr::tr("No such cell (stage %1, lane %2)").arg(stageId).arg(laneId));
    const int size = int(doc.cardIds(stageId, laneId).size());
    position = position < 0 ? size : std::min(position, size);
    QList<Card> placed = cards;
    for (Card& c : placed) {
        c.stageId = stageId;
        c.laneId = laneId;
        c.position = position++;
    }
    return addCards(doc, placed, links,
                    CommandsTr::tr("Insert %n card(s)", nullptr, int(cards.size())));
}

Result<QList<Id>> duplicateCards(Document& doc, const QList<Id>& cardIds)
{
    QList<Id> order; // without repeats
    QSet<Id> chosen;
    QList<Card> copies;
    for (Id id : cardIds) {
        const Card* c = doc.card(id);
        if (!c)
            return invalid(CommandsTr::tr("No card %1").arg(id));
        if (chosen.contains(id))
            continue;
        chosen.insert(id);
        order.append(id);
        copies.append(*c);
    }
    // Top to bottom in each cell: a copy goes right after its original, which
    // the copies inserted above it have pushed down by one each.
    std::sort(copies.begin(), copies.end(), [](const Card& a, const Card& b) {
        return std::tuple(a.stageId, a.laneId, a.position) <
               std::tuple(b.stageId, b.laneId, b.position);
    });
    QHash<Cell, int> insertedAbove;
    for (Card& copy : copies) {
        int& above = insertedAbove[{copy.stageId, copy.laneId}];
        copy.position += above + 1;
        ++above;
    }
    const Result<QList<Id>> added =
        addCards(doc, copies, linksAmong(doc, order),
                 CommandsTr::tr("Duplicate %n card(s)", nullptr, int(copies.size())));
    if (!added)
        return added.error();
    QHash<Id, Id> copyOf;
    for (qsizetype i = 0; i < copies.size(); ++i)
        copyOf.insert(copies[i].id, added->at(i));
    QList<Id> result;
    for (Id id : order)
        result.append(copyOf.value(id));
    return result;
}

Result<Id> cloneJourney(Document& doc, Id journeyId, const QString& name, JourneyState state)
{
    const Journey* original = doc.journey(journeyId);
    if (!original)
        return invalid(CommandsTr::tr("No journey %1").arg(journeyId));
    if (name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A journey needs a name"));

    NewObjects clone;
    Journey j = *original;
    j.id = doc.allocateId(Document::Kind::Journey);
    j.name = name;
    j.state = state;
    j.sourceJourneyId = state == JourneyState::Future ? currentStateOf(*original) : 0;
    j.position = original->position + 1;
    clone.journeys.append(j);

    // Ids in the original -> in the clone.
    QHash<Id, Id> newStageId;
    for (Id id : doc.stageIds(journeyId)) {
        Stage s = *doc.stage(id);
        s.id = doc.allocateId(Document::Kind::Stage);
        s.journeyId = j.id;
        newStageId.insert(id, s.id);
        clone.stages.append(s);
    }
    QHash<Id, Id> newLaneId;
    for (Id id : doc.laneIds(journeyId)) {
        Lane l = *doc.lane(id);
        l.id = doc.allocateId(Document::Kind::Lane);
        l.journeyId = j.id;
        newLaneId.insert(id, l.id);
        clone.lanes.append(l);
    }
    QHash<Id, Id> newCardId;
    for (Id id : doc.cardIdsOfJourney(journeyId)) { // each cell top to bottom
        Card c = *doc.card(id);
        c.id = doc.allocateId(Document::Kind::Card);
        c.reviewedAt = {}; // a new journey's cards: not reviewed, no actions yet
        c.reviewedBy.clear();
        c.actions.clear();
        c.stageId = newStageId.value(c.stageId);
        c.laneId = newLaneId.value(c.laneId);
        newCardId.insert(id, c.id);
        clone.cards.append(c);
    }
    for (Link l : linksAmong(doc, doc.cardIdsOfJourney(journeyId))) {
        l.id = doc.allocateId(Document::Kind::Link);
        l.fromCardId = newCardId.value(l.fromCardId);
        l.toCardId = newCardId.value(l.toCardId);
        clone.links.append(l);
    }
    const QString text = CommandsTr::tr("Clone journey “%1”").arg(original->name);
    return pushAdding(doc, new AddObjectsCommand(doc, std::move(clone), text), j.id);
}

} // namespace cx::edit
