package claims

import "testing"

// TestPointsRules checks rules pointsOfPercent and changePoints: points
// that change a share or set two shares apart are percentage points;
// points of a change are no part of what changed ("the index fell", not
// "the index fell points"); an index's points restated as a share after
// "or", and a player's points, stay points of their own.
func TestPointsRules(t *testing.T) {
	tests := []lcase{
		{"pointsOfPercent, a change to a share", "Unemployment rose by 0.4 points to 5.1 percent in March.",
			[]lgot{
				{"Unemployment rose by 0.4 points", "percentage points", "Unemployment rose", 0.4, nil},
				{"to 5.1 percent in March", "percent", "Unemployment in March", 5.1, nil}}},
		{"pointsOfPercent, a gap between shares", "Labour is on 41 percent, 12 points ahead of the Conservatives.",
			[]lgot{
				{"Labour is on 41 percent", "percent", "Labour", 41.0, nil},
				{"12 points ahead of the Conservatives", "percentage points", "ahead of the Conservatives", 12.0, nil}}},
		{"pointsOfPercent, an index's points", "The index fell 102 points, or 0.6%, on Friday.",
			[]lgot{
				{"The index fell 102 points", "points", "The index fell", 102.0, nil},
				{"0.6%", "percent", "The index fell", 0.6, nil}}}, // rule restatedFigure
		{"changePoints", "The index fell 40 points to 7,412.",
			[]lgot{
				{"The index fell 40 points", "points", "The index fell", 40.0, nil},
				{"to 7,412", "", "The index", 7412.0, nil}}},
		{"changePoints, by", "Turnout fell by 9 points in the suburbs.",
			[]lgot{{"Turnout fell by 9 points in the suburbs", "points", "Turnout fell in the suburbs", 9.0, nil}}},
		{"changePoints, a player's points", "Okafor added 31 points off the bench.",
			[]lgot{{"Okafor added 31 points off the bench", "points", "points Okafor added off the bench", 31.0, nil}}},
	}
	checkClaims(t, tests)
}

// TestTrailingAccording checks rule trailingAccording: an "according to"
// phrase after the figure is no part of the subject; one before it is
// left to the other rules.
func TestTrailingAccording(t *testing.T) {
	tests := []lcase{
		{"trailingAccording", "The scheme is backed by 58% of farmers according to the union.",
			[]lgot{{"The scheme is backed by 58% of farmers according to the union", "percent", "The scheme is backed by farmers", 58.0, nil}}},
		{"trailingAccording, a change", "Remote work lifts output by 15% according to the study.",
			[]lgot{{"Remote work lifts output by 15% according to the study", "percent", "Remote work lifts output", 15.0, nil}}},
	}
	checkClaims(t, tests)
}
