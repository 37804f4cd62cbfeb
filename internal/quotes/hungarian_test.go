package quotes

import "testing"

// TestHungarianSpeakers pins rule hungarianTable (package people) and the
// list lexicon speech_hu: a quote's speaker is the full name in the order
// the text gives it, family name first, also when the attribution names
// the family name alone, after a verb with its particle split off ("tette
// hozzá") or before its subject; before, every speaker was empty. Text
// and names invented.
func TestHungarianSpeakers(t *testing.T) {
	text := "Új híd\n\nVelmi János miniszter kedden Győrbe látogatott.\n\n„Ez a város legfontosabb beruházása” – mondta Velmi az újságíróknak.\n\n„Évek óta várunk erre” – tette hozzá Kardos-Velm Éva.\n\nVelmi János hozzátette, hogy a munka tavasszal kezdődik."
	checkSpokenLang(t, text, "hu", []spoken{
		{"Ez a város legfontosabb beruházása", "Velmi János", "Velmi"},
		{"Évek óta várunk erre", "Kardos-Velm Éva", "Kardos-Velm Éva"},
		{"a munka tavasszal kezdődik", "Velmi János", "Velmi János"},
	})
}

// TestHungarianAccording pins Hungarian in rule turkishAccording: a
// sentence opening with a source and "szerint" reports the source's
// words; a common noun before it ("a terv szerint", by the plan) is no
// source. Text and names invented.
func TestHungarianAccording(t *testing.T) {
	text := "Új híd\n\nVelmi János polgármester kedden Győrbe látogatott.\n\nVelmi János polgármester szerint a város ingyen adja a telket.\n\nA terv szerint a híd jövőre elkészül."
	checkSpokenLang(t, text, "hu", []spoken{
		{"a város ingyen adja a telket", "Velmi János", "Velmi János polgármester"},
	})
}
