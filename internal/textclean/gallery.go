package textclean

import (
	"strings"
	"unicode"

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
	// lower-cased (a copy of each short line was an allocation a line;
	// model.LowerIs compares in place); lower-casing neither adds nor
	// removes an ASCII digit
	if !strings.ContainsAny(s, "0123456789") {
		return model.LowerIs(s, "caption")
	}
	// the words are read from s and lower-cased one by one as they are
	// compared (model.LowerIs): a short line with a figure ("Zorble 12
	// turns.") was lower-cased and split into a slice, two allocations a
	// line. No
	// rune becomes or stops being a space when lower-cased
	// (TestNotWordRuneLowerCase), so s splits into the same words.
	var f [5]string
	n, ok := model.FieldsUpTo(f[:], s, unicode.IsSpace)
	if !ok {
		return false
	}
	if n == 5 && model.LowerIs(f[3], "/") { // "image 1 of / 23"
		f[3], n = f[4], 4
	}
	if n != 4 || !model.LowerIs(f[2], "of") || !model.IsDigits(f[1]) || !model.IsDigits(f[3]) {
		return false
	}
	for _, label := range galleryLabels {
		if model.LowerIs(f[0], label) {
			return true
		}
	}
	return false
}

// galleryLabels name a gallery's pictures in its counter.
var galleryLabels = []string{"image", "photo", "picture", "slide", "foto", "bild", "imagen"}

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
	return classifiedAs(name+"/"+agency, model.RemovedImageCredit)
}

// classifiedAs reports whether the phrase rules (boilerplate.Classify)
// remove line as kind.
func classifiedAs(line, kind string) bool {
	k, _, ok := boilerplate.Classify(line)
	return ok && k == kind
}
