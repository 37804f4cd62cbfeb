package quotes

import "testing"

// TestRoleLedSpeaker: a speaker phrase of a role word and a name between
// the clause's comma and the verb reports the clause before it when only
// an adverbial follows the verb (rule roleLedSpeaker).
// Invented sentences.
func TestRoleLedSpeaker(t *testing.T) {
	const lead = "Fair called off\n\nThe spring craft fair on the quay will not go ahead.\n\n"
	cases := []struct {
		name, text string
		want       []spoken
	}{
		{"an organisation after a role word",
			"Stallholders will get their fees back within a month, the organiser Quay Events said in a statement.",
			[]spoken{{"Stallholders will get their fees back within a month", "Quay Events", "the organiser Quay Events"}}},
		{"a name not known as an organisation",
			"Stallholders will get their fees back within a month, the promoter Tidewell Live said in a statement.",
			[]spoken{{"Stallholders will get their fees back within a month", "the promoter Tidewell Live", "the promoter Tidewell Live"}}},
		{"a kind of organisation",
			"The fair will move to the autumn, the charity Quaywise said in a statement.",
			[]spoken{{"The fair will move to the autumn", "the charity Quaywise", "the charity Quaywise"}}},
		{"a person after a role word",
			"The marquee had failed its safety check, the organiser Pia Lund said on Friday.",
			[]spoken{{"The marquee had failed its safety check", "Pia Lund", "the organiser Pia Lund"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpoken(t, lead+c.text, c.want) })
	}
}
