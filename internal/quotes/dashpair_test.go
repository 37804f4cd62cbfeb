package quotes

import "testing"

// TestDashPair: a parenthesis between two dashes inside reported content
// is read through, its closing dash included (rule dashPair); a lone dash
// still turns to the writer's aside. Invented sentences.
func TestDashPair(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"spaced hyphens",
			"The clerk said those old - and never printed - letters were lost in the flood.",
			"those old - and never printed - letters were lost in the flood", "The clerk"},
		{"em dashes",
			"Lena Voss said the ferries — all four of them — will run again by May.",
			"the ferries — all four of them — will run again by May", "Lena Voss"},
		{"a lone dash ends the content",
			"Lena Voss said the ferries will run again by May — a promise she made last year too.",
			"the ferries will run again by May", "Lena Voss"},
	})
}
