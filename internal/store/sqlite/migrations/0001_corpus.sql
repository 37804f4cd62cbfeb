-- The corpus: articles with their JSON record, earlier versions, outlets,
-- embeds, quotes, people, claims, and an FTS5 index over title and body.
-- Times are UTC text 'YYYY-MM-DDTHH:MM:SSZ' (sortable); *_offset keeps the
-- original UTC offset in seconds (NULL when the source gave none).

CREATE TABLE outlets (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE articles (
	seq              INTEGER PRIMARY KEY AUTOINCREMENT, -- ingestion order; FTS rowid
	id               TEXT NOT NULL UNIQUE,
	url              TEXT NOT NULL DEFAULT '',          -- canonical form
	outlet_id        INTEGER REFERENCES outlets(id),
	title            TEXT NOT NULL DEFAULT '',
	text             TEXT NOT NULL DEFAULT '',
	language         TEXT NOT NULL DEFAULT '',
	published        TEXT NOT NULL DEFAULT '',          -- the record's value as given
	published_utc    TEXT,
	published_offset INTEGER,
	modified_utc     TEXT,
	modified_offset  INTEGER,
	fetched_utc      TEXT,
	ingested_utc     TEXT NOT NULL,
	content_hash     TEXT NOT NULL,
	etag             TEXT NOT NULL DEFAULT '',
	last_modified    TEXT NOT NULL DEFAULT '',
	source           TEXT NOT NULL DEFAULT '',
	record           BLOB NOT NULL                      -- Article JSON, text left out (it is the text column)
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet_id, published_utc);
CREATE INDEX articles_published ON articles(published_utc);

CREATE TABLE versions (
	id           INTEGER PRIMARY KEY,
	article_id   TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	replaced_utc TEXT NOT NULL,
	record       BLOB NOT NULL                          -- full Article JSON
);
CREATE INDEX versions_article ON versions(article_id);

CREATE TABLE embeds (
	article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	kind        TEXT NOT NULL,
	platform    TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	handle      TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
	article_seq     INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	text            TEXT NOT NULL,
	form            TEXT NOT NULL DEFAULT '',
	speaker         TEXT NOT NULL DEFAULT '',
	speaker_mention TEXT NOT NULL DEFAULT '',
	speaker_group   INTEGER NOT NULL DEFAULT 0,
	start           INTEGER NOT NULL DEFAULT 0,
	"end"           INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);

CREATE TABLE people (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);

CREATE TABLE article_people (
	article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	person_id   INTEGER NOT NULL REFERENCES people(id),
	roles       TEXT NOT NULL DEFAULT '[]',             -- JSON array
	mentions    TEXT NOT NULL DEFAULT '[]',             -- JSON array
	PRIMARY KEY (article_seq, person_id)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people(person_id);

CREATE TABLE claims (
	article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	text        TEXT NOT NULL,
	value       REAL,
	unit        TEXT NOT NULL DEFAULT '',
	subject     TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	start       INTEGER NOT NULL DEFAULT 0,
	"end"       INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

-- External-content FTS5 over articles(title, text): the text is stored once.
-- The store keeps it in step by hand (insert, and 'delete' of the old values
-- before an update).
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
