// The team schema's version 4, and the notify trigger function versions 3
// and 4 share (see teamschema.cpp for the steps before and the walk).

#include "storetr.h"
#include "teammigrations.h"

#include "pg.h"
#include "teamrows.h"

#include "model/types.h"

#include <QCoreApplication>

namespace cx::teamschema::detail {

// The trigger function that tells listeners what changed: "map kind id"
// on the channel cxmap_changes, kind card (for a card's own rows too), link,
// or structure; from schema 4 (byKind) each object of the structure names
// its kind (department, persona, participant, journey, stage, lane: its
// table's name without the plural s), so it can be read alone.
QByteArray notifyFunction(bool byKind)
{
    return QByteArray(R"sql(
CREATE OR REPLACE FUNCTION cxmap.notify() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog AS $$
DECLARE
  r record;
  what text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    r := OLD;
  ELSE
    r := NEW;
  END IF;
  IF TG_TABLE_NAME = 'cards' THEN
    what := 'card ' || r.id;
  ELSIF TG_TABLE_NAME LIKE 'card\_%' THEN
    what := 'card ' || r.card_id;
  ELSIF TG_TABLE_NAME = 'links' THEN
    what := 'link ' || r.id;)sql") +
           (byKind ? "\n  ELSE\n    what := rtrim(TG_TABLE_NAME, 's') || ' ' || r.id;"
                   : "\n  ELSE\n    what := 'structure ' || r.id;") +
           R"sql(
  END IF;
  PERFORM pg_catalog.pg_notify('cxmap_changes', r.map_id || ' ' || what);
  RETURN NULL;
END $$;
)sql";
}

// Version 3 -> 4: voting and commenting together. A comment is a row of its
// own (a serial key; position only orders), so two people commenting on one
// card at once both keep their words. The voter is the server role: a member
// votes only with the participant named as their role, which they may add
// (joining the voting with at most the default budget) and remove (the undo
// of their first vote); a facilitator may tidy anyone's dots. Rights are
// asked about oneself, or a role one may act as (SET ROLE): nobody learns who
// else has which right; and a new id goes to whoever may write the map as
// the role it acts as, as the policies see it (current_user, checked against
// the login, so it cannot be forged). A map's new title and its deletion
// notify too ("map title", "map deleted"). Cards' positions are spread
// apart (teamrows::cellGap), so a card put between two others rewrites
// neither.
constexpr const char* togetherV4 = R"sql(
UPDATE cxmap.cards c SET position = x.place * CELL_GAP
  FROM (SELECT map_id, id, row_number() OVER (PARTITION BY map_id, stage_id, lane_id
                                              ORDER BY position, id) - 1 AS place
        FROM cxmap.cards) x
  WHERE c.map_id = x.map_id AND c.id = x.id;

CREATE FUNCTION cxmap.notify_map() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_catalog.pg_notify('cxmap_changes', OLD.id || ' map deleted');
  ELSIF NEW.title IS DISTINCT FROM OLD.title THEN
    PERFORM pg_catalog.pg_notify('cxmap_changes', NEW.id || ' map title');
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER notify AFTER UPDATE OR DELETE ON cxmap.maps
  FOR EACH ROW EXECUTE FUNCTION cxmap.notify_map();

CREATE OR REPLACE FUNCTION cxmap.has_grant(m bigint, who name, k text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))
     AND EXISTS (SELECT 1 FROM cxmap.grants g
                 WHERE g.map_id = m AND g.role_name = who AND (k IS NULL OR g.kind = k)) $$;
CREATE OR REPLACE FUNCTION cxmap.is_member(m bigint, who name, department bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))
     AND EXISTS (SELECT 1 FROM cxmap.grants g
                 WHERE g.map_id = m AND g.role_name = who AND g.kind = 'member'
                   AND g.department_id = department) $$;
CREATE OR REPLACE FUNCTION cxmap.is_unclaimed(m bigint, who name) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))
     AND NOT EXISTS (SELECT 1 FROM cxmap.grants g WHERE g.map_id = m)
     AND EXISTS (SELECT 1 FROM cxmap.maps x WHERE x.id = m AND x.created_by = who) $$;
DROP FUNCTION cxmap.take_id(bigint);
CREATE FUNCTION cxmap.take_id(m bigint, who name DEFAULT current_user) RETURNS bigint
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
  UPDATE cxmap.maps SET next_id = next_id + 1
  WHERE id = m AND (cxmap.has_grant(m, who, 'facilitator') OR cxmap.has_grant(m, who, 'member')
                    OR (NOT EXISTS (SELECT 1 FROM cxmap.grants g WHERE g.map_id = m)
                        AND (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))))
  RETURNING next_id - 1 $$;

ALTER TABLE cxmap.card_comments DROP CONSTRAINT card_comments_pkey;
ALTER TABLE cxmap.card_comments ADD COLUMN serial bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
CREATE INDEX card_comments_card ON cxmap.card_comments (map_id, card_id, position);
GRANT USAGE ON ALL SEQUENCES IN SCHEMA cxmap TO PUBLIC;

-- Whether who takes part in the voting already (once only, under its name).
-- These two run as the caller: they read only what the caller may read.
CREATE FUNCTION cxmap.votes_as(m bigint, who name) RETURNS boolean
  LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM cxmap.participants p WHERE p.map_id = m AND p.name = who::text) $$;
-- Whether a participant's dots on a card keep within their budget on its
-- journey, or are fewer than before (a vote taken back is always allowed).
CREATE FUNCTION cxmap.within_budget(m bigint, participant bigint, card bigint, wanted integer)
  RETURNS boolean
  LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
  WITH journey AS (
    SELECT s.journey_id FROM cxmap.cards c
    JOIN cxmap.stages s ON s.map_id = c.map_id AND s.id = c.stage_id
    WHERE c.map_id = m AND c.id = card)
  SELECT wanted <= coalesce((SELECT v.dots FROM cxmap.card_votes v WHERE v.map_id = m
                               AND v.card_id = card AND v.participant_id = participant), 0)
      OR wanted + coalesce((SELECT sum(v.dots) FROM cxmap.card_votes v
                            JOIN cxmap.cards c ON c.map_id = v.map_id AND c.id = v.card_id
                            JOIN cxmap.stages s ON s.map_id = c.map_id AND s.id = c.stage_id
                            WHERE v.map_id = m AND v.participant_id = participant
                              AND v.card_id <> card
                              AND s.journey_id = (SELECT journey_id FROM journey)), 0)
         <= (SELECT p.budget FROM cxmap.participants p WHERE p.map_id = m AND p.id = participant) $$;

DROP POLICY write ON cxmap.card_votes;
CREATE POLICY write ON cxmap.card_votes FOR ALL
  USING (cxmap.has_grant(map_id, current_user, 'facilitator')
         OR (cxmap.has_grant(map_id, current_user, 'member')
             AND EXISTS (SELECT 1 FROM cxmap.participants p
                         WHERE p.map_id = card_votes.map_id AND p.id = card_votes.participant_id
                           AND p.name = current_user::text)))
  WITH CHECK (cxmap.has_grant(map_id, current_user, 'facilitator')
         OR (cxmap.has_grant(map_id, current_user, 'member')
             AND EXISTS (SELECT 1 FROM cxmap.participants p
                         WHERE p.map_id = card_votes.map_id AND p.id = card_votes.participant_id
                           AND p.name = current_user::text)
             AND cxmap.within_budget(map_id, participant_id, card_id, dots)));
CREATE POLICY join_voting ON cxmap.participants FOR INSERT
  WITH CHECK (cxmap.has_grant(map_id, current_user, 'member') AND name = current_user::text
              AND budget <= DEFAULT_BUDGET AND NOT cxmap.votes_as(map_id, current_user));
CREATE POLICY leave_voting ON cxmap.participants FOR DELETE
  USING (cxmap.has_grant(map_id, current_user, 'member') AND name = current_user::text);
)sql";

Error migrate3to4(pg::Connection& c)
{
    const QByteArray sql = QByteArray(togetherV4)
                               .replace("DEFAULT_BUDGET", QByteArray::number(defaultDotBudget))
                               .replace("CELL_GAP", QByteArray::number(teamrows::cellGap)) +
                           notifyFunction(true);
    return c.script(sql.constData(), TeamStoreTr::tr("upgrade the CXMap schema to version 4"));
}

} // namespace cx::teamschema::detail
