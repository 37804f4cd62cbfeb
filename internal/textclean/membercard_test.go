package textclean

import (
	"strings"
	"testing"
)

// TestMemberCard: the line test of rule forum-member-card.
func TestMemberCard(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"2,318 posts · Joined 2029", true},
		{"1 post · Joined 2031", true},
		{"Joined: Feb 2029", true},
		{"Joined: Tue Mar 04, 2031 9:12 pm", true},
		{"Joined: 4. Sep 2030, 18:40", true},
		{"Joined: the Orvania rowing club in 2029", false}, // no date's words
		{"Joined the Harbour Gazette in 2029 as a reporter.", false},
		{"Joined:", false},
		{"2,318 posts · Joined the board", false},
		{"Joined: Feb", false},      // no year
		{"Joined: Feb 1850", false}, // before minCardYear
		// date words only, but more than maxJoinedDateWords of them
		{"Joined: Tue Mar 04, 2031 9:12 pm 10 11", false},
	} {
		if got := memberCard(c.line); got != c.want {
			t.Errorf("memberCard(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestMemberCardRule: the poster cards of a flattened thread leave the
// body, the posts stay.
func TestMemberCardRule(t *testing.T) {
	const thread = `Does the Orvania ferry still run in winter?

I want to cross with my bike in January and the timetable says nothing about it at all.

Tobin Ashe
412 posts · Joined 2029

It runs twice a day from the north quay, but only on weekdays, and bikes go free.

Marta Quell
Joined: Mon Mar 12, 2029 4:05 pm

Thanks, that helps a lot with my plans.
`
	a, _ := Extract(thread, Options{})
	if strings.Contains(a.Text, "Joined") {
		t.Errorf("a member card kept:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "bikes go free") {
		t.Errorf("a post lost:\n%s", a.Text)
	}
}
