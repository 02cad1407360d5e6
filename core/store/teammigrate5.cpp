// The team schema's version 5: the map's history, written by the server
// (issue 19; DESIGN.md, "A map that lives").
//
// How an edit is recorded. Every table of a map's rows has a trigger,
// history_touch, that runs BEFORE each row is written and notes the object
// the row belongs to (a card's contributors, KPIs, tags, dots and comments
// belong to the card); the first time the transaction touches an object its
// JSON form as it was is kept (cxmap.history_touched). Each note fires a
// constraint trigger, history, deferred to the commit, that compares every
// noted object's JSON then with its JSON now and writes one cxmap.history row
// per field that differs (one row for an object added or removed).
// So a card edit that rewrites its tags and its row is one record per field,
// however many rows it took; and the values are those of the JSON format
// (io/jsoncard.h, io/jsonobjects.h) because the server builds the same JSON.
// A map published (its row in cxmap.maps inserted by the transaction, which
// only the server's trigger on that table notes) has no before for anything:
// it leaves one record, the title added, saying who published it and when,
// not one per object (the publish of a large map would write tens of
// thousands). Replacing a map keeps its row, so its records are the fields
// the replacement changed, as any edit's.
// Who is the role the edit acted as (checked against the login), when is the
// transaction's time, and the step's words are what the client set in
// cxmap.step_text: nothing else comes from the client, which has no right on
// the history tables.

#include "storetr.h"
#include "teammigrations.h"

#include "pg.h"

#include <QCoreApplication>

namespace cx::teamschema::detail {

namespace {

// The tables, the noting functions and the JSON form of each object. A card's
// JSON keeps its server position as "~at" (never recorded): its "position"
// is its place in its cell (0, 1, 2... as the editor numbers it), which
// others' cards can shift without this card being touched.
constexpr const char* historyTables = R"sql(
CREATE TABLE cxmap.history (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  map_id        bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  step          bigint NOT NULL,
  at            timestamptz NOT NULL,
  who           text NOT NULL,
  text          text NOT NULL DEFAULT '',
  action        text NOT NULL CHECK (action IN ('add', 'change', 'remove')),
  object        text NOT NULL CHECK (object IN ('title', 'department', 'persona', 'participant',
                                                'journey', 'stage', 'lane', 'card', 'link')),
  object_id     bigint NOT NULL,
  label         text NOT NULL DEFAULT '',
  journey_id    bigint,
  department_id bigint,
  field         text,
  before        jsonb,
  after         jsonb
);
CREATE INDEX history_object ON cxmap.history (map_id, object, object_id);
CREATE INDEX history_at ON cxmap.history (map_id, at);
ALTER TABLE cxmap.history ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON cxmap.history FROM PUBLIC;
GRANT SELECT ON cxmap.history TO PUBLIC;
CREATE POLICY read ON cxmap.history FOR SELECT
  USING (cxmap.has_grant(map_id, current_user, NULL));

-- The objects the open transaction has touched, as they were before; empty
-- outside a transaction's commit (unlogged: nothing here outlives one).
CREATE UNLOGGED TABLE cxmap.history_touched (
  tx          bigint NOT NULL,
  map_id      bigint NOT NULL,
  object      text NOT NULL,
  object_id   bigint NOT NULL,
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  who         text NOT NULL,
  before      jsonb,
  about       jsonb,
  after       jsonb,
  after_about jsonb,
  grp         text,
  shift       bigint,
  PRIMARY KEY (tx, map_id, object, object_id)
);
ALTER TABLE cxmap.history_touched ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON cxmap.history_touched FROM PUBLIC;

)sql";

// What a record says about an object (FEEDBACK_ABOUT: where version 7 adds
// feedback items, aboutFunction).
constexpr const char* historyAbout = R"sql(
-- What a record says about its object besides its fields: its label, its
-- journey and department (a card's accountable one, a link's from card's),
-- and the group whose positions it shares (grp).
CREATE OR REPLACE FUNCTION cxmap.history_about(obj text, m bigint, j jsonb) RETURNS jsonb
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
  RETURN CASE obj
    WHEN 'card' THEN jsonb_build_object(
      'label', j->>'title', 'department', j->'accountable',
      'journey', (SELECT s.journey_id FROM cxmap.stages s
                  WHERE s.map_id = m AND s.id = (j->>'stage')::bigint),
      'grp', concat(j->>'stage', ' ', j->>'lane'))
    WHEN 'link' THEN (
      SELECT jsonb_build_object('label', concat(f.title, ' → ', t.title),
                                'department', f.accountable_id, 'journey', s.journey_id)
      FROM (SELECT 1) one
      LEFT JOIN cxmap.cards f ON f.map_id = m AND f.id = (j->>'from')::bigint
      LEFT JOIN cxmap.cards t ON t.map_id = m AND t.id = (j->>'to')::bigint
      LEFT JOIN cxmap.stages s ON s.map_id = m AND s.id = f.stage_id)
    WHEN 'stage' THEN (SELECT jsonb_build_object('label', x.name, 'journey', x.journey_id,
                                                 'grp', x.journey_id::text)
                       FROM cxmap.stages x WHERE x.map_id = m AND x.id = (j->>'id')::bigint)
    WHEN 'lane' THEN (SELECT jsonb_build_object('label', x.name, 'journey', x.journey_id,
                                                'grp', x.journey_id::text)
                      FROM cxmap.lanes x WHERE x.map_id = m AND x.id = (j->>'id')::bigint)
    WHEN 'journey' THEN jsonb_build_object('label', j->>'name', 'journey', j->'id', 'grp', 'map')
    WHEN 'department' THEN jsonb_build_object('label', j->>'name', 'department', j->'id',
                                              'grp', 'map')
    WHEN 'title' THEN jsonb_build_object('label', j->>'title')FEEDBACK_ABOUT
    ELSE jsonb_build_object('label', j->>'name')
  END;
END $$;
)sql";

// The JSON form of an object as the file format writes it, which the
// records compare. CARD_MORE and TITLE_MORE are where later versions add
// fields (jsonFunctions).
constexpr const char* historyJson = R"sql(
CREATE OR REPLACE FUNCTION cxmap.history_card_json(m bigint, obj_id bigint) RETURNS jsonb
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
  RETURN (SELECT jsonb_build_object(
    'id', c.id, 'stage', c.stage_id, 'lane', c.lane_id, '~at', c.position,
    'position', (SELECT count(*) FROM cxmap.cards o
                 WHERE o.map_id = m AND o.stage_id = c.stage_id AND o.lane_id = c.lane_id
                   AND (o.position, o.id) < (c.position, c.id)),
    'title', c.title, 'description', c.description, 'channel', c.channel,
    'accountable', c.accountable_id,
    'contributing', coalesce((SELECT jsonb_agg(x.department_id ORDER BY x.position)
                              FROM cxmap.card_contributors x
                              WHERE x.map_id = m AND x.card_id = obj_id), '[]'),
    'emotion', c.emotion, 'evidence', c.evidence, 'severity', c.severity, 'impact', c.impact,
    'kpis', coalesce((SELECT jsonb_agg(jsonb_build_object('name', k.name, 'kind', k.kind,
                                                          'value', k.value, 'target', k.target,
                                                          'unit', k.unit) ORDER BY k.position)
                      FROM cxmap.card_kpis k WHERE k.map_id = m AND k.card_id = obj_id), '[]'),
    'votes', c.votes + coalesce((SELECT sum(v.dots) FROM cxmap.card_votes v
                                 WHERE v.map_id = m AND v.card_id = obj_id), 0),
    'status', c.status,CARD_MORE
    'tags', coalesce((SELECT jsonb_agg(t.tag ORDER BY t.position) FROM cxmap.card_tags t
                      WHERE t.map_id = m AND t.card_id = obj_id), '[]'),
    'dots', coalesce((SELECT jsonb_agg(jsonb_build_object('participant', v.participant_id,
                                                          'count', v.dots)
                                       ORDER BY v.participant_id)
                      FROM cxmap.card_votes v WHERE v.map_id = m AND v.card_id = obj_id), '[]'),
    'comments', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                   'author', x.author,
                                   'time', to_char(x.time AT TIME ZONE 'UTC',
                                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                   'text', x.text) ORDER BY x.position, x.serial)
                          FROM cxmap.card_comments x
                          WHERE x.map_id = m AND x.card_id = obj_id), '[]'))
  FROM cxmap.cards c WHERE c.map_id = m AND c.id = obj_id);
END $$;

-- An object's JSON form as the file format writes it (null: there is none).
CREATE OR REPLACE FUNCTION cxmap.history_json(obj text, m bigint, obj_id bigint) RETURNS jsonb
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
  IF obj = 'card' THEN
    RETURN cxmap.history_card_json(m, obj_id);
  ELSIF obj = 'link' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'from', x.from_card_id,
                                      'to', x.to_card_id, 'type', x.type,
                                      'label', x.label)
      FROM cxmap.links x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'stage' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'name', x.name,
                                      'description', x.description,
                                      'position', x.position)
      FROM cxmap.stages x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'lane' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'name', x.name, 'kind', x.kind,
                                      'position', x.position)
      FROM cxmap.lanes x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'journey' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'name', x.name,
                                      'description', x.description,
                                      'state', x.state, 'persona', x.persona_id,
                                      'source', x.source_journey_id,
                                      'position', x.position)
      FROM cxmap.journeys x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'department' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'name', x.name,
                                      'short', x.short_name,
                                      'color', nullif(x.color, ''),
                                      'head', x.head,
                                      'description', x.description,
                                      'position', x.position)
      FROM cxmap.departments x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'persona' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'name', x.name,
                                      'description', x.description,
                                      'goals', x.goals,
                                      'frustrations', x.frustrations,
                                      'picture', translate(encode(x.picture, 'base64'),
                                                           E'\n', ''))
      FROM cxmap.personas x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'participant' THEN
    RETURN (SELECT jsonb_build_object('id', x.id, 'name', x.name,
                                      'budget', x.budget)
      FROM cxmap.participants x WHERE x.map_id = m AND x.id = obj_id);
  ELSIF obj = 'title' THEN
    RETURN (SELECT jsonb_build_object('title', x.title TITLE_MORE)
      FROM cxmap.maps x WHERE x.id = m);FEEDBACK_JSON
  END IF;
  RETURN NULL;
END $$;
)sql";

// MORE_OBJECTS, TABLE_OF_OBJ, NEW_MORE and HAS_GRANT: where version 7 adds feedback
// items (notingFunction).
constexpr const char* historyNote = R"sql(
CREATE OR REPLACE FUNCTION cxmap.history_note(obj text, m bigint, obj_id bigint, who name,
                                   is_new boolean DEFAULT false) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  this_tx bigint := txid_current();
  was jsonb;
BEGIN
  IF pg_trigger_depth() = 0 OR obj NOT IN ('title', 'department', 'persona', 'participant',
                                           'journey', 'stage', 'lane', 'card', 'link'MORE_OBJECTS) THEN
    RETURN; -- only a trigger notes what a write touches, of the objects recorded
  END IF;
  -- A map published by this transaction (the note history_published made:
  -- its title with no before) has no before for anything either: its one
  -- record says who published it, and its rows are not noted one by one.
  IF EXISTS (SELECT 1 FROM cxmap.history_touched h WHERE h.tx = this_tx AND h.map_id = m
             AND h.object = 'title' AND h.object_id = 0 AND h.before IS NULL) THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM cxmap.history_touched h WHERE h.tx = this_tx AND h.map_id = m
             AND h.object = obj AND h.object_id = obj_id) THEN
    RETURN;
  END IF;
  -- A write that touched nothing in the end (INSERT ... ON CONFLICT DO
  -- NOTHING) leaves its note without a commit to read it: the first note of
  -- each transaction clears those of transactions that are over.
  IF NOT EXISTS (SELECT 1 FROM cxmap.history_touched h WHERE h.tx = this_tx) THEN
    DELETE FROM cxmap.history_touched h
      WHERE txid_status(h.tx) IS DISTINCT FROM 'in progress';
  END IF;
  IF NOT (who = session_user OR pg_has_role(session_user, who, 'MEMBER')) THEN
    who := session_user;
  END IF;HAS_GRANT
  -- A card (or a feedback item) being inserted (publishing and imports write
  -- thousands) skips building the JSON of nothing; is_new is checked, not
  -- trusted.
  IF is_new AND ((obj = 'card' AND NOT EXISTS (SELECT 1 FROM cxmap.cards c
                                               WHERE c.map_id = m AND c.id = obj_id))NEW_MORE) THEN
    was := NULL;
  ELSE
    IF obj = 'title' THEN
      PERFORM 1 FROM cxmap.maps x WHERE x.id = m FOR NO KEY UPDATE;
    ELSE
      EXECUTE format('SELECT 1 FROM cxmap.%I x WHERE x.map_id = $1 AND x.id = $2 '
                     'FOR NO KEY UPDATE', TABLE_OF_OBJ) USING m, obj_id;
    END IF;
    was := cxmap.history_json(obj, m, obj_id);
    IF obj = 'title' AND was IS NULL THEN
      RETURN; -- no such map: only history_published notes a title with no before
    END IF;
  END IF;
  INSERT INTO cxmap.history_touched (tx, map_id, object, object_id, who, before, about)
    VALUES (this_tx, m, obj, obj_id, who, was,
            CASE WHEN was IS NOT NULL THEN cxmap.history_about(obj, m, was) END);
END $$;

)sql";

// Noting a touched object. The trigger runs as the writer, so that it knows
// the role the edit acts as (current_user, as the policies see it); the
// function it calls runs as the schema's owner and trusts that name only
// when the login may act as it. The object's row is locked for the rest of
// the transaction (as a write of the row itself would), so that its JSON
// cannot change under the note: two people's votes or comments on one card
// (rows of their own that leave the card's row alone) are recorded one after
// the other, each with only its own change.
constexpr const char* historyNoting = R"sql(
CREATE FUNCTION cxmap.history_touch() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
  ELSE
    r := NEW;
  END IF;
  IF TG_TABLE_NAME = 'maps' THEN
    PERFORM cxmap.history_note('title', r.id, 0, current_user);
  ELSIF TG_TABLE_NAME LIKE 'card\_%' THEN
    PERFORM cxmap.history_note('card', r.map_id, r.card_id, current_user);
  ELSE
    PERFORM cxmap.history_note(rtrim(TG_TABLE_NAME, 's'), r.map_id, r.id, current_user,
                               TG_OP = 'INSERT');
  END IF;
  RETURN r;
END $$;

-- A map's row inserted (publishing it): one note, its title with no before,
-- by the role it was created by (as the policies check it). Only the trigger
-- on cxmap.maps itself notes it (nobody may execute this function, nor so
-- attach it to a table of their own), so no client can make an existing map
-- look new and its edits go unrecorded.
CREATE FUNCTION cxmap.history_published() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  who text := NEW.created_by;
BEGIN
  IF TG_RELID <> 'cxmap.maps'::regclass OR TG_OP <> 'INSERT' OR TG_WHEN <> 'AFTER' THEN
    RETURN NULL;
  END IF;
  IF who IS DISTINCT FROM session_user
     AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = who
                     AND pg_has_role(session_user, r.oid, 'MEMBER')) THEN
    who := session_user;
  END IF;
  INSERT INTO cxmap.history_touched (tx, map_id, object, object_id, who)
    VALUES (txid_current(), NEW.id, 'title', 0, who);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION cxmap.history_published() FROM PUBLIC;
)sql";

// At the commit: the records. A position is the object's own change only
// when the object moved itself: a card's position (its place in its cell)
// counts when it changed cell or its server position changed; a stage's,
// lane's, journey's or department's, when it moved by more than one place,
// or by one with no other object of its group added, removed or shifted the
// same way in the transaction (the others the editor renumbered around it).
constexpr const char* historyWriting = R"sql(
CREATE FUNCTION cxmap.history_own_place(h cxmap.history_touched) RETURNS boolean
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
BEGIN
  RETURN CASE
    WHEN h.before IS NULL OR h.after IS NULL
         OR h.before->'position' IS NOT DISTINCT FROM h.after->'position' THEN true
    WHEN h.object = 'card' AND (h.before->'stage' IS DISTINCT FROM h.after->'stage'
                                OR h.before->'lane' IS DISTINCT FROM h.after->'lane') THEN true
    WHEN h.object = 'card' AND h.before->'~at' IS NOT DISTINCT FROM h.after->'~at' THEN false
    WHEN abs(h.shift) > 1 THEN true
    ELSE NOT EXISTS (SELECT 1 FROM cxmap.history_touched o
                     WHERE o.tx = h.tx AND o.map_id = h.map_id AND o.object = h.object
                       AND o.grp = h.grp AND o.object_id <> h.object_id
                       AND (o.before IS NULL OR o.after IS NULL OR o.shift = h.shift))
  END;
END $$;

CREATE FUNCTION cxmap.history_write(h cxmap.history_touched, words text, own_place boolean)
  RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
  about jsonb := coalesce(h.after_about, h.about, '{}');
BEGIN
  INSERT INTO cxmap.history (map_id, step, at, who, text, action, object, object_id, label,
                             journey_id, department_id, field, before, after)
  SELECT h.map_id, h.tx, now(), h.who,
         CASE WHEN words = '' AND h.object = 'title' AND h.before IS NULL THEN 'Publish'
              ELSE words END,
         CASE WHEN h.before IS NULL THEN 'add' WHEN h.after IS NULL THEN 'remove'
              ELSE 'change' END,
         h.object, h.object_id, coalesce(about->>'label', ''), (about->>'journey')::bigint,
         (about->>'department')::bigint, f.field, f.was, f.now
  FROM (SELECT NULL::text AS field, h.before - '~at' AS was, h.after - '~at' AS now
        WHERE h.before IS NULL OR h.after IS NULL
        UNION ALL
        SELECT a.key, h.before->a.key, a.value FROM jsonb_each(h.after) a
        WHERE h.before IS NOT NULL AND a.key NOT LIKE '~%'
          AND a.value IS DISTINCT FROM h.before->a.key
          AND (own_place OR a.key <> 'position')) f
  ORDER BY f.field;
END $$;

CREATE FUNCTION cxmap.history_commit() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  this_tx bigint := txid_current();
  words text := coalesce(current_setting('cxmap.step_text', true), '');
  h cxmap.history_touched;
BEGIN
  -- Each note's insertion fires this at the commit; the first writes every
  -- note of the transaction, the later ones find theirs gone. Fired sooner
  -- (a client's SET CONSTRAINTS ... IMMEDIATE), it would read an object
  -- before its write: refused.
  IF pg_trigger_depth() > 1 THEN
    RAISE EXCEPTION 'the map''s history is written at the commit: its constraints cannot be '
                    'made immediate' USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM cxmap.history_touched t WHERE t.tx = this_tx
                 AND t.map_id = NEW.map_id AND t.object = NEW.object
                 AND t.object_id = NEW.object_id) THEN
    RETURN NULL;
  END IF;
  -- Three passes over the transaction's notes, each row by its own key (a
  -- join of the notes with themselves is planned blind: the table has no
  -- statistics).
  UPDATE cxmap.history_touched t SET after = cxmap.history_json(t.object, t.map_id, t.object_id)
    WHERE t.tx = this_tx;
  UPDATE cxmap.history_touched t
    SET after_about = cxmap.history_about(t.object, t.map_id, t.after),
        shift = (t.after->>'position')::bigint - (t.before->>'position')::bigint
    WHERE t.tx = this_tx AND t.after IS NOT NULL;
  UPDATE cxmap.history_touched t SET grp = coalesce(t.after_about, t.about)->>'grp'
    WHERE t.tx = this_tx;
  FOR h IN SELECT t.* FROM cxmap.history_touched t JOIN cxmap.maps x ON x.id = t.map_id
           WHERE t.tx = this_tx AND t.before IS DISTINCT FROM t.after ORDER BY t.seq LOOP
    PERFORM cxmap.history_write(h, words, cxmap.history_own_place(h));
  END LOOP;
  DELETE FROM cxmap.history_touched t WHERE t.tx = this_tx;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION cxmap.history_card_json(bigint, bigint), cxmap.history_json(text, bigint, bigint),
  cxmap.history_about(text, bigint, jsonb), cxmap.history_own_place(cxmap.history_touched),
  cxmap.history_write(cxmap.history_touched, text, boolean), cxmap.history_commit()
  FROM PUBLIC;
)sql";

// Every table of a map's rows, and the map's own row (for its title).
constexpr const char* recordedTables[] = {
    "departments",      "personas",  "participants", "journeys",
    "stages",           "lanes",     "cards",        "links",
    "card_kpis",        "card_tags", "card_votes",   "card_comments",
    "card_contributors"};

} // namespace

// Pruning (PRUNED_NOTE: where version 6 notes the moment, pruneFunction).
constexpr const char* historyPruning = R"sql(
-- Pruning: by a facilitator of the map only (who is checked as has_grant
-- checks it; the default is the caller's role).
CREATE OR REPLACE FUNCTION cxmap.prune_history(m bigint, older_than timestamptz,
                                               who name DEFAULT current_user) RETURNS bigint
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  gone bigint;
BEGIN
  IF NOT cxmap.has_grant(m, who, 'facilitator') THEN
    RAISE EXCEPTION 'only a facilitator of the map prunes its history'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM cxmap.history h WHERE h.map_id = m AND h.at < older_than;
  GET DIAGNOSTICS gone = ROW_COUNT;PRUNED_NOTE
  RETURN gone;
END $$;
)sql";

QByteArray pruneFunction(int version)
{
    const char* note = R"sql(
  IF gone > 0 THEN
    UPDATE cxmap.maps x
      SET history_pruned_before = greatest(x.history_pruned_before, older_than)
      WHERE x.id = m;
  END IF;)sql";
    return QByteArray(historyPruning).replace("PRUNED_NOTE", version >= 6 ? note : "");
}

QByteArray jsonFunctions(int version)
{
    // From version 6 a card's review and actions (io/jsoncard.cpp) and the
    // map's review interval.
    const char* cardMore = R"sql(
    'reviewed', CASE WHEN c.reviewed_at IS NOT NULL THEN jsonb_build_object(
                  'at', to_char(c.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'by', c.reviewed_by) END,
    'actions', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                  'what', a.what, 'owner', a.owner_id,
                                  'due', to_char(a.due, 'YYYY-MM-DD'), 'status', a.status)
                                ORDER BY a.position)
                         FROM cxmap.card_actions a
                         WHERE a.map_id = m AND a.card_id = obj_id), '[]'),)sql";
    // From version 7 a feedback item, without the customer's words
    // (io/jsonfeedback.cpp, feedbackToJson with withWords false).
    const char* feedbackJson = R"sql(
  ELSIF obj = 'feedback' THEN
    RETURN (SELECT jsonb_build_object(
      'id', x.id, 'card', x.card_id, 'redacted', x.redacted, 'kind', x.kind,
      'sentiment', x.sentiment, 'source', x.source, 'date', to_char(x.date, 'YYYY-MM-DD'),
      'segment', x.segment, 'reference', x.reference,
      'score', CASE WHEN x.score_scale <> 'none' THEN jsonb_build_object(
                 'scale', x.score_scale, 'value', x.score) END,
      'card_hint', x.card_hint,
      'candidates', coalesce((SELECT jsonb_agg(u.id::bigint ORDER BY u.n)
                              FROM unnest(string_to_array(nullif(x.candidates, ''), ','))
                                   WITH ORDINALITY AS u(id, n)), '[]'))
      FROM cxmap.feedback x WHERE x.map_id = m AND x.id = obj_id);)sql";
    const bool six = version >= 6;
    return QByteArray(historyJson)
        .replace("CARD_MORE", six ? cardMore : "")
        .replace(" TITLE_MORE", six ? ", 'review_interval_days', x.review_interval_days" : "")
        .replace("FEEDBACK_JSON", version >= 7 ? feedbackJson : "");
}

// From version 7 a feedback item's record is about its card: the card's
// title, journey and accountable department, as the file records it.
QByteArray aboutFunction(int version)
{
    const char* feedbackAbout = R"sql(
    WHEN 'feedback' THEN (
      SELECT jsonb_build_object('label', c.title, 'department', c.accountable_id,
                                'journey', s.journey_id)
      FROM (SELECT 1) one
      LEFT JOIN cxmap.cards c ON c.map_id = m AND c.id = (j->>'card')::bigint
      LEFT JOIN cxmap.stages s ON s.map_id = m AND s.id = c.stage_id))sql";
    return QByteArray(historyAbout).replace("FEEDBACK_ABOUT", version >= 7 ? feedbackAbout : "");
}

// From version 7 feedback items are noted too; their table is
// cxmap.feedback, not the object's name with an s.
QByteArray notingFunction(int version)
{
    const bool seven = version >= 7;
    return QByteArray(historyNote)
        .replace("MORE_OBJECTS", seven ? ", 'feedback'" : "")
        // From version 7 a role with no right on the map notes nothing (nor
        // locks a row of it from a trigger of its own).
        .replace("HAS_GRANT",
                 seven ? "\n  IF NOT cxmap.has_grant(m, who, NULL) THEN\n    RETURN;\n  END IF;"
                       : "")
        .replace("TABLE_OF_OBJ",
                 seven ? "CASE obj WHEN 'feedback' THEN obj ELSE obj || 's' END" : "obj || 's'")
        .replace("NEW_MORE", seven ? "\n                 OR (obj = 'feedback' AND NOT EXISTS (\n"
                                     "                       SELECT 1 FROM cxmap.feedback f\n"
                                     "                       WHERE f.map_id = m AND f.id = obj_id))"
                                   : "");
}

Error migrate4to5(pg::Connection& c)
{
    QByteArray sql = QByteArray(historyTables) + aboutFunction(5) + jsonFunctions(5) +
                     notingFunction(5) + historyNoting + pruneFunction(5) + historyWriting;
    for (const char* table : recordedTables)
        sql += QByteArray("CREATE TRIGGER history_touch BEFORE INSERT OR UPDATE OR DELETE ON "
                          "cxmap.") +
               table + " FOR EACH ROW EXECUTE FUNCTION cxmap.history_touch();\n";
    sql += "CREATE TRIGGER history_touch BEFORE UPDATE ON cxmap.maps FOR EACH ROW "
           "WHEN (NEW.title IS DISTINCT FROM OLD.title) "
           "EXECUTE FUNCTION cxmap.history_touch();\n"
           "CREATE TRIGGER history_published AFTER INSERT ON cxmap.maps FOR EACH ROW "
           "EXECUTE FUNCTION cxmap.history_published();\n"
           // One deferred event per object touched, not per row written.
           "CREATE CONSTRAINT TRIGGER history AFTER INSERT ON cxmap.history_touched "
           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cxmap.history_commit();\n";
    return c.script(sql.constData(), TeamStoreTr::tr("upgrade the CXMap schema to version 5"));
}

} // namespace cx::teamschema::detail
