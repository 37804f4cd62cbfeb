package claims

import "testing"

// TestInheritedLevel checks rule inheritedLevel: the earlier level of a
// count with no noun of its own measures what the claim before measured,
// without that claim's own year; a level with its noun keeps its words.
func TestInheritedLevel(t *testing.T) {
	tests := []langCase[string]{
		{"", "The Velden Greens won 24 seats, up from 17 at the last election.", []string{"seats the Velden Greens won", "The Velden Greens won seats at the last election"}},
		{"", "Some 1,176 brokers filed returns for 2023, up from 1,165 in 2022.", []string{"brokers filed returns for 2023", "brokers filed returns in 2022"}},
		{"", "The Orrin line carried 212 riders a day, up from 150 riders the year before.", []string{"riders a day the Orrin line carried", "riders the year before"}},
	}
	checkLang(t, tests, claimSubject)
}
