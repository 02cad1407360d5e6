// A map's objects as the rows the team server keeps, and writing many rows at
// once. Reading is in teamread.cpp.

#include "teamrows.h"
#include "storetr.h"

#include "model/enumnames.h"
#include "pg.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace cx::teamrows {

namespace {

QJsonValue idOrNull(Id id) { return id ? QJsonValue(id) : QJsonValue(); }

template <typename T, typename RowOf>
QList<QJsonObject> rowsOf(const QList<T>& items, RowOf rowOf)
{
    QList<QJsonObject> rows;
    rows.reserve(items.size());
    for (const T& x : items)
        rows.append(rowOf(x));
    return rows;
}

} // namespace

QJsonObject departmentRow(const Department& x)
{
    return {{"id", x.id},
            {"name", x.name},
            {"short_name", x.shortName},
            {"color", colorText(x.color)},
            {"head", x.head},
            {"description", x.description},
            {"position", x.position}};
}

QJsonObject personaRow(const Persona& x)
{
    // bytea's hex input.
    return {{"id", x.id},
            {"name", x.name},
            {"description", x.description},
            {"goals", x.goals},
            {"frustrations", x.frustrations},
            {"picture", QString::fromLatin1("\\x" + x.picture.toHex())}};
}

QJsonObject participantRow(const Participant& x)
{
    return {{"id", x.id}, {"name", x.name}, {"budget", x.budget}};
}

QJsonObject journeyRow(const Journey& x)
{
    return {{"id", x.id},
            {"name", x.name},
            {"description", x.description},
            {"state", toString(x.state)},
            {"persona_id", idOrNull(x.personaId)},
            {"source_journey_id", idOrNull(x.sourceJourneyId)},
            {"position", x.position}};
}

QJsonObject stageRow(const Stage& x)
{
    return {{"id", x.id},
            {"journey_id", x.journeyId},
            {"name", x.name},
            {"description", x.description},
            {"position", x.position}};
}

QJsonObject laneRow(const Lane& x)
{
    return {{"id", x.id},
            {"journey_id", x.journeyId},
            {"name", x.name},
            {"kind", toString(x.kind)},
            {"position", x.position}};
}

QJsonObject cardRow(const Card& x)
{
    return {{"id", x.id},
            {"stage_id", x.stageId},
            {"lane_id", x.laneId},
            {"position", x.position},
            {"title", x.title},
            {"description", x.description},
            {"channel", x.channel},
            {"accountable_id", idOrNull(x.accountableId)},
            {"emotion", x.emotion ? QJsonValue(*x.emotion) : QJsonValue()},
            {"evidence", toString(x.evidence)},
            {"severity", toString(x.severity)},
            {"impact", toString(x.impact)},
            {"votes", x.votes - x.dotCount()},
            {"status", toString(x.status)},
            {"reviewed_at", x.reviewedAt.isValid()
                                ? QJsonValue(x.reviewedAt.toUTC().toString(Qt::ISODateWithMs))
                                : QJsonValue()},
            {"reviewed_by", x.reviewedAt.isValid() ? QJsonValue(x.reviewedBy) : QJsonValue()}};
}

QJsonObject linkRow(const Link& x)
{
    return {{"id", x.id},
            {"from_card_id", x.fromCardId},
            {"to_card_id", x.toCardId},
            {"type", toString(x.type)},
            {"label", x.label}};
}

QJsonObject feedbackRow(const Feedback& x)
{
    QStringList candidates;
    for (Id id : x.candidates)
        candidates.append(QString::number(id));
    return {{"id", x.id},
            {"card_id", idOrNull(x.cardId)},
            {"text", x.text},
            {"redacted", x.redacted},
            {"kind", toString(x.kind)},
            {"sentiment", x.sentiment ? QJsonValue(*x.sentiment) : QJsonValue()},
            {"source", toString(x.source)},
            {"date", x.date.isValid() ? QJsonValue(x.date.toString(Qt::ISODate)) : QJsonValue()},
            {"segment", x.segment},
            {"reference", x.reference},
            {"score_scale", toString(x.scale)},
            {"score", x.scale == ScoreScale::None ? QJsonValue() : QJsonValue(x.score)},
            {"card_hint", x.cardHint},
            {"candidates", candidates.join(u',')}};
}

Feedback feedbackFromRow(const QJsonObject& row)
{
    const auto text = [&row](const char* key) { return row.value(QLatin1String(key)).toString(); };
    const auto number = [&row](const char* key) {
        return qint64(row.value(QLatin1String(key)).toDouble());
    };
    Feedback f;
    f.id = number("id");
    f.cardId = number("card_id");
    f.text = text("text");
    f.redacted = row.value(QLatin1String("redacted")).toBool();
    f.kind = feedbackKindFromString(text("kind")).value_or(FeedbackKind::None);
    if (const QJsonValue s = row.value(QLatin1String("sentiment")); s.isDouble())
        f.sentiment = s.toInt();
    f.source = feedbackSourceFromString(text("source")).value_or(FeedbackSource::None);
    f.date = QDate::fromString(text("date"), Qt::ISODate);
    f.segment = text("segment");
    f.reference = text("reference");
    f.scale = scoreScaleFromString(text("score_scale")).value_or(ScoreScale::None);
    f.score = int(number("score"));
    f.cardHint = text("card_hint");
    for (const QString& id : text("candidates").split(u',', Qt::SkipEmptyParts))
        f.candidates.append(id.toLongLong());
    return f;
}

QList<QJsonObject> contributorRows(const Card& c)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < c.contributingIds.size(); ++i)
        rows.append({{"card_id", c.id}, {"position", i}, {"department_id", c.contributingIds[i]}});
    return rows;
}

QList<QJsonObject> kpiRows(const Card& c)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < c.kpis.size(); ++i) {
        const Kpi& k = c.kpis[i];
        rows.append({{"card_id", c.id},
                     {"position", i},
                     {"name", k.name},
                     {"kind", toString(k.kind)},
                     {"value", k.value},
                     {"target", k.target ? QJsonValue(*k.target) : QJsonValue()},
                     {"unit", k.unit}});
    }
    return rows;
}

QList<QJsonObject> tagRows(const Card& c)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < c.tags.size(); ++i)
        rows.append({{"card_id", c.id}, {"position", i}, {"tag", c.tags[i]}});
    return rows;
}

QList<QJsonObject> actionRows(const Card& c)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < c.actions.size(); ++i) {
        const CardAction& a = c.actions[i];
        rows.append(
            {{"card_id", c.id},
             {"position", i},
             {"what", a.what},
             {"owner_id", idOrNull(a.ownerId)},
             {"due", a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue()},
             {"status", toString(a.status)}});
    }
    return rows;
}

QList<QJsonObject> voteRows(const Card& c)
{
    QList<QJsonObject> rows;
    for (const Dot& d : c.dots)
        rows.append({{"card_id", c.id}, {"participant_id", d.participantId}, {"dots", d.count}});
    return rows;
}

QList<QJsonObject> commentRows(const Card& c)
{
    QList<QJsonObject> rows;
    for (int i = 0; i < c.comments.size(); ++i) {
        const Comment& m = c.comments[i];
        rows.append({{"card_id", c.id},
                     {"position", i},
                     {"author", m.author},
                     {"time", m.time.toUTC().toString(Qt::ISODateWithMs)},
                     {"text", m.text}});
    }
    return rows;
}

// One statement a table (json_populate_recordset): one round trip, and unlike
// COPY it is allowed under row-level security. Columns left out take their
// defaults (and the server's triggers set revisions).
Error insertRows(pg::Connection& c, const char* table, qint64 mapId, const QList<QJsonObject>& rows,
                 const QString& what)
{
    if (rows.isEmpty())
        return {};
    const QStringList keys = rows.first().keys();
    const QByteArray columns = "map_id, " + keys.join(QStringLiteral(", ")).toLatin1();
    const QByteArray sql = QByteArrayLiteral("INSERT INTO cxmap.") + table + " (" + columns +
                           ") SELECT " + columns + " FROM json_populate_recordset(NULL::cxmap." +
                           table + ", $1)";
    QJsonArray array;
    for (QJsonObject row : rows) {
        row.insert(QStringLiteral("map_id"), mapId);
        array.append(row);
    }
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    return c.run(sql.constData(), {json}, what);
}

namespace {

// The cards' rows with their positions spread cellGap apart in each cell.
QList<QJsonObject> sparseCardRows(QList<Card> cards)
{
    numberCells(cards);
    QList<QJsonObject> rows;
    rows.reserve(cards.size());
    for (Card& x : cards) {
        x.position *= cellGap;
        rows.append(cardRow(x));
    }
    return rows;
}

} // namespace

void numberCells(QList<Card>& cards)
{
    QHash<std::pair<Id, Id>, QList<qsizetype>> cells;
    for (qsizetype i = 0; i < cards.size(); ++i)
        cells[{cards[i].stageId, cards[i].laneId}].append(i);
    for (QList<qsizetype>& cell : cells) {
        std::sort(cell.begin(), cell.end(), [&](qsizetype a, qsizetype b) {
            const Card &x = cards[a], &y = cards[b];
            return x.position != y.position ? x.position < y.position : x.id < y.id;
        });
        for (qsizetype k = 0; k < cell.size(); ++k)
            cards[cell[k]].position = int(k);
    }
}

Error writeAll(pg::Connection& c, qint64 mapId, const DocumentData& d)
{
    QList<QJsonObject> contributors, kpis, tags, votes, comments, actions;
    for (const Card& x : d.cards) {
        actions += actionRows(x);
        contributors += contributorRows(x);
        kpis += kpiRows(x);
        tags += tagRows(x);
        votes += voteRows(x);
        comments += commentRows(x);
    }
    const std::pair<const char*, QList<QJsonObject>> tables[] = {
        {"departments", rowsOf(d.departments, departmentRow)},
        {"personas", rowsOf(d.personas, personaRow)},
        {"participants", rowsOf(d.participants, participantRow)},
        {"journeys", rowsOf(d.journeys, journeyRow)},
        {"stages", rowsOf(d.stages, stageRow)},
        {"lanes", rowsOf(d.lanes, laneRow)},
        {"cards", sparseCardRows(d.cards)},
        {"card_contributors", contributors},
        {"card_kpis", kpis},
        {"card_tags", tags},
        {"card_votes", votes},
        {"card_comments", comments},
        {"card_actions", actions},
        {"links", rowsOf(d.links, linkRow)},
        {"feedback", rowsOf(d.feedback, feedbackRow)},
    };
    const QString what = TeamStoreTr::tr("publish the map");
    for (const auto& [table, rows] : tables) {
        if (Error err = insertRows(c, table, mapId, rows, what))
            return err;
    }
    return {};
}

Error deleteAll(pg::Connection& c, qint64 mapId)
{
    // Children first, although the deferred keys would allow any order.
    for (const char* sql :
         {"DELETE FROM cxmap.feedback WHERE map_id = $1",
          "DELETE FROM cxmap.links WHERE map_id = $1",
          "DELETE FROM cxmap.card_contributors WHERE map_id = $1",
          "DELETE FROM cxmap.card_kpis WHERE map_id = $1",
          "DELETE FROM cxmap.card_tags WHERE map_id = $1",
          "DELETE FROM cxmap.card_votes WHERE map_id = $1",
          "DELETE FROM cxmap.card_comments WHERE map_id = $1",
          "DELETE FROM cxmap.card_actions WHERE map_id = $1",
          "DELETE FROM cxmap.cards WHERE map_id = $1", "DELETE FROM cxmap.lanes WHERE map_id = $1",
          "DELETE FROM cxmap.stages WHERE map_id = $1",
          "DELETE FROM cxmap.journeys WHERE map_id = $1",
          "DELETE FROM cxmap.participants WHERE map_id = $1",
          "DELETE FROM cxmap.personas WHERE map_id = $1",
          "DELETE FROM cxmap.departments WHERE map_id = $1"}) {
        if (Error err = c.run(sql, {mapId}, TeamStoreTr::tr("replace the map")))
            return err;
    }
    return {};
}

QString revisionKey(const char* table, Id id)
{
    return QLatin1String(table) + QLatin1Char(' ') + QString::number(id);
}

} // namespace cx::teamrows
