package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestIsUnit(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', false}, {'Z', false}, {'7', false}, {'é', false}, {'ж', false}, {'ب', false}, {'क', false},
		{'北', true}, {'々', true}, {'の', true}, {'カ', true}, {'ー', true}, {'ｶ', true}, {'ｰ', true},
		{'서', true}, {'ᄀ', true}, {'ก', true}, {'ທ', true}, {'ក', true}, {'က', true}, {'ㄅ', true},
		{'๒', false}, // Thai digit: a digit, not a unit
		{'。', false}, {'、', false}, {'「', false}, {'・', false}, {'　', false},
		{'Ｔ', false}, {'ｏ', false}, {'１', false}, // full-width Latin letters and digits
		{'\u0e35', false}, // Thai vowel sign: a mark, not a unit
		{'𠀀', true},       // CJK Extension B
	} {
		if got := IsUnit(c.r); got != c.want {
			t.Errorf("IsUnit(%q U+%04X) = %v, want %v", c.r, c.r, got, c.want)
		}
	}
}

// eachUnit calls fn with each unit of a run of units (as RunEnd delimits
// it): its first rune and the marks UnitEnd takes after it.
func eachUnit(run string, fn func(u string)) {
	for i := 0; i < len(run); {
		_, n := utf8.DecodeRuneInString(run[i:])
		j := UnitEnd(run, i+n)
		fn(run[i:j])
		i = j
	}
}

// units is the text's units and words, as Words-like loops see them: runs
// of units split into units, other letters and digits into words.
func units(s string) []string {
	var out []string
	var word []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsUnit(r):
			if len(word) > 0 {
				out, word = append(out, string(word)), word[:0]
			}
			j := RunEnd(s, i)
			eachUnit(s[i:j], func(u string) { out = append(out, u) })
			i = j
			continue
		case classOf(r) == classWord:
			word = append(word, s[i:i+n]...)
		default:
			if len(word) > 0 {
				out, word = append(out, string(word)), word[:0]
			}
		}
		i += n
	}
	if len(word) > 0 {
		out = append(out, string(word))
	}
	return out
}

func bigrams(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsUnit(r) {
			j := RunEnd(s, i)
			Bigrams(s[i:j], func(b string) { out = append(out, b) })
			i = j
			continue
		}
		i += n
	}
	return out
}

func TestSegmentation(t *testing.T) {
	for _, c := range []struct {
		name, text    string
		units, bigram []string
		spaced        string // with | for Sep
	}{
		{
			name:   "chinese",
			text:   "北京举行发布会。",
			units:  []string{"北", "京", "举", "行", "发", "布", "会"},
			bigram: []string{"北京", "京举", "举行", "行发", "发布", "布会"},
			spaced: "北|京|举|行|发|布|会。",
		},
		{
			name:   "japanese kana and kanji",
			text:   "東京でカレーを食べた",
			units:  []string{"東", "京", "で", "カ", "レ", "ー", "を", "食", "べ", "た"},
			bigram: []string{"東京", "京で", "でカ", "カレ", "レー", "ーを", "を食", "食べ", "べた"},
			spaced: "東|京|で|カ|レ|ー|を|食|べ|た",
		},
		{
			name:   "thai marks stay with their letter",
			text:   "ที่นี่",
			units:  []string{"ที่", "นี่"},
			bigram: []string{"ที่นี่"},
			spaced: "ที่|นี่",
		},
		{
			name:   "korean particles",
			text:   "서울시는 발표했다",
			units:  []string{"서", "울", "시", "는", "발", "표", "했", "다"},
			bigram: []string{"서울", "울시", "시는", "발표", "표했", "했다"},
			spaced: "서|울|시|는 발|표|했|다",
		},
		{
			name:   "mixed latin and cjk",
			text:   "Apple的iPhone发布",
			units:  []string{"Apple", "的", "iPhone", "发", "布"},
			bigram: []string{"的", "发布"},
			spaced: "Apple|的|iPhone|发|布",
		},
		{
			name:   "digits",
			text:   "2024年3月",
			units:  []string{"2024", "年", "3", "月"},
			bigram: []string{"年", "月"},
			spaced: "2024|年|3|月",
		},
		{
			name:   "full-width letters and digits make words",
			text:   "ＮＨＫ报道１２日",
			units:  []string{"ＮＨＫ", "报", "道", "１２", "日"},
			bigram: []string{"报道", "日"},
			spaced: "ＮＨＫ|报|道|１２|日",
		},
		{
			name:   "thai marks before a latin word",
			text:   "ที่Bangkok",
			units:  []string{"ที่", "Bangkok"},
			bigram: []string{"ที่"},
			spaced: "ที่|Bangkok",
		},
		{
			// FTS5's unicode61 tokenizer reads private-use characters
			// (icon fonts) as letters: one glued to a unit is a word.
			name:   "private use is a word",
			text:   "北\uE000京",
			units:  []string{"北", "\uE000", "京"},
			bigram: []string{"北", "京"},
			spaced: "北|\uE000|京",
		},
		{
			name:   "latin untouched",
			text:   "The minister's plan, in full.",
			units:  []string{"The", "minister", "s", "plan", "in", "full"},
			spaced: "The minister's plan, in full.",
		},
		{name: "empty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.units, units(c.text)); diff != "" {
				t.Errorf("units (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(c.bigram, bigrams(c.text)); diff != "" {
				t.Errorf("bigrams (-want +got):\n%s", diff)
			}
			sp := Spaced(c.text, Sep)
			if got := strings.ReplaceAll(sp, string(Sep), "|"); got != c.spaced {
				t.Errorf("Spaced = %q, want %q", got, c.spaced)
			}
			if got := Unspace(sp, Sep); got != c.text {
				t.Errorf("Unspace(Spaced) = %q, want %q", got, c.text)
			}
			if got := Has(c.text); got != (len(c.bigram) > 0) {
				t.Errorf("Has = %v", got)
			}
		})
	}
}

func TestSpacedNoAlloc(t *testing.T) {
	s := "A Latin text of some length, with no unit in it at all: résumé, Ж."
	if n := testing.AllocsPerRun(100, func() { _ = Spaced(s, Sep) }); n != 0 {
		t.Errorf("Spaced of Latin text: %v allocations, want 0", n)
	}
}

func TestUnspaceHighlights(t *testing.T) {
	const z = string(Sep)
	for _, c := range []struct{ in, want string }{
		// Two highlighted units of one phrase read as one highlight.
		{"在<b>北</b>" + z + "<b>京</b>" + z + "举", "在<b>北京</b>举"},
		// A sep next to a highlighted unit goes.
		{"<b>北</b>" + z + "京", "<b>北</b>京"},
		// A sep between Latin words, not put by Spaced, stays.
		{"a" + z + "<b>b</b>", "a" + z + "<b>b</b>"},
		// Marks are looked through.
		{"ที่" + z + "<b>นี่</b>", "ที่<b>นี่</b>"},
	} {
		if got := Unspace(c.in, Sep, "<b>", "</b>"); got != c.want {
			t.Errorf("Unspace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"北京举行新闻发布会", "東京でカレーを食べた", "ที่นี่", "서울시는", "Apple的iPhone发布", "ＮＨＫ报道１２日", "plain text", "\xff北\u0e35", "ก\u0e35\u0e35\u0e35"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp := Spaced(s, Sep)
		if !strings.ContainsRune(s, Sep) {
			if got := Unspace(sp, Sep); got != s {
				t.Fatalf("Unspace(Spaced(%q)) = %q", s, got)
			}
			// Strings to look through change nothing where Spaced put
			// the separators (it never puts one next to them).
			if got := Unspace(sp, Sep, "[", "]"); got != s {
				t.Fatalf("Unspace(Spaced(%q), [, ]) = %q", s, got)
			}
		}
		if !Has(s) && sp != s {
			t.Fatalf("Spaced changed %q without units", s)
		}
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !IsUnit(r) {
				i += n
				continue
			}
			j := RunEnd(s, i)
			if j <= i {
				t.Fatalf("RunEnd(%q, %d) = %d", s, i, j)
			}
			var joined strings.Builder
			eachUnit(s[i:j], func(u string) { joined.WriteString(u) })
			if joined.String() != s[i:j] {
				t.Fatalf("units of %q join to %q", s[i:j], joined.String())
			}
			Bigrams(s[i:j], func(b string) {
				if !strings.Contains(s[i:j], b) {
					t.Fatalf("bigram %q not in %q", b, s[i:j])
				}
			})
			i = j
		}
	})
}

func TestIsMarkFastPath(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me); IsMark(r) != want {
			t.Fatalf("IsMark(U+%04X) = %v, want %v", r, !want, want)
		}
	}
}

// TestIsUnitFastPath: the blocks IsUnit answers without tables agree with
// the definition (a letter of a unit script, or the prolonged sound mark).
func TestIsUnitFastPath(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r >= FirstUnit && unicode.IsLetter(r) && unicode.In(r, unitScripts...) || r == 0x30FC || r == 0xFF70
		if IsUnit(r) != want {
			t.Fatalf("IsUnit(U+%04X) = %v, want %v", r, !want, want)
		}
	}
}

func TestFoldWidth(t *testing.T) {
	for r, want := range map[rune]rune{'Ｎ': 'N', '２': '2', '，': ',', '～': '~', 'N': 'N', '中': '中', '｡': '｡'} {
		if got := FoldWidth(r); got != want {
			t.Errorf("FoldWidth(%q) = %q, want %q", r, got, want)
		}
	}
}

func TestLetterUnits(t *testing.T) {
	for r, want := range map[rune]bool{'ก': true, 'ກ': true, 'က': true, 'ក': true, '中': false, 'か': false, '가': false, 'ᄀ': false} {
		if got := LetterUnits(r); got != want {
			t.Errorf("LetterUnits(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestDropMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Zoë Ferrand", "Zoe Ferrand"},
		{"Café Quillon", "Cafe Quillon"},
		{"Ada Quell", "Ada Quell"},
		{"서울시", "서울시"},       // Hangul decomposes under NFD; recomposed
		{"Łukasz", "Łukasz"}, // a letter of its own, no mark
	} {
		if got := DropMarks(tt.in); got != tt.want {
			t.Errorf("DropMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
