#include "document.h"
#include "documenttr.h"

#include "store/store.h"
#include "store/teamstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace cx {

namespace {

template <typename T>
void sortByPosition(QList<Id>& order, const QHash<Id, T>& objects)
{
    std::stable_sort(order.begin(), order.end(), [&](Id a, Id b) {
        const T& x = *objects.constFind(a);
        const T& y = *objects.constFind(b);
        return x.position != y.position ? x.position < y.position : a < b;
    });
}

template <typename T>
void raiseNextId(Id& next, const QList<T>& list)
{
    for (const T& t : list)
        next = std::max(next, t.id + 1);
}

} // namespace

CardFields changedFields(const Card& a, const Card& b)
{
    CardFields f;
    f.setFlag(CardField::Title, a.title != b.title);
    f.setFlag(CardField::Description, a.description != b.description);
    f.setFlag(CardField::Channel, a.channel != b.channel);
    f.setFlag(CardField::Accountable, a.accountableId != b.accountableId);
    f.setFlag(CardField::Contributing, a.contributingIds != b.contributingIds);
    f.setFlag(CardField::Emotion, a.emotion != b.emotion);
    f.setFlag(CardField::Evidence, a.evidence != b.evidence);
    f.setFlag(CardField::Severity, a.severity != b.severity);
    f.setFlag(CardField::Impact, a.impact != b.impact);
    f.setFlag(CardField::Kpis, a.kpis != b.kpis);
    f.setFlag(CardField::Votes, a.votes != b.votes || a.dots != b.dots);
    f.setFlag(CardField::Status, a.status != b.status);
    f.setFlag(CardField::Tags, a.tags != b.tags);
    f.setFlag(CardField::Comments, a.comments != b.comments);
    f.setFlag(CardField::Reviewed, a.reviewedAt != b.reviewedAt || a.reviewedBy != b.reviewedBy);
    f.setFlag(CardField::Actions, a.actions != b.actions);
    return f;
}

namespace {

// The dots of 'now', with each participant whose dots differ between 'from'
// and 'to' given their count in 'to'; sorted by participant.
QList<Dot> dotsWithChange(const Card& now, const Card& from, const Card& to)
{
    QList<Dot> dots = now.dots;
    QList<Id> changed;
    for (const QList<Dot>* list : {&from.dots, &to.dots}) {
        for (const Dot& d : *list) {
            if (from.dotsOf(d.participantId) != to.dotsOf(d.participantId) &&
                !changed.contains(d.participantId))
                changed.append(d.participantId);
        }
    }
    for (Id p : changed) {
        dots.removeIf([p](const Dot& d) { return d.participantId == p; });
        if (const int count = to.dotsOf(p); count > 0)
            dots.append({p, count});
    }
    std::sort(dots.begin(), dots.end(),
              [](const Dot& a, const Dot& b) { return a.participantId < b.participantId; });
    return dots;
}

// The comments of 'now' without those the step removed and with those it
// added, each in its place by time (oldest first).
QList<Comment> commentsWithChange(const Card& now, const Card& from, const Card& to)
{
    if (now.comments == from.comments)
        return to.comments; // nobody else changed them: exactly the step's
    QList<Comment> added = to.comments;
    QList<Comment> removed;
    for (const Comment& c : from.comments) {
        if (!added.removeOne(c))
            removed.append(c);
    }
    QList<Comment> comments = now.comments;
    for (const Comment& c : removed)
        comments.removeOne(c);
    for (const Comment& c : added) {
        if (comments.contains(c))
            continue;
        const auto at = std::find_if(comments.begin(), comments.end(),
                                     [&](const Comment& x) { return x.time > c.time; });
        comments.insert(at, c);
    }
    return comments;
}

} // namespace

Card withChange(const Card& now, const Card& from, const Card& to)
{
    Card c = now;
    auto take = [&](auto member) {
        if (from.*member != to.*member)
            c.*member = to.*member;
    };
    take(&Card::title);
    take(&Card::description);
    take(&Card::channel);
    take(&Card::accountableId);
    take(&Card::contributingIds);
    take(&Card::emotion);
    take(&Card::evidence);
    take(&Card::severity);
    take(&Card::impact);
    take(&Card::kpis);
    take(&Card::status);
    take(&Card::tags);
    take(&Card::reviewedAt);
    take(&Card::reviewedBy);
    take(&Card::actions);
    // The votes nobody cast by name, then the named dots on top.
    const int fromAnonymous = from.votes - from.dotCount();
    const int toAnonymous = to.votes - to.dotCount();
    const int anonymous = fromAnonymous != toAnonymous ? toAnonymous : now.votes - now.dotCount();
    c.dots = dotsWithChange(now, from, to);
    c.votes = anonymous + c.dotCount();
    c.comments = commentsWithChange(now, from, to);
    return c;
}

Document::Document(std::unique_ptr<DocumentStore> store, bool untitled)
    : m_store(std::move(store)), m_undoStack(new QUndoStack(this)), m_untitled(untitled)
{
    m_store->setRemoteListener([this](const RemoteChanges& changes) { applyRemote(changes); });
}

Document::~Document() = default;

Result<std::unique_ptr<Document>> Document::opened(std::unique_ptr<DocumentStore> store)
{
    auto data = store->readAll();
    if (!data)
        return data.error();
    std::unique_ptr<Document> doc(new Document(std::move(store), false));
    doc->load(data.value());
    return Result<std::unique_ptr<Document>>(std::move(doc));
}

Result<std::unique_ptr<Document>> Document::open(const QString& path, bool readOnly)
{
    auto store = Store::open(path, readOnly ? Store::Mode::ReadOnly : Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    return opened(std::move(store.value()));
}

Result<std::unique_ptr<Document>> Document::create(const QString& path, const DocumentData& data,
                                                   const QList<HistoryRecord>& history)
{
    auto store = Store::create(path, data, history);
    if (!store)
        return store.error();
    std::unique_ptr<Document> doc(new Document(std::move(store.value()), false));
    DocumentData canonical = data;
    canonical.canonicalize();
    doc->load(canonical);
    return Result<std::unique_ptr<Document>>(std::move(doc));
}

Result<std::unique_ptr<Document>> Document::openTeam(const QString& conninfo, const QString& name,
                                                     const QString& password, bool* needsPassword)
{
    auto store = TeamStore::open(conninfo, name, password, needsPassword);
    if (!store)
        return store.error();
    return opened(std::move(store.value()));
}

QString Document::autosaveDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/autosave");
}

Result<std::unique_ptr<Document>> Document::createUntitled(const DocumentData& data,
                                                           const QList<HistoryRecord>& history)
{
    const QString dir = autosaveDir();
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Io,
                     DocumentTr::tr("Cannot create the autosave folder %1").arg(dir)};
    const QString name =
        QStringLiteral("untitled-%1-%2.cxmap")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")))
            .arg(QRandomGenerator::global()->bounded(100000), 5, 10, QLatin1Char('0'));
    auto doc = create(dir + QLatin1Char('/') + name, data, history);
    if (doc)
        doc.value()->m_untitled = true;
    return doc;
}

QString Document::path() const { return m_store->path(); }
bool Document::isShared() const { return m_store->isShared(); }
QString Document::user() const { return m_store->user(); }
QString Document::access() const { return m_store->access(); }

QString Document::structureRefusal() const
{
    return isReadOnly() ? readOnlyReason() : m_store->structureRefusal();
}

QString Document::cardRefusal(Id cardId) const
{
    if (isReadOnly())
        return readOnlyReason();
    const Card* c = card(cardId);
    return c ? m_store->cardRefusal(c->accountableId) : QString();
}
QString Document::linkRefusal(Id linkId) const
{
    const Link* l = link(linkId);
    if (!l)
        return isReadOnly() ? readOnlyReason() : QString();
    const QString from = cardRefusal(l->fromCardId);
    return from.isEmpty() || cardRefusal(l->toCardId).isEmpty() ? QString() : from;
}
bool Document::isReadOnly() const { return m_store->isReadOnly(); }
QString Document::readOnlyReason() const { return m_store->readOnlyReason(); }

Error Document::saveCopy(const QString& path, bool withHistory) const
{
    return withHistory ? m_store->saveAs(path, true) : m_store->saveCopyWithoutHistory(path);
}

Error Document::setMaxPageCount(int pages) { return m_store->setMaxPageCount(pages); }

Error Document::saveAs(const QString& path)
{
    if (m_txDepth > 0)
        return {ErrorCode::InvalidArgument, DocumentTr::tr("Cannot save during an edit")};
    if (Error err = m_store->saveAs(path, true))
        return err;
    auto copy = Store::open(path);
    if (!copy)
        return copy.error();
    const QString oldPath = m_store->path();
    const bool wasUntitled = m_untitled;
    m_store = std::move(copy.value());
    m_untitled = false;
    if (wasUntitled)
        QFile::remove(oldPath);
    emit pathChanged(path);
    return {};
}

void Document::load(const DocumentData& data)
{
    m_title = data.title;
    m_reviewIntervalDays = data.reviewIntervalDays;
    m_departments.clear();
    m_departmentOrder.clear();
    m_personas.clear();
    m_participants.clear();
    m_journeys.clear();
    m_journeyOrder.clear();
    m_stages.clear();
    m_stageOrder.clear();
    m_lanes.clear();
    m_laneOrder.clear();
    m_cards.clear();
    m_cells.clear();
    m_links.clear();
    m_linksByCard.clear();
    m_feedback.clear();
    m_feedbackByCard.clear();
    m_nextId.fill(1);

    for (const Department& d : data.departments) {
        m_departments.insert(d.id, d);
        m_departmentOrder.append(d.id);
    }
    sortByPosition(m_departmentOrder, m_departments);
    for (const Persona& p : data.personas)
        m_personas.insert(p.id, p);
    for (const Participant& p : data.participants)
        m_participants.insert(p.id, p);
    for (const Journey& j : data.journeys) {
        m_journeys.insert(j.id, j);
        m_journeyOrder.append(j.id);
    }
    sortByPosition(m_journeyOrder, m_journeys);
    for (const Stage& s : data.stages) {
        m_stages.insert(s.id, s);
        m_stageOrder[s.journeyId].append(s.id);
    }
    for (auto it = m_stageOrder.begin(); it != m_stageOrder.end(); ++it)
        sortByPosition(it.value(), m_stages);
    for (const Lane& l : data.lanes) {
        m_lanes.insert(l.id, l);
        m_laneOrder[l.journeyId].append(l.id);
    }
    for (auto it = m_laneOrder.begin(); it != m_laneOrder.end(); ++it)
        sortByPosition(it.value(), m_lanes);
    m_cards.reserve(data.cards.size());
    for (const Card& c : data.cards) {
        m_cards.insert(c.id, c);
        m_cells[{c.stageId, c.laneId}].append(c.id);
    }
    for (auto it = m_cells.begin(); it != m_cells.end(); ++it)
        sortByPosition(it.value(), m_cards);
    m_links.reserve(data.links.size());
    for (const Link& l : data.links) {
        m_links.insert(l.id, l);
        m_linksByCard.insert(l.fromCardId, l.id);
        if (l.toCardId != l.fromCardId)
            m_linksByCard.insert(l.toCardId, l.id);
    }

    raiseNextId(m_nextId[int(Kind::Department)], data.departments);
    raiseNextId(m_nextId[int(Kind::Persona)], data.personas);
    raiseNextId(m_nextId[int(Kind::Participant)], data.participants);
    raiseNextId(m_nextId[int(Kind::Journey)], data.journeys);
    raiseNextId(m_nextId[int(Kind::Stage)], data.stages);
    raiseNextId(m_nextId[int(Kind::Lane)], data.lanes);
    raiseNextId(m_nextId[int(Kind::Card)], data.cards);
    raiseNextId(m_nextId[int(Kind::Link)], data.links);
    m_feedback.reserve(data.feedback.size());
    for (const Feedback& f : data.feedback) {
        m_feedback.insert(f.id, f);
        m_feedbackByCard.insert(f.cardId, f.id);
    }
    raiseNextId(m_nextId[int(Kind::Feedback)], data.feedback);
}

void Document::reloadFromStore()
{
    auto data = m_store->readAll();
    if (data)
        load(data.value());
    emit reloaded();
}

DocumentData Document::snapshot() const
{
    DocumentData d;
    d.title = m_title;
    d.reviewIntervalDays = m_reviewIntervalDays;
    d.departments = m_departments.values();
    d.personas = m_personas.values();
    d.participants = m_participants.values();
    d.journeys = m_journeys.values();
    d.stages = m_stages.values();
    d.lanes = m_lanes.values();
    d.cards = m_cards.values();
    d.links = m_links.values();
    d.feedback = m_feedback.values();
    d.canonicalize();
    return d;
}

// --- Reading -----------------------------------------------------------------

template <typename T>
static const T* find(const QHash<Id, T>& hash, Id id)
{
    auto it = hash.constFind(id);
    return it == hash.constEnd() ? nullptr : &it.value();
}

const Department* Document::department(Id id) const { return find(m_departments, id); }

const Department* Document::departmentByName(const QString& name) const
{
    for (Id id : m_departmentOrder) {
        const Department& d = *m_departments.constFind(id);
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QList<Id> Document::personaIds() const
{
    QList<Id> ids = m_personas.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

const Persona* Document::persona(Id id) const { return find(m_personas, id); }

QList<Id> Document::participantIds() const
{
    QList<Id> ids = m_participants.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

const Participant* Document::participant(Id id) const { return find(m_participants, id); }

const Participant* Document::participantByName(const QString& name) const
{
    for (Id id : participantIds()) {
        const Participant& p = *m_participants.constFind(id);
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

int Document::dotsSpent(Id participantId, Id journeyId) const
{
    return dotsSpentByParticipant(journeyId).value(participantId);
}

QHash<Id, int> Document::dotsSpentByParticipant(Id journeyId) const
{
    QHash<Id, int> spent;
    for (const Id stageId : m_stageOrder.value(journeyId)) {
        for (const Id laneId : m_laneOrder.value(journeyId)) {
            for (const Id cardId : m_cells.value({stageId, laneId})) {
                for (const Dot& dot : m_cards.constFind(cardId)->dots)
                    spent[dot.participantId] += dot.count;
            }
        }
    }
    return spent;
}

const Journey* Document::journey(Id id) const { return find(m_journeys, id); }

const Journey* Document::journeyByName(const QString& name) const
{
    for (Id id : m_journeyOrder) {
        const Journey& j = *m_journeys.constFind(id);
        if (j.name.compare(name, Qt::CaseInsensitive) == 0)
            return &j;
    }
    return nullptr;
}

const Stage* Document::stage(Id id) const { return find(m_stages, id); }
const Lane* Document::lane(Id id) const { return find(m_lanes, id); }
const Card* Document::card(Id id) const { return find(m_cards, id); }
const Link* Document::link(Id id) const { return find(m_links, id); }

QList<Id> Document::cardIds(Id stageId, Id laneId) const
{
    return m_cells.value({stageId, laneId});
}

QList<Id> Document::cardIdsOfJourney(Id journeyId) const
{
    QList<Id> ids;
    const QList<Id> lanes = laneIds(journeyId);
    for (Id s : stageIds(journeyId)) {
        for (Id l : lanes)
            ids += m_cells.value({s, l});
    }
    return ids;
}

Id Document::journeyOfCard(Id cardId) const
{
    const Card* c = card(cardId);
    const Stage* s = c ? stage(c->stageId) : nullptr;
    return s ? s->journeyId : 0;
}

QList<Id> Document::linkIdsOf(Id cardId) const
{
    QList<Id> ids = m_linksByCard.values(cardId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Id> Document::linkIdsAmong(const QList<Id>& cardIds) const
{
    const QSet<Id> cards(cardIds.cbegin(), cardIds.cend());
    QSet<Id> links;
    for (Id cardId : cards) {
        for (Id linkId : m_linksByCard.values(cardId)) {
            const Link& l = *m_links.constFind(linkId);
            if (cards.contains(l.fromCardId) && cards.contains(l.toCardId))
                links.insert(l.id);
        }
    }
    QList<Id> ids(links.cbegin(), links.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Id> Document::allLinkIds() const
{
    QList<Id> ids = m_links.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

// --- Transactions ------------------------------------------------------------

Id Document::allocateId(Kind kind)
{
    // A team map's ids come from the server's counter: never max + 1 here,
    // which another client may take at the same time.
    if (const Id shared = m_store->takeId())
        return shared;
    return m_nextId[int(kind)]++;
}

Document::Transaction::Transaction(Document& doc, bool undo) : m_doc(doc) { m_doc.beginTx(undo); }

// Leaving the scope ends the transaction as commit() would: a primitive that
// found nothing to change (a no-op) commits the empty transaction; one whose
// check failed has recorded the error, and that rolls back.
Document::Transaction::~Transaction()
{
    if (!m_done) // a failure is reported by errorOccurred and lastError()
        static_cast<void>(m_doc.endTx());
}

Error Document::Transaction::commit()
{
    m_done = true;
    return m_doc.endTx();
}

void Document::write(Error err)
{
    if (err && !m_txError)
        m_txError = std::move(err);
}

bool Document::check(bool condition, const char* what)
{
    if (!condition)
        write({ErrorCode::InvalidArgument, tr(what)});
    return condition;
}

void Document::beginTx(bool undo)
{
    if (m_txDepth++ > 0)
        return;
    m_txError = {};
    m_pendingHistory.clear();
    m_stepText.clear();
    m_stepMergeable = false;
    if (m_store->isReadOnly()) {
        const QString why = m_store->readOnlyReason();
        write({ErrorCode::ReadOnly,
               DocumentTr::tr("The document is read-only%1")
                   .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why)});
        return;
    }
    write(undo ? m_store->beginUndo() : m_store->begin());
}

Error Document::endTx()
{
    if (--m_txDepth > 0)
        return m_txError;
    Error err = m_txError;
    if (!err)
        err = writeHistory();
    if (!err)
        err = m_store->commit();
    if (err) {
        m_lastStep.reset();
        if (m_store->inTransaction())
            m_store->rollback();
        reloadFromStore();
        emit errorOccurred(err);
    }
    m_lastError = err;
    m_txError = {};
    m_pendingHistory.clear();
    m_stepText.clear();
    return err;
}

} // namespace cx
