package htmlmeta

import (
	"slices"
	"testing"
)

// TestRoleAside pins rule authorRoleAside: a contributor's share in
// brackets after the name leaves the writer's bare name and drops the
// photographer; an aside of another kind stays. Invented bylines.
func TestRoleAside(t *testing.T) {
	for _, tt := range []struct {
		byline string
		want   []string
	}{
		{`<p class="byline">Ada Quell (Text), Tomas Veil (Fotos)</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada Quell (words) and Tomas Veil (photos)</p>`, []string{"Ada Quell"}},
		{`<p class="byline">Von Ada Quell (Text) und Tomas Veil (Text)</p>`, []string{"Ada Quell", "Tomas Veil"}},
		{`<p class="byline">By Ada Quell (@adaquell)</p>`, []string{"Ada Quell"}},
		{`<p class="byline">By Ada (Moss) Quell</p>`, []string{"Ada (Moss) Quell"}},
	} {
		if got := headlineAuthors(t, "", tt.byline, tramText); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestCutRoleAside is the table of cutRoleAside.
func TestCutRoleAside(t *testing.T) {
	for _, tt := range []struct {
		part, want string
		drop       bool
	}{
		{"Ada Quell (Text)", "Ada Quell", false},
		{"Tomas Veil (Fotos)", "Tomas Veil (Fotos)", true},
		{"Tomas Veil (Illustration)", "Tomas Veil (Illustration)", true},
		{"Ada Quell (Orvania)", "Ada Quell (Orvania)", false},
		{"Ada Quell", "Ada Quell", false},
	} {
		if got, drop := cutRoleAside(tt.part); got != tt.want || drop != tt.drop {
			t.Errorf("cutRoleAside(%q) = %q, %v; want %q, %v", tt.part, got, drop, tt.want, tt.drop)
		}
	}
}
