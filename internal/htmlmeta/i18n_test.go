package htmlmeta

import (
	"slices"
	"testing"

	"golang.org/x/net/html"
)

// TestLocalByline pins rule authorLocalCredit and authorReporterSuffix: the
// byline forms of other languages, with the date that follows on the same
// line, and lines that only look like one.
func TestLocalByline(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string
	}{
		{"Автор: Иван Петров 14 ноября 2024, 10:32", "Иван Петров 14 ноября 2024, 10:32"},
		{"作者：王小明 2024-11-14 10:32 来源：城市日报", "王小明 2024-11-14 10:32 来源：城市日报"},
		{"文／記者陳志明 2024/11/14 10:32", "陳志明"},
		{"文∕記者陳志明", "陳志明"}, // Big5's slash as decoded
		{"記者：山田太郎", "山田太郎"},
		{"김민수 기자 입력 2024.11.14 10:32", "김민수"},
		{"بقلم أحمد الخطيب الخميس 14 نوفمبر 2024 - 10:32", "أحمد الخطيب"},
		{"מאת: דנה לוי 14.11.2024 10:32", "דנה לוי 14.11.2024 10:32"},
		{"लेखक: राहुल शर्मा 14 नवंबर 2024", "राहुल शर्मा 14 नवंबर 2024"},
		{"Yazar: Mehmet Yılmaz 14 Kasım 2024 Perşembe 10:32", "Mehmet Yılmaz 14 Kasım 2024"},
		{"Penulis: Budi Santoso Kamis, 14 November 2024 10:32 WIB", "Budi Santoso"},
		{"Oleh Budi Santoso", "Budi Santoso"},
		{"di Giulia Rossi 14 novembre 2024 ore 10:32", "Giulia Rossi 14 novembre 2024 ore 10:32"},
		{"Av Erik Lindqvist Publicerad 14 nov 2024 kl. 10.32", "Erik Lindqvist"},
		{"Του Γιώργου Παπαδόπουλου 14 Νοεμβρίου 2024", "Γιώργου Παπαδόπουλου 14 Νοεμβρίου 2024"},
		{"Текст: Иван Петров", "Иван Петров"},
		{"Oleh: Budi Santoso", "Budi Santoso"},
		{"โดย สมชาย ใจดี", "สมชาย ใจดี"},
		{"نویسنده: علی رضایی", "علی رضایی"},
		{"Haber: Mehmet Yılmaz 14.11.2024 - 10:32", "Mehmet Yılmaz 14.11.2024 - 10:32"},
		{"Γράφει ο Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"},
		// rule authorCJKReporter
		{"记者 王小明", "王小明"},
		{"記者陳志明／台北報導", "陳志明"},
		{"文／記者林美玲 台北報導", "林美玲"},
		// sentences that open with the same words
		{"記者会見で市長が説明した内容", ""},
		{"Текст закона опубликован", ""},
		{"di tutto un po'", ""},
		{"av och till regnar det", ""},
		{"Автор проекта рассказал о планах", ""},
		{"記者会見で市長が説明した", ""},
	} {
		if got := localByline(tt.line); got != tt.want {
			t.Errorf("localByline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestLocalBylinePage: the credit line under the headline yields the name
// alone, its date cut off.
func TestLocalBylinePage(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{"Автор: Иван Петров 14 ноября 2024, 10:32", []string{"Иван Петров"}},
		{"作者：王小明 2024-11-14 10:32", []string{"王小明"}},
		{"김민수 기자 입력 2024.11.14 10:32", []string{"김민수"}},
		{"بقلم أحمد الخطيب الخميس 14 نوفمبر 2024 - 10:32", []string{"أحمد الخطيب"}},
		{"Av Erik Lindqvist Publicerad 14 nov 2024 kl. 10.32", []string{"Erik Lindqvist"}},
	} {
		page := `<html><head><title>Headline</title></head><body><article><h1>Headline</h1><div class="info">` +
			tt.byline + `</div><p>Text of the story.</p></article></body></html>`
		if got := Extract(parse(t, page), "", testNow).Authors; !slices.Equal(got, tt.want) {
			t.Errorf("%q: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestNonEnglishNameEnd: the English stop and bio words that end a name's
// run ("an", "a") do not cut a name in other letters, where "An" is a
// given name; they still cut an English phrase.
func TestNonEnglishNameEnd(t *testing.T) {
	if got := splitAuthors("Nguyễn Văn An"); !slices.Equal(got, []string{"Nguyễn Văn An"}) {
		t.Errorf("splitAuthors(Nguyễn Văn An) = %q", got)
	}
	if got := cutJobTitle("Ann Lowry A marine biologist"); got != "Ann Lowry" {
		t.Errorf("cutJobTitle = %q, want Ann Lowry", got)
	}
}

// TestOutletFromTitle pins rule outletFromTitle and outletCJKUnderscore: a
// page with no address and no declared site name is named by its title's
// site segment.
func TestOutletFromTitle(t *testing.T) {
	for _, tt := range []struct {
		title, h1, url, want string
	}{
		{"Council approves tram line | The City Herald", "Council approves tram line", "", "The City Herald"},
		{"市议会批准新建有轨电车线路_城市日报网", "市议会批准新建有轨电车线路", "", "城市日报网"},
		{"市議会、新しい路面電車の建設を承認｜みなと新聞", "市議会、新しい路面電車の建設を承認", "", "みなと新聞"},
		{"rustc_codegen_gcc progress", "rustc_codegen_gcc progress", "", ""},
	} {
		page := `<html><head><title>` + tt.title + `</title></head><body><article><h1>` + tt.h1 +
			`</h1><p>Text of the story.</p></article></body></html>`
		if got := Extract(parse(t, page), tt.url, testNow).Outlet; got != tt.want {
			t.Errorf("%q: outlet %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestSplitAuthorsLocal: class-named bylines in local forms reach the name
// rules through splitAuthors, the date after the name (in Arabic-Indic
// digits too) cut off.
func TestSplitAuthorsLocal(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want []string
	}{
		{"김민수 기자 kim@example.com", []string{"김민수"}},
		{"كتب: أحمد الخطيب ١٤ نوفمبر ٢٠٢٤", []string{"أحمد الخطيب"}},
		{"מאת דנה לוי", []string{"דנה לוי"}},
		{"記者 山田太郎", []string{"山田太郎"}},
		{"Jane Doe", []string{"Jane Doe"}},
	} {
		if got := splitAuthors(tt.raw); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// TestHeadingShape pins headingWords and sentenceLike, which keep a
// headline behind "Site | " from passing for the site's name.
func TestHeadingShape(t *testing.T) {
	for _, tt := range []struct {
		h        string
		words    int
		sentence bool
	}{
		{"市議会、新しい路面電車の建設を承認", 8, false},
		{"시의회, 새 트램 노선 건설 승인", 6, false},
		{"The Times of India", 4, false},
		{"Stadtblog für alle", 3, false},
		{"Kommunfullmäktige godkänner ny spårvägslinje", 4, true},
		{"Council approves construction of new tram line", 7, true},
	} {
		if w, s := headingWords(tt.h), sentenceLike(tt.h); w != tt.words || s != tt.sentence {
			t.Errorf("%q: headingWords %d, sentenceLike %v; want %d, %v", tt.h, w, s, tt.words, tt.sentence)
		}
	}
}

// TestBidiMarks: the bidirectional marks Hebrew and Arabic pages set around
// headlines, names and dates leave the title and the authors.
func TestBidiMarks(t *testing.T) {
	page := `<html lang="he" dir="rtl"><head><title>מועצת העיר אישרה קו חדש | חדשות העיר</title></head><body><article>` +
		`<h1>&rlm;מועצת העיר אישרה קו חדש</h1><div class="meta">&rlm;מאת: &rlm;דנה לוי&rlm; | &lrm;14.11.2024&lrm;</div>` +
		`<p>מועצת העיר אישרה ביום שלישי את הקמתו של קו רכבת קלה חדש שיחבר את השכונות הצפוניות למרכז העיר.</p></article></body></html>`
	m := Extract(parse(t, page), "", testNow)
	if m.Title != "מועצת העיר אישרה קו חדש" {
		t.Errorf("title %q", m.Title)
	}
	if !slices.Equal(m.Authors, []string{"דנה לוי"}) {
		t.Errorf("authors %q", m.Authors)
	}
}

// TestWireCredit pins rule authorWireDateline.
func TestWireCredit(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"[서울=한빛뉴스] 김민수 기자 = 시의회는 화요일", "김민수"},
		{"新华社北京11月14日电（记者王小明、李华）市议会周二", "王小明, 李华"},
		{"本报讯（记者 王小明）市议会周二以多数票批准", "王小明"},
		{"【ワシントン=山田太郎】米議会は", "山田太郎"},
		{"[속보] 시의회, 트램 노선 승인", ""},
		{"市议会（记者会）表示", ""},
		{"据报道（记者获悉，市议会周二以多数票批准了该计划）", ""},
	} {
		if got := wireCredit(tt.line); got != tt.want {
			t.Errorf("wireCredit(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
	page := `<html><head><title>시의회, 새 트램 노선 건설 승인</title></head><body><article><h1>시의회, 새 트램 노선 건설 승인</h1>` +
		`<p>[서울=한빛뉴스] 김민수 기자 = 시의회는 화요일 북부 지역과 도심을 잇는 새 트램 노선 건설 계획을 찬성 다수로 승인했다. 의원 사십 명 가운데 서른두 명이 찬성표를 던졌다.</p>` +
		`</article></body></html>`
	if got := Extract(parse(t, page), "", testNow).Authors; !slices.Equal(got, []string{"김민수"}) {
		t.Errorf("Korean wire page: authors %q", got)
	}
}

// TestFullWidthPipe: with no <h1>, the <title>'s full-width bar parts the
// headline from the site as " | " does (firstPipeSegment).
func TestFullWidthPipe(t *testing.T) {
	page := `<html><head><title>市議会、新しい路面電車の建設を承認｜みなと新聞</title></head><body><div>` +
		`<p>市議会は火曜日、北部地区と市の中心部を結ぶ新しい路面電車の建設計画を賛成多数で承認した。</p></div></body></html>`
	m := Extract(parse(t, page), "", testNow)
	if m.Title != "市議会、新しい路面電車の建設を承認" || m.Outlet != "みなと新聞" {
		t.Errorf("title %q, outlet %q", m.Title, m.Outlet)
	}
	if got := firstPipeSegment("About | Example"); got != "About | Example" {
		t.Errorf("firstPipeSegment kept a one-word page name: %q", got)
	}
}

// TestSignOff pins rule authorSignOff.
func TestSignOff(t *testing.T) {
	for _, tt := range []struct{ p, want string }{
		{`<p style="text-align:right;"><strong>Nguyễn Văn An</strong></p>`, "Nguyễn Văn An"},
		{`<p align="right"><b>Trần Thị Mai</b></p>`, "Trần Thị Mai"},
		{`<p><strong>Nguyễn Văn An</strong></p>`, ""},                               // not set apart
		{`<p style="text-align: right"><strong>Xem thêm</strong> tin</p>`, ""},      // more than the bold
		{`<p style="text-align:right"><strong>Hà Nội, 14/11/2024</strong></p>`, ""}, // a place and a date
		{`<p style="text-align:right"><strong>theo báo Tuổi Trẻ</strong></p>`, ""},  // a source, in small letters
	} {
		doc := parse(t, "<html><body>"+tt.p+"</body></html>")
		var p *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "p" {
				p = n
				break
			}
		}
		if got := signOff(p); got != tt.want {
			t.Errorf("signOff(%s) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestAuthorTitleModifier pins rule authorTitleModifier: the desk or
// standing before a job title goes with the title, and a name keeps its
// two words.
func TestAuthorTitleModifier(t *testing.T) {
	for in, want := range map[string]string{
		"Ada Lund Guest columnist":      "Ada Lund",
		"Ada Lund Business Reporter":    "Ada Lund",
		"Ada Lund Contributing Editor":  "Ada Lund",
		"Ada Maria Lund Senior Writer":  "Ada Maria Lund",
		"Ada Guest Reporter":            "Ada Guest",
		"Ada Lund Business Development": "Ada Lund Business Development",
		// Rule authorBeatModifier.
		"Ada Quell Transport Correspondent": "Ada Quell",
		"Ada Quell Energy Editor":           "Ada Quell",
		"Ada Mary Quell Defence Reporter":   "Ada Mary Quell",
	} {
		if got := cutJobTitle(in); got != want {
			t.Errorf("cutJobTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
