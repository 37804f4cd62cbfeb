package quotes

import "testing"

// TestTailHearer: a hearer in the dative between the speech verb after a
// Russian or Polish quote and its speaker is no part of the speaker
// phrase (rule tailHearer). Invented text.
func TestTailHearer(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Рынок закроют\n\nГородские власти Велмска решили закрыть старый рынок.\n\n«Рынок давно не отвечает нормам», — рассказала агентству глава комитета Светлана Орлова.",
			[]spoken{{"Рынок давно не отвечает нормам", "Светлана Орлова", "глава комитета Светлана Орлова"}}},
		{"pl", "Targ zamknięty\n\nWładze Welmowa postanowiły zamknąć stary targ.\n\n„Targ nie spełnia norm” – powiedział dziennikarzom burmistrz Tomasz Welmak.",
			[]spoken{{"Targ nie spełnia norm", "Tomasz Welmak", "burmistrz Tomasz Welmak"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
