package htmlextract

import (
	"strings"
	"testing"
)

// ldShell is a page whose markup holds no article (its scripts would
// draw it) and whose JSON-LD carries articleBody ab, written as JSON.
func ldShell(ab string) string {
	return `<html><head><title>Harbour dredging | Bay News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour dredging to start in May","articleBody":"` +
		ab + `"}</script></head><body><div id="app"><header><a href="/">Bay News</a></header><div class="loading">Loading…</div></div></body></html>`
}

// TestArticleBodyParagraphs covers rule "articlebody-paragraphs" (the
// articleBody's line breaks are its paragraphs) and rule
// "articlebody-markup" (an articleBody written as HTML gives its text,
// not its tags).
func TestArticleBodyParagraphs(t *testing.T) {
	paras := []string{
		"Dredging of the inner harbour will start in May and last about eleven weeks, the port authority said on Wednesday.",
		"The work will deepen the main channel to 14 metres so that larger container ships can dock without waiting for high tide.",
		"Fishing boats will be moved to the eastern basin while the dredgers work, and the ferry to the islands will use a temporary pier.",
		"The authority said the cost, about 38 million euros, would be shared with the national government and the region.",
		"Businesses on the quay said they expected some disruption but welcomed the plan, which would bring more trade in the long run.",
	}
	for _, tc := range []struct{ name, ab string }{
		{"line breaks", strings.Join(paras, `\n\n`)},
		{"markup", "<p>" + strings.Join(paras, `</p>\n<p>`) + "</p>"},
		{"markup with breaks", strings.Join(paras, `<br><br>`)},
	} {
		a := mustExtract(t, ldShell(tc.ab))
		if len(a.Body) != len(paras) {
			t.Errorf("%s: %d blocks, want %d:\n%q", tc.name, len(a.Body), len(paras), a.Text)
			continue
		}
		for i, b := range a.Body {
			if b.Text != paras[i] {
				t.Errorf("%s: block %d = %q, want %q", tc.name, i, b.Text, paras[i])
			}
		}
	}
}

// TestArticleBodyBrief covers rule "articlebody-brief": a page whose
// layout gives no body takes a short articleBody (a brief) as its text.
func TestArticleBodyBrief(t *testing.T) {
	brief := "Dredging of the inner harbour will start in May and last about eleven weeks, the port authority said on Wednesday.\n\n" +
		"Fishing boats will be moved to the eastern basin while the dredgers work."
	a, err := Extract(ldShell(strings.ReplaceAll(brief, "\n", `\n`)), Options{Now: testNow})
	if err != nil {
		t.Fatalf("brief articleBody: %v", err)
	}
	if a.Text != brief {
		t.Errorf("text = %q, want %q", a.Text, brief)
	}
}
