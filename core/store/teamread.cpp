// Reading a map's rows from the team server, checking every value on the way
// (a role with rights, or psql, may have written anything the schema allows).

#include "model/enumnames.h"
#include "model/feedbackrules.h"
#include "pg.h"
#include "storetr.h"
#include "teamrows.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cx::teamrows {

namespace {

Error bad(const QString& what)
{
    return {ErrorCode::Damaged,
            TeamStoreTr::tr("The map on the server holds what CXMap cannot read: %1").arg(what)};
}

template <typename T>
Error parsed(const std::optional<T>& v, T& out, const char* table, Id id, const QString& text)
{
    if (!v)
        return bad(TeamStoreTr::tr("%1 %2 has an unknown value \"%3\"")
                       .arg(QLatin1String(table))
                       .arg(id)
                       .arg(text.left(40)));
    out = *v;
    return {};
}

// What one read asks for: the map, and (for merging others' changes) some
// ids only; where the revisions of the rows read go.
struct Query
{
    qint64 map = 0;
    QString ids; // empty: every row; else an array literal "{1,2,3}"
    Revisions* revisions = nullptr;
};

QString arrayLiteral(const QList<Id>& ids)
{
    QStringList parts;
    for (Id id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// One table's rows: SELECT columns FROM cxmap.<table> of the map (and of
// q.ids in idColumn), in order, each handed to fn. A revisioned table's
// query ends with its revision column, which is recorded.
struct Table
{
    const char* name;
    const char* columns;
    const char* idColumn = "id";
    const char* order = "id";
    bool revisioned = true;
};

template <typename Fn>
Error eachRow(pg::Connection& c, const Query& q, const Table& t, Fn fn)
{
    QByteArray sql = QByteArray("SELECT ") + t.columns + (t.revisioned ? ", revision" : "") +
                     " FROM cxmap." + t.name + " WHERE map_id = $1";
    pg::Params params{q.map};
    if (!q.ids.isEmpty()) {
        sql += QByteArray(" AND ") + t.idColumn + " = ANY($2::bigint[])";
        params.append(q.ids);
    }
    sql += QByteArray(" ORDER BY ") + t.order;
    auto rows = c.query(sql.constData(), params, TeamStoreTr::tr("read the map"));
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->count(); ++r) {
        if (Error err = fn(*rows, r))
            return err;
        if (t.revisioned && q.revisions)
            q.revisions->insert(revisionKey(t.name, rows->int64(r, 0)),
                                rows->int64(r, rows->columns() - 1));
    }
    return {};
}

Error readParticipants(pg::Connection& c, const Query& q, QList<Participant>& participants)
{
    return eachRow(c, q, {"participants", "id, name, budget"},
                   [&](const pg::Rows& x, int r) -> Error {
                       participants.append({x.int64(r, 0), x.text(r, 1), int(x.int64(r, 2))});
                       return {};
                   });
}

Error readDepartmentsAndPeople(pg::Connection& c, const Query& q, DocumentData& d)
{
    Error err = eachRow(
        c, q, {"departments", "id, name, short_name, color, head, description, position"},
        [&](const pg::Rows& x, int r) -> Error {
            const QString text = x.text(r, 3);
            const QColor color = QColor::fromString(text);
            if (!text.isEmpty() && !color.isValid())
                return bad(TeamStoreTr::tr("department %1 has no valid colour").arg(x.int64(r, 0)));
            d.departments.append({x.int64(r, 0), x.text(r, 1), x.text(r, 2), color, x.text(r, 4),
                                  x.text(r, 5), int(x.int64(r, 6))});
            return {};
        });
    err = err ? err
              : eachRow(c, q, {"personas", "id, name, description, goals, frustrations, picture"},
                        [&](const pg::Rows& x, int r) -> Error {
                            const QByteArray picture = x.bytes(r, 5);
                            if (picture.size() > maxPictureBytes)
                                return bad(TeamStoreTr::tr("persona %1 has a picture of %2 bytes")
                                               .arg(x.int64(r, 0))
                                               .arg(picture.size()));
                            d.personas.append({x.int64(r, 0), x.text(r, 1), x.text(r, 2),
                                               x.text(r, 3), x.text(r, 4), picture});
                            return {};
                        });
    return err ? err : readParticipants(c, q, d.participants);
}

Error readJourneys(pg::Connection& c, const Query& q, DocumentData& d)
{
    Error err = eachRow(
        c, q, {"journeys", "id, name, description, state, persona_id, source_journey_id, position"},
        [&](const pg::Rows& x, int r) -> Error {
            Journey j;
            j.id = x.int64(r, 0);
            j.name = x.text(r, 1);
            j.description = x.text(r, 2);
            j.personaId = x.int64(r, 4);
            j.sourceJourneyId = x.int64(r, 5);
            j.position = int(x.int64(r, 6));
            d.journeys.append(j);
            return parsed(journeyStateFromString(x.text(r, 3)), d.journeys.last().state, "journey",
                          j.id, x.text(r, 3));
        });
    err = err ? err
              : eachRow(c, q, {"stages", "id, journey_id, name, description, position"},
                        [&](const pg::Rows& x, int r) -> Error {
                            d.stages.append({x.int64(r, 0), x.int64(r, 1), x.text(r, 2),
                                             x.text(r, 3), int(x.int64(r, 4))});
                            return {};
                        });
    return err ? err
               : eachRow(c, q, {"lanes", "id, journey_id, name, kind, position"},
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

// A time in UTC with milliseconds, whatever the session's DateStyle.
#define utcMs(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"

Error readCardRow(const pg::Rows& x, int r, Card& card)
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
    card.votes = int(x.int64(r, 12)); // the anonymous ones; dots are added below
    Error err =
        parsed(evidenceFromString(x.text(r, 9)), card.evidence, "card", card.id, x.text(r, 9));
    err =
        err ? err
            : parsed(levelFromString(x.text(r, 10)), card.severity, "card", card.id, x.text(r, 10));
    err = err ? err
              : parsed(levelFromString(x.text(r, 11)), card.impact, "card", card.id, x.text(r, 11));
    if (!x.isNull(r, 14)) {
        card.reviewedAt = QDateTime::fromString(x.text(r, 14), Qt::ISODateWithMs);
        card.reviewedBy = x.text(r, 15);
    }
    return err ? err
               : parsed(cardStatusFromString(x.text(r, 13)), card.status, "card", card.id,
                        x.text(r, 13));
}

Table cardChild(const char* name, const char* columns, const char* order = "card_id, position")
{
    return {name, columns, "card_id", order, false};
}

Error readCardChildren(pg::Connection& c, const Query& q, QList<Card>& cards)
{
    QHash<Id, int> indexOf;
    for (int i = 0; i < cards.size(); ++i)
        indexOf.insert(cards[i].id, i);
    auto cardOf = [&](const pg::Rows& x, int r) -> Card& {
        return cards[indexOf.value(x.int64(r, 0))];
    };
    Error err = eachRow(c, q, cardChild("card_contributors", "card_id, department_id"),
                        [&](const pg::Rows& x, int r) -> Error {
                            cardOf(x, r).contributingIds.append(x.int64(r, 1));
                            return {};
                        });
    err =
        err ? err
            : eachRow(
                  c, q, cardChild("card_kpis", "card_id, name, kind, value, target, unit"),
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
              : eachRow(c, q, cardChild("card_tags", "card_id, tag"),
                        [&](const pg::Rows& x, int r) -> Error {
                            cardOf(x, r).tags.append(x.text(r, 1));
                            return {};
                        });
    err = err ? err
              : eachRow(c, q,
                        cardChild("card_votes", "card_id, participant_id, dots",
                                  "card_id, participant_id"),
                        [&](const pg::Rows& x, int r) -> Error {
                            Card& card = cardOf(x, r);
                            card.dots.append({x.int64(r, 1), int(x.int64(r, 2))});
                            card.votes += int(x.int64(r, 2));
                            return {};
                        });
    err = err ? err
              : eachRow(c, q,
                        cardChild("card_actions",
                                  "card_id, what, owner_id, to_char(due, 'YYYY-MM-DD'), status"),
                        [&](const pg::Rows& x, int r) -> Error {
                            CardAction a;
                            a.what = x.text(r, 1);
                            a.ownerId = x.isNull(r, 2) ? 0 : x.int64(r, 2);
                            if (!x.isNull(r, 3))
                                a.due = QDate::fromString(x.text(r, 3), Qt::ISODate);
                            cardOf(x, r).actions.append(a);
                            return parsed(cardStatusFromString(x.text(r, 4)),
                                          cardOf(x, r).actions.last().status, "action of card",
                                          x.int64(r, 0), x.text(r, 4));
                        });
    return err ? err
               : eachRow(c, q,
                         cardChild("card_comments", "card_id, author, " utcMs("time") ", text",
                                   "card_id, position, serial"),
                         [&](const pg::Rows& x, int r) -> Error {
                             const QDateTime time =
                                 QDateTime::fromString(x.text(r, 2), Qt::ISODateWithMs);
                             cardOf(x, r).comments.append({x.text(r, 1), time, x.text(r, 3)});
                             return {};
                         });
}

Error readCards(pg::Connection& c, const Query& q, QList<Card>& cards)
{
    Error err = eachRow(c, q,
                        {"cards", "id, stage_id, lane_id, position, title, description, channel, "
                                  "accountable_id, emotion, evidence, severity, impact, votes, "
                                  "status, " utcMs("reviewed_at") ", reviewed_by"},
                        [&](const pg::Rows& x, int r) -> Error {
                            cards.append(Card());
                            return readCardRow(x, r, cards.last());
                        });
    return err ? err : readCardChildren(c, q, cards);
}

#undef utcMs

Error readLinks(pg::Connection& c, const Query& q, QList<Link>& links)
{
    return eachRow(c, q, {"links", "id, from_card_id, to_card_id, type, label"},
                   [&](const pg::Rows& x, int r) -> Error {
                       Link l;
                       l.id = x.int64(r, 0);
                       l.fromCardId = x.int64(r, 1);
                       l.toCardId = x.int64(r, 2);
                       l.label = x.text(r, 4);
                       links.append(l);
                       return parsed(linkTypeFromString(x.text(r, 3)), links.last().type, "link",
                                     l.id, x.text(r, 3));
                   });
}

// Feedback items, each checked as the file's are (store/storefeedback.cpp):
// enum names CXMap writes, candidates in the form it writes, and the rules
// of model/feedbackrules.h.
Error readFeedback(pg::Connection& c, const Query& q, QList<Feedback>& items)
{
    return eachRow(
        c, q,
        {"feedback", "id, card_id, text, redacted, kind, sentiment, source, "
                     "to_char(date, 'YYYY-MM-DD'), segment, reference, score_scale, score, "
                     "card_hint, candidates"},
        [&](const pg::Rows& x, int r) -> Error {
            Feedback f;
            f.id = x.int64(r, 0);
            f.cardId = x.isNull(r, 1) ? 0 : x.int64(r, 1);
            f.text = x.text(r, 2);
            f.redacted = x.boolean(r, 3);
            if (!x.isNull(r, 5))
                f.sentiment = int(x.int64(r, 5)); // the schema checks -2..+2
            if (!x.isNull(r, 7))
                f.date = QDate::fromString(x.text(r, 7), Qt::ISODate);
            f.segment = x.text(r, 8);
            f.reference = x.text(r, 9);
            if (!x.isNull(r, 11))
                f.score = int(std::clamp<qint64>(x.int64(r, 11), -1, 11));
            f.cardHint = x.text(r, 12);
            for (const QString& part : x.text(r, 13).split(u',', Qt::SkipEmptyParts)) {
                const Id id = part.toLongLong();
                if (id <= 0 || f.candidates.contains(id))
                    return bad(TeamStoreTr::tr("feedback %1 names its candidate cards in a form "
                                               "CXMap does not write")
                                   .arg(f.id));
                f.candidates.append(id);
            }
            Error err = parsed(feedbackKindFromString(x.text(r, 4)), f.kind, "feedback", f.id,
                               x.text(r, 4));
            err = err ? err
                      : parsed(feedbackSourceFromString(x.text(r, 6)), f.source, "feedback", f.id,
                               x.text(r, 6));
            err = err ? err
                      : parsed(scoreScaleFromString(x.text(r, 10)), f.scale, "feedback", f.id,
                               x.text(r, 10));
            if (err)
                return err;
            if (const QString problem = feedbackProblem(f); !problem.isEmpty())
                return bad(TeamStoreTr::tr("feedback %1 cannot be kept as it is (%2)")
                               .arg(f.id)
                               .arg(problem));
            items.append(std::move(f));
            return {};
        });
}

} // namespace

Result<DocumentData> readAll(pg::Connection& c, qint64 mapId, Revisions* revisions)
{
    DocumentData d;
    auto title = c.query("SELECT title, review_interval_days FROM cxmap.maps WHERE id = $1",
                         {mapId}, TeamStoreTr::tr("read the map"));
    if (!title)
        return title.error();
    if (title->count() == 0)
        return Error{ErrorCode::FileMissing,
                     TeamStoreTr::tr("The map is no longer on the team server: it was deleted.")};
    d.title = title->text(0, 0);
    d.reviewIntervalDays = int(title->int64(0, 1));
    if (d.reviewIntervalDays < 1 || d.reviewIntervalDays > maxReviewIntervalDays)
        return bad(TeamStoreTr::tr("a review interval of %1 days").arg(d.reviewIntervalDays));
    const Query q{mapId, {}, revisions};
    Error err = readDepartmentsAndPeople(c, q, d);
    err = err ? err : readJourneys(c, q, d);
    err = err ? err : readCards(c, q, d.cards);
    err = err ? err : readLinks(c, q, d.links);
    err = err ? err : readFeedback(c, q, d.feedback);
    if (err)
        return err;
    QSet<Id> cards;
    for (const Card& x : d.cards)
        cards.insert(x.id);
    for (Feedback& f : d.feedback)
        keepExistingCandidates(f, [&cards](Id id) { return cards.contains(id); });
    return d;
}

Result<QList<Feedback>> readFeedback(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                                     Revisions* revisions)
{
    QList<Feedback> items;
    if (ids.isEmpty())
        return items;
    if (Error err = readFeedback(c, {mapId, arrayLiteral(ids), revisions}, items))
        return err;
    return items;
}

Result<QList<Card>> readCards(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                              Revisions* revisions)
{
    QList<Card> cards;
    if (ids.isEmpty())
        return cards;
    if (Error err = readCards(c, {mapId, arrayLiteral(ids), revisions}, cards))
        return err;
    return cards;
}

Result<DocumentData> readStructure(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                                   Revisions* revisions)
{
    DocumentData d;
    if (ids.isEmpty())
        return d;
    const Query q{mapId, arrayLiteral(ids), revisions};
    Error err = readDepartmentsAndPeople(c, q, d);
    err = err ? err : readJourneys(c, q, d);
    if (err)
        return err;
    return d;
}

Result<QList<Participant>> readParticipants(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                                            Revisions* revisions)
{
    QList<Participant> participants;
    if (ids.isEmpty())
        return participants;
    if (Error err = readParticipants(c, {mapId, arrayLiteral(ids), revisions}, participants))
        return err;
    return participants;
}

Result<QList<Link>> readLinks(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                              Revisions* revisions)
{
    QList<Link> links;
    if (ids.isEmpty())
        return links;
    if (Error err = readLinks(c, {mapId, arrayLiteral(ids), revisions}, links))
        return err;
    return links;
}

} // namespace cx::teamrows
