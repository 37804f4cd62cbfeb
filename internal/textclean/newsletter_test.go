package textclean

import (
	"strings"
	"testing"
)

// TestNewsletterBoxAbove: rule newsletter-box-above removes the sign-up
// box's heading and pitch the walk met before the box's field; a
// paragraph of the story above a box stays.
func TestNewsletterBoxAbove(t *testing.T) {
	const story = "Harbour council approves winter ferry timetable\n\n" +
		"The harbour council voted on Tuesday to extend the ferry timetable into the winter months, ending a long dispute.\n\n"
	const after = "\n\nEnter your email address\n\nOpponents said the cost would fall on local taxpayers, and asked for a review of the plan.\n"
	for _, c := range []struct {
		box  string
		gone []string
	}{
		{"Sign up to our morning briefing\n\nGet the day's top stories in your inbox every weekday morning.", []string{"Sign up to our morning briefing", "Get the day's top stories in your inbox every weekday morning."}},
		{"Abonnez-vous à notre lettre du matin", []string{"Abonnez-vous à notre lettre du matin"}},
		{"The new schedule adds two crossings a day from November, the council said.", nil},
	} {
		a, _ := Extract(story+c.box+after, Options{})
		var body []string
		for _, b := range a.Body {
			body = append(body, b.Text)
		}
		text := strings.Join(body, "\n")
		for _, g := range c.gone {
			if strings.Contains(text, g) {
				t.Errorf("%q stays in the body", g)
			}
		}
		if c.gone == nil && !strings.Contains(text, c.box) {
			t.Errorf("%q was removed", c.box)
		}
		if !strings.Contains(text, "Opponents said") || !strings.Contains(text, "The harbour council voted") {
			t.Errorf("story lost: %q", text)
		}
	}
}

// TestNewsletterBoxButton: rule newsletter-box-button removes the box's
// button under its pitch.
func TestNewsletterBoxButton(t *testing.T) {
	for _, button := range []string{"Jetzt anmelden", "S’inscrire", "Aanmelden"} {
		text := "Stadtrat beschließt neuen Fahrplan\n\nDer Stadtrat hat am Dienstag beschlossen, den Fahrplan auf die Wintermonate auszuweiten.\n\n" +
			"Newsletter\n\nDie wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.\n\n" + button +
			"\n\nDie Opposition kritisierte die Kosten von 1,2 Millionen Euro pro Jahr.\n"
		a, _ := Extract(text, Options{})
		if len(a.Body) != 2 {
			t.Errorf("%q: body %d blocks, want 2: %+v", button, len(a.Body), a.Body)
		}
	}
}

// TestNewsletterBoxDelivery: rule newsletter-box-delivery removes the
// pitch right under a sign-up prompt that sells the newsletter by when it
// comes; a story line further down that says "every morning" stays.
func TestNewsletterBoxDelivery(t *testing.T) {
	for _, tc := range []struct {
		pitch string
		body  int
	}{
		{"Get the day's essential regional news every morning.", 2},
		{"Recevez l'essentiel de l'actualité régionale chaque matin.", 2},
		{"Ferry crews in Tollmouth said they check the engines every morning, a union official said.", 3},
	} {
		text := "Ferry fares to rise in spring\n\nThe Tollmouth ferry company said on Tuesday that fares would rise by 4% from April.\n\n" +
			"Sign up for our daily newsletter\n\n" + tc.pitch +
			"\n\nPassenger groups called the rise unfair to island residents.\n"
		a, _ := Extract(text, Options{})
		if len(a.Body) != tc.body {
			t.Errorf("%q: body %d blocks, want %d: %+v", tc.pitch, len(a.Body), tc.body, a.Body)
		}
	}
}

// TestInvisibleLine: rule invisible-line reads a line of zero-width
// characters as blank, not as a paragraph; fails with the rule off.
func TestInvisibleLine(t *testing.T) {
	text := "Ferry fares to rise in spring\n\nThe Tollmouth ferry company said on Tuesday that fares would rise by 4% from April.\n\n\u200d\n\n" +
		"Passenger groups called the rise unfair to island residents.\n\n\u200b \ufeff\n\nThe company said fuel costs had doubled.\n"
	a, _ := Extract(text, Options{})
	if len(a.Body) != 3 {
		t.Errorf("body %d blocks, want 3: %+v", len(a.Body), a.Body)
	}
}
