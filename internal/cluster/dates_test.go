package cluster

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDocDays(t *testing.T) {
	tests := []struct {
		text string
		want []uint16
	}{
		{"The council approved the bypass on March 3 by 31 votes to 12.", []uint16{dayKey(time.March, 3)}},
		{"Crews left on Aug. 12. The road reopened on Sept. 30, 2026.", []uint16{dayKey(time.August, 12), dayKey(time.September, 30)}},
		{"The ferry sailed on 14 July and again on July 14.", []uint16{dayKey(time.July, 14)}},
		{"Der Rat stimmte am 3. März zu.", []uint16{dayKey(time.March, 3)}},
		{"Le maire a parlé le 14 juillet.", []uint16{dayKey(time.July, 14)}},
		{"La alcaldesa habló el 3 de marzo en el puerto.", []uint16{dayKey(time.March, 3)}},
		{"Son 3 de los 12 concejales.", nil},
		// No day: a month and a year, a modal verb, a figure alone.
		{"The plan was first drawn up in March 2024.", nil},
		{"Councillors may 12 times a year meet in private.", nil},
		{"The vote was 31 to 12.", nil},
		// Rule date-clash reads the opening only: the day in the sixth
		// sentence is background.
		{"One. Two. Three. Four. Five. The first vote was on May 2.", nil},
		{"One. Two. Three. Four. The first vote was on May 2.", []uint16{dayKey(time.May, 2)}},
	}
	for _, tt := range tests {
		_, _, _, got := docTermsLang(&Doc{Title: "Harbour news", Text: tt.text})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: days %v, want %v", tt.text, got, tt.want)
		}
	}
}

// dateDocs are weekdayDocs dated by calendar days instead of weekdays:
// the vote on March 3, the camp on March 5.
func dateDocs() []eventDoc {
	docs := slices.Clone(weekdayDocs)
	for k := range docs {
		r := strings.NewReplacer("on Tuesday", "on March 3", "on Thursday", "on March 5")
		docs[k].text = r.Replace(docs[k].text)
	}
	return docs
}

// TestClusterDateClash: rule date-clash. The vote's reports and the
// camp's share the saga's words (the bypass, the council, its leader, the
// vote's count); only the day each names in its opening tells them apart.
func TestClusterDateClash(t *testing.T) {
	docs := dateDocs()
	for _, d := range docs {
		if _, _, wd, _ := docTermsLang(&Doc{Title: d.title, Text: d.text}); wd != 0 {
			t.Fatalf("%s still names a weekday (%07b): rule weekday-clash would part them", d.id, wd)
		}
	}
	wantTwoEventsAmongBriefs(t, docs, "the vote and the camp, dated by calendar days")
}

// TestStoryDaysClash: rule date-clash between two stories (in similar,
// which merges them): both name days and share none.
func TestStoryDaysClash(t *testing.T) {
	m3, m5 := dayKey(time.March, 3), dayKey(time.March, 5)
	tests := []struct {
		a, b map[uint16]int32
		want bool
	}{
		{map[uint16]int32{m3: 2}, map[uint16]int32{m5: 1}, true},
		{map[uint16]int32{m3: 2, m5: 1}, map[uint16]int32{m5: 1}, false},
		{map[uint16]int32{m3: 2}, nil, false},
		{nil, map[uint16]int32{m5: 1}, false},
	}
	for _, tt := range tests {
		if got := storyDaysClash(tt.a, tt.b); got != tt.want {
			t.Errorf("storyDaysClash(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSimilarClashes pins rules weekday-clash and date-clash where two
// stories merge (similar): two stories of one vocabulary are as alike as
// can be, unless both name weekdays or calendar days and share none.
func TestSimilarClashes(t *testing.T) {
	m3, m5 := dayKey(time.March, 3), dayKey(time.March, 5)
	tue, wed := [7]int32{2: 1}, [7]int32{3: 1}
	tests := []struct {
		name       string
		daysA      [7]int32
		daysB      [7]int32
		calA, calB map[uint16]int32
		want       float64
	}{
		{"no days", [7]int32{}, [7]int32{}, nil, nil, 1},
		{"same weekday", tue, tue, nil, nil, 1},
		{"weekdays clash", tue, wed, nil, nil, WeekdayClash},
		{"same day", [7]int32{}, [7]int32{}, map[uint16]int32{m3: 1}, map[uint16]int32{m3: 2}, 1},
		{"days clash", [7]int32{}, [7]int32{}, map[uint16]int32{m3: 1}, map[uint16]int32{m5: 1}, WeekdayClash},
		{"one side dated", [7]int32{}, [7]int32{}, map[uint16]int32{m3: 1}, nil, 1},
		{"both clash, counted once", tue, wed, map[uint16]int32{m3: 1}, map[uint16]int32{m5: 1}, WeekdayClash},
	}
	for _, tt := range tests {
		mk := func(days [7]int32, cal map[uint16]int32) *story {
			return &story{centroid: map[uint64]float32{1: 3, 2: 4}, norm: 5, alive: true, days: days, cal: cal}
		}
		c := &Clusterer{stories: []*story{mk(tt.daysA, tt.calA), mk(tt.daysB, tt.calB)}}
		if got := c.similar(0, 1); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: similar = %v, want %v", tt.name, got, tt.want)
		}
	}
}
