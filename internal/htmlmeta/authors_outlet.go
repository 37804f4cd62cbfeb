package htmlmeta

import "strings"

// outletPart is rule authorOutletPart: a byline or an author meta that
// names the writer's paper after the name ("Ada Quell, Orvania Times",
// "By Ada Quell and Tomas Veil, Harbour Courier") gave the paper as one
// more author when it was not the page's own site (the site rules set
// the page's own name aside). A part after a name of two words or more
// whose last word is a newspaper's title word (newspaperWords) names a
// paper, not a writer.
func outletPart(p string) bool {
	w := strings.Fields(p)
	return len(w) >= 2 && newspaperWords[strings.ToLower(strings.Trim(w[len(w)-1], ".,;:"))]
}

// newspaperWords close a newspaper's title and no person's name: the
// words that are surnames too ("Post", "Standard") are left out.
var newspaperWords = map[string]bool{
	"times": true, "gazette": true, "herald": true, "journal": true, "tribune": true, "courier": true,
	"chronicle": true, "examiner": true, "observer": true, "telegraph": true, "zeitung": true,
	"rundschau": true, "anzeiger": true, "kurier": true, "nachrichten": true, "tagblatt": true,
	"tageblatt": true, "presse": true, "newspaper": true,
}
