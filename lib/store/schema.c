/*
 * schema.c — numbered migrations, applied in order at open.
 *
 * Never edit a migration that has shipped: add a new one. PRAGMA
 * user_version holds the number of the last one applied.
 */
#include <stdio.h>

#include "internal.h"

static const char *const migrations[] = {
	/* 1: the whole data model of DESIGN.md */
	"CREATE TABLE source ("
	"  id INTEGER PRIMARY KEY,"
	"  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),"
	"  original BLOB NOT NULL,"
	"  text TEXT NOT NULL,"
	"  text_sha256 TEXT NOT NULL,"
	"  size INTEGER NOT NULL,"
	"  format TEXT NOT NULL,"
	"  encoding TEXT NOT NULL,"
	"  kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN"
	"    ('article','report','procurement','filing','response','other')),"
	"  title TEXT, url TEXT, publisher TEXT, published TEXT, lang TEXT, filename TEXT,"
	"  added_at TEXT NOT NULL, added_by TEXT NOT NULL);"
	"CREATE INDEX source_published ON source(published);"
	"CREATE INDEX source_added ON source(added_at);"

	"CREATE TABLE entity ("
	"  id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),"
	"  kind TEXT NOT NULL CHECK (kind IN ('company','public_body','military_unit',"
	"    'police','prison_service','agency','other_org')),"
	"  name TEXT NOT NULL,"
	"  country TEXT,"
	"  parent TEXT REFERENCES entity(id) DEFERRABLE INITIALLY DEFERRED,"
	"  summary TEXT, tier TEXT, source_url TEXT, profile_url TEXT,"
	"  merged_into TEXT REFERENCES entity(id) DEFERRABLE INITIALLY DEFERRED,"
	"  first_seen TEXT NOT NULL, last_changed TEXT NOT NULL);"
	"CREATE INDEX entity_parent ON entity(parent);"
	"CREATE TABLE entity_category ("
	"  entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
	"  category TEXT NOT NULL CHECK (category IN ('military','occupation','borders',"
	"    'prisons','policing','surveillance')),"
	"  PRIMARY KEY (entity, category)) WITHOUT ROWID;"
	"CREATE TABLE entity_list ("
	"  entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
	"  list TEXT NOT NULL, PRIMARY KEY (entity, list)) WITHOUT ROWID;"
	"CREATE TABLE alias ("
	"  id INTEGER PRIMARY KEY,"
	"  entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
	"  text TEXT NOT NULL CHECK (length(text) > 0),"
	"  lang TEXT,"
	"  flags INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (entity, text));"
	"CREATE INDEX alias_text ON alias(text);"
	"CREATE TABLE identifier ("
	"  entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
	"  scheme TEXT NOT NULL CHECK (scheme IN ('isin','cusip','lei','figi','ticker',"
	"    'sedol','wikidata','opensanctions')),"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (scheme, value, entity)) WITHOUT ROWID;"
	"CREATE INDEX identifier_entity ON identifier(entity);"

	"CREATE TABLE mention ("
	"  id INTEGER PRIMARY KEY,"
	"  source INTEGER NOT NULL REFERENCES source(id),"
	"  entity TEXT NOT NULL REFERENCES entity(id),"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL,"
	"  text TEXT NOT NULL,"
	"  CHECK (start >= 0 AND end > start));"
	"CREATE INDEX mention_source ON mention(source);"
	"CREATE INDEX mention_entity ON mention(entity);"

	"CREATE TABLE claim ("
	"  id INTEGER PRIMARY KEY,"
	"  company TEXT NOT NULL REFERENCES entity(id),"
	"  relation TEXT NOT NULL CHECK (relation IN ('supplies','contract','acquired',"
	"    'invested','divested','partnered','owns','restricted')),"
	"  counterparty TEXT REFERENCES entity(id),"
	"  category TEXT CHECK (category IN ('military','occupation','borders',"
	"    'prisons','policing','surveillance')),"
	"  amount INTEGER, currency TEXT,"
	"  date TEXT, year INTEGER,"
	"  source INTEGER NOT NULL REFERENCES source(id),"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL,"
	"  evidence TEXT NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN"
	"    ('candidate','accepted','rejected')),"
	"  confidence REAL, reviewer TEXT,"
	"  created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
	"  CHECK (start >= 0 AND end > start),"
	"  CHECK ((amount IS NULL) = (currency IS NULL)));"
	"CREATE INDEX claim_company ON claim(company, status);"
	"CREATE INDEX claim_source ON claim(source);"

	"CREATE TABLE response ("
	"  id INTEGER PRIMARY KEY,"
	"  company TEXT NOT NULL REFERENCES entity(id),"
	"  claim INTEGER REFERENCES claim(id),"
	"  source INTEGER NOT NULL REFERENCES source(id),"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL,"
	"  evidence TEXT NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  CHECK (start >= 0 AND end > start));"

	"CREATE TABLE audit ("
	"  seq INTEGER PRIMARY KEY,"
	"  time TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
	"  object TEXT NOT NULL, payload TEXT NOT NULL,"
	"  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
	"CREATE INDEX audit_object ON audit(object);"
	/* append-only: a change goes through a new entry, never an edit */
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"

	"CREATE TABLE user ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  role TEXT NOT NULL CHECK (role IN ('reader','editor','admin')),"
	"  pwhash TEXT NOT NULL,"
	"  created_at TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE session ("
	"  token_hash TEXT PRIMARY KEY,"
	"  user INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,"
	"  csrf TEXT NOT NULL,"
	"  created_at TEXT NOT NULL, expires_at TEXT NOT NULL);",

	/* 2: full-text search (lib/search/): an FTS5 index over source title and
	 * text with the "receipts" tokenizer, existing sources indexed in their
	 * language; PDF page starts; the offset map of HTML/PDF/CSV text */
	"CREATE VIRTUAL TABLE source_fts USING fts5(title, text,"
	"  content='source', content_rowid='id', tokenize='receipts');"
	"INSERT INTO source_fts(rowid, title, text)"
	"  SELECT id, title, rcp_index_lang(lang, text) FROM source;"
	"CREATE TABLE source_page ("
	"  source INTEGER NOT NULL REFERENCES source(id),"
	"  page INTEGER NOT NULL CHECK (page >= 1),"
	"  start INTEGER NOT NULL CHECK (start >= 0),"
	"  PRIMARY KEY (source, page)) WITHOUT ROWID;"
	"ALTER TABLE source ADD COLUMN text_map BLOB;",

	/* 3: how many sources are indexed in each language ('' for none), so
	 * that query terms are stemmed only in languages the index holds */
	"CREATE TABLE search_lang ("
	"  lang TEXT PRIMARY KEY,"
	"  docs INTEGER NOT NULL CHECK (docs >= 0)) WITHOUT ROWID;"
	"INSERT INTO search_lang(lang, docs)"
	"  SELECT coalesce(lang, ''), count(*) FROM source GROUP BY 1;",

	/* 4: a counterparty the registry does not hold (a public body found by
	 * its shape), kept as the source's own words until an editor links it
	 * to an entity */
	"ALTER TABLE claim ADD COLUMN counterparty_text TEXT;",

	/* 5: the search index gathers up to RCP_FTS_HASHSIZE bytes in memory
	 * before it writes a segment (FTS5's default is 1 MiB) */
	"INSERT INTO source_fts(source_fts, rank) VALUES ('hashsize', " RCP_STR(RCP_FTS_HASHSIZE) ");",

	/* 6: document lengths for ranking, RCP_DOCLEN_DOCS sources a blob
	 * (lib/search/doclen.c), filled from the index's own counts */
	RCP_DOCLEN_CREATE
	"INSERT INTO search_doclen(chunk, lens)"
	"  SELECT id >> " RCP_STR(RCP_DOCLEN_SHIFT) ", rcp_doclen_chunk(id, sz)"
	"  FROM source_fts_docsize GROUP BY 1;",

	/* 7: entities whose mentions a registry import still has to find: the
	 * import writes them in the transaction of its entities and clears
	 * them after its re-scan, so a kill in between leaves a record the
	 * next writer finishes (db.c) and verify reports; seq is the audit
	 * entry that asked, so a newer request is not cleared by an older
	 * re-scan */
	"CREATE TABLE IF NOT EXISTS pending_rescan ("
	"  entity TEXT PRIMARY KEY,"
	"  seq INTEGER NOT NULL) WITHOUT ROWID;",

	/* 8: change sets (audit.c): a registry import's changes, each under the
	 * seq of the one audit entry whose digest covers them all, so that an
	 * import of a million organizations is one entry in the chain. Append
	 * only, like the log. */
	"CREATE TABLE IF NOT EXISTS audit_change ("
	"  seq INTEGER NOT NULL,"
	"  object TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  payload TEXT NOT NULL,"
	"  PRIMARY KEY (seq, object)) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS audit_change_object ON audit_change(object, seq);"
	"CREATE TRIGGER IF NOT EXISTS audit_change_no_delete BEFORE DELETE ON audit_change"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
	"CREATE TRIGGER IF NOT EXISTS audit_change_no_update BEFORE UPDATE ON audit_change"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;",

	/* 9: the fund universe (lib/store/fund.c, lib/screen/funds.c): funds,
	 * their filings (dated versions) with each holding's registry match and
	 * share of the long assets, grades (history), share-class tickers. The
	 * triggers note every entity whose categories, lists, parent, merge or
	 * accepted claims change while funds are stored, whoever writes it;
	 * rcp__db_commit() regrades the funds holding them before it commits,
	 * in the same transaction. IF NOT EXISTS as in 7: a test makes an older
	 * database by dropping later tables and lowering user_version */
	"CREATE TABLE IF NOT EXISTS fund ("
	"  id INTEGER PRIMARY KEY,"
	"  series TEXT NOT NULL UNIQUE CHECK (length(series) > 0),"
	"  name TEXT NOT NULL, manager TEXT, cik TEXT,"
	"  latest INTEGER,"
	"  grade TEXT, exposure REAL, by_category TEXT, flagged INTEGER, claims INTEGER,"
	"  graded_at TEXT, graded_seq INTEGER,"
	"  created_at TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS fund_exposure ON fund(exposure);"
	"CREATE INDEX IF NOT EXISTS fund_name ON fund(name);"
	"CREATE INDEX IF NOT EXISTS fund_latest ON fund(latest);"
	"CREATE TABLE IF NOT EXISTS fund_filing ("
	"  id INTEGER PRIMARY KEY,"
	"  fund INTEGER NOT NULL REFERENCES fund(id),"
	"  period TEXT NOT NULL,"
	"  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
	"  file TEXT, layout TEXT NOT NULL, basis TEXT NOT NULL,"
	"  holdings INTEGER NOT NULL, rated INTEGER NOT NULL,"
	"  added_at TEXT NOT NULL,"
	"  UNIQUE (fund, period));"
	"CREATE TABLE IF NOT EXISTS fund_holding ("
	"  filing INTEGER NOT NULL,"
	"  row INTEGER NOT NULL,"
	"  entity TEXT,"
	"  share REAL NOT NULL,"
	"  name TEXT, ticker TEXT, isin TEXT, cusip TEXT, why TEXT,"
	"  PRIMARY KEY (filing, row)) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS fund_holding_entity ON fund_holding(entity, filing) WHERE entity IS NOT NULL;"
	"CREATE TABLE IF NOT EXISTS fund_grade ("
	"  id INTEGER PRIMARY KEY,"
	"  fund INTEGER NOT NULL REFERENCES fund(id),"
	"  filing INTEGER NOT NULL REFERENCES fund_filing(id),"
	"  graded_at TEXT NOT NULL, seq INTEGER,"
	"  grade TEXT NOT NULL, exposure REAL NOT NULL, by_category TEXT NOT NULL,"
	"  flagged INTEGER NOT NULL, claims INTEGER NOT NULL,"
	"  prev_grade TEXT, prev_exposure REAL, cause TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS fund_grade_fund ON fund_grade(fund, id);"
	"CREATE TABLE IF NOT EXISTS fund_ticker ("
	"  symbol TEXT NOT NULL, series TEXT NOT NULL, class TEXT, cik TEXT,"
	"  PRIMARY KEY (symbol, series)) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS fund_ticker_series ON fund_ticker(series);"
	"CREATE TABLE IF NOT EXISTS fund_stale ("
	"  entity TEXT NOT NULL, cause TEXT NOT NULL,"
	"  PRIMARY KEY (entity, cause)) WITHOUT ROWID;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_cat_ins AFTER INSERT ON entity_category"
	"  WHEN EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (NEW.entity, 'categories'); END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_cat_del AFTER DELETE ON entity_category"
	"  WHEN EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (OLD.entity, 'categories'); END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_list_ins AFTER INSERT ON entity_list"
	"  WHEN EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (NEW.entity, 'lists'); END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_list_del AFTER DELETE ON entity_list"
	"  WHEN EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (OLD.entity, 'lists'); END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_parent AFTER UPDATE OF parent ON entity"
	"  WHEN OLD.parent IS NOT NEW.parent AND EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (NEW.id, 'parent'); END;"
	/* a merged company's holdings become the surviving company's */
	"CREATE TRIGGER IF NOT EXISTS fund_stale_merge AFTER UPDATE OF merged_into ON entity"
	"  WHEN NEW.merged_into IS NOT NULL AND OLD.merged_into IS NOT NEW.merged_into"
	"  BEGIN"
	"    UPDATE fund_holding SET entity = NEW.merged_into WHERE entity = OLD.id;"
	"    INSERT OR IGNORE INTO fund_stale SELECT NEW.merged_into, 'merge'"
	"      WHERE EXISTS (SELECT 1 FROM fund);"
	"  END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_claim_ins AFTER INSERT ON claim"
	"  WHEN NEW.status = 'accepted' AND EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (NEW.company, 'claims'); END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_claim_upd AFTER UPDATE OF status, company ON claim"
	"  WHEN (OLD.status = 'accepted' OR NEW.status = 'accepted')"
	"   AND (OLD.status IS NOT NEW.status OR OLD.company IS NOT NEW.company)"
	"   AND EXISTS (SELECT 1 FROM fund)"
	"  BEGIN"
	"    INSERT OR IGNORE INTO fund_stale VALUES (OLD.company, 'claims');"
	"    INSERT OR IGNORE INTO fund_stale VALUES (NEW.company, 'claims');"
	"  END;",

	/* 10: the registry's version (lib/store/registry_version.c): one row,
	 * changed in the transaction of every write to the tables a name index
	 * or matcher is built from, so that a cache is checked against it in
	 * O(1). n counts changes; nonce is drawn anew with each, so a registry
	 * restored from a backup and then changed does not reach a count an
	 * older cache was built at with other contents. */
	"CREATE TABLE IF NOT EXISTS registry_version ("
	"  one INTEGER PRIMARY KEY CHECK (one = 1),"
	"  n INTEGER NOT NULL, nonce INTEGER NOT NULL);"
	"INSERT OR IGNORE INTO registry_version(one, n, nonce) VALUES (1, 1, random());",

	/* 11: what investors did about a company (lib/profile/investors.c) is
	 * found by the claim's counterparty, once per flagged company of a
	 * screening report: indexed, and only the few relations it reads. */
	"CREATE INDEX IF NOT EXISTS claim_investee ON claim(counterparty, status)"
	"  WHERE relation IN ('invested', 'divested', 'restricted');",

	/* 12: registration numbers (a company register's number for the
	 * organization, FtM registrationNumber) as an identifier scheme. The
	 * scheme list is a CHECK, which SQLite changes only by rebuilding the
	 * table (its documented procedure); nothing references identifier, so
	 * the copy is all there is to it. Safe to run again. */
	"DROP TABLE IF EXISTS identifier_new;"
	"CREATE TABLE identifier_new ("
	"  entity TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
	"  scheme TEXT NOT NULL CHECK (scheme IN ('isin','cusip','lei','figi','ticker',"
	"    'sedol','wikidata','opensanctions','registration')),"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (scheme, value, entity)) WITHOUT ROWID;"
	"INSERT INTO identifier_new SELECT entity, scheme, value FROM identifier;"
	"DROP TABLE identifier;"
	"ALTER TABLE identifier_new RENAME TO identifier;"
	"CREATE INDEX IF NOT EXISTS identifier_entity ON identifier(entity);",

	/* 13: a claim's company side may be an organization the registry does
	 * not hold, kept as the source's own words (company_text, as
	 * counterparty_text in 4) until an editor links it or adds it: exactly
	 * one of company and company_text is set, and a claim without a
	 * company entity is never accepted (so it never counts in screening
	 * and is never public). company loses its NOT NULL, which SQLite
	 * changes only by rebuilding the table: ids kept, then its indexes
	 * and the fund triggers (9) made again, the triggers now passing over
	 * a claim without a company. rcp__schema_migrate runs it with foreign
	 * keys off and checks them before it commits (response.claim points
	 * here), and adds company_text to the old table first when it lacks
	 * it (copied_columns), so that it is safe to run again. */
	"DROP TABLE IF EXISTS claim_new;"
	"CREATE TABLE claim_new ("
	"  id INTEGER PRIMARY KEY,"
	"  company TEXT REFERENCES entity(id),"
	"  relation TEXT NOT NULL CHECK (relation IN ('supplies','contract','acquired',"
	"    'invested','divested','partnered','owns','restricted')),"
	"  counterparty TEXT REFERENCES entity(id),"
	"  category TEXT CHECK (category IN ('military','occupation','borders',"
	"    'prisons','policing','surveillance')),"
	"  amount INTEGER, currency TEXT,"
	"  date TEXT, year INTEGER,"
	"  source INTEGER NOT NULL REFERENCES source(id),"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL,"
	"  evidence TEXT NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN"
	"    ('candidate','accepted','rejected')),"
	"  confidence REAL, reviewer TEXT,"
	"  created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
	"  counterparty_text TEXT,"
	"  company_text TEXT CHECK (length(company_text) > 0),"
	"  CHECK (start >= 0 AND end > start),"
	"  CHECK ((amount IS NULL) = (currency IS NULL)),"
	"  CHECK ((company IS NULL) <> (company_text IS NULL)),"
	"  CHECK (company IS NOT NULL OR status <> 'accepted'));"
	"INSERT INTO claim_new(id, company, relation, counterparty, category, amount, currency,"
	"  date, year, source, start, end, evidence, status, confidence, reviewer, created_at,"
	"  updated_at, counterparty_text, company_text)"
	"  SELECT id, company, relation, counterparty, category, amount, currency, date, year,"
	"  source, start, end, evidence, status, confidence, reviewer, created_at, updated_at,"
	"  counterparty_text, company_text FROM claim;"
	"DROP TABLE claim;"
	"ALTER TABLE claim_new RENAME TO claim;"
	"CREATE INDEX IF NOT EXISTS claim_company ON claim(company, status);"
	"CREATE INDEX IF NOT EXISTS claim_source ON claim(source);"
	"CREATE INDEX IF NOT EXISTS claim_investee ON claim(counterparty, status)"
	"  WHERE relation IN ('invested', 'divested', 'restricted');"
	/* the editor's queue of claims to link */
	"CREATE INDEX IF NOT EXISTS claim_unlinked ON claim(status) WHERE company IS NULL;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_claim_ins AFTER INSERT ON claim"
	"  WHEN NEW.status = 'accepted' AND NEW.company IS NOT NULL AND EXISTS (SELECT 1 FROM fund)"
	"  BEGIN INSERT OR IGNORE INTO fund_stale VALUES (NEW.company, 'claims'); END;"
	"CREATE TRIGGER IF NOT EXISTS fund_stale_claim_upd AFTER UPDATE OF status, company ON claim"
	"  WHEN (OLD.status = 'accepted' OR NEW.status = 'accepted')"
	"   AND (OLD.status IS NOT NEW.status OR OLD.company IS NOT NEW.company)"
	"   AND EXISTS (SELECT 1 FROM fund)"
	"  BEGIN"
	"    INSERT OR IGNORE INTO fund_stale SELECT OLD.company, 'claims'"
	"      WHERE OLD.company IS NOT NULL;"
	"    INSERT OR IGNORE INTO fund_stale SELECT NEW.company, 'claims'"
	"      WHERE NEW.company IS NOT NULL;"
	"  END;",
};

int rcp__schema_latest(void)
{
	return (int)(sizeof migrations / sizeof migrations[0]);
}

/* Columns a migration that rebuilds a table copies from the old one, added
 * to it first when it lacks them: on a database already past it (a test
 * lowers user_version to run migrations again) they are there and hold
 * data; on an older one they are not, and are empty. */
static const struct {
	int migration;
	const char *sql_has, *sql_add;
} copied_columns[] = {
	{13, "SELECT 1 FROM pragma_table_info('claim') WHERE name = 'company_text'",
	 "ALTER TABLE claim ADD COLUMN company_text TEXT;"},
};

static int add_copied_columns(sqlite3 *db, int migration, char **msg)
{
	for (size_t i = 0; i < sizeof copied_columns / sizeof copied_columns[0]; i++) {
		if (copied_columns[i].migration != migration)
			continue;
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db, copied_columns[i].sql_has, -1, &st, NULL) != SQLITE_OK) {
			*msg = sqlite3_mprintf("%s", sqlite3_errmsg(db));
			return 0;
		}
		int has = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
		if (!has && sqlite3_exec(db, copied_columns[i].sql_add, NULL, NULL, msg) != SQLITE_OK)
			return 0;
	}
	return 1;
}

/* The first foreign key a migration broke, as "table row N -> parent", into
 * out; 0 when there is none. */
static int foreign_key_broken(sqlite3 *db, char *out, size_t cap)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK) {
		snprintf(out, cap, "cannot check foreign keys: %s", sqlite3_errmsg(db));
		return 1;
	}
	int broken = sqlite3_step(st) == SQLITE_ROW;
	if (broken)
		snprintf(out, cap, "foreign key broken: %s row %lld -> %s",
		         (const char *)sqlite3_column_text(st, 0),
		         (long long)sqlite3_column_int64(st, 1),
		         (const char *)sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return broken;
}

/* Migration v + 1 in its own transaction. */
static rcp_status migrate_one(sqlite3 *db, int v, rcp_error *err)
{
	char *msg = NULL;
	char pragma[128], broken[256];
	/* the application_id marks the file as ours (receipts.h); set with
	 * every migration, so a database from before it gets it too */
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d; PRAGMA application_id = %d;",
	         v + 1, RCP_APPLICATION_ID);
	int ok = sqlite3_exec(db, "BEGIN IMMEDIATE;", NULL, NULL, &msg) == SQLITE_OK &&
	         add_copied_columns(db, v + 1, &msg) &&
	         sqlite3_exec(db, migrations[v], NULL, NULL, &msg) == SQLITE_OK;
	if (ok && foreign_key_broken(db, broken, sizeof broken)) {
		msg = sqlite3_mprintf("%s", broken);
		ok = 0;
	}
	ok = ok && sqlite3_exec(db, pragma, NULL, NULL, &msg) == SQLITE_OK &&
	     sqlite3_exec(db, "COMMIT;", NULL, NULL, &msg) == SQLITE_OK;
	if (!ok) {
		rcp__error_set(err, RCP_EDB, "cannot migrate database", NULL, "migration %d: %s",
		               v + 1, msg ? msg : "unknown error");
		sqlite3_free(msg);
		sqlite3_exec(db, "ROLLBACK;", NULL, NULL, NULL);
		return RCP_EDB;
	}
	return RCP_OK;
}

/* Foreign keys are off while migrations run: a table rebuilt the way
 * SQLite documents (13) is dropped and made again, and with them on the
 * drop would delete what points at it. Each migration checks them
 * before it commits instead. */
rcp_status rcp__schema_migrate(sqlite3 *db, int from, rcp_error *err)
{
	rcp_status rc = RCP_OK;
	sqlite3_exec(db, "PRAGMA foreign_keys=OFF;", NULL, NULL, NULL);
	for (int v = from; v < rcp__schema_latest() && rc == RCP_OK; v++)
		rc = migrate_one(db, v, err);
	sqlite3_exec(db, "PRAGMA foreign_keys=ON;", NULL, NULL, NULL);
	return rc;
}
