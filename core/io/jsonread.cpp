// Reading a whole document from JSON, checking every value; errors name the
// JSON path of the bad value (the format is described in jsonformat.h).

#include "jsonformat.h"

#include "jsoncard.h"
#include "jsonfeedback.h"
#include "jsonhistory.h"

#include "model/enumnames.h"
#include "model/picture.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct JsonTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Json)
};

using namespace json;

// --- Reading: the document -------------------------------------------------------

// The ids a journey owns, for references that must stay inside it.
struct JourneyScope
{
    Id id = 0;
    QSet<Id> stages;
    QSet<Id> lanes;
    QSet<Id> cards;
};

using Item = const QJsonValue&;
using Path = const QString&;

class Reader
{
public:
    Result<MapWithHistory> read(const QByteArray& json);

private:
    bool readHeader(const QJsonObject& root);
    bool readDocument(const QJsonObject& root);
    bool readDepartment(Item v, Path path, int position);
    bool readPersona(Item v, Path path);
    bool readParticipant(Item v, Path path);
    bool readJourney(Item v, Path path, int position);
    bool readStage(Item v, Path path, int position, JourneyScope& scope);
    bool readLane(Item v, Path path, int position, JourneyScope& scope);
    bool readCard(Item v, Path path, JourneyScope& scope);
    bool readLink(Item v, Path path, const JourneyScope& scope);
    CardRefs refs(const JourneyScope& scope) const;
    bool checkSources();
    bool readHistory(const QJsonObject& root);
    void renumberCells();

    Checks m_checks;
    DocumentData m_data;
    QList<HistoryRecord> m_history;
    QSet<qint64> m_historyIds;
    QSet<Id> m_departmentIds, m_personaIds, m_participantIds, m_journeyIds, m_stageIds, m_laneIds,
        m_cardIds, m_linkIds, m_feedbackIds;
    QSet<QString> m_departmentNames;     // trimmed and case-folded
    QHash<LinkKey, QString> m_linkPaths; // no link twice
};

Result<MapWithHistory> Reader::read(const QByteArray& json)
{
    const Result<QJsonObject> root = parseObject(json);
    if (!root)
        return root.error();
    if (!readHeader(*root) || !readDocument(*root) || !readHistory(*root))
        return m_checks.error;
    renumberCells();
    m_data.canonicalize();
    std::sort(m_history.begin(), m_history.end(),
              [](const HistoryRecord& a, const HistoryRecord& b) { return a.id < b.id; });
    return MapWithHistory{std::move(m_data), std::move(m_history)};
}

// Format and version come first: a stranger's JSON is refused by name.
bool Reader::readHeader(const QJsonObject& root)
{
    return Fields(m_checks, {}, root).header("cxmap", jsonFormatVersion, "file");
}

bool Reader::readDocument(const QJsonObject& root)
{
    Fields f(m_checks, {}, root);
    return f.onlyKnown({"format", "version", "title", "departments", "personas", "participants",
                        "journeys", "history", "review_interval_days", "feedback"}) &&
           f.text("title", m_data.title) &&
           f.integer("review_interval_days", {1, maxReviewIntervalDays},
                     m_data.reviewIntervalDays) &&
           f.forEach("departments",
                     [this](Item v, Path p, int i) { return readDepartment(v, p, i); }) &&
           f.forEach("personas", [this](Item v, Path p, int) { return readPersona(v, p); }) &&
           f.forEach("participants",
                     [this](Item v, Path p, int) { return readParticipant(v, p); }) &&
           f.forEach("journeys", [this](Item v, Path p, int i) { return readJourney(v, p, i); }) &&
           checkSources() && f.forEach("feedback", [this](Item v, Path p, int) {
               Feedback item;
               if (!json::readFeedback(m_checks, v, p, m_cardIds, m_feedbackIds, item))
                   return false;
               m_data.feedback.append(std::move(item));
               return true;
           });
}

bool Reader::readDepartment(Item v, Path path, int position)
{
    Fields f(m_checks, path);
    Department d;
    d.position = position;
    if (!f.load(v, {"id", "name", "short", "color", "head", "description"}) ||
        !f.newId(m_departmentIds, "department", d.id) || !f.nonEmptyText("name", d.name) ||
        !f.text("short", d.shortName) || !f.color("color", d.color) || !f.text("head", d.head) ||
        !f.text("description", d.description))
        return false;
    const QString folded = d.name.trimmed().toCaseFolded();
    if (m_departmentNames.contains(folded))
        return f.fail("name", JsonTr::tr("duplicate department name %1").arg(shown(d.name)));
    m_departmentNames.insert(folded);
    m_data.departments.append(d);
    return true;
}

bool Reader::readPersona(Item v, Path path)
{
    Fields f(m_checks, path);
    Persona p;
    QString picture;
    if (!f.load(v, {"id", "name", "description", "goals", "frustrations", "picture"}) ||
        !f.newId(m_personaIds, "persona", p.id) || !f.text("name", p.name, Need::Required) ||
        !f.text("description", p.description) || !f.text("goals", p.goals) ||
        !f.text("frustrations", p.frustrations) ||
        !f.text("picture", picture, Need::Optional, maxPictureBytes * 2))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(picture.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > maxPictureBytes)
        return f.fail("picture", decoded ? JsonTr::tr("the picture is larger than %1 MB")
                                               .arg(maxPictureBytes / (1024 * 1024))
                                         : JsonTr::tr("not base64-encoded image bytes"));
    p.picture = decoded.decoded;
    if (!p.picture.isEmpty() && !isPictureFormat(p.picture))
        return f.fail("picture", JsonTr::tr("not a PNG or JPEG picture (CXMap keeps no other "
                                            "kind)"));
    m_data.personas.append(p);
    return true;
}

bool Reader::readParticipant(Item v, Path path)
{
    Fields f(m_checks, path);
    Participant p;
    if (!f.load(v, {"id", "name", "budget"}) || !f.newId(m_participantIds, "participant", p.id) ||
        !f.nonEmptyText("name", p.name) || !f.integer("budget", {0, 1000000}, p.budget))
        return false;
    m_data.participants.append(p);
    return true;
}

bool Reader::readJourney(Item v, Path path, int position)
{
    Fields f(m_checks, path);
    Journey j;
    j.position = position;
    if (!f.load(v, {"id", "name", "description", "state", "persona", "source", "stages", "lanes",
                    "cards", "links"}) ||
        !f.newId(m_journeyIds, "journey", j.id) || !f.text("name", j.name, Need::Required) ||
        !f.text("description", j.description) ||
        !f.choice("state", &journeyStateFromString, "journey state", j.state) ||
        !f.id("persona", j.personaId, Need::Nullable) ||
        !f.id("source", j.sourceJourneyId, Need::Nullable))
        return false;
    if (j.personaId != 0 && !m_personaIds.contains(j.personaId))
        return f.fail("persona", JsonTr::tr("no persona with id %1").arg(j.personaId));
    m_data.journeys.append(j);
    JourneyScope scope{j.id, {}, {}, {}};
    return f.forEach("stages", [&](Item s, Path p, int i) { return readStage(s, p, i, scope); }) &&
           f.forEach("lanes", [&](Item l, Path p, int i) { return readLane(l, p, i, scope); }) &&
           f.forEach("cards", [&](Item c, Path p, int) { return readCard(c, p, scope); }) &&
           f.forEach("links", [&](Item l, Path p, int) { return readLink(l, p, scope); });
}

bool Reader::readStage(Item v, Path path, int position, JourneyScope& scope)
{
    Fields f(m_checks, path);
    Stage s{0, scope.id, {}, {}, position};
    if (!f.load(v, {"id", "name", "description"}) || !f.newId(m_stageIds, "stage", s.id) ||
        !f.text("name", s.name, Need::Required) || !f.text("description", s.description))
        return false;
    scope.stages.insert(s.id);
    m_data.stages.append(s);
    return true;
}

bool Reader::readLane(Item v, Path path, int position, JourneyScope& scope)
{
    Fields f(m_checks, path);
    Lane l{0, scope.id, {}, LaneKind::Touchpoint, position};
    if (!f.load(v, {"id", "name", "kind"}) || !f.newId(m_laneIds, "lane", l.id) ||
        !f.text("name", l.name, Need::Required) ||
        !f.choice("kind", &laneKindFromString, "lane kind", l.kind, Need::Required))
        return false;
    scope.lanes.insert(l.id);
    m_data.lanes.append(l);
    return true;
}

CardRefs Reader::refs(const JourneyScope& scope) const
{
    return {scope.stages,     scope.lanes, m_departmentIds,
            m_participantIds, scope.cards, QT_TRANSLATE_NOOP("cx::Json", "in this journey")};
}

bool Reader::readCard(Item v, Path path, JourneyScope& scope)
{
    Card c;
    if (!json::readCard(m_checks, v, path, refs(scope), m_cardIds, c))
        return false;
    scope.cards.insert(c.id);
    m_data.cards.append(c);
    return true;
}

bool Reader::readLink(Item v, Path path, const JourneyScope& scope)
{
    Link l;
    if (!json::readLink(m_checks, v, path, refs(scope), m_linkIds, l) ||
        !linkOnce(m_checks, l, path, m_linkPaths))
        return false;
    m_data.links.append(l);
    return true;
}

// Sources may point forward in the array, so they are checked once all journeys are read.
bool Reader::checkSources()
{
    for (qsizetype i = 0; i < m_data.journeys.size(); ++i) {
        const Journey& j = m_data.journeys.at(i);
        const QString p = QStringLiteral("journeys[%1].source").arg(i);
        if (j.sourceJourneyId == j.id)
            return m_checks.fail(p, JsonTr::tr("a journey cannot be its own source"));
        if (j.sourceJourneyId != 0 && !m_journeyIds.contains(j.sourceJourneyId))
            return m_checks.fail(p, JsonTr::tr("no journey with id %1").arg(j.sourceJourneyId));
    }
    return true;
}

// The records name objects that may be gone (history outlives what it
// names), so only their own form is checked, not their references.
bool Reader::readHistory(const QJsonObject& root)
{
    Fields f(m_checks, {}, root);
    return f.forEach("history", [this](Item v, Path p, int) {
        HistoryRecord r;
        if (!readHistoryRecord(m_checks, v, p, m_historyIds, r))
            return false;
        m_history.append(std::move(r));
        return true;
    });
}

// Positions within each (stage, lane) cell become 0..n-1 in the given order;
// ties keep the order of the file.
void Reader::renumberCells()
{
    QHash<std::pair<Id, Id>, QList<Card*>> cells;
    for (Card& c : m_data.cards)
        cells[{c.stageId, c.laneId}].append(&c);
    for (QList<Card*>& cell : cells) {
        std::stable_sort(cell.begin(), cell.end(),
                         [](const Card* a, const Card* b) { return a->position < b->position; });
        for (int i = 0; i < cell.size(); ++i)
            cell[i]->position = i;
    }
}

} // namespace

Result<DocumentData> fromJson(const QByteArray& json)
{
    auto read = Reader().read(json);
    if (!read)
        return read.error();
    return std::move(read->data);
}

Result<MapWithHistory> fromJsonWithHistory(const QByteArray& json) { return Reader().read(json); }

} // namespace cx
