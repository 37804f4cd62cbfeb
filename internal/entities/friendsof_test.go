package entities

import "testing"

// TestFriendsOfHead covers "Friends" among the heads of organisations'
// names (kinds.txt): "Friends of" and a capitalised name is a volunteer
// group. Names invented.
func TestFriendsOfHead(t *testing.T) {
	text := "Orlin Brakke chairs Friends of Harlow Reading Room, which raised the money."
	orgs, _ := Find(text, Options{Lang: "en", People: []string{"Orlin Brakke"}})
	for _, e := range orgs {
		if e.Name == "Friends of Harlow Reading Room" && e.Type == "organisation" {
			return
		}
	}
	t.Errorf("%q: want the organisation Friends of Harlow Reading Room, got %v", text, orgs)
}
