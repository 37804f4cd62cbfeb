package htmlextract

import "testing"

// TestCodeBoxLabel: rule "code-box-label". A forum post quotes a code
// block under the board's "Code: Select all" header; the header goes, the
// code and the post's words stay.
func TestCodeBoxLabel(t *testing.T) {
	post := func(id, user, body string) string {
		return `<div id="p` + id + `" class="post"><div class="postbody"><p class="author">by <strong><a href="/u/` + user + `" class="username">` + user + `</a></strong> » Sat Mar 07, 2026 11:02 am</p><div class="content">` + body + `</div></div></div>`
	}
	page := `<!DOCTYPE html><html><head><title>Outboard stalls at idle - Small Craft Forum</title></head><body><div id="wrap">
<div class="navbar"><a href="/">Board index</a></div><div id="page-body"><h2 class="topic-title">Outboard stalls at idle after winter storage</h2>` +
		post("1", "gullwing", `My 15 hp two-stroke starts on the second pull but stalls as soon as I let it idle. Fuel is fresh and the plug is new. Where would you start?`) +
		post("2", "tinkerboats", `Almost certainly the idle jet: old fuel leaves varnish in the smallest passage first. Clean it like this:<div class="codebox"><p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p><pre><code>remove the bowl (4 screws)
unscrew the idle jet
spray carb cleaner through it</code></pre></div>Takes twenty minutes with a cup of tea.`) +
		`</div></div></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "Select all", "code box header", false)
	checkKept(t, a, "unscrew the idle jet", "code", true)
	checkKept(t, a, "cup of tea", "post", true)
}
