package textclean

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// headDates extracts a short German story with head set under its
// headline, and gives the article and its published (not estimated) and
// modified dates.
func headDates(head string) (a *model.Article, pub, mod string) {
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	a, _ = Extract("Neue Tarife ab März\n\n"+head+"\n\nDie Stadtwerke erhöhen die Preise für Strom und Gas zum ersten Mal seit drei Jahren, teilte das Unternehmen mit.\n", Options{Now: now})
	if d := a.Dates.Published; d != nil && !d.Estimated {
		pub = d.Value
	}
	if d := a.Dates.Modified; d != nil {
		mod = d.Value
	}
	return a, pub, mod
}

// checkHeadDates asserts what headDates reads of head: its published and
// modified dates and the number of body blocks.
func checkHeadDates(t *testing.T, head, published, modified string, blocks int) {
	t.Helper()
	a, pub, mod := headDates(head)
	if pub != published || mod != modified || len(a.Body) != blocks {
		t.Errorf("%q: published %q modified %q, %d blocks, want %q %q, %d", head, pub, mod, len(a.Body), published, modified, blocks)
	}
}

// TestDatelineLanguages pins rules credit-word-languages and
// date-labels-languages: bylines and datelines under the headline are read
// in the languages the calendar knows, and a sentence that opens with a
// credit word stays in the body.
func TestDatelineLanguages(t *testing.T) {
	for _, tc := range []struct {
		head      string
		authors   []string
		published string
		modified  string
	}{
		{"Von Julia Becker\n\n12. März 2026", []string{"Julia Becker"}, "2026-03-12", ""},
		{"Von Julia Becker und Max Frey, dpa\n\nDienstag, 12. März 2026, 10:15 Uhr", []string{"Julia Becker", "Max Frey"}, "2026-03-12", ""},
		{"Par Claire Dubois et Paul Roy\n\nPublié le 4 juin 2026 à 10h15\n\nMis à jour le 5 juin 2026 à 8h02", []string{"Claire Dubois", "Paul Roy"}, "2026-06-04", "2026-06-05"},
		{"Por Ana Gil y Luis Paz\n\nPublicado el 4 de junio de 2026 a las 10:15", []string{"Ana Gil", "Luis Paz"}, "2026-06-04", ""},
		{"Door Jan de Vries\n\nGepubliceerd op 4 juni 2026 om 10:15", []string{"Jan de Vries"}, "2026-06-04", ""},
		{"Di Marco Rossi\n\nPubblicato il 4 giugno 2026 alle 10:15", []string{"Marco Rossi"}, "2026-06-04", ""},
		{"Veröffentlicht am 12.03.2026 um 10:15 Uhr", nil, "2026-03-12", ""},
		// date-weekday-feira
		{"Por Rita Falcão\n\nPublicado em terça-feira, 3 de março de 2026", []string{"Rita Falcão"}, "2026-03-03", ""},
		// date-labels-polish
		{"Opublikowano: 12.03.2026, godz. 10:15\n\nAktualizacja: 13.03.2026 08:02", nil, "2026-03-12", "2026-03-13"},
		{"Data publikacji: 12/03/2026", nil, "2026-03-12", ""},
		{"Von Montag an gelten neue Tarife.", nil, "", ""},
		{"Par ailleurs, la ville augmente ses tarifs.", nil, "", ""},
	} {
		a, pub, mod := headDates(tc.head)
		if !slices.Equal(a.Authors, tc.authors) {
			t.Errorf("%q: authors %q, want %q", tc.head, a.Authors, tc.authors)
		}
		if pub != tc.published || mod != tc.modified {
			t.Errorf("%q: published %q modified %q, want %q %q", tc.head, pub, mod, tc.published, tc.modified)
		}
	}
}

// TestSectionDateline: rule section-dateline removes the header line that
// sets the section beside the date, and reads the date; a sentence beside
// a date is no header.
func TestSectionDateline(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
		removed                   bool
	}{
		{"Politics • 4 March 2025", "2025-03-04", "", true},
		{"Politics | 4 March 2025", "2025-03-04", "", true},
		{"Arts & Culture · March 4, 2025", "2025-03-04", "", true},
		{"Politik • 4. März 2025", "2025-03-04", "", true},
		{"4 March 2025 · Business · 5 min read", "2025-03-04", "", true},
		{"Local News • Updated March 4, 2025", "", "2025-03-04", true},
		{"The mayor said | 4 March 2025", "", "", false},
		// the place and the time beside the date (section-dateline's
		// dashes and time parts)
		{"Madrid - 12 MAR 2025 - 10:15 CET", "2025-03-12", "", true},
		{"Wien – Mittwoch, 12.03.2025, 11:17 Uhr", "2025-03-12", "", true},
		// dateline-time-part
		{"12 marzo 2025 | 10:15", "2025-03-12", "", true},
		// section-not-format: a shop's format line stays, undated
		{"Hardcover – October 16, 2024", "", "", false},
		{"Taschenbuch – 3. Mai 2024", "", "", false},
	} {
		a, pub, mod := headDates(tc.head)
		if pub != tc.published || mod != tc.modified {
			t.Errorf("%q: published %q modified %q, want %q %q", tc.head, pub, mod, tc.published, tc.modified)
		}
		if removed := len(a.Body) == 1; removed != tc.removed {
			t.Errorf("%q: body %d blocks, removed %v, want %v", tc.head, len(a.Body), removed, tc.removed)
		}
	}
}

// TestDatelineUpdateStamp: an update stamp gives the modified date, never
// the published one, in the six languages; rule dateline-label-parts
// reads a line of both dates as two parts whatever joins them, rule
// dateline-slash-day-first reads a slashed date day first under another
// language's label, and "del" is one of the date words.
func TestDatelineUpdateStamp(t *testing.T) {
	for _, tc := range []struct{ head, published, modified string }{
		{"Actualizado el 12 de marzo de 2025", "", "2025-03-12"},
		{"Mis à jour le 12 mars 2025", "", "2025-03-12"},
		{"Aktualisiert am 12. März 2025", "", "2025-03-12"},
		{"Aggiornato il 12 marzo 2025", "", "2025-03-12"},
		{"Atualizado em 12 de março de 2025", "", "2025-03-12"},
		{"Bijgewerkt op 12 maart 2025", "", "2025-03-12"},
		{"Publicado el 10 de marzo de 2025 | Actualizado el 12 de marzo de 2025", "2025-03-10", "2025-03-12"},
		// dateline-label-parts
		{"Veröffentlicht am 10.03.2025, aktualisiert am 12.03.2025", "2025-03-10", "2025-03-12"},
		{"Publicado 10 mar 2025 · Actualizado 12 mar 2025", "2025-03-10", "2025-03-12"},
		{"Published March 10, 2025 Updated March 12, 2025", "2025-03-10", "2025-03-12"},
		// dateline-slash-day-first
		{"Mis à jour le 12/03/2025 à 10h15", "", "2025-03-12"},
		{"Publicado: 10/03/2025 - Actualizado: 12/03/2025", "2025-03-10", "2025-03-12"},
		// del
		{"Aggiornato alle 10:15 del 12 marzo 2025", "", "2025-03-12"},
		// dateline-extra-part
		{"Posted: 4 Mar 2025 | Comments (3)", "2025-03-04", ""},
		{"Published 4 March 2025 | 12 comments", "2025-03-04", ""},
		{"Published 4 March 2025 | 5 min read", "2025-03-04", ""},
		// dateline-relative-update (the slashed date read day first by
		// the line's label)
		{"12/03/2025 10h15 Atualizado há 2 horas", "2025-03-12", ""},
		{"March 12, 2025 Updated 3 hours ago", "2025-03-12", ""},
	} {
		checkHeadDates(t, tc.head, tc.published, tc.modified, 1)
	}
}

// TestTimeStampLine: rule time-stamp-line removes a line that gives only
// the time of a post or an update, and reads no date from it; a sentence
// that opens with a label stays.
func TestTimeStampLine(t *testing.T) {
	for _, c := range []struct {
		line string
		gone bool
	}{
		{"Updated at 13.30 GMT", true},
		{"Aktualisiert um 10:15 Uhr", true},
		{"Mis à jour à 10h15", true},
		{"Actualizado a las 10:15", true},
		{"Posted at 9am", true},
		{"Updated at 10 locations", false},
		{"Published at 10:15 the report said little.", false},
	} {
		text := "Neue Tarife ab März\n\nDie Stadtwerke erhöhen die Preise für Strom und Gas zum ersten Mal seit drei Jahren, teilte das Unternehmen mit.\n\n" +
			c.line + "\n\nDer Grundpreis steigt um zwei Euro im Monat, der Arbeitspreis um vier Cent je Kilowattstunde.\n"
		a, _ := Extract(text, Options{})
		if gone := len(a.Body) == 2; gone != c.gone {
			t.Errorf("%q: removed %v, want %v", c.line, gone, c.gone)
		}
		if a.Dates.Published != nil || a.Dates.Modified != nil {
			t.Errorf("%q: dated %+v", c.line, a.Dates)
		}
	}
	// a label, a date and a time is a dateline, rule dateline's
	if timeStampLine("Updated 12.03.2025 13:30") {
		t.Error("timeStampLine took a dated line")
	}
}

// TestDatedPartsCaseWidth: a line whose lower case differs in length
// from itself ("İ") is not cut, by secondDateLabel's guard: the lower
// case's offsets would misplace the cut (without the guard the second
// part came out as " Updated 12.03.2025", off by a byte).
func TestDatedPartsCaseWidth(t *testing.T) {
	line := "İzmir Published 10.03.2025 Updated 12.03.2025"
	if got := datedParts(line); len(got) != 1 || got[0] != line {
		t.Errorf("datedParts(%q) = %q, want the line whole", line, got)
	}
}

// TestEntryTimeHeading pins rule entry-time-heading: a live blog's entry
// times between paragraphs head their entries; a dotted figure alone, a
// recipe's time and a player's counter over no paragraph stay paragraphs.
func TestEntryTimeHeading(t *testing.T) {
	para := "\n\nThe operator said every Sunday crossing to the islands was cancelled.\n\n"
	for _, c := range []struct {
		line    string
		heading bool
	}{
		{"10:42", true},
		{"10.42 GMT", true},
		{"12:05 CET", true},
		{"6:05 p.m.", true},
		{"4.58", false},
		{"1h30", false},
	} {
		a, _ := Extract("Storm live: winds close the coast road"+para+c.line+para, Options{})
		if len(a.Body) != 3 || a.Body[1].Text != c.line {
			t.Fatalf("%q: body %+v", c.line, a.Body)
		}
		if heading := a.Body[1].Kind == model.KindHeading; heading != c.heading {
			t.Errorf("%q: heading %v, want %v", c.line, heading, c.heading)
		}
	}
	a, _ := Extract("Storm live: winds close the coast road"+para+"0:00\n\n/ 0:00"+para, Options{})
	if len(a.Body) != 4 || a.Body[1].Kind != model.KindParagraph {
		t.Errorf("player counter: body %+v", a.Body)
	}
}

// TestPlaceDateline: the header line that sets the place before the date
// ("Kervalec, le 4 mars 2026") is a dateline: it leaves the body and gives
// the published date (rule place-dateline); a line whose words after the
// comma are a sentence, or whose "place" is a title with English small
// words, stays. Fails with the rule switched off.
func TestPlaceDateline(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		gone            bool
	}{
		{"Tallstadt, 12. März 2026", "2026-03-12", true},
		{"Frankfurt am Main, 12.03.2026, 10:15 Uhr", "2026-03-12", true},
		{"Kervalec, le 4 mars 2026", "2026-03-04", true},
		{"Las Brisas, 14 de marzo de 2026", "2026-03-14", true},
		{"VALDEHOZ, 14 mar 2026 - 09:30 CET", "2026-03-14", true},
		{"Tallstadt, die Stadtwerke meldeten am 12. März 2026 neue Preise", "", false},
		{"Sleeping on the Ferry, 3 March 2026", "", false},
	} {
		a, pub, _ := headDates(tc.head)
		kept := slices.ContainsFunc(a.Body, func(b model.Block) bool { return b.Text == tc.head })
		if pub != tc.published || kept == tc.gone {
			t.Errorf("%q: published %q, kept in body %v; want %q, kept %v", tc.head, pub, kept, tc.published, !tc.gone)
		}
	}
}

// TestPlaceName is the table of rule place-dateline's place test.
func TestPlaceName(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Tallstadt", true},
		{"TALLSTADT", true},
		{"Alcalá de la Sierra", true},
		{"Newcastle upon Tyne", true},
		{"Sleeping on the Ferry", false},
		{"die Stadtwerke", false},
		{"Tallstadt am", false},
		{"Gate 7", false},
		{"Released Wednesday", false}, // a label and a weekday
		{"One Two Three Four Five", false},
		{"", false},
	} {
		if got := placeName(tc.s); got != tc.want {
			t.Errorf("placeName(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDatelineUnderByline: under a standfirst and a two-line byline the
// dated lines are still the header's (rule dateline-under-byline): they
// leave the body and give the published and modified dates. A dated line
// after the story began stays. Fails with the rule switched off (the
// dates stayed in the body as headings).
func TestDatelineUnderByline(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	text := "Harbour ferry fares to rise by a fifth\n\n" +
		"The operator blames the price of fuel for the rise, the first in six years\n\n" +
		"Jane Whitlow\nLocal Democracy Reporter\nThu 6 Mar 2031 07.00 GMT\nLast modified on Fri 7 Mar 2031 09.12 GMT\n\n" +
		"Ferry fares between the two harbour towns will rise by a fifth from April, the operator said on Tuesday.\n\n" +
		"12 March 2031\n\n" +
		"A single adult ticket will cost more than six pounds, while season tickets rise by a smaller share.\n\n" +
		"The council will discuss the fares at its next meeting.\n\n" +
		"Passengers have until May to comment.\n"
	a, _ := Extract(text, Options{Now: now})
	var pub, mod string
	if d := a.Dates.Published; d != nil && !d.Estimated {
		pub = d.Value
	}
	if d := a.Dates.Modified; d != nil {
		mod = d.Value
	}
	if pub != "2031-03-06" || mod != "2031-03-07" {
		t.Errorf("published %q, modified %q; want 2031-03-06, 2031-03-07", pub, mod)
	}
	for _, b := range a.Body {
		if strings.Contains(b.Text, "Mar 2031") {
			t.Errorf("dateline %q kept in the body", b.Text)
		}
	}
	if !slices.ContainsFunc(a.Body, func(b model.Block) bool { return b.Text == "12 March 2031" }) {
		t.Errorf("the dated line inside the story left the body: %+v", a.Body)
	}
}

// TestDatelineWeekdayLanguages pins rule dateline-weekday-languages: a
// dateline whose weekday is written in a language of the month table
// beyond the six, before or after the date, is read whole and leaves the
// body; a sentence naming such a word beside a date stays.
func TestDatelineWeekdayLanguages(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		removed         bool
	}{
		{"petak, 6. mart 2026", "2026-03-06", true},
		{"пятница, 6 марта 2026", "2026-03-06", true},
		{"6 Mart 2026 Cuma", "2026-03-06", true},
		{"3 Mart 2026 SALI", "2026-03-03", true},
		{"Piątek, 6 marca 2026", "2026-03-06", true},
		{"Jumat, 6 Maret 2026 10:15 WIB", "2026-03-06", true},
		{"06.03.2026, pátek", "2026-03-06", true},
		{"perjantai 6. maaliskuuta 2026", "2026-03-06", true},
		{"vineri, 6 martie 2026", "2026-03-06", true},
		{"Παρασκευή, 6 Μαρτίου 2026", "2026-03-06", true},
		// rule fold-caps-names: capitals, where lower-casing keeps no accent
		{"ΠΑΡΑΣΚΕΥΗ 6 ΜΑΡΤΙΟΥ 2026", "2026-03-06", true},
		{"6 MART 2026 CUMA", "2026-03-06", true},
		{"الجمعة 6 مارس 2026", "2026-03-06", true},
		{"Среда обитания чаек сократилась к 6 марта 2026 года вдвое.", "", false},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published {
			t.Errorf("%q: published %q, want %q", tc.head, pub, tc.published)
		}
		if removed := len(a.Body) == 1; removed != tc.removed {
			t.Errorf("%q: body %d blocks, removed %v, want %v", tc.head, len(a.Body), removed, tc.removed)
		}
		if tc.removed && a.Dates.Published != nil && !strings.Contains(a.Dates.Published.Evidence, tc.head) {
			t.Errorf("%q: evidence %q, want the whole line", tc.head, a.Dates.Published.Evidence)
		}
	}
}

// TestDatelineWeekdayTwoWords pins rules dateline-weekday-two-words and
// dateline-slash-day-first-weekday: a weekday of two words is read whole,
// and a weekday of a language that writes dates day first reads a
// slashed date so; English's leaves it unread (it may be American), and
// one word of a pair alone is no weekday.
func TestDatelineWeekdayTwoWords(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		removed         bool
	}{
		{"Thứ Sáu, 6/3/2026, 10:15 (GMT+7)", "2026-03-06", true},
		{"Thứ 6, 6/3/2026 - 10:15", "2026-03-06", true},
		{"יום שישי, 6 במרץ 2026", "2026-03-06", true},
		{"E premte, 6 mars 2026", "2026-03-06", true},
		{"cümə axşamı, 5 mart 2026", "2026-03-05", true},
		{"Jumat, 6/3/2026", "2026-03-06", true},
		{"06/03/2026, petak", "2026-03-06", true},
		{"Friday 06/03/2026", "", false},
		{"Sáu 6/3/2026", "", false},
		{"axşamı, 5 mart 2026", "", false},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published {
			t.Errorf("%q: published %q, want %q", tc.head, pub, tc.published)
		}
		if removed := len(a.Body) == 1; removed != tc.removed {
			t.Errorf("%q: body %d blocks, removed %v, want %v", tc.head, len(a.Body), removed, tc.removed)
		}
	}
}

// TestDatelineWeekdayJoined pins rules dateline-weekday-parenthesised
// and dateline-weekday-den: a weekday in brackets after the date, or
// joined to it by "den", is the dateline's; a bracketed word that is no
// date word keeps the line in the body.
func TestDatelineWeekdayJoined(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		removed         bool
	}{
		{"6 Mart 2026 (Cuma)", "2026-03-06", true},
		{"06.03.2026 (pátek)", "2026-03-06", true},
		{"fredag den 6. marts 2026", "2026-03-06", true},
		{"fredag den 6 mars 2026 kl. 10.15", "2026-03-06", true},
		{"6 Mart 2026 (Tolvik Haber)", "", false},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published {
			t.Errorf("%q: published %q, want %q", tc.head, pub, tc.published)
		}
		if removed := len(a.Body) == 1; removed != tc.removed {
			t.Errorf("%q: body %d blocks, removed %v, want %v", tc.head, len(a.Body), removed, tc.removed)
		}
	}
}
