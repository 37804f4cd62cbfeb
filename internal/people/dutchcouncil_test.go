package people

import "testing"

// TestDutchCouncilRoles covers rule dutchCouncilRoles: a council member
// and a chief, alone or by compound, are roles in Dutch before a name or
// set off by commas after it. Texts and names invented.
func TestDutchCouncilRoles(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Raadslid Jeroen ter Velmde stemde tegen het voorstel van het college.", "Jeroen ter Velmde", "Raadslid"},
		{"Gemeenteraadslid Pieter Velmink stemde tegen het plan van de wethouder.", "Pieter Velmink", "Gemeenteraadslid"},
		{"De politiechef, Hendrikje Velmeets, was ook aanwezig bij de vergadering.", "Hendrikje Velmeets", "politiechef"},
	}
	for _, tt := range tests {
		wantRole(t, "nl", tt.text, tt.name, tt.role)
	}
}
