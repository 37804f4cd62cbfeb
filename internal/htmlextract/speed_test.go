package htmlextract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestCreditTail pins creditTail, which searches only a block's tail, to
// the rule as first written: the last occurrence of a marker, not at the
// block's start, within maxCreditTail bytes of its end.
func TestCreditTail(t *testing.T) {
	ref := func(l string) bool {
		for _, m := range creditMarkers {
			if i := strings.LastIndex(l, m); i > 0 && len(l)-i <= maxCreditTail {
				return true
			}
		}
		return false
	}
	long := strings.Repeat("the hall by the river at dusk ", 4)
	for _, l := range []string{
		"", "x", ", photo:", "a, photo:", ", photo: reuters",
		"jana novak, photo: city archive",
		"die halle. foto: stadt emden",
		long + ", photo: reuters",
		", photo: " + long,
		"a, photo: " + long,
		"a, photo: b" + long + ", photo: c",
		long[:maxCreditTail-len(", photo:")] + ", photo:",
		"x" + long[:maxCreditTail-len(", photo:")] + ", photo:",
		long + ". quelle:" + strings.Repeat("y", maxCreditTail-len(". quelle:")),
		long + ". quelle:" + strings.Repeat("y", maxCreditTail-len(". quelle:")+1),
	} {
		if got, want := creditTail(l), ref(l); got != want {
			t.Errorf("creditTail(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestCardPriced pins cardPriced, which looks for a currency byte before
// folding a card's text, to hasPrice on the folded text.
func TestCardPriced(t *testing.T) {
	for _, src := range []string{
		`<div><a href="/mug">Mug no. 3</a><span>$13.50</span></div>`,
		`<div><a href="/mug">Tasse</a><span>19,99 €</span></div>`,
		`<div><a href="/tea">Tea</a> <b>£ 4.50</b></div>`,
		`<div><a href="/yen">Bowl</a><i>¥</i><i>800</i></div>`,
		`<div><a href="/r">Saree</a> ₹1,299</div>`,
		`<div><a href="/x">No price here</a><p>Just a blurb, 2024.</p></div>`,
		`<div><a href="/x">Dollar</a><script>var p = "$5";</script></div>`,
		`<div><a href="/x">Café</a> – “quoted” 5</div>`,
		`<div><a href="/x">Sign alone</a> $ </div>`,
	} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		card := doc.FirstChild.LastChild.FirstChild // html > body > div
		if got, want := cardPriced(card), hasPrice(shortText(card, 2*maxCardText)); got != want {
			t.Errorf("cardPriced(%s) = %v, want %v", src, got, want)
		}
	}
}

// appendTextRef is appendText as first written, byte by byte.
func appendTextRef(b []byte, s string) []byte {
	space := len(b) == 0 || b[len(b)-1] == ' ' || b[len(b)-1] == '\n'
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f':
			if !space {
				b = append(b, ' ')
				space = true
			}
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i++
			if !space {
				b = append(b, ' ')
				space = true
			}
		case formatChar(s[i:]) > 0:
			if r := c1Rune(s[i:]); r != 0 {
				b = utf8.AppendRune(b, r)
				space = false
			}
			i += formatChar(s[i:]) - 1
		default:
			b = append(b, c)
			space = false
		}
	}
	return b
}

// FuzzAppendText pins appendText, which copies runs, to appendTextRef.
func FuzzAppendText(f *testing.F) {
	for _, s := range [][2]string{{"", "a  b"}, {"x", " \u00a0y\u00a0"}, {"x\n", "Ä\u00c2\u00a0\xc2"}, {"pre ", "\t\r\f z \xc2"}, {"", "Schiff\u00adfahrt \u200b\ufeff don\u0092t\u2063\u200d"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, before, s string) {
		x := &extractor{buf: []byte(before)}
		x.appendText(s)
		if want := appendTextRef([]byte(before), s); string(x.buf) != string(want) {
			t.Errorf("appendText(%q after %q) = %q, want %q", s, before, x.buf, want)
		}
	})
}

// TestHiddenClasses: the "ly"/"ee" prefilter of rule "hidden" must let
// every name of hiddenClasses through.
func TestHiddenClasses(t *testing.T) {
	for _, c := range hiddenClasses {
		if !strings.Contains(c, "ly") && !strings.Contains(c, "ee") {
			t.Errorf("hidden class %q holds neither \"ly\" nor \"ee\": the prefilter of hiddenClass would skip it", c)
		}
	}
}

// TestIsHiddenPrefilter checks that the "ly"/"ee" prefilter of rule "hidden"
// lets each screen-reader class through and stops others.
func TestIsHiddenPrefilter(t *testing.T) {
	for class, want := range map[string]bool{
		"sr-only": true, "btn visually-hidden": true, "screen-reader-text": true, "visuallyhidden": true,
		"css-VisuallyHidden-x": true, "u-srOnly": true, "sronly": true, "screenreader-label": true, "a-offscreen": true,
		"u-hiddenVisually": true, "only-mobile": false, "nav-menu": false, "": false, "teaser": false,
	} {
		n := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "class", Val: class}}}
		if got := isHidden(n); got != want {
			t.Errorf("isHidden(class=%q) = %v, want %v", class, got, want)
		}
	}
}

// boilerOfRef is boilerOf's role and itemprop steps as first written: attr
// for each, and the maps asked whatever the value.
func (x *extractor) boilerOfRef(n *html.Node) (boilerKind, wordID) {
	switch n.DataAtom {
	case atom.Nav:
		return bkNav, wTagNav
	case atom.Footer:
		return bkNav, wTagFooter
	case atom.Aside:
		return bkOther, wTagAside
	case atom.Noscript:
		return bkOther, wTagNoscript
	case atom.Html, atom.Body, atom.Main:
		return bkNone, wNone
	}
	if r := attr(n, "role"); roleKinds[r] != bkNone {
		return roleKinds[r], roleWords[r]
	}
	if w, ok := propWords[attr(n, "itemprop")]; ok {
		return bkOther, w
	}
	k, w := classify(n, nil)
	if k != bkNone {
		return k, classWords[w]
	}
	return bkNone, wNone
}

// TestBoilerOfRoleProp pins boilerOf, which reads the role and itemprop
// in one pass and asks the maps only of a value, to boilerOfRef on
// elements with random attributes: repeated, namespaced, empty, of every
// role and itemprop the rules know and of others.
func TestBoilerOfRoleProp(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 11))
	vals := []string{"", "x", "main", "article", "Navigation", "menu item"}
	for r := range roleKinds {
		vals = append(vals, r)
	}
	vals = append(vals, postMetaProps...)
	keys := []string{"role", "itemprop", "class", "id", "href", "ROLE"}
	classes := []string{"", "menu", "sidebar widget", "entry-content", "share-buttons", "post"}
	tags := []atom.Atom{atom.Div, atom.Span, atom.Nav, atom.Li, atom.Main, atom.Ul}
	x := &extractor{}
	for i := 0; i < 20000; i++ {
		a := tags[rnd.IntN(len(tags))]
		n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
		for range rnd.IntN(5) {
			at := html.Attribute{Key: keys[rnd.IntN(len(keys))], Val: vals[rnd.IntN(len(vals))]}
			if at.Key == "class" || at.Key == "id" {
				at.Val = classes[rnd.IntN(len(classes))]
			}
			if rnd.IntN(8) == 0 {
				at.Namespace = "xlink"
			}
			n.Attr = append(n.Attr, at)
		}
		gk, gw := x.boilerOf(n)
		wk, ww := x.boilerOfRef(n)
		if gk != wk || gw != ww {
			t.Fatalf("boilerOf(%v) = %v, %v; want %v, %v", n.Attr, gk, gw, wk, ww)
		}
	}
}
