package htmlextract

import (
	"strings"
	"testing"
)

// noscriptFramePage is an invented service page whose body opens with a
// tag manager's pixel, an iframe closed the XML way in a noscript, before
// its banner and its sections.
const noscriptFramePage = `<html><head><title>Brell Harbour Storage</title></head><body>` +
	`<noscript><iframe src="https://pixels.example/frame?id=QX-1" height="0" width="0" style="display:none" /></noscript>` +
	`<div class="banner"><p>Spring offer: your first month for half the price</p></div><main>` +
	`<h1>Storage rooms by the harbour</h1>` +
	`<p>Brell Harbour Storage rents dry, lit rooms from one to forty square metres, open from six in the morning until ten at night, every day of the year.</p>` +
	`<h2>How it works</h2>` +
	`<p>Pick a room size on the plan, book it for a week or for a year, and collect a key card at the desk; a trolley and a lift wait by every door.</p>` +
	`<h2>Keeping your things safe</h2>` +
	`<p>Every corridor has cameras, the rooms are alarmed one by one, and a warden walks the floors twice a night with a log that any tenant may read.</p>` +
	`</main><footer><a href="/terms">Terms</a></footer></body></html>`

func TestNoscriptFrame(t *testing.T) {
	a, err := Extract(noscriptFramePage, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Pick a room size on the plan", "a warden walks the floors", "rents dry, lit rooms"} {
		checkKept(t, a, s, "a section after the pixel", true)
	}
	checkKept(t, a, "pixels.example", "the pixel's address", false)
}

// TestRestoreSwallowedKeepsClosedFrames: an iframe closed by its end tag
// swallows nothing, and the rule leaves the page as it is.
func TestRestoreSwallowedKeepsClosedFrames(t *testing.T) {
	page := strings.Replace(noscriptFramePage, `style="display:none" />`, `style="display:none"></iframe>`, 1)
	a, err := Extract(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkKept(t, a, "a warden walks the floors", "a section after a closed pixel", true)
	if n := strings.Count(a.Text, "Pick a room size"); n != 1 {
		t.Errorf("section kept %d times, want once:\n%s", n, a.Text)
	}
}
