-- A CXMap document in file format 1 (CXMap 0.0.x prototypes): contributing
-- departments and tags were comma-separated text in the cards table, and
-- there were no KPIs. The migration test builds a file from this script and
-- opens it with the current store. Card 2's list is as untidy as v1 allowed
-- (a duplicate, its own accountable department, a stray word, a department
-- that no longer exists).
PRAGMA application_id = 1129860432; -- 0x43584D50 'CXMP'
PRAGMA user_version = 1;
BEGIN;
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE departments (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL, head TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL);
CREATE TABLE personas (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  goals TEXT NOT NULL DEFAULT '', frustrations TEXT NOT NULL DEFAULT '');
CREATE TABLE journeys (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'current', persona_id INTEGER REFERENCES personas(id),
  source_journey_id INTEGER REFERENCES journeys(id), position INTEGER NOT NULL);
CREATE TABLE stages (
  id INTEGER PRIMARY KEY, journey_id INTEGER NOT NULL REFERENCES journeys(id),
  name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL);
CREATE TABLE lanes (
  id INTEGER PRIMARY KEY, journey_id INTEGER NOT NULL REFERENCES journeys(id),
  name TEXT NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE cards (
  id INTEGER PRIMARY KEY, stage_id INTEGER NOT NULL REFERENCES stages(id),
  lane_id INTEGER NOT NULL REFERENCES lanes(id), position INTEGER NOT NULL,
  title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '',
  accountable_id INTEGER REFERENCES departments(id), contributing TEXT NOT NULL DEFAULT '',
  emotion INTEGER, evidence TEXT NOT NULL DEFAULT 'assumed',
  severity TEXT NOT NULL DEFAULT 'none', impact TEXT NOT NULL DEFAULT 'none',
  votes INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'open',
  tags TEXT NOT NULL DEFAULT '');
CREATE TABLE links (
  id INTEGER PRIMARY KEY, from_card_id INTEGER NOT NULL REFERENCES cards(id),
  to_card_id INTEGER NOT NULL REFERENCES cards(id), type TEXT NOT NULL DEFAULT 'feeds',
  label TEXT NOT NULL DEFAULT '');

INSERT INTO meta VALUES ('title', 'Prototype workshop');
INSERT INTO departments VALUES (1, 'Sales', 'SAL', '#332288', 'Dana', '', 0);
INSERT INTO departments VALUES (2, 'Billing', 'FIN', '#117733', '', 'Invoices', 1);
INSERT INTO departments VALUES (3, 'IT', 'IT', '#88ccee', '', '', 2);
INSERT INTO personas VALUES (1, 'First-time buyer', '', 'Clear prices', 'Hidden fees');
INSERT INTO journeys VALUES (1, 'Contract', '', 'current', 1, NULL, 0);
INSERT INTO stages VALUES (1, 1, 'Order', '', 0);
INSERT INTO stages VALUES (2, 1, 'First invoice', '', 1);
INSERT INTO lanes VALUES (1, 1, 'Touchpoints', 'touchpoint', 0);
INSERT INTO lanes VALUES (2, 1, 'Back office', 'backstage', 1);
INSERT INTO cards VALUES (1, 1, 1, 0, 'Order form', '', 'web', 1, '3', 1, 'observed', 'none', 'none', 2, 'open', 'web,form');
INSERT INTO cards VALUES (2, 1, 2, 0, 'Manual re-keying', 'Orders typed again into billing', '', 2, '1, 3,2,1,x,99', NULL, 'observed', 'high', 'none', 0, 'open', '');
INSERT INTO cards VALUES (3, 2, 1, 0, 'First invoice', '', 'letter', 2, '', -2, 'assumed', 'medium', 'none', 0, 'open', 'billing');
INSERT INTO links VALUES (1, 2, 3, 'feeds', 'billing data');
COMMIT;
