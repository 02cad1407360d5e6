#include "edit.h"

#include "editsupport.h"
#include "edittext.h"
#include "model/enumnames.h"
#include "model/picture.h"
#include "objectcommands.h"
#include "structurecommands.h"

#include <QCoreApplication>

namespace cx::edit {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

// What the file keeps of a persona (storeread.cpp refuses more). A picture
// that comes in is PNG or JPEG; one the file already held is kept as it is.
Error checkPersonaSizes(const Persona& p, const QByteArray& heldPicture = {})
{
    if (p.picture.size() > maxPictureBytes)
        return detail::invalid(CommandsTr::tr("A persona's picture may take at most 4 MB"));
    if (!p.picture.isEmpty() && p.picture != heldPicture && !isPictureFormat(p.picture))
        return detail::invalid(CommandsTr::tr("A persona's picture must be a PNG or JPEG picture"));
    for (const QString* text : {&p.name, &p.description, &p.goals, &p.frustrations}) {
        if (text->size() > maxTextLength)
            return detail::invalid(
                CommandsTr::tr("A persona's text may hold at most a million characters"));
    }
    return {};
}

} // namespace

using namespace detail;

Error setTitle(Document& doc, const QString& title, Merge merge)
{
    return push(doc, new EditCommand<TitleValue>(doc, {0, doc.title()}, {0, title},
                                                 MergeId::EditTitle, merge == Merge::Typing,
                                                 CommandsTr::tr("Rename document")));
}

// --- Cards -------------------------------------------------------------------------

Result<Id> addCard(Document& doc, Card card)
{
    if (!sameJourney(doc, card.stageId, card.laneId))
        return invalid(
            CommandsTr::tr("No such cell (stage %1, lane %2)").arg(card.stageId).arg(card.laneId));
    // A new card has no participant's dots: those are spent on the card they
    // were cast on. Votes nobody in particular cast stay.
    card.votes -= card.dotCount();
    card.dots.clear();
    if (Error err = normalizeCard(doc, card))
        return err;
    card.id = doc.allocateId(Document::Kind::Card);
    card.position = endIfNegative(card.position, doc.cardIds(card.stageId, card.laneId).size());
    return pushAdding(doc, new AddCommand<Card>(doc, card, CommandsTr::tr("Add card")), card.id);
}

Error editCard(Document& doc, const Card& after, Merge merge)
{
    const Card* before = doc.card(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No card %1").arg(after.id));
    Card next = after;
    if (Error err = normalizeCard(doc, next))
        return err;
    next.stageId = before->stageId;
    next.laneId = before->laneId;
    next.position = before->position;
    if (next == *before)
        return {};
    return push(doc,
                new EditCommand<Card>(doc, *before, next, MergeId::EditCard, merge == Merge::Typing,
                                      cardEditText(doc, *before, next)));
}

Error setCardTitle(Document& doc, Id cardId, const QString& title, Merge merge)
{
    const Card* c = doc.card(cardId);
    if (!c)
        return invalid(CommandsTr::tr("No card %1").arg(cardId));
    Card after = *c;
    after.title = title;
    return editCard(doc, after, merge);
}

Error removeCards(Document& doc, const QList<Id>& cardIds)
{
    for (Id id : cardIds) {
        if (!doc.card(id))
            return invalid(CommandsTr::tr("No card %1").arg(id));
        if (const QString why = othersWordsRefusal(doc, *doc.card(id)); !why.isEmpty())
            return {ErrorCode::NoPermission, why};
    }
    if (cardIds.isEmpty())
        return {};
    return push(doc, new RemoveCardsCommand(doc, cardIds));
}

Error moveCards(Document& doc, const QList<Id>& cardIds, Id stageId, Id laneId, int position)
{
    if (!sameJourney(doc, stageId, laneId))
        return invalid(CommandsTr::tr("No such cell (stage %1, lane %2)").arg(stageId).arg(laneId));
    const Id journeyId = doc.stage(stageId)->journeyId;
    for (Id id : cardIds) {
        if (doc.journeyOfCard(id) != journeyId)
            return invalid(CommandsTr::tr("Card %1 is not in this journey").arg(id));
    }
    if (cardIds.isEmpty())
        return {};
    position = endIfNegative(position, doc.cardIds(stageId, laneId).size());
    return push(doc, new MoveCardsCommand(doc, cardIds, stageId, laneId, position));
}

// --- Stages and lanes ----------------------------------------------------------------

Result<Id> addStage(Document& doc, Id journeyId, const QString& name, int position)
{
    if (!doc.journey(journeyId))
        return invalid(CommandsTr::tr("No journey %1").arg(journeyId));
    if (name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A stage needs a name"));
    Stage s{doc.allocateId(Document::Kind::Stage),
            journeyId,
            name,
            {},
            endIfNegative(position, doc.stageIds(journeyId).size())};
    return pushAdding(
        doc, new AddCommand<Stage>(doc, s, CommandsTr::tr("Add stage “%1”").arg(name)), s.id);
}

Error editStage(Document& doc, const Stage& after, Merge merge)
{
    const Stage* before = doc.stage(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No stage %1").arg(after.id));
    if (after.name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A stage needs a name"));
    return push(doc, new EditCommand<Stage>(doc, *before, after, MergeId::EditStage,
                                            merge == Merge::Typing, CommandsTr::tr("Edit stage")));
}

Error renameStage(Document& doc, Id stageId, const QString& name, Merge merge)
{
    const Stage* s = doc.stage(stageId);
    if (!s)
        return invalid(CommandsTr::tr("No stage %1").arg(stageId));
    Stage after = *s;
    after.name = name;
    return editStage(doc, after, merge);
}

Error moveStage(Document& doc, Id stageId, int toPosition)
{
    const Stage* s = doc.stage(stageId);
    if (!s)
        return invalid(CommandsTr::tr("No stage %1").arg(stageId));
    return push(doc, new MoveCommand<Stage>(doc, *s, toPosition, CommandsTr::tr("Move stage")));
}

Error removeStage(Document& doc, Id stageId)
{
    const Stage* s = doc.stage(stageId);
    if (!s)
        return invalid(CommandsTr::tr("No stage %1").arg(stageId));
    return push(doc, new RemoveStageOrLaneCommand(doc, *s));
}

Result<Id> addLane(Document& doc, Id journeyId, const QString& name, LaneKind kind, int position)
{
    if (!doc.journey(journeyId))
        return invalid(CommandsTr::tr("No journey %1").arg(journeyId));
    if (name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A lane needs a name"));
    Lane l{doc.allocateId(Document::Kind::Lane), journeyId, name, kind,
           endIfNegative(position, doc.laneIds(journeyId).size())};
    return pushAdding(doc, new AddCommand<Lane>(doc, l, CommandsTr::tr("Add lane “%1”").arg(name)),
                      l.id);
}

Error editLane(Document& doc, const Lane& after, Merge merge)
{
    const Lane* before = doc.lane(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No lane %1").arg(after.id));
    if (after.name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A lane needs a name"));
    return push(doc, new EditCommand<Lane>(doc, *before, after, MergeId::EditLane,
                                           merge == Merge::Typing, CommandsTr::tr("Edit lane")));
}

Error renameLane(Document& doc, Id laneId, const QString& name, Merge merge)
{
    const Lane* l = doc.lane(laneId);
    if (!l)
        return invalid(CommandsTr::tr("No lane %1").arg(laneId));
    Lane after = *l;
    after.name = name;
    return editLane(doc, after, merge);
}

Error setLaneKind(Document& doc, Id laneId, LaneKind kind)
{
    const Lane* l = doc.lane(laneId);
    if (!l)
        return invalid(CommandsTr::tr("No lane %1").arg(laneId));
    if (int(kind) < 0 || int(kind) >= laneKindCount)
        return invalid(CommandsTr::tr("No lane kind %1").arg(int(kind)));
    if (l->kind == kind)
        return {};
    Lane after = *l;
    after.kind = kind;
    const QString text =
        CommandsTr::tr("Kind of lane %1: %2 → %3")
            .arg(quotedTitle(l->name), laneKindLabel(l->kind), laneKindLabel(kind));
    return push(doc, new EditCommand<Lane>(doc, *l, after, MergeId::EditLane, false, text));
}

Error moveLane(Document& doc, Id laneId, int toPosition)
{
    const Lane* l = doc.lane(laneId);
    if (!l)
        return invalid(CommandsTr::tr("No lane %1").arg(laneId));
    return push(doc, new MoveCommand<Lane>(doc, *l, toPosition, CommandsTr::tr("Move lane")));
}

Error removeLane(Document& doc, Id laneId)
{
    const Lane* l = doc.lane(laneId);
    if (!l)
        return invalid(CommandsTr::tr("No lane %1").arg(laneId));
    return push(doc, new RemoveStageOrLaneCommand(doc, *l));
}

// --- Departments ---------------------------------------------------------------------

// A short name is checked when it is new or changed: a map that already has
// two alike (an older file, a JSON import) keeps its other edits.
static Error checkDepartment(const Document& doc, const Department& d,
                             const QString& oldShortName = QString())
{
    if (d.name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A department needs a name"));
    const Department* same = doc.departmentByName(d.name.trimmed());
    if (same && same->id != d.id)
        return invalid(CommandsTr::tr("There is already a department “%1”").arg(same->name));
    const bool changed = d.shortName.trimmed().compare(oldShortName.trimmed(), Qt::CaseInsensitive);
    if (const Department* taken = departmentWithShortName(doc, d.shortName, d.id); taken && changed)
        return shortNameTaken(d.shortName, taken->name);
    return {};
}

Result<Id> addDepartment(Document& doc, Department department)
{
    department.id = 0;
    department.color = QColor(department.color.name()); // as the file stores it
    if (Error err = checkDepartment(doc, department))
        return err;
    department.id = doc.allocateId(Document::Kind::Department);
    department.position = endIfNegative(department.position, doc.departmentIds().size());
    if (department.position > doc.departmentIds().size())
        department.position = int(doc.departmentIds().size());
    return pushAdding(
        doc,
        new AddCommand<Department>(doc, department,
                                   CommandsTr::tr("Add department “%1”").arg(department.name)),
        department.id);
}

Error editDepartment(Document& doc, const Department& after, Merge merge)
{
    const Department* before = doc.department(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No department %1").arg(after.id));
    if (Error err = checkDepartment(doc, after, before->shortName))
        return err;
    Department next = after;
    next.color = QColor(after.color.name()); // as the file stores it
    return push(doc, new EditCommand<Department>(doc, *before, next, MergeId::EditDepartment,
                                                 merge == Merge::Typing,
                                                 CommandsTr::tr("Edit department")));
}

Error moveDepartment(Document& doc, Id departmentId, int toPosition)
{
    const Department* d = doc.department(departmentId);
    if (!d)
        return invalid(CommandsTr::tr("No department %1").arg(departmentId));
    return push(
        doc, new MoveCommand<Department>(doc, *d, toPosition, CommandsTr::tr("Move department")));
}

Error removeDepartment(Document& doc, Id departmentId, Id replacementId)
{
    if (!doc.department(departmentId))
        return invalid(CommandsTr::tr("No department %1").arg(departmentId));
    if (replacementId == departmentId || (replacementId != 0 && !doc.department(replacementId)))
        return invalid(CommandsTr::tr("No department %1 to hand the cards to").arg(replacementId));
    return push(doc, new RemoveDepartmentCommand(doc, departmentId, replacementId));
}

// --- Personas and journeys -------------------------------------------------------------

Result<Id> addPersona(Document& doc, Persona persona)
{
    if (persona.name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A persona needs a name"));
    if (Error err = checkPersonaSizes(persona))
        return err;
    persona.id = doc.allocateId(Document::Kind::Persona);
    return pushAdding(
        doc,
        new AddCommand<Persona>(doc, persona, CommandsTr::tr("Add persona “%1”").arg(persona.name)),
        persona.id);
}

Error editPersona(Document& doc, const Persona& after, Merge merge)
{
    const Persona* before = doc.persona(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No persona %1").arg(after.id));
    if (after.name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A persona needs a name"));
    if (Error err = checkPersonaSizes(after, before->picture))
        return err;
    return push(doc,
                new EditCommand<Persona>(doc, *before, after, MergeId::EditPersona,
                                         merge == Merge::Typing, CommandsTr::tr("Edit persona")));
}

Error removePersona(Document& doc, Id personaId)
{
    if (!doc.persona(personaId))
        return invalid(CommandsTr::tr("No persona %1").arg(personaId));
    return push(doc, new RemovePersonaCommand(doc, personaId));
}

static Error checkJourney(const Document& doc, const Journey& j)
{
    if (j.name.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A journey needs a name"));
    if (j.personaId != 0 && !doc.persona(j.personaId))
        return invalid(CommandsTr::tr("No persona %1").arg(j.personaId));
    if (j.sourceJourneyId != 0 && (!doc.journey(j.sourceJourneyId) || j.sourceJourneyId == j.id))
        return invalid(CommandsTr::tr("No journey %1 to compare with").arg(j.sourceJourneyId));
    return {};
}

Result<Id> addJourney(Document& doc, Journey journey)
{
    journey.id = 0;
    if (Error err = checkJourney(doc, journey))
        return err;
    journey.id = doc.allocateId(Document::Kind::Journey);
    journey.position = endIfNegative(journey.position, doc.journeyIds().size());
    return pushAdding(
        doc,
        new AddCommand<Journey>(doc, journey, CommandsTr::tr("Add journey “%1”").arg(journey.name)),
        journey.id);
}

Error editJourney(Document& doc, const Journey& after, Merge merge)
{
    const Journey* before = doc.journey(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No journey %1").arg(after.id));
    if (Error err = checkJourney(doc, after))
        return err;
    return push(doc,
                new EditCommand<Journey>(doc, *before, after, MergeId::EditJourney,
                                         merge == Merge::Typing, CommandsTr::tr("Edit journey")));
}

// --- Links -----------------------------------------------------------------------------

Result<Id> addLink(Document& doc, Id fromCardId, Id toCardId, LinkType type, const QString& label)
{
    if (!doc.card(fromCardId) || !doc.card(toCardId))
        return invalid(CommandsTr::tr("A link joins two existing cards"));
    if (fromCardId == toCardId)
        return invalid(CommandsTr::tr("A card cannot link to itself"));
    if (doc.journeyOfCard(fromCardId) != doc.journeyOfCard(toCardId))
        return invalid(CommandsTr::tr("A link joins two cards of the same journey"));
    Link l{0, fromCardId, toCardId, type, label};
    if (Error err = checkNotDuplicate(doc, l))
        return err;
    l.id = doc.allocateId(Document::Kind::Link);
    return pushAdding(doc, new AddCommand<Link>(doc, l, CommandsTr::tr("Add link")), l.id);
}

Error editLink(Document& doc, const Link& after, Merge merge)
{
    const Link* before = doc.link(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No link %1").arg(after.id));
    if (const QString why = doc.linkRefusal(after.id); !why.isEmpty())
        return {ErrorCode::NoPermission, why};
    Link next = after;
    next.fromCardId = before->fromCardId;
    next.toCardId = before->toCardId;
    if (Error err = checkNotDuplicate(doc, next, next.id))
        return err;
    return push(doc,
                new EditCommand<Link>(doc, *before, next, MergeId::EditLink, merge == Merge::Typing,
                                      linkEditText(doc, *before, next)));
}

Error reverseLink(Document& doc, Id linkId)
{
    const Link* before = doc.link(linkId);
    if (!before)
        return invalid(CommandsTr::tr("No link %1").arg(linkId));
    if (const QString why = doc.linkRefusal(linkId); !why.isEmpty())
        return {ErrorCode::NoPermission, why};
    Link next = *before;
    std::swap(next.fromCardId, next.toCardId);
    if (Error err = checkNotDuplicate(doc, next, next.id))
        return err;
    return push(doc, new EditCommand<Link>(doc, *before, next, MergeId::None, false,
                                           linkEditText(doc, *before, next)));
}

Error removeLink(Document& doc, Id linkId) { return removeLinks(doc, {linkId}); }

Error removeLinks(Document& doc, const QList<Id>& linkIds)
{
    QList<Link> links;
    for (Id id : linkIds) {
        const Link* l = doc.link(id);
        if (!l)
            return invalid(CommandsTr::tr("No link %1").arg(id));
        if (const QString why = doc.linkRefusal(id); !why.isEmpty())
            return {ErrorCode::NoPermission, why};
        if (!links.contains(*l))
            links.append(*l);
    }
    if (links.isEmpty())
        return {};
    const QString text = links.size() == 1
                             ? CommandsTr::tr("Delete link %1").arg(linkText(doc, links.first()))
                             : CommandsTr::tr("Delete %1 links").arg(links.size());
    return push(doc, new RemoveCommand<Link>(doc, links, text));
}

} // namespace cx::edit
