package textclean

import (
	"slices"
	"testing"
	"time"
)

// TestDateYearDotMonth pins rule date-year-dot-month: a dateline whose
// day and year each close with a dot, as Serbian, Croatian and Bosnian
// write it, is a date-only line (alone or after its place); a sentence
// after the date keeps the line in the body. Invented lines.
func TestDateYearDotMonth(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		blocks          int
	}{
		{"12. aprila 2025.", "2025-04-12", 1},
		{"Novi Grad, 12. novembar 2025.", "2025-11-12", 1},
		{"3. studenoga 2025.", "2025-11-03", 1},
		{"12. aprila 2025. Gradsko veće", "", 2},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published || len(a.Body) != tc.blocks {
			t.Errorf("%q: published %q, %d blocks, want %q, %d", tc.head, pub, len(a.Body), tc.published, tc.blocks)
		}
	}
}

// TestDateLabelsMonthTableLanguages pins rule
// date-labels-month-table-languages: the publication and update labels of
// the languages the month table added are dateline words; the update's
// date is read as the change. Invented lines.
func TestDateLabelsMonthTableLanguages(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
	}{
		{"Publicēts: 12.11.2025", "2025-11-12", ""},
		{"Publicēts: 12.11.2025 | Atjaunots: 13.11.2025", "2025-11-12", "2025-11-13"},
		{"Avaldatud 12. november 2025 kell 10:15", "2025-11-12", ""},
		{"Paskelbta 2025-11-12 10:15", "2025-11-12", ""},
		{"Публикувано: 12.11.2025", "2025-11-12", ""},
		{"Publikuar më 12 nëntor 2025, ora 10:15", "2025-11-12", ""},
		{"Dikemas kini: 13 November 2025", "", "2025-11-13"},
		{"Publicēts: 12/11/2025", "2025-11-12", ""},
		{"Objavljeno: 3. julija 2025 ob 10:15", "2025-07-03", ""},
		{"Објављено: 12. новембра 2025. у 14:30", "2025-11-12", ""},
		{"Објавено: 12.11.2025 во 14:30", "2025-11-12", ""},
		{"פורסם: 12 בנובמבר 2025", "2025-11-12", ""},
		{"نشر في: 12 نوفمبر 2025", "2025-11-12", ""},
		{"آخر تحديث: 13 نوفمبر 2025", "", "2025-11-13"},
		{"प्रकाशित: 12 नवंबर 2025", "2025-11-12", ""},
		{"Imechapishwa: 12 Novemba 2025", "2025-11-12", ""},
		{"Dərc edilib: 12 noyabr 2025", "2025-11-12", ""},
		{"Cập nhật: 13/11/2025 08:40", "", "2025-11-13"},
	} {
		checkHeadDates(t, tc.head, tc.published, tc.modified, 1)
	}
}

// TestCreditWordMalay pins rule credit-word-malay: "Oleh" opens a byline
// whose names and date are read; a sentence opening with "Oleh" stays.
// Invented lines.
func TestCreditWordMalay(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		authors         []string
		blocks          int
	}{
		{"Oleh Siti Rahmah Yusof | 12 November 2025", "2025-11-12", []string{"Siti Rahmah Yusof"}, 1},
		{"Oleh Hafiz Kamal", "", []string{"Hafiz Kamal"}, 1},
		{"Oleh Siti Rahmah dan Hafiz Kamal | 12 November 2025", "2025-11-12", []string{"Siti Rahmah", "Hafiz Kamal"}, 1},
		{"Oleh karena itu harga naik pada 12 November 2025.", "", nil, 2},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published || !slices.Equal(a.Authors, tc.authors) || len(a.Body) != tc.blocks {
			t.Errorf("%q: published %q authors %q, %d blocks, want %q %q, %d", tc.head, pub, a.Authors, len(a.Body), tc.published, tc.authors, tc.blocks)
		}
	}
}

// TestSectionDatelineName pins rule section-dateline-name: a name that
// opens with a known given name beside the header's date is the writer;
// a section label beside it is not, and the date is read either way.
// Invented lines.
func TestSectionDatelineName(t *testing.T) {
	for _, tc := range []struct {
		head    string
		authors []string
	}{
		{"Jane Holloway | 12 November 2025", []string{"Jane Holloway"}},
		{"Małgorzata Wierzbińska | 12.11.2025", []string{"Małgorzata Wierzbińska"}},
		{"Middle East | 12 November 2025", nil},
		{"Premier League · 12 November 2025", nil},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != "2025-11-12" || !slices.Equal(a.Authors, tc.authors) || len(a.Body) != 1 {
			t.Errorf("%q: published %q authors %q, %d blocks, want 2025-11-12 %q, 1", tc.head, pub, a.Authors, len(a.Body), tc.authors)
		}
	}
}

// TestCreditWordColon pins rule credit-word-colon: a credit word with a
// colon opens a byline as it does without one. Invented lines.
func TestCreditWordColon(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		authors         []string
	}{
		{"By: Maren Tollefsen | 12 November 2025", "2025-11-12", []string{"Maren Tollefsen"}},
		{"Oleh: Siti Rahmah Yusof", "", []string{"Siti Rahmah Yusof"}},
		{"Von: Julia Brenneck", "", []string{"Julia Brenneck"}},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published || !slices.Equal(a.Authors, tc.authors) || len(a.Body) != 1 {
			t.Errorf("%q: published %q authors %q, %d blocks, want %q %q, 1", tc.head, pub, a.Authors, len(a.Body), tc.published, tc.authors)
		}
	}
}

// TestDateYearWordCyrillic pins rule date-year-word-cyrillic: the year
// word after a Cyrillic date ("г.", "р.", "года") is a dateline word; a
// sentence after the date keeps the line in the body. Invented lines.
func TestDateYearWordCyrillic(t *testing.T) {
	for _, tc := range []struct {
		head, published string
		blocks          int
	}{
		{"Опубликовано: 12 ноября 2025 г.", "2025-11-12", 1},
		{"Опубліковано: 12 листопада 2025 р., 10:15", "2025-11-12", 1},
		{"Велмск, 12 ноември 2025 г.", "2025-11-12", 1},
		{"12 ноября 2025 года", "2025-11-12", 1},
		{"12 ноября 2025 г. мэр открыл мост", "", 2},
	} {
		a, pub, _ := headDates(tc.head)
		if pub != tc.published || len(a.Body) != tc.blocks {
			t.Errorf("%q: published %q, %d blocks, want %q, %d", tc.head, pub, len(a.Body), tc.published, tc.blocks)
		}
	}
}

// TestTitleDatelineRun pins rule title-dateline-run: a headline run on
// into a dateline of a date, a time and a name or a section between
// pipes is the headline, and the dateline is read; a run of menu items
// under the first line is still chrome. Invented text, no blank lines, as
// some extractors write it.
func TestTitleDatelineRun(t *testing.T) {
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		line, title, published string
		authors                []string
	}{
		{"12 November 2025 | 10:15 | Jane Holloway", "Ferry service returns to Quillby", "2025-11-12", []string{"Jane Holloway"}},
		{"Politics | 12.11.2025 | 10:15", "Ferry service returns to Quillby", "2025-11-12", nil},
		{"Home | News | Sport | Weather", "", "", nil},
	} {
		text := "Ferry service returns to Quillby\n" + tc.line + "\nThe harbour board restarted the crossing on Monday after the old vessel failed its inspection last spring.\nPassengers had waited months for a replacement boat to arrive from the yard.\n"
		a, _ := Extract(text, Options{Now: now})
		pub := ""
		if a.Dates.Published != nil {
			pub = a.Dates.Published.Value
		}
		if a.Title != tc.title || pub != tc.published || !slices.Equal(a.Authors, tc.authors) {
			t.Errorf("%q: title %q published %q authors %q, want %q %q %q", tc.line, a.Title, pub, a.Authors, tc.title, tc.published, tc.authors)
		}
	}
}

// TestCreditWordBalkan pins rule credit-word-balkan: "Piše" and "Nga"
// open a byline; a sentence opening with "Piše" stays. Invented lines.
func TestCreditWordBalkan(t *testing.T) {
	for _, tc := range []struct {
		head    string
		authors []string
		blocks  int
	}{
		{"Piše: Dragana Vukelić", []string{"Dragana Vukelić"}, 1},
		{"Пише: Драгана Вукелић", []string{"Драгана Вукелић"}, 1},
		{"Nga Arben Kelmendi", []string{"Arben Kelmendi"}, 1},
		{"Piše da je most otvoren u subotu posle dugog čekanja.", nil, 2},
	} {
		a, _, _ := headDates(tc.head)
		if !slices.Equal(a.Authors, tc.authors) || len(a.Body) != tc.blocks {
			t.Errorf("%q: authors %q, %d blocks, want %q, %d", tc.head, a.Authors, len(a.Body), tc.authors, tc.blocks)
		}
	}
}

// TestDatelineTimePartDated pins rule dateline-time-part-dated: a later
// part holding a numeric date and its time is the update's date, not the
// first date's time; a time alone after the date is still the time.
// Invented lines.
func TestDatelineTimePartDated(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
	}{
		{"Published 2025-03-10 10:15 | Updated 2025-03-12 14:30", "2025-03-10", "2025-03-12"},
		{"Veröffentlicht am 10.03.2025 um 10:15, aktualisiert am 12.03.2025 um 14:30", "2025-03-10", "2025-03-12"},
		{"Paskelbta 2025-11-12 10:15, atnaujinta 2025-11-13 08:40", "2025-11-12", "2025-11-13"},
		{"10.03.2025 | 10:15 Uhr", "2025-03-10", ""},
	} {
		checkHeadDates(t, tc.head, tc.published, tc.modified, 1)
	}
}

// TestDatelineSlashDayFirstZone pins rule dateline-slash-day-first-zone
// (an Indonesian zone makes a slashed date day first) and Malay's
// one-word update label "Kemaskini" (date-labels-month-table-languages);
// a slashed date alone stays unread. Invented lines.
func TestDatelineSlashDayFirstZone(t *testing.T) {
	for _, tc := range []struct {
		head, published, modified string
		blocks                    int
	}{
		{"12/11/2025, 10:15 WIB", "2025-11-12", "", 1},
		{"12/11/2025 10:15 WITA", "2025-11-12", "", 1},
		{"Kemaskini: 13 Nov 2025, 08:40", "", "2025-11-13", 1},
		{"12/11/2025", "", "", 2},
	} {
		checkHeadDates(t, tc.head, tc.published, tc.modified, tc.blocks)
	}
}
