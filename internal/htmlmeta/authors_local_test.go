package htmlmeta

import (
	"slices"
	"testing"
)

// TestLocalOtherCredit pins rule authorLocalOtherCredit: a local byline
// that goes on with the photographer's credit keeps the writer alone.
func TestLocalOtherCredit(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"Teksti: Mikko Virtanen Kuvat: Laura Korhonen", "Mikko Virtanen"},
		{"Автор: Ирина Смирнова Фото: Сергей Волков", "Ирина Смирнова"},
		{"Yazar: Mehmet Yılmaz Fotoğraf: Ali Kaya", "Mehmet Yılmaz"},
		{"Av Anna Svensson Foto: Per Lindgren", "Anna Svensson"},
		// no colon: a name's word
		{"Av Anna Foto", "Anna Foto"},
	} {
		if got := localByline(tt.line); got != tt.want {
			t.Errorf("localByline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestBylinePartsAfterH1 pins rule bylinePartsAfterH1: a local byline and
// its date in sibling spans with no space between give the name alone.
func TestBylinePartsAfterH1(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<span>Автор: Ирина Смирнова</span><span>14 марта 2031, 09:30</span>`, []string{"Ирина Смирнова"}},
		{`<span>Yazar: Mehmet Yılmaz</span><span>Yayınlanma: 14.03.2031 10:45</span>`, []string{"Mehmet Yılmaz"}},
	} {
		if got := headlineAuthors(t, "", `<div class="info">`+tt.byline+`</div>`, "Text of the story."); !slices.Equal(got, tt.want) {
			t.Errorf("%q: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestArchiveLink pins rule authorArchiveLink: a byline that is only a link
// to the writer's archive page names the writer; links whose text is not
// the name the address spells do not.
func TestArchiveLink(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{`<p>Mar 3, 2031 <span>•</span> <a href="/blog/author/jane-roe/">Jane Roe</a> in <a href="/blog/tips">Tips</a></p>`, []string{"Jane Roe"}},
		{`<div><a href="https://example.org/authors/zoe-muller">Zoë Müller</a></div>`, []string{"Zoë Müller"}},
		{`<div><a href="/authors/">Our authors</a></div>`, nil},
		{`<div><a href="/author/jane-roe/">More stories</a></div>`, nil},
		{`<div><a href="/author/1234/">Jane Roe</a></div>`, nil},
	} {
		if got := headlineAuthors(t, "", tt.line, "Text of the story."); !slices.Equal(got, tt.want) {
			t.Errorf("%q: authors %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestDatedListingNested pins rule datedListingNested: a date-and-name
// byline in a <span> that is its <div>'s only child is read twice, and is
// still one byline, not a list of dated items.
func TestDatedListingNested(t *testing.T) {
	page := `<html><head><title>Die Zukunft der Stadt</title></head><body><div class="main"><h1>Die Zukunft der Stadt</h1>` +
		`<div class="views-field"><div class="field-content">Essay</div></div>` +
		`<div class="views-field"><span class="field-content">25.10.2023 - Karl Mustermann</span></div>` +
		`<div><p>Die Stadt der Zukunft wird grüner, sagen Planer seit Jahren.</p></div></div></body></html>`
	if got := Extract(parse(t, page), "", testNow).Authors; !slices.Equal(got, []string{"Karl Mustermann"}) {
		t.Errorf("authors %q", got)
	}
	// Two items' date lines are still a listing.
	if !datedListing([]string{"25.10.2023 - Karl Mustermann", "26.10.2023 - Erika Muster"}) {
		t.Error("two dated items not read as a listing")
	}
}

// TestNameInSection pins rule nameInSection: a blog byline of date, writer
// and the section the post is in names the writer alone.
func TestNameInSection(t *testing.T) {
	if got := nameDateLine("Mar 3, 2023 • Jane Roe in Project Tips"); got != "Jane Roe" {
		t.Errorf("nameDateLine = %q, want Jane Roe", got)
	}
	if got := nameDateLine("Mar 3, 2023 • Posted in news"); got != "" {
		t.Errorf("nameDateLine = %q, want none", got)
	}
	line := `<p>Mar 3, 2023 <span>•</span> <img src="a.png"> Jane Roe in <a href="/c/tips">Project Tips</a></p>`
	if got := headlineAuthors(t, "", line, "Text of the story."); !slices.Equal(got, []string{"Jane Roe"}) {
		t.Errorf("authors %q", got)
	}
}

// TestLocalCreditMore pins rule authorOwnReporter and the credit words
// added to rule authorLocalCredit: Turkish "Yazan:", Norwegian and Danish
// "Tekst:", Japanese "文・".
func TestLocalCreditMore(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"本报记者 王小明 李华", "王小明, 李华"},
		{"本报记者　王小明", "王小明"},
		{"本报记者 王小明 报道", "王小明"},
		{"本报驻京记者 王小明", "王小明"},
		{"本报讯", ""},
		{"Yazan: Ayşe Demir", "Ayşe Demir"},
		{"Tekst: Ola Nordmann", "Ola Nordmann"},
		{"文・山田太郎", "山田太郎"},
		{"写真・文＝山田太郎", "山田太郎"},
		{"Tekstin mukaan hallitus päätti", ""},
	} {
		if got := localByline(tt.line); got != tt.want {
			t.Errorf("localByline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
