package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestWordToll checks rule wordToll: a small English count in words whose
// noun a toll verb follows is a claim; an ordinary count, or an active
// verb whose subject is the count, stays a description.
func TestWordToll(t *testing.T) {
	tests := []langCase[float64]{
		{"", "Three workers were injured on Tuesday when a crane collapsed at the depot.", []float64{3}},
		{"", "Four people died in a similar crash last spring.", []float64{4}},
		{"", "Two hikers were seriously hurt in the fall.", []float64{2}},
		{"", "The storm left five villagers dead and two children missing.", []float64{5}},
		{"", "Six residents have been evacuated from the block.", []float64{6}},
		{"", "Five councillors resigned in protest at the Ashby plan.", []float64{5}},
		{"", "Four guards were charged with theft in Orrin.", []float64{4}},
		{"", "Two officials said the cause was unknown.", nil},
		{"", "Three days later the depot reopened.", nil},
		{"", "Two gunmen killed a guard at the gate.", nil},
	}
	checkLang(t, tests, func(c model.Claim) float64 { return *c.Value })
}
