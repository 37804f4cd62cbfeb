package htmlextract

import "testing"

// TestJoinedLineRegistered: rule "joined-line" on the label FluxBB and
// PunBB write in a poster's column.
func TestJoinedLineRegistered(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Registered: 2019-04-11", true},
		{"registered: 2021-10-30", true},
		{"Registered: never", false},
		{"Registered voters in the ward rose by 1,200 in the spring, the clerk said.", false},
	}
	for _, c := range cases {
		if got := joinedLine(c.s); got != c.want {
			t.Errorf("joinedLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
