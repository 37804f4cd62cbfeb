package claims

import "testing"

// TestParticipleCount checks rule participleCount: the second count of a
// pair of toll verbs ("killing 23 people and injuring 140") is a claim of
// its own, counting what the first counts; an "and" with no toll verb
// after it, a first count with no toll verb before it, a first figure
// that is no count (a share), or a second figure with decimals (no whole
// count), stays as it was.
func TestParticipleCount(t *testing.T) {
	tests := []lcase{
		{"participleCount", "The quake struck before dawn, killing at least 23 people and injuring more than 140.",
			[]lgot{
				{"killing at least 23 people", "people", "killed people", 23.0, nil},
				{"injuring more than 140", "people", "injured people", 140.0, nil}}},
		{"participleCount, finite verbs", "The floods destroyed 300 homes and damaged 1,200 in the valley.",
			[]lgot{
				{"The floods destroyed 300 homes", "homes", "homes the floods destroyed", 300.0, nil},
				{"damaged 1,200 in the valley", "homes", "damaged homes", 1200.0, nil}}},
		{"participleCount, a share is no count", "The storm destroyed 40% of homes and damaged 300.",
			[]lgot{{"The storm destroyed 40% of homes and damaged 300", "percent", "The storm destroyed homes and damaged 300", 40.0, nil}}},
		{"participleCount, no toll verb before the first count", "The ward holds 12 patients and injured 40.",
			[]lgot{{"The ward holds 12 patients and injured 40", "people", "The ward holds patients and injured 40", 12.0, nil}}},
		// Rule participleList: a comma joins a list of toll verbs.
		{"participleList", "The storm killed 12 people, injured 40 and displaced 3,000.",
			[]lgot{
				{"The storm killed 12 people", "people", "people the storm killed", 12.0, nil},
				{"injured 40", "people", "injured people", 40.0, nil},
				{"displaced 3,000", "people", "displaced people", 3000.0, nil}}},
		{"participleList, Oxford comma", "The floods destroyed 300 homes, damaged 1,200, and flooded 40 schools.",
			[]lgot{
				{"The floods destroyed 300 homes", "homes", "homes the floods destroyed", 300.0, nil},
				{"damaged 1,200", "homes", "damaged homes", 1200.0, nil},
				{"flooded 40 schools", "schools", "flooded schools", 40.0, nil}}},
		// The whole-number guard: a figure with decimals after the second
		// verb is an average, no count of its own.
		{"participleCount, a decimal is no count", "Rebels killed 40 soldiers and wounded 3.5 on average each week.",
			[]lgot{{"Rebels killed 40 soldiers and wounded 3.5 on average each week", "people", "Rebels killed soldiers and wounded 3.5 on average each week", 40.0, nil}}},
		// Rule forcedOut: "forced" counts the displaced only when the count
		// is driven from somewhere.
		{"forcedOut", "The floods killed 14 people and forced 2,300 from their homes.",
			[]lgot{
				{"The floods killed 14 people", "people", "people the floods killed", 14.0, nil},
				{"forced 2,300 from their homes", "people", "displaced people", 2300.0, nil}}},
		{"forcedOut, to flee", "The fighting killed 9 people and forced 500 to flee.",
			[]lgot{
				{"The fighting killed 9 people", "people", "The fighting killed people", 9.0, nil},
				{"forced 500 to flee", "people", "displaced people", 500.0, nil}}},
		{"forcedOut, no place left", "The storm killed 3 people and forced 40 to wait overnight.",
			[]lgot{{"The storm killed 3 people and forced 40 to wait overnight", "people", "The storm killed people and forced 40 to wait overnight", 3.0, nil}}},
	}
	checkClaims(t, tests)
}
