package htmlmeta

import "strings"

// pluralJob is rule authorPluralJob: a byline crediting two writers ends
// with their shared job title in the plural ("By Ada Quell and Tomas Veil,
// Staff Reporters", "..., Correspondents"), which the job rules knew only
// in the singular: the title was taken as a third author. w is a word in
// small letters.
func pluralJob(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	return ok && newsroomJobs[s]
}

// newsroomJobs are the newsroom's job words whose plural credits writers
// together; words that are also surnames or common nouns in the plural
// ("Heads", "Leads") are left out.
var newsroomJobs = map[string]bool{
	"editor": true, "reporter": true, "correspondent": true, "writer": true, "contributor": true,
	"columnist": true, "journalist": true, "producer": true,
}
