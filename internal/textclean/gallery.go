package textclean

import (
	"strings"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/boilerplate"
	"github.com/lede-news/lede/internal/model"
)

// isGalleryCounter is rule gallery-counter: the counter and label a photo
// gallery leaves in flattened text ("Image 1 of 23", "Photo 3 of / 12",
// "Caption"), with no picture to count.
func isGalleryCounter(s string) bool {
	if len(s) > maxGalleryCounter {
		return false
	}
	// no count: the text's other short lines are not split into words, nor
	// lower-cased (a copy of each short line was an allocation a line);
	// lower-casing neither adds nor removes an ASCII digit, and maps rune
	// to rune, so only a line of seven runes can read "caption"
	if !strings.ContainsAny(s, "0123456789") {
		return utf8.RuneCountInString(s) == len("caption") && strings.ToLower(s) == "caption"
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 5 && f[3] == "/" { // "image 1 of / 23"
		f = append(f[:3], f[4])
	}
	if len(f) != 4 || f[2] != "of" || !model.IsDigits(f[1]) || !model.IsDigits(f[3]) {
		return false
	}
	switch f[0] {
	case "image", "photo", "picture", "slide", "foto", "bild", "imagen":
		return true
	}
	return false
}

// maxGalleryCounter: "Picture 120 of / 150" is about twenty bytes.
const maxGalleryCounter = 30

// maxAgencyFirstCredit: "Getty Images / Justin Roe Photography" is under
// fifty bytes; boilerplate's "Name/Agency" credits are bounded at 60.
const maxAgencyFirstCredit = 60

// agencyFirstCredit is rule agency-first-credit: a picture credit written
// agency first ("AFP / Ada Marr", "Getty Images / Tom Vell") under a
// picture the extractor dropped. boilerplate reads the credit written
// name first ("Ada Marr/AFP") against its list of picture agencies; the
// rule asks it about the line with its two sides swapped, so that both
// orders share one list.
func agencyFirstCredit(s string) bool {
	if len(s) > maxAgencyFirstCredit || strings.Count(s, "/") != 1 || strings.Contains(s, "://") {
		return false
	}
	agency, name, _ := strings.Cut(s, "/")
	agency, name = strings.TrimSpace(agency), strings.TrimSpace(name)
	if agency == "" || name == "" {
		return false
	}
	kind, _, ok := boilerplate.Classify(name + "/" + agency)
	return ok && kind == model.RemovedImageCredit
}
