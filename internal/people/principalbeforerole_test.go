package people

import "testing"

// TestPrincipalBeforeRole pins rule principalBeforeRole on invented
// texts: a person's name used as a modifier before a role and another
// name ("Holloway spokesman Tom Brandt") resolves to the role's holder,
// not to the person the role serves; a verb between the names keeps the
// first ("Holloway will meet senator Ada Ruiz").
func TestPrincipalBeforeRole(t *testing.T) {
	const text = "Senator Maria Holloway defended her vote. Holloway spokesman Tom Brandt said the bill was flawed. " +
		"Holloway campaign communications director Jane Pike said more. Holloway will meet senator Ada Ruiz on Friday."
	d := Analyze(text)
	tests := []struct{ mention, want string }{
		{"Holloway spokesman Tom Brandt", "Tom Brandt"},
		{"Holloway campaign communications director Jane Pike", "Jane Pike"},
		{"Holloway will meet senator Ada Ruiz", "Maria Holloway"},
	}
	for _, tt := range tests {
		i := indexOf(text, tt.mention)
		r, ok := d.Resolve(i, i+len(tt.mention))
		if !ok || r.Name != tt.want {
			t.Errorf("Resolve(%q) = %q (ok %v), want %q", tt.mention, r.Name, ok, tt.want)
		}
	}
}
