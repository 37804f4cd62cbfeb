package people

// germanSentenceWords is rule germanSentenceWords: German quantifiers
// and indefinite pronouns open sentences capitalised ("Manche Anbieter
// sagen ...", "Keiner traut Velm ..."), and the German table's stop
// words lacked them: the word ran into the noun or surname after it and
// the pair was a person, a quote's speaker among them. They never open
// a name. Written by hand. Not the modal and auxiliary verbs that open
// questions ("Sollte", "Könnte"): the quote rules read the stop words
// too, and with them a report's subject ran on into its verb. lede
// extract --format json, 6c393832 -> this, by md5 half of the file name:
// over the 2,065 texts of ana-m 4 people changed (1 and 3), all right,
// and a phrase no longer a speaker (one quoted insult lost with it);
// ana-q and the quotes benchmarks unchanged.
var germanSentenceWords = words(`manche mancher manches manchen manchem keiner keines keinen keinem
	jede jeder jedes jeden jedem beide beiden beider wenige wenigen solche solcher solchen
	verschiedene verschiedenen zahlreiche zahlreichen sämtliche sämtlichen jemand niemand`)

func init() {
	de := langTables["de"]
	for w := range germanSentenceWords {
		de.stop[w] = true
	}
}
