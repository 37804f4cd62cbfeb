package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Expected values printed by Python 3.11 (the reference scorers' Python).
func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"cafe\u0301 naïve", []string{"cafe", "naïve"}}, // a combining mark is not \w
		{"İstanbul", []string{"İstanbul"}},
		{"AΣ\u0301B", []string{"AΣ", "B"}},
		{"x_y ½² ٣٤ 東京タワー", []string{"x_y", "½²", "٣٤", "東京タワー"}},
		{"हिन्दी", []string{"ह", "न", "द"}}, // Devanagari vowel signs are marks
		{"", nil},
		{"--", nil},
	} {
		if d := cmp.Diff(tc.want, words(tc.in)); d != "" {
			t.Errorf("words(%q) (-python +go):\n%s", tc.in, d)
		}
	}
}

func TestPyLowerAndCasefold(t *testing.T) {
	for _, tc := range []struct{ in, lower, fold string }{
		{"İstanbul", "i\u0307stanbul", "i\u0307stanbul"},
		{"ΟΔΟΣ ΣΟΦΟΣ.", "οδος σοφος.", "οδοσ σοφοσ."}, // final sigma only in lower()
		{"Σ", "σ", "σ"},
		{"AΣ\u0301B", "aσ\u0301b", "aσ\u0301b"},
		{"Straße ﬁ", "straße ﬁ", "strasse fi"},
		{"ABC", "abc", "abc"},
	} {
		if got := pyLowerString(tc.in); got != tc.lower {
			t.Errorf("lower(%q) = %q, Python %q", tc.in, got, tc.lower)
		}
		if got := pyCasefold(tc.in); got != tc.fold {
			t.Errorf("casefold(%q) = %q, Python %q", tc.in, got, tc.fold)
		}
	}
}

func TestPyFloatRepr(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0.1, "0.1"}, {1, "1.0"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {0.0001, "0.0001"},
		{0.00001, "1e-05"}, {123.456, "123.456"}, {1.0 / 3, "0.3333333333333333"}, {0, "0.0"},
		{-2.5e-7, "-2.5e-07"}, {5e-324, "5e-324"},
	} {
		if got := pyFloatRepr(tc.in); got != tc.want {
			t.Errorf("repr(%v) = %q, Python %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	in := "Ana y Luis, Bob and Carl & Dan;Eve i Zoe andy yves sandy et al"
	want := []string{"Ana ", " Luis", " Bob ", " Carl ", " Dan", "Eve ", " Zoe andy yves sandy ", " al"}
	if d := cmp.Diff(want, splitAuthors(in)); d != "" {
		t.Errorf("splitAuthors (-python +go):\n%s", d)
	}
}

func FuzzParseExtractCases(f *testing.F) {
	f.Add([]byte(`{"id": "a", "set": "wcxb", "body": "x", "meta": {"title": 3}}` + "\n\n"))
	f.Add([]byte(`{"id": 1, "with": [null, 2]}` + "\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cases, err := ParseExtractCases(data)
		if err != nil {
			return
		}
		preds, _ := ParseExtractPreds(data)
		ScoreExtract(cases, preds)
	})
}

func FuzzParseQuotes(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "x", "quotes": [{"content": [[0, 1]], "speaker": [[5, 2]], "name": "Dr X", "direct": true}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ParseQuoteDocs(data)
		if err != nil {
			return
		}
		preds, _ := ParseQuotePreds(data)
		ScoreQuotes(docs, preds, false)
		ScoreQuotes(docs, preds, true)
	})
}

func FuzzParseLabelsTSV(f *testing.F) {
	f.Add([]byte("a\t1\nb\t 1 \r\n# c\n\nc\t2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := ParseLabelsTSV("fuzz", data)
		if err != nil {
			return
		}
		if _, err := ScoreClusters(l, l, MissingSingleton); err != nil {
			t.Fatal(err)
		}
	})
}
