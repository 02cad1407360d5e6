#include "schema.h"
#include "storetr.h"

#include "sqlitehelpers.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cx::schema {

namespace {

// Version 2. Enums are stored by their stable names (model/enumnames.h) so a
// person with `sqlite3` can read the file. Foreign keys are deferred to the
// end of each transaction: a command may write its rows in any order.
constexpr const char* tablesV2 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
CREATE TABLE departments (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  short_name  TEXT NOT NULL DEFAULT '',
  color       TEXT NOT NULL,
  head        TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL
);
CREATE TABLE personas (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  goals        TEXT NOT NULL DEFAULT '',
  frustrations TEXT NOT NULL DEFAULT ''
);
CREATE TABLE journeys (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  state             TEXT NOT NULL DEFAULT 'current',
  persona_id        INTEGER REFERENCES personas(id) DEFERRABLE INITIALLY DEFERRED,
  source_journey_id INTEGER REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  position          INTEGER NOT NULL
);
CREATE TABLE stages (
  id          INTEGER PRIMARY KEY,
  journey_id  INTEGER NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL
);
CREATE TABLE lanes (
  id         INTEGER PRIMARY KEY,
  journey_id INTEGER NOT NULL REFERENCES journeys(id) DEFERRABLE INITIALLY DEFERRED,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  position   INTEGER NOT NULL
);
CREATE TABLE cards (
  id             INTEGER PRIMARY KEY,
  stage_id       INTEGER NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
  lane_id        INTEGER NOT NULL REFERENCES lanes(id) DEFERRABLE INITIALLY DEFERRED,
  position       INTEGER NOT NULL,
  title          TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  channel        TEXT NOT NULL DEFAULT '',
  accountable_id INTEGER REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
  emotion        INTEGER CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2),
  evidence       TEXT NOT NULL DEFAULT 'assumed',
  severity       TEXT NOT NULL DEFAULT 'none',
  impact         TEXT NOT NULL DEFAULT 'none',
  votes          INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
  status         TEXT NOT NULL DEFAULT 'open'
);
CREATE TABLE card_contributors (
  card_id       INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position      INTEGER NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE TABLE card_kpis (
  card_id  INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL DEFAULT 'free',
  value    REAL NOT NULL,
  target   REAL,
  unit     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE TABLE card_tags (
  card_id  INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE TABLE links (
  id           INTEGER PRIMARY KEY,
  from_card_id INTEGER NOT NULL REFERENCES cards(id) DEFERRABLE INITIALLY DEFERRED,
  to_card_id   INTEGER NOT NULL REFERENCES cards(id) DEFERRABLE INITIALLY DEFERRED,
  type         TEXT NOT NULL DEFAULT 'feeds',
  label        TEXT NOT NULL DEFAULT ''
);
)sql";

// Indexes on every referencing column: deleting a card or a department checks
// its references without a table scan.
constexpr const char* indexesV2 = R"sql(
CREATE INDEX stages_journey ON stages(journey_id);
CREATE INDEX lanes_journey ON lanes(journey_id);
CREATE INDEX journeys_persona ON journeys(persona_id);
CREATE INDEX journeys_source ON journeys(source_journey_id);
CREATE INDEX cards_stage ON cards(stage_id);
CREATE INDEX cards_lane ON cards(lane_id);
CREATE INDEX cards_accountable ON cards(accountable_id);
CREATE INDEX card_contributors_department ON card_contributors(department_id);
CREATE INDEX links_from ON links(from_card_id);
CREATE INDEX links_to ON links(to_card_id);
)sql";

// Version 2 -> 3: dot voting by named participants, comments on cards and a
// persona's picture. A new file is made as version 2 plus this step.
constexpr const char* additionsV3 = R"sql(
ALTER TABLE personas ADD COLUMN picture BLOB NOT NULL DEFAULT x'';
CREATE TABLE participants (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,
  budget INTEGER NOT NULL DEFAULT 5 CHECK (budget >= 0)
);
CREATE TABLE card_votes (
  card_id        INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  participant_id INTEGER NOT NULL REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED,
  dots           INTEGER NOT NULL CHECK (dots > 0),
  PRIMARY KEY (card_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX card_votes_participant ON card_votes(participant_id);
CREATE TABLE card_comments (
  card_id  INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  author   TEXT NOT NULL DEFAULT '',
  time     TEXT NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
)sql";

// Version 3 -> 4: the map's history (model/history.h). One row per field an
// edit changed; `step` groups the rows of one edit. Values are JSON text as
// the JSON format writes them. No foreign keys: history outlives what it
// names. One index only, for one object's history (restore, the History
// panel's card): each index is more pages to write and sync per edit, and
// reading the whole history by date scans it newest first anyway. Named
// versions keep the whole map as JSON (io/jsonformat.h). A new file is made
// as version 2 plus each step.
constexpr const char* additionsV4 = R"sql(
CREATE TABLE history (
  id            INTEGER PRIMARY KEY,
  step          INTEGER NOT NULL,
  at            TEXT NOT NULL,
  who           TEXT NOT NULL DEFAULT '',
  text          TEXT NOT NULL DEFAULT '',
  action        TEXT NOT NULL,
  object        TEXT NOT NULL,
  object_id     INTEGER NOT NULL,
  label         TEXT NOT NULL DEFAULT '',
  journey_id    INTEGER,
  department_id INTEGER,
  field         TEXT NOT NULL DEFAULT '',
  before        TEXT,
  after         TEXT
);
CREATE INDEX history_object ON history(object, object_id);
CREATE TABLE versions (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  at   TEXT NOT NULL,
  who  TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL
);
)sql";

// Version 4 -> 5: reviews and actions. A card's last review by its
// department (who and when); the map's review interval is the meta key
// review_interval_days (90 when absent). A card's actions in order: what,
// the owner department (NULL: none), the due day (YYYY-MM-DD or '') and the
// status (enum names).
constexpr const char* additionsV5 = R"sql(
CREATE TABLE card_reviews (
  card_id INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  at      TEXT NOT NULL,
  who     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE card_actions (
  card_id  INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  what     TEXT NOT NULL,
  owner_id INTEGER REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
  due      TEXT NOT NULL DEFAULT '',
  status   TEXT NOT NULL DEFAULT 'open',
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE INDEX card_actions_owner ON card_actions(owner_id);
)sql";

// Version 5 -> 6: customer feedback (model/types.h Feedback). card_id NULL:
// the "Unsorted feedback" inbox; a card's feedback goes to the inbox before
// the card goes, so nothing cascades. Enums by their stable names; date
// YYYY-MM-DD or ''; score NULL without a scale. candidates: the ids of the
// cards an unsorted item may be about, separated by spaces ("12 40"),
// without a foreign key (a hint, not a reference).
constexpr const char* additionsV6 = R"sql(
CREATE TABLE feedback (
  id          INTEGER PRIMARY KEY,
  card_id     INTEGER REFERENCES cards(id) DEFERRABLE INITIALLY DEFERRED,
  text        TEXT NOT NULL DEFAULT '',
  redacted    INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
  kind        TEXT NOT NULL DEFAULT 'none',
  sentiment   INTEGER CHECK (sentiment IS NULL OR sentiment BETWEEN -2 AND 2),
  source      TEXT NOT NULL DEFAULT 'none',
  date        TEXT NOT NULL DEFAULT '',
  segment     TEXT NOT NULL DEFAULT '',
  reference   TEXT NOT NULL DEFAULT '',
  score_scale TEXT NOT NULL DEFAULT 'none',
  score       INTEGER,
  card_hint   TEXT NOT NULL DEFAULT '',
  candidates  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_card ON feedback(card_id);
)sql";

struct TableColumns
{
    const char* table;
    QStringList columns;
};

QList<TableColumns> expectedTables(int version)
{
    QList<TableColumns> t = {
        {"meta", {"key", "value"}},
        {"departments", {"id", "name", "short_name", "color", "head", "description", "position"}},
        {"personas", {"id", "name", "description", "goals", "frustrations"}},
        {"journeys",
         {"id", "name", "description", "state", "persona_id", "source_journey_id", "position"}},
        {"stages", {"id", "journey_id", "name", "description", "position"}},
        {"lanes", {"id", "journey_id", "name", "kind", "position"}},
        {"links", {"id", "from_card_id", "to_card_id", "type", "label"}},
    };
    QStringList cardColumns = {"id",          "stage_id", "lane_id",        "position", "title",
                               "description", "channel",  "accountable_id", "emotion",  "evidence",
                               "severity",    "impact",   "votes",          "status"};
    if (version == 1) {
        // Version 1 kept contributing departments and tags as comma-separated text.
        cardColumns << "contributing"
                    << "tags";
    } else {
        t.append({"card_contributors", {"card_id", "position", "department_id"}});
        t.append({"card_kpis", {"card_id", "position", "name", "kind", "value", "target", "unit"}});
        t.append({"card_tags", {"card_id", "position", "tag"}});
    }
    t.append({"cards", cardColumns});
    if (version >= 4) {
        t.append({"history",
                  {"id", "step", "at", "who", "text", "action", "object", "object_id", "label",
                   "journey_id", "department_id", "field", "before", "after"}});
        t.append({"versions", {"id", "name", "at", "who", "data"}});
    }
    if (version >= 5) {
        t.append({"card_reviews", {"card_id", "at", "who"}});
        t.append({"card_actions", {"card_id", "position", "what", "owner_id", "due", "status"}});
    }
    if (version >= 6) {
        t.append({"feedback",
                  {"id", "card_id", "text", "redacted", "kind", "sentiment", "source", "date",
                   "segment", "reference", "score_scale", "score", "card_hint", "candidates"}});
    }
    if (version >= 3) {
        t[2].columns << "picture"; // personas
        t.append({"participants", {"id", "name", "budget"}});
        t.append({"card_votes", {"card_id", "participant_id", "dots"}});
        t.append({"card_comments", {"card_id", "position", "author", "time", "text"}});
    }
    return t;
}

// Version 1 -> 2: contributing departments and tags move from comma-separated
// text columns into their own ordered tables; KPIs get a table.
Error migrate1to2(sqlite3* db)
{
    const char* create = R"sql(
CREATE TABLE card_contributors (
  card_id       INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position      INTEGER NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE TABLE card_kpis (
  card_id  INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL DEFAULT 'free',
  value    REAL NOT NULL,
  target   REAL,
  unit     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE TABLE card_tags (
  card_id  INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,
  PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE INDEX card_contributors_department ON card_contributors(department_id);
)sql";
    if (int rc = sql::execute(db, create); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 2"));

    sql::Statement read(db, "SELECT id, contributing, tags, accountable_id FROM cards");
    sql::Statement putContributor(db, "INSERT INTO card_contributors VALUES (?, ?, ?)");
    sql::Statement putTag(db, "INSERT INTO card_tags VALUES (?, ?, ?)");
    QSet<qint64> known;
    sql::Statement depts(db, "SELECT id FROM departments");
    while (depts.step() == SQLITE_ROW)
        known.insert(depts.int64(0));
    int rc = read.step();
    while (rc == SQLITE_ROW) {
        const qint64 card = read.int64(0);
        // Version 1 did not police this list: keep each existing department
        // once, never the accountable one, and drop what is not one.
        QList<qint64> departments;
        for (const QString& part : read.text(1).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 dept = part.trimmed().toLongLong(&ok);
            if (ok && known.contains(dept) && dept != read.int64(3) && !departments.contains(dept))
                departments.append(dept);
        }
        const QStringList tags = read.text(2).split(u',', Qt::SkipEmptyParts);
        rc = SQLITE_DONE;
        for (int i = 0; rc == SQLITE_DONE && i < departments.size(); ++i)
            rc = putContributor.bind(1, card).bind(2, i).bind(3, departments[i]).exec();
        for (int i = 0; rc == SQLITE_DONE && i < tags.size(); ++i)
            rc = putTag.bind(1, card).bind(2, i).bind(3, tags[i].trimmed()).exec();
        rc = rc == SQLITE_DONE ? read.step() : rc;
    }
    read.reset();
    if (rc == SQLITE_DONE)
        rc = sql::execute(db, "ALTER TABLE cards DROP COLUMN contributing;"
                              "ALTER TABLE cards DROP COLUMN tags;");
    if (rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 2"));
    return {};
}

Error migrate2to3(sqlite3* db)
{
    if (int rc = sql::execute(db, additionsV3); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 3"));
    return {};
}

Error migrate3to4(sqlite3* db)
{
    if (int rc = sql::execute(db, additionsV4); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 4"));
    // Its history starts now: nothing before is restored as it was (the
    // same note as a pruning's, Store::notePruned).
    const char* note = "INSERT INTO meta (key, value) VALUES ('history_pruned_before', "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
    if (int rc = sql::execute(db, note); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 4"));
    return {};
}

Error migrate4to5(sqlite3* db)
{
    if (int rc = sql::execute(db, additionsV5); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 5"));
    return {};
}

// An older file has no feedback table of ours: an empty one (left by a tool
// that rewrote a newer file as an older one) is replaced; one holding rows is
// not ours to guess at, and the file is refused unchanged.
Error migrate5to6(sqlite3* db)
{
    const qint64 rows = sql::queryInt(db, "SELECT count(*) FROM feedback", -1);
    if (rows > 0)
        return {ErrorCode::Damaged, StoreTr::tr("it already holds a \"feedback\" table that "
                                                "CXMap did not write")};
    if (rows == 0) {
        if (int rc = sql::execute(db, "DROP TABLE feedback"); rc != SQLITE_OK)
            return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 6"));
    }
    if (int rc = sql::execute(db, additionsV6); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file to version 6"));
    return {};
}

} // namespace

Error createTables(sqlite3* db)
{
    int rc = sql::execute(db, tablesV2);
    if (rc == SQLITE_OK)
        rc = sql::execute(db, indexesV2);
    if (rc == SQLITE_OK)
        rc = sql::execute(db, additionsV3);
    if (rc == SQLITE_OK)
        rc = sql::execute(db, additionsV4);
    if (rc == SQLITE_OK)
        rc = sql::execute(db, additionsV5);
    if (rc == SQLITE_OK)
        rc = sql::execute(db, additionsV6);
    if (rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("creating the document's tables"));
    return {};
}

Error migrate(sqlite3* db, int from)
{
    using Step = Error (*)(sqlite3*);
    // steps[i] upgrades version oldestVersion + i to the next one.
    static constexpr Step steps[] = {&migrate1to2, &migrate2to3, &migrate3to4, &migrate4to5,
                                     &migrate5to6};
    static_assert(std::size(steps) == currentVersion - oldestVersion);

    for (int v = from; v < currentVersion; ++v) {
        if (Error err = steps[v - oldestVersion](db))
            return err;
    }
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(currentVersion);
    if (int rc = sql::execute(db, pragma.constData()); rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("upgrading the file"));
    return {};
}

Error checkTables(sqlite3* db, int version)
{
    sql::Statement info(db, "SELECT name FROM pragma_table_info(?)");
    sql::Statement kind(db, "SELECT type FROM sqlite_schema WHERE name = ? COLLATE NOCASE");
    for (const TableColumns& t : expectedTables(version)) {
        // A view in a table's place would run its own SQL on every read.
        kind.bind(1, QString::fromLatin1(t.table));
        const bool view = kind.step() == SQLITE_ROW && kind.text(0) != QLatin1String("table");
        kind.reset();
        if (view)
            return {ErrorCode::Damaged, StoreTr::tr("the file is damaged: \"%1\" is a view, "
                                                    "not a table")
                                            .arg(QString::fromLatin1(t.table))};
        QStringList present;
        info.bind(1, QString::fromLatin1(t.table));
        while (info.step() == SQLITE_ROW)
            present << info.text(0);
        info.reset();
        if (present.isEmpty())
            return {ErrorCode::NotCxmap,
                    StoreTr::tr("it has no \"%1\" table").arg(QString::fromLatin1(t.table))};
        for (const QString& column : t.columns) {
            if (!present.contains(column))
                return {ErrorCode::Damaged, StoreTr::tr("the \"%1\" table has no \"%2\" column")
                                                .arg(QString::fromLatin1(t.table), column)};
        }
    }
    return {};
}

} // namespace cx::schema
