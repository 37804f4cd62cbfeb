package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// settingDocs are invented reports of one town, Harrowfield: a boatyard
// fire (two reports the day of it, a follow-up two days later) and a
// council tax protest two days after the fire, both with the town's
// mayor, Odile Vance, and Colm Reddy, who chairs its Harbour Trust.
var settingDocs = []struct {
	id, day, title, text string
	event                int
}{
	{"fire-1", "2026-03-02T10:00:00Z", "Boatyard fire in Harrowfield destroys three trawlers",
		"A fire swept through the Pellow boatyard in Harrowfield early on Monday, destroying three trawlers and a workshop. Firefighters from Harrowfield and Saltcombe fought the blaze for four hours. \"We lost the whole winter's repairs overnight,\" said yard owner Dara Pellow. Mayor Odile Vance visited the yard and said the town would help the fishermen. Colm Reddy, who chairs the Harbour Trust, closed the slipway.", 1},
	{"fire-2", "2026-03-02T15:30:00Z", "Three trawlers burnt out as blaze hits Harrowfield yard",
		"Three trawlers were burnt out when a blaze tore through a boatyard in Harrowfield on Monday morning. Crews from Harrowfield and Saltcombe needed four hours to put out the flames at the Pellow yard, where a workshop also burnt down. Dara Pellow, who owns the yard, said the winter's repairs were lost. Colm Reddy, who chairs the Harbour Trust, said the slipway would stay shut. Odile Vance, the mayor, promised help for the fishermen.", 1},
	{"fire-3", "2026-03-04T08:00:00Z", "Harrowfield boatyard blaze started by faulty heater, investigators say",
		"The fire that destroyed three trawlers and a workshop at the Pellow boatyard in Harrowfield on Monday was started by a faulty heater, fire investigators said on Wednesday. Firefighters from Saltcombe had helped to fight the blaze. Dara Pellow said the yard would rebuild the workshop and repair the fishermen's boats by the summer. The slipway reopened on Wednesday, said Colm Reddy, who chairs the Harbour Trust.", 1},
	{"tax-1", "2026-03-04T11:00:00Z", "Harrowfield mayor drops council tax rise after protest",
		"Harrowfield mayor Odile Vance dropped a planned council tax rise of 9 percent on Wednesday after hundreds of residents protested outside the town hall. A petition against the rise had gathered 2,400 signatures. \"We heard the town, and we will find the savings elsewhere,\" Vance said. Colm Reddy, who chairs the Harbour Trust and sits on the council, backed Vance.", 2},
	{"tax-2", "2026-03-04T16:00:00Z", "Protest forces Harrowfield to scrap tax increase",
		"Hundreds of residents protested outside the town hall in Harrowfield on Wednesday, and mayor Odile Vance scrapped the 9 percent council tax increase hours later. Organisers handed in a petition of 2,400 signatures. Vance said the council would look for savings instead. Colm Reddy, who chairs the Harbour Trust, supported the U-turn by Vance.", 2},
}

// settingBackground is a national corpus of local briefs from invented
// towns, one name each, in the words of local news (council, mayor,
// harbour, fire, tax): there the words of a town's events are common and
// the town's own names are rare.
func settingBackground(n int) []Doc {
	r := rand.New(rand.NewPCG(7, 11))
	syl := strings.Fields("bar cal den fol gan hes kir lom mar nev pol rud sal tor vel wyn")
	name := func() string {
		var b strings.Builder
		for range 3 {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	sentences := []string{
		"Councillors in %s will vote on the budget next week.",
		"The mayor of %s said the new bridge would open in spring.",
		"A motion against the council tax rise was tabled in %s.",
		"Firefighters in %s put out a blaze at a warehouse.",
		"The harbour in %s will close for dredging in the summer.",
		"Residents of %s signed a petition against the new car park.",
		"Police in %s closed the coast road after a crash.",
		"The ferry from %s will resume its winter timetable on Monday.",
		"Fishermen in %s said the season had been the worst in years.",
		"The town hall in %s will host a public meeting on the plans.",
		"A workshop in %s was damaged by a fire on Sunday.",
		"The school in %s reopened after repairs to its roof.",
		"Protesters gathered outside the council offices in %s.",
		"The lifeboat crew from %s rescued two walkers on the cliffs.",
		"The council in %s dropped plans to raise parking fees after a petition.",
		"Hundreds of residents in %s protested against the closure of the pool.",
		"The mayor of %s said the council would find the savings elsewhere.",
		"A petition in %s gathered thousands of signatures.",
		"Council tax in %s will rise by 3 percent, the mayor said.",
		"Councillors in %s scrapped the plan hours after the protest.",
	}
	start := time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	docs := make([]Doc, n)
	for i := range docs {
		town := name()
		var text []string
		for _, k := range r.Perm(len(sentences))[:4] {
			text = append(text, fmt.Sprintf(sentences[k], town))
		}
		docs[i] = Doc{
			ID:    fmt.Sprintf("bg-%d", i),
			Title: town + " news in brief",
			Text:  strings.Join(text, " "),
			Date:  start.Add(time.Duration(r.IntN(24*30)) * time.Hour),
		}
	}
	return docs
}

// TestClusterSettingNames: rule setting-names. Among a few hundred other
// towns' briefs, where 'fire', 'council' and 'tax' are common words and
// Harrowfield, Odile Vance and Colm Reddy are rare, the town's fire and
// its tax protest two days later share mostly names; they are two
// stories, and the fire's follow-up two days later, which shares the
// fire's words, is the fire's story.
func TestClusterSettingNames(t *testing.T) {
	docs := settingBackground(400)
	first := len(docs)
	for _, d := range settingDocs {
		day, err := time.Parse(time.RFC3339, d.day)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Doc{ID: d.id, Title: d.title, Text: d.text, Date: day})
	}
	l := Cluster(docs)
	events := make([]int, len(settingDocs))
	for k, d := range settingDocs {
		events[k] = d.event
	}
	wantTwoEvents(t, l[first:first+len(events)], events, "the fire and the tax protest")
	// The names are read over the whole corpus (corpusNames), in any
	// order: the same stories from the documents reversed.
	slices.Reverse(docs)
	r := Cluster(docs)
	n := len(docs)
	for k := range settingDocs {
		for j := range settingDocs {
			if (l[first+k] == l[first+j]) != (r[n-1-first-k] == r[n-1-first-j]) {
				t.Errorf("%s and %s: together %v, reversed %v", settingDocs[k].id, settingDocs[j].id,
					l[first+k] == l[first+j], r[n-1-first-k] == r[n-1-first-j])
			}
		}
	}
}

// wantTwoEvents fails t unless the documents labelled l of each event
// (events 1 and 2, events[k] the event of l[k]) are one story each, and
// the two events two stories; what names the two events.
func wantTwoEvents(t *testing.T, l, events []int, what string) {
	t.Helper()
	label := map[int][]int{}
	for k, ev := range events {
		label[ev] = append(label[ev], l[k])
	}
	for ev, ls := range label {
		for _, x := range ls[1:] {
			if x != ls[0] {
				t.Errorf("event %d split: %v", ev, ls)
				break
			}
		}
	}
	if label[1][0] == label[2][0] {
		t.Errorf("%s are one story (%d)", what, label[1][0])
	}
}

// TestCorpusNames: a term is a name when more documents write it only
// capitalised mid-sentence than write it only in lower case.
func TestCorpusNames(t *testing.T) {
	const town, word, mixed, opener = 1, 2, 3, 4
	terms := [][]feat{
		{{id: town, name: true}, {id: word, lower: true}, {id: opener}},
		{{id: town}, {id: word, lower: true}, {id: mixed, name: true, lower: true}},
		{{id: town, name: true}, {id: word, name: true}, {id: mixed, lower: true}},
		{{id: word, lower: true}, {id: mixed, name: true}},
	}
	corpusNames(terms)
	want := map[uint64]bool{town: true, word: false, mixed: false, opener: false}
	for i, doc := range terms {
		for _, f := range doc {
			if f.name != want[f.id] {
				t.Errorf("doc %d term %d: name %v, want %v", i, f.id, f.name, want[f.id])
			}
		}
	}
}
