package entities

import "testing"

// TestDefinedAtChecks covers the checks of definedAt (rule definedAcronym)
// that TestDefinedOrgs leaves unguarded: each case fails with its check
// switched off (checked, see the names). Invented names throughout;
// organisations are written as in TestDefinedOrgs.
func TestDefinedAtChecks(t *testing.T) {
	tests := []orgCase{
		{
			// j == 0: toks[j-1] would not exist (a panic).
			name: "an acronym in parentheses opening a line follows no name",
			lang: "en", text: "(VGU) Velmora growers met on Friday.",
			orgs: []string{"VGU/: VGU"},
		},
		{
			name: "openParen: a word spaced from its parenthesis is no acronym written in it",
			lang: "en", text: "The Velmora Growers Union ( VGU ) met. The VGU voted.",
			orgs: []string{"VGU/organisation: Velmora Growers Union|VGU"},
		},
		{
			name: "follow: an acronym and more words in the parentheses define nothing",
			lang: "en", text: "Shares of Marrow Kettle Velmo (MKV members and others) fell. The MKV said little.",
			orgs: []string{"MKV/: MKV"},
		},
		{
			name: "toks[j-1].follow: punctuation between the name and the parenthesis",
			lang: "en", text: "Shares of Marrow Kettle Velmo. (MKV) The MKV said little.",
			orgs: []string{"MKV/: MKV"},
		},
		{
			name: "people: a person's name in parentheses is no acronym",
			lang: "es", text: "Habló la concejala de Villa Verde Alta (Vera) ayer.",
			people: []string{"Inés Vera"},
		},
		{
			name: "next: the name does not run across a comma",
			lang: "en", text: "In Velmora, Growers Union (VGU) members met.",
			orgs: []string{"Growers Union/organisation: Growers Union", "VGU/: VGU"},
		},
		{
			name: "cap: a lower-case word opens no name",
			lang: "en", text: "Members of various Growers Unions (VGU) met.",
			orgs: []string{"VGU/: VGU"},
		},
		{
			name: "people: a person's word opens no name",
			lang: "en", text: "Shares of Gina Marrow Kettle (GMK) fell. The GMK said little.",
			people: []string{"Gina Marrow"},
			orgs:   []string{"GMK/: GMK"},
		},
		{
			name: "maxDefinedWords: a name of nine words is a sentence",
			lang: "fr", text: "Une Association des amis de la vieille ville de Velmor (AAV) est née.",
			orgs: []string{"Association des amis/organisation: Association des amis", "AAV/: AAV"},
		},
	}
	checkOrgCases(t, tests)
}

// TestDefinedConditions covers conditions of rules definedAcronym and
// appositiveKind that no other test guards: each case fails with its
// condition switched off (checked, see the names). Invented names.
func TestDefinedConditions(t *testing.T) {
	tests := []orgCase{
		{
			name: "openingWord: a sentence opener opens no defined name",
			lang: "de", text: "Laut Velmer Tafel (LVT) steigen die Preise. Die LVT sammelt.",
			orgs: []string{"LVT/: LVT"},
		},
		{
			name: "openingWord: an opener's word inside a sentence may open one",
			lang: "de", text: "Gestern hat Mit Velmer Kindern (MVK) gesammelt. Die MVK hilft.",
			orgs: []string{"Mit Velmer Kindern/organisation: Mit Velmer Kindern|MVK"},
		},
		{
			name: "maxAppositiveName: four capitalised words before the comma name nothing",
			lang: "de", text: "Nord Velmora Obst Tarvelo, ein Verband der Obstbauern, kritisiert die Pläne.",
			orgs: []string{"Velmora Obst Tarvelo/organisation: Velmora Obst Tarvelo"},
		},
		{
			name: "appositiveKind: the words skipped before the kind noun are lower case",
			lang: "de", text: "Tarvelo, ein Velmarer Verband der Obstbauern, kritisiert die Pläne.",
			orgs: []string{"Velmarer Verband der Obstbauern/organisation: Velmarer Verband der Obstbauern"},
		},
		{
			name: "maxAppositiveAdjectives: three words between the article and the kind noun",
			lang: "fr", text: "Verbelle, un très petit vieux syndicat de pharmaciens, appelle à la grève.",
		},
		{
			name: "englishAfterKind: asked only of a word right after the kind noun",
			lang: "en", text: "Prices rose, said Tarvelo Growers, a farmers' association. Others agreed.",
			orgs: []string{"Tarvelo Growers/organisation: Tarvelo Growers"},
		},
		{
			name: "conjunctions: a conjunction after a comma ends no list item",
			lang: "de", text: "Strelwerk, ein Versorger, und die Stadt streiten.",
			orgs: []string{"Strelwerk/company: Strelwerk"},
		},
		{
			name: "appositiveKind: a possessive is no name",
			lang: "en", text: "Prices rose, said Tarvelo's, a farmers' association based in the valley.",
		},
		{
			name: "appositiveKind: in German, a word written after a determiner is a common noun",
			lang: "de", text: "Die Spediteure klagen. Spediteure, ein Verband der Branche, fordern Hilfe.",
		},
		{
			name: "appositiveKind: the kind noun follows the article after one space",
			lang: "de", text: "Tarvelo, ein  Verband der Obstbauern, kritisiert die Pläne.",
		},
		{
			name: "appositiveKind: the words skipped follow one another after one space",
			lang: "fr", text: "Verbelle, un petit  syndicat de pharmaciens, appelle à la grève.",
		},
		{
			name: "appositiveType: compounds of a kind noun only in German and Dutch",
			lang: "en", text: "Prices rose, said Velmora, a counterparty in the deal.",
		},
		{
			name: "minCompoundHead: a compound's head is three letters or more",
			lang: "de", text: "Tarvelo, ein Exverband der Obstbauern, kritisiert die Pläne.",
		},
	}
	checkOrgCases(t, tests)
}

// TestDefinedAcronymShape covers each bound of definedAcronymShape.
func TestDefinedAcronymShape(t *testing.T) {
	for w, want := range map[string]bool{
		"ANSR": true, "Istat": true, "VE": true,
		"V":         false, // one letter
		"VELMORAGT": false, // nine letters: maxDefinedAcronym
		"vgu":       false, // no capital
		"VG2":       false, // not letters only
		"Covelmar":  false, // mixed case over five letters
	} {
		if got := definedAcronymShape(w); got != want {
			t.Errorf("definedAcronymShape(%q) = %v, want %v", w, got, want)
		}
	}
}
