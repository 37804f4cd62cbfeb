package htmlextract

import (
	"strings"
	"testing"
)

// storyPage is an invented news page in the layout many CMSs share: the
// headline, the boxes under test, then three paragraphs of text.
func storyPage(lang, head, boxes string) string {
	return `<html lang="` + lang + `"><head><meta charset="utf-8"><title>` + head + `</title></head><body><article><h1>` + head + `</h1>` +
		boxes +
		`<p>The first paragraph of the story runs long enough to be the text of the page, with a clause or two more.</p>` +
		`<p>The second paragraph goes on with the story, quoting a mayor and a councillor on the plan for the square.</p>` +
		`<p>The third paragraph closes it with the date the works start and what they will cost the town this year.</p>` +
		`</article></body></html>`
}

// TestLeadBylineI18n: rule "lead-byline-i18n". A byline in the credit
// forms the list lacked ("Szerző:", "Teksti:", "بقلم:", Danish "Af")
// leaves the text once it names the page's author.
func TestLeadBylineI18n(t *testing.T) {
	for _, tt := range []struct{ lang, byline, author string }{
		{"hu", "Szerző: Kovács Péter 2031. március 14. 08:20", "Kovács Péter"},
		{"ar", "بقلم: سارة أحمد الخميس 14 مارس 2031", "سارة أحمد"},
		{"da", "Af Mette Kjær Nielsen", "Mette Kjær Nielsen"},
		{"fi", "Teksti: Mikko Virtanen", "Mikko Virtanen"},
		{"zh", "本报记者 王小明", "王小明"},
		{"ja", "文・山田太郎", "山田太郎"},
	} {
		a, err := Extract(storyPage(tt.lang, "Town square to be rebuilt", `<div class="info">`+tt.byline+`</div>`), Options{Now: testNow})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Authors) != 1 || a.Authors[0] != tt.author {
			t.Errorf("%s: authors %q, want %q", tt.lang, a.Authors, tt.author)
		}
		if strings.Contains(a.Text, tt.author) {
			t.Errorf("%s: byline kept in the text: %q", tt.lang, a.Text)
		}
	}
}

// TestTitledRegionNordicEast: rule "titled-region-nordic-east". Boxes
// titled in Danish, Norwegian, Finnish, Czech, Hungarian leave the text
// with their links; a paragraph of the text stays.
func TestTitledRegionNordicEast(t *testing.T) {
	for _, title := range []string{"Læs også", "Les også", "Lue myös", "Čtěte také", "Kapcsolódó cikkek", "アクセスランキング", "Om forfatteren"} {
		box := `<div class="x1"><h3>` + title + `</h3><div><a href="/a">Ferry late again this spring</a>` +
			`<p>The island's ferry was late for the third time this spring, its owners said on Monday.</p></div></div>`
		a, err := Extract(storyPage("da", "Town square to be rebuilt", box), Options{Now: testNow})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Ferry late") || strings.Contains(a.Text, title) {
			t.Errorf("%q box kept in the text: %q", title, a.Text)
		}
		if !strings.Contains(a.Text, "third paragraph") {
			t.Errorf("%q: the text lost a paragraph: %q", title, a.Text)
		}
	}
}

// TestShareLine: rule "share-line". A share bar in a box whose class names
// nothing leaves the text; a sentence naming a network stays.
func TestShareLine(t *testing.T) {
	for _, bar := range []string{
		`Del artikkelen <a href="/s">Facebook</a> <a href="/s">E-post</a>`,
		`Jaa artikkeli <a href="/s">Facebook</a> <a href="/s">WhatsApp</a> <a href="/s">Kopioi linkki</a>`,
		`<span>Sdílet:</span> <a href="/s">Facebook</a> <a href="/s">X</a> <a href="/s">E-mail</a>`,
		`Megosztás <a href="/s">Facebook</a> <a href="/s">E-mail</a>`,
		`<span>シェア</span> <a href="/s">X</a> <a href="/s">LINE</a> <a href="/s">はてなブックマーク</a>`,
	} {
		a, err := Extract(storyPage("nb", "Town square to be rebuilt", `<div class="x2">`+bar+`</div>`), Options{Now: testNow})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Facebook") || strings.Contains(a.Text, "LINE") {
			t.Errorf("share bar kept: %q", a.Text)
		}
	}
	// A Japanese or Chinese label glued to the first network, lower-cased
	// as flush gives it: the label is parted from it (shareLabelsCJK).
	for _, l := range []string{"シェアx facebook line", "分享到微信 微博"} {
		if !shareLine(l, l) {
			t.Errorf("glued share label not read: %q", l)
		}
	}
	keep := `<p>Del saken med venner på Facebook og Twitter, ber politiet.</p>`
	a, err := Extract(storyPage("nb", "Town square to be rebuilt", keep), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "ber politiet") {
		t.Errorf("a sentence naming networks left the text: %q", a.Text)
	}
}

// TestAuthorRolesLine: rule "author-roles-line". A byline card of names
// over their job lines leaves the text; a sentence opening with the
// author's name stays.
func TestAuthorRolesLine(t *testing.T) {
	card := `<div class="x3"><a href="/f/ola">Ola Nordmann</a> <span>Journalist</span> <a href="/f/kari">Kari Hansen</a> <span>Fotograf</span></div>`
	a, err := Extract(storyPage("nb", "Town square to be rebuilt", `<p class="by">Av Ola Nordmann</p>`+card), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Fotograf") {
		t.Errorf("byline card kept in the text: %q", a.Text)
	}
	if !authorRolesLine("Ola Nordmann Journalist Kari Hansen Fotograf", []string{"Ola Nordmann"}) {
		t.Error("card not read as a byline")
	}
	if authorRolesLine("Ola Nordmann er journalist i avisen", []string{"Ola Nordmann"}) {
		t.Error("a sentence read as a byline card")
	}
}

// TestSourceByline: rule "source-byline". A Chinese paper's line of
// source, time and reporter leaves the text.
func TestSourceByline(t *testing.T) {
	line := `<div class="x4"><span>来源：江城日报</span> <span>2031-03-14 08:30</span> <span>记者 王小明</span></div>`
	a, err := Extract(storyPage("zh", "我市新建三座社区公园", line), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "王小明" {
		t.Errorf("authors %q", a.Authors)
	}
	if strings.Contains(a.Text, "来源") {
		t.Errorf("source line kept in the text: %q", a.Text)
	}
}
