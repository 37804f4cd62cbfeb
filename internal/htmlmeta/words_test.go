package htmlmeta

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// inFoldedTests are class texts for wordSet.inFolded, which must answer as
// in does on the lower-cased text.
var inFoldedTests = []string{
	"article-Image__credit", "wp-caption-text", "flex px-4 text-sm md:PHOTO", "BILDUNTERSCHRIFT",
	"footer-notice small", "im", "IMG", "Fotostrecke", "media-İmage", "caption-\u212a", "ſocial", "",
}

func TestWordSetInFolded(t *testing.T) {
	for _, s := range inFoldedTests {
		want := imageClassSet.in(strings.ToLower(s))
		if got := imageClassSet.inFolded(s); got != want {
			t.Errorf("inFolded(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzWordSetInFolded checks inFolded against in on the lower-cased text
// for any class text.
func FuzzWordSetInFolded(f *testing.F) {
	for _, s := range inFoldedTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := imageClassSet.inFolded(s), imageClassSet.in(strings.ToLower(s)); got != want {
			t.Errorf("inFolded(%q) = %v, in(ToLower) = %v", s, got, want)
		}
	})
}

// firstIndex is what wordSet.index must return: the least strings.Index of
// the words in s.
func firstIndex(words []string, s string) int {
	at := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

func TestWordSetIndex(t *testing.T) {
	for _, s := range []string{
		"", "P", "Published: 3 May 2021", "Zuerst veröffentlicht am 4.2.2022", "Date published 2021",
		"Posted on Tuesday", "Mise en ligne le 3 mai", "Publié le 3 mai, mise à jour", "publication date",
		"Originally published on our blog", "ublished", "xublishe", "Opublikowano: 2022-01-02",
	} {
		if got, want := pubLabels.index(s), firstIndex(pubLabelNeedles, s); got != want {
			t.Errorf("pubLabels.index(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzWordSetIndex checks wordSet.index against strings.Index per word.
func FuzzWordSetIndex(f *testing.F) {
	f.Add("Veröffentlicht am 4.2.2022")
	f.Add("Posted on ublication date")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := pubLabels.index(s), firstIndex(pubLabelNeedles, s); got != want {
			t.Errorf("pubLabels.index(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestClassIDSets pins classIDSets, which reads a class's text and sets
// from the memo and an id's afresh, to classOf's text and classWordSets on
// it.
func TestClassIDSets(t *testing.T) {
	c := newCollector("")
	for _, attrs := range [][2]string{
		{"entry-title", ""}, {"", "comments"}, {"Site-Footer Widget", "main-NAV"}, {"post", "author-box"},
		{"entry-date published", "post-123"}, {"", ""}, {"İmage", "\xffDATE"}, {"nav\xe2", "\x82menu"},
		{"by-", "line"}, {"site", "-title"}, {"com", "ment"}, {"Post-Title", "x"},
	} {
		src := `<div class="` + attrs[0] + `" id="` + attrs[1] + `">x</div>`
		if attrs[1] == "" {
			src = `<div class="` + attrs[0] + `">x</div>`
		}
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		n := doc.FirstChild.LastChild.FirstChild // html > body > div
		wantClass := classOf(n)
		want := classWordSets.match(wantClass)
		for range 2 { // the second time from the memo
			if class, got := c.classIDSets(classIDAttrs(n)); class != wantClass || got != want {
				t.Errorf("classIDSets(%q, %q) = %q, %b; want %q, %b", attrs[0], attrs[1], class, got, wantClass, want)
			}
		}
	}
}

// FuzzBylineSeparatorChars checks the prefilter of nameDateLine: a text
// with none of bylineSeparatorChars is one field for bylineSeparators.
func FuzzBylineSeparatorChars(f *testing.F) {
	for _, s := range []string{"Jane Doe | 3 May 2021", "By Jane Doe", "Jane Doe • May 3", "a / b", "x – y", "a\nb", "well-known"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.ContainsAny(s, bylineSeparatorChars) && len(bylineSeparators.Split(s, -1)) != 1 {
			t.Errorf("%q has no separator character but splits in %d", s, len(bylineSeparators.Split(s, -1)))
		}
	})
}

// inRef is wordSet.in by strings.Contains on each of the set's words: the
// reference for the scans that pick words by their first two bytes.
func inRef(set *wordSet, s string) bool {
	for _, words := range set.byFirst {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
	}
	for _, w := range set.single {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// classSetsRef is classSetsOf as first written: each set asked in turn,
// each word by strings.Contains.
func classSetsRef(class string) classSets {
	var cs classSets
	for _, t := range [...]struct {
		set *wordSet
		bit classSets
	}{
		{titleClasses, csTitle}, {chromeWords, csChrome}, {chromeExempt, csChromeExempt},
		{commentWords, csComment}, {siteTitleWords, csSiteTitle}, {bylineWords, csByline},
		{bylineNoise, csBylineNoise}, {bylineName, csBylineName}, {dateWords, csDate},
	} {
		if inRef(t.set, class) {
			cs |= t.bit
		}
	}
	return cs
}

// classWordTests share first bytes, and first pairs, with the sets' words
// without holding them, and hold them after such near misses.
var classWordTests = []string{
	"pxpo px-4 pr-2", "po", "pos postx", "pop-up promotion", "nanvav", "aut autx author", "da dat date",
	"phot photo", "tim time", "t-title", "sidebarx", "wid widget", "co cm comment", "bb by by-line",
	"entry-title", "site-footer widget", "post-author byline author-name", "", "a",
}

func TestClassWordSets(t *testing.T) {
	for _, s := range classWordTests {
		if got, want := classWordSets.match(s), classSetsRef(s); got != want {
			t.Errorf("classWordSets.match(%q) = %b, want %b", s, got, want)
		}
		for _, set := range []*wordSet{bylineNoise, dateWords, titleClasses, imageClassSet, pubLabels} {
			if got, want := set.in(s), inRef(set, s); got != want {
				t.Errorf("in(%q) = %v, want %v", s, got, want)
			}
			if got, want := set.inFolded(strings.ToUpper(s)), inRef(set, s); got != want {
				t.Errorf("inFolded(%q) = %v, want %v", strings.ToUpper(s), got, want)
			}
		}
	}
}

// FuzzClassWordSets pins the one-pass classWordSets to the sets asked one
// by one.
func FuzzClassWordSets(f *testing.F) {
	for _, s := range []string{"entry-title", "site-footer widget", "post-author byline author-name", "comment-list disqus_thread",
		"entry-date published updated", "site-title logo", "", "a", "navmenu-sidebar-widget-related"} {
		f.Add(s)
	}
	for _, s := range classWordTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := classWordSets.match(s), classSetsRef(s); got != want {
			t.Errorf("classWordSets.match(%q) = %b, want %b", s, got, want)
		}
	})
}
