package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// embedCodeTests: rule "embed-code" takes a block that is one tag of
// player markup, not a sentence about a tag or a tag with no source.
var embedCodeTests = []struct {
	in   string
	want bool
}{
	{`<iframe src="https://radio.example/player/embed/7" width="100%" height="290" frameborder="0" title="Welbourne Radio audio player">`, true},
	{`<iframe src="https://radio.example/player/embed/7"></iframe>`, true},
	{`<IFRAME SRC="https://video.example/e/ab12" allowfullscreen>`, true},
	{`<script async src="https://widgets.example/poll.js" charset="utf-8">`, true},
	{`<object data="https://maps.example/route.svg" type="image/svg+xml">`, true},
	{`Paste the <iframe src="..."> tag into your page.`, false},
	{`<iframe> is the element that embeds another page.`, false},
	{`<div class="box">`, false},
	{"", false}, // no panic
	{`<iframe width="100%" height="290">`, false},
	{`<iframe src="https://radio.example/player/embed/7" width="100%"`, false},
	{`<iframe src="https://radio.example/x" title="` + strings.Repeat("a", maxEmbedCodeLen) + `">`, false},
}

func TestEmbedCode(t *testing.T) {
	for _, tc := range embedCodeTests {
		if got := embedCode(tc.in); got != tc.want {
			t.Errorf("embedCode(%.60q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestEmbedCodeListing: a radio station's listing repeats an audio tool
// under every story, whose "Embed" box shows the player's iframe tag as
// text; the stories stay and the tags go.
func TestEmbedCodeListing(t *testing.T) {
	var b strings.Builder
	for i, s := range []string{"Tide barrier plan goes to a vote.", "Night buses return to the coast road.",
		"Library roof repairs run over budget.", "Fishing quota talks stall again."} {
		fmt.Fprintf(&b, `<article class="item"><h2><a href="/s/%d">%s</a></h2><p>%s The council in Welbourne heard from residents, engineers and the harbour master before a vote expected next month.</p>`+
			`<ul class="tools"><li><a href="/a/%d.mp3">Download</a></li><li><button>Embed</button><div class="embed-overlay"><b class="embed-url"><code>&lt;iframe src="https://radio.example/player/embed/%d" width="100%%" height="290" frameborder="0" title="Welbourne Radio audio player"&gt;</code></b></div></li></ul></article>`,
			i, s, s, i, i)
	}
	page := `<!DOCTYPE html><html><head><title>Local news - Welbourne Radio</title></head><body><header><nav><a href="/">Home</a></nav></header><main><h1>Local news</h1>` +
		b.String() + `</main><footer>Welbourne Radio</footer></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "<iframe", "embed code", false)
	checkKept(t, a, "Fishing quota talks stall again. The council", "story", true)
}
