package htmlextract

import (
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// relatedPage sets box between paragraphs of a short story: too little
// prose for rule "link-list", so that only the box rules can take it.
func relatedPage(box string) string {
	return `<html><body><main><article><h1>Baths to reopen</h1>` + points(2) + box +
		`<p>Swimmers' clubs said they would book the lanes for their winter training as soon as the doors open.</p>` +
		`</article></main></body></html>`
}

// removedBy reports whether a rule named rule removed a record holding
// probe.
func removedBy(a *model.Article, rule, probe string) bool {
	return slices.ContainsFunc(a.Removed, func(r model.Removed) bool {
		return r.Rule == rule && strings.Contains(r.Text, probe)
	})
}

// TestRelatedTitles: rule "titled-region" knows the box titles of
// related-titles-more ("More on this story", "Lesen Sie auch", "À lire
// aussi", "Te puede interesar"), teasers and all; a box titled as a
// writer titles a section of the text ("Mehr zum Thema", "Further
// reading") keeps its paragraph.
func TestRelatedTitles(t *testing.T) {
	const teaser = `<div class="card"><a href="/pool"><img src="/p.jpg">Pool fees to rise in spring</a><p>The council set new prices for the season tickets on Monday.</p></div>`
	for _, tt := range []struct {
		title string
		gone  bool
	}{
		{"More on this story", true},
		{"Lesen Sie auch", true},
		{"À lire aussi", true},
		{"Te puede interesar", true},
		{"Potrebbe interessarti", true},
		{"Mehr zum Thema", false},
		{"Further reading", false},
	} {
		a := mustExtract(t, relatedPage(`<div class="mt-8"><h3>`+tt.title+`</h3>`+teaser+`</div>`))
		if got := removedBy(a, "titled-region", "Pool fees to rise"); got != tt.gone {
			t.Errorf("%s: box dropped by titled-region %v, want %v\n%s", tt.title, got, tt.gone, a.Text)
		}
		checkKept(t, a, "Point 1:", "article", true)
	}
}

// TestRelatedBox: rule "related-box" drops a box that opens with a
// related-stories header the phrase rules know and holds only items of
// one link each, links included, on a page too short for rule
// "link-list"; a paragraph in the box, items with text of their own,
// another heading, the writer's "Further reading" or "See also", and
// links that leave the site keep it.
func TestRelatedBox(t *testing.T) {
	const list = `<ul><li><a href="/x">Harbour strike: what commuters need to know now</a></li><li><a href="/y">Rail fares to rise in spring</a></li></ul>`
	const offsite = `<ul><li><a href="https://stats.example.org/report">Harbour strike: what commuters need to know now</a></li><li><a href="https://archive.example.net/y">Rail fares to rise in spring</a></li></ul>`
	const onsite = `<ul><li><a href="https://www.baths.example.com/x">Harbour strike: what commuters need to know now</a></li><li><a href="https://baths.example.com/y">Rail fares to rise in spring</a></li></ul>`
	for _, tt := range []struct {
		name, box string
		url       string
		gone      bool
	}{
		{"list", `<div><h3>More on this topic</h3>` + list + `</div>`, "", true},
		{"one link", `<div class="teaser"><h3>Mehr zum Thema</h3><a href="/x">Harbour strike: what commuters need to know now</a></div>`, "", true},
		{"bold title", `<section><strong>Sur le même sujet</strong>` + list + `</section>`, "", true},
		{"links of the site", `<div><h3>More on this topic</h3>` + onsite + `</div>`, "https://baths.example.com/news/1", true},
		{"paragraph first", `<div><h3>Mehr zum Thema</h3><p>The full report of the harbour board, with its tables of shifts and pay, is online:</p>` + list + `</div>`, "", false},
		{"items with text", `<div><h3>More on this topic</h3><ul><li><a href="/x">Harbour strike</a>, a study of the dock unions by Jo Tran and Sam Okafor, 2019</li><li><a href="/y">Rail fares</a>, the regional transport board's annual tables</li></ul></div>`, "", false},
		{"other heading", `<div><h3>What happens next</h3>` + list + `</div>`, "", false},
		{"further reading", `<div><h3>Further reading</h3>` + list + `</div>`, "", false},
		{"see also", `<section><h2>See also</h2>` + list + `</section>`, "", false},
		{"links leave the site", `<div><h3>More on this topic</h3>` + offsite + `</div>`, "https://baths.example.com/news/1", false},
	} {
		a, err := Extract(relatedPage(tt.box), Options{Now: testNow, URL: tt.url})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(a.Text, "Harbour strike"); got == tt.gone {
			t.Errorf("%s: links kept %v, want %v\n%s\nremoved: %+v", tt.name, got, !tt.gone, a.Text, a.Removed)
		}
		if got := removedBy(a, "related-box", "Harbour strike"); got != tt.gone {
			t.Errorf("%s: dropped by related-box %v, want %v", tt.name, got, tt.gone)
		}
		checkKept(t, a, "Point 1:", "article", true)
	}
}

// TestRelatedList: rule "related-list" drops a list of one link per item
// set right after a related-stories heading in the text's flow, with no
// box around the two; a paragraph between them, another heading, the
// writer's "Further reading" and items with text of their own keep it.
func TestRelatedList(t *testing.T) {
	const list = `<ul><li><a href="/x">Harbour strike: what commuters need to know now</a></li><li><a href="/y">Rail fares to rise in spring</a></li></ul>`
	for _, tt := range []struct {
		name, flow string
		gone       bool
	}{
		{"after the heading", `<h3>More on this story</h3>` + list, true},
		{"heading in a wrapper", `<div class="hd"><h3>Lesen Sie auch</h3></div> ` + list, true},
		// headers of related-header-more (boilerplate)
		{"les plus lus", `<h3>Les plus lus</h3>` + list, true},
		{"você também pode gostar", `<h3>Você também pode gostar</h3>` + list, true},
		{"paragraph between", `<h3>More on this story</h3><p>Two earlier reports from the harbour are still worth a read.</p>` + list, false},
		{"other heading", `<h3>What happens next</h3>` + list, false},
		{"further reading", `<h3>Further reading</h3>` + list, false},
		{"items with text", `<h3>More on this story</h3><ul><li><a href="/x">Harbour strike</a>, a study of the dock unions by Jo Tran and Sam Okafor, 2019</li><li><a href="/y">Rail fares</a>, the regional transport board's annual tables</li></ul>`, false},
	} {
		a := mustExtract(t, relatedPage(tt.flow))
		if got := strings.Contains(a.Text, "Harbour strike"); got == tt.gone {
			t.Errorf("%s: links kept %v, want %v\n%s", tt.name, got, !tt.gone, a.Text)
		}
		if got := removedBy(a, "related-list", "Harbour strike"); got != tt.gone {
			t.Errorf("%s: dropped by related-list %v, want %v", tt.name, got, tt.gone)
		}
		checkKept(t, a, "Point 1:", "article", true)
	}
}

// TestPaywallStrip: the strip over a paywall's offer goes in German,
// French, Spanish and Portuguese as in English (phrase rule cta-read-on,
// its cta-read-on-paywall group), whatever its class; a story sentence
// that opens with the same words and runs on stays.
func TestPaywallStrip(t *testing.T) {
	for _, tt := range []struct {
		strip string
		gone  bool
	}{
		{"Continue reading with Harbour Herald Plus. Try 30 days free.", true},
		{"Jetzt weiterlesen mit Tagesblatt Plus. Testen Sie 30 Tage kostenlos.", true},
		{"Poursuivez votre lecture avec Le Quai Premium, 1 € le premier mois.", true},
		{"Sigue leyendo con El Muelle Plus: prueba 30 días gratis.", true},
		{"Continuar lendo com O Cais Digital por 1 real no primeiro mês.", true},
		{"Jetzt weiterlesen zu können, sagte die Bibliothekarin, sei für viele Stammleser nach der langen Schließung im Sommer eine Erleichterung.", false},
	} {
		a := mustExtract(t, relatedPage(`<p class="paywall">`+tt.strip+`</p>`))
		if got := removedBy(a, "cta-read-on", tt.strip); got != tt.gone {
			t.Errorf("%q: removed by cta-read-on %v, want %v\n%s", tt.strip, got, tt.gone, a.Text)
		}
		checkKept(t, a, "Point 1:", "article", true)
	}
}
