-- Which articles were analysed (quotes, people, organisations, places,
-- claims): analysed_utc is when, NULL while an article waits for `lede
-- analyse` (ingested with --no-analysis, or marked by `lede analyse --all`).
--
-- Stores made before this migration did not record it. The safe default:
-- an article with at least one quote, claim or person row was analysed
-- (marked with its ingestion time); one with none is taken as unanalysed.
-- That catches every --no-analysis article; an analysed article that
-- simply had nothing to find is analysed once more by `lede analyse`,
-- which costs time only (the analysis of a stored text gives the same
-- result), never a wrong or lost analysis.
ALTER TABLE articles ADD COLUMN analysed_utc TEXT;
UPDATE articles SET analysed_utc = ingested_utc
WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.article_seq = articles.seq)
   OR EXISTS (SELECT 1 FROM claims c WHERE c.article_seq = articles.seq)
   OR EXISTS (SELECT 1 FROM article_people ap WHERE ap.article_seq = articles.seq);
-- The articles waiting for analysis, in ingestion order, without a scan.
CREATE INDEX articles_unanalysed ON articles(seq) WHERE analysed_utc IS NULL;
