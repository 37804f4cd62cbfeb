package claims

import "testing"

// TestCommonStudyModifier checks rule commonStudyModifier: a number, a
// common word or a nation's adjective alone before a study noun names no
// maker, even when the text never writes it in lower case; a single name
// still does. With rule placeStudy after "from": a place after the study
// noun is what the study covers. Texts invented.
func TestCommonStudyModifier(t *testing.T) {
	opts := Options{Places: []string{"Velmor"}}
	checkFirstSource(t, opts, []sourceCase{
		{"Exit polls showed that 57 percent of Labour voters in Harlow backed the bridge.", ""},
		{"Two studies found that 30% of bakers in Dunmore close on Mondays.", ""},
		{"Spanish research suggests that 40% of riders in Corran never wear helmets.", ""},
		{"Brackwell research suggests that 30% of bakers in Dunmore close on Mondays.", "Brackwell"},
		{"Polls from the Velmor primary showed that 57 percent of voters backed the bridge.", ""},
	})
}
