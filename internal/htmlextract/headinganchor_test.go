package htmlextract

import (
	"strings"
	"testing"
)

// TestHeadingAnchor: rule "heading-anchor". Documentation generators put a
// copy-link mark inside each heading ("Options¶", "Pruning basics #"); the
// mark goes, the heading and a link of the same shape in the prose stay.
func TestHeadingAnchor(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Tidewell 2.4 documentation</title></head><body>
<div class="body" role="main"><section id="queues"><h1>Queues<a class="headerlink" href="#queues" title="Link to this heading">¶</a></h1>
<p>A queue holds jobs until a worker takes them. Each queue has a name, a priority and a limit on the jobs it holds at once; the limit protects workers from bursts.</p>
<section id="options"><h2>Options<a class="headerlink" href="#options" title="Link to this heading">§</a></h2>
<p>Set the priority with <code>priority=</code> and the limit with <code>limit=</code>. See <a href="#queues">the overview</a> for defaults; a queue with no limit takes every job offered.</p>
<h3 id="retries">Retries <a class="header-anchor" href="#retries" aria-hidden="true">#</a></h3>
<p>A job that fails is retried three times, each after twice the wait of the last, before it is moved to the dead-letter queue for a person to look at.</p>
</section></section></div></body></html>`
	a := mustExtract(t, page)
	for _, b := range a.Body {
		if strings.ContainsAny(b.Text, "¶§") || strings.HasSuffix(b.Text, "#") {
			t.Errorf("block %q keeps its heading's anchor mark", b.Text)
		}
	}
	checkKept(t, a, "Options", "heading", true)
	checkKept(t, a, "the overview", "in-page link in prose", true)
}

// TestHeadingAnchorNot: rule "heading-anchor" takes a link whose whole
// text is the mark and that points into its own page: a hashtag link
// ("#" then the tag's word) and a section sign linking to a statute stay.
func TestHeadingAnchorNot(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Harbour fees rise</title></head><body><article><h1>Harbour fees rise</h1>
<p>The port board raised mooring fees for the second time this year, citing the cost of dredging the inner basin after the winter storms.</p>
<p>Under <a href="/law/harbours-act">§</a> 12 of the harbours act, the board may raise fees once a year without a public hearing, a lawyer for the boat owners said.</p>
<p>Owners shared their bills under <a href="#tag-mooring">#<b>mooringfees</b></a> and said they would appeal to the county before the summer season opens.</p>
</article></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Under § 12", "section sign linking to another page", true)
	checkKept(t, a, "#mooringfees", "hashtag link", true)
}
