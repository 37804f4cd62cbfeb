package entities

import "testing"

// TestArticleOpensName: rule articleOpensName starts a name at an article
// inside a run of capitalised words (a menu's or a headline's words
// before it), keeps one after a function word, and ignores one after the
// kind word. Texts invented.
func TestArticleOpensName(t *testing.T) {
	cases := []struct {
		name, text, lang string
		want             []string
	}{
		{"a heading's words before The",
			"Latest Updates The Velmar Housing Trust said rents would rise.", "en",
			[]string{"Velmar Housing Trust"}},
		{"a German heading's word before Die",
			"Energie Die Orvania Windkraft AG baut zwei neue Anlagen.", "de",
			[]string{"Orvania Windkraft AG"}},
		{"The after a function word stays",
			"Ada Quell joined Friends Of The Velmar Trust last year.", "en",
			[]string{"Friends Of The Velmar Trust"}},
		{"The after the kind word",
			"She thanked the Orvania Rowing Club The night before the race.", "en",
			[]string{"Orvania Rowing Club"}},
	}
	for _, c := range cases {
		orgs, _ := Find(c.text, Options{Lang: c.lang, People: []string{"Ada Quell"}})
		names := entityNames(orgs)
		if len(names) != len(c.want) || len(names) > 0 && names[0] != c.want[0] {
			t.Errorf("%s: %q: organisations %q, want %q", c.name, c.text, names, c.want)
		}
	}
}
