package quotes

import "testing"

// TestAsSaidCentral pins rule asSaidCentral: Croatian, Slovene,
// Lithuanian, Latvian and Estonian open reported speech with "as" and
// the attribution, verb first, before a comma, as Russian and Polish do
// (rule asSaid); the sentence had no quote. "As" with no speaker before
// the comma is none. Texts and names invented.
func TestAsSaidCentral(t *testing.T) {
	checkQuotesBy(t, []quoteBy{
		{"hr", "Štrajk\n\nPredsjednik sindikata Stjepan Velmić najavio je štrajk.\n\nKako je rekao Velmić, štrajk počinje u ponedjeljak.",
			spoken{"štrajk počinje u ponedjeljak", "Stjepan Velmić", "Velmić"}},
		{"sl", "Nov most\n\nKot je dejal župan Janez Velkovrh, bodo dela končana do poletja.",
			spoken{"bodo dela končana do poletja", "Janez Velkovrh", "župan Janez Velkovrh"}},
		{"lt", "Naujas tiltas\n\nKaip sakė meras Jonas Velmaitis, tiltas bus baigtas vasarą.",
			spoken{"tiltas bus baigtas vasarą", "Jonas Velmaitis", "meras Jonas Velmaitis"}},
		{"lv", "Jauns tilts\n\nKā norādīja mērs Jānis Velmkalns, tilts tiks pabeigts vasarā.",
			spoken{"tilts tiks pabeigts vasarā", "Jānis Velmkalns", "mērs Jānis Velmkalns"}},
		{"et", "Uus sild\n\nNagu ütles linnapea Kadri Velmets, valmib sild suvel.",
			spoken{"valmib sild suvel", "Kadri Velmets", "linnapea Kadri Velmets"}},
	})
	checkSpokenLang(t, "Most\n\nKako je rekao, tako je i učinio.", "hr", nil)
}
