// The team schema's version 6: a living map on the server (issue 19;
// DESIGN.md, "A map that lives"): cards' reviews, written by the server,
// actions on pain points and opportunities, and the map's review interval.
//
// A review is who reviewed a card and when, and no client may forge either.
// A client asks for one by writing the card's reviewed_at and reviewed_by
// with any value: the trigger review_check replaces them with the role the
// edit acts as and the transaction's time (to the millisecond, as clients
// read times), and keeps that review in cxmap.reviews, which only the server
// writes. A value the server already recorded for that card while it was
// accountable to the same department (an undo, an undone removal, a map
// replaced with what was pulled from it) is kept as it is; clearing a review
// (the undo of the first) needs no record; a redo asks again, so it is a new
// review. So a card's review is always one the server saw being made, by whom
// it says, of a card of that department (a card id used again by someone of
// another department does not inherit it). Who may review a card is who may
// edit it (the policies on cxmap.cards).
//
// Actions are rows of their own (cxmap.card_actions), owned by their card like
// its KPIs: written by whoever may edit the card, read by anyone with a right
// on the map, recorded in the history as the card's "actions".
//
// The review interval is a column of the map's row, changed by its
// facilitators like the title, recorded as the title's
// "review_interval_days", and announced as "map title".
//
// Pruning the history notes before when it was pruned (maps.
// history_pruned_before), so that no card is restored from what is left.
//
// Named versions (model/version.h) are the whole map as JSON under a name,
// taken by whoever may write the map; who and when are the server's (a
// client may give only the map, the name and the data), names are unique
// regardless of case and spaces around, and a version stays as taken.

#include "storetr.h"
#include "teammigrations.h"

#include "pg.h"

#include <QCoreApplication>

namespace cx::teamschema::detail {

namespace {

// An upgrade walks every step in one transaction: the earlier steps' updates
// of cards leave deferred checks that must run before the table is altered.
constexpr const char* livingV6 = R"sql(
SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE cxmap.maps ADD COLUMN review_interval_days integer NOT NULL DEFAULT 90
  CHECK (review_interval_days BETWEEN 1 AND 3650);
ALTER TABLE cxmap.cards ADD COLUMN reviewed_at timestamptz, ADD COLUMN reviewed_by text,
  ADD CONSTRAINT cards_review CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL));

-- Every review the server recorded, kept when the card's review changes or
-- the card goes (so an undo finds it again); only the server writes here.
CREATE TABLE cxmap.reviews (
  map_id        bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  card_id       bigint NOT NULL,
  at            timestamptz NOT NULL,
  who           text NOT NULL,
  department_id bigint, -- the card's accountable department then
  PRIMARY KEY (map_id, card_id, at, who)
);
ALTER TABLE cxmap.reviews ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON cxmap.reviews FROM PUBLIC;
GRANT SELECT ON cxmap.reviews TO PUBLIC;
CREATE POLICY read ON cxmap.reviews FOR SELECT
  USING (cxmap.has_grant(map_id, current_user, NULL));

-- Whether the server recorded this review of the card while it was the
-- department's; asked by a role with a right on the map only.
CREATE FUNCTION cxmap.is_review(m bigint, card bigint, at timestamptz, reviewer text,
                                department bigint, asker name) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT cxmap.has_grant($1, $6, NULL)
     AND EXISTS (SELECT 1 FROM cxmap.reviews r
                 WHERE r.map_id = $1 AND r.card_id = $2 AND r.at = $3 AND r.who = $4
                   AND r.department_id IS NOT DISTINCT FROM $5) $$;

-- Records a review made now by who (checked against the login, as the
-- history checks it) of a card of the department, when who may edit that
-- department's cards: the name it was recorded under. Whoever calls it can
-- only record a true fact, that they reviewed such a card now.
CREATE FUNCTION cxmap.review_record(m bigint, card bigint, who name, department bigint)
  RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  IF NOT (who = session_user OR pg_has_role(session_user, who, 'MEMBER')) THEN
    who := session_user;
  END IF;
  IF NOT (cxmap.has_grant(m, who, 'facilitator') OR cxmap.is_member(m, who, department)) THEN
    RAISE EXCEPTION 'only who may change a card reviews it' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO cxmap.reviews (map_id, card_id, at, who, department_id)
    VALUES (m, card, date_trunc('milliseconds', now()), who, department) ON CONFLICT DO NOTHING;
  RETURN who::text;
END $$;

-- Runs as the writer, so that current_user is the role the edit acts as.
CREATE FUNCTION cxmap.review_check() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.reviewed_at IS NOT DISTINCT FROM OLD.reviewed_at
     AND NEW.reviewed_by IS NOT DISTINCT FROM OLD.reviewed_by THEN
    RETURN NEW;
  END IF;
  IF NEW.reviewed_at IS NULL OR NEW.reviewed_by IS NULL THEN
    NEW.reviewed_at := NULL;
    NEW.reviewed_by := NULL;
  ELSIF NOT cxmap.is_review(NEW.map_id, NEW.id, NEW.reviewed_at, NEW.reviewed_by,
                            NEW.accountable_id, current_user) THEN
    NEW.reviewed_by := cxmap.review_record(NEW.map_id, NEW.id, current_user, NEW.accountable_id);
    NEW.reviewed_at := date_trunc('milliseconds', now());
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER review_check BEFORE INSERT OR UPDATE ON cxmap.cards
  FOR EACH ROW EXECUTE FUNCTION cxmap.review_check();

CREATE TABLE cxmap.card_actions (
  map_id   bigint NOT NULL,
  card_id  bigint NOT NULL,
  position integer NOT NULL,
  what     text NOT NULL,
  owner_id bigint,
  due      date,
  status   text NOT NULL DEFAULT 'open'
           CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  PRIMARY KEY (map_id, card_id, position),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, owner_id) REFERENCES cxmap.departments DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX card_actions_owner ON cxmap.card_actions (map_id, owner_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON cxmap.card_actions TO PUBLIC;
ALTER TABLE cxmap.card_actions ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON cxmap.card_actions FOR SELECT
  USING (cxmap.has_grant(map_id, current_user, NULL));
CREATE POLICY write ON cxmap.card_actions FOR ALL
  USING (cxmap.may_edit_card(map_id, current_user, card_id))
  WITH CHECK (cxmap.may_edit_card(map_id, current_user, card_id));
CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON cxmap.card_actions
  FOR EACH ROW EXECUTE FUNCTION cxmap.notify();
CREATE TRIGGER history_touch BEFORE INSERT OR UPDATE OR DELETE ON cxmap.card_actions
  FOR EACH ROW EXECUTE FUNCTION cxmap.history_touch();

CREATE TABLE cxmap.versions (
  id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  map_id bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  name   text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  who    text NOT NULL DEFAULT current_user,
  data   text NOT NULL
);
CREATE UNIQUE INDEX versions_name ON cxmap.versions (map_id, lower(btrim(name)));
ALTER TABLE cxmap.versions ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON cxmap.versions FROM PUBLIC;
GRANT SELECT ON cxmap.versions TO PUBLIC;
GRANT INSERT (map_id, name, data) ON cxmap.versions TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA cxmap TO PUBLIC;
CREATE POLICY read ON cxmap.versions FOR SELECT
  USING (cxmap.has_grant(map_id, current_user, NULL));
CREATE POLICY take ON cxmap.versions FOR INSERT
  WITH CHECK (who = current_user
              AND (cxmap.has_grant(map_id, current_user, 'facilitator')
                   OR cxmap.has_grant(map_id, current_user, 'member')));

-- Pruning notes the moment before which the history is no longer whole (a
-- card is not restored as it was then).
ALTER TABLE cxmap.maps ADD COLUMN history_pruned_before timestamptz;

-- The review interval is recorded and announced as the title is.
DROP TRIGGER history_touch ON cxmap.maps;
CREATE TRIGGER history_touch BEFORE UPDATE ON cxmap.maps FOR EACH ROW
  WHEN (NEW.title IS DISTINCT FROM OLD.title
        OR NEW.review_interval_days IS DISTINCT FROM OLD.review_interval_days)
  EXECUTE FUNCTION cxmap.history_touch();
CREATE OR REPLACE FUNCTION cxmap.notify_map() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_catalog.pg_notify('cxmap_changes', OLD.id || ' map deleted');
  ELSIF NEW.title IS DISTINCT FROM OLD.title
        OR NEW.review_interval_days IS DISTINCT FROM OLD.review_interval_days THEN
    PERFORM pg_catalog.pg_notify('cxmap_changes', NEW.id || ' map title');
  END IF;
  RETURN NULL;
END $$;
)sql";

} // namespace

Error migrate5to6(pg::Connection& c)
{
    const QByteArray sql = QByteArray(livingV6) + jsonFunctions(6) + pruneFunction(6);
    return c.script(sql.constData(), TeamStoreTr::tr("upgrade the CXMap schema to version 6"));
}

} // namespace cx::teamschema::detail
