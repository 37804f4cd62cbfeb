package htmlmeta

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// titleBeats is rule authorTitleBeat: a job title that names its beats
// joined by a conjunction ("Ada Quell, Health and Science Correspondent",
// "Ada Quell, Arts & Culture Editor", "Ada Quell, Health, Science and
// Climate Correspondent") was split at the conjunction and the commas
// like a list of names, and its first beats ("Health") taken as more
// authors. Part i of parts (split by authorSplit, seps the separators
// between them) is a beat when it and the parts after it up to one
// holding a job word are single words (beatWord), the last of them joined
// to the job by a conjunction (conjunctionSep).
func titleBeats(parts, seps []string, i int) bool {
	for j := i; j+1 < len(parts) && j < len(seps); j++ {
		if !beatWord(parts[j]) {
			return false
		}
		if jobPart(parts[j+1]) {
			return conjunctionSep(seps[j])
		}
	}
	return false
}

// beatWord reports whether a byline part is one capitalised word holding
// no job word: a beat a job title may name ("Health", "Arts").
func beatWord(p string) bool {
	p = strings.TrimSpace(p)
	return p != "" && !strings.ContainsAny(p, " \t\u00a0") && model.StartsUpper(p) && !jobPart(p)
}

// conjunctionSep reports whether a separator authorSplit found holds a
// conjunction ("and", "&", "und", a serial comma's ", and"), not a comma
// or a semicolon alone.
func conjunctionSep(sep string) bool {
	s := strings.TrimLeft(strings.ToLower(sep), " \t\u00a0,;")
	return s != "" && (s[0] == '&' || s[0] >= 'a' && s[0] <= 'z')
}
