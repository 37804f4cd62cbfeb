package people

import (
	"slices"
	"testing"
)

// TestCreditRoleTail covers rule creditRoleTail: a testimonial's credit
// flattened onto one line gives the name without the job title after it,
// the title as the role; a surname that is a role word elsewhere, and
// a department's words before a title, are left as they were. Texts and
// names invented.
func TestCreditRoleTail(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"What our students say about the course.\n\n\"The course was clear and useful.\" Karen Velmhurst Managing Director at Velmora Bank", "Karen Velmhurst", "Managing Director"},
		{"\"Great teachers, great lessons.\" Tom Orrin Student", "Tom Orrin", "Student"},
		{"\"We doubled our bookings.\" Maria Delvane CEO, Velmar Travel", "Maria Delvane", "CEO"},
	}
	for _, tt := range tests {
		var got *Person
		for _, p := range Find(tt.text) {
			if p.Name == tt.name {
				got = &p
			}
		}
		if got == nil || !slices.Contains(got.Roles, tt.role) {
			t.Errorf("%q: want %s with role %q, got %+v", tt.text, tt.name, tt.role, Find(tt.text))
		}
	}
	for _, text := range []string{
		"Martin Luther King spoke to the crowd in the capital.",
		"\"Fast replies.\" Customer Success Manager at Velmora Bank",
	} {
		for _, p := range Find(text) {
			if p.Name == "Martin Luther" || p.Name == "Customer Success" {
				t.Errorf("%q: %q read as a person", text, p.Name)
			}
		}
	}
}
