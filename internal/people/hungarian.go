package people

// Rule hungarianTable: Hungarian had no table, so a Doc of its text had
// no language, the speech verbs of lexicon speech_hu never reached the
// quote rules and every quote's speaker was null. Hungarian writes the
// family name first ("Velmi János"): a name is kept in the order the text
// gives, and the family name alone later ("– mondta Velmi") is the person
// named in full, as a later surname is in English (matchPart reads a
// single word as a known name's first word or its last). The stop words are the common sentence openers and the weekday
// adverbs ("kedden", on Tuesday); the roles are the titles news writes
// after or before a name, and their possessed forms ("igazgatója", its
// director: rule possessedRole).
var hungarianTable = map[string]*langWords{
	"hu": {
		stop: words(`a az egy és vagy de hogy is már még csak nem ő ők mi én te ti ez ezt azt ezek azok itt ott most ma tegnap holnap
		szerint után előtt alatt között mert ha amikor mint van volt lesz minden sok több kedden hétfőn szerdán csütörtökön pénteken`),
		roles: words(`miniszter miniszterelnök államtitkár polgármester elnök alelnök igazgató vezérigazgató szóvivő képviselő bíró ügyész ügyvéd
		edző szakértő elemző közgazdász professzor orvos alapító rendőr kapitány vezető titkár
		igazgatója vezérigazgatója elnöke alelnöke vezetője szóvivője polgármestere minisztere titkára ügyvédje edzője szakértője alapítója`),
		honorifics: gendered(`úr`, `asszony`, `dr prof`),
	},
}
