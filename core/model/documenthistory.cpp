// The Document's history: what each primitive changed, gathered per
// transaction and written by the store just before it commits (see
// model/history.h). Objects are compared in their JSON form, so a field's
// name and values are those of the JSON format.

#include "document.h"
#include "documenttr.h"
#include "enumnames.h"

#include "io/jsoncard.h"
#include "io/jsonobjects.h"
#include "store/documentstore.h"

#include <QDir>

#include <array>
#include <optional>

namespace cx {

namespace {

// The OS user who edits a file: the login name, else the home folder's name.
QString osUser()
{
    for (const char* var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

// The JSON form of an object, with its place among its siblings (the format
// writes that as array order), or nothing for "none".
template <typename T, typename F>
QJsonObject placed(const T* item, F toJson)
{
    if (!item)
        return {};
    QJsonObject out = toJson(*item);
    out.insert(QStringLiteral("position"), item->position);
    return out;
}

template <typename T, typename F>
QJsonObject plain(const T* item, F toJson)
{
    return item ? toJson(*item) : QJsonObject();
}

// The members of a card that are one member of its JSON each (by key, in
// the JSON's order; values as json::cardToJson writes them). An edit that
// changes only these (a title, a rating, a move) is recorded from them: most
// edits need not write the whole card in JSON twice and compare the two.
struct CardMember
{
    const char* key;
    bool (*same)(const Card& a, const Card& b);
    void (*take)(Card& to, const Card& from);
    QJsonValue (*value)(const Card& c);
};

template <auto M>
constexpr CardMember member(const char* key, QJsonValue (*value)(const Card&))
{
    return {key, [](const Card& a, const Card& b) { return a.*M == b.*M; },
            [](Card& to, const Card& from) { to.*M = from.*M; }, value};
}

const std::array cardMembers{
    member<&Card::accountableId>("accountable",
                                 [](const Card& c) { return json::idOrNull(c.accountableId); }),
    member<&Card::channel>("channel", [](const Card& c) { return QJsonValue(c.channel); }),
    member<&Card::description>("description",
                               [](const Card& c) { return QJsonValue(c.description); }),
    member<&Card::emotion>("emotion",
                           [](const Card& c) {
                               return c.emotion ? QJsonValue(*c.emotion)
                                                : QJsonValue(QJsonValue::Null);
                           }),
    member<&Card::evidence>("evidence",
                            [](const Card& c) { return QJsonValue(toString(c.evidence)); }),
    member<&Card::impact>("impact", [](const Card& c) { return QJsonValue(toString(c.impact)); }),
    member<&Card::laneId>("lane", [](const Card& c) { return QJsonValue(qint64(c.laneId)); }),
    member<&Card::position>("position", [](const Card& c) { return QJsonValue(c.position); }),
    member<&Card::severity>("severity",
                            [](const Card& c) { return QJsonValue(toString(c.severity)); }),
    member<&Card::stageId>("stage", [](const Card& c) { return QJsonValue(qint64(c.stageId)); }),
    member<&Card::status>("status", [](const Card& c) { return QJsonValue(toString(c.status)); }),
    member<&Card::title>("title", [](const Card& c) { return QJsonValue(c.title); }),
    member<&Card::votes>("votes", [](const Card& c) { return QJsonValue(c.votes); }),
};

// What diffObject finds between the JSON of `before` and `after` when they
// differ only in cardMembers; nothing when they differ in another member.
std::optional<QList<HistoryChange>> cardMemberChanges(const Card& before, const Card& after)
{
    Card probe = before;
    QList<const CardMember*> changed;
    for (const CardMember& m : cardMembers) {
        if (!m.same(before, after)) {
            m.take(probe, after);
            changed.append(&m);
        }
    }
    if (!(probe == after))
        return std::nullopt;
    QList<HistoryChange> out;
    out.reserve(changed.size());
    for (const CardMember* m : std::as_const(changed)) {
        HistoryChange c;
        c.object = HistoryObject::Card;
        c.objectId = after.id;
        c.field = QLatin1String(m->key);
        c.before = m->value(before);
        c.after = m->value(after);
        if (c.before != c.after) // two ids both written as null
            out.append(std::move(c));
    }
    return out;
}

// Adds what an object's edit changed to the pending step.
void pend(QList<HistoryChange>& pending, QList<HistoryChange> changes, const QString& label,
          Id journeyId, Id departmentId)
{
    for (HistoryChange& c : changes) {
        c.label = label;
        c.journeyId = journeyId;
        c.departmentId = departmentId;
        pending.append(std::move(c));
    }
}

} // namespace

QString Document::author() const
{
    if (m_store->isShared())
        return m_store->user();
    return m_author.isEmpty() ? osUser() : m_author;
}

QDateTime Document::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void Document::setStepText(const QString& text, bool mergeable)
{
    if (m_txDepth > 0 && m_stepText.isEmpty()) {
        m_stepText = text;
        m_stepMergeable = mergeable;
    }
}

Result<QList<HistoryRecord>> Document::history(const HistoryFilter& filter) const
{
    return m_store->readHistory(filter);
}

Result<qint64> Document::pruneHistory(const QDateTime& before)
{
    if (m_txDepth > 0)
        return Error{ErrorCode::InvalidArgument,
                     DocumentTr::tr("The history cannot be pruned during an edit")};
    return m_store->pruneHistory(before);
}

Result<QDateTime> Document::historyPrunedBefore() const { return m_store->historyPrunedBefore(); }

void Document::record(HistoryObject object, Id id, const QJsonObject& before,
                      const QJsonObject& after, const QString& label, Id journeyId, Id departmentId)
{
    if (m_txError)
        return; // the transaction rolls back: nothing to record
    pend(m_pendingHistory, diffObject(object, id, before, after), label, journeyId, departmentId);
}

void Document::recordCard(const Card* before, const Card* after)
{
    if (m_txError)
        return;
    const Card* c = after ? after : before;
    const Stage* s = stage(c->stageId);
    const Id journeyId = s ? s->journeyId : 0;
    if (before && after) {
        if (auto changes = cardMemberChanges(*before, *after)) {
            pend(m_pendingHistory, std::move(*changes), c->title, journeyId, c->accountableId);
            return;
        }
    }
    record(HistoryObject::Card, c->id, plain(before, json::cardToJson),
           plain(after, json::cardToJson), c->title, journeyId, c->accountableId);
}

void Document::recordLink(const Link* before, const Link* after)
{
    const Link* l = after ? after : before;
    const Card* from = card(l->fromCardId);
    const Card* to = card(l->toCardId);
    const QString label =
        QStringLiteral("%1 → %2").arg(from ? from->title : QString(), to ? to->title : QString());
    record(HistoryObject::Link, l->id, plain(before, json::linkToJson),
           plain(after, json::linkToJson), label, journeyOfCard(l->fromCardId),
           from ? from->accountableId : 0);
}

void Document::recordStage(const Stage* before, const Stage* after)
{
    const Stage* s = after ? after : before;
    record(HistoryObject::Stage, s->id, placed(before, json::stageToJson),
           placed(after, json::stageToJson), s->name, s->journeyId);
}

void Document::recordLane(const Lane* before, const Lane* after)
{
    const Lane* l = after ? after : before;
    record(HistoryObject::Lane, l->id, placed(before, json::laneToJson),
           placed(after, json::laneToJson), l->name, l->journeyId);
}

void Document::recordJourney(const Journey* before, const Journey* after)
{
    const Journey* j = after ? after : before;
    record(HistoryObject::Journey, j->id, placed(before, json::journeyToJson),
           placed(after, json::journeyToJson), j->name, j->id);
}

void Document::recordDepartment(const Department* before, const Department* after)
{
    const Department* d = after ? after : before;
    record(HistoryObject::Department, d->id, placed(before, json::departmentToJson),
           placed(after, json::departmentToJson), d->name, 0, d->id);
}

void Document::recordPersona(const Persona* before, const Persona* after)
{
    const Persona* p = after ? after : before;
    record(HistoryObject::Persona, p->id, plain(before, json::personaToJson),
           plain(after, json::personaToJson), p->name);
}

void Document::recordParticipant(const Participant* before, const Participant* after)
{
    const Participant* p = after ? after : before;
    record(HistoryObject::Participant, p->id, plain(before, json::participantToJson),
           plain(after, json::participantToJson), p->name);
}

Error Document::writeHistory()
{
    if (m_pendingHistory.isEmpty())
        return {}; // the step written last stays the one to continue
    LastStep step{{}, author(), now(), m_stepMergeable};
    bool changesOnly = true;
    for (const HistoryChange& c : std::as_const(m_pendingHistory)) {
        step.fields.append({c.object, c.objectId, c.field});
        changesOnly = changesOnly && c.action == HistoryAction::Change;
    }
    // Typing merged into one undo step is one step of the history too (not
    // a record per key): within a few minutes, by the same person, the
    // same fields.
    constexpr qint64 typingPause = 5 * 60;
    const bool amend = m_stepMergeable && changesOnly && m_lastStep && m_lastStep->mergeable &&
                       m_lastStep->fields == step.fields && m_lastStep->who == step.who &&
                       m_lastStep->at.secsTo(step.at) < typingPause;
    Error err = amend ? m_store->amendHistory(step.at, step.who, m_stepText, m_pendingHistory)
                      : m_store->putHistory(step.at, step.who, m_stepText, m_pendingHistory);
    m_pendingHistory.clear();
    if (err)
        m_lastStep.reset();
    else
        m_lastStep = std::move(step);
    return err;
}

} // namespace cx
