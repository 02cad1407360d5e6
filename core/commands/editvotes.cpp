// The edit facade for dot voting and comments (see edit.h).

#include "edit.h"

#include "editsupport.h"
#include "objectcommands.h"
#include "votingcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace cx::edit {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

// The name is trimmed, not empty and not another participant's.
Error checkParticipant(const Document& doc, Participant& p)
{
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return detail::invalid(CommandsTr::tr("A participant needs a name"));
    const Participant* same = doc.participantByName(p.name);
    if (same && same->id != p.id)
        return detail::invalid(
            CommandsTr::tr("There is already a participant called “%1”").arg(p.name));
    if (p.budget < 0 || p.budget > maxVotes)
        return detail::invalid(
            CommandsTr::tr("A dot budget must be between 0 and %1").arg(maxVotes));
    return {};
}

// The card with one more (delta = 1) or one fewer (-1) of the participant's
// dots; 'pending' dots are being spent on other cards in the same step.
Result<Card> withDot(const Document& doc, Id cardId, const Participant& who, int delta, int pending)
{
    const Card* card = doc.card(cardId);
    if (!card)
        return detail::invalid(CommandsTr::tr("No card %1").arg(cardId));
    const int mine = card->dotsOf(who.id);
    if (delta < 0 && mine == 0)
        return detail::invalid(CommandsTr::tr("%1 has no dot on this card").arg(who.name));
    if (delta > 0) {
        const int spent = doc.dotsSpent(who.id, doc.journeyOfCard(cardId)) + pending;
        if (spent >= who.budget)
            return detail::invalid(CommandsTr::tr("%1 has no dots left on this journey (budget %2)")
                                       .arg(who.name, QString::number(who.budget)));
    }
    Card after = *card;
    after.votes += delta;
    after.dots.removeIf([&](const Dot& d) { return d.participantId == who.id; });
    if (mine + delta > 0) {
        const auto at = std::find_if(after.dots.begin(), after.dots.end(),
                                     [&](const Dot& d) { return d.participantId > who.id; });
        after.dots.insert(at, Dot{who.id, mine + delta});
    }
    return after;
}

Error pushCard(Document& doc, const Card& after, const QString& text)
{
    return detail::push(doc, new EditCardsCommand(doc, {*doc.card(after.id)}, {after}, text));
}

// One dot more or fewer on each card (each counted once), in one step: all of
// them or, when one is refused, none. 'joining' (id 0: nobody) is added as a
// participant in the same step.
Error changeDots(Document& doc, const QList<Id>& cardIds, const Participant& who, int delta,
                 const Participant& joining = {})
{
    QList<Card> before, after;
    QList<Id> seen;
    for (Id id : cardIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        const Result<Card> changed = withDot(doc, id, who, delta, int(after.size()));
        if (!changed)
            return changed.error();
        before.append(*doc.card(id));
        after.append(*changed);
    }
    if (after.isEmpty())
        return {};
    const QString title = after.size() == 1 ? after.first().title : QString();
    const QString text =
        delta > 0 ? (title.isEmpty() ? CommandsTr::tr("Vote for %1 cards").arg(after.size())
                                     : CommandsTr::tr("Vote for “%1”").arg(title))
                  : (title.isEmpty() ? CommandsTr::tr("Take votes from %1 cards").arg(after.size())
                                     : CommandsTr::tr("Take a vote from “%1”").arg(title));
    return detail::push(doc, new EditCardsCommand(doc, before, after, text, joining));
}

Error changeDots(Document& doc, const QList<Id>& cardIds, Id participantId, int delta)
{
    const Participant* who = doc.participant(participantId);
    if (!who)
        return detail::invalid(CommandsTr::tr("No participant %1").arg(participantId));
    return changeDots(doc, cardIds, *who, delta);
}

} // namespace

Result<Id> addParticipant(Document& doc, Participant participant)
{
    participant.id = 0;
    if (Error err = checkParticipant(doc, participant))
        return err;
    participant.id = doc.allocateId(Document::Kind::Participant);
    const QString text = CommandsTr::tr("Add participant “%1”").arg(participant.name);
    return detail::pushAdding(doc, new AddCommand<Participant>(doc, participant, text),
                              participant.id);
}

Error editParticipant(Document& doc, const Participant& after, Merge merge)
{
    const Participant* before = doc.participant(after.id);
    if (!before)
        return detail::invalid(CommandsTr::tr("No participant %1").arg(after.id));
    Participant next = after;
    if (Error err = checkParticipant(doc, next))
        return err;
    return detail::push(doc, new EditCommand<Participant>(
                                 doc, *before, next, MergeId::EditParticipant,
                                 merge == Merge::Typing, CommandsTr::tr("Edit participant")));
}

Error removeParticipant(Document& doc, Id participantId)
{
    if (!doc.participant(participantId))
        return detail::invalid(CommandsTr::tr("No participant %1").arg(participantId));
    return detail::push(doc, new RemoveParticipantCommand(doc, participantId));
}

Error vote(Document& doc, Id cardId, Id participantId)
{
    return changeDots(doc, {cardId}, participantId, +1);
}

Error unvote(Document& doc, Id cardId, Id participantId)
{
    return changeDots(doc, {cardId}, participantId, -1);
}

Error vote(Document& doc, const QList<Id>& cardIds, Id participantId)
{
    return changeDots(doc, cardIds, participantId, +1);
}

Error unvote(Document& doc, const QList<Id>& cardIds, Id participantId)
{
    return changeDots(doc, cardIds, participantId, -1);
}

Id userParticipant(const Document& doc)
{
    if (!doc.isShared())
        return 0;
    // Exactly the role's name, as the server's policy compares it.
    for (Id id : doc.participantIds()) {
        if (doc.participant(id)->name == doc.user())
            return id;
    }
    return 0;
}

Error voteAsUser(Document& doc, const QList<Id>& cardIds, int delta)
{
    if (!doc.isShared())
        return detail::invalid(
            CommandsTr::tr("Only on a team map does one vote as one's server role"));
    if (const Id me = userParticipant(doc))
        return changeDots(doc, cardIds, me, delta);
    Participant joining{0, doc.user(), defaultDotBudget};
    if (delta < 0)
        return detail::invalid(CommandsTr::tr("%1 has no dot on this card").arg(joining.name));
    if (doc.isReadOnly())
        return detail::push(doc, nullptr); // the read-only refusal, with its reason
    joining.id = doc.allocateId(Document::Kind::Participant);
    return changeDots(doc, cardIds, joining, delta, joining);
}

Error resetVotes(Document& doc, Id journeyId)
{
    const Journey* journey = doc.journey(journeyId);
    if (!journey)
        return detail::invalid(CommandsTr::tr("No journey %1").arg(journeyId));
    QList<Card> before, after;
    for (Id id : doc.cardIdsOfJourney(journeyId)) {
        const Card& c = *doc.card(id);
        if (c.votes == 0 && c.dots.isEmpty())
            continue;
        before.append(c);
        after.append(c);
        after.last().votes = 0;
        after.last().dots.clear();
    }
    if (before.isEmpty())
        return {}; // nothing to reset: no undo step
    return detail::push(
        doc, new EditCardsCommand(doc, before, after,
                                  CommandsTr::tr("Reset votes on “%1”").arg(journey->name)));
}

Error addComment(Document& doc, Id cardId, const QString& author, const QString& text)
{
    const Card* card = doc.card(cardId);
    if (!card)
        return detail::invalid(CommandsTr::tr("No card %1").arg(cardId));
    const QString body = text.trimmed();
    if (body.isEmpty())
        return detail::invalid(CommandsTr::tr("A comment needs some text"));
    if (body.size() > maxTextLength || author.size() > maxTextLength)
        return detail::invalid(CommandsTr::tr("A comment may hold at most a million characters"));
    Card after = *card;
    after.comments.append({author.trimmed(), QDateTime::currentDateTimeUtc(), body});
    return pushCard(doc, after, CommandsTr::tr("Comment on “%1”").arg(card->title));
}

Error removeComment(Document& doc, Id cardId, int index)
{
    const Card* card = doc.card(cardId);
    if (!card)
        return detail::invalid(CommandsTr::tr("No card %1").arg(cardId));
    if (index < 0 || index >= card->comments.size())
        return detail::invalid(CommandsTr::tr("No comment %1 on this card").arg(index + 1));
    // On a team map a member removes its own words only (the server agrees).
    const QString author = card->comments[index].author;
    if (doc.isShared() && !doc.structureRefusal().isEmpty() && author != doc.user())
        return {
            ErrorCode::NoPermission,
            CommandsTr::tr("Only its author (%1) or a facilitator of the map removes this comment.")
                .arg(author)};
    Card after = *card;
    after.comments.removeAt(index);
    return pushCard(doc, after, CommandsTr::tr("Delete comment on “%1”").arg(card->title));
}

} // namespace cx::edit
