package htmlmeta

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// localBylineRef and wireCreditRef are localByline and wireCredit without
// rule creditLinePrefilter: every pattern asked in turn.
func localBylineRef(t string) string {
	t = clean(dropBidi(t))
	if m := localReporterSuffix.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	if m := cjkReporter.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	m := localCredit.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(localWeekdayCut.ReplaceAllString(m[1], ""))
}

func wireCreditRef(t string) string {
	for _, re := range []*regexp.Regexp{koreanWire, japaneseWire} {
		if m := re.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	if m := chineseWire.FindStringSubmatch(t); m != nil {
		names := strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == '、' || r == '，' || r == ',' })
		for _, n := range names {
			if c := utf8.RuneCountInString(n); c < 2 || c > 4 {
				return ""
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// creditPrefilterLines are credit lines of every form creditLines and
// splitAuthors read (invented names), and lines that are none.
var creditPrefilterLines = []string{
	"By Jane Doe", "by jane", "BY JANE DOE", "Written by Jane Doe", "Reporting by Jane Doe; Editing by Max Roe", "Author: Jane Doe", "Autor: Hans Meier", "Auteur : Marie Dubois",
	"Von Hans Meier am 7. August 2013", "Par Marie Dubois", "Por Ana García", "Door Piet Jansen", "Text: Eva Berg", "Texte",
	"Ein Artikel von Hans Meier", "Eine Reportage von Hans Meier", "Une enquête de Marie Dubois", "ByJane Doe", "by ibby",
	"19.04.2024 09:45 von Greta Berg", "3 May 2021 by Jane Doe", "Posted on 3 May 2021", "The harbour reopened", "Share this",
	"Автор: Иван Петров", "作者：王小明", "記者：山田太郎", "Yazar: Mehmet Yılmaz", "Penulis: Budi Santoso", "Oleh Budi Santoso Kamis, 14 November",
	"di Giulia Rossi", "Av Erik Lindqvist Publicerad 14 nov", "Szerző: Kovács Anna", "Kirjoittaja: Matti Virtanen", "Teksti: Liisa Koski",
	"Tác giả: Nguyễn Văn An", "Phóng viên: Trần Bình", "Reporter: Jane Doe", "Haber: Ali Veli", "Muhabir: Ali Veli", "Wartawan: Budi",
	"김민수 기자", "山田太郎記者", "记者 王小明", "文／記者陳志明", "بقلم أحمد الخطيب", "מאת: דנה לוי", "Γράφει ο Γιώργος Παπαδόπουλος",
	"Του Γιώργου Παπαδόπουλου", "โดย สมชาย", "[서울=연합뉴스] 김민수 기자 = 시의회는", "新华社北京11月14日电（记者王小明、李华）", "本报讯（记者 王小明）", "中央社台北11月14日電（記者陳志明）",
	"【ワシントン=山田太郎】", "\u200fبقلم أحمد", "  By Jane Doe  ", "\u212aIRJOITTAJA: Matti", "\u017fzerző: Anna", "", " ", "7", "B", "[", "【",
}

// TestCreditLinePrefilters pins rule creditLinePrefilter: a line whose
// first byte the prefilter turns away matches none of the patterns, and
// localByline and wireCredit answer as when every pattern is asked.
func TestCreditLinePrefilters(t *testing.T) {
	lines := append([]string(nil), creditPrefilterLines...)
	// Every first byte and a few first runes before each line's rest.
	for _, l := range creditPrefilterLines {
		_, size := utf8.DecodeRuneInString(l)
		rest := l[size:]
		for b := 0; b < 256; b++ {
			lines = append(lines, string([]byte{byte(b)})+rest)
		}
		for _, r := range []string{"\u212a", "\u017f", "É", "記", "기", "【", "文", "\u200f"} {
			lines = append(lines, r+rest)
		}
	}
	for _, l := range lines {
		checkCreditPrefilters(t, l)
	}
}

func checkCreditPrefilters(t *testing.T, l string) {
	t.Helper()
	if !opensWith(l, creditLabelFirst) && creditLabel.MatchString(l) {
		t.Errorf("creditLabel matches %q, turned away", l)
	}
	if !opensWith(l, creditStartFirst) && creditStart.MatchString(l) {
		t.Errorf("creditStart matches %q, turned away", l)
	}
	if !(l != "" && '0' <= l[0] && l[0] <= '9') && dateThenCredit.MatchString(l) {
		t.Errorf("dateThenCredit matches %q, turned away", l)
	}
	if got, want := localByline(l), localBylineRef(l); got != want {
		t.Errorf("localByline(%q) = %q, want %q", l, got, want)
	}
	if got, want := wireCredit(l), wireCreditRef(l); got != want {
		t.Errorf("wireCredit(%q) = %q, want %q", l, got, want)
	}
}

func FuzzCreditLinePrefilters(f *testing.F) {
	for _, l := range creditPrefilterLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		checkCreditPrefilters(t, l)
	})
}

// shortTextRef is shortText as first written: textOf, then clean.
func shortTextRef(n *html.Node) (string, bool) {
	raw := textOf(n, maxCandidateText*2)
	if len(raw) > maxCandidateText*2 {
		return "", false
	}
	t := clean(raw)
	return t, t != "" && len(t) <= maxCandidateText
}

// TestShortTextSole pins shortText's fast path for an element holding one
// text node (soleText) to textOf and clean, for every tag textOf treats
// apart and texts around the length bounds, with spaces to fold.
func TestShortTextSole(t *testing.T) {
	tags := []string{"span", "a", "p", "div", "li", "td", "tr", "h2", "h3", "h4", "h1", "h5", "br", "strong", "time", "small",
		"em", "address", "dd", "script", "style", "title", "noscript", "button", "select", "template", "svg", "option"}
	texts := []string{"", " ", "\n\t ", "Jane Doe", "  By  Jane\n Doe ", "\u00a0Jane\u00a0Doe\u00a0", "\u3000May 3, 2021\u3000", "x"}
	for _, l := range []int{198, 199, 200, 201, 202, 397, 398, 399, 400, 401, 402} {
		word := strings.Repeat("word ", l/5+1)[:l]
		texts = append(texts, word, " "+word[:l-1], word[:l-1]+"\n", strings.ReplaceAll(word, " ", "  ")[:l])
	}
	for _, tag := range tags {
		for _, tx := range texts {
			n := &html.Node{Type: html.ElementNode, Data: tag}
			n.AppendChild(&html.Node{Type: html.TextNode, Data: tx})
			gt, gok := shortText(n)
			wt, wok := shortTextRef(n)
			if gt != wt || gok != wok {
				t.Errorf("shortText(<%s>%q) = %q, %v; want %q, %v", tag, tx, gt, gok, wt, wok)
			}
			// Two text nodes: the whole walk.
			n.AppendChild(&html.Node{Type: html.TextNode, Data: tx})
			gt, gok = shortText(n)
			wt, wok = shortTextRef(n)
			if gt != wt || gok != wok {
				t.Errorf("shortText(<%s>%q%q) = %q, %v; want %q, %v", tag, tx, tx, gt, gok, wt, wok)
			}
		}
	}
}

// TestTextOfScript pins textOf's fast path for a script, title or style
// of one text node to the concatenation of its text children.
func TestTextOfScript(t *testing.T) {
	for _, tag := range []string{"script", "title", "style"} {
		for _, kids := range [][]string{nil, {""}, {`{"@type":"NewsArticle"}`}, {"a", "b"}, {" x ", "", "y"}} {
			n := &html.Node{Type: html.ElementNode, Data: tag}
			want := ""
			for _, k := range kids {
				n.AppendChild(&html.Node{Type: html.TextNode, Data: k})
				want += k
			}
			if got := textOf(n, 10); got != want {
				t.Errorf("textOf(<%s>%q) = %q, want %q", tag, kids, got, want)
			}
		}
		// A comment child is no text.
		n := &html.Node{Type: html.ElementNode, Data: tag}
		n.AppendChild(&html.Node{Type: html.CommentNode, Data: "c"})
		if got := textOf(n, 10); got != "" {
			t.Errorf("textOf(<%s><!--c-->) = %q", tag, got)
		}
	}
}

// TestElementAttrs pins elementAttrs to classIDAttrs and attr on elements
// with random attributes, repeated, empty and namespaced.
func TestElementAttrs(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 5))
	keys := []string{"class", "id", "itemprop", "property", "rel", "href", "Class", "REL"}
	vals := []string{"", "author", "Author Byline", "og:title", "schema:datePublished", "canonical", "x"}
	for i := 0; i < 20000; i++ {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for range rnd.IntN(7) {
			a := html.Attribute{Key: keys[rnd.IntN(len(keys))], Val: vals[rnd.IntN(len(vals))]}
			if rnd.IntN(6) == 0 {
				a.Namespace = "xlink"
			}
			n.Attr = append(n.Attr, a)
		}
		cl, id := classIDAttrs(n)
		want := elemAttrs{class: cl, id: id, itemprop: attr(n, "itemprop"), property: attr(n, "property"), rel: attr(n, "rel")}
		if got := elementAttrs(n); got != want {
			t.Fatalf("elementAttrs(%v) = %+v, want %+v", n.Attr, got, want)
		}
	}
}

// TestHasBylineSeparator pins hasBylineSeparator to strings.ContainsAny
// on texts holding each separator, runes sharing their lead bytes, and
// invalid bytes.
func TestHasBylineSeparator(t *testing.T) {
	// Every ASCII separator and one byte on either side of each encoded
	// one, and runes of the same lead bytes that are no separator.
	var parts []string
	for _, r := range bylineSeparatorChars {
		parts = append(parts, string(r))
		b := []byte(string(r))
		for i := range b {
			for _, d := range []int{-1, 1} {
				c := append([]byte(nil), b...)
				c[i] = byte(int(c[i]) + d)
				parts = append(parts, string(c))
			}
		}
	}
	parts = append(parts, "\u201cquoted\u201d", "\u00a0", "\u2026", "\xc2", "\xe2\x80", "\xe2", "\xff", "Jane Doe", "", " ", "3 May 2021")
	for _, a := range parts {
		for _, b := range parts {
			s := "Jane" + a + " Doe " + b
			if got, want := hasBylineSeparator(s), strings.ContainsAny(s, bylineSeparatorChars); got != want {
				t.Errorf("hasBylineSeparator(%q) = %v, want %v", s, got, want)
			}
			if got, want := hasBylineSeparator(a+b), strings.ContainsAny(a+b, bylineSeparatorChars); got != want {
				t.Errorf("hasBylineSeparator(%q) = %v, want %v", a+b, got, want)
			}
		}
	}
}

func FuzzHasBylineSeparator(f *testing.F) {
	for _, s := range []string{"Jane Doe | May 3", "Jane Doe • May 3", "a\u00b7b", "\u201cx\u201d", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasBylineSeparator(s), strings.ContainsAny(s, bylineSeparatorChars); got != want {
			t.Errorf("hasBylineSeparator(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestLabelledCreditPrefilter: no date line turned away by
// mayHoldLabelledCredit matches labelledCredit.
func TestLabelledCreditPrefilter(t *testing.T) {
	lines := []string{"3 May 2021 Written by Jane Doe", "3. Mai 2021 Geschrieben von Hans", "4.2.2022 Verfasst von Eva", "2021 Autorin: Eva",
		"May 3, 2021 Author : Jane", "2021 Redaktion: Team", "3 mai 2021 Auteur: Marie", "2021 Text: Eva", "2021 WRITTEN BY JANE", "2021 geschrieben VON x",
		"2021 verfaſſt von Eva", "2021 wrİtten by", "May 3, 2021", "10:30 am", "3 May 2021 by Jane", "2021 writtenby Jane", "2021 Text\uff1a Eva", ""}
	for _, l := range lines {
		if !mayHoldLabelledCredit(l) && labelledCredit.MatchString(l) {
			t.Errorf("labelledCredit matches %q, turned away", l)
		}
	}
}

func FuzzLabelledCreditPrefilter(f *testing.F) {
	f.Add("3 May 2021 Written by Jane Doe")
	f.Add("4.2.2022 verfaſst von Eva")
	f.Fuzz(func(t *testing.T, l string) {
		if !mayHoldLabelledCredit(l) && labelledCredit.MatchString(l) {
			t.Errorf("labelledCredit matches %q, turned away", l)
		}
	})
}

// centuryPatterns are the patterns of findTextDate that rule
// dateCenturyYear keeps off texts without a 19xx or 20xx.
var centuryPatterns = []*regexp.Regexp{isoInText, dayMonthYear, monthDayYear, dayMonJoined, yearMonthDay, numericInText, vietDate, cjkDate}

// TestCenturyYearPrefilter: none of centuryPatterns matches a text
// hasCenturyYear turns away, and each matches its own date form.
func TestCenturyYearPrefilter(t *testing.T) {
	texts := []string{"2021-03-04", "3 March 2021", "March 3, 2021", "04-Aug-2021", "2021 March 3", "03.04.2021", "14 tháng 11 năm 2024",
		"2022年5月3日", "1999/12/31", "3 May 1899", "3 May 2199", "Call 1900 123", "Price 2050", "28.01.22", "12 items 3021", "3 March 21",
		"192", "20", "2021", "x19x20", "3. März 2023", "14 พฤศจิกายน 2567", "令和6年11月14日", ""}
	for _, s := range texts {
		checkCenturyPrefilter(t, s)
	}
	for i, re := range centuryPatterns {
		if !re.MatchString(texts[i]) || !hasCenturyYear(texts[i]) {
			t.Errorf("%v does not match %q", re, texts[i])
		}
	}
}

func checkCenturyPrefilter(t *testing.T, s string) {
	t.Helper()
	if hasCenturyYear(s) {
		return
	}
	for _, re := range centuryPatterns {
		if re.MatchString(s) {
			t.Errorf("%v matches %q, turned away", re, s)
		}
	}
}

func FuzzCenturyYearPrefilter(f *testing.F) {
	f.Add("3 March 2021")
	f.Add("Price 2050")
	f.Fuzz(func(t *testing.T, s string) {
		checkCenturyPrefilter(t, s)
	})
}

// checkSplitAuthorsPrefilters: no line rule splitAuthorsPrefilter turns
// away matches the pattern it spares.
func checkSplitAuthorsPrefilters(t *testing.T, s string) {
	t.Helper()
	if !mayHoldURL(s) && urlLike.MatchString(s) {
		t.Errorf("urlLike matches %q, turned away", s)
	}
	if !gluedButtonWords.in(s) && gluedButton.MatchString(s) {
		t.Errorf("gluedButton matches %q, turned away", s)
	}
	if !strings.ContainsAny(s, "0123456789") && monthThenDigit.MatchString(s) {
		t.Errorf("monthThenDigit matches %q, turned away", s)
	}
}

func TestSplitAuthorsPrefilter(t *testing.T) {
	for _, s := range []string{"Jane Doe https://example.net/jane", "Jane Doe WWW.example.net", "jane@example.net", "jane [at] example.net",
		"jane (at) example.net", "jane {at} example.net", "Jane DoeFollow", "Jane Doe Share", "Jane Doe Published", "Sofia Gonzalez December 2, 2025", "Jane Doe Dec. 2",
		"Jane Doe", "Jane Doe follow", "Jane Doe December", "Jane Doe Mär 2", "", "Jane Doe ftp://x", "Jane Doe wWw.x.y"} {
		checkSplitAuthorsPrefilters(t, s)
	}
}

func FuzzSplitAuthorsPrefilter(f *testing.F) {
	f.Add("jane [at] example.net")
	f.Add("Sofia Gonzalez December 2, 2025")
	f.Add("Jane DoeFollow")
	f.Fuzz(func(t *testing.T, s string) {
		checkSplitAuthorsPrefilters(t, s)
	})
}
