package people

import "maps"

// Rule sloveneEstonianTables: Slovene and Estonian had no table, so a
// Doc of theirs had no language, the speech verbs of lexicon speech_sl
// and speech_et never reached the quote rules, and every quote's
// speaker was null. The stop words are the common sentence openers; the
// roles are the titles news writes before a name, masculine and feminine
// in Slovene. Slovene takes what a role is of in the genitive after it
// ("direktor bolnišnice"), as Croatian does: genitiveRoles. Estonian
// writes a title and what it is of as one word ("tervisminister",
// "peaminister"): compounds, with the role nouns as suffixes.
var sloveneEstonianTables = map[string]*langWords{
	"sl": {
		stop: words(`v na in a ali ter da je so se to ta te tega kot ko ker če že še tudi vendar pa po za od do iz s z o brez pod nad pred med
		on ona ono oni one mi jaz vi njegov njen njihov ne ni kaj kdo kje zakaj danes včeraj jutri zdaj takrat tam tukaj zato medtem čeprav vsi vse
		ob pri proti okoli več nekaj`),
		roles: words(`župan županja minister ministrica premier premierka predsednik predsednica podpredsednik podpredsednica
		direktor direktorica ravnatelj ravnateljica predstavnik predstavnica poslanec poslanka sodnik sodnica tožilec tožilka odvetnik odvetnica
		trener trenerka selektor šef šefinja vodja ekonomist ekonomistka analitik analitičarka strokovnjak strokovnjakinja
		profesor profesorica zdravnik zdravnica ustanovitelj ustanoviteljica policist policistka kapitan svetnik svetnica sekretar sekretarka`),
		honorifics:    gendered(`gospod g`, `gospa ga`, `dr prof`),
		genitiveRoles: true,
		// "ministrica za zdravje Mojca Velkavrh": rule roleOfComplement.
		roleOf: words(`za`),
	},
	"et": {
		stop: words(`ja ning või aga et kui kas see seda selle need nad tema ta me meie te teie ma mina on oli ei ka veel juba nüüd täna eile homme
		siin seal pärast enne kuni alates ilma kõik mis kes kus miks sest kuid samuti ometi ehkki selles sellel nii`),
		roles: words(`minister peaminister linnapea vallavanem president juht juhataja esimees aseesimees direktor pressiesindaja nõunik
		professor ekspert analüütik majandusteadlane kohtunik prokurör advokaat treener peatreener arst asutaja politseinik kapten saadik
		tegevjuht kantsler sekretär`),
		roleSuffixes: []string{"minister", "juht", "juhataja", "esimees", "direktor"},
		honorifics:   gendered(`härra`, `proua`, `dr prof`),
		compounds:    true,
	},
}

// joinTables returns the tables of ts in one map (a later one's code
// wins).
func joinTables(ts ...map[string]*langWords) map[string]*langWords {
	out := map[string]*langWords{}
	for _, t := range ts {
		maps.Copy(out, t)
	}
	return out
}
