package htmlextract

import "testing"

// withCompoundCases: rule "with-compound". A navigation word after "with"
// in one class name names the bar the element makes room for; before it,
// or in a class name of its own, it still names the element.
var withCompoundCases = []struct {
	class string
	want  boilerKind
}{
	{"anchor anchorWithStickyNavbar_Q3xa", bkNone},
	{"page--with-footer", bkNone},
	{"layoutWithTopbar", bkNone},
	{"navbar-with-search", bkNav},           // the bar itself, named first
	{"anchor-with-icon navbar", bkNav},      // another class name says navbar
	{"wrapperWithSidebar", bkOther},         // only navigation words are read past
	{"menuWithBadge", bkNav},                // "menu" comes before "with"
	{"stickyNavbar", bkNav},                 // no "with": as before
	{"withdrawal-form footer", bkNav},       // "withdrawal" is no "with"
	{"notice-withdrawal-navbar", bkNav},     // nor here
	{"panel-without-footer", bkNav},         // "without" is no "with" either
	{"header-with-nav-with-footer", bkNone}, // no navigation word before the first "with"
	{"article-card card-with-menu related", bkRelated},
}

func TestWithCompound(t *testing.T) {
	for _, tc := range withCompoundCases {
		if got, _ := classifyValue(tc.class); got != tc.want {
			t.Errorf("classifyValue(%q) = %d, want %d", tc.class, got, tc.want)
		}
	}
}

// TestWithCompoundHeadings: a documentation site classes each section
// heading "anchor anchorWithStickyNavbar_..."; the headings stay.
func TestWithCompoundHeadings(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Configuring retries | Kettlewire Docs</title></head><body>
<nav class="navbar navbar--fixed-top"><a class="navbar__brand" href="/">Kettlewire</a><a class="navbar__item" href="/docs/intro">Docs</a></nav>
<main class="docMainContainer"><div class="theme-doc-markdown markdown"><header><h1>Configuring retries</h1></header>
<p>Kettlewire retries a failed delivery on its own schedule. This page explains how the agent decides when to try again and how you can change that schedule for a single queue.</p>
<h2 class="anchor anchorWithStickyNavbar_Q3xa" id="backoff">Backoff<a href="#backoff" class="hash-link" aria-label="Direct link to Backoff">&#8203;</a></h2>
<p>Each attempt waits twice as long as the one before it, starting at half a second and stopping at five minutes. The wait is spread by a small random amount so that many agents do not wake together.</p>
<h2 class="anchor anchorWithStickyNavbar_Q3xa" id="limits">Delivery limits<a href="#limits" class="hash-link" aria-label="Direct link to Limits">&#8203;</a></h2>
<p>A message is tried at most twelve times. After the last attempt it moves to the dead-letter queue, where it stays for seven days unless you replay it.</p>
</div></main></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Backoff", "first section heading", true)
	checkKept(t, a, "Delivery limits", "second section heading", true)
	checkKept(t, a, "Docs", "top bar", false)
}
