package people

import "testing"

// TestIsGenitiveRole: a Croatian or Lithuanian role noun in the genitive
// is one; in another case not (its ending may be a plural's), nor a
// nominative (the role lists', IsRole); English and a language without
// cases have none.
func TestIsGenitiveRole(t *testing.T) {
	for _, tt := range []struct {
		lang, word string
		want       bool
	}{
		{"hr", "predsjednika", true}, {"hr", "ministrice", true}, {"hr", "ravnatelju", false}, {"hr", "liječnici", false}, {"lt", "ministro", true},
		{"hr", "liječnicima", false}, {"hr", "sindikata", false}, {"en", "ministra", false}, {"de", "ministers", false},
	} {
		if got := AnalyzeLang("", tt.lang).IsGenitiveRole(tt.word); got != tt.want {
			t.Errorf("%s IsGenitiveRole(%q) = %v, want %v", tt.lang, tt.word, got, tt.want)
		}
	}
}
