package htmlmeta

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPatternPairs pins patternPairs on small patterns and on the credit
// patterns, and its refusals (nil) where a match may be shorter than two
// runes or opens with what pairsOf does not read.
func TestPatternPairs(t *testing.T) {
	for _, tc := range []struct{ expr, want string }{
		{`^(?i:by|von)\s`, "BY By Vo vO VO Vo bY by vO vo"},
		{`^(?:ab|c[de])`, "ab cd ce"},
		{`^x`, "nil"},
		{`^(?:ab|c)`, "nil"},
		{`^a*b`, "nil"},
		{`x`, "nil"},
	} {
		got := "nil"
		if set := patternPairs(regexp.MustCompile(tc.expr)); set != nil {
			got = pairSetString(set)
		}
		want := tc.want
		if want != "nil" {
			f := strings.Fields(want)
			slices.Sort(f)
			want = strings.Join(slices.Compact(f), " ")
		}
		if got != want {
			t.Errorf("patternPairs(%q) = %q, want %q", tc.expr, got, want)
		}
	}
	want := []string{"ar", "au", "by", "co", "ge", "pa", "po", "te", "ve", "vo", "wr"}
	var got []string
	for p := range creditPairs {
		got = append(got, strings.ToLower(string(p[:])))
	}
	slices.Sort(got)
	if got = slices.Compact(got); !slices.Equal(got, want) {
		t.Errorf("creditPairs (lower-cased) = %q, want %q", got, want)
	}
}

// pairSetString is set's pairs in order, space-separated.
func pairSetString(set map[[2]rune]bool) string {
	var ps []string
	for p := range set {
		ps = append(ps, string(p[:]))
	}
	slices.Sort(ps)
	return strings.Join(ps, " ")
}

// creditOpeningBlocks are elements labelledInText reads: credits it must
// read, and tiny texts it may skip.
var creditOpeningBlocks = []string{
	`<p>By Jane Doe</p>`, `<p>by</p>`, `<p>B<b>y</b> Jane Doe</p>`, `<p>B y Jane</p>`,
	`<p>Written by</p>`, `<p>  <em>Written by</em> Jane Doe</p>`, `<p>Von Jane Doe</p>`,
	`<p>` + "\u00a0Par\u00a0Jane Doe" + `</p>`, `<p>Autorin: Jane Doe</p>`, `<p>Text: Jane Doe</p>`,
	`<span>w1</span>`, `<p><span>w1</span> <b>x</b> <i>y</i></p>`, `<span>v</span>`, `<p>` + "B\u00adY Jane" + `</p>`,
	`<p>` + "b\xffy" + `</p>`, `<p>Pictures of the day</p>`, `<div>Posted by Jane Doe</div>`,
}

// TestCreditOpening: when creditOpening turns an element down, neither
// credit pattern matches the text labelledInText would have read.
func TestCreditOpening(t *testing.T) {
	for _, block := range creditOpeningBlocks {
		checkCreditOpening(t, block)
	}
}

// FuzzCreditOpening is TestCreditOpening on any markup.
func FuzzCreditOpening(f *testing.F) {
	for _, b := range creditOpeningBlocks {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, block string) { checkCreditOpening(t, block) })
}

func checkCreditOpening(t *testing.T, block string) {
	doc, err := html.Parse(strings.NewReader(`<html><body>` + block + `</body></html>`))
	if err != nil {
		return
	}
	var el *html.Node
	for n := doc.FirstChild.LastChild.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode {
			el = n
			break
		}
	}
	if el == nil || creditOpening(leadRunes(el)) {
		return
	}
	if txt, ok := shortText(el); ok && (textLabel.MatchString(txt) || textCredit.MatchString(txt)) {
		t.Errorf("creditOpening turns down %q, whose text %q a credit pattern matches", block, txt)
	}
}

// TestCreditOpeningSkips pins what the filter is for: labelledInText
// reads the credits, and skips texts whose first rune, or first two,
// no credit pattern opens with.
func TestCreditOpeningSkips(t *testing.T) {
	for _, tc := range []struct {
		block string
		read  bool
	}{
		{`<p>By Jane Doe</p>`, true},
		{`<p>Written by</p>`, true},
		{`<p>Autorin: Jane Doe</p>`, true},
		{`<p>B<b>y</b> Jane Doe</p>`, true},     // the second rune is in the next text node
		{`<span>v</span>`, true},                // a lead rune alone
		{`<p>Hello from the garden</p>`, false}, // no credit opens with H
		{`<span>w1</span>`, false},              // w opens "written by", but not with 1
		{`<p>Bravo to the team</p>`, false},     // B opens "by", but not with r
		{`<p>Pictures of the day</p>`, false},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + tc.block + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		el := doc.FirstChild.LastChild.FirstChild
		if got := creditOpening(leadRunes(el)); got != tc.read {
			t.Errorf("creditOpening(leadRunes(%q)) = %v, want %v", tc.block, got, tc.read)
		}
	}
}
