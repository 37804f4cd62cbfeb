package htmlextract

import (
	"fmt"
	"strings"
	"testing"
)

// mobileOnlyPage is an invented league page: a dateline written twice,
// once per screen, a short report, then a list of the top clubs that sets
// each club's short name for phones beside its full name for desktops.
const mobileOnlyPage = `<!doctype html><html lang="en"><head><title>Coastal League table</title></head><body>
<nav><a href="/">Home</a> <a href="/fixtures">Fixtures</a></nav>
<main><h1>Coastal League table after round twelve</h1>
<div class="d-none d-md-block"><span>Sport:</span> <span>Saturday 14 March 2031, 6:40 PM</span></div>
<div class="d-block d-md-none"><span>Sport:</span> <span>2031/03/14 06:40pm</span></div>
<p>Harbour Rovers stayed top of the Coastal League after a two-goal win at Saltmarsh, while Pier Town climbed to second with a late winner against the Lighthouse Wanderers.</p>
<p>The bottom three are now separated by a single point with six rounds to play, and the league confirmed that the play-off for the last place will be held in Averly.</p>
<h2>Top four</h2><ol>
<li><span class="show-mobile">HBR</span><span class="hide-mobile">Harbour Rovers</span>, 28 points from twelve games</li>
<li><span class="show-mobile">PTN</span><span class="hide-mobile">Pier Town</span>, 25 points from twelve games</li>
<li><span class="show-mobile">LHW</span><span class="hide-mobile">Lighthouse Wanderers</span>, 24 points from twelve games</li>
<li><span class="show-mobile">SLT</span><span class="hide-mobile">Saltmarsh Athletic</span>, 19 points from twelve games</li>
</ol></main>
<footer><p>Coastal League Media</p></footer></body></html>`

// TestMobileOnly: rule "mobile-only". The desktop reader sees each club's
// full name alone (not "HBRHarbour Rovers") and the dateline once.
func TestMobileOnly(t *testing.T) {
	a := mustExtract(t, mobileOnlyPage)
	for _, club := range []string{"Harbour Rovers", "Pier Town", "Lighthouse Wanderers", "Saltmarsh Athletic"} {
		checkKept(t, a, club, club, true)
	}
	for _, short := range []string{"HBR", "PTN", "LHW", "SLT"} {
		checkKept(t, a, short, "phone name "+short, false)
	}
	checkKept(t, a, "2031/03/14", "phone dateline", false)
	checkKept(t, a, "Harbour Rovers stayed top", "report", true)
}

func TestMobileOnlyNames(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"d-md-none", true},
		{"D-LG-NONE", true},
		{"show-mobile", true},
		{"mobile-only", true},
		{"visible-xs", true},
		{"hide-for-large", true},
		{"hide-mobile", false},    // desktop only: shown
		{"d-md-block", false},     // shown from md up
		{"d-none", false},         // every size: other rules' business
		{"d-xxl-none", false},     // shown on a common desktop
		{"mobile-menu", false},    // names a thing, not a screen
		{"hidden-xs", false},      // rule utility-hidden: shown on desktops
		{"visible-lg", false},     // desktop only
		{"show-for-large", false}, // desktop only
	}
	for _, c := range cases {
		if got := mobileOnly(c.name); got != c.want {
			t.Errorf("mobileOnly(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	if strings.Contains(strings.Join(mobileOnlyNames, " "), "hide-mobile") {
		t.Errorf("mobileOnlyNames holds a desktop-only name")
	}
}

// belowDesktopPage is an invented tide-table page whose publisher's line
// is set for desktops only (Tailwind's max-lg:hidden hides it below the
// lg width), over six paragraphs of notices.
func belowDesktopPage() string {
	var b strings.Builder
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Notice %d: high water at Averly Harbour this week falls between 05:10 and 07:40 in the mornings, with spring tides on Thursday and Friday, and the office asks skippers to keep clear of the dredging barge.</p>\n", i)
	}
	return `<!doctype html><html lang="en"><head><title>Tide tables – Averly Harbour</title></head><body>
<main><h1>Tide tables for Averly Harbour</h1>
<div class="flex max-lg:hidden"><p>Published by the Averly Harbour Office, updated every Monday at noon.</p></div>
` + b.String() + `</main></body></html>`
}

// TestBelowDesktop: rule "below-desktop". A line hidden only below the
// desktop width is what a desktop reader sees.
func TestBelowDesktop(t *testing.T) {
	a := mustExtract(t, belowDesktopPage())
	checkKept(t, a, "Published by the Averly Harbour Office", "desktop line", true)
	checkKept(t, a, "Notice 5", "notices", true)
}
