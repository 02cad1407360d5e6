// Row writes (upserts and deletes) and the whole-document read of the store.

#include "model/enumnames.h"
#include "storestatements.h"
#include "storetr.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace cx {

namespace {

// Upserts update in place: INSERT OR REPLACE would delete the row first and
// cascade to its children.
constexpr const char* upsertCard =
    "INSERT INTO cards (id, stage_id, lane_id, position, title, description, channel, "
    "accountable_id, emotion, evidence, severity, impact, votes, status) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
    "ON CONFLICT (id) DO UPDATE SET stage_id = ?2, lane_id = ?3, position = ?4, title = ?5, "
    "description = ?6, channel = ?7, accountable_id = ?8, emotion = ?9, evidence = ?10, "
    "severity = ?11, impact = ?12, votes = ?13, status = ?14";

// Equal KPIs, their numbers bit for bit: equal ones are written alike.
bool sameKpis(const QList<Kpi>& a, const QList<Kpi>& b)
{
    const auto bits = [](double d) { return std::bit_cast<quint64>(d); };
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [&](const Kpi& x, const Kpi& y) {
        return x.name == y.name && x.kind == y.kind && bits(x.value) == bits(y.value) &&
               x.target.has_value() == y.target.has_value() &&
               (!x.target || bits(*x.target) == bits(*y.target)) && x.unit == y.unit;
    });
}

Error done(sqlite3* db, int rc, const char* what)
{
    if (rc == SQLITE_DONE || rc == SQLITE_OK)
        return {};
    return sql::toError(db, rc, StoreTr::tr("saving %1").arg(StoreTr::tr(what)));
}

} // namespace

Store::Statements::Statements(sqlite3* db)
    : putDepartment(db,
                    "INSERT INTO departments VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                    "ON CONFLICT (id) DO UPDATE SET name = ?2, short_name = ?3, color = ?4, "
                    "head = ?5, description = ?6, position = ?7",
                    true),
      putPersona(db,
                 "INSERT INTO personas (id, name, description, goals, frustrations, picture) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET name = ?2, "
                 "description = ?3, goals = ?4, frustrations = ?5, picture = ?6",
                 true),
      putJourney(db,
                 "INSERT INTO journeys VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO "
                 "UPDATE SET name = ?2, description = ?3, state = ?4, persona_id = ?5, "
                 "source_journey_id = ?6, position = ?7",
                 true),
      putStage(db,
               "INSERT INTO stages VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET "
               "journey_id = ?2, name = ?3, description = ?4, position = ?5",
               true),
      putLane(db,
              "INSERT INTO lanes VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET "
              "journey_id = ?2, name = ?3, kind = ?4, position = ?5",
              true),
      putCard(db, upsertCard, true),
      putCardPlace(db, "UPDATE cards SET stage_id = ?2, lane_id = ?3, position = ?4 WHERE id = ?1",
                   true),
      clearContributors(db, "DELETE FROM card_contributors WHERE card_id = ?", true),
      putContributor(db, "INSERT INTO card_contributors VALUES (?, ?, ?)", true),
      clearKpis(db, "DELETE FROM card_kpis WHERE card_id = ?", true),
      putKpi(db, "INSERT INTO card_kpis VALUES (?, ?, ?, ?, ?, ?, ?)", true),
      clearTags(db, "DELETE FROM card_tags WHERE card_id = ?", true),
      putTag(db, "INSERT INTO card_tags VALUES (?, ?, ?)", true),
      clearVotes(db, "DELETE FROM card_votes WHERE card_id = ?", true),
      putVote(db, "INSERT INTO card_votes (card_id, participant_id, dots) VALUES (?, ?, ?)", true),
      clearComments(db, "DELETE FROM card_comments WHERE card_id = ?", true),
      putComment(db,
                 "INSERT INTO card_comments (card_id, position, author, time, text) "
                 "VALUES (?, ?, ?, ?, ?)",
                 true),
      putReview(db,
                "INSERT INTO card_reviews (card_id, at, who) VALUES (?1, ?2, ?3) "
                "ON CONFLICT (card_id) DO UPDATE SET at = ?2, who = ?3",
                true),
      clearReview(db, "DELETE FROM card_reviews WHERE card_id = ?", true),
      clearActions(db, "DELETE FROM card_actions WHERE card_id = ?", true),
      putAction(db,
                "INSERT INTO card_actions (card_id, position, what, owner_id, due, status) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                true),
      putParticipant(db,
                     "INSERT INTO participants (id, name, budget) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT (id) DO UPDATE SET name = ?2, budget = ?3",
                     true),
      putLink(db,
              "INSERT INTO links VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET "
              "from_card_id = ?2, to_card_id = ?3, type = ?4, label = ?5",
              true),
      putMeta(db, "INSERT INTO meta VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
              true),
      putHistory(db,
                 "INSERT INTO history (step, at, who, text, action, object, object_id, label, "
                 "journey_id, department_id, field, before, after) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 true),
      deleteDepartment(db, "DELETE FROM departments WHERE id = ?", true),
      deletePersona(db, "DELETE FROM personas WHERE id = ?", true),
      deleteParticipant(db, "DELETE FROM participants WHERE id = ?", true),
      deleteJourney(db, "DELETE FROM journeys WHERE id = ?", true),
      deleteStage(db, "DELETE FROM stages WHERE id = ?", true),
      deleteLane(db, "DELETE FROM lanes WHERE id = ?", true),
      deleteCard(db, "DELETE FROM cards WHERE id = ?", true),
      deleteLink(db, "DELETE FROM links WHERE id = ?", true),
      putFeedback(
          db,
          "INSERT INTO feedback (id, card_id, text, redacted, kind, sentiment, source, date, "
          "segment, reference, score_scale, score, card_hint, candidates) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
          "ON CONFLICT (id) DO UPDATE SET card_id = ?2, text = ?3, redacted = ?4, "
          "kind = ?5, sentiment = ?6, source = ?7, date = ?8, segment = ?9, "
          "reference = ?10, score_scale = ?11, score = ?12, card_hint = ?13, "
          "candidates = ?14",
          true),
      deleteFeedback(db, "DELETE FROM feedback WHERE id = ?", true),
      feedbackWords(db, "SELECT 1 FROM feedback WHERE id = ?1 AND text <> '' AND text IS NOT ?2",
                    true)
{
}

Store::Store() : m_known(std::make_unique<KnownCards>()) {}

// --- What the file holds of each card's lists -----------------------------------

const Store::CardLists* Store::KnownCards::find(Id card, bool inTransaction) const
{
    if (inTransaction) {
        const auto it = pending.constFind(card);
        if (it != pending.cend())
            return it->has_value() ? &**it : nullptr;
    }
    const auto it = committed.constFind(card);
    return it == committed.cend() ? nullptr : &*it;
}

void Store::KnownCards::note(Id card, const Card* c, bool inTransaction)
{
    std::optional<CardLists> lists;
    if (c)
        lists = CardLists{c->contributingIds, c->kpis,       c->tags,       c->dots,
                          c->comments,        c->reviewedAt, c->reviewedBy, c->actions};
    if (inTransaction) {
        pending.insert(card, std::move(lists));
        return;
    }
    pending.clear(); // left by a transaction SQLite ended on its own
    if (lists)
        committed.insert(card, std::move(*lists));
    else
        committed.remove(card);
}

void Store::KnownCards::commit()
{
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (it->has_value())
            committed.insert(it.key(), std::move(**it));
        else
            committed.remove(it.key());
    }
    pending.clear();
}

void Store::KnownCards::clear()
{
    committed.clear();
    pending.clear();
}

void Store::rememberCards(const DocumentData& data) const
{
    if (inTransaction())
        return; // what it read may yet be rolled back
    m_known->clear();
    m_known->committed.reserve(data.cards.size());
    for (const Card& c : data.cards)
        m_known->note(c.id, &c, false);
}

bool Store::Statements::allValid() const
{
    for (const sql::Statement* st :
         {&putDepartment,  &putPersona,       &putJourney,     &putStage,
          &putLane,        &putCard,          &putCardPlace,   &clearContributors,
          &putContributor, &clearKpis,        &putKpi,         &clearTags,
          &putTag,         &clearVotes,       &putVote,        &clearComments,
          &putComment,     &putReview,        &clearReview,    &clearActions,
          &putAction,      &putParticipant,   &putLink,        &putMeta,
          &putHistory,     &deleteDepartment, &deletePersona,  &deleteParticipant,
          &deleteJourney,  &deleteStage,      &deleteLane,     &deleteCard,
          &deleteLink,     &putFeedback,      &deleteFeedback, &feedbackWords}) {
        if (!st->isValid())
            return false;
    }
    return true;
}

// --- Writes --------------------------------------------------------------------

Error Store::putDepartment(const Department& d)
{
    auto& st = m_stmts->putDepartment;
    st.bind(1, d.id).bind(2, d.name).bind(3, d.shortName).bind(4, colorText(d.color));
    st.bind(5, d.head).bind(6, d.description).bind(7, d.position);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a department"));
}

Error Store::putPersona(const Persona& p)
{
    auto& st = m_stmts->putPersona;
    st.bind(1, p.id).bind(2, p.name).bind(3, p.description).bind(4, p.goals);
    st.bind(5, p.frustrations).bindBlob(6, p.picture);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a persona"));
}

Error Store::putParticipant(const Participant& p)
{
    auto& st = m_stmts->putParticipant;
    st.bind(1, p.id).bind(2, p.name).bind(3, p.budget);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a participant"));
}

Error Store::putJourney(const Journey& j)
{
    auto& st = m_stmts->putJourney;
    st.bind(1, j.id).bind(2, j.name).bind(3, j.description).bind(4, toString(j.state));
    st.bindId(5, j.personaId).bindId(6, j.sourceJourneyId).bind(7, j.position);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a journey"));
}

Error Store::putStage(const Stage& s)
{
    auto& st = m_stmts->putStage;
    st.bind(1, s.id).bind(2, s.journeyId).bind(3, s.name).bind(4, s.description);
    st.bind(5, s.position);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a stage"));
}

Error Store::putLane(const Lane& l)
{
    auto& st = m_stmts->putLane;
    st.bind(1, l.id).bind(2, l.journeyId).bind(3, l.name).bind(4, toString(l.kind));
    st.bind(5, l.position);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a lane"));
}

Error Store::putCard(const Card& c)
{
    // A list the file already holds as it is keeps its rows: a title edit
    // writes one row instead of deleting and inserting every child row.
    const CardLists* known = m_known->find(c.id, inTransaction());
    const bool contributors = !known || known->contributingIds != c.contributingIds;
    const bool kpis = !known || !sameKpis(known->kpis, c.kpis);
    const bool tags = !known || known->tags != c.tags;
    const bool dots = !known || known->dots != c.dots;
    const bool comments = !known || known->comments != c.comments;
    const bool review = !known || known->reviewedAt.isValid() != c.reviewedAt.isValid() ||
                        (c.reviewedAt.isValid() &&
                         (known->reviewedAt != c.reviewedAt || known->reviewedBy != c.reviewedBy));
    const bool actions = !known || known->actions != c.actions;
    known = nullptr;                               // note() may move it
    m_known->note(c.id, nullptr, inTransaction()); // unknown until every row is written

    auto& st = m_stmts->putCard;
    st.bind(1, c.id).bind(2, c.stageId).bind(3, c.laneId).bind(4, c.position);
    st.bind(5, c.title).bind(6, c.description).bind(7, c.channel).bindId(8, c.accountableId);
    c.emotion ? st.bind(9, *c.emotion) : st.bindNull(9);
    st.bind(10, toString(c.evidence)).bind(11, toString(c.severity)).bind(12, toString(c.impact));
    st.bind(13, c.votes).bind(14, toString(c.status));
    int rc = st.exec();
    if (contributors) {
        rc = rc == SQLITE_DONE ? m_stmts->clearContributors.bind(1, c.id).exec() : rc;
        for (int i = 0; rc == SQLITE_DONE && i < c.contributingIds.size(); ++i) {
            auto& cst = m_stmts->putContributor;
            rc = cst.bind(1, c.id).bind(2, i).bind(3, c.contributingIds[i]).exec();
        }
    }
    if (kpis) {
        rc = rc == SQLITE_DONE ? m_stmts->clearKpis.bind(1, c.id).exec() : rc;
        for (int i = 0; rc == SQLITE_DONE && i < c.kpis.size(); ++i) {
            const Kpi& k = c.kpis[i];
            auto& kst = m_stmts->putKpi;
            kst.bind(1, c.id).bind(2, i).bind(3, k.name).bind(4, toString(k.kind)).bind(5, k.value);
            rc = kst.bindOptional(6, k.target).bind(7, k.unit).exec();
        }
    }
    if (tags) {
        rc = rc == SQLITE_DONE ? m_stmts->clearTags.bind(1, c.id).exec() : rc;
        for (int i = 0; rc == SQLITE_DONE && i < c.tags.size(); ++i)
            rc = m_stmts->putTag.bind(1, c.id).bind(2, i).bind(3, c.tags[i]).exec();
    }
    if (dots) {
        rc = rc == SQLITE_DONE ? m_stmts->clearVotes.bind(1, c.id).exec() : rc;
        for (int i = 0; rc == SQLITE_DONE && i < c.dots.size(); ++i) {
            const Dot& d = c.dots[i];
            rc = m_stmts->putVote.bind(1, c.id).bind(2, d.participantId).bind(3, d.count).exec();
        }
    }
    if (comments) {
        rc = rc == SQLITE_DONE ? m_stmts->clearComments.bind(1, c.id).exec() : rc;
        for (int i = 0; rc == SQLITE_DONE && i < c.comments.size(); ++i) {
            const Comment& m = c.comments[i];
            auto& mst = m_stmts->putComment;
            mst.bind(1, c.id).bind(2, i).bind(3, m.author);
            rc = mst.bind(4, m.time.toUTC().toString(Qt::ISODateWithMs)).bind(5, m.text).exec();
        }
    }
    if (review && rc == SQLITE_DONE && c.reviewedAt.isValid()) {
        auto& rst = m_stmts->putReview;
        rst.bind(1, c.id).bind(2, c.reviewedAt.toUTC().toString(Qt::ISODateWithMs));
        rc = rst.bind(3, c.reviewedBy).exec();
    } else if (review && rc == SQLITE_DONE) {
        rc = m_stmts->clearReview.bind(1, c.id).exec();
    }
    if (actions) {
        rc = rc == SQLITE_DONE ? m_stmts->clearActions.bind(1, c.id).exec() : rc;
        for (int i = 0; rc == SQLITE_DONE && i < c.actions.size(); ++i) {
            const CardAction& a = c.actions[i];
            auto& ast = m_stmts->putAction;
            ast.bind(1, c.id).bind(2, i).bind(3, a.what).bindId(4, a.ownerId);
            ast.bind(5, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
            rc = ast.bind(6, toString(a.status)).exec();
        }
    }
    if (rc == SQLITE_DONE)
        m_known->note(c.id, &c, inTransaction());
    return done(m_db, rc, QT_TRANSLATE_NOOP("cx::Store", "a card"));
}

Error Store::putCellOrder(Id stage, Id lane, const QList<Id>& order, const QList<int>& renumbered)
{
    auto& st = m_stmts->putCardPlace;
    for (int i : renumbered) {
        st.bind(1, order[i]).bind(2, stage).bind(3, lane).bind(4, i);
        if (Error err = done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a card's place")))
            return err;
    }
    return {};
}

Error Store::putLink(const Link& l)
{
    auto& st = m_stmts->putLink;
    st.bind(1, l.id).bind(2, l.fromCardId).bind(3, l.toCardId).bind(4, toString(l.type));
    st.bind(5, l.label);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "a link"));
}

Error Store::putTitle(const QString& title)
{
    auto& st = m_stmts->putMeta;
    st.bind(1, QStringLiteral("title")).bind(2, title);
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "the title"));
}

Error Store::putReviewInterval(int days)
{
    auto& st = m_stmts->putMeta;
    st.bind(1, QStringLiteral("review_interval_days")).bind(2, QString::number(days));
    return done(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "the review interval"));
}

Error Store::deleteDepartment(Id id)
{
    return done(m_db, m_stmts->deleteDepartment.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a department"));
}

Error Store::deletePersona(Id id)
{
    return done(m_db, m_stmts->deletePersona.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a persona"));
}

Error Store::deleteParticipant(Id id)
{
    return done(m_db, m_stmts->deleteParticipant.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a participant"));
}

Error Store::deleteJourney(Id id)
{
    return done(m_db, m_stmts->deleteJourney.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a journey"));
}

Error Store::deleteStage(Id id)
{
    return done(m_db, m_stmts->deleteStage.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a stage"));
}

Error Store::deleteLane(Id id)
{
    return done(m_db, m_stmts->deleteLane.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a lane"));
}

Error Store::deleteCard(Id id)
{
    m_known->note(id, nullptr, inTransaction()); // its rows go with it
    return done(m_db, m_stmts->deleteCard.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a card"));
}

Error Store::deleteLink(Id id)
{
    return done(m_db, m_stmts->deleteLink.bind(1, id).exec(),
                QT_TRANSLATE_NOOP("cx::Store", "a link"));
}

Error Store::writeAll(const DocumentData& data)
{
    Error err = putTitle(data.title);
    if (!err && data.reviewIntervalDays != defaultReviewIntervalDays)
        err = putReviewInterval(data.reviewIntervalDays);
    for (const Department& d : data.departments)
        err = err ? err : putDepartment(d);
    for (const Persona& p : data.personas)
        err = err ? err : putPersona(p);
    for (const Participant& p : data.participants)
        err = err ? err : putParticipant(p);
    for (const Journey& j : data.journeys)
        err = err ? err : putJourney(j);
    for (const Stage& s : data.stages)
        err = err ? err : putStage(s);
    for (const Lane& l : data.lanes)
        err = err ? err : putLane(l);
    for (const Card& c : data.cards)
        err = err ? err : putCard(c);
    for (const Link& l : data.links)
        err = err ? err : putLink(l);
    for (const Feedback& f : data.feedback)
        err = err ? err : putFeedback(f);
    return err;
}

} // namespace cx
