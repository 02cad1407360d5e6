#include "editsupport.h"

#include "model/enumnames.h"
#include "model/linkrules.h"
#include "model/shorttext.h"
#include "model/storabletext.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace cx::edit::detail {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

} // namespace

Error invalid(const QString& message) { return {ErrorCode::InvalidArgument, message}; }

Error unstorable(const QString& text, const QString& field)
{
    const QString problem = unstorableText(text);
    if (problem.isEmpty())
        return {};
    return invalid(
        CommandsTr::tr("%1 holds %2, which CXMap cannot keep exactly").arg(field, problem));
}

Error duplicateLink(const QString& fromTitle, const QString& toTitle, LinkType type)
{
    return invalid(CommandsTr::tr("There is already a link %1")
                       .arg(linkPhrase(type, inQuotes(fromTitle), inQuotes(toTitle))));
}

Error checkNotDuplicate(const Document& doc, const Link& l, Id exceptId)
{
    if (sameLinkIn(doc, linkKey(l), exceptId) == 0)
        return {};
    const Card* from = doc.card(l.fromCardId);
    const Card* to = doc.card(l.toCardId);
    return duplicateLink(from ? from->title : QString(), to ? to->title : QString(), l.type);
}

namespace {

// The card's texts, each named as the Inspector names its field.
Error checkCardTexts(const Card& c)
{
    const std::pair<const QString*, const char*> fields[] = {
        {&c.title, QT_TRANSLATE_NOOP("cx::Commands", "The title")},
        {&c.description, QT_TRANSLATE_NOOP("cx::Commands", "The description")},
        {&c.channel, QT_TRANSLATE_NOOP("cx::Commands", "The channel")}};
    for (const auto& [text, name] : fields) {
        if (Error err = unstorable(*text, CommandsTr::tr(name)))
            return err;
    }
    for (const QString& tag : c.tags) {
        if (Error err = unstorable(tag, CommandsTr::tr("A tag")))
            return err;
    }
    for (const Kpi& k : c.kpis) {
        if (Error err = unstorable(k.name, CommandsTr::tr("A KPI's name")))
            return err;
        if (Error err = unstorable(k.unit, CommandsTr::tr("A KPI's unit")))
            return err;
    }
    for (const Comment& m : c.comments) {
        if (Error err = unstorable(m.text, CommandsTr::tr("A comment")))
            return err;
        if (Error err = unstorable(m.author, CommandsTr::tr("A comment's author")))
            return err;
    }
    return {};
}

} // namespace

Error push(Document& doc, QUndoCommand* command)
{
    if (doc.isReadOnly()) {
        delete command;
        const QString why = doc.readOnlyReason();
        return {ErrorCode::ReadOnly,
                why.isEmpty() ? CommandsTr::tr("The document is read-only")
                              : CommandsTr::tr("The document is read-only: %1").arg(why)};
    }
    doc.undoStack()->push(command);
    return doc.lastError();
}

Error normalizeCard(const Document& doc, Card& c, const QSet<Id>& newDepartments)
{
    const auto known = [&](Id d) { return doc.department(d) || newDepartments.contains(d); };
    if (c.title.trimmed().isEmpty())
        return invalid(CommandsTr::tr("A card needs a title"));
    for (const QString* text : {&c.title, &c.description, &c.channel}) {
        if (text->size() > maxTextLength)
            return invalid(CommandsTr::tr("A card's text may hold at most a million characters"));
    }
    for (const Comment& m : c.comments) {
        if (m.text.size() > maxTextLength)
            return invalid(CommandsTr::tr("A comment may hold at most a million characters"));
    }
    if (Error err = checkCardTexts(c))
        return err;
    if (c.emotion && (*c.emotion < emotionMin || *c.emotion > emotionMax))
        return invalid(CommandsTr::tr("Emotion %1 is out of range -2..+2").arg(*c.emotion));
    if (c.accountableId != 0 && !known(c.accountableId))
        return invalid(CommandsTr::tr("No department %1").arg(c.accountableId));
    QList<Id> contributing;
    for (Id d : c.contributingIds) {
        if (!known(d))
            return invalid(CommandsTr::tr("No department %1").arg(d));
        if (d != c.accountableId && !contributing.contains(d))
            contributing.append(d);
    }
    c.contributingIds = contributing;
    for (const Kpi& k : c.kpis) {
        if (k.name.trimmed().isEmpty())
            return invalid(CommandsTr::tr("A KPI needs a name"));
        if (!kpiValueInRange(k.kind, k.value) || (k.target && !kpiValueInRange(k.kind, *k.target)))
            return invalid(CommandsTr::tr("KPI “%1”: value out of range for %2")
                               .arg(k.name, toString(k.kind)));
    }
    if (c.votes < 0 || c.votes > maxVotes)
        return invalid(CommandsTr::tr("Votes must be between 0 and %1").arg(maxVotes));
    std::sort(c.dots.begin(), c.dots.end(),
              [](const Dot& a, const Dot& b) { return a.participantId < b.participantId; });
    for (qsizetype i = 0; i < c.dots.size(); ++i) {
        const Dot& d = c.dots[i];
        if (!doc.participant(d.participantId))
            return invalid(CommandsTr::tr("No participant %1").arg(d.participantId));
        if (d.count < 1 || (i > 0 && c.dots[i - 1].participantId == d.participantId))
            return invalid(
                CommandsTr::tr("Each participant's dots are counted once, as a positive number"));
    }
    if (c.votes < c.dotCount())
        return invalid(CommandsTr::tr("%1 votes cannot hold the %2 dots participants gave")
                           .arg(c.votes)
                           .arg(c.dotCount()));
    return {};
}

bool sameJourney(const Document& doc, Id stageId, Id laneId)
{
    const Stage* s = doc.stage(stageId);
    const Lane* l = doc.lane(laneId);
    return s && l && s->journeyId == l->journeyId;
}

const Department* departmentWithShortName(const Document& doc, const QString& shortName,
                                          Id exceptId)
{
    const QString wanted = shortName.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (Id id : doc.departmentIds()) {
        const Department* d = doc.department(id);
        if (id != exceptId && d->shortName.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return d;
    }
    return nullptr;
}

Error shortNameTaken(const QString& shortName, const QString& holder)
{
    return invalid(
        CommandsTr::tr("The short name “%1” is already used by “%2”: each department needs its own")
            .arg(shortName.trimmed(), holder));
}

int endIfNegative(int position, qsizetype size) { return position < 0 ? int(size) : position; }

QString othersWordsRefusal(const Document& doc, const Card& card)
{
    if (!doc.isShared() || doc.structureRefusal().isEmpty())
        return {}; // a file, or a facilitator
    const QString me = doc.user();
    const bool othersDots = std::any_of(card.dots.cbegin(), card.dots.cend(), [&](const Dot& d) {
        const Participant* p = doc.participant(d.participantId);
        return !p || p->name != me;
    });
    const bool othersComments = std::any_of(card.comments.cbegin(), card.comments.cend(),
                                            [&](const Comment& c) { return c.author != me; });
    if (!othersDots && !othersComments)
        return {};
    return CommandsTr::tr(
               "“%1” holds others' votes or comments, which could not be put back if its deletion "
               "were undone: a facilitator of the map may delete it.")
        .arg(card.title);
}

} // namespace cx::edit::detail
