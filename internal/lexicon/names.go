package lexicon

// nameParticles join the parts of a surname in the languages Lede reads
// ("de Vries", "van der Berg", "von Arnim", "da Silva", "del Río"), lower
// case as they are written inside a name.
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "dos": true, "das": true, "du": true, "la": true, "le": true, "ter": true, "ten": true, "zu": true}

// IsNameParticle reports whether w, lower case, is a surname's particle
// ("de", "van", "von"): a lower-case word a person's name may hold
// between its capitalised words.
func IsNameParticle(w string) bool { return nameParticles[w] }
