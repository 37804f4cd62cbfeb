package input

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		name, in, want string
		repaired       bool
	}{
		{"cp1252 quotes and dash", "Investorâ€™s guide â€” a â€œplanâ€\u009d", "Investor’s guide — a “plan”", true},
		{"latin-1 C1 controls", "itertools â\u0080\u0094 tools; itâ\u0080\u0099s", "itertools — tools; it’s", true},
		{"accents and no-break space", "cafÃ© Ã\u00a0 la crÃ¨me,Â\u00a0ok", "café à la crème,\u00a0ok", true},
		{"a single example stays", "The bytes show up as Ã© on old sites.", "The bytes show up as Ã© on old sites.", false},
		{"clean French", "Le pâté à l'âge d'or, «déjà».", "Le pâté à l'âge d'or, «déjà».", false},
		{"German guillemets", "»Große Straße« und »Maß«", "»Große Straße« und »Maß«", false},
		{"ASCII", "plain text", "plain text", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := repairMojibake(tt.in)
			if got != tt.want || ok != tt.repaired {
				t.Errorf("repairMojibake(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.repaired)
			}
		})
	}
}

func TestDecodeRepairsDoubleEncoding(t *testing.T) {
	d := Decode([]byte("<meta charset=utf-8><title>Itâ€™s here â€” now</title>"), "", true)
	if d.Text != "<meta charset=utf-8><title>It’s here — now</title>" || len(d.Warnings) != 1 {
		t.Errorf("Decode = %q, warnings %q", d.Text, d.Warnings)
	}
}

// repairRuneByRune is the repair loop as first written, rune by rune: the
// reference the byte-search loop of repairMojibake must match.
func repairRuneByRune(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0xC2 && r <= 0xF4 {
			if fixed, size, ok := mojibakeRun(s, i, r, n); ok {
				b.WriteRune(fixed)
				i += size
				continue
			}
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// TestRepairMojibakeMatchesRuneByRune checks the byte search against the
// rune-by-rune loop on random mixes of telltale runs, accented letters,
// invalid bytes and ASCII (a stray C3 in invalid bytes included).
func TestRepairMojibakeMatchesRuneByRune(t *testing.T) {
	pieces := []string{"a", " ", "Ã©", "â€™", "Ã", "\xc3", "\xc3\x28", "é", "ß«", "â\u0080\u0094", "Â\u00a0", "\xff", "€", "😀", "ð\u009f\u0098\u0080"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		b.WriteString("Ã©Ã© ") // enough telltales that the repair runs
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := b.String()
		got, ok := repairMojibake(in)
		if want := repairRuneByRune(in); !ok || got != want {
			t.Fatalf("repairMojibake(%q) = %q, %v; rune by rune %q", in, got, ok, want)
		}
	}
}
