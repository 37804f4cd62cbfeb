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

// lcase is a rule table's case: its rule (or name), an invented
// sentence and the claims wanted of it.
type lcase struct {
	rule, text string
	want       []lgot
}

// checkClaims runs a rule table: each case's claims are those wanted.
func checkClaims(t *testing.T, tests []lcase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if d := cmp.Diff(tt.want, extractL(tt.text)); d != "" {
				t.Errorf("claims of %q (-want +got):\n%s", tt.text, d)
			}
		})
	}
}

// TestMeasureRules checks rules pricePence, temperature, measureCompound
// and rupeeWord on invented sentences: each case fails without its rule.
func TestMeasureRules(t *testing.T) {
	tests := []lcase{
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
			[]lgot{{"The 2.5-mile route cost ¥3 billion", "JPY", "The 2.5-mile route cost", 3e9, nil},
				{"2.5-mile route", "miles", "route", 2.5, nil}}}, // rule compoundBeside
		{"measureCompound, no duration", "A two-day strike closed the port.", nil},
		{"measureCompound, no height", "The goalkeeper is 6-foot-4.", nil},
		{"rupeeWord", "The state will spend Rs 500 crore on rural roads.",
			[]lgot{{"The state will spend Rs 500 crore on rural roads", "INR", "The state will spend on rural roads", 5e9, nil}}},
		{"rupeeWord, with a stop", "Monthly rent in the suburb is Rs. 18,000 now.",
			[]lgot{{"Monthly rent in the suburb is Rs. 18,000 now", "INR", "Monthly rent in the suburb is now", 18000.0, nil}}},
	}
	checkClaims(t, tests)
}

// TestChangeLevelRules checks rules changeLevel and rangeFrom: the level
// a change ends at or starts from is a claim of its own, and "range from
// X to Y" is one claim with both ends.
func TestChangeLevelRules(t *testing.T) {
	tests := []lcase{
		{"changeLevel, a price after a change", "The miner's shares fell 7 per cent to 388p.",
			[]lgot{
				{"The miner's shares fell 7 per cent", "percent", "The miner's shares fell", 7.0, nil},
				{"to 388p", "pence", "The miner's shares", 388.0, nil}}},
		{"changeLevel, points then a share", "Joblessness fell by 0.3 percentage points to 4.6%.",
			[]lgot{
				{"Joblessness fell by 0.3 percentage points", "percentage points", "Joblessness fell", 0.3, nil},
				{"to 4.6%", "percent", "Joblessness", 4.6, nil}}},
		{"changeLevel, from one level to another", "Bus fares rose from £2 to £2.50 last spring.",
			[]lgot{
				{"Bus fares rose from £2", "GBP", "Bus fares rose", 2.0, nil},
				{"to £2.50 last spring", "GBP", "Bus fares last spring", 2.5, nil}}},
		{"changeLevel, the level it started from", "The lender cut its rate to 4.5% from 4.75%.",
			[]lgot{
				{"The lender cut its rate to 4.5%", "percent", "The lender cut its rate", 4.5, nil},
				{"from 4.75%", "percent", "The lender cut its rate", 4.75, nil}}},
		{"changeLevel, a counted noun before to", "Mortgage rates rose 25 basis points to 5.25% on Monday.",
			[]lgot{
				{"Mortgage rates rose 25 basis points", "points", "Mortgage rates rose basis points", 25.0, nil},
				{"to 5.25% on Monday", "percent", "Mortgage rates on Monday", 5.25, nil}}},
		{"changeLevel, no change before to", "The fund gave £5m to 300 charities.",
			[]lgot{{"The fund gave £5m to 300 charities", "GBP", "The fund gave charities", 5e6, nil}}},
		{"changeLevel, an amount raised is no change", "The campaign raised $6m to its rival's $4m.",
			[]lgot{{"The campaign raised $6m to its rival's $4m", "USD", "The campaign raised to its rival's $4m", 6e6, nil}}},
		{"bareLevel, a scaled amount", "Council spending rose by 6% to 1.8bn last year.",
			[]lgot{
				{"Council spending rose by 6%", "percent", "Council spending rose", 6.0, nil},
				{"to 1.8bn last year", "", "Council spending last year", 1.8e9, nil}}},
		{"bareLevel, an index level", "The mining index slipped 0.7% to 4,318 on Tuesday.",
			[]lgot{
				{"The mining index slipped 0.7%", "percent", "The mining index slipped", 0.7, nil},
				{"to 4,318 on Tuesday", "", "The mining index on Tuesday", 4318.0, nil}}},
		{"bareLevel, the level it started from", "Output fell 2% from 1.4 million a year before.",
			[]lgot{
				{"Output fell 2%", "percent", "Output fell", 2.0, nil},
				{"from 1.4 million a year before", "", "Output fell a year before", 1.4e6, nil}}},
		{"bareLevel, no year", "Sales fell 3% from 2019 levels.",
			[]lgot{{"Sales fell 3% from 2019 levels", "percent", "Sales fell from 2019 levels", 3.0, nil}}},
		{"bareLevel, no duration", "Waiting lists grew 8% to 14 months.",
			[]lgot{{"Waiting lists grew 8% to 14 months", "percent", "Waiting lists grew months", 8.0, nil}}},
		{"rangeFrom", "Hourly wages at the plant range from $14 to $22.",
			[]lgot{{"Hourly wages at the plant range from $14 to $22", "USD", "Hourly wages at the plant range", 14.0, 22.0}}},
		{"rangeFrom, ranging", "Leads in the polls, ranging from 3 to 7 percentage points, held.",
			[]lgot{{"ranging from 3 to 7 percentage points", "percentage points", "ranging", 3.0, 7.0}}},
		{"rangeFrom, anywhere", "A new roof could cost anywhere from £8,000 to £12,000.",
			[]lgot{{"A new roof could cost anywhere from £8,000 to £12,000", "GBP", "A new roof could cost anywhere", 8000.0, 12000.0}}},
	}
	checkClaims(t, tests)
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

// TestAndPredicate checks rule andPredicate: an "and" that opens a
// predicate of its own between two figures makes two claims; a list, a
// range or a relative clause keeps one.
func TestAndPredicate(t *testing.T) {
	tests := []lcase{
		{"a second verb", "The new tram line cost £1.9bn and will carry 25,000 passengers a day.",
			[]lgot{
				{"The new tram line cost £1.9bn", "GBP", "The new tram line cost", 1.9e9, nil},
				{"will carry 25,000 passengers a day", "people", "passengers a day will carry", 25000.0, nil}}},
		{"a second subject and verb", "The harbour index gained 1.2% and the Orchard index climbed 0.4%.",
			[]lgot{
				{"The harbour index gained 1.2%", "percent", "The harbour index gained", 1.2, nil},
				{"the Orchard index climbed 0.4%", "percent", "the Orchard index climbed", 0.4, nil}}},
		{"after a level, past a long lead", "The harbour index of the southern exchange gained 1.2% to 3,406 and the Orchard index climbed 0.4%.",
			[]lgot{
				{"The harbour index of the southern exchange gained 1.2%", "percent", "The harbour index of the southern exchange gained", 1.2, nil},
				{"to 3,406", "", "The harbour index of the southern exchange", 3406.0, nil},
				{"the Orchard index climbed 0.4%", "percent", "the Orchard index climbed", 0.4, nil}}},
		{"againstFigure", "The mayor took 55% of the vote against 41% for her challenger.",
			[]lgot{
				{"The mayor took 55% of the vote", "percent", "The mayor took the vote", 55.0, nil},
				{"41% for her challenger", "percent", "for her challenger", 41.0, nil}}},
		{"a list", "The scheme served 212 riders and 61 walkers in its first year.",
			[]lgot{{"The scheme served 212 riders and 61 walkers in its first year", "people", "The scheme served riders and 61 walkers in its first year", 212.0, nil}}},
		{"a relative clause", "The shop sells 4,000 shirts and coats that are priced at up to $900 each.",
			[]lgot{{"The shop sells 4,000 shirts and coats that are priced at up to $900 each", "shirts", "The shop sells shirts and coats that are priced at up to $900 each", 4000.0, nil}}},
	}
	checkClaims(t, tests)
}

// TestLangChangeLevel checks rules langChangeLevel and pointSingular: the
// level after a change figure is a claim of its own in the language
// rules, with the noun phrase the change measured; a range or an amount
// given to a count stays one claim.
func TestLangChangeLevel(t *testing.T) {
	type lc struct {
		Text, Unit, Subject string
		Value               float64
	}
	tests := []struct {
		lang, text string
		want       []lc
	}{
		{"de", "Die Inflationsrate sank um 0,4 Prozentpunkte auf 2,9 Prozent.", []lc{
			{"Die Inflationsrate sank um 0,4 Prozentpunkte", "percentage points", "die Inflationsrate sank", 0.4},
			{"auf 2,9 Prozent", "percent", "die Inflationsrate", 2.9}}},
		{"de", "Der Absatz wuchs um 6 Prozent auf 1,4 Milliarden Euro.", []lc{
			{"Der Absatz wuchs um 6 Prozent", "percent", "der Absatz wuchs", 6},
			{"auf 1,4 Milliarden Euro", "EUR", "der Absatz", 1.4e9}}},
		{"fr", "Le taux d'épargne a reculé de 0,6 point à 17,1 % au printemps.", []lc{
			{"Le taux d'épargne a reculé de 0,6 point", "percentage points", "le taux d'épargne a reculé", 0.6},
			{"à 17,1 % au printemps", "percent", "le taux d'épargne", 17.1}}},
		{"es", "La morosidad bajó 0,2 puntos hasta el 3,4 % en abril.", []lc{
			{"La morosidad bajó 0,2 puntos", "percentage points", "la morosidad bajó", 0.2},
			{"hasta el 3,4 % en abril", "percent", "la morosidad", 3.4}}},
		{"de", "Die Stiftung verteilt 8 Millionen Euro auf 120 Vereine.", []lc{
			{"Die Stiftung verteilt 8 Millionen Euro auf 120 Vereine", "EUR", "die Stiftung verteilt", 8e6}}},
		{"fr", "Le rendement attendu va de 2 % à 2,5 %.", []lc{
			{"Le rendement attendu va de 2 % à 2,5 %", "percent", "le rendement attendu va", 2}}},
	}
	for _, tt := range tests {
		var got []lc
		for _, c := range Extract(tt.text, Options{Lang: tt.lang}) {
			g := lc{Text: c.Text, Unit: c.Unit, Subject: c.Subject}
			if c.Value != nil {
				g.Value = *c.Value
			}
			got = append(got, g)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, d)
		}
	}
}

// TestChangeLevelReach checks rules levelAfterTime, byChange,
// fractionOfPoint, levelObject, levelHeadTime and majorityMargin.
func TestChangeLevelReach(t *testing.T) {
	tests := []lcase{
		{"levelAfterTime", "Bus ridership climbed 9% in a year to 48,000.",
			[]lgot{
				{"Bus ridership climbed 9% in a year", "percent", "Bus ridership climbed in a year", 9.0, nil},
				{"to 48,000", "", "Bus ridership", 48000.0, nil}}},
		{"levelAfterTime, from", "Food inflation eased to 3.1% in May from 3.9% in April.",
			[]lgot{
				{"Food inflation eased to 3.1% in May", "percent", "Food inflation in May", 3.1, nil},
				{"from 3.9% in April", "percent", "Food inflation in April", 3.9, nil}}},
		{"byChange, fractionOfPoint, levelObject", "The reserve bank lifted its policy rate by a quarter of a percentage point to 4.75%.",
			[]lgot{
				{"The reserve bank lifted its policy rate by a quarter of a percentage point", "percentage points", "The reserve bank lifted its policy rate", 0.25, nil},
				{"to 4.75%", "percent", "its policy rate", 4.75, nil}}},
		{"byChange, a score is no change", "The mayor leads her rival by 52 percent to 44 percent.",
			[]lgot{{"The mayor leads her rival by 52 percent to 44 percent", "percent", "The mayor leads her rival", 52.0, nil}}},
		{"levelHeadTime", "Enrolment went from 12% in 2015 to 19% in 2023.",
			[]lgot{
				{"Enrolment went from 12% in 2015", "percent", "Enrolment went in 2015", 12.0, nil},
				{"to 19% in 2023", "percent", "Enrolment went in 2023", 19.0, nil}}},
		{"levelHeadAux", "Ticket prices were cut by 15% to £42 in the spring.",
			[]lgot{
				{"Ticket prices were cut by 15%", "percent", "Ticket prices were cut", 15.0, nil},
				{"to £42 in the spring", "GBP", "Ticket prices in the spring", 42.0, nil}}},
		{"inheritedCount", "About 1,300 pupils sat the exam, up from 1,120 a year earlier.",
			[]lgot{
				{"About 1,300 pupils sat the exam", "people", "pupils sat the exam", 1300.0, nil},
				{"up from 1,120 a year earlier", "people", "pupils sat the exam a year earlier", 1120.0, nil}}},
		{"inheritedCount, no rate", "The district logged 41 cases per 10,000 residents, up from 35 in June.",
			[]lgot{{"The district logged 41 cases per 10,000 residents", "cases", "cases the district logged per 10,000 residents", 41.0, nil}}},
		{"majorityMargin", "She held the seat with a majority of 2,874 over the Greens.",
			[]lgot{{"She held the seat with a majority of 2,874 over the Greens", "votes", "She held the seat with a majority of over the Greens", 2874.0, nil}}},
	}
	checkClaims(t, tests)
}

// TestPartAndVerbLevel checks rules partOfWhole and verbLevel.
func TestPartAndVerbLevel(t *testing.T) {
	tests := []lcase{
		{"partOfWhole", "The Liberal Democrats won 19 of the 45 seats on the council.",
			[]lgot{{"The Liberal Democrats won 19 of the 45 seats on the council", "seats", "seats the Liberal Democrats won on the council", 19.0, nil}}},
		{"partOfWhole, no determiner", "Rescuers reached 11 of 14 villages by nightfall.",
			[]lgot{{"Rescuers reached 11 of 14 villages by nightfall", "villages", "Rescuers reached villages by nightfall", 11.0, nil}}},
		{"verbLevel", "The number of flu cases climbed to 1,482 on Monday.",
			[]lgot{{"The number of flu cases climbed to 1,482 on Monday", "", "The number of flu cases on Monday", 1482.0, nil}}},
		{"verbLevel, a unit it does not know", "Top speed dropped to 22 MPH on the hill.", nil},
		{"verbLevel, a rank", "The club rose to 12th in the table.", nil},
		{"verbLevel, reached", "Cases of mumps in the region reached 3,870 last year.",
			[]lgot{{"Cases of mumps in the region reached 3,870 last year", "", "Cases of mumps in the region last year", 3870.0, nil}}},
		{"verbLevel, stood at", "The national debt stood at 2.6 trillion in March.",
			[]lgot{{"The national debt stood at 2.6 trillion in March", "", "The national debt in March", 2.6e12, nil}}},
		{"verbLevel, a range's lower end", "Highs reached 10 to 15 degrees above normal.",
			[]lgot{{"Highs reached 10 to 15 degrees above normal", "degrees", "Highs reached degrees above normal", 10.0, 15.0}}},
		{"verbLevel, a bare figure opening the sentence", "30 and counting, the coach joked.", nil},
		{"partOfWhole, a series", "The side has lost 9 of its last 12 away games.",
			[]lgot{{"The side has lost 9 of its last 12 away games", "games", "away games the side has lost", 9.0, nil}}},
		{"timesRange", "Heavy drinkers are 4 to 6 times more likely to fall.",
			[]lgot{{"Heavy drinkers are 4 to 6 times more likely to fall", "times", "Heavy drinkers are more likely to fall", 4.0, 6.0}}},
		{"decimalScale", "The insurer booked $4.1bn in premiums.",
			[]lgot{{"The insurer booked $4.1bn in premiums", "USD", "The insurer booked in premiums", 4.1e9, nil}}},
	}
	checkClaims(t, tests)
}
