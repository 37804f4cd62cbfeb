package htmlextract

import (
	"strings"
	"testing"
)

// formConsentTests: rule "form-consent" takes a form's one-sentence small
// print, not a sentence that reports on terms or goes on.
var formConsentTests = []struct {
	in   string
	want bool
}{
	{"By clicking “Post Your Reply”, you agree to our terms of service and acknowledge you have read our privacy policy.", true},
	{"By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy Policy.", true},
	{"By using Tidemark, you agree to its license and privacy statement.", true},
	{"En cliquant sur « Publier », vous acceptez nos conditions d'utilisation.", true},
	{"Mit dem Klick auf „Antworten“ akzeptieren Sie unsere Nutzungsbedingungen.", true},
	// a report on a consent form: no reader agreeing
	{"By clicking accept, users hand over their location data, the regulator found in its review of the terms.", false},
	// agrees, but names no terms
	{"By submitting your number, you agree to receive texts from the Pell Harbour ferry office.", false},
	// does not open with the action
	{"Readers who comment agree to our terms of service.", false},
	// goes on past one sentence
	{"By clicking accept, you agree to the terms. The company then shares your location with eleven partners.", false},
	{"By clicking “Send”, you agree to our terms " + strings.Repeat("and conditions ", 20) + ".", false},
}

func TestFormConsent(t *testing.T) {
	for _, tc := range formConsentTests {
		if got := formConsent(tc.in, strings.ToLower(tc.in)); got != tc.want {
			t.Errorf("formConsent(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestFormConsentPage: the small print under a Q&A page's answer box goes;
// the question and the answers stay.
func TestFormConsentPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>How do I read a tide table? - Harbour Answers</title></head><body>
<header><nav><a href="/">Harbour Answers</a> <a href="/questions">Questions</a></nav></header>
<main><h1>How do I read a tide table?</h1>
<div class="question"><p>The table at the Pell Harbour office lists four times and four heights for each day. Which of them tell me when I can launch from the slipway without grounding?</p></div>
<div class="answer"><p>The two higher heights are the high waters. You can usually launch from two hours before a high water until two hours after it, when the slipway has more than a metre of water.</p></div>
<div class="answer"><p>Check the harbour's own chart datum too: the slipway's foot dries at 0.8 metres, so on small tides the window is shorter.</p></div>
<form class="post-form"><h2>Your answer</h2><textarea name="body"></textarea>
<button type="submit">Post Your Answer</button>
<p>By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.</p></form>
</main><footer>Harbour Answers</footer></body></html>`
	a := mustExtract(t, page)
	checkKept(t, a, "you agree to our terms", "consent line", false)
	checkKept(t, a, "two hours before a high water", "answer", true)
	checkKept(t, a, "slipway's foot dries", "second answer", true)
}
