// A map's rows on the team server, written with COPY (one round trip a table)
// and read with one query a table.

#include "teamrows.h"

#include "model/enumnames.h"
#include "pg.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cx::teamrows {

namespace {

// The rows of one table as a JSON array of objects, inserted in one statement
// (json_populate_recordset): one round trip a table, and unlike COPY it is
// allowed under row-level security.
class JsonRows
{
public:
    JsonRows(const char* table, qint64 mapId, QStringList columns)
        : m_table(table), m_map(mapId), m_columns(std::move(columns))
    {
    }
    void add(std::initializer_list<QJsonValue> values)
    {
        QJsonObject row{{QStringLiteral("map_id"), m_map}};
        auto column = m_columns.cbegin();
        for (const QJsonValue& v : values)
            row.insert(*column++, v);
        m_rows.append(row);
    }
    Error insert(pg::Connection& c) const
    {
        if (m_rows.isEmpty())
            return {};
        const QByteArray sql = QByteArrayLiteral("INSERT INTO cxmap.") + m_table +
                               " SELECT * FROM json_populate_recordset(NULL::cxmap." + m_table +
                               ", $1)";
        const QString json =
            QString::fromUtf8(QJsonDocument(m_rows).toJson(QJsonDocument::Compact));
        return c.run(sql.constData(), {json}, QStringLiteral("publish the map"));
    }

private:
    const char* m_table;
    qint64 m_map;
    QStringList m_columns;
    QJsonArray m_rows;
};

QJsonValue idOrNull(Id id) { return id ? QJsonValue(id) : QJsonValue(); }

struct CardTables
{
    explicit CardTables(qint64 map)
        : cards("cards", map,
                {"id", "stage_id", "lane_id", "position", "title", "description", "channel",
                 "accountable_id", "emotion", "evidence", "severity", "impact", "votes", "status"}),
          contributors("card_contributors", map, {"card_id", "position", "department_id"}),
          kpis("card_kpis", map,
               {"card_id", "position", "name", "kind", "value", "target", "unit"}),
          tags("card_tags", map, {"card_id", "position", "tag"}),
          votes("card_votes", map, {"card_id", "participant_id", "dots"}),
          comments("card_comments", map, {"card_id", "position", "author", "time", "text"})
    {
    }
    JsonRows cards, contributors, kpis, tags, votes, comments;
};

void addCard(CardTables& t, const Card& c)
{
    t.cards.add({c.id, c.stageId, c.laneId, c.position, c.title, c.description, c.channel,
                 idOrNull(c.accountableId), c.emotion ? QJsonValue(*c.emotion) : QJsonValue(),
                 toString(c.evidence), toString(c.severity), toString(c.impact), c.votes,
                 toString(c.status)});
    for (int i = 0; i < c.contributingIds.size(); ++i)
        t.contributors.add({c.id, i, c.contributingIds[i]});
    for (int i = 0; i < c.kpis.size(); ++i) {
        const Kpi& k = c.kpis[i];
        t.kpis.add({c.id, i, k.name, toString(k.kind), k.value,
                    k.target ? QJsonValue(*k.target) : QJsonValue(), k.unit});
    }
    for (int i = 0; i < c.tags.size(); ++i)
        t.tags.add({c.id, i, c.tags[i]});
    for (const Dot& d : c.dots)
        t.votes.add({c.id, d.participantId, d.count});
    for (int i = 0; i < c.comments.size(); ++i) {
        const Comment& m = c.comments[i];
        t.comments.add({c.id, i, m.author, m.time.toUTC().toString(Qt::ISODateWithMs), m.text});
    }
}

} // namespace

Error writeAll(pg::Connection& c, qint64 mapId, const DocumentData& d)
{
    JsonRows departments("departments", mapId,
                         {"id", "name", "short_name", "color", "head", "description", "position"});
    JsonRows personas("personas", mapId,
                      {"id", "name", "description", "goals", "frustrations", "picture"});
    JsonRows participants("participants", mapId, {"id", "name", "budget"});
    JsonRows journeys(
        "journeys", mapId,
        {"id", "name", "description", "state", "persona_id", "source_journey_id", "position"});
    JsonRows stages("stages", mapId, {"id", "journey_id", "name", "description", "position"});
    JsonRows lanes("lanes", mapId, {"id", "journey_id", "name", "kind", "position"});
    JsonRows links("links", mapId, {"id", "from_card_id", "to_card_id", "type", "label"});
    for (const Department& x : d.departments)
        departments.add(
            {x.id, x.name, x.shortName, colorText(x.color), x.head, x.description, x.position});
    for (const Persona& x : d.personas)
        personas.add({x.id, x.name, x.description, x.goals, x.frustrations,
                      QString::fromLatin1("\\x" + x.picture.toHex())});
    for (const Participant& x : d.participants)
        participants.add({x.id, x.name, x.budget});
    for (const Journey& x : d.journeys)
        journeys.add({x.id, x.name, x.description, toString(x.state), idOrNull(x.personaId),
                      idOrNull(x.sourceJourneyId), x.position});
    for (const Stage& x : d.stages)
        stages.add({x.id, x.journeyId, x.name, x.description, x.position});
    for (const Lane& x : d.lanes)
        lanes.add({x.id, x.journeyId, x.name, toString(x.kind), x.position});
    CardTables cards(mapId);
    for (const Card& x : d.cards)
        addCard(cards, x);
    for (const Link& x : d.links)
        links.add({x.id, x.fromCardId, x.toCardId, toString(x.type), x.label});

    for (const JsonRows* rows :
         {&departments, &personas, &participants, &journeys, &stages, &lanes, &cards.cards,
          &cards.contributors, &cards.kpis, &cards.tags, &cards.votes, &cards.comments, &links}) {
        if (Error err = rows->insert(c))
            return err;
    }
    return {};
}

Error deleteAll(pg::Connection& c, qint64 mapId)
{
    // Children first, although the deferred keys would allow any order.
    for (const char* sql :
         {"DELETE FROM cxmap.links WHERE map_id = $1",
          "DELETE FROM cxmap.card_contributors WHERE map_id = $1",
          "DELETE FROM cxmap.card_kpis WHERE map_id = $1",
          "DELETE FROM cxmap.card_tags WHERE map_id = $1",
          "DELETE FROM cxmap.card_votes WHERE map_id = $1",
          "DELETE FROM cxmap.card_comments WHERE map_id = $1",
          "DELETE FROM cxmap.cards WHERE map_id = $1", "DELETE FROM cxmap.lanes WHERE map_id = $1",
          "DELETE FROM cxmap.stages WHERE map_id = $1",
          "DELETE FROM cxmap.journeys WHERE map_id = $1",
          "DELETE FROM cxmap.participants WHERE map_id = $1",
          "DELETE FROM cxmap.personas WHERE map_id = $1",
          "DELETE FROM cxmap.departments WHERE map_id = $1"}) {
        if (Error err = c.run(sql, {mapId}, QStringLiteral("replace the map")))
            return err;
    }
    return {};
}

// --- Reading ---------------------------------------------------------------------

namespace {

Error bad(const QString& what)
{
    return {ErrorCode::Damaged,
            QStringLiteral("The map on the server holds what CXMap cannot read: %1").arg(what)};
}

template <typename T>
Error parsed(const std::optional<T>& v, T& out, const char* table, Id id, const QString& text)
{
    if (!v)
        return bad(QStringLiteral("%1 %2 has an unknown value \"%3\"")
                       .arg(QLatin1String(table))
                       .arg(id)
                       .arg(text.left(40)));
    out = *v;
    return {};
}

// Runs one query of the map's rows and hands each row to fn.
template <typename Fn>
Error eachRow(pg::Connection& c, qint64 mapId, const char* sql, Fn fn)
{
    auto rows = c.query(sql, {mapId}, QStringLiteral("read the map"));
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        if (Error err = fn(*rows, r))
            return err;
    }
    return {};
}

Error readStructure(pg::Connection& c, qint64 map, DocumentData& d)
{
    Error err = eachRow(
        c, map,
        "SELECT id, name, short_name, color, head, description, position "
        "FROM cxmap.departments WHERE map_id = $1 ORDER BY id",
        [&](const pg::Rows& x, int r) -> Error {
            const QString text = x.text(r, 3);
            const QColor color = QColor::fromString(text);
            if (!text.isEmpty() && !color.isValid())
                return bad(QStringLiteral("department %1 has no valid colour").arg(x.int64(r, 0)));
            d.departments.append({x.int64(r, 0), x.text(r, 1), x.text(r, 2), color, x.text(r, 4),
                                  x.text(r, 5), int(x.int64(r, 6))});
            return {};
        });
    err = err ? err
              : eachRow(c, map,
                        "SELECT id, name, description, goals, frustrations, picture "
                        "FROM cxmap.personas WHERE map_id = $1 ORDER BY id",
                        [&](const pg::Rows& x, int r) -> Error {
                            const QByteArray picture = x.bytes(r, 5);
                            if (picture.size() > maxPictureBytes)
                                return bad(QStringLiteral("persona %1 has a picture of %2 bytes")
                                               .arg(x.int64(r, 0))
                                               .arg(picture.size()));
                            d.personas.append({x.int64(r, 0), x.text(r, 1), x.text(r, 2),
                                               x.text(r, 3), x.text(r, 4), picture});
                            return {};
                        });
    err =
        err ? err
            : eachRow(c, map,
                      "SELECT id, name, budget FROM cxmap.participants WHERE map_id = $1 "
                      "ORDER BY id",
                      [&](const pg::Rows& x, int r) -> Error {
                          d.participants.append({x.int64(r, 0), x.text(r, 1), int(x.int64(r, 2))});
                          return {};
                      });
    err = err ? err
              : eachRow(c, map,
                        "SELECT id, name, description, state, persona_id, source_journey_id, "
                        "position FROM cxmap.journeys WHERE map_id = $1 ORDER BY id",
                        [&](const pg::Rows& x, int r) -> Error {
                            Journey j;
                            j.id = x.int64(r, 0);
                            j.name = x.text(r, 1);
                            j.description = x.text(r, 2);
                            j.personaId = x.int64(r, 4);
                            j.sourceJourneyId = x.int64(r, 5);
                            j.position = int(x.int64(r, 6));
                            d.journeys.append(j);
                            return parsed(journeyStateFromString(x.text(r, 3)),
                                          d.journeys.last().state, "journey", j.id, x.text(r, 3));
                        });
    err = err ? err
              : eachRow(c, map,
                        "SELECT id, journey_id, name, description, position FROM cxmap.stages "
                        "WHERE map_id = $1 ORDER BY id",
                        [&](const pg::Rows& x, int r) -> Error {
                            d.stages.append({x.int64(r, 0), x.int64(r, 1), x.text(r, 2),
                                             x.text(r, 3), int(x.int64(r, 4))});
                            return {};
                        });
    return err ? err
               : eachRow(c, map,
                         "SELECT id, journey_id, name, kind, position FROM cxmap.lanes "
                         "WHERE map_id = $1 ORDER BY id",
                         [&](const pg::Rows& x, int r) -> Error {
                             Lane l;
                             l.id = x.int64(r, 0);
                             l.journeyId = x.int64(r, 1);
                             l.name = x.text(r, 2);
                             l.position = int(x.int64(r, 4));
                             d.lanes.append(l);
                             return parsed(laneKindFromString(x.text(r, 3)), d.lanes.last().kind,
                                           "lane", l.id, x.text(r, 3));
                         });
}

Error readCard(const pg::Rows& x, int r, Card& card)
{
    card.id = x.int64(r, 0);
    card.stageId = x.int64(r, 1);
    card.laneId = x.int64(r, 2);
    card.position = int(x.int64(r, 3));
    card.title = x.text(r, 4);
    card.description = x.text(r, 5);
    card.channel = x.text(r, 6);
    card.accountableId = x.int64(r, 7);
    if (!x.isNull(r, 8))
        card.emotion = int(x.int64(r, 8));
    card.votes = int(x.int64(r, 12));
    Error err =
        parsed(evidenceFromString(x.text(r, 9)), card.evidence, "card", card.id, x.text(r, 9));
    err =
        err ? err
            : parsed(levelFromString(x.text(r, 10)), card.severity, "card", card.id, x.text(r, 10));
    err = err ? err
              : parsed(levelFromString(x.text(r, 11)), card.impact, "card", card.id, x.text(r, 11));
    return err ? err
               : parsed(cardStatusFromString(x.text(r, 13)), card.status, "card", card.id,
                        x.text(r, 13));
}

Error readCardChildren(pg::Connection& c, qint64 map, DocumentData& d)
{
    QHash<Id, int> indexOf;
    for (int i = 0; i < d.cards.size(); ++i)
        indexOf.insert(d.cards[i].id, i);
    auto cardOf = [&](const pg::Rows& x, int r) -> Card& {
        return d.cards[indexOf.value(x.int64(r, 0))];
    };
    Error err = eachRow(c, map,
                        "SELECT card_id, department_id FROM cxmap.card_contributors "
                        "WHERE map_id = $1 ORDER BY card_id, position",
                        [&](const pg::Rows& x, int r) -> Error {
                            cardOf(x, r).contributingIds.append(x.int64(r, 1));
                            return {};
                        });
    err =
        err ? err
            : eachRow(
                  c, map,
                  "SELECT card_id, name, kind, value, target, unit FROM cxmap.card_kpis "
                  "WHERE map_id = $1 ORDER BY card_id, position",
                  [&](const pg::Rows& x, int r) -> Error {
                      Kpi k{x.text(r, 1), KpiKind::Free, x.real(r, 3), std::nullopt, x.text(r, 5)};
                      if (!x.isNull(r, 4))
                          k.target = x.real(r, 4);
                      Error e = parsed(kpiKindFromString(x.text(r, 2)), k.kind, "KPI of card",
                                       x.int64(r, 0), x.text(r, 2));
                      cardOf(x, r).kpis.append(k);
                      return e;
                  });
    err = err ? err
              : eachRow(c, map,
                        "SELECT card_id, tag FROM cxmap.card_tags WHERE map_id = $1 "
                        "ORDER BY card_id, position",
                        [&](const pg::Rows& x, int r) -> Error {
                            cardOf(x, r).tags.append(x.text(r, 1));
                            return {};
                        });
    err = err ? err
              : eachRow(c, map,
                        "SELECT card_id, participant_id, dots FROM cxmap.card_votes "
                        "WHERE map_id = $1 ORDER BY card_id, participant_id",
                        [&](const pg::Rows& x, int r) -> Error {
                            cardOf(x, r).dots.append({x.int64(r, 1), int(x.int64(r, 2))});
                            return {};
                        });
    // Times in UTC with milliseconds, whatever the session's DateStyle.
    return err ? err
               : eachRow(c, map,
                         "SELECT card_id, author, to_char(time AT TIME ZONE 'UTC', "
                         "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), text FROM cxmap.card_comments "
                         "WHERE map_id = $1 ORDER BY card_id, position",
                         [&](const pg::Rows& x, int r) -> Error {
                             const QDateTime time =
                                 QDateTime::fromString(x.text(r, 2), Qt::ISODateWithMs);
                             cardOf(x, r).comments.append({x.text(r, 1), time, x.text(r, 3)});
                             return {};
                         });
}

} // namespace

Result<DocumentData> readAll(pg::Connection& c, qint64 mapId)
{
    DocumentData d;
    auto title = c.query("SELECT title FROM cxmap.maps WHERE id = $1", {mapId},
                         QStringLiteral("read the map"));
    if (!title)
        return title.error();
    d.title = title->count() ? title->text(0, 0) : QString();
    Error err = readStructure(c, mapId, d);
    err = err ? err
              : eachRow(c, mapId,
                        "SELECT id, stage_id, lane_id, position, title, description, channel, "
                        "accountable_id, emotion, evidence, severity, impact, votes, status "
                        "FROM cxmap.cards WHERE map_id = $1 ORDER BY id",
                        [&](const pg::Rows& x, int r) -> Error {
                            d.cards.append(Card());
                            return readCard(x, r, d.cards.last());
                        });
    err = err ? err : readCardChildren(c, mapId, d);
    err = err ? err
              : eachRow(c, mapId,
                        "SELECT id, from_card_id, to_card_id, type, label FROM cxmap.links "
                        "WHERE map_id = $1 ORDER BY id",
                        [&](const pg::Rows& x, int r) -> Error {
                            Link l;
                            l.id = x.int64(r, 0);
                            l.fromCardId = x.int64(r, 1);
                            l.toCardId = x.int64(r, 2);
                            l.label = x.text(r, 4);
                            d.links.append(l);
                            return parsed(linkTypeFromString(x.text(r, 3)), d.links.last().type,
                                          "link", l.id, x.text(r, 3));
                        });
    if (err)
        return err;
    return d;
}

} // namespace cx::teamrows
