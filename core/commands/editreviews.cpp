// Reviews of cards, the map's review interval and actions on pain points
// and opportunities (edit.h).

#include "edit.h"

#include "analysis/actions.h"
#include "editsupport.h"
#include "edittext.h"
#include "objectcommands.h"
#include "votingcommands.h"

#include <QCoreApplication>

namespace cx::edit {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

} // namespace

Error markReviewed(Document& doc, const QList<Id>& cardIds)
{
    QList<Card> before;
    QSet<Id> seen;
    for (Id id : cardIds) {
        const Card* c = doc.card(id);
        if (!c)
            return detail::invalid(CommandsTr::tr("No card with id %1").arg(id));
        if (!seen.contains(id)) {
            seen.insert(id);
            before.append(*c);
        }
    }
    if (before.isEmpty())
        return detail::invalid(CommandsTr::tr("No card to mark reviewed"));
    const QDateTime at = doc.now().toUTC();
    const QString who = doc.author();
    QList<Card> after = before;
    for (Card& c : after) {
        c.reviewedAt = at;
        c.reviewedBy = who;
    }
    const QString text =
        before.size() == 1
            ? CommandsTr::tr("Mark %1 reviewed").arg(quotedTitle(before.first().title))
            : CommandsTr::tr("Mark %n cards reviewed", nullptr, int(before.size()));
    return detail::push(doc, new EditCardsCommand(doc, before, after, text));
}

Error setReviewInterval(Document& doc, int days)
{
    if (days < 1 || days > maxReviewIntervalDays)
        return detail::invalid(CommandsTr::tr("A review interval is 1 to %1 days, not %2")
                                   .arg(maxReviewIntervalDays)
                                   .arg(days));
    return detail::push(
        doc, new EditCommand<ReviewIntervalValue>(
                 doc, {0, doc.reviewIntervalDays()}, {0, days}, MergeId::EditReviewInterval, false,
                 CommandsTr::tr("Set the review interval to %n day(s)", nullptr, days)));
}

namespace {

// The card with its action list changed, or why not.
Result<Card> withActions(const Document& doc, Id cardId, int index, const CardAction* action,
                         bool adding)
{
    const Card* c = doc.card(cardId);
    if (!c)
        return detail::invalid(CommandsTr::tr("No card with id %1").arg(cardId));
    if (adding && !canHaveActions(doc, *c))
        return detail::invalid(
            CommandsTr::tr("Actions go on a pain point or an opportunity; %1 is neither")
                .arg(quotedTitle(c->title)));
    if (!adding && (index < 0 || index >= c->actions.size()))
        return detail::invalid(CommandsTr::tr("%1 has no action %2")
                                   .arg(quotedTitle(c->title), QString::number(index + 1)));
    if (action) {
        if (action->what.trimmed().isEmpty())
            return detail::invalid(CommandsTr::tr("An action says what is to be done"));
        if (Error err = detail::unstorable(action->what, CommandsTr::tr("the action")))
            return err;
        if (action->ownerId != 0 && !doc.department(action->ownerId))
            return detail::invalid(CommandsTr::tr("No department with id %1").arg(action->ownerId));
    }
    Card after = *c;
    if (adding)
        after.actions.append(*action);
    else if (action)
        after.actions[index] = *action;
    else
        after.actions.removeAt(index);
    return after;
}

Error pushActions(Document& doc, const Result<Card>& after, const QString& text)
{
    if (!after)
        return after.error();
    return detail::push(doc, new EditCardsCommand(doc, {*doc.card(after->id)}, {*after}, text));
}

} // namespace

Error addAction(Document& doc, Id cardId, const CardAction& action)
{
    return pushActions(doc, withActions(doc, cardId, -1, &action, true),
                       CommandsTr::tr("Add action %1").arg(quotedTitle(action.what)));
}

Error editAction(Document& doc, Id cardId, int index, const CardAction& action)
{
    return pushActions(doc, withActions(doc, cardId, index, &action, false),
                       CommandsTr::tr("Edit action %1").arg(quotedTitle(action.what)));
}

Error removeAction(Document& doc, Id cardId, int index)
{
    const Card* c = doc.card(cardId);
    const QString what =
        c && index >= 0 && index < c->actions.size() ? c->actions[index].what : QString();
    return pushActions(doc, withActions(doc, cardId, index, nullptr, false),
                       CommandsTr::tr("Remove action %1").arg(quotedTitle(what)));
}

} // namespace cx::edit
