package lang

import "testing"

// TestSlovenianCroatian: Slovenian the detector takes for Croatian, or is
// unsure of, is Slovenian by its function words (rule
// slovenian-croatian); Croatian, Bosnian and Serbian keep their answer,
// and so does Slovak, which shares "v" and "z" with Slovenian.
func TestSlovenianCroatian(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"slovenian the detector takes for croatian", "Mestni svet v Kranju je v torek sklenil, da bo zgradil novo šolo v Planini. Župan je po seji povedal, da bo šola dokončana jeseni 2028 in da bo v njej prostora za več kot štiristo učencev. Opozicija je menila, da je projekt predrag, a je kljub temu glasovala zanj. Gradnja se bo po načrtu začela spomladi, občina pa je že objavila javno naročilo.", "sl"},
		{"slovenian the detector is unsure of", "Cene hrane so oktobra znova zrasle. Po podatkih statističnega urada so se podražili predvsem mleko, maslo in kruh. Analitiki pričakujejo, da se bo inflacija začela umirjati šele spomladi.", "sl"},
		{"croatian", "Policija je u Karlovcu privela muškarca koji je, prema navodima istražitelja, iz trgovine ukrao elektroniku vrijednu više od tri tisuće eura. Muškarac je priznao djelo, a prijeti mu kazna do pet godina zatvora.", "hr"},
		{"bosnian", "Općina Kakanj je u utorak saopćila da će nova linija voza biti puštena u saobraćaj sljedeće sedmice. Načelnik je rekao da će putovanje trajati manje od sat vremena.", "hr"},
		{"serbian", "Fudbaleri Partizana pobedili su u subotu Vojvodinu sa 2:1. Trener je posle utakmice rekao da je ponosan na igrače i da je tim pokazao karakter. Sledeća utakmica biće odigrana u sredu u Beogradu.", "sr"},
		{"slovak the detector is unsure of", "Vláda schválila návrh rozpočtu na budúci rok. Minister financií povedal, že dane sa zvyšovať nebudú, ale spotrebná daň z pohonných látok stúpne od januára.", "sk"},
	}
	checkDetect(t, tests)
}
