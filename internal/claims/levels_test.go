package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lgot is a claim as the rule tables of this file read it.
type lgot struct {
	Text, Unit, Subject string
	Value, Max          any
}

func extractL(text string) []lgot {
	var gs []lgot
	for _, c := range Extract(text, Options{}) {
		g := lgot{Text: c.Text, Unit: c.Unit, Subject: c.Subject}
		if c.Value != nil {
			g.Value = *c.Value
		}
		if c.ValueMax != nil {
			g.Max = *c.ValueMax
		}
		gs = append(gs, g)
	}
	return gs
}

// TestMeasureRules checks rules pricePence, temperature, measureCompound
// and rupeeWord on invented sentences: each case fails without its rule.
func TestMeasureRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []lgot
	}{
		{"pricePence, glued", "The bakery chain's stock closed at 412p on Friday.",
			[]lgot{{"The bakery chain's stock closed at 412p on Friday", "pence", "The bakery chain's stock closed on Friday", 412.0, nil}}},
		{"pricePence, cents", "A litre of milk now sells for 99c in the corner shops.",
			[]lgot{{"A litre of milk now sells for 99c in the corner shops", "cents", "A litre of milk now sells for in the corner shops", 99.0, nil}}},
		{"pricePence, written out", "A bus fare costs 185 pence in the town.",
			[]lgot{{"A bus fare costs 185 pence in the town", "pence", "A bus fare costs in the town", 185.0, nil}}},
		{"pricePence, not a video resolution", "The camera records in 1080p only.", nil},
		{"temperature, glued", "Temperatures hit 41.5C in the valley.",
			[]lgot{{"Temperatures hit 41.5C in the valley", "°C", "Temperatures in the valley", 41.5, nil}}},
		{"temperature, degree sign", "The lake reached 28.4°C on Sunday.",
			[]lgot{{"The lake reached 28.4°C on Sunday", "°C", "The lake on Sunday", 28.4, nil}}},
		{"temperature, Fahrenheit", "The mercury touched 104F in the desert town.",
			[]lgot{{"The mercury touched 104F in the desert town", "°F", "The mercury touched in the desert town", 104.0, nil}}},
		{"temperature, in words", "Warming must stay below 1.5 degrees Celsius, the panel urged.",
			[]lgot{{"Warming must stay below 1.5 degrees Celsius", "°C", "Warming must stay below", 1.5, nil}}},
		{"temperature, below zero", "The pass froze at -12C overnight.",
			[]lgot{{"The pass froze at -12C overnight", "°C", "The pass froze overnight", -12.0, nil}}},
		{"measureCompound", "The 2.5-mile route opened to walkers.",
			[]lgot{{"The 2.5-mile route opened to walkers", "miles", "route opened to walkers", 2.5, nil}}},
		{"measureCompound yields to another figure", "The 2.5-mile route cost ¥3 billion.",
			[]lgot{{"The 2.5-mile route cost ¥3 billion", "JPY", "The 2.5-mile route cost", 3e9, nil}}},
		{"measureCompound, no duration", "A two-day strike closed the port.", nil},
		{"measureCompound, no height", "The goalkeeper is 6-foot-4.", nil},
		{"rupeeWord", "The state will spend Rs 500 crore on rural roads.",
			[]lgot{{"The state will spend Rs 500 crore on rural roads", "INR", "The state will spend on rural roads", 5e9, nil}}},
		{"rupeeWord, with a stop", "Monthly rent in the suburb is Rs. 18,000 now.",
			[]lgot{{"Monthly rent in the suburb is Rs. 18,000 now", "INR", "Monthly rent in the suburb is now", 18000.0, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if d := cmp.Diff(tt.want, extractL(tt.text)); d != "" {
				t.Errorf("claims of %q (-want +got):\n%s", tt.text, d)
			}
		})
	}
}

// TestNotClaimsKept: an age, a score, a phone number, a clock time and a
// house number stay no claims beside the rules above.
func TestNotClaimsKept(t *testing.T) {
	for _, text := range []string{
		"The winger, 24, scored twice in a 3-1 win.",
		"Call 0800 123 4567 for help.",
		"The vigil starts at 7.30pm at 12 High Street.",
		"Doors open at 6pm and the 19-year-old sings at 9.",
	} {
		if got := extractL(text); len(got) > 0 {
			t.Errorf("claims of %q: %+v, want none", text, got)
		}
	}
}
