package htmlextract

import "testing"

// TestShortcodes: rule "shortcode-line" drops the unrendered shortcodes
// a copy of a post shows as typed; a bracketed section name and a
// shortcode in a preformatted block stay.
func TestShortcodes(t *testing.T) {
	page := `<html><body><main><article><h1>Restoring an old enamel table</h1>` + points(6) +
		`<p>[video-player video-id="k2x9" title="Enamel table, before and after"]</p>` + pointRange(6, 8) +
		`<p>[SIGNUP_MODULE]</p><p>[Chorus]</p><pre>[gallery ids="4,5,6"]</pre>` + pointRange(8, 10) + `</article></main></body></html>`
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

// TestCodeShortcodes: rule "code-shortcode" keeps a shortcode a tutorial
// sets in inline code as its own paragraph, in a <p> or a highlight box;
// an unrendered one beside them still goes, and so does one whose
// paragraph holds more than the code.
func TestCodeShortcodes(t *testing.T) {
	page := `<html><body><main><article><h1>Placing a map in a Quillpress post</h1>` + points(6) +
		`<p><code>[map-pin lat="48.1" zoom="9"]</code></p>` + pointRange(6, 8) +
		`<div class="highlight"><kbd>[map-pin lat="12.4" zoom="3"]</kbd></div>` +
		`<p>[donate-box goal="5000"]</p><p><code>[poll</code> id="7"]</p>` + pointRange(8, 10) + `</article></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, `[map-pin lat="48.1" zoom="9"]`, "shortcode in code", true)
	checkKept(t, a, `[map-pin lat="12.4" zoom="3"]`, "shortcode in kbd", true)
	checkKept(t, a, "donate-box", "unrendered shortcode", false)
	checkKept(t, a, "[poll", "shortcode partly in code", false)
	checkKept(t, a, "Point 9", "text", true)
}
