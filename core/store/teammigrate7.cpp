// The team schema's version 7: customer feedback on a team map (issue 20;
// DESIGN.md, "Feedback and recognition").
//
// A feedback item is a row of its own (cxmap.feedback), with a revision like
// a card's, so that two people sorting the inbox at once are told of each
// other. Who may write it is decided here, by row-level security:
// - an item on a card, whoever may edit that card (its department's members
//   and the map's facilitators), as for the card's actions;
// - an item in the "Unsorted feedback" inbox (no card), anyone who may write
//   the map (its facilitators and members): sorting the inbox is everyone's
//   job, and an import by a department's member leaves there what matched
//   no card it may change (io/feedbackimport.cpp names that card).
// So a member moves an item from the inbox to a card of theirs, or from a
// card of theirs back to the inbox, where the right department takes it;
// never onto or off another department's card. Viewers read it.
//
// The history records an item as the file does, under its card (label,
// journey, department), and never with the customer's words: the JSON it
// keeps (cxmap.history_json) leaves the text out. A redaction empties the
// text column at once; PostgreSQL keeps the old row version until VACUUM
// reclaims it, as it does for every update.

#include "storetr.h"
#include "teammigrations.h"

#include "pg.h"

#include <QCoreApplication>

namespace cx::teamschema::detail {

namespace {

constexpr const char* feedbackV7 = R"sql(
SET CONSTRAINTS ALL IMMEDIATE;
-- A text's length as the client counts it (UTF-16 code units: a character
-- beyond the Basic Multilingual Plane counts twice).
CREATE FUNCTION cxmap.utf16_length(t text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog AS $$
  SELECT char_length(t) + char_length(regexp_replace(t, '[^\U00010000-\U0010FFFF]', '', 'g')) $$;

-- Every rule the client keeps (model/feedbackrules.h) is a constraint here,
-- so no role with a right on the map can write a row that stops the others
-- from reading the map.
CREATE TABLE cxmap.feedback (
  map_id      bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id          bigint NOT NULL CHECK (id > 0),
  card_id     bigint,
  text        text NOT NULL DEFAULT '' CHECK (cxmap.utf16_length(text) <= 1000000),
  redacted    boolean NOT NULL DEFAULT false,
  kind        text NOT NULL DEFAULT 'none'
              CHECK (kind IN ('none', 'praise', 'complaint', 'suggestion', 'question')),
  sentiment   integer CHECK (sentiment IS NULL OR sentiment BETWEEN -2 AND 2),
  source      text NOT NULL DEFAULT 'none'
              CHECK (source IN ('none', 'survey', 'nps', 'interview', 'ticket', 'review',
                                'social')),
  date        date CHECK (date BETWEEN '0001-01-01' AND '9999-12-31'),
  segment     text NOT NULL DEFAULT '' CHECK (cxmap.utf16_length(segment) <= 1000),
  reference   text NOT NULL DEFAULT '' CHECK (cxmap.utf16_length(reference) <= 1000),
  score_scale text NOT NULL DEFAULT 'none' CHECK (score_scale IN ('none', 'nps', 'csat')),
  score       integer,
  card_hint   text NOT NULL DEFAULT '' CHECK (cxmap.utf16_length(card_hint) <= 1000),
  candidates  text NOT NULL DEFAULT ''
              CHECK (candidates ~ '^([1-9][0-9]{0,17}(,[1-9][0-9]{0,17})*)?$'),
  revision    bigint NOT NULL DEFAULT 1,
  changed_by  text NOT NULL DEFAULT current_user,
  changed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (map_id, id),
  CONSTRAINT feedback_words CHECK (NOT redacted OR text = ''),
  CONSTRAINT feedback_score CHECK (CASE score_scale WHEN 'none' THEN score IS NULL
                                    WHEN 'nps' THEN coalesce(score BETWEEN 0 AND 10, false)
                                    ELSE coalesce(score BETWEEN 1 AND 5, false) END),
  CONSTRAINT feedback_unsorted CHECK (card_id IS NULL OR (card_hint = '' AND candidates = '')),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX feedback_card ON cxmap.feedback (map_id, card_id);
-- An item keeps its map and id: changing either would take it out of the
-- history unrecorded (its trigger notes the row as it becomes).
GRANT SELECT, INSERT, DELETE ON cxmap.feedback TO PUBLIC;
GRANT UPDATE (card_id, text, redacted, kind, sentiment, source, date, segment, reference,
              score_scale, score, card_hint, candidates, revision) ON cxmap.feedback TO PUBLIC;
ALTER TABLE cxmap.feedback ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON cxmap.feedback FOR SELECT
  USING (cxmap.has_grant(map_id, current_user, NULL));
CREATE POLICY write ON cxmap.feedback FOR ALL
  USING (CASE WHEN card_id IS NULL
              THEN cxmap.has_grant(map_id, current_user, 'facilitator')
                   OR cxmap.has_grant(map_id, current_user, 'member')
              ELSE cxmap.may_edit_card(map_id, current_user, card_id) END)
  WITH CHECK (CASE WHEN card_id IS NULL
                   THEN cxmap.has_grant(map_id, current_user, 'facilitator')
                        OR cxmap.has_grant(map_id, current_user, 'member')
                   ELSE cxmap.may_edit_card(map_id, current_user, card_id) END);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON cxmap.feedback
  FOR EACH ROW EXECUTE FUNCTION cxmap.stamp();
CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON cxmap.feedback
  FOR EACH ROW EXECUTE FUNCTION cxmap.notify();
CREATE TRIGGER history_touch BEFORE INSERT OR UPDATE OR DELETE ON cxmap.feedback
  FOR EACH ROW EXECUTE FUNCTION cxmap.history_touch();

ALTER TABLE cxmap.history DROP CONSTRAINT history_object_check,
  ADD CONSTRAINT history_object_check
    CHECK (object IN ('title', 'department', 'persona', 'participant', 'journey', 'stage',
                      'lane', 'card', 'link', 'feedback'));
)sql";

} // namespace

Error migrate6to7(pg::Connection& c)
{
    const QByteArray sql =
        QByteArray(feedbackV7) + aboutFunction(7) + jsonFunctions(7) + notingFunction(7);
    return c.script(sql.constData(), TeamStoreTr::tr("upgrade the CXMap schema to version 7"));
}

} // namespace cx::teamschema::detail
