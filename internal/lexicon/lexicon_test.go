package lexicon

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestIsSpeechVerb(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"said", true}, {"Told", true}, {"tell", true}, {"according to", true},
		{"tweeted", true}, {"insisted", true}, {"pointed out", true}, {"wrote", true},
		{"marched", false}, {"doctors", false}, {"", false}, {"the", false},
	}
	for _, tt := range tests {
		if got := IsSpeechVerb(tt.w); got != tt.want {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestSpeechVerbs(t *testing.T) {
	l := SpeechVerbs()
	if len(l) < 200 || !sort.StringsAreSorted(l) {
		t.Fatalf("SpeechVerbs: %d entries, sorted=%v", len(l), sort.StringsAreSorted(l))
	}
	l[0] = "mutated"
	if SpeechVerbs()[0] == "mutated" {
		t.Error("SpeechVerbs returns shared storage")
	}
}

func TestSpeechIn(t *testing.T) {
	tests := []struct {
		lang, w string
		verb    bool
	}{
		{"de", "sagte", true}, {"de", "erklärte", true}, {"de", "teilte mit", true}, {"de", "stadtrat", false},
		{"fr", "a déclaré", true}, {"fr", "affirme", true}, {"fr", "maire", false},
		{"es", "dijo", true}, {"es", "aseguró", true}, {"it", "ha detto", true}, {"it", "spiega", true},
		{"pt", "disse", true}, {"pt", "afirmou", true}, {"nl", "zei", true}, {"nl", "verklaarde", true},
		{"hr", "rekao je", true}, {"hr", "izjavila je", true}, {"hr", "gradonačelnik", false},
		{"sr", "рекла је", true}, {"bs", "kazao je", true}, {"sr", "istakao", true},
		{"lv", "sacīja", true}, {"lv", "piebilda", true}, {"lv", "atklāja", false},
		{"lt", "sakė", true}, {"lt", "pridūrė", true}, {"lt", "kalba", false},
		{"sl", "je dejala", true}, {"sl", "povedal je", true}, {"sl", "župan", false},
		{"et", "ütles", true}, {"et", "lisas", true}, {"et", "leidis", false},
		{"hu", "mondta", true}, {"hu", "tette hozzá", true}, {"hu", "szerint", false},
	}
	for _, tt := range tests {
		s := SpeechIn(tt.lang)
		if s == nil {
			t.Fatalf("SpeechIn(%q) = nil", tt.lang)
		}
		if got := s.Verbs[tt.w]; got != tt.verb {
			t.Errorf("SpeechIn(%q).Verbs[%q] = %v, want %v", tt.lang, tt.w, got, tt.verb)
		}
	}
	if SpeechIn("en") != nil || SpeechIn("xx") != nil {
		t.Error("SpeechIn knows English or an unknown code")
	}
	if !SpeechIn("de").According["nach angaben von"] || !SpeechIn("fr").According["selon"] || !SpeechIn("nl").That["dat"] {
		t.Error("according/that entries missing")
	}
	if !SpeechIn("fr").Study["sondage"] || !SpeechIn("nl").Study["peiling"] || len(SpeechIn("de").Study) != 0 {
		t.Error("study nouns: want sondage (fr), peiling (nl) and none for German")
	}
	if got := Languages(); len(got) != 14 {
		t.Errorf("Languages() = %v", got)
	}
}

func TestCalendar(t *testing.T) {
	for _, w := range []string{"märz", "mai", "août", "diciembre", "settembre", "junho", "oktober"} {
		if !IsMonth(w) {
			t.Errorf("IsMonth(%q) = false", w)
		}
	}
	for _, w := range []string{"montag", "samedi", "may", "prozent", ""} {
		if IsMonth(w) {
			t.Errorf("IsMonth(%q) = true", w)
		}
	}
	all := map[string]bool{}
	for _, w := range CalendarWords() {
		all[w] = true
	}
	if !all["montag"] || !all["domenica"] || !all["märz"] || all["=day"] {
		t.Errorf("CalendarWords misses days or months, or holds a marker: %d words", len(all))
	}
}

func TestEnglishCalendar(t *testing.T) {
	m := EnglishMonths()
	if len(m) != 12 || m[0] != "january" || m[4] != "may" || m[8] != "september" || m[11] != "december" {
		t.Errorf("EnglishMonths() = %v, want January to December", m)
	}
	d := EnglishWeekdays()
	if len(d) != 7 || d[0] != "monday" || d[6] != "sunday" {
		t.Errorf("EnglishWeekdays() = %v, want Monday to Sunday", d)
	}
	m[0] = "changed"
	if EnglishMonths()[0] != "january" {
		t.Error("EnglishMonths returns the shared slice")
	}
	// English stays out of the six languages' readers: "may" is a verb,
	// "june" a first name; "april" is German too.
	all := map[string]bool{}
	for _, w := range CalendarWords() {
		all[w] = true
	}
	for _, w := range []string{"may", "june", "march", "monday", "january", "en"} {
		if all[w] {
			t.Errorf("CalendarWords holds %q", w)
		}
	}
	if !all["april"] || !IsMonth("august") {
		t.Error("German april and august lost to English")
	}
}

// TestCalendarLines: every line of calendar.txt names a known language
// (SpeechIn's or months.txt's) after its kind; a line without one would
// lose its first name to the language code. A line of a language without
// SpeechIn's rules holds its seven days ("-" for one left out): a day
// missing inside it would shift the next ones' days.
func TestCalendarLines(t *testing.T) {
	known, speech := map[string]bool{"en": true}, map[string]bool{}
	for _, l := range Languages() {
		known[l], speech[l] = true, true
	}
	monthOnce.Do(loadMonths)
	for _, l := range monthLines {
		known[l.lang] = true
	}
	known["vi"] = true // months in figures ("tháng 11"), weekdays named
	for _, line := range strings.Split(calendarData, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if f[0] != "=day" || len(f) < 3 || !known[f[1]] {
			t.Errorf("calendar.txt line %q: want =day, a language code and names", line)
		}
		if f[1] != "en" && !speech[f[1]] && len(f) != 2+7 {
			t.Errorf("calendar.txt line %q: want seven days", line)
		}
	}
}

func TestIsDottedAbbrev(t *testing.T) {
	for w, want := range map[string]bool{"Dr": true, "mme": true, "Mrd": true, "Nr": true, "ca": true, "sagte": false, "": false, "#": false} {
		if got := IsDottedAbbrev(w); got != want {
			t.Errorf("IsDottedAbbrev(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPronounGender(t *testing.T) {
	tests := []struct {
		lang, w string
		g       byte
	}{{"de", "er", 'm'}, {"de", "sie", 0}, {"fr", "elle", 'f'}, {"es", "él", 'm'}, {"it", "lei", 'f'}, {"pt", "ele", 'm'}, {"nl", "zij", 'f'}, {"nl", "ze", 0}}
	for _, tt := range tests {
		g, ok := SpeechIn(tt.lang).Pronouns[tt.w]
		if !ok || g != tt.g {
			t.Errorf("%s %q: gender %q, %v; want %q", tt.lang, tt.w, g, ok, tt.g)
		}
	}
}

func TestVerbPair(t *testing.T) {
	fr, de := SpeechIn("fr"), SpeechIn("de")
	if !fr.VerbPair("a", "déclaré") || !de.VerbPair("teilte", "mit") {
		t.Error("VerbPair misses a two-word form")
	}
	if fr.VerbPair("a", "mangé") || de.VerbPair("sagte", "mit") || fr.VerbPair("déclaré", "") {
		t.Error("VerbPair takes a pair that is no form")
	}
}

func TestWeekdayNames(t *testing.T) {
	want := map[string]time.Weekday{
		"monday": time.Monday, "sunday": time.Sunday, "dienstag": time.Tuesday,
		"vendredi": time.Friday, "sábado": time.Saturday, "domenica": time.Sunday,
		"quinta": time.Thursday, "woensdag": time.Wednesday,
		// rule weekdayFeira
		"segunda-feira": time.Monday, "terça-feira": time.Tuesday, "sexta-feira": time.Friday,
		// months.txt's other languages, "/" parting a day's forms
		"środa": time.Wednesday, "среда": time.Wednesday, "çarşamba": time.Wednesday,
		"rabu": time.Wednesday, "sreda": time.Wednesday, "neděle": time.Sunday, "sali": time.Tuesday,
		"sâmbătă": time.Saturday, "sîmbătă": time.Saturday, "пʼятниця": time.Friday,
		"събота": time.Saturday, "الأربعاء": time.Wednesday, "बुधवार": time.Wednesday,
		// two words, "_" in calendar.txt
		"thứ tư": time.Wednesday, "thứ 4": time.Wednesday, "chủ nhật": time.Sunday, "יום רביעי": time.Wednesday,
		"שבת": time.Saturday, "e mërkurë": time.Wednesday, "çərşənbə axşamı": time.Tuesday,
	}
	got := map[string]time.Weekday{}
	for _, d := range WeekdayNames() {
		if g, ok := got[d.Name]; ok && g != d.Day {
			t.Errorf("%s names %v and %v", d.Name, g, d.Day)
		}
		got[d.Name] = d.Day
	}
	// "-": Bulgarian's Sunday is left out (Russian "week")
	if _, ok := got["неделя"]; ok {
		t.Error("WeekdayNames holds неделя")
	}
	for w, day := range want {
		if g, ok := got[w]; !ok || g != day {
			t.Errorf("%s: got %v (listed %v), want %v", w, g, ok, day)
		}
	}
}

func TestIsNationalAgency(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"ritzau", true},
		{"тасс", true},
		{"anadolu ajansı", true},
		{"Ritzau", false},  // lower case only
		{"reuters", false}, // a wire agency: IsWireAgency's
		{"ritz", false},
	} {
		if got := IsNationalAgency(c.in); got != c.want {
			t.Errorf("IsNationalAgency(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestWeekdays(t *testing.T) {
	for _, c := range []struct {
		in               string
		weekday, calword bool
	}{
		{"dienstag", true, true},
		{"mercredi", true, true},
		{"sábado", true, true},
		{"quarta-feira", true, true}, // rule weekdayFeira
		{"märz", false, true},        // a month
		{"tuesday", false, false},    // English: EnglishWeekdays'
		{"Dienstag", false, false},   // lower case only
		// months.txt's other languages: WeekdayNames' only
		{"minggu", false, false},
		{"среда", false, false},
	} {
		if got := IsWeekday(c.in); got != c.weekday {
			t.Errorf("IsWeekday(%q) = %v, want %v", c.in, got, c.weekday)
		}
		if got := IsCalendarWord(c.in); got != c.calword {
			t.Errorf("IsCalendarWord(%q) = %v, want %v", c.in, got, c.calword)
		}
	}
	days := Weekdays()
	n := 0
	for _, w := range CalendarWords() {
		if !IsMonth(w) {
			n++
		}
	}
	if len(days) != n || n == 0 {
		t.Errorf("Weekdays holds %d names, CalendarWords %d weekdays", len(days), n)
	}
	for _, w := range days {
		if !IsWeekday(w) || IsMonth(w) {
			t.Errorf("Weekdays holds %q", w)
		}
	}
}

func TestIsNameParticle(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"van", true},
		{"della", true},
		{"zu", true},
		{"Van", false}, // lower case only
		{"und", false},
		{"the", false},
	} {
		if got := IsNameParticle(c.in); got != c.want {
			t.Errorf("IsNameParticle(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestDayFirstDateLabels(t *testing.T) {
	l := DayFirstDateLabels()
	if !slices.Contains(l, "mis à jour") || !slices.Contains(l, "veröffentlicht") || slices.Contains(l, "published") {
		t.Errorf("DayFirstDateLabels = %q: want French and German labels, no English", l)
	}
	for _, w := range l {
		if w != strings.ToLower(w) || w != strings.TrimSpace(w) {
			t.Errorf("DayFirstDateLabels holds %q: not lower case and trimmed", w)
		}
	}
	l[0] = "changed"
	if DayFirstDateLabels()[0] == "changed" {
		t.Error("DayFirstDateLabels returns its own slice, not a copy")
	}
}

func TestUpdateDateLabels(t *testing.T) {
	l := UpdateDateLabels()
	if !slices.Contains(l, "aktualisiert") || !slices.Contains(l, "更新") || slices.Contains(l, "published") {
		t.Errorf("UpdateDateLabels = %q: want German and CJK update labels, no publication label", l)
	}
	// readers try the labels in any order: none may open another
	for _, a := range l {
		for _, b := range l {
			if a != b && strings.HasPrefix(b, a) {
				t.Errorf("UpdateDateLabels: %q opens %q", a, b)
			}
		}
	}
}
