package htmlextract

import "golang.org/x/net/html"

// signatureWords are the class, id and data-role words (split as
// hasAttrWord splits them) of a poster's signature under each post:
// "signature" (phpBB, SMF, vBulletin), FluxBB's "postsignature",
// Invision's data-role="memberSignature". ("sig" alone is no such word: a
// reference manual's function signatures are "sig-name", "sig-param".)
var signatureWords = map[string]bool{"signature": true, "signatures": true, "membersignature": true,
	"postsignature": true, "usersignature": true}

// posterSignatureWords are those of signatureWords that name a member's
// signature and nothing else, on any page: "signature" alone may be an
// article's sign-off or a document's signature field.
var posterSignatureWords = map[string]bool{"membersignature": true, "postsignature": true, "usersignature": true}

// postSignature is rule "post-signature": an element named for a poster's
// signature is the text a member set under all their posts (a motto, the
// games they play, links to their site), no part of the post. The class
// word "signature" is rule "class-token"'s already, but a weak kind: on a
// thread whose class rules would take most of the prose the relaxing let
// every signature stay, and a signature named by a data-role alone
// (data-role="memberSignature") or by a compound word ("postsignature")
// was never seen. A member's signature by name goes on any page, the
// word "signature" on a thread's page (x.thread), whatever the relaxing.
func (x *extractor) postSignature(n *html.Node) bool {
	words := posterSignatureWords
	if x.thread {
		words = signatureWords
	}
	if hasAttrWord(n, words) {
		return true
	}
	v := attr(n, "data-role")
	return v != "" && attrWordIn(v, words)
}
