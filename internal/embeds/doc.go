// Package embeds turns social posts and videos that text extractors flattened
// into the article text ("text pic.twitter.com/x — Name (@handle) April 26,
// 2016", "A post shared by Name (@handle) on Apr 26, 2016", a post card as
// a browser shows it, a line per part, bare post URLs)
// into structured model.Embed records, and recognises post and video URLs of
// the common platforms for the HTML engine.
package embeds
