package quotes

import "testing"

// TestTimeLead: a date or day opening a Polish or Russian sentence
// before its subject is no part of the speaker's mention (rule
// timeLead). Invented text.
func TestTimeLead(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"pl", "Nowy most\n\n20 kwietnia Tomasz Welmak zapowiedział, że remont mostu rozpocznie się we wrześniu.",
			[]spoken{{"remont mostu rozpocznie się we wrześniu", "Tomasz Welmak", "Tomasz Welmak"}}},
		{"pl", "Nowy most\n\nWczoraj radny Piotr Sowa powiedział, że miasto nie ma pieniędzy.",
			[]spoken{{"miasto nie ma pieniędzy", "Piotr Sowa", "radny Piotr Sowa"}}},
		{"ru", "Новый мост\n\nВчера мэр Олег Ветров заявил, что ремонт моста начнётся в сентябре.",
			[]spoken{{"ремонт моста начнётся в сентябре", "Олег Ветров", "мэр Олег Ветров"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
