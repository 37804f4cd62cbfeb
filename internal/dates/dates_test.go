package dates

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"April 26, 2016", "2016-04-26"},
		{"Apr 26, 2016", "2016-04-26"},
		{"Apr. 26, 2016", "2016-04-26"},
		{"Sept 3 2019", "2019-09-03"},
		{"26 April 2016", "2016-04-26"},
		{"26th April 2016", "2016-04-26"},
		{"1st of May, 2020", "2020-05-01"},
		{"2016-04-26", "2016-04-26"},
		{"2016-04-26T10:30:00Z", "2016-04-26"},
		{"February 30, 2016", ""},
		{"April 26", ""},
		{"26 April 2016 and more", ""},
		{"", ""},
		{"9999-99-99", ""},
		// other languages' months, the dotted day-first date, CJK and Korean
		{"14 ноября 2024", "2024-11-14"},
		{"14. November 2024", "2024-11-14"},
		{"14 de noviembre de 2024", "2024-11-14"},
		{"14 de novembro de 2024", "2024-11-14"},
		{"14 Kasım 2024", "2024-11-14"},
		{"14 Νοεμβρίου 2024", "2024-11-14"},
		{"14 listopada 2024", "2024-11-14"},
		{"14.11.2024", "2024-11-14"},
		{"31.02.2024", ""},
		{"1.2.3.4", ""},
		{"2024年11月14日", "2024-11-14"},
		{"2024년 11월 14일", "2024-11-14"},
		{"2024年13月14日", ""},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if (tt.want != "") != ok || ok && got.Format("2006-01-02") != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	text := "— Harbour Gazette Politics (@HarbourGazPol) March 14, 2019"
	d, s, e, ok := Find(text)
	if !ok || text[s:e] != "March 14, 2019" || d.Format("2006-01-02") != "2019-03-14" {
		t.Errorf("Find = %v %q %v", d, text[s:e], ok)
	}
	all := FindAll("From 3 May 2019 to June 1, 2019, and 2020-01-02.")
	if len(all) != 3 {
		t.Errorf("FindAll: %v", all)
	}
	text = "Москва, 14 ноября 2024 года. Городской совет одобрил проект."
	if d, s, e, ok := Find(text); !ok || text[s:e] != "14 ноября 2024" || d.Format("2006-01-02") != "2024-11-14" {
		t.Errorf("Find(%q) = %v %v", text, d, ok)
	}
	text = "发布时间：2024年11月14日10:32 来源：新华社"
	if d, _, _, ok := Find(text); ok {
		t.Errorf("Find(%q) = %v: the date is glued to its label, no word of its own", text, d)
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		text   string
		anchor string
		phrase string
		want   string
	}{
		{"the ferry stoppage ended on Tuesday and crews rallied", "2016-04-26", "on Tuesday", "2016-04-26"},
		{"crews joined Tuesday’s stoppage", "2016-04-28", "Tuesday’s", "2016-04-26"},
		{"police said last Friday", "2016-04-29", "last Friday", "2016-04-22"},
		{"on Sunday night", "2016-04-26", "on Sunday", "2016-04-24"},
		{"he said “Tuesday’s vote was a farce”", "2016-04-28", "Tuesday’s", "2016-04-26"},
		{"A long sentence with many words before it happened on FRIDAY at noon.", "2016-04-30", "on FRIDAY", "2016-04-29"},
	}
	for _, tt := range tests {
		w, ok := FindWeekday(tt.text)
		if !ok || w.Phrase != tt.phrase {
			t.Errorf("FindWeekday(%q) = %+v, %v", tt.text, w, ok)
			continue
		}
		anchor, _ := Parse(tt.anchor)
		if got := ResolveWeekday(w.Day, w.Last, anchor).Format("2006-01-02"); got != tt.want {
			t.Errorf("ResolveWeekday(%v, %s) = %s, want %s", w.Day, tt.anchor, got, tt.want)
		}
	}
	for _, future := range []string{"Talks will resume on Monday.", "MPs are due to vote on Tuesday.", "We expect it next Friday."} {
		if w, ok := FindWeekday(future); ok {
			t.Errorf("FindWeekday(%q) = %+v: a coming day", future, w)
		}
	}
	if _, ok := FindWeekday("Published Thursday, March 14, 2019 at noon"); ok {
		t.Error("a weekday inside a written date was read as relative")
	}
}

func TestFindOnDate(t *testing.T) {
	anchor := time.Date(2016, 5, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, phrase, want string
	}{
		{"The march took place on 26 April 2016 in London.", "on 26 April 2016", "2016-04-26"},
		{"It happened on Tuesday, April 26, 2016.", "on Tuesday, April 26, 2016", "2016-04-26"},
		{"Doctors struck on April 26 and again later.", "on April 26", "2016-04-26"},
		{"Doctors struck on 26 April.", "on 26 April", "2016-04-26"},
		{"The vote is on 20 December.", "on 20 December", "2015-12-20"},
		{"They may meet on May 1.", "on May 1", "2016-05-01"},
		{"It depends on 5 may be more.", "", ""},
		{"Nothing to see on here.", "", ""},
	}
	for _, tt := range tests {
		d, ok := FindOnDate(tt.text)
		if ok != (tt.phrase != "") || ok && d.Phrase != tt.phrase {
			t.Errorf("FindOnDate(%q) = %+v, %v; want %q", tt.text, d, ok, tt.phrase)
			continue
		}
		if !ok {
			continue
		}
		if got, ok := d.Resolve(anchor); !ok || got.Format("2006-01-02") != tt.want {
			t.Errorf("Resolve(%q) = %v, want %s", tt.phrase, got, tt.want)
		}
	}
}

// findOnDateWhole is FindOnDate as first written, over the whole text's
// words: the reference rule on-date-window is pinned to.
func findOnDateWhole(text string) (OnDate, bool) {
	words := tokenize(text)
	for i := 1; i < len(words); i++ {
		if words[i-1].s == "on" {
			if d, ok := onDateAt(words[i-1:], text); ok {
				return d, true
			}
		}
	}
	return OnDate{}, false
}

// TestFindOnDateWindow: FindOnDate, which tokenizes onDateWords words
// from each "on", finds what a reading of the whole text finds, on random
// texts of the date forms' words (fails with onDateWords 6, checked).
func TestFindOnDateWindow(t *testing.T) {
	pieces := []string{"on", "On", "ON", "(on", "on,", "on.", "Tuesday,", "tuesday", "26", "26th", "of", "de", "del",
		"April", "april", "abril", "2016", "2016.", "2016-04-26", "2016-04-26T10:00:00Z", "14.11.2024", "2024년", "11월", "14일",
		"2024年11月14日", "May", "may", "the", "vote", "“on", "‘26", "is", "x", ")", ";", "İ", "\u212a"}
	r := rand.New(rand.NewPCG(7, 11))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteString([]string{" ", " ", "  ", "\n", "\t"}[r.IntN(5)])
		}
		// and the longest forms, slot by slot ("on Tuesday 26 de abril
		// del 2016")
		for _, slot := range [][]string{{"on", "On"}, {"", "Tuesday,"}, {"26", "26th", "April"}, {"", "of", "de"},
			{"April", "abril", "26"}, {"", "de", "del", ","}, {"2016", "2016."}, {"", "said"}} {
			if w := slot[r.IntN(len(slot))]; w != "" {
				b.WriteString(w + " ")
			}
		}
		text := b.String()
		got, gok := FindOnDate(text)
		want, wok := findOnDateWhole(text)
		if got != want || gok != wok {
			t.Fatalf("FindOnDate(%q) = %+v, %v; the whole text's reading %+v, %v", text, got, gok, want, wok)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("April 26, 2016")
	f.Add("on Tuesday 2016-04-26T10:00:00Z")
	f.Fuzz(func(t *testing.T, s string) {
		if d, st, e, ok := Find(s); ok && (st < 0 || e > len(s) || st > e || d.Year() < minYear) {
			t.Errorf("Find(%q) = %v %d %d", s, d, st, e)
		}
		FindWeekday(s)
		d, ok := FindOnDate(s)
		if w, wok := findOnDateWhole(s); d != w || ok != wok {
			t.Errorf("FindOnDate(%q) = %+v, %v; the whole text's reading %+v, %v", s, d, ok, w, wok)
		}
		if ok {
			d.Resolve(time.Now())
		}
		Parse(s)
		_ = time.Now()
	})
}

// TestEnglishNames pins the number of every English month and weekday, which
// the package takes from the order of the lexicon's calendar (a reordered
// line there would shift them all), and the abbreviations it adds.
func TestEnglishNames(t *testing.T) {
	names := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i, name := range names {
		want := time.Date(2020, time.Month(i+1), 3, 0, 0, 0, 0, time.UTC)
		for _, s := range []string{"3 " + name + " 2020", name[:3] + ". 3, 2020"} {
			if got, ok := Parse(s); !ok || !got.Equal(want) {
				t.Errorf("Parse(%q) = %v, %v; want %v", s, got, ok, want)
			}
		}
	}
	if got, ok := Parse("Sept. 3, 2020"); !ok || got.Month() != time.September {
		t.Errorf("Parse(Sept. 3, 2020) = %v, %v", got, ok)
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		text := "the talks collapsed on " + d.String()
		if w, ok := FindWeekday(text); !ok || w.Day != d {
			t.Errorf("FindWeekday(%q) = %+v, %v; want %v", text, w, ok, d)
		}
	}
}

// onDenseText is an invented opening dense in "on" that dates nothing, all
// in small letters (strings.ToLower then copies nothing).
var onDenseText = strings.Repeat("the council met on the matter and voted on it, relying on advice given on site; the report is due on time. ", 70)

// TestFindOnDateNoAlloc: rule on-date-buffer. FindOnDate reads each
// "on"'s window into one array a call: no allocation on a text of small
// letters (five an "on" without the rule).
func TestFindOnDateNoAlloc(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { FindOnDate(onDenseText) }); n != 0 {
		t.Errorf("FindOnDate on %d bytes dense in \"on\": %.0f allocations, want 0", len(onDenseText), n)
	}
}

// BenchmarkFindOnDate: FindOnDate on 7.5 KB dense in "on", no date.
func BenchmarkFindOnDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		FindOnDate(onDenseText)
	}
}

// TestMoreLanguages pins rules months-more-languages, year-first-month-name
// and spaced-dotted-date on invented date lines.
func TestMoreLanguages(t *testing.T) {
	tests := []findCase{
		{"Publiceret 12. marts 2025 kl. 10.15", "2025-03-12 12. marts 2025"},
		{"Publicerad 12 maj 2025 kl. 10.15", "2025-05-12 12 maj 2025"},
		{"Julkaistu 12. maaliskuuta 2025", "2025-03-12 12. maaliskuuta 2025"},
		{"Publikálva: 2025. március 12. 10:15", "2025-03-12 2025. március 12."},
		{"Frissítve: 2024. november 3.", "2024-11-03 2024. november 3."},
		{"Publikováno 12. 3. 2025", "2025-03-12 12. 3. 2025"},
		{"Aktualizováno 1. 12. 2024 14:20", "2024-12-01 1. 12. 2024"},
		// year-first-dotted
		{"2025.03.12. 10:15", "2025-03-12 2025.03.12."},
		{"Frissítve: 2025.3.4.", "2025-03-04 2025.3.4."},
		{"v2025.13.40", ""},
		// year-first-spaced
		{"Közzétéve: 2025. 03. 12.", "2025-03-12 2025. 03. 12."},
		{"In 2025. 3 of 12 voted", ""},
		// no dots, no spaced date; no dot after the year, no Hungarian date
		{"Score 12 3 2025 tickets", ""},
		{"In 2025 március 12 people came", ""},
	}
	checkFind(t, tests)
}

// TestDayFirstAbbreviation holds rule day-first-abbreviation: the short
// month names of card and byline lines, read between a day and a year
// only (invented lines).
func TestDayFirstAbbreviation(t *testing.T) {
	tests := []findCase{
		{"Marla Venn @mvenn · 20:14 · 12. Okt. 2026", "2026-10-12 12. Okt. 2026"},
		{"Pubblicato il 12 ott 2026 alle 9:05", "2026-10-12 12 ott 2026"},
		{"Atualizado em 12 de out. de 2026", "2026-10-12 12 de out. de 2026"},
		{"Mis à jour le 3 févr. 2026", "2026-02-03 3 févr. 2026"},
		{"Actualizado el 12 dic. 2026", "2026-12-12 12 dic. 2026"},
		{"Gepubliceerd 4 mrt 2026", "2026-03-04 4 mrt 2026"},
		{"Opublikowano 12 paź 2026", "2026-10-12 12 paź 2026"},
		{"Aktualizováno 7 říj 2026", "2026-10-07 7 říj 2026"},
		{"Обновлено 12 окт. 2026", "2026-10-12 12 окт. 2026"},
		{"Оновлено 5 лист. 2026", "2026-11-05 5 лист. 2026"},
		{"Güncelleme 12 Eki 2026", "2026-10-12 12 Eki 2026"},
		{"Publisert 1. okt. 2026", "2026-10-01 1. okt. 2026"},
		// nor is a word of a list left out ("pro" and "des" before a year)
		{"Top 10 pro 2026", ""},
		{"sur les 12 des 2000 inscrits", ""},
		{"Aggiornato il 9 set 2026", "2026-09-09 9 set 2026"},
		{"Ενημέρωση 12 Οκτ 2026", "2026-10-12 12 Οκτ 2026"},
		{"Diperbarui 17 Agu 2026", "2026-08-17 17 Agu 2026"},
		{"Frissítve: 2026. okt. 12. 9:30", "2026-10-12 2026. okt. 12."},
		{"She moved in 2019. Led 12 climbs", ""},
		{"Aktualizované 3. máj 2026", "2026-05-03 3. máj 2026"},
		// rule des-december: capitalised or with its dot
		{"Diperbarui 12 Des 2026", "2026-12-12 12 Des 2026"},
		{"Publisert 1. des. 2026", "2026-12-01 1. des. 2026"},
		// a word that is also a short month name is no date without a
		// day before it and a year after it
		{"Ele saiu em out 2026", ""},
		{"Il set 12 di 2026", ""},
		{"sie kamen 12 sie 26", ""},
		// nor is it a month in the month-first form
		{"ott 12, 2026", ""},
	}
	checkFind(t, tests)
}

// findCase is a text and what Find reads in it: the date and the span it
// was read from ("2026-10-12 12. Okt. 2026"), or "" for no date.
type findCase struct{ in, want string }

// checkFind runs Find on each case.
func checkFind(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		got := ""
		if d, s, e, ok := Find(tt.in); ok {
			got = d.Format("2006-01-02") + " " + tt.in[s:e]
		}
		if got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSharedMonthTable: months the lexicon's table gained for page dates
// (Catalan, Serbian genitive, Slovene, Estonian, Albanian, Swahili,
// Malay, Romanian and Austrian short forms) are read in running text too
// (invented datelines); the forms left out on purpose are not.
func TestSharedMonthTable(t *testing.T) {
	checkFind(t, []findCase{
		{"Girona, 14 de gener de 2031. La regidora", "2031-01-14 14 de gener de 2031"},
		// rule day-first-elided-de
		{"Lleida, 3 d'agost del 2031", "2031-08-03 3 d'agost del 2031"},
		{"Manresa, 14 d’octubre de 2031.", "2031-10-14 14 d’octubre de 2031"},
		{"Kragujevac, 12. aprila 2031. godine", "2031-04-12 12. aprila 2031"},
		{"Ниш, 12. новембра 2031.", "2031-11-12 12. новембра 2031"},
		{"Celje, 3. julija 2031", "2031-07-03 3. julija 2031"},
		{"Tartu, 3. juuli 2031", "2031-07-03 3. juuli 2031"},
		{"Durrës, 12 nëntor 2031", "2031-11-12 12 nëntor 2031"},
		{"Mwanza, 5 Novemba 2031", "2031-11-05 5 Novemba 2031"},
		{"Ipoh, 8 Ogos 2031", "2031-08-08 8 Ogos 2031"},
		{"Publicat 12 ian. 2031", "2031-01-12 12 ian. 2031"},
		{"Graz, 14. Jän. 2031", "2031-01-14 14. Jän. 2031"},
		{"नई दिल्ली, 12 मई 2031", "2031-05-12 12 मई 2031"},
		{"شیراز، 12 مه 2031", "2031-05-12 12 مه 2031"},
		// rule year-first-marker
		{"Šiauliai, 2031 m. lapkričio 12 d. 10:15", "2031-11-12 2031 m. lapkričio 12 d."},
		{"Publicēts 2031. gada 12. novembrī", "2031-11-12 2031. gada 12. novembrī"},
		{"Liepāja 2031. gada 12. darbinieki", ""},
		{"2031 m. lapkričio", ""},
		{"Top 5 Mac 2031 laptops", ""},
		{"Top 10 pro 2031", ""},
	})
}

// TestCapitalDatelines is rule fold-caps-names: a dateline in capitals is
// read in Greek, whose capitals drop the accents and lower-case to σ at a
// word's end, and in Turkish, whose I lower-cases to a dotted i where the
// month table writes ı and whose İ lower-cases with a combining dot.
func TestCapitalDatelines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ΛΑΡΙΣΑ, 12 ΝΟΕΜΒΡΙΟΥ 2025", "2025-11-12"},
		{"3 ΜΑΪΟΥ 2031", "2031-05-03"},
		{"ΜΑΡΤΙΟΣ 7, 2029", "2029-03-07"},
		{"12 ΔΕΚ. 2025", "2025-12-12"},
		{"ESKİŞEHİR, 12 KASIM 2025", "2025-11-12"},
		{"19 MAYIS 2030 Pazar", "2030-05-19"},
		{"31 ARALIK 2027", "2027-12-31"},
		{"4 EKİM 2026", "2026-10-04"},
		{"9 ARA 2026", "2026-12-09"},
		// the lower-case forms still read
		{"12 νοεμβρίου 2025", "2025-11-12"},
		{"12 kasım 2025", "2025-11-12"},
		// a capitalised word that folds to no month stays no date
		{"12 KASIRGA 2025", ""},
		{"12 ΝΟΕΜΒΡΗ 2025", ""},
	} {
		got, _, _, ok := Find(c.in)
		if (c.want != "") != ok || ok && got.Format("2006-01-02") != c.want {
			t.Errorf("Find(%q) = %v, %v; want %q", c.in, got, ok, c.want)
		}
	}
}
