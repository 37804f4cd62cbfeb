-- The copy-detection index (issue 6): each article's shingle set as
-- internal/dedup encodes it, so that a later run restores the index and
-- only checks the new articles instead of rebuilding it. content_hash tells
-- when an article changed and must be checked again.

CREATE TABLE dedup_index (
	article_id   TEXT PRIMARY KEY,
	content_hash TEXT NOT NULL,
	data         BLOB NOT NULL
) WITHOUT ROWID;
