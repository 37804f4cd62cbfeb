package quotes

import "testing"

// TestChannelBeforeSpeaker: where a Russian or Polish statement was made,
// between the speech verb and a speaker with a role, is passed over (rule
// channelBeforeSpeaker). Invented text.
func TestChannelBeforeSpeaker(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"ru", "Бюджет Велмска\n\n«Это бюджет проедания», — написал в своём Telegram-канале депутат Антон Лебедев.",
			[]spoken{{"Это бюджет проедания", "Антон Лебедев", "депутат Антон Лебедев"}}},
		{"pl", "Ceny prądu wzrosną\n\n„Długo utrzymywaliśmy ceny” – powiedział w rozmowie z PAP minister energii Adam Orłowski.",
			[]spoken{{"Długo utrzymywaliśmy ceny", "Adam Orłowski", "minister energii Adam Orłowski"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
