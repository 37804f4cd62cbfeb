package ingest

import "testing"

// TestCutFeedFooter: the platform's closing line of a feed entry goes,
// and only when it is the entry's last paragraph.
func TestCutFeedFooter(t *testing.T) {
	for in, want := range map[string]string{
		`<p>Ferries run again.</p><p>The post <a href="/f">Ferries return</a> appeared first on <a href="/">Harbour Gazette</a>.</p>` + "\n": `<p>Ferries run again.</p>`,
		`<p>The post office reopened.</p><p>Ferries run again.</p>`:                                                                          `<p>The post office reopened.</p><p>Ferries run again.</p>`,
		`<p>The post <a>Ferries return</a> appeared first on <a>Harbour Gazette</a>.</p><p>Ferries run again.</p>`:                           `<p>The post <a>Ferries return</a> appeared first on <a>Harbour Gazette</a>.</p><p>Ferries run again.</p>`,
		`Ferries run again.`: `Ferries run again.`,
	} {
		if got := cutFeedFooter(in); got != want {
			t.Errorf("cutFeedFooter(%q) = %q, want %q", in, got, want)
		}
	}
}
