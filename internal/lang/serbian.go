package lang

import "strings"

// serbianLatin is rule serbian-latin: the detector's Serbian profile is
// Cyrillic, and it reads Serbian written in Latin letters, which Serbian
// news sites publish as much, as Croatian ("Opština je saopštila
// da će novi voz biti pušten sledeće nedelje"). The two share most words;
// what parts them is the reflex of the old vowel jat, which standard
// Serbian writes e (ekavian: "vreme", "reka", "mleko", "pre", "predsednik")
// and Croatian and Bosnian write ije or je (ijekavian: "vrijeme", "rijeka",
// "mlijeko", "prije", "predsjednik"), and a few words of Serbian's own
// ("hiljada", "voz", "opština", "takođe", the future written as one word,
// "biće", "videćemo") against Croatian's ("tisuća", "vlak", "općina",
// "također", "bit će").
//
// A text read as Croatian is Serbian when it writes at least one ekavian
// word (Bosnian, ijekavian, shares "hiljada", "voz" and "opština" with
// Serbian and so stays where it was), at least minSerbianWords distinct
// Serbian words in all, and more than serbianOverCroatian times as many
// as Croatian ones (a Croatian report quoting a Serbian speaker stays
// Croatian). The detector reads other Slavic languages as Croatian too:
// Slovenian, whose "mesta", "reka" or "cene" look ekavian, counts its
// own function words against Serbian ("ki", "bo", "tudi"), and a text
// writing more than maxForeignLetters letters beyond ASCII other than
// Serbian's č, ć, đ, š and ž (Slovak's "ľ", "ô", "á", "ý") is no Serbian.
func serbianLatin(text string) bool {
	if lettersBeyond(text, serbianLatinLetters) > maxForeignLetters {
		return false
	}
	ekavian, serbian, croatian := 0, 0, 0
	for w := range distinctWords(text, func(w string) bool { return serbianCroatianWords[w] }) {
		switch {
		case ekavianWords[w]:
			ekavian++
		case serbianWords[w]:
			serbian++
		default: // ijekavianWords, slovenianWords
			croatian++
		}
	}
	sr := ekavian + serbian
	return ekavian > 0 && sr >= minSerbianWords && sr > serbianOverCroatian*croatian
}

// serbianLatinLetters are the letters beyond ASCII Serbian's Latin
// alphabet writes (rule serbian-latin).
const serbianLatinLetters = "čćđšž"

// maxForeignLetters: a Serbian text may name a foreigner or two ("Müller",
// "José"); more letters foreign to Serbian are another language's (rule
// serbian-latin).
const maxForeignLetters = 2

// minSerbianWords: one ekavian word may be a name or a quoted phrase in a
// Croatian text; two make a Serbian one (rule serbian-latin).
const minSerbianWords = 2

// serbianOverCroatian: a Serbian text may name a Croatian body or quote a
// Croatian speaker, but its own words outnumber theirs (rule
// serbian-latin).
const serbianOverCroatian = 2

// ekavianWords are common words of news copy in Serbian's ekavian
// spelling, each of which Croatian and Bosnian write with ije or je
// (ijekavianWords lists their forms); only forms no Croatian word shares
// are listed ("vremena", "leta", a flight's, and "sveta", holy, are left
// out) (rule serbian-latin).
var ekavianWords = setOf(`vreme mleko mleka reka reke reku lepo lep lepa lepe lepog
	pre posle gde ovde uvek sledeći sledeće sledećeg sledeća sledećih sledećem
	predsednik predsednika predsedniku predsednica predsednice predsedništvo potpredsednik
	sednica sednici sednice sednicu mesec meseca mesecu meseci deo delu delove
	cena cene cenu cenama reč reči rečima svetski svetske svetskog svetskom
	mesto mesta mestu vest vesti dete deca dece deci deteta sever severu severa leto
	nedelja nedelje nedelju nedelji sreda sredu primer primera primeru
	rešenje rešenja rešio rešila rešili verovatno veruje veruju lekar lekara lekari
	mera mere meru merama promena promene promenu menja svedok svedoka
	zamenik zamenika uveren uverena bezbednost bezbednosti bezbedno obezbediti
	pesma pesme telo tela vek veka veku hteo želeo doneo donela doneli uspeo uspela uspeli
	posledice posledica razumeti videti delo vredan vredna vredno vrednu vrednost vrednosti preti
	ponedeljak ponedeljka ponedeljkom sredom`)

// serbianWords are common words of Serbian, ekavian or not, that Croatian
// writes otherwise; Bosnian shares several (rule serbian-latin).
var serbianWords = setOf(`hiljada hiljadu hiljade voz voza vozom opština opštine opštini opštinu
	saopštio saopštila saopštili saopštenje saopštenju takođe istorija istorije istoriji
	biće biću bićemo bićete imaće imaćemo moraće moraćemo trebaće videćemo videće
	radiće trajaće koštaće počeće dobiće postaće ostaće održaće nastaviće
	avgust avgusta jun juna jul jula septembar oktobar novembar decembar
	uhapsio uhapsila uhapsili uhapšen uhapšena ponovo`)

// ijekavianWords are the ijekavian forms of ekavianWords and Croatian's own
// words for serbianWords, with Croatian's month names (rule
// serbian-latin).
var ijekavianWords = setOf(`vrijeme mlijeko mlijeka rijeka rijeke rijeku lijepo lijep lijepa lijepe lijepog
	prije poslije gdje ovdje uvijek sljedeći sljedeće sljedećeg sljedeća sljedećih sljedećem
	predsjednik predsjednika predsjedniku predsjednica predsjednice predsjedništvo potpredsjednik
	sjednica sjednici sjednice sjednicu mjesec mjeseca mjesecu mjeseci dio dijelu dijelove
	cijena cijene cijenu cijenama riječ riječi riječima svjetski svjetske svjetskog svjetskom
	mjesto mjesta mjestu vijest vijesti dijete djeca djece djeci djeteta sjever sjeveru sjevera ljeto
	nedjelja nedjelje nedjelju nedjelji srijeda srijedu primjer primjera primjeru
	rješenje rješenja riješio riješila riješili vjerojatno vjerovatno vjeruje vjeruju liječnik liječnika liječnici
	mjera mjere mjeru mjerama promjena promjene promjenu mijenja svjedok svjedoka
	zamjenik zamjenika uvjeren uvjerena pjesma pjesme tijelo tijela vijek vijeka vijeku htio želio
	donio donijela donijeli uspio uspjela uspjeli posljedice posljedica djelo vrijedan vrijedna vrijedno vrijednu vrijednost vrijednosti prijeti
	tisuća tisuću tisuće vlak vlaka vlakom općina općine općini općinu priopćio priopćila priopćenje
	također tjedan tjedna tjednu povijest povijesti tko
	siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca
	uhitio uhitila uhitili uhićen uhićena ponedjeljak ponedjeljka ponedjeljkom srijedom ponovno`)

// slovenianWords are Slovenian function words Serbian and Croatian do not
// write, counted against Serbian (rule serbian-latin).
var slovenianWords = setOf("ki bo bodo tudi kot še več ter oziroma so v in sem smo ste sta")

// serbianCroatianWords are the words rule serbian-latin counts.
var serbianCroatianWords = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{ekavianWords, serbianWords, ijekavianWords, slovenianWords} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// setOf is the set of words' space-separated words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}
