#include "teamschema.h"
#include "storetr.h"

#include "pg.h"
#include "teammigrations.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace cx::teamschema {

namespace {

const QString application = QStringLiteral("CXMap team server");

// Version 1. Every row belongs to one map (map_id) and keeps the id it has in
// the map's file, so ids are per map and survive publish and pull. Enums are
// stored by their stable names (model/enumnames.h), as in the file. Foreign
// keys are deferred to the end of each transaction.
constexpr const char* schemaV1 = R"sql(
CREATE SCHEMA cxmap;
CREATE TABLE cxmap.server_meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE cxmap.maps (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  title      text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL DEFAULT current_user
);
-- CXMap's rights on a map: kind 'facilitator', 'member' (of department_id) or 'viewer'.
CREATE TABLE cxmap.grants (
  map_id        bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  role_name     text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('facilitator', 'member', 'viewer')),
  department_id bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (map_id, role_name, kind, department_id)
);
CREATE TABLE cxmap.departments (
  map_id      bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id          bigint NOT NULL,
  name        text NOT NULL,
  short_name  text NOT NULL DEFAULT '',
  color       text NOT NULL,
  head        text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  position    integer NOT NULL,
  PRIMARY KEY (map_id, id)
);
CREATE TABLE cxmap.personas (
  map_id       bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id           bigint NOT NULL,
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  goals        text NOT NULL DEFAULT '',
  frustrations text NOT NULL DEFAULT '',
  picture      bytea NOT NULL DEFAULT '',
  PRIMARY KEY (map_id, id)
);
CREATE TABLE cxmap.participants (
  map_id bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id     bigint NOT NULL,
  name   text NOT NULL,
  budget integer NOT NULL DEFAULT 5 CHECK (budget >= 0),
  PRIMARY KEY (map_id, id)
);
CREATE TABLE cxmap.journeys (
  map_id            bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id                bigint NOT NULL,
  name              text NOT NULL,
  description       text NOT NULL DEFAULT '',
  state             text NOT NULL DEFAULT 'current',
  persona_id        bigint,
  source_journey_id bigint,
  position          integer NOT NULL,
  PRIMARY KEY (map_id, id),
  FOREIGN KEY (map_id, persona_id) REFERENCES cxmap.personas DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, source_journey_id) REFERENCES cxmap.journeys
    DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.stages (
  map_id      bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id          bigint NOT NULL,
  journey_id  bigint NOT NULL,
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  position    integer NOT NULL,
  PRIMARY KEY (map_id, id),
  FOREIGN KEY (map_id, journey_id) REFERENCES cxmap.journeys DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.lanes (
  map_id     bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id         bigint NOT NULL,
  journey_id bigint NOT NULL,
  name       text NOT NULL,
  kind       text NOT NULL,
  position   integer NOT NULL,
  PRIMARY KEY (map_id, id),
  FOREIGN KEY (map_id, journey_id) REFERENCES cxmap.journeys DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.cards (
  map_id         bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id             bigint NOT NULL,
  stage_id       bigint NOT NULL,
  lane_id        bigint NOT NULL,
  position       integer NOT NULL,
  title          text NOT NULL,
  description    text NOT NULL DEFAULT '',
  channel        text NOT NULL DEFAULT '',
  accountable_id bigint,
  emotion        integer CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2),
  evidence       text NOT NULL DEFAULT 'assumed',
  severity       text NOT NULL DEFAULT 'none',
  impact         text NOT NULL DEFAULT 'none',
  votes          integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
  status         text NOT NULL DEFAULT 'open',
  PRIMARY KEY (map_id, id),
  FOREIGN KEY (map_id, stage_id) REFERENCES cxmap.stages DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, lane_id) REFERENCES cxmap.lanes DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, accountable_id) REFERENCES cxmap.departments
    DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.card_contributors (
  map_id        bigint NOT NULL,
  card_id       bigint NOT NULL,
  position      integer NOT NULL,
  department_id bigint NOT NULL,
  PRIMARY KEY (map_id, card_id, position),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, department_id) REFERENCES cxmap.departments DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.card_kpis (
  map_id   bigint NOT NULL,
  card_id  bigint NOT NULL,
  position integer NOT NULL,
  name     text NOT NULL,
  kind     text NOT NULL DEFAULT 'free',
  value    double precision NOT NULL,
  target   double precision,
  unit     text NOT NULL DEFAULT '',
  PRIMARY KEY (map_id, card_id, position),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.card_tags (
  map_id   bigint NOT NULL,
  card_id  bigint NOT NULL,
  position integer NOT NULL,
  tag      text NOT NULL,
  PRIMARY KEY (map_id, card_id, position),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.card_votes (
  map_id         bigint NOT NULL,
  card_id        bigint NOT NULL,
  participant_id bigint NOT NULL,
  dots           integer NOT NULL CHECK (dots > 0),
  PRIMARY KEY (map_id, card_id, participant_id),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, participant_id) REFERENCES cxmap.participants
    DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.card_comments (
  map_id   bigint NOT NULL,
  card_id  bigint NOT NULL,
  position integer NOT NULL,
  author   text NOT NULL DEFAULT '',
  time     timestamptz NOT NULL,
  text     text NOT NULL,
  PRIMARY KEY (map_id, card_id, position),
  FOREIGN KEY (map_id, card_id) REFERENCES cxmap.cards ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE cxmap.links (
  map_id       bigint NOT NULL REFERENCES cxmap.maps ON DELETE CASCADE,
  id           bigint NOT NULL,
  from_card_id bigint NOT NULL,
  to_card_id   bigint NOT NULL,
  type         text NOT NULL DEFAULT 'feeds',
  label        text NOT NULL DEFAULT '',
  PRIMARY KEY (map_id, id),
  FOREIGN KEY (map_id, from_card_id) REFERENCES cxmap.cards DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (map_id, to_card_id) REFERENCES cxmap.cards DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX cards_stage ON cxmap.cards (map_id, stage_id);
CREATE INDEX cards_lane ON cxmap.cards (map_id, lane_id);
CREATE INDEX cards_accountable ON cxmap.cards (map_id, accountable_id);
CREATE INDEX links_from ON cxmap.links (map_id, from_card_id);
CREATE INDEX links_to ON cxmap.links (map_id, to_card_id);
CREATE INDEX card_contributors_department ON cxmap.card_contributors (map_id, department_id);
)sql";

// Version 1 -> 2: who may change what, decided by the server. Every login
// role of the database may use the tables (the administrator decides who
// connects); row-level security then shows and changes only the rows of maps
// where cxmap.grants gives the role a right: a facilitator everything of the
// map, a department member the cards (with their KPIs, tags, contributors
// and links) of the departments granted, and votes and comments on any card;
// a viewer reads. The functions run as the schema's owner (so a policy on
// grants may read grants) and are told the role by the caller's current_user.
constexpr const char* rolesV2 = R"sql(
CREATE FUNCTION cxmap.has_grant(m bigint, who name, k text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM cxmap.grants g
                 WHERE g.map_id = m AND g.role_name = who AND (k IS NULL OR g.kind = k)) $$;
CREATE FUNCTION cxmap.is_member(m bigint, who name, department bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM cxmap.grants g
                 WHERE g.map_id = m AND g.role_name = who AND g.kind = 'member'
                   AND g.department_id = department) $$;
CREATE FUNCTION cxmap.may_edit_card(m bigint, who name, card bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT cxmap.has_grant(m, who, 'facilitator')
      OR EXISTS (SELECT 1 FROM cxmap.cards c
                 WHERE c.map_id = m AND c.id = card AND cxmap.is_member(m, who, c.accountable_id)) $$;
CREATE FUNCTION cxmap.is_unclaimed(m bigint, who name) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT NOT EXISTS (SELECT 1 FROM cxmap.grants g WHERE g.map_id = m)
     AND EXISTS (SELECT 1 FROM cxmap.maps x WHERE x.id = m AND x.created_by = who) $$;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cxmap FROM PUBLIC;

GRANT USAGE ON SCHEMA cxmap TO PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA cxmap TO PUBLIC;
GRANT SELECT ON cxmap.server_meta TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON cxmap.maps, cxmap.grants, cxmap.departments,
  cxmap.personas, cxmap.participants, cxmap.journeys, cxmap.stages, cxmap.lanes, cxmap.cards,
  cxmap.card_contributors, cxmap.card_kpis, cxmap.card_tags, cxmap.card_votes,
  cxmap.card_comments, cxmap.links TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA cxmap TO PUBLIC;

ALTER TABLE cxmap.maps ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON cxmap.maps FOR SELECT
  USING (cxmap.has_grant(id, current_user, NULL) OR created_by = current_user);
CREATE POLICY publish ON cxmap.maps FOR INSERT
  WITH CHECK (created_by = current_user AND changed_by = current_user);
CREATE POLICY change ON cxmap.maps FOR UPDATE
  USING (cxmap.has_grant(id, current_user, 'facilitator'));
CREATE POLICY remove ON cxmap.maps FOR DELETE
  USING (cxmap.has_grant(id, current_user, 'facilitator'));

ALTER TABLE cxmap.grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY read ON cxmap.grants FOR SELECT
  USING (role_name = current_user OR cxmap.has_grant(map_id, current_user, 'facilitator'));
CREATE POLICY give ON cxmap.grants FOR INSERT
  WITH CHECK (cxmap.has_grant(map_id, current_user, 'facilitator')
              OR (kind = 'facilitator' AND role_name = current_user
                  AND cxmap.is_unclaimed(map_id, current_user)));
CREATE POLICY take ON cxmap.grants FOR DELETE
  USING (cxmap.has_grant(map_id, current_user, 'facilitator'));
)sql";

// The structure of a map (its departments, personas, participants, journeys,
// stages and lanes): read by anyone with a right on the map, written by its
// facilitators.
constexpr const char* structureTables[] = {"departments", "personas", "participants",
                                           "journeys",    "stages",   "lanes"};
// A card's own rows: written by whoever may edit the card.
constexpr const char* cardTables[] = {"card_contributors", "card_kpis", "card_tags"};

Error migrate1to2(pg::Connection& c)
{
    const QString what = TeamStoreTr::tr("upgrade the CXMap schema to version 2");
    QByteArray sql = rolesV2;
    auto policy = [&](const char* table, const char* read, const char* write) {
        sql += QByteArray("ALTER TABLE cxmap.") + table + " ENABLE ROW LEVEL SECURITY;\n";
        sql += QByteArray("CREATE POLICY read ON cxmap.") + table + " FOR SELECT USING (" + read +
               ");\n";
        sql += QByteArray("CREATE POLICY write ON cxmap.") + table + " FOR ALL USING (" + write +
               ") WITH CHECK (" + write + ");\n";
    };
    const char* reader = "cxmap.has_grant(map_id, current_user, NULL)";
    for (const char* table : structureTables)
        policy(table, reader, "cxmap.has_grant(map_id, current_user, 'facilitator')");
    policy("cards", reader,
           "cxmap.has_grant(map_id, current_user, 'facilitator') OR "
           "cxmap.is_member(map_id, current_user, accountable_id)");
    for (const char* table : cardTables)
        policy(table, reader, "cxmap.may_edit_card(map_id, current_user, card_id)");
    policy("links", reader,
           "cxmap.may_edit_card(map_id, current_user, from_card_id) OR "
           "cxmap.may_edit_card(map_id, current_user, to_card_id)");
    // Votes and comments on any card of the map, by anyone who may change it
    // at all; a comment in one's own name (a facilitator may tidy others').
    const char* writer = "(cxmap.has_grant(map_id, current_user, 'facilitator') OR "
                         "cxmap.has_grant(map_id, current_user, 'member'))";
    policy("card_votes", reader, writer);
    policy("card_comments", reader,
           "cxmap.has_grant(map_id, current_user, 'facilitator') OR "
           "(cxmap.has_grant(map_id, current_user, 'member') AND author = current_user)");
    return c.script(sql.constData(), what);
}

// Version 2 -> 3: editing together. Every object row gets a revision and
// who changed it last, both written by the server's triggers (a client
// cannot forge them: the triggers' search_path is pinned, so no operator or
// function of the caller's schemas takes part); an edit names the revision it is based on. A map's
// new ids come from its own counter (cxmap.take_id). A participant's dots are
// rows of their own, so cards.votes keeps only the votes nobody cast by
// name. Every change notifies the channel cxmap_changes with
// "map kind id" (kind: card, link or structure) at commit.
constexpr const char* editingV3 = R"sql(
ALTER TABLE cxmap.maps ADD COLUMN next_id bigint NOT NULL DEFAULT 1;
UPDATE cxmap.cards c SET votes = c.votes - coalesce(
  (SELECT sum(v.dots) FROM cxmap.card_votes v WHERE v.map_id = c.map_id AND v.card_id = c.id), 0);
UPDATE cxmap.maps m SET next_id = 1 + greatest(
  (SELECT max(id) FROM cxmap.departments x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.personas x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.participants x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.journeys x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.stages x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.lanes x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.cards x WHERE x.map_id = m.id),
  (SELECT max(id) FROM cxmap.links x WHERE x.map_id = m.id), 0);

CREATE FUNCTION cxmap.take_id(m bigint) RETURNS bigint
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
  UPDATE cxmap.maps SET next_id = next_id + 1
  WHERE id = m AND (cxmap.has_grant(m, session_user, 'facilitator')
                    OR cxmap.has_grant(m, session_user, 'member')
                    OR NOT EXISTS (SELECT 1 FROM cxmap.grants g WHERE g.map_id = m))
  RETURNING next_id - 1 $$;

CREATE FUNCTION cxmap.stamp() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog AS $$
BEGIN
  NEW.revision := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE OLD.revision + 1 END;
  NEW.changed_by := current_user;
  NEW.changed_at := pg_catalog.now();
  RETURN NEW;
END $$;

)sql";

// The tables whose rows are objects with a revision.
constexpr const char* revisionedTables[] = {"departments", "personas", "participants", "journeys",
                                            "stages",      "lanes",    "cards",        "links"};
// Every table of a map's rows (each notifies).
constexpr const char* rowTables[] = {
    "departments",      "personas",  "participants", "journeys",
    "stages",           "lanes",     "cards",        "links",
    "card_kpis",        "card_tags", "card_votes",   "card_comments",
    "card_contributors"};

Error migrate2to3(pg::Connection& c)
{
    QByteArray sql = editingV3 + detail::notifyFunction(false);
    for (const char* table : revisionedTables) {
        const QByteArray t = table;
        sql += "ALTER TABLE cxmap." + t +
               " ADD COLUMN revision bigint NOT NULL DEFAULT 1, "
               "ADD COLUMN changed_by text NOT NULL DEFAULT current_user, "
               "ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();\n"
               "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON cxmap." +
               t + " FOR EACH ROW EXECUTE FUNCTION cxmap.stamp();\n";
    }
    for (const char* table : rowTables)
        sql += QByteArray("CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON cxmap.") +
               table + " FOR EACH ROW EXECUTE FUNCTION cxmap.notify();\n";
    return c.script(sql.constData(), TeamStoreTr::tr("upgrade the CXMap schema to version 3"));
}

// upgrades[v - 1] takes the schema of version v to v + 1; a new schema is
// made as version 1 and walked up the same steps.
using Step = Error (*)(pg::Connection&);
constexpr std::array<Step, currentVersion - 1> upgrades = {
    &migrate1to2,         &migrate2to3,         &detail::migrate3to4,
    &detail::migrate4to5, &detail::migrate5to6, &detail::migrate6to7};

Error notOurs()
{
    return {ErrorCode::NotCxmap,
            TeamStoreTr::tr("This database is not a CXMap team server: it has a schema named "
                            "\"cxmap\" that CXMap did not make. Use another database.")};
}

} // namespace

Result<State> inspect(pg::Connection& c, int* version)
{
    const QString what = TeamStoreTr::tr("read the server's CXMap schema");
    auto schema = c.query("SELECT to_regnamespace('cxmap') IS NOT NULL, "
                          "to_regclass('cxmap.server_meta') IS NOT NULL",
                          {}, what);
    if (!schema)
        return schema.error();
    if (!schema->boolean(0, 0))
        return State::Missing;
    if (!schema->boolean(0, 1))
        return notOurs();
    auto meta = c.query("SELECT key, value FROM cxmap.server_meta "
                        "WHERE key IN ('application', 'schema_version')",
                        {}, what);
    if (!meta)
        return meta.error();
    QString app;
    int v = 0;
    for (int row = 0; row < meta->count(); ++row) {
        if (meta->text(row, 0) == QLatin1String("application"))
            app = meta->text(row, 1);
        else
            v = meta->text(row, 1).toInt();
    }
    if (app != application || v < 1)
        return notOurs();
    if (version)
        *version = v;
    if (v > currentVersion)
        return Error{ErrorCode::NewerVersion,
                     TeamStoreTr::tr("The server's CXMap schema was made by a newer version of "
                                     "CXMap (schema %1; this version knows up to %2). Please "
                                     "update CXMap.")
                         .arg(v)
                         .arg(currentVersion)};
    return v < currentVersion ? State::Older : State::Current;
}

Result<QString> createOrUpgrade(pg::Connection& c, int target)
{
    const QString what = TeamStoreTr::tr("set up the CXMap schema");
    if (target < 1 || target > currentVersion)
        return Error{ErrorCode::InvalidArgument,
                     TeamStoreTr::tr("no schema version %1").arg(target)};
    if (Error err = c.script("BEGIN", what))
        return err;
    auto rollback = [&](const Error& err) -> Result<QString> {
        c.rollback(what);
        return err;
    };
    // Two administrators running init at once: the second waits, then sees
    // the first one's schema.
    if (Error err = c.script("SELECT pg_advisory_xact_lock(4348774781)", what))
        return rollback(err);
    int version = 0;
    auto state = inspect(c, &version);
    if (!state)
        return rollback(state.error());
    if (*state == State::Missing) {
        if (Error err = c.script(schemaV1, what))
            return rollback(err);
        if (Error err = c.run("INSERT INTO cxmap.server_meta VALUES ('application', $1), "
                              "('schema_version', '1')",
                              {application}, what))
            return rollback(err);
        version = 1;
    }
    const int from = version;
    for (int v = from; v < target; ++v) {
        if (Error err = upgrades[std::size_t(v - 1)](c))
            return rollback(err);
    }
    if (Error err = c.run("UPDATE cxmap.server_meta SET value = $1 WHERE key = 'schema_version'",
                          {std::max(target, from)}, what))
        return rollback(err);
    if (Error err = c.script("COMMIT", what))
        return err;
    if (*state == State::Missing)
        return TeamStoreTr::tr("created the CXMap schema (version %1)").arg(target);
    if (from < target)
        return TeamStoreTr::tr("upgraded the CXMap schema from version %1 to %2")
            .arg(from)
            .arg(target);
    return TeamStoreTr::tr("the CXMap schema is up to date (version %1)").arg(from);
}

Error requireCurrent(pg::Connection& c)
{
    int version = 0;
    auto state = inspect(c, &version);
    if (!state)
        return state.error();
    if (*state == State::Missing)
        return {ErrorCode::NotCxmap,
                TeamStoreTr::tr("This database is not a CXMap team server (it has no CXMap "
                                "schema). Its administrator sets it up with `cxmap server init`.")};
    if (*state == State::Older)
        return {ErrorCode::NewerVersion,
                TeamStoreTr::tr("The server's CXMap schema is older (version %1) than this CXMap "
                                "(version %2). Its administrator upgrades it with `cxmap server "
                                "init`.")
                    .arg(version)
                    .arg(currentVersion)};
    return {};
}

} // namespace cx::teamschema
