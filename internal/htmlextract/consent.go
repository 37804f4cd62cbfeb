package htmlextract

import (
	"slices"
	"strings"
)

// maxConsentLen: a form's consent line is one sentence.
const maxConsentLen = 200

// consentOpeners open a form's consent line, lower-cased: the action the
// reader takes, in the languages news is published in.
var consentOpeners = []string{
	"by clicking", "by continuing", "by submitting", "by signing", "by using", "by creating", "by registering",
	"by tapping", "by proceeding", "by posting", "by subscribing", "by logging in", "by joining",
	"en cliquant", "en continuant", "en vous inscrivant", "en soumettant", "en créant",
	"al hacer clic", "al continuar", "al registrarte", "al registrarse", "al enviar", "al suscribirte",
	"mit dem klick auf", "mit klick auf", "durch klicken", "mit dem absenden", "mit ihrer anmeldung", "mit deiner anmeldung",
}

// consentVerbs say that the reader agrees, lower-cased.
var consentVerbs = []string{
	"you agree", "you accept", "you acknowledge", "you consent", "vous acceptez", "vous reconnaissez",
	"aceptas", "acepta", "akzeptieren sie", "akzeptierst du", "stimmen sie", "stimmst du",
}

// consentTerms name what the reader agrees to, lower-cased.
var consentTerms = []string{
	"terms", "privacy", "policy", "agreement", "license", "licence", "conditions", "politique", "términos",
	"privacidad", "condiciones", "nutzungsbedingungen", "datenschutz", "agb",
}

// formConsent is rule "form-consent": a one-sentence block that opens with
// the reader's action and binds the reader to the site's terms ("By
// clicking “Reply”, you agree to our terms of service and acknowledge you
// have read our privacy policy.", "By continuing, you agree to our User
// Agreement.", "By using Tidemark, you agree to its license and privacy
// statement.") is the small print under a form or a download button: a
// Q&A page's answer box, a forum's log-in prompt, a product's download
// link. A sentence must open with the action, say the reader agrees and
// name the terms, so a report on a consent form ("By clicking accept,
// users hand over their location, the regulator found.") stays; and it
// is one sentence, so a paragraph that goes on stays. Rule "phrase"
// (internal/boilerplate, newsletter-box) takes the sign-up box's line
// ("By signing up you agree ...") first.
func formConsent(_, l string) bool {
	if len(l) > maxConsentLen || !hasAnyPrefix(l, consentOpeners) {
		return false
	}
	if strings.Contains(l, ". ") {
		return false // more than one sentence (a block ends in no space)
	}
	return containsAny(l, consentVerbs) && containsAny(l, consentTerms)
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs []string) bool {
	return slices.ContainsFunc(subs, func(sub string) bool { return strings.Contains(s, sub) })
}
