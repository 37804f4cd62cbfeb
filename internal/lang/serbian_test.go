package lang

import "testing"

// TestSerbianLatin: Serbian in Latin letters, which the detector reads as
// Croatian, is Serbian by its ekavian spellings and own words (rule
// serbian-latin); Croatian, Bosnian, a Croatian report quoting a Serbian
// speaker and Slovenian (ekavian too) keep their answer.
func TestSerbianLatin(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"serbian train", "Novi voz do Kikinde\n\nOpština Zrenjanin je u sredu saopštila da će nova linija biti puštena sledeće nedelje. Predsednik opštine rekao je da će radovi koštati oko dvadeset hiljada evra.", "sr"},
		{"serbian milk prices", "Cena mleka porasla je ovog meseca u prodavnicama širom zemlje, a proizvođači kažu da je za to kriva suša koja je pogodila sever.", "sr"},
		{"serbian river", "Reka Tamiš se izlila kod Pančeva. Vreme će sutra biti lepo, a vodostaj biće niži posle podne.", "sr"},
		{"serbian headline", "Cene goriva ponovo rastu od ponedeljka", "sr"},
		{"croatian headline", "Cijene goriva ponovno rastu od ponedjeljka", "hr"},
		{"croatian train", "Novi vlak do Koprivnice\n\nOpćina Križevci je u srijedu priopćila da će nova linija biti puštena sljedećeg tjedna. Predsjednik općinskog vijeća rekao je da će radovi stajati oko dvadeset tisuća eura.", "hr"},
		{"croatian milk prices", "Cijena mlijeka porasla je ovog mjeseca u trgovinama diljem zemlje, a proizvođači kažu da je za to kriva suša koja je pogodila sjever.", "hr"},
		{"croatian quoting a serbian speaker", "Ministri dviju zemalja sastali su se u petak u Bruxellesu. \"Ovo je vreme za dogovor\", rekao je srbijanski ministar, a sljedeći sastanak dogovoren je prije kraja mjeseca u Beogradu.", "hr"},
		{"croatian human being", "Izložba u Splitu bavi se pitanjem što čini ljudsko biće. Autorica kaže da je na projektu radila pet godina.", "hr"},
		{"bosnian train", "Novi voz do Tuzle\n\nOpćina Lukavac je u srijedu saopćila da će nova linija biti puštena sljedeće sedmice. Načelnik je rekao da će radovi koštati oko dvadeset hiljada KM, a putovanje će trajati manje od sat vremena.", "hr"},
		// hiljada, voz, opština and saopštiti are Bosnian's too: with no
		// ekavian word, nothing says Serbian
		{"serbian and bosnian words only", "Voz iz Doboja kasnio je dva sata. Opština je saopštila da će hiljadu putnika dobiti novac nazad.", "hr"},
		{"slovenian", "Vreme bo jutri spremenljivo, reka Drava pa bo ponekod prestopila bregove. Cene mleka so se ta mesec zvišale, so sporočili s kmetijske zbornice.", "sl"},
	}
	checkDetect(t, tests)
}

// TestSerbianLatinGuards: rule serbian-latin on texts the detector may
// read as Croatian that are no Serbian: Slovenian, whose "reka", "cene"
// and "mleka" look ekavian, and Slovak, whose "pre" and "mesto" do.
func TestSerbianLatinGuards(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"serbian", "Reka Tamiš se izlila kod Pančeva. Vreme će sutra biti lepo, a vodostaj biće niži posle podne.", true},
		{"serbian naming a foreigner", "Trener Jürgen Müller rekao je posle utakmice da je tim pokazao karakter. Sledeća utakmica biće odigrana u sredu.", true},
		{"slovenian", "Reka Sava je narasla v noči na torek. Vreme bo jutri lepo, cene mleka pa so višje kot lani, so povedali na zbornici.", false},
		{"slovak", "Mesto Poprad chce opraviť most cez rieku. Primátor povedal, že peniaze sú pripravené a práce sa začnú pre zlé počasie až na jar. Ceny materiálu vraj stúpli.", false},
	}
	for _, tt := range tests {
		if got := serbianLatin(tt.text); got != tt.want {
			t.Errorf("%s: serbianLatin(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
