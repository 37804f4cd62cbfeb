-- Links between articles (issue 6): syndicated copy groups and stories.
-- Derived from the articles and rebuilt by `lede stories` when articles
-- were added since (links_state.article_seq); never edited by hand.
-- Numbered 0006 after the issue, leaving 0002-0005 to the other issues.

CREATE TABLE copy_links (
	article_id TEXT PRIMARY KEY,           -- a copy (sources have no row)
	source_id  TEXT NOT NULL               -- the earliest member of its group
) WITHOUT ROWID;
CREATE INDEX copy_links_source ON copy_links(source_id);

CREATE TABLE stories (
	id           TEXT PRIMARY KEY,
	title        TEXT NOT NULL,
	first_utc    TEXT,                     -- NULL when no member is dated
	last_utc     TEXT,
	articles     INTEGER NOT NULL,
	outlets      TEXT NOT NULL             -- JSON array of outlet names
) WITHOUT ROWID;
CREATE INDEX stories_first ON stories(first_utc);

CREATE TABLE story_articles (
	article_id TEXT PRIMARY KEY,
	story_id   TEXT NOT NULL,
	idx        INTEGER NOT NULL            -- position in publication order
) WITHOUT ROWID;
CREATE INDEX story_articles_story ON story_articles(story_id, idx);

CREATE TABLE links_state (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
