package quotes

import "testing"

// TestCodeText: the marks of a code sample's string literals pair out of
// phase and enclose program code, which no one speaks (rule codeText);
// a quotation in the same guide stays. Invented text.
func TestCodeText(t *testing.T) {
	text := "Quill guide\n\nAdd the handler to your page: button.onclick = () => { if (name.value !== \"\") { greet(name.value); } }; When the list is empty, the page shows \"No boats yet\", and the counter resets.\n\nThe harbour master said: \"The pier stays closed until the new deck is in place.\""
	checkSpoken(t, text, []spoken{{"The pier stays closed until the new deck is in place.", "The harbour master", "The harbour master"}})
	checkPredicate(t, "codeText", codeText, []predicateCase{
		{") { greet(name.value); } }; When the list is empty", true},
		{"total = {count} boats, {crew} crew", true},
		{"We will reopen the pier (in May) once the deck is safe", false},
		{"It was { as ever } a long night on the quay", false},
		{"The fare is 2 = 1 return, as the sign says", false},
		{"```boats due in port this week```", true},
		{"what the client sends: GET /tides HTTP/1.1 Host: harbour.example", true},
	})
}
