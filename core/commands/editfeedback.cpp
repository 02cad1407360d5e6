// Customer feedback through the edit facade (edit.h): each call one step.

#include "edit.h"
#include "editsupport.h"
#include "feedbackcommand.h"

#include "model/feedbackrules.h"

#include <QCoreApplication>
#include <QSet>

namespace cx {

FeedbackCommand::FeedbackCommand(Document& doc, QList<Feedback> before, QList<Feedback> after,
                                 const QString& text)
    : Command(doc, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void FeedbackCommand::apply(const QList<Feedback>& to, const QList<Feedback>& from)
{
    QSet<Id> kept;
    kept.reserve(to.size());
    for (const Feedback& f : to)
        kept.insert(f.id);
    QList<Id> removed;
    for (const Feedback& f : from) {
        if (!kept.contains(f.id))
            removed.append(f.id);
    }
    m_doc.putFeedback(to, removed);
}

namespace edit {

using namespace detail;

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

// Refused before anything is pushed: on a team map, feedback on a card is
// changed by whoever may change the card (the server's policies say so too,
// teammigrate7.cpp); cards: those the items are on, before and after.
Error refusal(const Document& doc, const QList<Id>& cards)
{
    for (Id id : cards) {
        const Card* c = id ? doc.card(id) : nullptr;
        if (!c)
            continue;
        if (const QString why = doc.cardRefusal(id); !why.isEmpty())
            return {ErrorCode::NoPermission,
                    CommandsTr::tr(
                        "Customer feedback on “%1” is changed by whoever may change the card. %2")
                        .arg(c->title, why)};
    }
    return {};
}

QList<Id> cardsOf(const QList<Feedback>& items)
{
    QList<Id> cards;
    for (const Feedback& f : items) {
        if (!cards.contains(f.cardId))
            cards.append(f.cardId);
    }
    return cards;
}

// The values an item may hold, and its card.
Error checkItem(const Document& doc, const Feedback& f)
{
    if (f.cardId != 0 && !doc.card(f.cardId))
        return invalid(CommandsTr::tr("No card %1").arg(f.cardId));
    if (const QString why = feedbackProblem(f); !why.isEmpty())
        return invalid(why);
    for (const QString* text : {&f.text, &f.segment, &f.reference, &f.cardHint}) {
        if (Error err = unstorable(*text, CommandsTr::tr("Feedback")))
            return err;
    }
    return {};
}

// The items of ids as they are now, each once; an unknown id is refused.
Result<QList<Feedback>> itemsOf(const Document& doc, const QList<Id>& ids)
{
    QList<Feedback> out;
    QSet<Id> seen;
    for (Id id : ids) {
        const Feedback* f = doc.feedback(id);
        if (!f)
            return invalid(CommandsTr::tr("No feedback item %1").arg(id));
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(*f);
        }
    }
    return out;
}

} // namespace

Result<Id> addFeedback(Document& doc, Feedback item)
{
    auto ids = addFeedbackItems(doc, {std::move(item)}, CommandsTr::tr("Add feedback"));
    if (!ids)
        return ids.error();
    return ids.value().first();
}

Result<QList<Id>> addFeedbackItems(Document& doc, QList<Feedback> items, const QString& undoText)
{
    if (Error err = refusal(doc, cardsOf(items)))
        return err;
    if (items.isEmpty())
        return QList<Id>();
    for (Feedback& f : items) {
        if (f.cardId != 0) {
            f.cardHint.clear();
            f.candidates.clear();
        }
        if (Error err = checkItem(doc, f))
            return err;
    }
    QList<Id> ids;
    ids.reserve(items.size());
    for (Feedback& f : items) {
        f.id = doc.allocateId(Document::Kind::Feedback);
        // A new item never takes an existing one's place (its words with it).
        if (f.id <= 0 || doc.feedback(f.id))
            return invalid(
                CommandsTr::tr("No free id for a new feedback item (%1 is taken)").arg(f.id));
        ids.append(f.id);
    }
    const QString text = undoText.isEmpty()
                             ? CommandsTr::tr("Add %n feedback item(s)", nullptr, int(items.size()))
                             : undoText;
    return pushAdding(doc, new FeedbackCommand(doc, {}, std::move(items), text), ids);
}

Error editFeedback(Document& doc, const Feedback& after)
{
    const Feedback* before = doc.feedback(after.id);
    if (!before)
        return invalid(CommandsTr::tr("No feedback item %1").arg(after.id));
    if (Error err = refusal(doc, {before->cardId, after.cardId}))
        return err;
    Feedback next = after;
    if (next.cardId != 0) {
        next.cardHint.clear();
        next.candidates.clear();
    }
    if (before->redacted && !next.text.isEmpty())
        return invalid(CommandsTr::tr("Redacted feedback keeps no words"));
    if (Error err = checkItem(doc, next))
        return err;
    if (next == *before)
        return {};
    return push(doc, new FeedbackCommand(doc, {*before}, {next}, CommandsTr::tr("Edit feedback")));
}

Error moveFeedback(Document& doc, const QList<Id>& ids, Id cardId)
{
    const Card* c = cardId ? doc.card(cardId) : nullptr;
    if (cardId != 0 && !c)
        return invalid(CommandsTr::tr("No card %1").arg(cardId));
    auto before = itemsOf(doc, ids);
    if (!before)
        return before.error();
    if (Error err = refusal(doc, cardsOf(before.value()) << cardId))
        return err;
    QList<Feedback> from, to;
    for (const Feedback& f : before.value()) {
        if (f.cardId == cardId)
            continue;
        Feedback next = f;
        next.cardId = cardId;
        if (cardId != 0) {
            next.cardHint.clear();
            next.candidates.clear();
        }
        from.append(f);
        to.append(next);
    }
    if (to.isEmpty())
        return {};
    const QString text =
        c ? CommandsTr::tr("Move %n feedback item(s) to “%1”", nullptr, int(to.size()))
                .arg(c->title)
          : CommandsTr::tr("Move %n feedback item(s) to Unsorted", nullptr, int(to.size()));
    return push(doc, new FeedbackCommand(doc, from, to, text));
}

Error redactFeedback(Document& doc, const QList<Id>& ids)
{
    auto before = itemsOf(doc, ids);
    if (!before)
        return before.error();
    if (Error err = refusal(doc, cardsOf(before.value())))
        return err;
    QList<Feedback> from, to;
    for (const Feedback& f : before.value()) {
        if (f.redacted)
            continue;
        Feedback next = f;
        next.text.clear();
        next.redacted = true;
        from.append(f);
        to.append(next);
    }
    if (to.isEmpty())
        return {};
    return push(doc, new FeedbackCommand(
                         doc, from, to,
                         CommandsTr::tr("Redact %n feedback item(s)", nullptr, int(to.size()))));
}

Error removeFeedback(Document& doc, const QList<Id>& ids)
{
    auto before = itemsOf(doc, ids);
    if (!before)
        return before.error();
    if (Error err = refusal(doc, cardsOf(before.value())))
        return err;
    if (before.value().isEmpty())
        return {};
    const qsizetype n = before.value().size();
    return push(doc,
                new FeedbackCommand(doc, before.value(), {},
                                    CommandsTr::tr("Delete %n feedback item(s)", nullptr, int(n))));
}

} // namespace edit

} // namespace cx
