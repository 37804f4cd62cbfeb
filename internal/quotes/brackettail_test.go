package quotes

import "testing"

// TestBracketTail: a party in brackets after a Polish, Russian or Turkish
// subject's name stays in the speaker's mention, the adverbial after it
// does not (rule bracketTail). Invented text.
func TestBracketTail(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"pl", "Pieniądze na szkołę\n\nPoseł Jan Nowacki (PSW) w piątek powiedział, że rząd przekaże pieniądze na odbudowę.",
			[]spoken{{"rząd przekaże pieniądze na odbudowę", "Jan Nowacki", "Poseł Jan Nowacki (PSW)"}}},
		{"ru", "Деньги на школу\n\nДепутат Олег Ветров (ПВР) в пятницу заявил, что правительство выделит деньги на ремонт.",
			[]spoken{{"правительство выделит деньги на ремонт", "Олег Ветров", "Депутат Олег Ветров (ПВР)"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
