-- Text written without spaces between words (Chinese, Japanese, Thai,
-- Korean particles glued to nouns, ...) is indexed one character at a
-- time, so that any part of a clause is found (北京 inside 北京举行新闻发布会).
-- The index reads its content through a view that puts a zero-width space
-- between such characters (lede_fts_text, a Go function registered by the
-- store, see package segment); text without them passes unchanged, so
-- Latin search, ranking and snippets are as before. The store strips the
-- zero-width spaces from snippets again.
--
-- The FTS table cannot change its content in place: it is made again and
-- rebuilt from the articles (one pass over every stored text).
DROP TABLE articles_fts;
CREATE VIEW articles_fts_content AS
	SELECT seq, lede_fts_text(title) AS title, lede_fts_text(text) AS text FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles_fts_content', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
