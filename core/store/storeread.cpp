// Reading a whole document from the store, checking every value on the way:
// a file from a stranger may hold anything a `sqlite3` shell can write.

#include "model/enumnames.h"
#include "sqlitehelpers.h"
#include "store.h"
#include "storestatements.h"
#include "storetr.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cx {

namespace {

Error bad(const QString& what)
{
    return {ErrorCode::Damaged, StoreTr::tr("the file is damaged: %1").arg(what)};
}

Error badEnum(const char* table, Id id, const char* column, const QString& value)
{
    return bad(StoreTr::tr("%1 %2 has an unknown %3 \"%4\"")
                   .arg(QLatin1String(table))
                   .arg(id)
                   .arg(QLatin1String(column), value.left(40)));
}

// Runs a query and hands each row to fn (which returns an error to stop).
template <typename Fn>
Error eachRow(sqlite3* db, const char* query, Fn fn)
{
    sql::Statement st(db, query);
    if (!st.isValid())
        return sql::toError(db, st.prepareCode(), StoreTr::tr("reading the document"));
    int rc = st.step();
    while (rc == SQLITE_ROW) {
        if (Error err = fn(st))
            return err;
        rc = st.step();
    }
    if (rc != SQLITE_DONE)
        return sql::toError(db, rc, StoreTr::tr("reading the document"));
    return {};
}

// A text the UTF-8 of which cannot be one CXMap wrote (at most 4 bytes a character).
bool tooLong(const sql::Statement& st, int column) { return st.bytes(column) > 4 * maxTextLength; }

// Integers where the schema has them (SQLite keeps what it is given), texts of
// a size CXMap writes.
Error checkCardColumns(const sql::Statement& st)
{
    const qint64 id = st.int64(0);
    for (int column : {0, 1, 2, 3, 12}) {
        if (!st.isInteger(column))
            return bad(StoreTr::tr("card %1 has a value that is not a number").arg(id));
    }
    for (int column : {7, 8}) {
        if (!st.isNull(column) && !st.isInteger(column))
            return bad(StoreTr::tr("card %1 has a value that is not a number").arg(id));
    }
    for (int column : {4, 5, 6}) {
        if (tooLong(st, column))
            return bad(StoreTr::tr("card %1 holds a text of %2 MB, larger than the 4 MB a "
                                   "card's text may take")
                           .arg(id)
                           .arg(st.bytes(column) / (1024 * 1024)));
    }
    return {};
}

Error readCards(sqlite3* db, DocumentData& d, QHash<Id, int>& indexOf)
{
    return eachRow(db,
                   "SELECT id, stage_id, lane_id, position, title, description, channel, "
                   "accountable_id, emotion, evidence, severity, impact, votes, status "
                   "FROM cards ORDER BY id",
                   [&](const sql::Statement& st) -> Error {
                       if (Error err = checkCardColumns(st))
                           return err;
                       Card c;
                       c.id = st.int64(0);
                       c.stageId = st.int64(1);
                       c.laneId = st.int64(2);
                       c.position = int(st.int64(3));
                       c.title = st.text(4);
                       c.description = st.text(5);
                       c.channel = st.text(6);
                       c.accountableId = st.int64(7);
                       if (!st.isNull(8)) {
                           const qint64 e = st.int64(8); // checked before narrowing
                           if (e < emotionMin || e > emotionMax)
                               return bad(
                                   StoreTr::tr("card %1 has an emotion out of range").arg(c.id));
                           c.emotion = int(e);
                       }
                       const auto ev = evidenceFromString(st.text(9));
                       const auto sev = levelFromString(st.text(10));
                       const auto imp = levelFromString(st.text(11));
                       const auto status = cardStatusFromString(st.text(13));
                       if (!ev)
                           return badEnum("card", c.id, "evidence", st.text(9));
                       if (!sev)
                           return badEnum("card", c.id, "severity", st.text(10));
                       if (!imp)
                           return badEnum("card", c.id, "impact", st.text(11));
                       if (!status)
                           return badEnum("card", c.id, "status", st.text(13));
                       c.evidence = *ev;
                       c.severity = *sev;
                       c.impact = *imp;
                       const qint64 votes = st.int64(12);
                       if (votes < 0 || votes > 1000000)
                           return bad(StoreTr::tr("card %1 has %2 votes").arg(c.id).arg(votes));
                       c.votes = int(votes);
                       c.status = *status;
                       indexOf.insert(c.id, int(d.cards.size()));
                       d.cards.append(c);
                       return {};
                   });
}

// Dots are checked in checkReferences; a comment's time must be a time.
template <typename CardOf>
Error readVotesAndComments(sqlite3* db, CardOf cardOf)
{
    Error err =
        eachRow(db,
                "SELECT card_id, participant_id, dots FROM card_votes "
                "ORDER BY card_id, participant_id",
                [&](const sql::Statement& st) -> Error {
                    const qint64 dots = st.int64(2);
                    if (dots < 1 || dots > 1000000)
                        return bad(StoreTr::tr("card %1 has %2 dots of participant %3")
                                       .arg(st.int64(0))
                                       .arg(dots)
                                       .arg(st.int64(1)));
                    Card* c = cardOf(st.int64(0));
                    if (c && !c->dots.isEmpty() && c->dots.last().participantId >= st.int64(1))
                        return bad(StoreTr::tr("card %1 counts participant %2's dots "
                                               "twice")
                                       .arg(st.int64(0))
                                       .arg(st.int64(1)));
                    if (c)
                        c->dots.append({st.int64(1), int(dots)});
                    return {};
                });
    if (err)
        return err;
    err = eachRow(
        db,
        "SELECT card_id, author, time, text FROM card_comments "
        "ORDER BY card_id, position",
        [&](const sql::Statement& st) -> Error {
            if (tooLong(st, 3))
                return bad(StoreTr::tr("a comment on card %1 is too long").arg(st.int64(0)));
            const QDateTime time = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
            if (!time.isValid())
                return bad(StoreTr::tr("a comment on card %1 has no valid time").arg(st.int64(0)));
            if (Card* c = cardOf(st.int64(0)))
                c->comments.append({st.text(1), time.toUTC(), st.text(3)});
            return {};
        });
    if (err)
        return err;
    err = eachRow(
        db,
        "SELECT card_id, what, owner_id, due, status FROM card_actions ORDER BY card_id, position",
        [&](const sql::Statement& st) -> Error {
            CardAction a;
            a.what = st.text(1);
            a.ownerId = st.int64(2);
            const QString due = st.text(3);
            a.due = QDate::fromString(due, Qt::ISODate);
            const auto status = cardStatusFromString(st.text(4));
            if ((!due.isEmpty() && !a.due.isValid()) || !status)
                return bad(StoreTr::tr("an action on card %1 has no valid due day or status")
                               .arg(st.int64(0)));
            a.status = *status;
            if (Card* c = cardOf(st.int64(0)))
                c->actions.append(a);
            return {};
        });
    if (err)
        return err;
    return eachRow(
        db, "SELECT card_id, at, who FROM card_reviews", [&](const sql::Statement& st) -> Error {
            const QDateTime at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
            if (!at.isValid())
                return bad(StoreTr::tr("the review of card %1 has no valid time").arg(st.int64(0)));
            if (Card* c = cardOf(st.int64(0))) {
                c->reviewedAt = at.toUTC();
                c->reviewedBy = st.text(2);
            }
            return {};
        });
}

Error readCardChildren(sqlite3* db, DocumentData& d, const QHash<Id, int>& indexOf)
{
    auto cardOf = [&](Id id) -> Card* {
        const auto it = indexOf.constFind(id);
        return it == indexOf.cend() ? nullptr : &d.cards[*it];
    };
    Error err = eachRow(db,
                        "SELECT card_id, department_id FROM card_contributors "
                        "ORDER BY card_id, position",
                        [&](const sql::Statement& st) -> Error {
                            if (Card* c = cardOf(st.int64(0)))
                                c->contributingIds.append(st.int64(1));
                            return {};
                        });
    if (err)
        return err;
    err = eachRow(db,
                  "SELECT card_id, name, kind, value, target, unit FROM card_kpis "
                  "ORDER BY card_id, position",
                  [&](const sql::Statement& st) -> Error {
                      Card* c = cardOf(st.int64(0));
                      const auto kind = kpiKindFromString(st.text(2));
                      if (!kind)
                          return badEnum("KPI of card", st.int64(0), "kind", st.text(2));
                      if (c) {
                          Kpi k{st.text(1), *kind, st.real(3), std::nullopt, st.text(5)};
                          if (!st.isNull(4))
                              k.target = st.real(4);
                          c->kpis.append(k);
                      }
                      return {};
                  });
    if (err)
        return err;
    err = eachRow(db, "SELECT card_id, tag FROM card_tags ORDER BY card_id, position",
                  [&](const sql::Statement& st) -> Error {
                      if (Card* c = cardOf(st.int64(0)))
                          c->tags.append(st.text(1));
                      return {};
                  });
    return err ? err : readVotesAndComments(db, cardOf);
}

Error readStructure(sqlite3* db, DocumentData& d)
{
    Error err = eachRow(db, "SELECT key, value FROM meta", [&](const sql::Statement& st) -> Error {
        const QString key = st.text(0);
        if (key == QLatin1String("title"))
            d.title = st.text(1);
        if (key != QLatin1String("review_interval_days"))
            return {};
        bool ok = false;
        d.reviewIntervalDays = st.text(1).toInt(&ok);
        if (!ok || d.reviewIntervalDays < 1 || d.reviewIntervalDays > maxReviewIntervalDays)
            return bad(StoreTr::tr("the review interval %1 is not 1 to "
                                   "%2 days")
                           .arg(st.text(1), QString::number(maxReviewIntervalDays)));
        return {};
    });
    err = err ? err
              : eachRow(
                    db,
                    "SELECT id, name, short_name, color, head, description, position "
                    "FROM departments ORDER BY id",
                    [&](const sql::Statement& st) -> Error {
                        const QString text = st.text(3);
                        const QColor color = QColor::fromString(text);
                        if (!text.isEmpty() && !color.isValid())
                            return bad(
                                StoreTr::tr("department %1 has no valid colour").arg(st.int64(0)));
                        d.departments.append({st.int64(0), st.text(1), st.text(2), color,
                                              st.text(4), st.text(5), int(st.int64(6))});
                        return {};
                    });
    err = err ? err
              : eachRow(db,
                        "SELECT id, name, description, goals, frustrations, picture "
                        "FROM personas ORDER BY id",
                        [&](const sql::Statement& st) -> Error {
                            for (int column : {2, 3, 4}) {
                                if (tooLong(st, column))
                                    return bad(StoreTr::tr("persona %1 holds a text larger "
                                                           "than CXMap writes")
                                                   .arg(st.int64(0)));
                            }
                            const QByteArray picture = st.blob(5);
                            if (picture.size() > maxPictureBytes)
                                return bad(StoreTr::tr("persona %1 has a picture of %2 bytes")
                                               .arg(st.int64(0))
                                               .arg(picture.size()));
                            d.personas.append({st.int64(0), st.text(1), st.text(2), st.text(3),
                                               st.text(4), picture});
                            return {};
                        });
    err = err ? err
              : eachRow(db, "SELECT id, name, budget FROM participants ORDER BY id",
                        [&](const sql::Statement& st) -> Error {
                            const qint64 budget = st.int64(2);
                            if (budget < 0 || budget > 1000000)
                                return bad(StoreTr::tr("participant %1 has a budget of %2")
                                               .arg(st.int64(0))
                                               .arg(budget));
                            d.participants.append({st.int64(0), st.text(1), int(budget)});
                            return {};
                        });
    err = err ? err
              : eachRow(db,
                        "SELECT id, name, description, state, persona_id, source_journey_id, "
                        "position FROM journeys ORDER BY id",
                        [&](const sql::Statement& st) -> Error {
                            const auto state = journeyStateFromString(st.text(3));
                            if (!state)
                                return badEnum("journey", st.int64(0), "state", st.text(3));
                            d.journeys.append({st.int64(0), st.text(1), st.text(2), *state,
                                               st.int64(4), st.int64(5), int(st.int64(6))});
                            return {};
                        });
    err = err ? err
              : eachRow(db,
                        "SELECT id, journey_id, name, description, position FROM stages "
                        "ORDER BY id",
                        [&](const sql::Statement& st) -> Error {
                            d.stages.append({st.int64(0), st.int64(1), st.text(2), st.text(3),
                                             int(st.int64(4))});
                            return {};
                        });
    return err ? err
               : eachRow(db, "SELECT id, journey_id, name, kind, position FROM lanes ORDER BY id",
                         [&](const sql::Statement& st) -> Error {
                             const auto kind = laneKindFromString(st.text(3));
                             if (!kind)
                                 return badEnum("lane", st.int64(0), "kind", st.text(3));
                             d.lanes.append(
                                 {st.int64(0), st.int64(1), st.text(2), *kind, int(st.int64(4))});
                             return {};
                         });
}

Error readLinks(sqlite3* db, DocumentData& d)
{
    return eachRow(db, "SELECT id, from_card_id, to_card_id, type, label FROM links ORDER BY id",
                   [&](const sql::Statement& st) -> Error {
                       const auto type = linkTypeFromString(st.text(3));
                       if (!type)
                           return badEnum("link", st.int64(0), "type", st.text(3));
                       d.links.append({st.int64(0), st.int64(1), st.int64(2), *type, st.text(4)});
                       return {};
                   });
}

// References the Document relies on: a hostile file may lack the foreign keys.
Error checkReferences(const DocumentData& d)
{
    QHash<Id, Id> stageJourney, laneJourney, cardJourney;
    QSet<Id> departments, personas, journeys, participants;
    for (const Department& x : d.departments)
        departments.insert(x.id);
    for (const Participant& x : d.participants)
        participants.insert(x.id);
    for (const Persona& x : d.personas)
        personas.insert(x.id);
    for (const Journey& j : d.journeys)
        journeys.insert(j.id);
    for (const Journey& j : d.journeys) {
        if ((j.personaId && !personas.contains(j.personaId)) ||
            (j.sourceJourneyId &&
             (!journeys.contains(j.sourceJourneyId) || j.sourceJourneyId == j.id)))
            return bad(StoreTr::tr("journey %1 refers to a missing persona or journey").arg(j.id));
    }
    for (const Stage& s : d.stages) {
        if (!journeys.contains(s.journeyId))
            return bad(StoreTr::tr("stage %1 belongs to no journey").arg(s.id));
        stageJourney.insert(s.id, s.journeyId);
    }
    for (const Lane& l : d.lanes) {
        if (!journeys.contains(l.journeyId))
            return bad(StoreTr::tr("lane %1 belongs to no journey").arg(l.id));
        laneJourney.insert(l.id, l.journeyId);
    }
    for (const Card& c : d.cards) {
        const Id journey = stageJourney.value(c.stageId);
        if (!journey || journey != laneJourney.value(c.laneId))
            return bad(StoreTr::tr("card %1 is not in a cell of its journey").arg(c.id));
        if (c.accountableId && !departments.contains(c.accountableId))
            return bad(StoreTr::tr("card %1 refers to a missing department").arg(c.id));
        for (const CardAction& a : c.actions) {
            if (a.ownerId && !departments.contains(a.ownerId))
                return bad(
                    StoreTr::tr("an action on card %1 refers to a missing department").arg(c.id));
        }
        for (Id dept : c.contributingIds) {
            if (!departments.contains(dept) || dept == c.accountableId ||
                c.contributingIds.count(dept) > 1)
                return bad(StoreTr::tr("card %1 has invalid contributing departments").arg(c.id));
        }
        for (const Dot& dot : c.dots) {
            if (!participants.contains(dot.participantId))
                return bad(StoreTr::tr("card %1 has dots of a missing participant").arg(c.id));
        }
        if (c.votes < c.dotCount())
            return bad(StoreTr::tr("card %1 has fewer votes than dots").arg(c.id));
        cardJourney.insert(c.id, journey);
    }
    for (const Link& l : d.links) {
        const Id from = cardJourney.value(l.fromCardId);
        if (!from || from != cardJourney.value(l.toCardId) || l.fromCardId == l.toCardId)
            return bad(StoreTr::tr("link %1 does not join two cards of one journey").arg(l.id));
    }
    return {};
}

} // namespace

Result<DocumentData> Store::readAll() const
{
    if (m_firstRead) {
        DocumentData d = std::move(*m_firstRead);
        m_firstRead.reset();
        if (m_known->committed.isEmpty()) // read in a transaction (an upgrade)
            rememberCards(d);             // nothing was written since
        return d;
    }
    DocumentData d;
    QHash<Id, int> cardIndex;
    Error err = readStructure(m_db, d);
    err = err ? err : readCards(m_db, d, cardIndex);
    err = err ? err : readCardChildren(m_db, d, cardIndex);
    err = err ? err : readLinks(m_db, d);
    err = err ? err : checkReferences(d);
    if (!err && m_feedbackAhead.valid()) { // read at open (Store::readFeedbackAhead)
        FeedbackRead ahead = m_feedbackAhead.get();
        err = ahead.done ? adoptFeedback(d, std::move(ahead.items)) : readFeedbackRows(m_db, d);
    } else if (!err) {
        err = readFeedbackRows(m_db, d); // storefeedback.cpp
    }
    if (err)
        return err;
    rememberCards(d);
    return d;
}

} // namespace cx
