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
//   none of its cards.
// So a member moves an item from the inbox to a card of theirs, or from a
// card of theirs back to the inbox, where the right department takes it;
// never onto or off another department's card. Viewers read it.
//
// The history records an item as the file does, under its card (label,
// journey, department), and never with the customer's words: the JSON it
// keeps (cxmap.history_json) leaves the text out. A redaction empties the
// text column at once; PostgreSQL keeps the old row version until VACUUM
// reclaims it, as it does for every update.

#include "teammigrations.h"

#include "pg.h"

namespace cx::teamschema::detail {

namespace {

constexpr const char* feedbackV7 = R"sql(
SET CONSTRAINTS ALL IMMEDIATE;
CREATE TABLE cxmap.feedback (
  map_id      bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id          bigint NOT NULL,
  card_id     bigint,
  text        text NOT NULL DEFAULT '',
  redacted    boolean NOT NULL DEFAULT false,
  kind        text NOT NULL DEFAULT 'none',
  sentiment   integer CHECK (sentiment IS NULL OR sentiment BETWEEN -2 AND 2),
  source      text NOT NULL DEFAULT 'none',
  date        date,
  segment     text NOT NULL DEFAULT '',
  reference   text NOT NULL DEFAULT '',
  score_scale text NOT NULL DEFAULT 'none',
  score       integer,
  card_hint   text NOT NULL DEFAULT '',
  candidates  text NOT NULL DEFAULT '' CHECK (candidates ~ '^([0-9]+(,[0-9]+)*)?$'),
  revision    bigint NOT NULL DEFAULT 1,
  changed_by  text NOT NULL DEFAULT current_user,
  changed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (map_id, id),
  CONSTRAINT feedback_words CHECK (NOT redacted OR text = ''),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX feedback_card ON cxmap.feedback (map_id, card_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON cxmap.feedback TO PUBLIC;
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
    return c.script(sql.constData(), QStringLiteral("upgrade the CXMap schema to version 7"));
}

} // namespace cx::teamschema::detail
