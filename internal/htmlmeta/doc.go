// Package htmlmeta reads an HTML page's metadata: the headline as a reader
// sees it, authors, outlet, canonical URL, language, description, section,
// tags, lead image and the published and modified dates with their evidence.
//
// It makes one walk over the parse tree collecting every candidate (head
// metas, JSON-LD scripts, microdata, h1 headings, time elements, byline
// elements), then chooses among the candidates by source priority and by
// agreement between sources. It never panics on any input; broken JSON-LD
// (trailing commas, entities, CDATA, several scripts, @graph) is repaired
// where possible and otherwise ignored.
package htmlmeta
