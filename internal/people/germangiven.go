package people

import "maps"

// germanGivenNames: rule germanGivenNames. The German table read the
// shared European given names, which lacked many common German ones
// ("Alfred", "Hanna", "Ulrich", "Heike"): a noun before such a name ran
// into it ("Der Imker Alfred Velm": invented) since rule germanNounLead
// asks for a known given name after the noun, and a quote's speaker was
// the noun and the name together. Written by hand from common given
// names, no person listed; left out are those that are German words too
// ("Ernst", "Kai").
var germanGivenNames = gendered(
	`alfred oliver ulrich rolf norbert volker detlef jochen joachim bernhard reinhard siegfried hartmut lothar
	harald günther gunter georg friedrich heinrich wilhelm ludwig otto hermann axel holger henning jens
	marcel dennis timo niklas jannik moritz fabian julian leon finn malte till torsten thorsten ingo kurt
	udo heiko jörn lutz rüdiger sigmar ulf achim armin bastian benedikt burkhard christof claus detlev
	eckhard egon erwin eberhard fritz gregor heiner helge herbert hubert jakob karsten konrad marius olaf
	reiner roland rudolf sascha steffen thilo wilfried winfried volkmar waldemar`,
	`hanna katharina christina heike silke anke elke ute doris renate gisela helga hildegard jutta bettina
	tanja nadine franziska johanna frieda ilse gertrud marlene svenja janina jana katja kathrin nina
	carola karola gabriele margit edith annette cornelia dagmar sabrina melanie vanessa
	gabi heidi kirsten maren mareike meike nele sonja ulrike uta wiebke christa gudrun ilona marion
	marianne waltraud annegret beate britta carina elisabeth friederike gesine hannelore ines kristin
	luisa marlies martina nadja theresa ulla verena regina vera`,
	``)

func init() {
	de := langTables["de"]
	if de.firstNames == nil {
		de.firstNames = maps.Clone(europeanFirstNames)
	}
	maps.Copy(de.firstNames, germanGivenNames)
}
