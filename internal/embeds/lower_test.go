package embeds

import (
	"strings"
	"testing"
)

// The remnant checks as they were before they compared in place: each
// lower-cased its line. They stay here as references for the new ones.

func oldIsInstagramHeader(line string) bool {
	if len(line) > maxInstagramHeader {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	for _, h := range instagramHeaders {
		if l == h {
			return true
		}
	}
	return false
}

func oldBareURL(line string) string {
	s := strings.TrimSpace(line)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if s == "" || strings.ContainsAny(s, " \t") {
		return ""
	}
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return s
	}
	return ""
}

func oldIsYouTubeRemnant(line string) bool {
	if len(line) > maxRemnantLen {
		return false
	}
	l := strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ".:"))
	for _, r := range youTubeRemnants {
		if l == r {
			return true
		}
	}
	return false
}

func oldIsTwitterMedia(f string) bool {
	l := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(f), "https://"), "http://")
	return strings.HasPrefix(l, "pic.twitter.com/") || strings.HasPrefix(l, "pic.x.com/")
}

// checkSameAsOld fails when a new check answers line differently from its
// reference.
func checkSameAsOld(t *testing.T, line string) {
	t.Helper()
	if got, want := isInstagramHeader(line), oldIsInstagramHeader(line); got != want {
		t.Errorf("isInstagramHeader(%q) = %v, old %v", line, got, want)
	}
	if got, want := bareURL(line), oldBareURL(line); got != want {
		t.Errorf("bareURL(%q) = %q, old %q", line, got, want)
	}
	if got, want := isYouTubeRemnant(line), oldIsYouTubeRemnant(line); got != want {
		t.Errorf("isYouTubeRemnant(%q) = %v, old %v", line, got, want)
	}
	if got, want := isTwitterMedia(line), oldIsTwitterMedia(line); got != want {
		t.Errorf("isTwitterMedia(%q) = %v, old %v", line, got, want)
	}
}

// lowerCases are lines at the edges of the in-place comparison: capitals,
// the two runes whose lower case is ASCII (U+0130 "İ" lowers to "i", U+212A
// the Kelvin sign to "k"; strings.EqualFold would disagree on the first),
// bytes that are not UTF-8, a literal U+FFFD, truncated and overlong lines.
var lowerCases = []string{
	"",
	"Zorblat",
	"zorblat",
	"Watch this video on YouTube",
	"WATCH ON YOUTUBE.",
	"  watch on youtube: ",
	"YouTube Video Player",
	"Watch on YouTub",
	"Watch on YouTubee",
	"Watch on Youtube\u0130",
	"View this post on Instagram",
	"VİEW THİS POST ON İNSTAGRAM",
	"A post shared on Instagram",
	"A post shared on Instagram and more words to pass the bound",
	"view this post on instagram\xff",
	"\xffview this post on instagram",
	"view this post on \ufffdnstagram",
	"HTTPS://Example.Test/Fnord",
	"<http://example.test/fnord>",
	"WWW.example.test",
	"www",
	"htt",
	"http:/",
	"https://x y",
	"ḦTTP://example.test",
	"\u0130https://example.test",
	"pic.twitter.com/QwErT",
	"PIC.X.COM/QwErT",
	"https://http://pic.x.com/Zz",
	"http://https://pic.x.com/Zz",
	"HTTPS://PIC.TWITTER.COM/",
	"pic.twitter.co",
	"pic.\u212Ax.com/a",
	"https:\xc0//pic.x.com/a",
}

func TestLowerChecksSameAsOld(t *testing.T) {
	for _, line := range lowerCases {
		checkSameAsOld(t, line)
	}
}

// TestLowerChecksAllocFree: a plain line with a capital costs the remnant
// checks no allocation (the old ones lower-cased it: one allocation each).
func TestLowerChecksAllocFree(t *testing.T) {
	checks := []struct {
		name string
		f    func(string)
	}{
		{"isInstagramHeader", func(s string) { isInstagramHeader(s) }},
		{"bareURL", func(s string) { bareURL(s) }},
		{"isYouTubeRemnant", func(s string) { isYouTubeRemnant(s) }},
		{"isTwitterMedia", func(s string) { isTwitterMedia(s) }},
	}
	for _, line := range []string{"Zorblat", "Quibbling", "Ünter", "View this post on Instagram", "HTTPS://Example.Test/A"} {
		for _, c := range checks {
			if n := testing.AllocsPerRun(100, func() { c.f(line) }); n != 0 {
				t.Errorf("%s(%q): %v allocations, want 0", c.name, line, n)
			}
		}
	}
}

func FuzzLowerChecks(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		checkSameAsOld(t, line)
	})
}
