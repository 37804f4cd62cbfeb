package people

// moreSpecialists: rule moreSpecialists. The scientists and medical
// specialists a story quotes as experts that rule specialistRoles did not
// list ("Ana Bell, a herpetologist at the museum", "a pulmonologist at
// the clinic"), and the scientists' own names. lede extract --format
// json (/tmp/hD/w/run.sh), b14d8e8 -> this, by md5 half of the file
// name: 966 quotes texts 1 changed (half 1), 2,045 go-trafilatura
// extract texts 2 (1/1), each a role gained, all right; bench quotes
// ggt-dev, polnear-dev, polnear-train byte-identical.
var moreSpecialists = []string{
	"pulmonologist", "neonatologist", "herpetologist", "palaeontologist", "paleontologist",
	"anthropologist", "archaeologist", "archeologist", "sociologist", "criminologist",
	"ecologist", "zoologist", "toxicologist", "hematologist", "haematologist",
	"endocrinologist", "gastroenterologist", "nephrologist", "urologist", "ophthalmologist",
	"rheumatologist", "seismologist", "volcanologist", "neuroscientist", "psychologist",
	"biologist", "physicist", "astronomer", "astrophysicist", "mathematician", "statistician",
}

// ukTitles: rule ukCouncillor. British local news writes a councillor's
// title "Cllr" ("Cllr Simon Gale said"); it was read as a given name, so
// "Cllr Gale" became a person of its own. No text of the two sets
// above writes it: TestUKCouncillor is what proves it.
var ukTitles = map[string]byte{"cllr": 0}

func init() {
	for _, w := range moreSpecialists {
		roleNouns[w] = true
	}
	for w, g := range ukTitles {
		honorifics[w] = g
		abbrevs[w] = true
	}
}
