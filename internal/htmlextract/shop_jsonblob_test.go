package htmlextract

import "testing"

func TestJSONBlob(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{`{"panelSide":"left","accentColour":"#224466","openOnLoad":false,"iconSize":"small","offsetX":12}`, true},
		{`[{"sku":"QV-2","stock":4,"warehouse":"Vell"},{"sku":"QV-3","stock":0,"warehouse":"Orvania"}]`, true},
		{`{"a": 1}`, false}, // too short for a widget's data
		{`{the braces of a sentence that is no JSON at all, written by an editor of the Harbour Gazette}`, false},
		{`Settings: {"panelSide":"left","accentColour":"#224466","openOnLoad":false,"iconSize":"small"}`, false},
		{``, false},
	}
	for _, c := range cases {
		if got := jsonBlob(c.in); got != c.want {
			t.Errorf("jsonBlob(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// widgetConfig is the settings a shop's reading-aid widget parks in an
// invisible div.
const widgetConfig = `{"panelSide":"left","accentColour":"#224466","openOnLoad":false,"iconSize":"small","offsetX":12,"offsetY":12}`

// TestJSONBlobsDropped: the widget's settings go; the description stays,
// and so does the same data set as a code sample.
func TestJSONBlobsDropped(t *testing.T) {
	page := `<html><head><title>Quessly Lantern | Marrowgate Lamps</title></head><body><main><h1>Quessly Lantern</h1>` +
		`<p>A storm lantern of brass and thick glass, made in the Vell workshop for the fishing boats of the Orvanian coast and hung now in many kitchens.</p>` +
		`<p>The wick winds up and down with a small key, and a full tank burns through a long winter night without a refill.</p></main>` +
		`<div id="reader-widget-config" style="opacity:0; font-size:1px">` + widgetConfig + `</div></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "storm lantern of brass", "description", true)
	checkKept(t, a, "panelSide", "widget settings", false)

	sample := `<html><head><title>Widget settings | Marrowgate Docs</title></head><body><main><h1>Widget settings</h1>` +
		`<p>The reading aid takes its settings from one object, which the page writes before the script loads; every key may be left out.</p>` +
		`<pre><code>` + widgetConfig + `</code></pre>` +
		`<p>A panel on the left suits pages whose menus sit on the right, and a small icon stays out of the way of the cart button.</p></main></body></html>`
	a = mustExtract(t, sample)
	checkKept(t, a, "panelSide", "code sample", true)

	// A page that gave the blob and nothing else keeps it: it is all the
	// page holds.
	lone := `<html><head><title>Stock feed | Marrowgate Lamps</title></head><body><main><p>` + widgetConfig + `</p></main></body></html>`
	a = mustExtract(t, lone)
	checkKept(t, a, "panelSide", "a lone blob", true)
}
