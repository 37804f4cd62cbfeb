// Package htmlmeta reads an HTML page's metadata: the headline as a reader
// sees it, authors, outlet, canonical URL, language, description, section,
// tags, lead image and the published and modified dates with their evidence.
//
// Extract makes one walk over the parse tree collecting every candidate
// (head metas, JSON-LD scripts, microdata and RDFa, <h1> headings and
// elements named as titles, <time> elements, byline and date elements, the
// first short lines of the page), then chooses among them:
//
//   - Title: an <h1> that a metadata title confirms (og:title, JSON-LD
//     headline, <title> minus its " | Site" part); else an <h1> that shares
//     enough words with them (a reworded SEO title); else the metadata title
//     with site segments cut (site names come from og:site_name, JSON-LD
//     publisher, the host, the page's site-name elements). Kickers, dates
//     and screen-reader text inside the heading are left out.
//   - Authors: JSON-LD people, then author metas, microdata and rel=author,
//     byline elements, "Written by" lines, author-box names; the outlet and
//     organisations only when nothing names a person. Credit words, dates,
//     job titles and degrees are cut; "A and B" is split.
//   - Published: JSON-LD, date metas, marked <time>/microdata, the URL path,
//     unmarked <time>, dates written in bylines and datelines, script app
//     state; estimated fallbacks after that. Never before 1993, never after
//     now. Modified comes only from sources that say so.
//
// The rules of defects.go keep output defects out of every field, whatever
// a gold would choose: glued or animated headings read as their words,
// separators and markup left in titles, descriptions, sections and tags,
// slogans and addresses as outlets, organisations' names cut in half,
// agencies, roles, ranks and bios in author names, modified dates before
// the published one, dates shown for other events (a sale's end, the
// server's clock), canonical and image addresses with broken slashes.
// TestDumpMeta writes every bench page's Meta for hunting such defects;
// the counts "on the dev pages" in defects.go's comments are read from
// its dump of the 2,065 pages of ../shared/bench/extract and extract-wcxb
// (LEDE_META_DUMP=FILE go test ./internal/htmlmeta -run TestDumpMeta).
//
// It never panics on any input, and its work is bounded on hostile pages;
// broken JSON-LD (trailing commas, entities, CDATA, raw newlines, several
// values, @graph, @id references) is repaired where possible and otherwise
// ignored.
//
// Measured with LEDE_META_BENCH=1 go test ./internal/htmlmeta -run
// BenchMeta -v (the reference scorer's meta comparison) on ../shared.
// Figures by half ("WCXB authors half 1 332 -> 333 of 398") are of the
// predictions of
//
//	lede bench extract --cases ../shared/bench/extract-wcxb/cases.jsonl --out PRED.jsonl
//
// (likewise extract/'s cases for "extract/" figures), a page's field
// right as score_extract.py's meta_key compares it with the gold, counted
// over the pages whose gold has the field, split by the id's MD5 read as a
// number modulo 2 (half 0, half 1); a92f7ea's authors so counted are WCXB
// 293 of 341 and 331 of 398, extract/ 110 of 132 and 110 of 139.
// Shares of time in comments ("a tenth of the extraction time", "most of
// this walk's cost") are CPU profiles of htmlextract's TestDevTime, whose
// extraction runs this package's walk (LEDE_DEV_CASES and LEDE_DEV_ID name
// a bench page; go test ./internal/htmlextract -run TestDevTime
// -cpuprofile cpu.out, then go tool pprof), read at the commit that
// changed them.
package htmlmeta
