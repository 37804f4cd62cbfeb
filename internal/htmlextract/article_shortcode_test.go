package htmlextract

import "testing"

// TestShortcodes: rule "shortcode-line" drops the unrendered shortcodes
// a copy of a post shows as typed; a bracketed section name and a
// shortcode in a preformatted block stay.
func TestShortcodes(t *testing.T) {
	page := `<html><body><main><article><h1>Restoring an old enamel table</h1>` + points(6) +
		`<p>[video-player video-id="k2x9" title="Enamel table, before and after"]</p>` + points(8)[len(points(6)):] +
		`<p>[SIGNUP_MODULE]</p><p>[Chorus]</p><pre>[gallery ids="4,5,6"]</pre>` + points(10)[len(points(8)):] + `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "video-player", "shortcode", false)
	checkKept(t, a, "SIGNUP_MODULE", "module shortcode", false)
	checkKept(t, a, "[Chorus]", "bracketed word", true)
	checkKept(t, a, `[gallery ids="4,5,6"]`, "preformatted shortcode", true)
	checkKept(t, a, "Point 9", "text", true)
}

// TestShortcodeLine is a table test of shortcodeLine.
func TestShortcodeLine(t *testing.T) {
	for in, want := range map[string]bool{
		`[newsletter-form id=12]`:           true,
		`[/quote]`:                          true,
		`[CTA_BLOCK]`:                       true,
		`[Service]`:                         false, // a configuration section
		`[stack trace omitted]`:             false, // an editor's note
		`[Read more: how the ferry works]`:  false, // a bracketed teaser
		`[1]`:                               false, // a footnote mark
		`[a] and [b] are the two options`:   false,
		`[cta_block]`:                       false, // lower case without attributes
		`[note] The depot opens at six. []`: false,
	} {
		if got := shortcodeLine(in); got != want {
			t.Errorf("shortcodeLine(%q) = %v, want %v", in, got, want)
		}
	}
}
