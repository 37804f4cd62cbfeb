package quotes

import "testing"

// TestNominalReported: a Turkish sentence whose subject is followed by a
// comma and whose clause ends in a verb noun in the accusative before a
// closing speech verb is reported speech (rule nominalReported); a clause
// ending in another word, or a sentence opening with no person, is not.
// Invented text.
func TestNominalReported(t *testing.T) {
	cases := []struct {
		text string
		want []spoken
	}{
		{"Elektrik fiyatları artıyor\n\nEnerji Bakanı Ali Orhan, artışın yakıt fiyatları nedeniyle kaçınılmaz olduğunu söyledi.",
			[]spoken{{"artışın yakıt fiyatları nedeniyle kaçınılmaz olduğunu", "Ali Orhan", "Enerji Bakanı Ali Orhan"}}},
		{"Elektrik fiyatları artıyor\n\nEkonomist Zeynep Kılıç, küçük işletmelerin zarar göreceğini belirtti.",
			[]spoken{{"küçük işletmelerin zarar göreceğini", "Zeynep Kılıç", "Ekonomist Zeynep Kılıç"}}},
		{"Elektrik fiyatları artıyor\n\nEnerji Bakanı Ali Orhan, yeni tarifeyi dün akşam açıkladı.", nil},
		{"Elektrik fiyatları artıyor\n\nDün akşam, köprünün kapandığını söyledi.", nil},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, "tr", c.want)
	}
}
