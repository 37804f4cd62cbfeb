package htmlmeta

import (
	"regexp"
	"strings"
)

// behalfTail opens, after a writer's name, the group the writer speaks
// for: English "on behalf of", German "im Auftrag", French "au nom de",
// Spanish "en nombre de", Italian "a nome di", Dutch "namens".
var behalfTail = regexp.MustCompile(`(?i)\s+(?:on\s+behalf\s+of|im\s+auftrag|au\s+nom\s+d\w*|en\s+nombre\s+de|a\s+nome\s+d\w*|namens)\b`)

// behalfWords are pieces of behalfTail's words in either case, one of
// which a byline must hold before the pattern runs (rule
// splitAuthorsPrefilter's way; no lower-cased copy of every byline).
var behalfWords = []string{"ehalf", "uftrag", " nom ", " Nom ", "ombre", " nome ", " Nome ", "amens"}

// cutBehalf is rule authorOnBehalf: "Orla Pennick on behalf of the
// Survey team" credits the writer, who writes for a team, a board or a
// committee; read whole, the byline was no name at all and the page lost
// its author (with a comma before it the tail was already dropped as a
// lower-case part). The name before the tail is kept when it reads as a
// proper name.
func cutBehalf(seg string) string {
	if !containsAny(seg, behalfWords) {
		return seg
	}
	if loc := behalfTail.FindStringIndex(seg); loc != nil && loc[0] > 0 && properName(strings.TrimSpace(seg[:loc[0]])) {
		return strings.TrimSpace(seg[:loc[0]])
	}
	return seg
}
