// Package boilerplate holds the phrase rules that tell a short block of a news
// page apart from the article: calls to action ("Read on...", "Support us and
// go ad-free"), newsletter and membership appeals, share bars, image credits,
// navigation remnants, related-article headers, comment prompts, cookie
// notices and ad labels. The plain-text path and the HTML engine share them.
//
// Every rule is a named phrase list with a match mode; matching works on a
// cheaply normalised copy of the block (lower case, typographic apostrophes
// and dashes folded, white space collapsed, trailing punctuation dropped) and
// uses no regular expressions, so it can run on every block of every page.
package boilerplate

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
)

// Match modes of a rule.
const (
	// exact: the whole normalised block is the phrase ("Subscribe", "Comments").
	exact = iota
	// prefix: the block starts with the phrase and is short ("Read more: ...").
	prefix
	// contains: the phrase appears anywhere in a short block.
	contains
	// suffix: a short label ends with the phrase ("Get The Daily in your inbox").
	suffix
)

// Length limits, in bytes of the normalised block. Boilerplate blocks are
// short: across the calls to action, share bars and credits we wrote fixtures
// from (and see on news sites generally) they stay under ~120 bytes, while
// article paragraphs that merely start with "Read" or "Share" run longer.
const (
	// maxPrefixLen bounds blocks matched by a leading phrase.
	maxPrefixLen = 160
	// maxContainsLen bounds blocks matched by a phrase inside them: cookie
	// notices and appeal sentences are one or two sentences long.
	maxContainsLen = 400
	// maxLabelLen: a call to action or share label standing alone is a few
	// words ("Read on...", "Support us and go ad-free", "Share this article");
	// longer blocks that open with the same words are sentences, unless the
	// phrase is a label (see labelled). Image credits are exempt: they name
	// photographers and licences at length.
	maxLabelLen = 80
	// MaxBlockLen is the longest block Classify looks at at all.
	MaxBlockLen = maxContainsLen
	// maxBlockBytes bounds the normalised copy: a block of MaxBlockLen
	// letters in a script of three-byte letters (see TextLen), with room for
	// the folding.
	maxBlockBytes = 4 * MaxBlockLen
)

// TextLen is the length the limits above are counted in: bytes for Latin
// text, one per letter for Greek, Cyrillic, Hebrew, Arabic and the
// scripts beyond (two or three bytes each in UTF-8), so that a label in
// Hindi or Chinese gets as many letters as one in English does bytes
// ("हमारे न्यूज़लेटर की सदस्यता लें" is 85 bytes and 31 letters). For text
// in Latin letters, typographic punctuation included, it is len(text):
// limits tuned on Latin pages hold as they were. It takes the normalised
// bytes too, which Classify measures without a copy.
func TextLen[T string | []byte](text T) int {
	n := len(text)
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c < 0xCE:
		case c < 0xE0:
			n-- // U+0380..U+07FF: Greek, Cyrillic, Armenian, Hebrew, Arabic
		case c == 0xE2:
			// U+2000..U+2FFF: punctuation and symbols, which Latin text
			// uses too (’ “ — €): counted in bytes as before
		case c < 0xF0:
			n -= 2
		default:
			n -= 3
		}
	}
	return n
}

// rule is one named boilerplate rule.
type rule struct {
	name    string
	kind    string
	mode    int
	phrases []string
	// gate, for contains rules, lists substrings one of which every phrase
	// holds: a block without any is skipped at the cost of a few searches
	// instead of one per phrase (TestGates keeps it complete).
	gate []string
}

// maxExactLen bounds the blocks exact rules look at (TextLen).
const maxExactLen = 48

// exactIndex maps each phrase of an exact rule to the first exact rule
// holding it: one lookup per block instead of comparing the block with
// some 420 labels in turn.
var exactIndex = func() map[string]int {
	m := map[string]int{}
	for i, r := range rules {
		if r.mode != exact {
			continue
		}
		for _, p := range r.phrases {
			if _, ok := m[p]; !ok {
				m[p] = i
			}
		}
	}
	return m
}()

// prefixCand is one phrase of a prefix rule, with the rule's index in rules.
type prefixCand struct {
	rule   int
	phrase string
}

// byTwo indexes the phrases of the prefix rules by their first two bytes,
// each list in rule order; shortPrefixes holds phrases of fewer bytes (none
// today), tried for every block. Prefix rules hold some 850 phrases in two
// dozen languages: comparing a block with each phrase sharing its first
// byte (92 for "s") was a fifth of Classify on a dense page's short blocks
// (pprof of BenchmarkClassifyDense), where a first byte and a second leave
// a few. It replaces a first-byte index per rule (itself for a quarter of
// the extraction time of a dense extract/ page, pprof of TestDevTime).
var byTwo, shortPrefixes = func() (map[uint16][]prefixCand, []prefixCand) {
	m := map[uint16][]prefixCand{}
	var short []prefixCand
	for i, r := range rules {
		if r.mode != prefix {
			continue
		}
		for _, p := range r.phrases {
			if len(p) < 2 {
				short = append(short, prefixCand{i, p})
				continue
			}
			k := uint16(p[0])<<8 | uint16(p[1])
			m[k] = append(m[k], prefixCand{i, p})
		}
	}
	return m, short
}()

// firstPrefixRule returns the index of the first prefix rule that matches
// the normalised block s (n its TextLen), or -1: the rule Classify's loop
// would stop at among the prefix rules. Within a rule the order of phrases
// does not matter: any phrase that matches gives the rule's kind and name.
func firstPrefixRule(s string, n int) int {
	if n > maxPrefixLen {
		return -1
	}
	best := firstCand(s, n, shortPrefixes, -1)
	if len(s) >= 2 {
		best = firstCand(s, n, byTwo[uint16(s[0])<<8|uint16(s[1])], best)
	}
	return best
}

// firstCand returns the lowest rule index of a candidate matching s, if lower
// than best (-1: none yet); cands are in rule order.
func firstCand(s string, n int, cands []prefixCand, best int) int {
	for _, c := range cands {
		if best >= 0 && c.rule >= best {
			break
		}
		p := c.phrase
		if strings.HasPrefix(s, p) && boundary(s, len(p)) && (n <= maxLabelLen || rules[c.rule].kind == model.RemovedImageCredit || labelled(s, p) ||
			rules[c.rule].kind == model.RemovedCallToAction && ctaClosed(s)) {
			return c.rule
		}
	}
	return best
}

// rules are tried in order; the first match wins, so the more specific rules
// (newsletter sign-ups) come before the generic ones ("subscribe").
var rules = []rule{
	// cookie-notice: consent banners that survive extraction.
	// "We use cookies to improve your experience. By continuing ..."
	{"cookie-notice", model.RemovedCookieNotice, contains, []string{
		"we use cookies", "this website uses cookies", "this site uses cookies",
		"uses cookies to", "accept cookies", "accept all cookies", "cookie policy", "cookie settings",
		"wir verwenden cookies", "diese website verwendet cookies",
		"nous utilisons des cookies", "ce site utilise des cookies",
		"utilizamos cookies", "este sitio web utiliza cookies", "este sitio utiliza cookies",
		"utilizziamo i cookie", "questo sito utilizza cookie", "este site utiliza cookies", "wij gebruiken cookies",
		// cookie-notice-i18n: "Мы используем файлы cookie", "Sitemizde
		// çerezler kullanıyoruz", "يستخدم هذا الموقع ملفات تعريف الارتباط"
		"используем файлы cookie", "использует файлы cookie", "используем cookie", "використовуємо файли cookie",
		"використовує файли cookie", "ملفات تعريف الارتباط", "משתמש בעוגיות", "משתמשים בעוגיות", "कुकीज़ का उपयोग",
		"çerezler kullanıyoruz", "çerez kullanıyoruz", "çerezler kullanılmaktadır", "usamos cookies", "utilizamos cookies",
		"questo sito utilizza cookie", "utilizza cookie", "korzysta z plików cookie", "używamy plików cookie",
		"vi använder cookies", "menggunakan cookie", "sử dụng cookie", "χρησιμοποιούμε cookies", "χρησιμοποιεί cookies",
		// cookie-notice-more-languages: Danish, Norwegian, Finnish, Czech and
		// Hungarian consent lines ("Vi bruger cookies til ...", "Käytämme
		// evästeitä ...", "Tento web používá cookies", "Az oldal sütiket
		// használ")
		"vi bruger cookies", "vi bruker cookies", "bruker informasjonskapsler",
		"käytämme evästeitä", "sivusto käyttää evästeitä", "používáme cookies", "používá cookies",
		"používáme soubory cookie", "používá soubory cookie", "sütiket használ", "cookie-kat használ",
		// cookie-notice-nl-pl: Dutch's and Polish's other wordings ("Deze
		// website maakt gebruik van cookies", "Ta strona używa plików
		// cookie", "... wykorzystuje pliki cookie")
		"maakt gebruik van cookies", "używa plików cookie", "wykorzystuje pliki cookie", "używa ciasteczek",
	}, []string{"cookie", "ciasteczek", "ملفات تعريف", "בעוגיות", "कुकीज़", "çerez", "informasjonskapsler", "evästei", "sütik"}},
	// embed-consent: the placeholder a page shows instead of an embedded
	// post or video until the reader consents to the platform's cookies
	// ("Empfohlener externer Inhalt", "Externen Inhalt anzeigen", "Ce
	// contenu est bloqué car vous n'avez pas accepté les cookies", "This
	// content is provided by X. It may use cookies"), and its buttons.
	// lede bench extract --halves: readeck's extract/ texts, one page of
	// half 0 loses an "Inhalt laden", no score moves; HTML path (both
	// sets), trafilatura's texts, readeck's WCXB texts and the seed
	// byte-identical to HEAD ca543d3's.
	{"embed-consent", model.RemovedCookieNotice, contains, []string{
		"empfohlener externer inhalt", "externen inhalt anzeigen", "externe inhalte angezeigt werden", "einen externen inhalt von",
		"externer inhalt von", "mehr dazu in unserer datenschutzerklärung", "ce contenu est bloqué", "vous n'avez pas accepté les cookies",
		"afficher le contenu externe", "contenido externo", "this content is provided by", "this content is hosted by",
		"contenuto esterno", "conteúdo externo",
		// embed-consent-cookies: the placeholder that says why the post is
		// missing or what to do to see it ("This content is not available
		// because you have refused cookies", "To view this content, you
		// need to accept social media cookies", "Pour afficher ce contenu,
		// vous devez accepter les cookies", "Um diesen Inhalt zu sehen,
		// ...", "Para ver este contenido debes aceptar las cookies").
		"you have refused cookies", "you have declined cookies", "you have rejected cookies", "to view this content",
		"to see this content", "enable cookies to", "vous avez refusé les cookies", "pour afficher ce contenu",
		"pour voir ce contenu", "vous devez accepter les cookies", "um diesen inhalt zu sehen", "um diesen inhalt anzuzeigen",
		"para ver este contenido", "debes aceptar las cookies", "debe aceptar las cookies", "per visualizzare questo contenuto",
		"devi accettare i cookie", "para ver este conteúdo", "aceitar os cookies",
	}, []string{"extern", "datenschutzerklärung", "contenu", "cookie", "content", "contenuto", "conteúdo", "inhalt", "contenido"}},
	{"embed-consent", model.RemovedCookieNotice, exact, []string{
		"inhalt laden", "externen inhalt laden", "contenu externe", "afficher le contenu", "load tweet", "click to load content",
		"load content", "show content", "embedded video", "ver contenido", "mostra contenuto",
		// embed-consent-cookies: the placeholder's heading and its button
		// to reopen the consent choices
		"externer inhalt", "manage my choices", "gérer mes choix", "gestionar mis preferencias",
		// furniture-german-more: the placeholder's button and loading
		// note in their other German wordings
		"externe inhalte aktivieren", "externen inhalt aktivieren", "externe inhalte laden", "inhalt wird geladen",
	}, nil},
	// cookie-button: a consent banner's buttons, each left on its own line
	// below the notice ("Accept all", "Reject all", "Tout accepter",
	// "Alle akzeptieren", "Aceptar"). Only whole lines: a sentence that
	// says "accept" is text. With legal-links-i18n: no line of the sets
	// is one (lede bench extract on extract/ and extract-wcxb/, HTML path
	// and --text-from readeck's and trafilatura's texts: predictions
	// byte-identical to e48f247's).
	{"cookie-button", model.RemovedCookieNotice, exact, []string{
		"accept all", "reject all", "accept", "reject", "allow all", "deny all", "accept & close", "accept and close",
		"manage preferences", "manage cookies", "cookie preferences", "manage options", "i accept", "agree and close",
		"alle akzeptieren", "akzeptieren", "alle ablehnen", "ablehnen", "zustimmen", "einstellungen verwalten",
		"tout accepter", "accepter", "tout refuser", "refuser", "accepter et fermer", "personnaliser", "continuer sans accepter",
		"aceptar", "aceptar todo", "aceptar todas", "rechazar", "rechazar todo", "rechazar todas", "configurar cookies",
		"accetta", "accetta tutto", "rifiuta", "rifiuta tutto", "aceitar", "aceitar todos", "rejeitar", "alles accepteren",
	}, nil},
	// comments-form: the comment form's fixed text (WordPress and the like):
	// "Your email address will not be published. Required fields are marked *".
	{"comments-form", model.RemovedComments, contains, []string{
		"your email address will not be published", "required fields are marked", "save my name, email",
		"notify me of follow-up comments", "notify me of new posts", "this site uses akismet", "you must be logged in to post a comment",
		"diese website verwendet akismet", "e-mail-adresse wird nicht veröffentlicht",
	}, []string{"comment", "email", "e-mail", "reply", "akismet", "required", "notify"}},
	// newsletter-signup: newsletter prompts. "Sign up to our newsletter".
	{"newsletter-signup", model.RemovedNewsletter, contains, []string{
		"sign up to our newsletter", "sign up for our newsletter", "subscribe to our newsletter",
		"sign up to our daily", "sign up for our daily", "sign up for the newsletter",
		"sign up to the newsletter", "get our newsletter", "join our newsletter", "join our mailing list",
		"newsletter sign-up", "newsletter signup",
		"newsletter abonnieren", "zum newsletter anmelden", "abonnieren sie unseren newsletter",
		"inscrivez-vous à notre newsletter", "abonnez-vous à notre newsletter", "abonnez-vous à la newsletter",
		"suscríbete a nuestro boletín", "suscríbete a nuestra newsletter", "suscríbete al boletín",
		// newsletter pitches that name the reader's inbox or the outlet's
		// free newsletter: "Get the biggest stories straight to your inbox
		// with our free daily newsletter"
		"straight to your inbox", "direct to your inbox", "directly to your inbox", "delivered straight to your inbox",
		"our free newsletter", "our free daily newsletter", "our free weekly newsletter", "our daily newsletter",
		"our weekly newsletter", "our newsletters", "free email newsletter",
		// Substack-style footers: "Thanks for reading X! Subscribe for free to receive new posts"
		"subscribe for free to receive", "receive new posts", "to receive new posts",
		// alert sign-ups: "Sign up for FREE email alerts", "Get all the latest
		// news sent to your inbox"
		"sign up for email alerts", "sign up for free email alerts", "sign up for our email alerts", "get email alerts",
		"sent to your inbox", "sign up for free here",
		// sign-up pitches that promise the best of the week or the news:
		// "Sign up to get the best of our reviews every Friday", "Verpasse
		// keine News mehr"
		"sign up to get the best", "verpasse keine news", "verpassen sie keine news",
		// newsletter-signup-de-more: the outlet's own newsletter named in
		// German pitches ("Abonnieren Sie jetzt unseren kostenlosen
		// Newsletter", "... den Newsletter und bleiben Sie auf dem
		// Laufenden"). lede bench extract --text-from --halves: readeck's
		// extract/ texts snippets P half 0 0.916 -> 0.917 (one false
		// positive fewer), half 1 the same (one page loses a bare sign-up
		// line no snippet holds); the other runs and the HTML path
		// byte-identical. ("unseren kostenlosen newsletter" holds
		// "kostenlosen newsletter", so needs no entry of its own.)
		"unseren newsletter", "kostenlosen newsletter", "newsletter und bleiben sie",
	}, []string{"newsletter", "daily", "mailing", "boletín", "inbox", "posts", "receive", "alerts", "free here", "the best", "keine news"}},
	// newsletter-label: short labels that end like a newsletter prompt.
	// "Get Evolve Politics in your inbox". (Not "... by email" or "...
	// newsletter": short story sentences end that way.)
	{"newsletter-signup", model.RemovedNewsletter, suffix, []string{
		"in your inbox", "to your inbox", "in your inbox every morning", "in your inbox every day",
	}, nil},
	{"newsletter-signup", model.RemovedNewsletter, prefix, []string{"enter your email", "your email address", "gib deine e-mail-adresse ein"}, nil},
	// newsletter-signup-i18n: the sign-up prompt of a newsletter box in the
	// languages news is published in beyond English, German and French:
	// "Подпишитесь на нашу рассылку", "订阅我们的新闻邮件", "Bültenimize
	// abone olun", "Zapisz się do newslettera". Each names the newsletter
	// (рассылка, 电子报, bülten, nieuwsbrief), so a story sentence about
	// subscribing to something else does not match.
	{"newsletter-signup", model.RemovedNewsletter, prefix, []string{
		// Russian, Ukrainian
		"подпишитесь на нашу рассылку", "подпишитесь на рассылку", "подписаться на рассылку", "подпишитесь на нашу email-рассылку",
		"підпишіться на нашу розсилку", "підпишіться на розсилку", "підписатися на розсилку",
		// Japanese, Chinese (simplified, traditional), Korean
		"メールマガジン登録", "メルマガ登録", "メールマガジンの登録", "ニュースレター登録", "ニュースレターの登録",
		"订阅我们的新闻邮件", "订阅新闻邮件", "订阅电子报", "订阅我们的电子报", "訂閱電子報", "訂閱我們的電子報", "訂閱新聞信",
		"뉴스레터 구독", "뉴스레터를 구독", "뉴스레터 신청",
		// Arabic, Hebrew, Hindi
		"اشترك في النشرة البريدية", "اشترك في نشرتنا", "اشترك في النشرة الإخبارية", "اشترك في القائمة البريدية",
		"הירשמו לניוזלטר", "הרשמו לניוזלטר", "הירשמו לדיוור", "הרשמה לניוזלטר",
		"हमारे न्यूज़लेटर", "न्यूज़लेटर की सदस्यता", "न्यूजलेटर की सदस्यता", "न्यूज़लेटर सब्सक्राइब",
		// Turkish, Spanish, Portuguese, Italian, Dutch
		"bültenimize abone olun", "bültenimize abone ol", "e-bültenimize abone", "e-bültene abone", "bültene kaydol", "e-bültene kaydol",
		"suscríbete a nuestro newsletter", "suscríbete a la newsletter", "recibe nuestro boletín", "apúntate a nuestra newsletter",
		"assine nossa newsletter", "assine a nossa newsletter", "assine a newsletter", "cadastre-se na newsletter", "receba a newsletter",
		"iscriviti alla nostra newsletter", "iscriviti alla newsletter", "ricevi la newsletter", "iscriviti alle newsletter",
		"schrijf je in voor onze nieuwsbrief", "schrijf je in voor de nieuwsbrief", "meld je aan voor onze nieuwsbrief",
		"meld je aan voor de nieuwsbrief", "abonneer je op onze nieuwsbrief", "ontvang onze nieuwsbrief",
		// Polish, Swedish, Indonesian, Vietnamese, Greek
		"zapisz się do naszego newslettera", "zapisz się do newslettera", "zapisz się na newsletter", "zamów newsletter",
		"prenumerera på vårt nyhetsbrev", "prenumerera på nyhetsbrevet", "prenumerera på våra nyhetsbrev", "anmäl dig till vårt nyhetsbrev",
		"berlangganan buletin", "berlangganan newsletter", "daftar newsletter",
		"đăng ký nhận bản tin", "đăng ký nhận tin", "đăng ký bản tin",
		"εγγραφείτε στο newsletter", "εγγραφείτε στο ενημερωτικό", "εγγραφή στο newsletter",
		// newsletter-signup-more-languages: Danish, Norwegian, Finnish,
		// Czech and Hungarian, each naming the newsletter (nyhedsbrev,
		// nyhetsbrev, uutiskirje, newsletter, hírlevél)
		"tilmeld dig vores nyhedsbrev", "tilmeld dig nyhedsbrevet", "abonner på vores nyhedsbrev", "abonner på vårt nyhetsbrev",
		"abonner på nyhetsbrevet", "meld deg på vårt nyhetsbrev", "meld deg på nyhetsbrevet", "tilaa uutiskirjeemme",
		"tilaa uutiskirje", "tilaa uutiskirjeet", "přihlaste se k odběru newsletteru", "přihlaste se k odběru našeho newsletteru",
		"odebírejte náš newsletter", "odebírejte newsletter", "iratkozzon fel hírlevelünkre", "iratkozz fel hírlevelünkre",
		"iratkozzon fel a hírlevélre", "feliratkozás hírlevélre",
	}, nil},
	// newsletter-box: the parts of a sign-up box: its label, its button and
	// its small print. "NEWSLETTER", "Sign up", "By signing up you agree to
	// our Terms of Use and Privacy Policy."
	{"newsletter-box", model.RemovedNewsletter, exact, []string{
		"newsletter", "newsletters", "sign up", "sign up now", "sign me up", "sign up for free", "email newsletter",
		"free newsletter", "get the newsletter",
	}, nil},
	{"newsletter-box", model.RemovedNewsletter, contains, []string{
		"by signing up you agree", "by signing up, you agree", "by subscribing you agree", "by subscribing, you agree",
		"by clicking sign up", "by clicking subscribe", "you can unsubscribe at any time", "unsubscribe at any time",
		"terms of use and privacy policy", "terms of service and privacy policy", "privacy policy and terms of service",
		// paywall boxes: "To view the full story, please subscribe to ...",
		// "If you're seeing this message but you're already a subscriber, ..."
		"to view the full story, please subscribe", "to read the full story, please subscribe",
		"you're already a subscriber", "you are already a subscriber", "first-time subscribers also receive",
		// newsletter-box-small-print: the box's small print in English
		// ("We use your sign-up to provide content in ways you've
		// consented to") and in French, German, Spanish and Italian ("En
		// vous inscrivant, vous acceptez...", "Vos données sont traitées
		// conformément à notre politique de confidentialité", "Sie
		// können sich jederzeit abmelden", "Puedes darte de baja en
		// cualquier momento"): the walk then takes the whole box, pitch
		// and button between prompt and small print. lede bench extract
		// (HTML path, both sets) and --text-from (four runs), the seed
		// and the analysis of the quote and news texts: byte-identical
		"we use your sign-up to provide", "en vous inscrivant, vous acceptez", "en vous inscrivant vous acceptez",
		"vous pouvez vous désinscrire à tout moment", "vous désabonner à tout moment", "vous désinscrire à tout moment",
		"mit ihrer anmeldung akzeptieren sie", "mit der anmeldung akzeptieren sie", "sie können sich jederzeit abmelden",
		"jederzeit wieder abbestellen", "jederzeit abbestellen", "abmeldung ist jederzeit möglich",
		"al suscribirte, aceptas", "al suscribirte aceptas", "darte de baja en cualquier momento", "darse de baja en cualquier momento",
		"iscrivendoti accetti", "iscrivendoti, accetti", "annullare l'iscrizione in qualsiasi momento",
		"traitées conformément à notre politique de confidentialité",
	}, []string{"signing up", "subscribing", "clicking", "unsubscribe", "privacy policy", "full story", "already a subscriber", "first-time subscribers",
		"your sign-up", "vous inscrivant", "vous désabonner", "vous désinscrire", "anmeldung", "abmeldung", "abmelden", "abbestellen", "suscribirte",
		"de baja", "iscrivendoti", "annullare l'iscrizione", "politique de confidentialité"}},
	// appeal-donate-label: donation buttons. "Donate", "Donate via PayPal".
	{"appeal-donation", model.RemovedAppeal, prefix, []string{
		"donate", "make a donation", "make a contribution", "become a patron", "become a member",
		"support us on", "spenden", "faire un don", "donar", "buy me a coffee", "support me on", "tip jar",
		// appeal-nonprofit-buttons: a nonprofit newsroom's giving
		// button ("Yes, I'll give $5 a month"), whose "Yes" no button
		// verb of the text path's appeal-button rule reads. Not "Give
		// once" and the like: appeal-button reads them inside the appeal,
		// and alone "Give once" may open a sentence; nor the lead-in
		// "Before you go...": a morning newsletter heads its last section
		// of news so (ana-q)
		"yes, i'll give",
		// German informal appeals and issue promotions: "Unterstütze uns
		// schon mit 3 Euro!", "Gefällt dir unser Magazin?", "Die aktuelle
		// Ausgabe der Zeitschrift ist da"
		"unterstütze", "gefällt dir unser", "gefällt dir unsere", "gefällt dir dieser beitrag", "gefällt dir dieser artikel",
		"gefällt ihnen unser", "die aktuelle ausgabe der", "die neue ausgabe der", "jede kleine spende",
	}, nil},
	// appeal-donation: membership and donation appeals, spoken by the outlet
	// about itself ("every small donation keeps us going").
	{"appeal-donation", model.RemovedAppeal, contains, []string{
		"smallest donation", "make a donation today", "donate now", "donate today", "please donate",
		"donate to us", "support our journalism", "support our work", "support independent journalism",
		"support our independent", "help us continue", "we need your support", "with our readers' support",
		"become a member today", "become a member now", "become a supporter", "become a patron",
		"make a one-off contribution", "contribute today",
		"if you value our", "if you like our work", "if you enjoyed this article, please",
		"please consider supporting", "consider supporting us", "support us on patreon",
		"jetzt spenden", "unterstützen sie uns", "unterstützen sie unseren journalismus",
		"faites un don", "soutenez-nous", "soutenez notre journalisme",
		"haz una donación", "apóyanos", "hazte socio",
		// Guardian-style appeals open with a favour and close with a price:
		// "... we have a small favour to ask", "from as little as £1"
		"small favour to ask", "small favor to ask", "powers our journalism",
		"support local news", "support local journalism", "donate to support", "support quality journalism",
		// newsletters and blogs ask for paid subscriptions and tips:
		// "the best way to support X is to become a paid subscriber",
		// "support me on Patreon", "buy me a coffee on Ko-fi"
		"become a paid subscriber", "becoming a paid subscriber", "become a paying subscriber",
		"support my work", "supporting me on", "support me on", "buy me a coffee", "buying me a coffee",
		"on ko-fi", "my patreon", "our patreon", "reader-supported publication", "reader-funded", "funded by readers",
		// reliance on readers: "Truthout is a nonprofit and we depend on your
		// support", "we rely on our readers"
		"depend on your support", "depends on your support", "rely on your support", "rely on our readers",
		"depend on our readers", "depend on readers", "rely on readers",
		"needs your support", "kind and generous support", "generous support of our readers", "if you appreciate my work",
		"if you appreciate our work", "funded by its audience", "funded by our audience", "funded by its readers",
		"set up a monthly donation", "a small monthly donation", "monthly donation",
		// German appeals: "Jede kleine Spende hilft", "unterstütze
		// unabhängigen Journalismus"
		"jede kleine spende", "jeder kleine beitrag hilft", "unterstütze uns", "unterstütze unabhängige",
		"unterstütze unsere arbeit",
		// appeal-donation-i18n: "Unterstützen Sie unabhängigen
		// Journalismus", "Apoya el periodismo independiente", "Dona ahora",
		// "Sostieni il nostro giornalismo", "Apoie o jornalismo", "Faça uma
		// doação"
		"unterstützen sie unabhängigen journalismus", "unabhängigen journalismus unterstützen", "apoya el periodismo",
		"apoya nuestro periodismo", "dona ahora", "haz un donativo", "sostieni il nostro giornalismo", "sostieni il giornalismo",
		"fai una donazione", "sostienici", "apoie o jornalismo", "apoie o nosso jornalismo", "faça uma doação", "doe agora",
		"soutenez le journalisme",
		// appeal-donation-de-more: the formal German appeal naming the kind
		// of journalism or the newsroom's work ("Unterstützen Sie
		// unabhängigen Lokaljournalismus", "Unterstützen Sie unsere
		// Redaktion")
		"unterstützen sie unabhängig", "unterstützen sie lokaljournalismus", "unterstützen sie den lokaljournalismus",
		"unterstützen sie unsere arbeit", "unterstützen sie unsere redaktion", "lokaljournalismus unterstützen",
		// appeal-donation-fr-more: "Soutenez un journalisme indépendant",
		// "Soutenez la presse indépendante" (the same runs byte-identical)
		"soutenez un journalisme", "soutenez la presse", "soutenez une presse",
		// appeal-donation-north-east: Polish, Dutch, Swedish and Russian
		// appeals ("Wspieraj niezależne dziennikarstwo", "Steun
		// onafhankelijke journalistiek", "Stöd oberoende journalistik",
		// "Поддержите независимую журналистику", "Поддержать редакцию")
		"wspieraj niezależne", "wesprzyj niezależne", "wesprzyj nas", "wspieraj nas", "steun onafhankelijke", "steun ons",
		"stöd oberoende", "stöd oss", "поддержите независим", "поддержите нас", "поддержать редакцию", "поддержите редакцию",
		// appeal-nonprofit: a nonprofit newsroom's appeal in the outlet's
		// voice ("We don't have a paywall because...", "That's why we're
		// asking readers like you to chip in", "Support our nonprofit
		// newsroom"). Not "readers like you" alone: a story's sign-off
		// thanks its contributors "and readers like you!"
		"readers like you to", "from readers like you", "support of readers like you", "our nonprofit newsroom", "our non-profit newsroom", "support our nonprofit",
		"support our non-profit", "we don't have a paywall", "we do not have a paywall",
		// (lede bench extract --halves, both paths, both sets, and the
		// seed: byte-identical to the tree without them)
	}, []string{"unterstütze", "kleine", "don", "support", "apoy", "apoi", "sostien", "doa", "doe ", "member", "patron", "contribut", "help us", "value our", "like our", "enjoyed",
		"spenden", "unterstützen", "soutenez", "apóy", "socio", "favo", "journalism",
		"subscriber", "coffee", "ko-fi", "reader-", "patreon", "readers", "appreciate", "funded by", "profit newsroom", "a paywall",
		"wspieraj", "wesprzyj", "steun", "stöd", "поддерж"}},
	// cta-support-us: "Support us and go ad-free", "Support us".
	{"cta-support-us", model.RemovedCallToAction, prefix, []string{
		"support us", "go ad-free", "go ad free",
	}, nil},
	// cta-subscribe: bare subscription prompts. "Subscribe", "Subscribe now".
	{"cta-subscribe", model.RemovedCallToAction, prefix, []string{
		"subscribe now", "subscribe today", "subscribe for", "subscribe to", "subscribe here",
		"sign up for the", "sign up now", "sign up here", "sign up today",
		"subscribers only", "already a subscriber", "jetzt abonnieren", "abonnez-vous", "suscríbete",
		// cta-subscribe-north: Dutch's and Swedish's subscribe buttons
		// ("Word abonnee", "Bli prenumerant") and Russian's "Оформить
		// подписку"
		"word abonnee", "bli prenumerant", "оформить подписку",
		// cta-subscribe-podcast: a podcast player's row of apps ("Subscribe
		// on Apple Podcasts | Spotify | RSS")
		"subscribe on apple podcasts", "subscribe on spotify", "subscribe on youtube", "follow on apple podcasts",
		"abbonati ora", "iscriviti", "assine", "inscreva-se", "abonneer",
		// paywall and upgrade buttons: "Upgrade to paid", "Start your free trial"
		"upgrade to paid", "upgrade to premium", "upgrade your subscription", "start your free trial", "start free trial",
		"get full access", "unlock full access", "type your email",
		// reminder buttons under appeals: "Remind me in May", "Remind me later"
		"remind me in", "remind me later",
		// registration walls: "Jetzt kostenlos registrieren und weiterlesen"
		"jetzt kostenlos registrieren", "jetzt registrieren", "kostenlos registrieren", "create a free account",
		// cta-paywall-i18n: the paywall's prompts in French, German,
		// Spanish, Italian and Portuguese ("Déjà abonné ? Se connecter",
		// "Dieser Artikel ist nur für Abonnenten", "¿Ya eres suscriptor?
		// Inicia sesión", "Questo articolo è riservato agli abbonati"),
		// as "Already a subscriber?" and "Subscribers only" are in English.
		// Not German's "Bereits Abonnent?": it took two such lines of two
		// extract/ pages (HTML path and peers' texts), both of one half,
		// no figure moved, and predictions stay as they were unless both
		// halves gain. Without it the same runs byte-identical
		"déjà abonné", "vous êtes déjà abonné", "cet article est réservé aux abonnés", "article réservé aux abonnés",
		"réservé aux abonnés", "dieser artikel ist nur für abonnenten",
		"nur für abonnenten", "¿ya eres suscriptor", "ya eres suscriptor", "este contenido es exclusivo para suscriptores",
		"contenido exclusivo para suscriptores", "sei già abbonato", "questo articolo è riservato agli abbonati",
		"articolo riservato agli abbonati", "já é assinante", "conteúdo exclusivo para assinantes",
		"register for free", "log in to continue", "sign in to continue", "inscrivez-vous gratuitement", "créez votre compte",
		// newsletter platforms' footers and blog platforms' sign-up walls:
		// "Give a gift subscription", "Refer a friend", "Sign up to discover
		// human stories..."
		"give a gift subscription", "gift a subscription", "refer a friend", "sign up to discover", "sign up to read",
		"sign up to continue", "sign up to get", "sign up for free",
		// paywall notices: "Pour lire la suite", "To view the full story,
		// please subscribe", "If you're already a subscriber, log in"
		"pour lire la suite", "pour accéder en illimité", "to view the full story", "to read the full story",
		"if you're seeing this message but", "if you are already a subscriber", "if you're already a subscriber",
		"dieser artikel ist exklusiv", "exklusiv für abonnenten", "réservé aux abonnés", "article réservé aux abonnés",
		"hier kostenlos anmelden", "jetzt kostenlos anmelden",
		// furniture-french-more: the paywall's "the rest is for
		// subscribers" ("La suite est réservée aux abonnés")
		"la suite est réservée aux abonnés", "la suite de cet article est réservée aux abonnés",
	}, nil},
	// cta-issue: print titles' promotions of their digital edition. "Das
	// Magazin gibt es jetzt auch digital!"
	{"cta-subscribe", model.RemovedCallToAction, suffix, []string{
		"jetzt auch digital", "jetzt auch digital!", "jetzt auch als e-paper", "jetzt auch als e-paper!",
		// furniture-french-more: the paywall's count of what is left ("Il
		// vous reste 80% de cet article à lire")
		"de cet article à lire",
	}, nil},
	// cta-story-tip: requests for readers' stories and tips. "Do you have a
	// story for us? Email newsdesk@...", "Got a story? Contact us".
	{"cta-story-tip", model.RemovedCallToAction, prefix, []string{
		"do you have a story", "have you got a story", "got a story", "have a story for us", "have a news tip",
		"got a news tip", "send us your story", "send us your stories", "contact our newsdesk", "tip us off",
		"got a tip", "send news tips", "send tips to", "report typos", "report an error", "spotted an error",
		"we pay for your stories", "send your story ideas", "send us your story ideas",
		// furniture-german-more: "Fehler gefunden? Jetzt melden."
		"fehler gefunden?", "fehler entdeckt?",
	}, nil},
	// the error-report link alone on its line (French "Signaler une
	// erreur", rule furniture-french-more; Spanish "Reportar un error",
	// rule furniture-spanish-more): a sentence may open with the words
	// ("Signaler une erreur de calcul ...")
	{"cta-story-tip", model.RemovedCallToAction, exact, []string{
		"signaler une erreur", "signaler une faute", "reportar un error", "informar de un error",
		// furniture-italian-portuguese
		"segnala un errore", "reportar erro", "comunicar erro",
		// furniture-dutch-more: "Fout gevonden?"
		"fout gevonden?", "fout gezien?",
		// furniture-nordic-more: "Rapportera fel"
		"rapportera fel",
	}, nil},
	// cta-action: petition prompts of campaigning sites ("Sign the
	// petition", "Take action now") and tabloid teasers ("Scroll down for
	// video").
	{"cta-action", model.RemovedCallToAction, prefix, []string{
		"sign the petition", "sign our petition", "add your name", "take action now", "take action today",
		"scroll down for video", "scroll down for more",
	}, nil},
	{"cta-subscribe", model.RemovedCallToAction, exact, []string{
		"subscribe", "abonnieren", "s'abonner", "suscribirse",
		// cta-paywall-i18n: the paywall's button ("Je m'abonne", "Abbonati")
		"je m'abonne", "abbonati",
	}, nil},
	// cta-shop: shopping and booking buttons of affiliate reviews and
	// service pages. "Check Price at REI", "Buy on Amazon", "Book now".
	{"cta-shop", model.RemovedCallToAction, exact, []string{
		"book now", "buy now", "shop now", "learn more", "get a quote", "visit website", "read the review",
		"jump to review", "start course", "add to cart", "check price", "view deal", "see deal", "get deal",
		"check availability", "see details", "view details", "compare prices", "website call",
		"get started", "start for free", "try for free", "find out more", "order now", "see more", "know more",
		// buttons no gold line of either benchmark holds, each on 3-14
		// WCXB pages of our output
		"apply now", "download now", "more info", "get started for free", "expand description", "ask an expert",
		"see all", "view all", "image unavailable",
	}, nil},
	// shop-forum-toolbar: a shop's and a forum's controls that text
	// extractors flatten onto lines of their own: the sort menu's label,
	// the quantity picker, a unit-price label, the titles of the
	// cross-sell and history shelves and of a thread's list of like
	// threads. Each is a whole line here; a sentence that uses the words
	// stays ("Sort by date, then by size" is not this line). No gold line
	// of either benchmark is one of them. lede bench extract --text-from
	// on readeck's WCXB texts: 17 pages up (12 of half a, 5 of half b),
	// none down; the HTML path: 3 WCXB pages up (2 a, 1 b), none down,
	// extract/ byte-identical.
	{"shop-forum-toolbar", model.RemovedNavigation, exact, []string{
		"sort by", "quantity", "qty", "unit price per", "frequently bought together", "recently viewed",
		"similar threads",
		// shop-compare-label: a review table's tab label over the
		// products it lines up (readeck's WCXB texts: 3 article pages up,
		// 2 of half a and 1 of half b, none down; HTML path identical)
		"compare:",
	}, nil},
	// page-furniture-lines: more page controls alone on their lines: the
	// jump link at a page's foot in its other wording (the navigation
	// group's "back to top" is a prefix; this one is a whole line, as "Go
	// to top scorers" is a sentence), and a board's or an author page's
	// empty list. No gold line of either benchmark is one of them. Left
	// out: a sign-up form's "First name*" (one site's gold keeps its
	// form's labels) and a five-star rating line (no word to score, and it
	// changed the HTML path's predictions). lede bench extract --text-from
	// on readeck's WCXB texts: 9 pages up (4 of half a, 5 of half b), none
	// down; the other runs, the HTML path and the seed byte-identical.
	{"page-furniture-lines", model.RemovedNavigation, exact, []string{
		"go to top", "no posts", "no posts found",
	}, nil},
	// card-field-labels: the label line of a profile card's field, alone
	// over its value ("Author" over the writer's name, the card a blog
	// shows under a post). A byline names the writer on the label's line
	// ("Author: Ada Quell") and stays. No gold line of either benchmark
	// is one. lede bench extract --text-from on readeck's WCXB texts: 4
	// pages up (2 a half), none down; on readeck's extract/ texts 2
	// snippet pages lose the label, scores unchanged; the HTML path and
	// the seed byte-identical. Left out: "Website", the same kind of
	// label, which a blog's comment form also shows (it split the form's
	// removed run in testdata 41_wordpress).
	{"card-field-labels", model.RemovedNavigation, exact, []string{
		"author",
	}, nil},
	{"cta-shop", model.RemovedCallToAction, prefix, []string{
		"buy on amazon", "check price at", "see price at", "view on amazon", "view at amazon", "best prices today",
		"buy from amazon", "shop at amazon", "see it at", "check price on",
	}, nil},
	// related-read-more: a "Read more:" label in front of another story's
	// headline is a link to a related article, not a teaser of this one.
	// "READ MORE: Council approves budget", "Read also: ...".
	{"related-read-more", model.RemovedRelated, prefix, []string{
		"read more: ", "read more | ", "read more » ", "read more - ", "more reading: ", "also read: ", "read also: ",
		"see more: ", "see also: ", "don't miss: ",
		"mehr dazu: ", "lire aussi : ", "lire aussi: ", "lee también: ", "leer más: ", "lea también: ", "lea más: ",
		// related-read-more-es-de: the short Spanish labels ("VEA TAMBIÉN:
		// <headline>", "Mire: ...") and the German ones ("Auch lesen: ...",
		// "Weiterlesen: ...") before a linked headline. Not "Lea:" nor
		// "Mira:", which are given names too (an interview's "Lea: Ich
		// glaube schon."); "Mira:" also changed the HTML path's output on
		// one page of one half of extract/. This group and the labels of
		// comments-prompt-rating, share-bar-de, related-header-de and the
		// newsletter pitches of 2026-11-27 together, on the text path
		// (lede bench extract --text-from, halves of --halves, F1 to four
		// places by score_extract.py): extract/ on readeck's text snippets
		// 0.9081 -> 0.9106 and 0.9073 -> 0.9115, on trafilatura's 0.9209 ->
		// 0.9216 and 0.9125 -> 0.9155; no other figure moved, and the HTML
		// path's predictions stayed byte-identical.
		"vea también: ", "ver también: ", "mire: ", "auch lesen: ", "weiterlesen: ",
	}, nil},
	// cta-read-on: teasers that lead to more text. "Read on...", "Continue reading".
	{"cta-read-on", model.RemovedCallToAction, prefix, []string{
		"read on", "read more", "continue reading", "keep reading", "read the full", "read full story",
		"click here", "tap here", "weiterlesen", "mehr lesen", "lire la suite", "lire plus", "leer más", "seguir leyendo",
		// cta-read-on-i18n: "Читать далее", "続きを読む", "阅读全文", "Devamını oku"
		"читать далее", "читать полностью", "читати далі", "続きを読む", "阅读全文", "查看全文", "閱讀全文", "기사 더보기",
		"devamını oku", "continua a leggere", "continue lendo", "lees verder", "czytaj dalej", "διαβάστε περισσότερα",
		"पूरा पढ़ें", "קרא עוד",
		// cta-read-on-more: European Portuguese's and Swedish's "read
		// more" ("Ler mais", "Continue a ler", "Läs mer") and Brazil's
		// "Veja mais"
		"ler mais", "continue a ler", "läs mer", "veja mais",
		// cta-read-on-polish: Polish's "Read more" button ("Czytaj więcej")
		"czytaj więcej",
		// cta-read-on-paywall: the German, French, Spanish and Portuguese
		// strips over a paywall's offer, as the English "Continue reading
		// with X Plus" ("Jetzt weiterlesen mit X Plus. Testen Sie 30 Tage
		// kostenlos.", "Poursuivez votre lecture", "Sigue leyendo"). (lede
		// bench extract, halves by md5(id)%2: HTML path, extract/ one page of
		// half 0 loses its paywall button, per-page scores unchanged, WCXB
		// byte-identical; text path from readeck and trafilatura on both
		// sets, the same page alone changes.)
		"jetzt weiterlesen", "lesen sie jetzt weiter", "poursuivez votre lecture", "continuez votre lecture",
		"sigue leyendo", "continúa leyendo", "continuar leyendo", "continuar lendo",
	}, nil},
	// cta-watch: labels of video teasers that link elsewhere. "WATCH BELOW: ...", "WATCH | ...".
	{"cta-watch", model.RemovedCallToAction, prefix, []string{
		"watch below:", "watch above:", "watch:", "watch |", "watch live:", "watch the video:", "watch more:",
		"click to play video",
	}, nil},
	// media-fallback: the words a page's video or audio element shows a
	// browser that cannot play it ("Your browser does not support the video
	// tag.", "Ihr Browser unterstützt das Video-Tag nicht", "Votre
	// navigateur ne prend pas en charge la vidéo"); text extractors keep
	// them as a paragraph of the story. Only at the start of a short line:
	// a story on browsers may write the words in a sentence.
	{"media-fallback", model.RemovedOther, prefix, []string{
		"your browser does not support the video", "your browser does not support the audio",
		"your browser does not support html5 video", "your browser does not support html5 audio",
		"your browser does not support video", "your browser does not support audio",
		"your browser doesn't support the video", "your browser doesn't support html5 video",
		"your browser doesn't support video", "sorry, your browser does not support embedded videos",
		"ihr browser unterstützt das video", "ihr browser unterstützt kein html5", "ihr browser unterstützt keine html5",
		"ihr browser unterstützt dieses video", "dein browser unterstützt das video",
		"votre navigateur ne supporte pas la vidéo", "votre navigateur ne supporte pas la balise vidéo",
		"votre navigateur ne prend pas en charge la vidéo", "votre navigateur ne prend pas en charge la balise vidéo",
		"tu navegador no soporta el elemento de vídeo", "tu navegador no soporta el elemento de video",
		"tu navegador no soporta video", "tu navegador no soporta vídeo", "su navegador no soporta el elemento de vídeo",
		"su navegador no soporta video", "su navegador no soporta vídeo",
		"il tuo browser non supporta il tag video", "il tuo browser non supporta i video", "il tuo browser non supporta video",
		"seu navegador não suporta o elemento de vídeo", "seu navegador não suporta vídeo", "o seu navegador não suporta vídeo",
		"je browser ondersteunt geen video", "uw browser ondersteunt geen video",
	}, nil},
	// player-chrome: the buttons and notes of a video player and a picture
	// viewer that text extractors keep as lines of the story ("Skip Ad",
	// "Video Ad Feedback", "Enlarge this image", "toggle caption", "Open
	// image in gallery", "View image in fullscreen", "Loading video").
	// Only multi-word labels and "Unmute": a one-word "Pause" or
	// "Settings" may head a review's section
	{"player-chrome", model.RemovedOther, exact, []string{
		"skip ad", "skip ads", "ad feedback", "video ad feedback", "unmute", "tap to unmute", "click to unmute",
		"enlarge this image", "toggle caption", "hide caption", "show caption", "open image in gallery",
		"view image in fullscreen", "view in fullscreen", "enter fullscreen", "exit fullscreen", "loading video",
		"loading comments", "loading comments...", "enable javascript to watch this video",
		"please enable javascript to watch this video", "replay video", "watch again",
	}, nil},
	// video.js's fallback under its player: "To view this video please
	// enable JavaScript, and consider upgrading to a web browser that
	// supports HTML5 video", longer than a prefix label may be
	{"media-fallback", model.RemovedOther, contains, []string{"a web browser that supports html5 video"}, []string{"html5"}},
	// cta-follow: prompts to follow the outlet elsewhere. "Follow us on Twitter".
	{"cta-follow", model.RemovedCallToAction, prefix, []string{
		// news sites' app and update prompts: "Catch all the latest news ... on
		// our website", "Download The Tribune app for the latest news"
		"catch all the latest", "catch the latest", "stay updated with", "stay tuned to", "for the latest news and updates",
		"folge uns", "follow us on", "follow us", "follow him on", "follow her on", "follow them on", "follow me on", "like us on facebook", "join us on", "download our app",
		"download the app", "get the app", "get our app", "folgen sie uns", "suivez-nous", "síguenos",
		// cta-follow-i18n: "Подписывайтесь на нас в Telegram", "Bizi takip
		// edin", "Simak berita lainnya di Google News", "关注我们"
		"подписывайтесь на", "подпишитесь на наш", "читайте нас в", "следите за нами", "следите за новостями в", "підписуйтесь на", "стежте за нами",
		"bizi takip edin", "siga-nos", "siga o", "seguici su", "volg ons op", "obserwuj nas", "följ oss på", "ikuti kami di",
		"simak berita", "simak breaking news", "follow kami", "theo dõi chúng tôi", "ακολουθήστε μας", "تابعونا على",
		"تابعنا على", "עקבו אחרינו", "हमें फॉलो करें", "关注我们", "關注我們", "微信扫一扫", "扫一扫", "分享到微信", "フォローする",
		// cta-follow-more-languages: "Følg os på Facebook", "Følg oss på",
		// "Seuraa meitä", "Sledujte nás na", "Kövessen minket"
		"følg os på", "følg oss på", "seuraa meitä", "sledujte nás", "kövessen minket", "kövess minket",
		// the Chinese prompt to follow the outlet's WeChat account, which
		// "关注我们" above does not take (a Han letter after it is no word's end)
		"关注我们的公众号", "关注我们的微信公众号", "关注公众号", "關注我們的公眾號",
	}, nil},
	// cta-follow-inline: the same prompt after a lead-in: "For the latest
	// news and updates, follow us on Facebook, Twitter and Instagram".
	{"cta-follow", model.RemovedCallToAction, contains, []string{
		"follow us on", "like us on facebook", "find us on facebook", "follow us for", "like the page:", "like our page",
		// writers' own prompts: "You can keep up with me on Bluesky"
		"keep up with me on", "you can follow me on", "you can find me on",
		// Spanish channel prompts: "Únete a nuestro canal de Telegram",
		// "¡Mira lo que tiene nuestro canal de YouTube!"
		"nuestro canal de youtube", "nuestro canal de telegram", "nuestro canal de whatsapp", "tenemos canal de telegram",
		"tenemos canal de whatsapp", "tenemos un canal de",
	}, []string{"us on", "us for", "page", "me on", "canal de"}},
	// share-bar: share buttons flattened to text. "Share this:", "Share on Facebook".
	{"share-bar", model.RemovedShare, prefix, []string{
		"share this article", "share this story", "share this post", "share this page", "share this:",
		// viral sites' share prompts and tabloid share bars: "Share this on
		// Facebook if you agree", "Share or comment on this article:"
		"share this on", "share if you", "please share", "like and share", "share or comment on this article",
		"share on", "share via", "share to", "share article", "share the article", "share story",
		"share:", "tweet this", "click to share", "email this", "pin it", "artikel teilen",
		// share-bar-ru-tr: Russian's share button naming the network
		// ("Поделиться в Telegram", "Поделиться ВКонтакте") and Turkish's,
		// whose suffixed network comes first ("Facebook'ta paylaş")
		"поделиться в ", "поделиться вконтакте", "facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş",
		"x'te paylaş", "telegram'da paylaş",
		"partager cet article", "partager sur", "compartir en", "compartir este", "comparte este", "comparte en",
		"condividi", "compartilhe", "compartilhar", "deel dit artikel", "beitrag teilen", "url zum kopieren",
		// German WordPress share and like widgets, article share prompts:
		// "Teilen mit:", "Gefällt mir Wird geladen...", "Möchten Sie den Artikel teilen?"
		"teilen mit", "gefällt mir wird geladen", "möchten sie den artikel teilen", "diesen artikel teilen",
		"udostępnij", "podziel się", "partagez cet article", "partager l'article",
		// share-bar-de: "Den Artikel mit anderen teilen", a recipe's print
		// button ("Rezept drucken"). Not a recipe's pin button nor its
		// star-rating prompt: the HTML path's output changed with them (one
		// extract/ page, no figure moved)
		"den artikel mit anderen teilen", "rezept drucken",
		// article-tools-i18n: "Teilen auf Facebook"
		"teilen auf ",
		// share-bar-nordic-dutch: the "share on <network>" buttons of
		// Swedish, Norwegian, Danish, Dutch, Finnish, Czech and Hungarian
		// pages ("Dela på Facebook", "Del på X", "Deel op LinkedIn"), named
		// with their network: "Dela på" alone also opens "split the cost".
		// lede bench extract (HTML path, both sets) and --text-from
		// --halves (four runs): byte-identical (the sets hold none)
		"dela på facebook", "dela på x", "dela på twitter", "dela på linkedin", "del på facebook", "del på x",
		"del på twitter", "del på linkedin", "deel op facebook", "deel op x", "deel op twitter", "deel op linkedin",
		"jaa facebookissa", "jaa twitterissä", "sdílet na facebooku", "sdílet na twitteru", "megosztás facebookon",
	}, nil},
	{"share-bar", model.RemovedShare, exact, []string{
		"share", "share this", "tweet", "email", "print", "whatsapp", "facebook", "twitter", "linkedin", "pinterest",
		"reddit", "teilen", "partager", "compartir", "facebook twitter", "facebook twitter email",
		// share-bar-buttons-i18n: a share bar's buttons in German, French,
		// Spanish, Italian and Portuguese ("Twittern", "Tweeter", "E-Mail",
		// "Drucken", "Imprimer"). lede bench extract --halves: six share
		// buttons of five extract/ pages go (HTML path and readeck's
		// texts), no page's score moves on either half; trafilatura's
		// texts and extract-wcxb/ byte-identical to e48f247's
		"twittern", "tweeter", "e-mail", "mail", "drucken", "imprimer", "imprimir", "stampa", "messenger", "telegram",
		"flipboard", "xing", "envoyer par e-mail",
		// furniture-french-more: French's e-mail, bookmark and listen
		// buttons in their other wordings
		"envoyer par mail", "ajouter à vos favoris", "ajouter à mes articles", "écouter l'article",
		// furniture-german-more: German's bookmark and read-aloud buttons,
		// and a player's play button
		"merken", "artikel vorlesen lassen", "video abspielen", "play video",
		// furniture-spanish-more: Spanish's save, listen and play buttons
		"guardar", "escuchar noticia", "escuchar artículo", "reproducir vídeo", "reproducir video",
		// furniture-italian-portuguese: Italian's and Portuguese's
		"salva", "riproduci video", "ouvir", "ouvir notícia", "ouvir artigo", "partilhar", "reproduzir vídeo",
		// furniture-dutch-more: Dutch's save, listen and play buttons
		"opslaan", "luister", "luister naar dit artikel", "video afspelen",
		// furniture-nordic-more: save and play buttons ("Spara artikel",
		// "Lagre artikkel", "Gem artikel", "Spela upp video")
		"spara", "spara artikel", "lagre artikkel", "gem artikel", "spela upp video", "spill av video", "afspil video", "per e-mail teilen", "enviar por correo", "enviar por email",
		// ("Condividi su Facebook", "Partager sur Facebook": share-bar's
		// prefixes "condividi" and "partager sur" above take them)
		// article-tools-i18n: the copy-link, bookmark and listen buttons
		// of German, French, Spanish, Italian and Portuguese pages
		"link kopieren", "copier le lien", "copiar enlace", "copiar link", "copia link", "artikel merken",
		"zur merkliste hinzufügen", "vorlesen", "artikel anhören", "écouter cet article", "escuchar este artículo",
		"ascolta l'articolo", "ouvir este artigo", "auf facebook teilen", "auf whatsapp teilen", "auf x teilen",
		"share facebook twitter", "copy link", "like this:", "like this", "like loading", "loading",
		"click to share on twitter (opens in new window)", "click to share on facebook (opens in new window)",
		// article tool bars: print, save, gift and listen buttons
		"print this page", "print article", "print this article", "save article", "save this article", "save",
		"gift this article", "gift article", "listen to this article", "listen to this story", "read in app", "open in app",
		// share-bar-listen: a podcast page's and a Brazilian site's listen
		// buttons ("Listen to this episode", "Ouça este conteúdo")
		"listen to this episode", "ouça este conteúdo", "ouça esta notícia", "ouça a matéria",
		// share-bar-i18n: the share bar's label in other languages
		// ("Поделиться", "分享到", "Paylaş", "شارك", "Chia sẻ")
		"поделиться", "поділитися", "シェア", "シェアする", "分享", "分享到", "分享至", "공유", "공유하기", "شارك", "مشاركة",
		"שתפו", "שתף", "शेयर करें", "शेयर", "paylaş", "compartilhe", "delen", "dela", "bagikan", "chia sẻ", "κοινοποίηση",
		"κοινοποιήστε", "udostępnij", "แชร์", "اشتراک گذاری", "اشتراک‌گذاری", "شیئر کریں",
		// share-bar-more-languages: the share label of Danish and Norwegian
		// ("Del artiklen"), Finnish ("Jaa"), Czech ("Sdílet") and Hungarian
		// ("Megosztás") pages, alone on its line. Not the bare "Del": a
		// flattened code sample's Python keyword "del" stands alone on its
		// line too (normalised, the two are one block); the WCXB titles
		// run lost such a line with it
		"del artikel", "del artiklen", "del artikkelen", "dela artikeln", "jaa", "jaa artikkeli", "sdílet", "sdílejte",
		"sdílet článek", "megosztás", "megosztom",
		// article-tools-more-languages: the copy-link and listen buttons
		// and the share prompt of the same pages and of Swedish, Russian,
		// Turkish and Japanese ones ("Kopiera länk", "Lyt til artiklen",
		// "Kopioi linkki", "この記事をシェアする")
		"kopiera länk", "kopiér link", "kopier link", "kopier lenke", "kopioi linkki", "zkopírovat odkaz", "копировать ссылку",
		"bağlantıyı kopyala", "link másolása", "lyssna", "lyssna på artikeln", "lyt til artiklen", "lytt til artikkelen",
		"kuuntele", "kuuntele artikkeli", "poslechnout článek", "この記事をシェアする", "記事をシェアする", "分享到:", "分享:", "分享至:",
		// article-tools-gift-save: the send, gift and bookmark buttons
		// of article tool bars in English, Spanish, Italian, French and
		// German ("Enviar por WhatsApp", "Invia per email", "Offrir cet
		// article", "Artikel verschenken", "Save for later"), alone on
		// their line (the same runs byte-identical)
		"enviar por whatsapp", "invia per email", "invia per e-mail", "give this article", "offrir cet article",
		"offrir l'article", "artikel verschenken", "save for later", "add to favourites", "add to favorites",
		"ajouter à mes favoris", "guardar artículo", "salva articolo",
		// article-tools-slavic: the copy-link button of Polish, Russian,
		// Ukrainian, Czech and Slovak pages in its other wordings
		// ("Skopiuj link", "Скопировать ссылку", "Скопіювати посилання"),
		// alone on its line; the share label beside it went and it stayed
		"skopiuj link", "kopiuj link", "skopiuj odnośnik", "скопировать ссылку", "скопіювати посилання",
		"копіювати посилання", "kopírovat odkaz", "skopírovať odkaz", "kopírovať odkaz",
	}, nil},
	// image-credit: picture credits. "Featured image via Some Name/Twitter.",
	// "© Getty Images" (German and Austrian sites credit pictures so).
	{"image-credit", model.RemovedImageCredit, prefix, []string{
		"featured image via", "featured image:", "featured image by", "featured image credit",
		// the BBC's picture labels: "Image source, Getty Images"
		"image source,", "image source:",
		"featured photo via", "header image via", "header image:", "top image via", "image via",
		"image credit", "image:", "images via", "photo via", "photo credit", "photo:", "photos:",
		"photograph:", "picture:", "pictures:", "picture credit", "screengrab via", "screenshot via",
		"titelbild:", "crédits photos", "fot.", "zdjęcie:", "quelle:", "źródło:",
		// image-credit-labels-i18n: "(Foto: dpa)", "Bildquelle: ...",
		// "Crédit : AFP", "Crédito: EFE", "Fotografía: ...", "Imagen: ..."
		"(foto:", "(bild:", "bildquelle:", "crédit :", "crédit:", "crédito:", "créditos:", "fotografía:", "imagen:", "foto ©",
		"screengrab:", "screenshot:", "credit:", "foto:", "bild:", "crédit photo", "photo :", "crédits photo", "©",
		// bracketed and agency credits: "(Image: Reuters)", "(AP Photo/Evan
		// Vucci)", "Photo by Jane Roe on Unsplash"
		"(image:", "(photo:", "[photo:", "[image:", "(picture:", "(credit:", "(photo credit:", "(ap photo/", "ap photo/",
		"photo by ", "photograph by ", "photo illustration:", "photo illustration by", "(photo by",
		// image-credit-licensed: a stock picture's credit that names the
		// library it was licensed from ("Image used under license from
		// Fotoplex") or the one who lent it ("Photo courtesy of Wren
		// Studio"), alone on its line under a picture the extractor
		// dropped
		"image used under license from", "image used under licence from", "images used under license from",
		"images used under licence from", "photo used under license from", "photo used under licence from",
		"photo courtesy of", "photos courtesy of", "image courtesy of", "images courtesy of",
		// image-credit-i18n: picture credits in other languages ("Фото:
		// Анна Смирнова", "写真：共同", "图/新华社", "사진=연합뉴스", "צילום:
		// ...", "Fotoğraf: ...", "Ảnh: ..."); full-width marks are folded
		// to ASCII by normalize
		"фото:", "фото -", "(фото:", "фото ©", "写真:", "(写真:", "写真/", "图/", "(图/", "图片来源:", "圖/", "(圖/", "圖片來源:",
		"사진=", "(사진=", "사진 =", "تصوير:", "(تصوير:", "الصورة:", "צילום:", "(צילום:", "फोटो:", "फ़ोटो:", "तस्वीर:",
		"fotoğraf:", "fotoğraf: ", "foto: ", "fotografia:", "ảnh:", "(ảnh:", "φωτογραφία:", "φωτ.:", "φωτ:", "kuva:",
		// image-credit-dutch: Dutch papers credit pictures "Beeld: ANP"
		"beeld:", "(beeld:",
		// image-credit-hungarian: "Fotó: Nagy Anna"
		"fotó:", "(fotó:",
		// image-credit-more-languages: Danish "Billede:", Finnish "Kuvat:"
		"billede:", "kuvat:",
		// image-credit-portuguese: "Imagem: Reprodução/TV", "(Imagem: ...)"
		"imagem:", "(imagem:",
		// image-credit-bracketed-i18n: the Spanish, Portuguese and French
		// labels in brackets ("(Crédito: Luis Paz/EFE)", "(Crédit : AFP)")
		"(crédito:", "(créditos:", "(crédit :", "(crédit:",
		// image-credit-by-i18n: "Photo by" in Italian, German, Spanish and
		// Portuguese, French and Dutch ("Foto di Luca Bini / Gazzetta",
		// "Foto von Jan Berg", "Photo de Léa Morel")
		"foto di ", "fotografia di ", "foto von ", "fotos von ", "foto de ", "fotos de ", "photo de ", "photos de ", "foto van ",
	}, nil},
	// image-credit-agency: a picture agency standing alone ("Getty
	// Images", "(Reuters)", "PA Wire").
	{"image-credit", model.RemovedImageCredit, exact, []string{
		"getty images", "(getty images)", "getty", "shutterstock", "istock", "alamy", "pa wire", "pa media", "afp",
		"afp via getty images", "reuters", "(reuters)", "epa", "ap", "(ap)", "unsplash", "pexels",
		// image-credit-agency-i18n: the European and Asian wire agencies
		// ("dpa", "EFE", "ANSA", "Kyodo"); both paths byte-identical on
		// the sets (lede bench extract, HEAD 04bb2f4)
		"dpa", "(dpa)", "efe", "(efe)", "ansa", "(ansa)", "(afp)", "kyodo", "xinhua", "lusa", "belga", "anp",
	}, nil},
	// comments-prompt: invitations to comment and comment-section headers.
	{"comments-prompt", model.RemovedComments, prefix, []string{
		"leave a comment", "post a comment", "add a comment", "join the discussion",
		"join the conversation", "have your say", "show comments", "view comments", "load comments",
		"let us know in the comments", "let us know what you think", "what do you think? let us know",
		"join the debate", "comment below", "comments are closed", "comments for this article are closed",
		"join our commenting forum", "share your views", "tell us what you think",
		"be the first to comment", "view all comments", "read all comments",
		"kommentar schreiben", "laisser un commentaire", "deja un comentario", "dejar un comentario",
		// comments-prompt-north-east: Dutch, Polish and Russian prompts
		// ("Schrijf een reactie", "Dodaj komentarz", "Оставить комментарий")
		"schrijf een reactie", "plaats een reactie", "dodaj komentarz", "оставить комментарий", "оставьте комментарий",
		"schreibe einen kommentar", "kommentar verfassen", "hinterlasse eine antwort", "hinterlasse einen kommentar",
		"view the discussion thread",
		// rating widgets and closed threads: "Wie bewerten Sie diesen
		// Artikel?", "Kommentare geschlossen", "Pingback von ..."
		"wie bewerten sie diesen artikel", "hier können sie den artikel bewerten", "bewerten sie diesen artikel",
		"rate this article", "was this article helpful", "war dieser artikel hilfreich", "kommentare geschlossen",
		"kommentarfeed", "pingback von", "pingback:",
		// comments-prompt-rating: more rating and helpfulness widgets: "War
		// der Artikel nützlich?", "Valora esta noticia", and a comment
		// counter's label ("Kommentare insgesamt: 0")
		"war der artikel nützlich", "war dieser artikel nützlich", "valora esta noticia", "califica esta noticia",
		"kommentare insgesamt:",
		// furniture-french-more: French's links to the comments and its
		// helpfulness widget ("Voir les commentaires", "Cet article vous a
		// été utile ?")
		"voir les commentaires", "afficher les commentaires", "accéder aux commentaires", "réagir à cet article",
		// furniture-german-more: German's link to the comments
		"kommentare anzeigen", "alle kommentare anzeigen",
		"cet article vous a été utile", "cet article vous a-t-il été utile",
		// furniture-spanish-more: "¿Te ha resultado útil esta noticia?"
		"¿te ha resultado útil esta noticia", "¿te ha resultado útil este artículo", "¿te ha sido útil esta noticia",
		// furniture-italian-portuguese: "Este artigo foi útil?"
		"este artigo foi útil?", "esta notícia foi útil?",
		// furniture-dutch-more: "Was dit artikel nuttig?"
		"was dit artikel nuttig?",
		// furniture-nordic-more: "Var artikeln till hjälp?"
		"var artikeln till hjälp?", "var artikeln intressant?",
		// comments-prompt-i18n: "Оставьте комментарий", "发表评论", "Yorum
		// yazın", "Γράψτε ένα σχόλιο"
		"оставьте комментарий", "оставить комментарий", "написать комментарий", "залиште коментар", "залишити коментар",
		"コメントを書く", "コメントする", "发表评论", "發表評論", "發表留言", "我要评论", "댓글 쓰기", "댓글을 입력", "أضف تعليقك",
		"أضف تعليق", "اترك تعليقا", "הוסיפו תגובה", "הוסף תגובה", "אפשר להגיב", "अपनी टिप्पणी लिखें", "टिप्पणी लिखें",
		"अपनी राय दें", "yorum yazın", "yorum yap", "yorum ekle", "deja tu comentario", "deixe seu comentário",
		"deixe um comentário", "deixe o seu comentário", "lascia un commento", "plaats een reactie", "reageer op dit artikel",
		"dodaj komentarz", "skomentuj", "skriv en kommentar", "kommentera", "tulis komentar", "beri komentar",
		"gửi bình luận", "viết bình luận", "γράψτε ένα σχόλιο", "γράψτε σχόλιο", "σχολιάστε",
		// comments-prompt-more-languages: Danish and Norwegian "Kommenter",
		// Finnish "Kommentoi", Czech "Komentovat", Hungarian "Hozzászólok"
		"kommenter", "kommentoi", "komentovat", "hozzászólok",
		// comments-prompt-feedback: the feedback widget under the story
		// ("Did you like this article?", "Hat Ihnen dieser Artikel
		// gefallen?", "Cet article vous a-t-il été utile ?", "¿Te ha
		// gustado este artículo?", "Click on a star to rate it!"). lede
		// bench extract: two WCXB pages of half a lose their widget
		// (HTML path words F1 0.983 -> 0.988; readeck's texts 0.988 ->
		// 0.991), half figures unchanged; half b and the other runs
		// byte-identical
		"did you like this article", "did you enjoy this article", "was this helpful", "how useful was this post",
		"click on a star to rate it", "thanks for your feedback", "hat ihnen dieser artikel gefallen",
		"hat ihnen der artikel gefallen", "vous avez aimé cet article", "cet article vous a-t-il été utile",
		"¿te ha gustado este artículo", "te ha gustado este artículo", "¿te ha resultado útil este artículo",
		"ti è piaciuto questo articolo", "questo articolo ti è stato utile",
	}, nil},
	// comments-prompt-inline: the same invitation after a question: "What do
	// you think? Share your thoughts in the comments below."
	{"comments-prompt", model.RemovedComments, contains, []string{
		"in the comments below", "in the comment section below", "in the comments section below",
		"share your thoughts in the comments", "let us know in the comments", "join the conversation below",
	}, []string{"comment", "conversation"}},
	// comments-header: the header of the comment section. Classify reports
	// it as comments-header so the text path can drop the comments after it.
	{"comments-header", model.RemovedComments, exact, []string{
		"comments", "comment", "0 comments", "1 comment", "no comments", "reader comments", "leave a reply",
		"leave a reply cancel reply", "discussion about this post", "responses", "join the discussion below",
		"kommentare", "commentaires", "comentarios",
		// comments-header-i18n: the header in other languages
		"комментарии", "коментарі", "コメント", "评论", "网友评论", "留言", "評論", "댓글", "التعليقات", "تعليقات", "תגובות",
		"टिप्पणियाँ", "टिप्पणियां", "yorumlar", "comentários", "commenti", "reacties", "komentarze", "kommentarer", "komentar",
		"bình luận", "σχόλια", "ความคิดเห็น", "نظرات", "تبصرے",
		// comments-count-more-languages' headers without a count
		"kommentit", "komentáře", "diskuse", "hozzászólások",
	}, nil},
	{"comments-form", model.RemovedComments, exact, []string{"cancel reply", "post comment", "submit comment",
		// furniture-french-more: French's comment buttons ("Commenter",
		// "Réagir") alone on their line
		"commenter", "réagir",
		// furniture-spanish-more: Spanish's ("Comentar", "Ver comentarios")
		"comentar", "ver comentarios", "ver los comentarios",
		// furniture-italian-portuguese: Italian's and Portuguese's
		"commenta", "leggi i commenti", "ver comentários", "ver os comentários",
		// furniture-dutch-more: Dutch's ("Reageer", "Bekijk reacties")
		"reageer", "bekijk reacties", "bekijk alle reacties",
		// furniture-nordic-more: "Visa kommentarer", "Vis kommentarer"
		"visa kommentarer", "vis kommentarer",
		// furniture-german-more: German's, and its link to the comments
		// (alone: "Zu den Kommentaren des Ministers ..." opens a sentence)
		"kommentieren", "zu den kommentaren"}, nil},
	// related-header: headers and labels of related-article lists.
	// "Related:", "You may also like", "Read also: ...".
	{"related-header", model.RemovedRelated, prefix, []string{
		"related:", "related articles", "related stories", "related posts", "related content",
		"related coverage", "related reading", "relevant reading", "recommended reading", "further reading",
		"read also", "also read", "see also", "you may also like", "earlier:", "previously:", "more:",
		"you might also like", "more from", "more stories", "more on this", "recommended for you",
		"recommended:", "most read", "most popular", "trending now", "lire aussi", "à lire aussi",
		// furniture-french-more: "La rédaction vous conseille" heads the
		// links French sites put under a story
		"la rédaction vous conseille",
		// furniture-german-more: "Empfehlungen der Redaktion"
		"empfehlungen der redaktion",
		"weitere artikel", "mehr zum thema", "das könnte sie auch interessieren", "te puede interesar",
		"lee también", "noticias relacionadas", "articles similaires",
		"lesen sie auch", "auch interessant", "read next", "up next", "more on this story", "recommended stories",
		"leggi anche", "leia também", "leia mais", "veja também", "lees ook", "lees meer",
		"ähnliche beiträge", "ähnliche themen", "ähnliche artikel", "neueste beiträge", "meistgelesene artikel", "meistgelesen",
		"das könnte dich auch interessieren", "zum thema", "zu diesem thema", "à découvrir", "trending nationally",
		"related topics", "lire également", "à lire également", "sur le même sujet",
		// related-header-most: the outlet's lists of its most viewed,
		// commented and shared stories ("Most viewed", "Most viewed in UK
		// news"), as "Most read" and "Most popular" are. lede bench
		// extract: one WCXB listing page of half a loses its "Most
		// viewed" lists (HTML path and readeck's texts; its gold has none,
		// its score 0 either way), half b and the other runs
		// byte-identical. Not "Most watched": the one page it took, a
		// listing of half b, keeps its video list in the gold
		"most viewed", "most commented", "most shared", "most emailed",
		// German, Polish, French and Italian related headers: "Schon gelesen?",
		// "Czytaj też:", "Vous aimerez aussi", "Mehr Themen:"
		"schon gelesen", "czytaj też", "czytaj także", "przeczytaj też", "przeczytaj także", "zobacz też",
		"zobacz także", "zobacz również", "vous aimerez aussi", "vous aimerez également", "vous pourriez aussi aimer",
		"à voir aussi", "sur le même thème", "dans la même rubrique", "mehr themen", "weitere themen",
		"das thema könnte dich auch interessieren", "das thema könnte sie auch interessieren",
		"sie könnten auch an folgenden artikeln interessiert sein", "empfehlungen aus der redaktion",
		"heute empfehlen wir", "vorschau auf den nächsten artikel", "ebenfalls interessant", "das könnte sie interessieren",
		"potrebbe interessarti", "ti potrebbe interessare", "también te puede interesar", "quizás te interese",
		// related-header-de: "Empfohlene Beiträge", "Videos zum Thema",
		// "Beiträge aus dem Forum" (not the German "more on this topic"
		// header: the HTML path's output changed with it, one extract/ page,
		// no figure moved)
		"empfohlene beiträge", "empfohlene artikel", "videos zum thema", "beiträge aus dem forum",
		// related-header-more: the box titles of related-titles-more
		// (htmlextract) the list above lacked: "Les plus lus", "Notizie
		// correlate", "Você também pode gostar", "Lo más visto". Not "You
		// might be interested in": a service page's link to one of its
		// sections opens so ("... in Garden Design"), and the text path took
		// it on one WCXB page of half 0 (words recall there 0.504 -> 0.487,
		// precision 0.107 -> 0.105: lede bench extract --cases
		// ../shared/bench/extract-wcxb/cases.jsonl --text-from
		// PEER.jsonl --halves, readeck's texts from bench/peers).
		"les plus lus", "les plus lues", "les articles les plus lus", "notizie correlate", "articoli più letti",
		"você também pode gostar", "você pode gostar", "lo más visto", "más leídas", "más leídos",
		"contenido relacionado", "te podría interesar", "weitere nachrichten", "more coverage", "related news",
		"more stories like this", "gerelateerd nieuws",
		// related-header-more-languages: European Portuguese's "read also"
		// ("Ler também"), Spanish's related-articles box, Brazil's
		// recommendations, Polish's similar articles and Russian's "more
		// on the topic" ("Ещё по теме")
		"ler também", "artículos relacionados", "recomendado para você", "podobne artykuły", "ещё по теме", "еще по теме",
		// related-header-i18n: the same headers and "read also:" labels in
		// the other languages news is published in: "Читайте также: ...",
		// "相关新闻", "【関連記事】...", "اقرأ أيضا: ...", "Baca juga: ...".
		// A phrase ending in a letter matches only before a label mark or
		// alone in a short block (see labelled); CJK phrases end in a
		// bracket or are whole headers.
		// Russian, Ukrainian
		"читайте также", "читать также", "смотрите также", "см. также", "по теме:", "материалы по теме", "новости по теме",
		"похожие новости", "похожие материалы", "самое читаемое", "вам может быть интересно", "читайте нас в",
		"читайте також", "дивіться також", "за темою:", "новини за темою", "схожі новини", "найпопулярніше", "вас може зацікавити",
		// Japanese, Chinese (simplified, traditional), Korean
		"【関連記事】", "【関連】", "[関連記事]", "関連記事:", "関連ニュース:", "あわせて読みたい", "合わせて読みたい",
		"相关新闻:", "相关阅读:", "相关文章:", "相关报道:", "延伸阅读:", "推荐阅读:", "【相关阅读】", "【延伸阅读】",
		"相關新聞:", "延伸閱讀:", "相關文章:", "相關報導:", "推薦閱讀:", "更多新聞:", "【延伸閱讀】", "【相關新聞】",
		"[관련기사]", "【관련기사】", "관련기사:", "관련 기사:", "함께 보면 좋은 기사", "많이 본 뉴스",
		// Arabic, Hebrew, Hindi
		"اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "اقرأ المزيد:",
		"קראו עוד", "קראו גם", "כתבות נוספות", "עוד בנושא", "כתבות קשורות", "הכי נקראים",
		"ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "ये भी पढ़ें:", "संबंधित खबरें", "संबंधित ख़बरें", "जरूर पढ़ें", "ज़रूर पढ़ें",
		// Turkish, Spanish, Portuguese, Italian, Dutch, Polish, Swedish
		"ayrıca okuyun", "ayrıca oku", "bunlar da ilginizi çekebilir", "ilginizi çekebilir", "benzer haberler", "ilgili haberler",
		"çok okunanlar", "en çok okunanlar", "lo más leído", "más noticias", "noticias relacionadas:", "leia mais:", "mais lidas",
		"notícias relacionadas", "veja mais:", "articoli correlati", "i più letti", "gerelateerde artikelen", "meest gelezen",
		"meer over dit onderwerp", "polecamy:", "najczęściej czytane", "powiązane artykuły", "czytaj więcej:",
		"läs också", "läs även", "relaterade artiklar", "mest läst", "läs mer:",
		// related-header-more-languages: Danish, Norwegian, Finnish, Czech
		// and Hungarian ("Læs også: ...", "Les også: ...", "Lue myös: ...",
		// "Čtěte také: ...", "Olvassa el ezt is: ...")
		"læs også", "læs mere:", "relaterede artikler", "mest læste", "les også", "les mer:", "relaterte artikler", "mest lest",
		"lue myös", "lue lisää:", "luetuimmat", "aiheesta lisää", "čtěte také", "čtěte též", "související články",
		"nejčtenější", "přečtěte si také", "přečtěte si též", "новости партнеров", "новости партнёров", "olvassa el ezt is", "ezt is olvassa el", "olvasd el ezt is", "kapcsolódó cikkek", "legolvasottabb",
		// Indonesian, Vietnamese, Greek
		"baca juga", "berita terkait", "artikel terkait", "terpopuler", "baca selengkapnya:",
		"xem thêm:", "tin liên quan", "bài liên quan", "đọc thêm:", "tin cùng chuyên mục", "đọc nhiều nhất",
		"διαβάστε επίσης", "διαβάστε ακόμα", "διαβάστε ακόμη", "δείτε επίσης", "σχετικά άρθρα", "πιο δημοφιλή",
		// Thai, Persian, Urdu
		"ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "อ่านเพิ่มเติม:", "بیشتر بخوانید", "اخبار مرتبط", "مطالب مرتبط",
		"یہ بھی پڑھیں", "متعلقہ خبریں",
	}, nil},
	// live-blog-label: the controls and labels of a live blog's page
	// ("Key events", "Show key events only", "Pinned post"), whole blocks
	// (measured with related-header-exact-i18n: byte-identical)
	{"live-blog-label", model.RemovedNavigation, exact, []string{"key events", "show key events only", "pinned post",
		"live updates", "live blog", "liveblog", "liveticker", "live-ticker", "auto-update on", "auto-update off",
		"en direct", "en vivo", "ao vivo", "in diretta", "show new posts", "new posts"}, nil},
	// form-status: the messages a site builder's form shows after it is
	// sent, hidden until then (Webflow's "w-form-done", "w-form-fail").
	{"form-status", model.RemovedOther, prefix, []string{
		"thank you! your submission has been received", "oops! something went wrong while submitting the form",
	}, nil},
	{"related-header", model.RemovedRelated, exact, []string{"related", "more", "trending",
		// related-header-exact-i18n: the "more news" box titles as whole
		// blocks ("Meer nieuws", "Altre notizie", "Mais notícias"); with
		// live-blog-label, lede bench extract (HTML path, both sets, and
		// --text-from --halves, four runs) byte-identical to HEAD c23bf96's
		"meer nieuws", "ook interessant", "mais notícias", "altre notizie", "mehr nachrichten", "plus d'actualités",
		// a Q&A site's closing box of questions sharing the tags
		"explore related questions", "see similar questions with these tags",
		// related-header-latest: the boxes of the outlet's latest, most
		// read and unmissable stories as whole blocks, in Italian,
		// Spanish, French, German and Portuguese ("Ultimi articoli", "Le
		// più lette", "Derniers articles", "Nicht verpassen"). Not
		// English's "Latest news" and "Latest articles": service and
		// listing pages head their own content so (lede bench extract,
		// WCXB: three such pages lost words, two articles gained, on both
		// halves); nor "Top stories": a morning newsletter heads its own
		// digest so, whose items went with it (ana-q)
		"ultimi articoli", "ultime notizie", "le più lette", "più letti", "da non perdere", "últimas noticias",
		"no te lo pierdas", "derniers articles", "dernières actualités", "à ne pas manquer", "neueste artikel",
		"nicht verpassen", "últimas notícias", "não perca"}, nil},
	// navigation: menu and breadcrumb remnants. "Skip to content", "Back to top".
	{"navigation", model.RemovedNavigation, prefix, []string{
		"skip to content", "skip to main content", "skip to main", "jump to navigation", "jump to content", "back to top", "return to top",
		"next article", "previous article", "next post", "previous post", "next story", "previous story",
		"you are here:", "home »", "home >", "home ›", "home /", "« previous", "‹ previous",
		// site engines' credits (not "Powered by <a product feature>")
		"proudly powered by", "powered by wordpress", "powered by discourse", "powered by ghost", "powered by squarespace",
		"powered by wix", "powered by shopify", "powered by blogger", "powered by substack", "powered by mediawiki",
		"powered by phpbb", "powered by xenforo", "powered by vbulletin",
		"zum inhalt springen", "aller au contenu", "ir al contenido", "zur startseite", "retour à l'accueil",
		"back to homepage", "back to home", "volver a la portada",
		// Chinese pages' font-size switch: "【字体：大 中 小】", "字号：T|T"
		"字号:", "字体:", "【字体:", "【字号:", "[字体:", "字體:",
		// forum post counters: "Posts: 4032", "Join Date: Mar 2011"
		"posts: ", "join date: ", "messages: ", "reaction score: ",
	}, nil},
	// tags-line: taxonomy lines. "Tags: refugees, London", "Filed under: Politics".
	{"tags-line", model.RemovedNavigation, prefix, []string{
		"tags:", "tagged:", "topics:", "filed under:", "categories:", "category:", "posted in:", "schlagwörter:",
		"themen:", "mots-clés :", "mots-clés:", "etiquetas:", "temas:", "more about:", "tagged with:", "tagged as:",
		// tags-line-i18n: "Теги: ...", "标签：...", "Etiketler: ...", "Từ khóa: ..."
		"теги:", "тэги:", "метки:", "タグ:", "标签:", "標籤:", "关键词:", "關鍵字:", "태그:", "الكلمات المفتاحية:", "وسوم:",
		"תגיות:", "टैग:", "टैग्स:", "etiketler:", "argomenti:", "onderwerpen:", "tagi:", "ämnen:", "taggar:", "tag:",
		"từ khóa:", "ετικέτες:",
		// tags-line-more-languages: Russian "Темы:", Czech "Štítky:" and
		// "Tagy:", Finnish "Avainsanat:", Hungarian "Címkék:"
		"темы:", "štítky:", "tagy:", "avainsanat:", "címkék:",
		// tags-line-archivado: Spanish pages file a story under its tags
		// with "Archivado en:" (several topics, unlike one section's
		// "Filed under:")
		"archivado en:",
	}, nil},
	// shop-control: a product card's badges and controls set alone on
	// their line ("Top rated", "New arrival", "Low stock", "Compare",
	// "Quick shop", an empty counter "(0)", a grid's "View:" toggle); no
	// gold line of either benchmark is one of them (WCXB: 305 such lines
	// on 30 shop pages). A bare "View" stays: the WCXB gold keeps it 56 times.
	{"shop-control", model.RemovedNavigation, exact, []string{
		"top rated", "new arrival", "low stock", "compare", "quick shop", "(0)", "view:",
	}, nil},
	{"navigation", model.RemovedNavigation, exact, append([]string{
		"menu", "search", "close", "open menu", "main menu", "toggle navigation", "navigation",
		// furniture-spanish-more: Spanish's close, show-more and loading
		// labels ("Cerrar", "Ver más", "Mostrar más", "Cargando...")
		"cerrar", "ver más", "mostrar más", "cargando",
		// furniture-italian-portuguese: the same labels and the login
		// link in Italian and Portuguese ("Chiudi", "Mostra altro",
		// "Caricamento...", "Fechar", "Ver mais", "A carregar...")
		"chiudi", "mostra altro", "caricamento", "accedi", "fechar", "ver mais", "carregando", "a carregar", "entrar",
		// furniture-dutch-more: Dutch's ("Sluiten", "Meer laden",
		// "Inloggen"; not "Laden", German's shop)
		"sluiten", "meer laden", "inloggen",
		// furniture-nordic-more: Swedish, Norwegian and Danish close,
		// show-more, loading and login labels ("Stäng", "Visa fler",
		// "Laddar...", "Logga in", "Lukk", "Vis flere", "Log ind")
		"stäng", "visa fler", "visa mer", "laddar", "logga in", "lukk", "vis flere", "vis mer", "logg inn", "luk",
		"vis mere", "log ind",
		// navigation-reuse: the link to license the story ("Reuse this
		// content") under it
		"reuse this content",
		// site furniture: legal and contact links, German back links
		"impressum", "datenschutz", "datenschutzerklärung", "kontakt", "über uns", "login", "log in", "sign in",
		"zurück", "nach oben", "zurück zur übersicht", "zurück zur startseite", "zurück zur vorherigen seite",
		// footer links, account links and in-page navigation of any site
		"privacy policy", "privacy", "privacy notice", "privacy statement", "terms of use", "terms of service",
		"terms & conditions", "terms and conditions", "contact us", "about us", "about", "contact", "copyright",
		"sitemap", "site map", "rss", "rss feed", "accessibility", "accessibility statement", "careers", "advertise",
		"advertise with us", "work with us", "connect with us", "do not sell or share my personal information",
		"do not sell my personal information", "my account", "register", "create account", "login / join",
		"log in / register", "sign in / register", "table of contents", "on this page", "edit this page",
		"recent posts", "back to blog", "categories", "tags", "search for:", "blog", "start your substack",
		"next", "previous", "prev", "back", "top", "startseite", "accueil", "inicio",
		// a Q&A site's calls to ask and to log in
		"ask question", "start asking to get answers", "find the answer to your question by asking",
		"you must log in to answer this question",
		// list and forum controls: a list's pager buttons, a quoted post's
		// toggles, a thread's labels
		"show more", "load more", "click to shrink", "thread starter",
		"not open for further replies",
		// gallery and pager controls of German, Polish and French sites
		"zurück zur listenansicht", "vorheriges weiter", "vorheriger artikel", "nächster artikel", "quellen ausblenden",
		"bild anzeigen bild schließen", "poprzedni", "następny", "précédent", "suivant",
		// press-release tails: contact and source labels, disclaimers
		"kontakt:", "pressekontakt", "pressekontakt:", "quellenangaben", "quellenangaben:", "diese seite:",
		"weitere informationen:", "alle angaben ohne gewähr", "(alle angaben ohne gewähr)",
		// forum software's post furniture (XenForo, vBulletin, phpBB) and
		// the controls of review and listing widgets
		"click to expand...", "click to expand", "reply with quote", "offline", "original poster", "join date",
		"join date:", "likes received:", "trophy points:", "best answers:", "messages:", "reaction score:",
		"rate this book", "clear rating", "toggle caption", "[edit]", "see all reviews", "verified purchase",
		"help & report", "+ wishlist", "add to wishlist", "select size",
		// legal-links-i18n: the footer's legal and privacy links in French,
		// Spanish, Italian, Portuguese and German ("Mentions légales",
		// "Aviso legal", "Política de privacidad", "Nutzungsbedingungen")
		"mentions légales", "politique de confidentialité", "conditions générales d'utilisation", "conditions d'utilisation",
		"cgu", "gestion des cookies", "aviso legal", "política de privacidad", "política de cookies", "términos y condiciones",
		"condiciones de uso", "note legali", "informativa privacy", "informativa sulla privacy", "termini e condizioni",
		"termos de uso", "política de privacidade", "agb", "nutzungsbedingungen", "cookie-einstellungen",
		"privacy-einstellungen", "barrierefreiheit",
		// about and contact links of the same sites, and German "show more"
		"plan du site", "nous contacter", "qui sommes-nous", "contáctanos", "contacto", "quiénes somos", "chi siamo",
		"contattaci", "contatti", "fale conosco", "quem somos", "mehr anzeigen",
		// legal-links-more-languages: the same footer links in Polish,
		// Dutch, Swedish, Danish, Norwegian, Russian, Ukrainian, Finnish,
		// Czech and Turkish ("Regulamin", "Polityka prywatności",
		// "Privacyverklaring", "Colofon", "Integritetspolicy",
		// "Политика конфиденциальности", "Tietosuojaseloste", "Künye")
		"regulamin", "polityka prywatności", "polityka cookies", "o nas", "kontakt z nami", "privacyverklaring",
		"privacybeleid", "algemene voorwaarden", "colofon", "over ons", "integritetspolicy", "kontakta oss", "om oss",
		"om os", "kontakt os", "privatlivspolitik", "personvernerklæring", "политика конфиденциальности",
		"пользовательское соглашение", "контакты", "о нас", "політика конфіденційності", "контакти", "про нас",
		"tietosuojaseloste", "yhteystiedot", "ochrana osobních údajů", "kontakty", "o nás", "gizlilik politikası",
		"künye", "hakkımızda", "kullanım koşulları",
		// navigation-i18n: next and previous links standing alone
		// ("下一页", "Sonraki", "التالي"); the home links are homeWords
		"返回顶部", "回到顶部", "返回頂部", "打印本页", "关闭窗口", "【打印】", "【关闭】", "【纠错】", "[打印]", "[关闭]",
		"версия для печати", "наверх", "인쇄하기", "글자크기", "스크랩",
		"下一页", "上一页", "下一頁", "上一頁", "次へ", "前へ", "次のページ", "前のページ", "다음", "이전", "다음 기사", "이전 기사",
		"следующая", "предыдущая", "следующая статья", "предыдущая статья", "наступна", "попередня", "siguiente", "anterior",
		"próximo", "seguinte", "successivo", "precedente", "volgende", "vorige", "nästa", "föregående", "sonraki", "önceki",
		"sonraki haber", "önceki haber", "berikutnya", "sebelumnya", "bài tiếp theo", "bài trước", "επόμενο", "προηγούμενο",
		"التالي", "السابق", "הבא", "הקודם", "अगला", "पिछला",
	}, homeWords...), nil},
	// ad-label: advertising labels left behind by removed ad slots.
	{"ad-label", model.RemovedAd, exact, []string{
		"advertisement", "advertisement:", "advertising", "ad", "sponsored", "sponsored content", "promoted",
		// furniture-french-more: French's sponsored block label
		"contenus sponsorisés", "contenu sponsorisé",
		// furniture-spanish-more: "Contenido patrocinado"
		"contenido patrocinado",
		// furniture-italian-portuguese: the sponsored label and the
		// ad slot's note in Italian and Portuguese
		"contenuto sponsorizzato", "conteúdo patrocinado", "l'articolo continua sotto",
		"o artigo continua após a publicidade", "o artigo continua depois da publicidade",
		// furniture-dutch-more: "Gesponsorde inhoud", "Het artikel gaat
		// verder onder de advertentie"
		"gesponsorde inhoud", "het artikel gaat verder onder de advertentie", "artikel gaat verder onder de advertentie",
		// furniture-nordic-more: "Sponsrat innehåll", "Sponset innhold"
		"sponsrat innehåll", "sponset innhold", "sponsoreret indhold",
		"story continues below advertisement", "article continues below advertisement",
		"continue reading below", "article continued below", "story continued below", "article continues below",
		"story continues below", "advertisement continues below", "content continues below", "anzeige", "werbung", "publicité", "publicidad",
		"pubblicità", "publicidade", "advertentie", "reklama", "annonce", "sponsorisé", "gesponsert",
		// ad-label-i18n: "Реклама", "广告", "광고", "إعلان", "Reklam", "Quảng cáo"
		"реклама", "广告", "廣告", "広告", "광고", "إعلان", "اعلان", "פרסומת", "विज्ञापन", "reklam", "annons", "iklan",
		"quảng cáo", "διαφήμιση", "publicitate", "mainos",
		// ad-label-more-languages: Norwegian and Danish "Annonse",
		// "Reklame", Czech "Inzerce", Hungarian "Hirdetés"
		"annonse", "reklame", "inzerce", "hirdetés",
		// ad-continue-i18n: the note under an ad slot that the story goes
		// on below it ("Lesen Sie nach der Anzeige weiter", "La suite après
		// cette publicité", "Article continues after advertisement").
		// lede bench extract --halves: readeck's extract/ texts, one page
		// loses two such notes, no score moves; HTML path both sets, the
		// other text-path runs and the seed byte-identical
		"lesen sie nach der anzeige weiter", "artikel wird unter der anzeige fortgesetzt", "nach der anzeige weiterlesen",
		"nach der werbung weiterlesen", "la suite après cette publicité", "la suite après la publicité",
		"la suite de l'article après cette publicité", "continúa después de la publicidad", "sigue después de la publicidad",
		"continua depois da publicidade", "continua após a publicidade", "continua dopo la pubblicità",
		// ad-continue-polish: "Dalsza część artykułu pod reklamą" (the rest of
		// the article below the ad, or below the video)
		"dalsza część artykułu pod reklamą", "dalsza część artykułu pod materiałem wideo", "dalsza część tekstu pod reklamą",
		"article continues after advertisement", "story continues after advertisement", "scroll to continue with content",
		// ad-label-marked: the label bracketed, or with the slot's scroll
		// note ("[Advertisement]", "Advertisement · Scroll to continue";
		// "Advertisement - Scroll to continue" is the prefix rule's below)
		"[advertisement]", "(advertisement)", "[ad]", "advertisement · scroll to continue",
		"advertisement scroll to continue", "advertisement • scroll to continue",
		"continue reading after the ad", "article continues after this advertisement",
		// ad-continue-more-languages: the same note in English's scroll
		// wording, Swedish, Norwegian, Danish, Finnish, Spanish's and
		// Italian's whole sentence and Russian ("Artikeln fortsätter
		// efter annonsen", "Продолжение после рекламы"), alone on its line
		"scroll to continue reading", "artikeln fortsätter efter annonsen", "artikeln fortsätter under annonsen",
		"artikkelen fortsetter under annonsen", "artikkelen fortsetter etter annonsen", "artiklen fortsætter under annoncen",
		"artiklen fortsætter efter annoncen", "artikkeli jatkuu mainoksen jälkeen", "artikkeli jatkuu mainoksen alla",
		"el artículo continúa después de la publicidad", "la noticia continúa después de la publicidad",
		"l'articolo continua dopo la pubblicità", "продолжение после рекламы", "продолжение статьи после рекламы",
	}, nil},
	{"ad-label", model.RemovedAd, prefix, []string{
		"advertisement -", "sponsored by", "paid content", "paid post", "partner content",
	}, nil},
	// affiliate-disclosure: the outlet's note that links earn it money.
	// "This post contains affiliate links. If you buy through them, I may
	// earn a small commission."
	{"affiliate-disclosure", model.RemovedAd, contains, []string{
		"contains affiliate links", "contain affiliate links", "may earn a commission", "may earn a small commission",
		"may receive a commission", "may earn an affiliate commission", "earn a commission from",
		"if you buy through our links", "if you buy something through", "if you click on a link and make a purchase",
		// card and finance sites: "This post contains references to products
		// from our advertisers. We may receive compensation ..."
		"contains references to products", "may receive compensation when you click", "may be compensated when you click",
		// affiliate-disclosure-wordings: the same note in the wordings the
		// phrases above miss ("commission" without an article, "for
		// products", "earn us", support through links; the test's lines
		// show them whole). Each says who earns ("we", "I", "us", "our
		// site"): an article's sentence on agents or sellers who earn a
		// commission stays (TestAffiliateWordings).
		"we may earn commission", "i may earn commission", "we earn a commission for products", "i earn a commission for products",
		"earn us a small commission", "buying through links on our site supports our work",
	}, []string{"affiliate", "commission", "buy through", "buy something", "purchase", "references to products", "compensat",
		"buying through links"}},
	// disclaimer: the outlet disowning its contributors' views. "The Daily
	// Example is not responsible for the opinions, statements or media
	// content presented by contributors."
	{"disclaimer", model.RemovedOther, contains, []string{
		"is not responsible for the opinions", "are not responsible for the opinions", "not responsible for the views expressed",
		"is not responsible for the content of external", "do not necessarily reflect the views of", "do not necessarily reflect those of",
	}, []string{"not responsible", "not necessarily reflect"}},
	// letters-cta: letter-page prompts. "Submit your letter to the editor
	// via this form", "Write a Letter to the Editor".
	{"cta-letter", model.RemovedCallToAction, prefix, []string{
		"submit your letter", "submit a letter to the editor", "submit letter to the editor", "write a letter to the editor",
		"send a letter to the editor", "send us a letter", "letters to the editor:",
		// the call's question before it: "Have something to say? Submit
		// a letter to the editor." (lede bench extract on extract/ and
		// extract-wcxb/, HTML path and --text-from readeck's and
		// trafilatura's texts: predictions byte-identical to HEAD
		// 499ec20's, no block of the sets opens so)
		"have something to say", "got something to say",
	}, nil},
	// copyright-notice: rights lines that close wire copy. "Copyright 2024
	// The Associated Press. All rights reserved."
	{"copyright-notice", model.RemovedOther, prefix, []string{"copyright ©", "copyright (c)", "(c) 20", "(c) 19"}, nil},
	{"copyright-notice", model.RemovedOther, contains, []string{
		"all rights reserved", "may not be published, broadcast, rewritten", "tous droits réservés", "alle rechte vorbehalten",
		"todos los derechos reservados",
		// copyright-notice-i18n: "Все права защищены", "Tüm hakları saklıdır", ...
		"все права защищены", "усі права захищено", "всі права захищені", "جميع الحقوق محفوظة", "כל הזכויות שמורות",
		"सर्वाधिकार सुरक्षित", "tüm hakları saklıdır", "todos os direitos reservados", "riproduzione riservata",
		"alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "alla rättigheter förbehållna", "hak cipta dilindungi",
		"bản quyền thuộc về", "με επιφύλαξη παντός δικαιώματος",
	}, []string{"rights", "rewritten", "droits", "rechte", "derechos", "права", "الحقوق", "הזכויות", "सर्वाधिकार", "hakları",
		"direitos", "riproduzione", "rechten", "prawa", "rättigheter", "hak cipta", "bản quyền", "δικαιώματος"}},
	// wire-credits: the credit line that closes wire copy. "Reporting by
	// Tom Hale in Boston; Editing by Mark Potter". Only as a credit line:
	// it must name an editor or list contributors after a semicolon (see
	// wireCredits).
	// editor-credit: the line naming the story's editor that closes Chinese
	// news pages: "责任编辑：张丽", "（責任編輯：王小明）", "【编辑:李华】".
	{"editor-credit", model.RemovedByline, prefix, []string{
		"责任编辑:", "(责任编辑:", "【责任编辑:", "[责任编辑:", "責任編輯:", "(責任編輯:", "【責任編輯:", "责编:", "(责编:",
		"【编辑:", "[编辑:", "(编辑:", "【編輯:", "(編輯:", "编辑:", "編輯:",
	}, nil},
	// standards-footer: "Our Standards: The Thomson Reuters Trust Principles."
	{"standards-footer", model.RemovedOther, prefix, []string{"our standards:", "editorial standards:"}, nil},
	// syndication-note: where the piece first ran. "This article originally
	// appeared on The Riverside Courier", "Republished with permission".
	{"syndication-note", model.RemovedOther, contains, []string{
		// not "this article was originally written": an update note says
		// "Since this article was originally written, ..."
		"originally appeared on", "originally appeared in", "this article originally ran", "this story originally ran",
		"this article was originally published", "this story was originally published", "this post was originally published",
		"this article first appeared", "this story first appeared", "licensed under creative commons", "feel free to republish", "republished with permission",
		// newswire licensing notes: "All republished articles must include our
		// logo...", "If you wish to republish this post..."
		"all republished articles must include", "if you wish to republish", "available without charge to any legitimate news publisher",
		"is republished from", "republished under a creative commons",
		// syndication-note-republish: the republish button of newsrooms
		// that license their stories ("Republish this story")
		"republish this story", "republish this article", "republish our articles",
		"erschien zuerst", "zuerst erschienen", "erstmals erschienen", "a été initialement publié", "publié initialement",
		"initialement paru", "se publicó originalmente", "publicado originalmente",
	}, []string{"originally", "first", "republished", "creative commons", "republish", "without charge", "zuerst", "erstmals", "initialement", "originalmente"}},
}

// Classify reports whether a short block of text is boilerplate, with its
// kind (one of the model.Removed* constants) and the name of the rule that
// matched. Blocks longer than MaxBlockLen (in TextLen) are never boilerplate
// here.
func Classify(text string) (kind, rule string, ok bool) {
	return classify(text, nil)
}

// A RuleSet is a set of rule names, for a caller that keeps a block only
// when Classify names one of them (see RuleSet.Classify).
type RuleSet struct {
	names map[string]bool
	// phrase marks the set's entries of rules, shapes its entries of
	// shapeRules (a bit set over their indexes; a name may have several:
	// cta-follow has two phrase rules and two shape rules,
	// copyright-notice two phrase rules and one shape rule)
	phrase []bool
	shapes uint64
	// keys admits the key words of its contains rules' phrases, and
	// contains holds those rules (a bit set over rules' indexes, as
	// keyWords'): gateMask looks for their gates alone
	keys     keyFilter
	contains uint64
}

// NewRuleSet returns the set of the named rules; it panics on a name no
// rule has.
func NewRuleSet(names ...string) *RuleSet {
	rs := &RuleSet{names: map[string]bool{}, phrase: make([]bool, len(rules))}
	for _, name := range names {
		known := false
		for i := range rules {
			if rules[i].name != name {
				continue
			}
			rs.phrase[i], known = true, true
			if rules[i].mode == contains {
				rs.contains |= 1 << i
				for _, p := range rules[i].phrases {
					rs.keys.add(phraseKey(p))
				}
			}
		}
		for i := range shapeRules {
			if shapeRules[i].name == name {
				rs.shapes |= 1 << i
				known = true
			}
		}
		if !known {
			panic("boilerplate: no rule " + name)
		}
		rs.names[name] = true
	}
	return rs
}

// Classify reports what Classify(text) reports when the rule it names is
// in the set, and ok false otherwise. It tries the set's rules alone
// first: the block can be one of theirs only when one of them matches it
// (Classify returns the first rule that does), and that turns nearly every
// block away at a fraction of Classify's cost (the text path asks this of
// every sentence of a flattened line: rule prompt-in-paragraph in
// textclean). On a block one of them matches it runs Classify itself,
// which an earlier rule outside the set may take first.
func (rs *RuleSet) Classify(text string) (kind, rule string, ok bool) {
	if _, _, ok := classify(text, rs); !ok {
		return "", "", false
	}
	if kind, rule, ok = classify(text, nil); !ok || !rs.names[rule] {
		return "", "", false
	}
	return kind, rule, true
}

// classify is Classify trying only the rules of the set only (every rule
// when only is nil), each with the same test in the same order. Given a
// set, it names one of its rules whenever Classify would (Classify names
// the first rule that matches), and may name one where Classify names an
// earlier rule outside the set.
func classify(text string, only *RuleSet) (kind, rule string, ok bool) {
	// TextLen is len at most: a text no longer in bytes is not counted
	if len(text) > MaxBlockLen*2 && TextLen(text) > MaxBlockLen*2 {
		return "", "", false
	}
	var buf [maxBlockBytes]byte
	norm := normalize(text, buf[:0])
	n := TextLen(norm)
	if len(norm) == 0 || n > MaxBlockLen {
		return "", "", false
	}
	s := unsafe.String(unsafe.SliceData(norm), len(norm))
	// the shape rules that may take a block opening so, in order
	opens := shapeOpens[s[0]]
	if only != nil {
		opens &= only.shapes
	}
	owned := "" // s on the heap, for the shape tests that keep it
	for m := opens & earlyShapes; m != 0; m &= m - 1 {
		if r := &shapeRules[bits.TrailingZeros64(m)]; matchShape(r.shape, s, text, n, &owned) {
			return r.kind, r.name, true
		}
	}
	// The exact rule whose phrase the block is, looked up once (an exact
	// phrase is a short label: blocks over maxExactLen are none).
	exactRule := -1
	if n <= maxExactLen {
		if k, ok := exactIndex[s]; ok {
			exactRule = k
		}
	}
	prefixRule := firstPrefixRule(s, n)
	if prefixRule >= 0 && rules[prefixRule].kind == model.RemovedRelated && relatedProseSentence(text) && !readingCall(s) {
		prefixRule = -1
	}
	var mask, gates uint64
	words := false
	for i := range rules {
		if only != nil && !only.phrase[i] {
			continue
		}
		r := &rules[i]
		switch r.mode {
		case exact:
			if i == exactRule {
				return r.kind, r.name, true
			}
		case prefix:
			if i == prefixRule {
				return r.kind, r.name, true
			}
		case suffix:
			if n > maxLabelLen {
				continue
			}
			for _, p := range r.phrases {
				if strings.HasSuffix(s, p) {
					return r.kind, r.name, true
				}
			}
		case contains:
			// the phrases' first words, looked up once per block, rule out
			// most contains rules without a substring search
			if !words {
				// a set's key words may hold other rules' bits
				// too, whose gates it need not look for
				keys, want := &allKeys, ^uint64(0)
				if only != nil {
					keys, want = &only.keys, only.contains
				}
				mask, words = firstWordMask(s, keys), true
				gates = gateMask(s, mask&want)
			}
			if mask&(1<<i) == 0 || gates&(1<<i) == 0 {
				continue
			}
			// a follow prompt is a sentence of its own; inside a longer
			// block the text path splits it off (its trailing-prompt rule)
			if r.name == "cta-follow" && strings.Contains(s, ". ") {
				continue
			}
			// an appeal or sign-up is the outlet's own voice: a block that
			// quotes or reports someone ("“We need your support,” the
			// mayor said") is the story
			if (r.kind == model.RemovedAppeal || r.kind == model.RemovedNewsletter || r.kind == model.RemovedComments) && reportsSpeech(s) {
				continue
			}
			for _, p := range r.phrases {
				if strings.Contains(s, p) {
					return r.kind, r.name, true
				}
			}
		}
	}
	for m := opens &^ earlyShapes; m != 0; m &= m - 1 {
		if r := &shapeRules[bits.TrailingZeros64(m)]; matchShape(r.shape, s, text, n, &owned) {
			return r.kind, r.name, true
		}
	}
	return "", "", false
}

// shapeRules are the rules read by a function rather than a phrase list,
// tried in order: those marked early before the phrase rules, the others
// after. s is the block normalised (lower case, folded punctuation), text
// as given.
var shapeRules = []struct {
	name, kind string
	shape      int  // which test matchShape makes
	early      bool // tried before the phrase rules
	// opens, when set, holds every byte a normalised block the test takes
	// can open with: a block opening with another skips the test without
	// a call (see shapeOpens)
	opens string
}{
	// early: a count header and a dated rights line are tried before the
	// phrase rules, where Classify always tried them ("© 2024 Example
	// Media" would otherwise fall to image-credit's phrase "©")
	{"comments-header", model.RemovedComments, shapeCountHeader, true, "0123456789crkdhy\xd0\xe8\xe3"},
	{"copyright-notice", model.RemovedOther, shapeCopyrightYear, true, "©"[:1]},
	// rule source-label-first: a source line whose label image-credit's
	// phrases also hold ("Quelle: ATS", "Źródło: PAP") and that names only
	// wire agencies is the copy's source, as "Fonte: ATS" is
	// (source-agency-line, read late): tried before the phrase rules, or
	// the text path made the agency the credit of a picture the story
	// never had. Any other "Quelle: ..." stays image-credit's.
	{"wire-credits", model.RemovedByline, shapeSourceLabelFirst, true, sourceLabelFirstOpens},
	// outlet-label's kind is its verb's: one entry a kind, each testing
	// its own verbs (a block opens with one verb at most). The appeal
	// entry takes nothing through Classify or a RuleSet today:
	// appeal-donation's prefix "donate", tried before it, takes every
	// block it would; it is kept so that the rule reads its whole shape
	// whatever the phrase lists hold.
	{"outlet-label", model.RemovedCallToAction, shapeOutletLabelCTA, false, "js"},
	{"outlet-label", model.RemovedAppeal, shapeOutletLabelAppeal, false, "d"},
	{"outlet-label", model.RemovedShare, shapeOutletLabelShare, false, "s"},
	{"image-caption-label", model.RemovedImageCredit, shapeCaptionLabel, false, ""},
	{"relative-time", model.RemovedByline, shapeRelativeTime, false, ""},
	{"reading-time", model.RemovedByline, shapeReadingTime, false, ""},
	{"result-count", model.RemovedNavigation, shapeResultCount, false, ""},
	{"edit-note", model.RemovedOther, shapeEditNote, false, ""},
	{"error-message", model.RemovedOther, shapeErrorMessage, false, ""},
	{"cta-follow", model.RemovedCallToAction, shapeAppOrHandle, false, ""},
	{"css-remnant", model.RemovedOther, shapeCSSRemnant, false, ""},
	{"image-credit", model.RemovedImageCredit, shapeAgencyCredit, false, ""},
	{"written-by", model.RemovedByline, shapeWrittenBy, false, ""},
	{"tags-line", model.RemovedNavigation, shapeCategoryLine, false, ""},
	{"navigation", model.RemovedNavigation, shapeHomeCrumb, false, homeCrumbOpens},
	{"wire-credits", model.RemovedByline, shapeWireCredits, false, ""},
	{"cta-follow", model.RemovedCallToAction, shapeFollowOnPlatform, false, ""},
	{"share-bar", model.RemovedShare, shapeShareDel, false, "d"},
}

// shapeOpens[c] holds the shape rules (a bit set over shapeRules'
// indexes) that may take a normalised block opening with byte c: those
// without opens and those whose opens holds c. Nearly every block so
// skips the count header's, the rights line's and the buttons' tests,
// which cost their calls on every block before (instructions a block of
// BenchmarkClassifyDense, valgrind --tool=cachegrind, two runs each: 6,366
// and 6,349 when they were RuleSet flags, 6,627 and 6,648 as shape rules
// without opens, 6,222 and 6,229 with).
var shapeOpens = func() (t [256]uint64) {
	if len(shapeRules) > 64 {
		panic("boilerplate: more shape rules than a bit set holds")
	}
	for i, r := range shapeRules {
		for c := range 256 {
			if r.opens == "" || strings.IndexByte(r.opens, byte(c)) >= 0 {
				t[c] |= 1 << i
			}
		}
	}
	return t
}()

// earlyShapes holds the shape rules marked early (a bit set over
// shapeRules' indexes).
var earlyShapes = func() (m uint64) {
	for i, r := range shapeRules {
		if r.early {
			m |= 1 << i
		}
	}
	return m
}()

// The tests of shapeRules.
const (
	shapeCountHeader = iota
	shapeCopyrightYear
	shapeSourceLabelFirst
	shapeOutletLabelCTA
	shapeOutletLabelAppeal
	shapeOutletLabelShare
	shapeCaptionLabel
	shapeRelativeTime
	shapeReadingTime
	shapeResultCount
	shapeEditNote
	shapeErrorMessage
	shapeAppOrHandle
	shapeCSSRemnant
	shapeAgencyCredit
	shapeWrittenBy
	shapeCategoryLine
	shapeHomeCrumb
	shapeWireCredits
	shapeFollowOnPlatform
	shapeShareDel
)

// matchShape makes the test shape of shapeRules on the normalised block s
// (n its TextLen; text as given). s may lie in classify's stack buffer (rule
// block-on-stack): a switch of direct calls, not a table of functions, lets
// the compiler see which tests keep their string (escape analysis: go
// build -gcflags=-m), and those get a copy on the heap instead, made once
// a block in *owned ("" until then).
func matchShape(shape int, s, text string, n int, owned *string) bool {
	switch shape {
	case shapeCountHeader:
		return isCountHeader(s, n)
	case shapeCopyrightYear:
		return n <= maxLabelLen && copyrightYear(s)
	case shapeSourceLabelFirst:
		return sourceLabelFirst(s, owned)
	case shapeOutletLabelCTA:
		return opensWith(s, ctaLabelVerbs) && outletLabel(text) == model.RemovedCallToAction
	case shapeOutletLabelAppeal:
		return opensWith(s, appealLabelVerbs) && outletLabel(text) == model.RemovedAppeal
	case shapeOutletLabelShare:
		return opensWith(s, shareLabelVerbs) && outletLabel(text) == model.RemovedShare
	case shapeCaptionLabel:
		return s == "image caption," || s == "image caption:" || s == "image caption"
	case shapeRelativeTime:
		return relativeTime(heapCopy(s, owned))
	case shapeReadingTime:
		return readingTime(heapCopy(s, owned))
	case shapeResultCount:
		return resultCount(heapCopy(s, owned))
	case shapeEditNote:
		return editNote(heapCopy(s, owned))
	case shapeErrorMessage:
		return errorMessage(s)
	case shapeAppOrHandle:
		return appPrompt(s) || handleLine(s)
	case shapeCSSRemnant:
		return cssRemnant(strings.TrimSpace(text))
	case shapeAgencyCredit:
		return agencyCredit(heapCopy(s, owned))
	case shapeWrittenBy:
		return creditLabelOpens(s) && writtenBy(text)
	case shapeCategoryLine:
		return categoryLine(heapCopy(s, owned))
	case shapeHomeCrumb:
		return n <= maxLabelLen && homeCrumb(s)
	case shapeWireCredits:
		return wireCredits(s) || sourceLabelLine(s) && agencySourceLine(heapCopy(s, owned))
	case shapeFollowOnPlatform:
		return followOnPlatform(s)
	case shapeShareDel:
		// rule share-del: the share button of Danish and Norwegian pages,
		// "Del" alone on its line, as given: capitalised, or in capitals.
		// A flattened code sample's Python keyword "del", lower case,
		// stands alone on its line too, and the normalised block cannot
		// tell them apart (the WCXB titles run lost one with "del" in
		// share-bar's list)
		t := strings.TrimSpace(text)
		return t == "Del" || t == "DEL"
	}
	panic("boilerplate: no shape test")
}

// heapCopy returns s copied to the heap, the copy made once in *owned:
// a conversion from bytes, as the copy classify made before (one of one
// byte, "a", is Go's static string, no allocation; strings.Clone's is
// one).
func heapCopy(s string, owned *string) string {
	if *owned == "" {
		*owned = string(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	return *owned
}

// maxOutletLabelWords bounds an outlet-named button: a verb, "the" and a
// name of up to four words, and a short tail ("and go ad-free").
const maxOutletLabelWords = 10

// The verbs that start the buttons that name the outlet, by the kind of
// the button: outlet-label's shape rule of each kind tests its own (a
// slice to range over rather than a map, whose iterator cost a twelfth of
// Classify on a dense page's short blocks, pprof).
var (
	ctaLabelVerbs    = []string{"join", "subscribe", "support"}
	appealLabelVerbs = []string{"donate"}
	shareLabelVerbs  = []string{"share"}
)

// labelVerbs maps each label verb to its kind.
var labelVerbs = func() map[string]string {
	m := map[string]string{}
	for _, v := range ctaLabelVerbs {
		m[v] = model.RemovedCallToAction
	}
	for _, v := range appealLabelVerbs {
		m[v] = model.RemovedAppeal
	}
	for _, v := range shareLabelVerbs {
		m[v] = model.RemovedShare
	}
	return m
}()

// labelTails may follow the outlet's name in a button.
var labelTails = []string{"", " and go ad-free", " and go ad free", " today", " now", " for free"}

// outletLabel is the outlet-label rule: a button that names the outlet,
// as calls to action and share bars do on many sites: "Support the
// Harbour Herald and go ad-free", "Support the Guardian", "Share The Quiet
// Ledger", "Subscribe to The Daily Beacon". The shape: a verb, "to" for
// subscribe and donate, "the" (or "The"), then a capitalised name of one
// to four words, then nothing or a short tail. A determiner is required:
// without it a title-case crosshead ("Support Grows For Reform") would
// match. It returns the kind of the verb, "" when text is none. Each
// kind's shape rule first tests that the normalised block opens with one
// of its verbs, a cheap test before text is split into words: a block
// whose first word is a verb opens so with that verb (normalize lowers it
// as strings.ToLower does), so the rule of its kind alone reads it.
func outletLabel(text string) (kind string) {
	text = strings.TrimRight(strings.TrimSpace(text), ".!")
	if len(text) > maxLabelLen {
		return ""
	}
	w := strings.Fields(text)
	if len(w) < 3 || len(w) > maxOutletLabelWords {
		return ""
	}
	kind, ok := labelVerbs[strings.ToLower(w[0])]
	if !ok || !isUpperWord(w[0]) {
		return ""
	}
	rest := strings.Join(w[1:], " ")
	if r, cut := strings.CutPrefix(rest, "to "); cut && (kind == model.RemovedAppeal || strings.EqualFold(w[0], "subscribe")) {
		rest = r
	}
	r, cut := strings.CutPrefix(rest, "the ")
	if !cut {
		r, cut = strings.CutPrefix(rest, "The ")
	}
	if !cut {
		return ""
	}
	for _, tail := range labelTails {
		name, found := strings.CutSuffix(r, tail)
		if !found || tail == "" && name != r {
			continue
		}
		nw := strings.Fields(name)
		if len(nw) == 0 || len(nw) > 4 {
			continue
		}
		all := true
		for _, x := range nw {
			if !isUpperWord(x) {
				all = false
				break
			}
		}
		if all {
			return kind
		}
	}
	return ""
}

// opensWith: the normalised block starts with one of words, as a word.
func opensWith(s string, words []string) bool {
	for _, v := range words {
		if strings.HasPrefix(s, v) && boundary(s, len(v)) {
			return true
		}
	}
	return false
}

// copyrightYear is copyright-notice's shape rule: "© 2024 Example Media
// Ltd" is the site's rights line (a "©" before a name is a picture credit:
// see image-credit).
func copyrightYear(s string) bool {
	rest, ok := strings.CutPrefix(s, "©")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// isUpperWord: the word starts with an upper-case letter.
func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// platforms named in follow prompts.
var followPlatforms = []string{"twitter", "x", "instagram", "facebook", "tiktok", "youtube", "threads", "bluesky",
	"mastodon", "linkedin", "snapchat", "whatsapp", "telegram", "substack"}

// maxFollowLen: a follow prompt is one short sentence.
const maxFollowLen = 100

// followOnPlatform is the follow-prompt rule: a short block that opens with
// "follow" and sends the reader to a platform ("Follow Mara Quinn on TikTok
// for more", "Follow the Gazette on Instagram"). Story sentences about
// following someone have a subject first ("Fans follow her on TikTok").
//
// A longer block passes when the name is short (up to four words) and the
// platform follows it at once: "Follow The Gazette on Twitter and Instagram
// @Gazette. Send us a message on WhatsApp ...".
func followOnPlatform(s string) bool {
	// the prefix first: it rules out nearly every block without the
	// five substring searches of reportsSpeech
	rest, ok := strings.CutPrefix(s, "follow ")
	if !ok || len(s) > 2*maxFollowLen || reportsSpeech(s) {
		return false
	}
	k := strings.Index(rest, " on ")
	if k < 0 || len(s) > maxFollowLen && (strings.Count(rest[:k], " ") > 3 || strings.ContainsAny(rest[:k], ".,;:")) {
		return false
	}
	after := rest[k+4:]
	for _, p := range followPlatforms {
		if strings.HasPrefix(after, p) && boundary(after, len(p)) {
			return true
		}
	}
	return false
}

// pictureAgencies end the "Name/Agency" credits under pictures. Rule
// agency-credit-same-agencies: the last line holds the agencies rule
// image-credit-agency(-i18n) removes standing alone ("EFE", "Pexels") that
// the list lacked, so "Jane Roe/EFE" is the credit "EFE" alone already
// was.
var pictureAgencies = []string{"ap", "afp", "getty images", "getty", "reuters", "pa", "pa wire", "pa media", "epa", "shutterstock",
	"alamy", "bloomberg", "flickr", "unsplash", "istock", "anadolu", "xinhua", "dpa", "sipa", "rex", "rex features", "zuma",
	"instagram", "twitter", "facebook", "handout", "wikimedia commons",
	"efe", "ansa", "pexels", "kyodo", "lusa", "belga", "anp"}

// maxAgencyCredit: "Jane Roe/Getty Images" is a few words.
const maxAgencyCredit = 60

// maxCreditNameWords bounds the photographer's name beside the agency:
// "Jane Roe", "Jo van der Tran" or a studio's name are a few words.
const maxCreditNameWords = 4

// agencyCredit is the agency-credit rule: a short line "Name/Agency" whose
// last part is a picture agency ("Jane Roe/AP", "Jo Tran/Getty Images") is
// the credit of a picture the extractor dropped; so are the same credit
// written agency first and the one that names the agency after "via"
// (rules agency-credit-agency-first and agency-credit-via below).
func agencyCredit(s string) bool {
	if len(s) > maxAgencyCredit || strings.ContainsAny(s, ",;:!?\"") || strings.Contains(s, "://") {
		return false
	}
	// rule agency-credit-via: "Jane Roe via Getty Images": the library
	// that sold a picture, named after "via", with its photographer or
	// studio before it. A sentence that merely ends on an agency is
	// longer, or has its punctuation. Not yet the credit that names a
	// wire agency too ("Jo Tran/AFP via Getty Images"): lede bench
	// extract's gold keeps that one inside a listing page's captions, and
	// taking it lowered that page type's word F1 (lede bench extract
	// --cases extract-wcxb/cases.jsonl, per-type mean word F1 against the
	// parent, measured by hand at 7189aca7).
	if k := strings.LastIndex(s, " via "); k > 0 && pictureAgency(s[k+len(" via "):]) {
		return len(strings.Fields(s[:k])) <= maxCreditNameWords && !strings.Contains(s[:k], "/")
	}
	// the slash first: most blocks have none
	k := strings.LastIndexByte(s, '/')
	if k <= 0 {
		return false
	}
	// rule agency-credit-wire-pair: wire agencies alone in brackets
	// ("(AFP/Reuters)", "(ANSA/EFE)") close a story as the credit of its
	// copy (rule bracketed-agency-line), not of a picture: read as a
	// picture's, the text path took the paragraph above for its caption
	// and lost it from the body. A person or a picture agency in the
	// brackets ("(Jane Roe/AFP)", "(Getty Images/AFP)") stays a credit.
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && agencyList(s[1:len(s)-1]) {
		return false
	}
	if pictureAgency(s[k+1:]) {
		return len(strings.Fields(s[:k])) <= maxCreditNameWords
	}
	// rule agency-credit-agency-first: the credit written agency first
	// ("Getty Images / Jane Roe", "AFP / Jo Tran Studio"), one slash
	// between the two, as some magazines print it under each picture of a
	// gallery. The text path's textclean read this order alone; the HTML
	// path kept the line as text. Not a social network first
	// ("Facebook/Jane Roe"): that credits a family's picture of someone
	// the story names, and taken as a credit, the text path made the
	// person's name above it the picture's caption and lost it from the
	// body (and the story's people). Only with spaces around the slash,
	// as such credits print it: written tight, an agency first names a
	// joint poll or service ("AP/Marrowby Poll"), and textclean's rule
	// agency-first-credit, which asks about a tight name-first credit with
	// its sides swapped, keeps its own reading of the two orders.
	if strings.IndexByte(s, '/') == k && s[k-1] == ' ' && strings.HasPrefix(s[k+1:], " ") &&
		pictureAgency(s[:k]) && !platformSource(s[:k]) {
		n := len(strings.Fields(s[k+1:]))
		return n > 0 && n <= maxCreditNameWords
	}
	return false
}

// platformSources are the pictureAgencies that are social networks: a
// picture taken from someone's own page there.
var platformSources = []string{"instagram", "twitter", "facebook", "flickr"}

// platformSource reports whether s, a part of a normalised credit line, is
// one of platformSources.
func platformSource(s string) bool {
	return slices.Contains(platformSources, strings.Trim(s, " ()"))
}

// pictureAgency reports whether s, a part of a normalised credit line, is
// one of pictureAgencies, brackets and spaces around it aside.
func pictureAgency(s string) bool {
	s = strings.Trim(s, " ()")
	for _, a := range pictureAgencies {
		if s == a {
			return true
		}
	}
	return false
}

// relativeTimeLabels may open a relative time stamp: English's, then
// relative-time-i18n's (German, French, Spanish, Portuguese, Italian,
// Dutch).
var relativeTimeLabels = []string{"published ", "updated ", "last updated ", "posted ",
	"aktualisiert ", "veröffentlicht ", "mis à jour ", "publié ", "actualizado ", "publicado ", "atualizado ",
	"aggiornato ", "pubblicato ", "bijgewerkt ", "gepubliceerd "}

// timeUnits name the units of a relative time stamp: English's, then
// relative-time-i18n's in the languages of relativeForms.
var timeUnits = map[string]bool{"second": true, "seconds": true, "minute": true, "minutes": true, "min": true, "mins": true,
	"hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true,
	// de
	"sekunde": true, "sekunden": true, "minuten": true, "stunde": true, "stunden": true, "std": true,
	"tag": true, "tagen": true, "woche": true, "wochen": true, "monat": true, "monaten": true, "jahr": true, "jahren": true,
	// fr
	"heure": true, "heures": true, "h": true, "jour": true, "jours": true, "semaine": true, "semaines": true,
	"mois": true, "an": true, "ans": true, "secondes": true,
	// es, pt
	"segundos": true, "minuto": true, "minutos": true, "hora": true, "horas": true, "día": true, "días": true, "dia": true,
	"dias": true, "semana": true, "semanas": true, "mes": true, "meses": true, "año": true, "años": true, "ano": true, "anos": true,
	// it
	"secondi": true, "minuti": true, "ora": true, "ore": true, "giorno": true, "giorni": true, "settimana": true,
	"settimane": true, "mese": true, "mesi": true, "anno": true, "anni": true,
	// nl
	"seconden": true, "minuut": true, "uur": true, "dag": true, "dagen": true, "weken": true, "maand": true,
	"maanden": true, "jaar": true,
}

// relativeForms are the shapes of a relative time stamp, a count and a
// unit between before and after, with the words a language writes for
// "one" (rule relative-time-i18n: "vor 3 Stunden", "il y a 2 jours",
// "hace 4 horas", "há 2 horas", "2 ore fa", "3 uur geleden"). lede bench
// extract, HTML path and --text-from readeck's and trafilatura's texts,
// extract/ and extract-wcxb/: predictions byte-identical to e48f247's (no
// line of the sets is one).
var relativeForms = []struct {
	before, after string
	one           []string
}{
	{"", " ago", []string{"a", "an"}},
	{"vor ", "", []string{"einer", "einem"}},
	{"il y a ", "", []string{"une", "un"}},
	{"hace ", "", []string{"una", "un"}},
	{"há ", "", []string{"uma", "um"}},
	{"", " fa", []string{"un", "una", "uno"}},
	{"", " geleden", []string{"een"}},
}

// maxRelativeLen bounds a relative time stamp in bytes before it is split
// into words: "zuletzt aktualisiert vor 15 Minuten" and the like fit.
const maxRelativeLen = 48

// relativeTime is the relative-time rule: a time stamp standing alone
// ("2 hours ago", "Published 3 days ago", "Last updated 5 mins ago") dates
// the page view, not the story, and is no text. The "last updated" and
// "posted" labels: lede bench extract --halves (md5(id)%2), WCXB HTML
// path one page of half 0 up (word F1 +0.0068, a forum's three "posted
// ... ago" lines gone), --text-from readeck's texts one page of half 0
// up (+0.0028); half 1, extract/ and trafilatura's texts byte-identical.
// No date is read from it: without the time the page was fetched at it has
// no anchor, and the text path keeps it among the removed lines as the
// only evidence there is.
func relativeTime(s string) bool {
	if len(s) > maxRelativeLen {
		return false
	}
	for _, label := range relativeTimeLabels {
		if rest, ok := strings.CutPrefix(s, label); ok {
			s = rest
			break
		}
	}
	if s == "published" || s == "updated" || s == "just now" {
		return true
	}
	for _, f := range relativeForms {
		// the form's words first: most blocks are ruled out before they
		// are split into words
		rest, ok := strings.CutPrefix(s, f.before)
		if !ok {
			continue
		}
		if rest, ok = strings.CutSuffix(rest, f.after); !ok {
			continue
		}
		w := strings.Fields(rest)
		if len(w) == 1 {
			// rule relative-time-compact: the count and a short unit
			// written as one word ("2m ago", "3h ago", "vor 5 Min" is
			// two), as live blogs and comment threads stamp their posts.
			// lede bench extract, HTML path on extract/ and
			// extract-wcxb/ and --text-from --halves (the four runs):
			// byte-identical to HEAD e9b561e's
			if n, u := splitCount(w[0]); n != "" && compactUnits[u] {
				return true
			}
			continue
		}
		if len(w) != 2 || !timeUnits[w[1]] {
			continue
		}
		if model.IsDigits(w[0]) || slices.Contains(f.one, w[0]) {
			return true
		}
	}
	return false
}

// compactUnits are the short units of relative-time-compact: "2m",
// "3h", "1d", "2w", "5min", "4hrs".
var compactUnits = map[string]bool{"s": true, "m": true, "h": true, "d": true, "w": true, "min": true, "mins": true,
	"hr": true, "hrs": true, "std": true}

// splitCount splits "12m" into its digits and the letters after them;
// n is "" when w does not open with a digit.
func splitCount(w string) (n, unit string) {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 {
		return "", ""
	}
	return w[:k], w[k:]
}

// readingGates: every word of readingUnits holds one of them
// (TestReadingGate): readingTime rules out a line without any before
// splitting it into words. Besides "min", those of
// reading-time-more-languages: Russian's and Ukrainian's "мин"/"хв",
// Turkish "dk" and "dakika", Hungarian "perc".
var readingGates = []string{"min", "мин", "хв", "dk", "dakika", "perc"}

// readingUnits are the minute words of a reading-time note.
var readingUnits = map[string]bool{"min": true, "mins": true, "minute": true, "minutes": true, "minuten": true,
	"minutos": true, "minuti": true, "minut": true, "minuty": true,
	// reading-time-more-languages: "Lästid: 3 min", "Lesetid: 2
	// minutter", "Lukuaika 3 min", "Doba čtení: 3 minuty", "Время чтения:
	// 3 мин", "Час читання: 3 хв", "Okuma süresi: 3 dk", "Olvasási idő: 3 perc"
	"minuter": true, "minutter": true, "minuuttia": true, "мин": true, "минут": true, "минуты": true, "хв": true,
	"хвилин": true, "хвилини": true, "dk": true, "dakika": true, "perc": true}

// readingWords say that the minutes are reading time.
var readingWords = map[string]bool{"read": true, "reading": true, "lesezeit": true, "lecture": true, "lectura": true,
	"lettura": true, "czytania": true, "leestijd": true,
	// reading-time-more-languages
	"lästid": true, "læsetid": true, "lesetid": true, "lukuaika": true, "čtení": true, "чтения": true, "читання": true,
	"okuma": true, "olvasási": true, "olvasás": true}

// readingFill are the other words a reading-time note may hold.
var readingFill = map[string]bool{"time": true, "de": true, "di": true, "tiempo": true, "temps": true, "tempo": true,
	"czas": true, "estimated": true, "approx": true, "ca": true,
	// reading-time-more-languages
	"doba": true, "время": true, "час": true, "süresi": true, "idő": true, "noin": true}

// maxReadingWords bounds a reading-time note ("Temps de lecture : 3 min"
// is five words).
const maxReadingWords = 6

// maxReadingLen bounds a reading-time note in bytes before it is split
// into words: maxReadingWords words of seven letters and their spaces.
const maxReadingLen = 48

// readingTime is the reading-time rule: a line that only says how long
// the text takes to read ("5 min read", "Reading time: 9 minutes",
// "Lesezeit: 4 Minuten", "Temps de lecture : 3 min") is page furniture.
// It holds exactly one number, a minute word and a reading word, and
// nothing else ("Read the 5 minutes that changed the match" has other
// words).
func readingTime(s string) bool {
	// Without a digit there is no number of minutes: most short lines
	// are ruled out before they are split into words.
	// every minute word holds one of readingGates (TestReadingGate): a line
	// without it is no note either
	if len(s) > maxReadingLen || !hasDigit(s) || !containsAny(s, readingGates) {
		return false
	}
	var arr [maxReadingWords]string
	n, ok := model.FieldsUpTo(arr[:], s, notLetterDigit)
	if !ok || n < 2 {
		return false
	}
	words := arr[:n]
	num, unit, read := 0, false, false
	for _, w := range words {
		switch {
		case w[0] >= '0' && w[0] <= '9':
			if !model.IsDigits(w) {
				return false
			}
			num++
		case readingUnits[w]:
			unit = true
		case readingWords[w]:
			read = true
		case !readingFill[w]:
			return false
		}
	}
	return num == 1 && unit && read
}

// maxResultWords bounds a listing's result counter: "Showing 1-12 of 80
// results" is six words.
const maxResultWords = 7

// resultLeads open a result counter that says how many results a listing
// shows; resultUnits count them; resultFill are the other words it may
// hold.
var (
	resultLeads = map[string]bool{"showing": true, "displaying": true, "viewing": true, "loaded": true}
	resultUnits = map[string]bool{"result": true, "results": true, "product": true, "products": true, "item": true,
		"items": true, "entries": true, "listings": true}
	resultFill = map[string]bool{"all": true, "of": true, "out": true, "found": true}
)

// resultGate: a result counter holds one of resultUnits, each of which
// holds one of these, or says "filter" (TestResultGate): a line without
// any is ruled out before it is split into words.
var resultGate = []string{"result", "product", "item", "entries", "listings", "filter"}

// resultCount is the result-count rule: a line that only counts a shop's
// or a search's results ("Showing all 27 results", "Showing 1-12 of 80
// results", "Loaded 154 results", "(12 products)", "Products (12)", "1
// filter applied") is the listing's toolbar, not one of its entries. A
// bare "12 products" or "3 items" may be a line of a text; it counts only
// in brackets or after a listing verb. "N results" alone is a counter.
// (On the WCXB dev pages: 13 collection and listing pages up, 2 pages
// down by at most 0.003; articles and extract/ unchanged.)
func resultCount(s string) bool {
	if len(s) > 8*maxResultWords || !hasDigit(s) || !containsAny(s, resultGate) {
		return false
	}
	var arr [maxResultWords]string
	n, ok := model.FieldsUpTo(arr[:], s, resultSep)
	if !ok || n < 2 {
		return false
	}
	words := arr[:n]
	// "1 filter applied", "2 filters applied"
	if len(words) == 3 && numeralWord(words[0]) && (words[1] == "filter" || words[1] == "filters") && words[2] == "applied" {
		return true
	}
	lead := resultLeads[words[0]]
	nums, units := 0, 0
	for _, w := range words {
		switch {
		case numeralWord(w):
			nums++
		case resultUnits[w]:
			units++
		case resultLeads[w] || resultFill[w]:
		default:
			return false
		}
	}
	if nums == 0 || nums > 3 || units != 1 {
		return false
	}
	bracketed := strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") || strings.HasSuffix(s, ")") && strings.Contains(s, " (")
	return lead || bracketed || len(words) == 2 && (words[1] == "results" || words[1] == "result")
}

// resultSep separates the words of a result counter: a number keeps its
// grouping commas and points ("1,204").
func resultSep(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' && r != '.'
}

// notLetterDigit separates words at anything but letters and digits.
func notLetterDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// hasDigit reports an ASCII digit in s, as strings.ContainsAny(s,
// "0123456789") does without building its byte set per call.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// numeralWord reports whether w is a number, its digits perhaps grouped
// by commas or points ("1,204").
func numeralWord(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// maxErrorMessage bounds a widget's error message: a sentence or two (the
// longest on the WCXB dev pages, a session-expired notice, runs to 144 bytes).
const maxErrorMessage = 200

// errorWords name a failure in a widget's error message, normalised.
var errorWords = []string{"error", "problem", "unable", "wrong", "sorry", "issue", "oops", "opps", "failed", "expired", "could not", "couldn't", "can't", "cannot"}

// errorMessage is the error-message rule: a short block that ends by
// asking to try again and names a failure ("The tide table could not
// load. Please try again.", "Oh no, the booking failed. Try again
// later!", "Sorry, the ferry times are not available. Please try again.")
// is a shop's or a form's error message, hidden until something fails. An
// instruction without a failure ("Tap the chart to try again.") stays:
// a guide's gold keeps one. (On the WCXB dev pages: 12 such blocks on 9
// shop and service pages; no gold line of either benchmark.)
func errorMessage(s string) bool {
	if len(s) > maxErrorMessage {
		return false
	}
	t := strings.TrimRight(s, ".! ")
	t = strings.TrimSuffix(t, " later")
	if !strings.HasSuffix(t, "try again") || reportsSpeech(s) {
		// A quoted or reported "try again" is the story's.
		return false
	}
	for _, w := range errorWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// maxEditNote bounds an edit note: a user name, a date and a count.
const maxEditNote = 120

// editNotes open a forum post's edit note, normalised.
var editNotes = []string{"last edited by ", "last edited:", "zuletzt bearbeitet von ", "zuletzt bearbeitet:",
	"dernière modification par ", "ultima modifica di "}

// editNote is the edit-note rule: the line a forum prints under an edited
// post ("Last edited by harbourfan; Mar 3, 2024 at 9:17 am", "Last edited
// by a moderator", "Last edited: Aug 3, 2023") says who changed the post,
// not what it says. (On the WCXB dev pages: 15 forum pages up, 4 down,
// one of whose gold keeps the note; extract/ unchanged.)
func editNote(s string) bool {
	if len(s) > maxEditNote {
		return false
	}
	for _, p := range editNotes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			// The editor's name alone, or a stamp with a date or a time:
			// a sentence that opens with the words goes on otherwise.
			return len(strings.Fields(rest)) <= maxEditName || strings.ContainsAny(rest, "0123456789")
		}
	}
	return s == "last edited"
}

// maxEditName: an editor's name in an edit note, "a moderator", "Jane
// Roe".
const maxEditName = 3

// maxAppPrompt: "Download The Morning Tribune app for the latest news" is a
// short sentence.
const maxAppPrompt = 100

// appPrompt is the app-prompt rule: "Download <the outlet's> app ...",
// "Get the <outlet> app", and a lead-in before the download: "For the
// latest news, download the Example apps for iOS and Android".
func appPrompt(s string) bool {
	if len(s) <= 2*maxAppPrompt && strings.Contains(s, "download") && !reportsSpeech(s) &&
		(strings.Contains(s, " for ios and android") || strings.Contains(s, " for android and ios") ||
			strings.Contains(s, " on ios and android") || strings.Contains(s, " on android and ios")) {
		return true
	}
	if len(s) > maxAppPrompt || !(strings.HasPrefix(s, "download ") || strings.HasPrefix(s, "get the ")) {
		return false
	}
	k := strings.Index(s, " app")
	return k > 0 && boundary(s, k+4) && !reportsSpeech(s)
}

// maxHandleLine: "Twitter: @JaneRoe" is a platform, a colon and a handle.
const maxHandleLine = 48

// handleLine is the handle-line rule: a writer's or outlet's account left
// alone on a line ("Twitter: @Milbank", "Instagram: @harbourherald").
func handleLine(s string) bool {
	if len(s) > maxHandleLine {
		return false
	}
	for _, p := range []string{"twitter: @", "x: @", "instagram: @", "tiktok: @", "bluesky: @", "threads: @", "mastodon: @"} {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" && !strings.ContainsRune(rest, ' ') {
			return true
		}
	}
	return false
}

// cssRemnant is the css-remnant rule: style sheet text an extractor let
// through ("width:100%;", "text-align: left;", "}"), read in the raw block
// (normalising drops the closing ";"): a lone brace, or a
// declaration "property: value;" whose property is a CSS name (lower case
// letters and hyphens).
func cssRemnant(s string) bool {
	if s == "{" || s == "}" || s == "}}" || s == "};" {
		return true
	}
	if !strings.HasSuffix(s, ";") || len(s) > maxLabelLen {
		return false
	}
	prop, val, ok := strings.Cut(s[:len(s)-1], ":")
	if !ok || strings.TrimSpace(val) == "" || strings.ContainsAny(val, ";{}") {
		return false
	}
	prop = strings.TrimSpace(prop)
	if prop == "" || !strings.Contains(prop, "-") && !cssProps[prop] {
		return false
	}
	for _, c := range prop {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// cssProps are the common one-word CSS properties (hyphenated ones pass by
// their shape).
var cssProps = map[string]bool{"width": true, "height": true, "margin": true, "padding": true, "color": true, "display": true,
	"border": true, "background": true, "float": true, "position": true, "overflow": true, "clear": true, "top": true, "left": true}

// maxWrittenByWords: "Written by Priya Nair": a label and a name.
const maxWrittenByWords = 6

// creditLabels are the labels of the written-by rule, lower-cased.
var creditLabels = []string{"written by", "words by", "edited by", "reviewed by",
	"medically reviewed by", "fact checked by", "fact-checked by",
	// written-by-i18n: "Author: Jane Roe", "Autorin: Jana Roe", "Geschrieben
	// von ...", "Auteur : ...", "Écrit par ...", "Texto: ...", "Escrito
	// por ...", "Scritto da ..."). lede bench extract --halves: three
	// extract/ pages lose such a line on the HTML path and readeck's
	// texts, no score moves; extract-wcxb/ both paths, trafilatura's texts
	// and the seed byte-identical. Not English "Author:": a WCXB page of
	// half 1 whose gold keeps the line lost words P on both paths
	"story by", "autor:", "autorin:", "geschrieben von", "auteur :", "auteur:", "autrice :", "autrice:",
	"écrit par", "texto:", "escrito por", "autore:", "scritto da", "texto de",
	// written-by-more-languages: "Автор: Иван Петров", "Teksti: Matti
	// Virtanen", "Yazar: Ayşe Yılmaz", "Szerző: Kovács Péter", "Tekst:
	// Kari Nordmann"; a name of capitalised words only after each
	"автор:", "авторы:", "автори:", "teksti:", "kirjoittaja:", "yazar:", "szerző:", "tekst:", "текст:",
	// written-by-baltic-slovene-malay: the writer's label of Latvian
	// ("Autors: Jānis Bērziņš"), Lithuanian ("Autorius: ..."), Slovene
	// ("Avtor: ...") and Malay and Indonesian ("Penulis: ...") sites
	"autors:", "autorius:", "avtor:", "penulis:",
	// written-by-text-labels-more: the text's credit ("Tekst:", "Teksti:"
	// above) in Latvian ("Teksts: ..."), Lithuanian ("Tekstas: ...") and
	// Slovene ("Besedilo: ..."), and Indonesian's contributor
	// ("Kontributor: ...")
	"teksts:", "tekstas:", "besedilo:", "kontributor:",
	// written-by-feminine-labels: the label for a woman writer, beside
	// "Autorin:" above: Lithuanian "Autorė:", Slovene "Avtorica:",
	// Croatian, Serbian and Bosnian "Autorica:", Polish, Czech and Slovak
	// "Autorka:"
	"autorė:", "avtorica:", "autorica:", "autorka:",
	// written-by-plural-labels: the label over two writers (see
	// written-by-two-writers), beside Russian "Авторы:" above: Latvian,
	// Croatian, Italian and Romanian "Autori:", Lithuanian "Autoriai:",
	// Slovene "Avtorji:", Polish "Autorzy:", German "Autoren:"
	"autori:", "autoriai:", "avtorji:", "autorzy:", "autoren:",
	// written-by-reporter: "Reporter: Martha Quillan" alone on its line,
	// a name of capitalised words only after the label. Still not
	// "Author:" (see written-by-i18n): lede bench extract, a WCXB page of
	// half b whose gold keeps such a line in a list of software releases
	// (one a release, with its type and path under it) lost it on both
	// paths, and the text path took that release's author for the
	// story's; whether the line stands in the story's header is the text
	// path's to read, not a phrase rule's
	"reporter:"}

// creditLabelOpens reports whether s, a text normalised, opens with one of
// creditLabels: a cheap test before writtenBy reads the words.
func creditLabelOpens(s string) bool {
	for _, l := range creditLabels {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// writtenBy is the written-by rule: blog platforms print the writer, the
// editor and the reviewer as a label ("Written by Priya Nair", "Words by
// Jo Tran", "Medically reviewed by Ana Ruiz"): the label, then only
// capitalised words, or the label alone on its line above the name
// ("Edited by", "Reviewed by"). "Written by hand, the letters..." goes
// on.
func writtenBy(text string) bool {
	w := strings.Fields(strings.TrimSpace(text))
	if len(w) < 2 || len(w) > maxWrittenByWords+maxSecondWriterWords {
		return false
	}
	n := 0
	for _, l := range creditLabels {
		k := strings.Count(l, " ") + 1 // the label's words
		if len(w) >= k && strings.EqualFold(strings.Join(w[:k], " "), l) ||
			len(w) == k && strings.EqualFold(strings.Join(w, " "), l+":") {
			n = k
			break
		}
	}
	if n == 0 {
		return false
	}
	joined := false
	for k, x := range w[n:] {
		if strings.ContainsAny(x, ",.;:!?") {
			return false
		}
		// rule written-by-particles: a surname's particle inside the
		// name, lower case ("Autor: Jan de Vries", "Written by Anna van
		// Dijk"), between capitalised words
		inside := k > 0 && n+k+1 < len(w)
		// rule written-by-two-writers: one "and" between two names
		// ("Written by Jane Roe and Tom Hale", "Autors: Jānis Bērziņš un
		// Līga Ozola"), after a capitalised word
		if inside && !joined && sourceJoiners[x] && isUpperWord(w[n+k-1]) {
			joined = true
			continue
		}
		if !isUpperWord(x) && !(inside && lexicon.IsNameParticle(x)) {
			return false
		}
	}
	return joined || len(w) <= maxWrittenByWords
}

// maxSecondWriterWords: a second writer's name after the "and" of rule
// written-by-two-writers ("and Tom Hale") lengthens the line by a few
// words beyond maxWrittenByWords.
const maxSecondWriterWords = 3

// maxCategoryWords: "Posted in Gear", "Filed in World News": a label and a
// section name of one to three words.
const maxCategoryWords = 5

// categoryLine is the category-line rule: blog platforms print the post's
// category without a colon ("Posted in Gear", "Filed in Local News"). A
// sentence ("Posted in 2019, the video...") goes on past a few words or
// holds punctuation.
func categoryLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "posted in ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "filed in ")
	}
	if !ok || strings.ContainsAny(rest, ",;:.0123456789") {
		return false
	}
	return len(strings.Fields(s)) <= maxCategoryWords
}

// homeWords are the links to a site's front page, lower-cased: standing
// alone they are navigation (rule navigation-i18n: "Главная", "首页"), and
// they open a crumb trail (rule home-crumb).
var homeWords = []string{"home", "главная", "головна", "首页", "首頁", "ホーム", "홈", "الرئيسية", "ראשי", "होम", "anasayfa",
	"ana sayfa", "portada", "início", "beranda", "trang chủ", "αρχική", "strona główna", "startpagina",
	// home-words-more-languages: Latvian "Sākums", Lithuanian "Pradžia",
	// Slovene and Slovak "Domov", Croatian, Serbian and Bosnian
	// "Početna" ("Почетна", "Насловна"), Catalan "Inici", Bulgarian
	// "Начало", Estonian "Avaleht", Finnish "Etusivu", Spanish "Inicio",
	// German "Startseite", French "Accueil", Romanian "Acasă", Danish
	// and Norwegian "Forside"
	"sākums", "pradžia", "domov", "početna", "почетна", "насловна", "inici", "начало", "avaleht", "etusivu", "inicio",
	"startseite", "accueil", "acasă", "forside", "forsiden",
	// home-words-page: the same link written "home page": Croatian
	// "Naslovnica", Slovene "Domača stran", Malay "Laman utama",
	// Indonesian "Halaman utama", Hungarian "Kezdőlap", Czech "Úvodní
	// stránka", Slovak "Hlavná stránka"
	"naslovnica", "domača stran", "laman utama", "halaman utama", "kezdőlap", "úvodní stránka", "hlavná stránka"}

// homeCrumbOpens holds the first bytes of homeWords (the opens of rule
// home-crumb's entry: a block opening with another skips its test).
var homeCrumbOpens = func() string {
	var b []byte
	for _, w := range homeWords {
		if !slices.Contains(b, w[0]) {
			b = append(b, w[0])
		}
	}
	return string(b)
}()

// crumbStepSeps part the steps of a crumb trail in a text: the bar of
// "Home | News" and the arrows and slash that navigation's phrases
// ("home »", "home /") already read after the English word.
var crumbStepSeps = []string{" | ", " » ", " › ", " > ", " / "}

// CrumbStepSeps returns the separators that part the steps of a home
// crumb (rule home-crumb), in the order the rule tries them; the slice is
// a copy.
func CrumbStepSeps() []string { return slices.Clone(crumbStepSeps) }

// maxCrumbStepWords: a section's name is a word or a few ("Ziņas",
// "Local News", "Ciencia y tecnología").
const maxCrumbStepWords = 3

// homeCrumb is the home-crumb rule: a crumb trail of two steps whose
// first is a home link ("Sākums | Ziņas", "Početna » Vijesti", "Inici /
// Notícies") is navigation, not the story's title. A trail of three steps
// or more is a run of menu items, the text path's (textclean's
// nav-separators): this rule takes only the pair that rule leaves. A
// headline of two words with a bar ("Storm | Aftermath") does not open
// with a home link; a sentence has punctuation or too many words.
func homeCrumb(s string) bool {
	for _, sep := range crumbStepSeps {
		home, step, ok := strings.Cut(s, sep)
		if !ok || !slices.Contains(homeWords, home) {
			continue
		}
		return step != "" && !strings.Contains(step, sep) && strings.Count(step, " ")+1 <= maxCrumbStepWords &&
			!strings.ContainsAny(step, ".,;:!?\"0123456789")
	}
	return false
}

// wireCreditPrefixes open a wire story's closing credit line.
var wireCreditPrefixes = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
	"reported by ", "edited by "}

// wireCredits is the wire-credits rule: "Reporting by Tom Hale; Editing by
// Mark Potter", "Writing by Jo Tran; editing by Rina Das". A sentence that
// starts the same way ("Reporting by the Times found...") has no semicolon
// list and no editor.
func wireCredits(s string) bool {
	if len(s) > maxPrefixLen {
		return false
	}
	// Reuters prints it in parentheses: "(Reporting by ...; Editing by ...)"
	bracketed := strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")
	if bracketed {
		s = s[1 : len(s)-1]
	}
	// rule bracketed-agency-line: agencies alone in brackets under the
	// story ("(ANP)", "(TT)", "(NTB/Ritzau)") credit its copy, as
	// source-agency-line's "Source: AFP" does (image-credit-agency reads
	// the few it names, "(dpa)", "(AP)", first). A copy: agencyList keeps
	// words of its text, and s may lie on classify's stack
	if bracketed && len(s) <= maxWithAgencyLen && agencyList(strings.Clone(s)) {
		return true
	}
	// Indian agencies' credit: "(With inputs from PTI)"
	if strings.HasPrefix(s, "with inputs from ") && len(s) <= maxLabelLen {
		return true
	}
	for _, p := range wireCreditPrefixes {
		if strings.HasPrefix(s, p) {
			return strings.Contains(s, "; ") || strings.Contains(s, "editing by") || strings.Contains(s, "edited by")
		}
	}
	return withAgencyLine(s)
}

// maxWithAgencyLen bounds a with-agency credit: an outlet's name of a few
// words and two or three agencies ("Le Courrier de l'Est avec AFP et
// Reuters" is 40 bytes).
const maxWithAgencyLen = 64

// maxCreditOutletWords bounds the outlet's name before the label.
const maxCreditOutletWords = 5

// withAgencyLabels join the story's outlet, or nothing, to the agencies
// whose copy it used, in French, German, Spanish, Portuguese and Italian.
var withAgencyLabels = []string{"avec ", "mit material von ", "mit material der ", "mit ", "con información de ",
	"com informações de ", "com informações da ", "com ", "con "}

// withAgencyLine is rule with-agency-line: the line that closes a story
// rewritten from wire copy by naming the agencies after "with" ("Avec
// AFP", "(avec AFP et Reuters)", "Le Courrier de l'Est avec AFP", "mit
// dpa", "Con información de EFE") is the agency's credit, as "Source:
// AFP" is (rule source-agency-line): the agencies are read as that rule
// reads them, so a line naming anything else after the label, or a
// sentence, stays. s is lower case.
func withAgencyLine(s string) bool {
	if len(s) > maxWithAgencyLen || strings.ContainsAny(s, ".;:!?\"") {
		return false
	}
	for _, l := range withAgencyLabels {
		k := 0
		if !strings.HasPrefix(s, l) {
			k = strings.LastIndex(s, " "+l)
			// words counted by their spaces (s is normalised): Fields
			// would move s to the heap
			if k < 0 || strings.Count(s[:k], " ")+1 > maxCreditOutletWords {
				continue
			}
			k++
		}
		// a copy: agencyList keeps words of its text, and s may lie on
		// classify's stack
		return agencyList(strings.Clone(s[k+len(l):]))
	}
	return false
}

// agencySourceLine is rule source-agency-line: a line that names only
// wire agencies as the story's source ("Source: Reuters", "Fonte: Ansa",
// "Sources: AP and AFP", "Fuente: EFE y Europa Press") is the agency's
// credit, as "Reporting by ..." is; a source that names anything else
// ("Source: Office for National Statistics" under a chart) is content.
// lede bench extract on both sets, HTML path and --text-from the two
// peers' texts (--halves), and the WCXB titles run: byte-identical with
// the commit before (no such line in them).
func agencySourceLine(s string) bool {
	_, rest, _ := strings.Cut(s, ":")
	return agencyList(rest)
}

// agencyList: s names one or more wire agencies and nothing else (rules
// source-agency-line and with-agency-line).
func agencyList(rest string) bool {
	var name []string
	n := 0
	// end closes the agency name read so far; false when it is none.
	end := func() bool {
		if len(name) == 0 {
			return true
		}
		n++
		joined := strings.Join(name, " ")
		ok := lexicon.IsWireAgency(joined) || lexicon.IsNationalAgency(joined) || sourceAgencies[joined]
		name = name[:0]
		return ok
	}
	// A slash, comma, stop, ampersand or bracket parts two agencies, and
	// so does a conjunction ("EFE y Europa Press").
	for w := range strings.FieldsSeq(sourceSeparators.Replace(rest)) {
		if w == "/" || sourceJoiners[w] {
			if !end() {
				return false
			}
			continue
		}
		name = append(name, w)
	}
	return end() && n > 0
}

// sourceSeparators set apart the agencies of a source line.
var sourceSeparators = strings.NewReplacer("/", " / ", ",", " / ", ".", " / ", "&", " / ", "(", " / ", ")", " / ")

// creditSourceLabels are the source labels (sourceLabels) that
// image-credit's phrase list holds too, with their colon (rule
// source-label-first).
var creditSourceLabels = []string{"quelle:", "źródło:"}

// sourceLabelFirstOpens holds the first bytes of creditSourceLabels (the
// opens of rule source-label-first's entry).
const sourceLabelFirstOpens = "q\xc5"

// sourceLabelFirst is rule source-label-first (see shapeRules): s opens
// with one of creditSourceLabels and names only wire agencies.
func sourceLabelFirst(s string, owned *string) bool {
	for _, l := range creditSourceLabels {
		if strings.HasPrefix(s, l) {
			return sourceLabelLine(s) && agencySourceLine(heapCopy(s, owned))
		}
	}
	return false
}

// sourceLabelLine reports s opening with a source label and a colon, the
// cheap test before agencySourceLine (s may lie on classify's stack).
func sourceLabelLine(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	// a source line in brackets ("(Quelle: dpa)") is one too
	return ok && len(s) <= maxLabelLen && sourceLabels[strings.TrimPrefix(strings.TrimSpace(label), "(")]
}

// sourceLabels open a story's source line in the languages the text path
// reads (rule source-agency-line). Rule source-agency-line-more-languages
// adds the Nordic, Finnish, Hungarian, Czech and Slovak, Turkish, Russian,
// Ukrainian, South Slavic and Romanian labels ("Källa: TT", "Kilde: NTB",
// "Lähde: STT", "Zdroj: ČTK", "Kaynak: AA", "Источник: ТАСС"): the line
// closed the story as its last paragraph.
var sourceLabels = map[string]bool{"source": true, "sources": true, "fonte": true, "fonti": true, "fuente": true,
	"fuentes": true, "quelle": true, "quellen": true, "bron": true, "bronnen": true, "źródło": true,
	"källa": true, "källor": true, "kilde": true, "kilder": true, "lähde": true, "lähteet": true, "forrás": true,
	"zdroj": true, "zdroje": true, "kaynak": true, "kaynaklar": true, "источник": true, "источники": true,
	"джерело": true, "джерела": true, "izvor": true, "izvori": true, "sursa": true, "surse": true,
	// rule text-agency-line: the text credit of German, French, Italian,
	// Spanish and Portuguese, and Dutch copy naming only agencies ("Text:
	// dpa", "Texte : AFP", "Testo: ANSA") credits the copy to them as a
	// source line does; a credit naming a writer is written-by's or
	// stays
	"text": true, "texte": true, "testo": true, "texto": true, "tekst": true}

// sourceAgencies are what a source line credits beyond
// lexicon.WireAgencies and lexicon.IsNationalAgency, lower case, read
// only after a source label (rule source-agency-line-more-languages): the
// word "agencies" a credit to several writes.
var sourceAgencies = map[string]bool{
	"agencies": true, "agencias": true, "agenturen": true, "agences": true, "agenzie": true, "agências": true,
	"agencje": true, "агентства": true,
	// rule source-desk-abbreviation: German and Austrian copy credits the
	// agency and its own desk's rewrite together, the desk as "red"
	// (Redaktion): "Quelle: dpa/red", "(APA/red)"; the line stayed, or
	// became a picture's credit
	"red": true,
}

// sourceJoiners join two agencies in a source line.
var sourceJoiners = map[string]bool{"and": true, "e": true, "y": true, "und": true, "et": true, "en": true, "i": true, "with": true,
	// rule source-agency-line-more-languages: Swedish, Danish and
	// Norwegian, Finnish, Hungarian, Czech and Slovak, Turkish, Russian,
	// Ukrainian and Romanian "and"
	"och": true, "og": true, "ja": true, "és": true, "a": true, "ve": true, "и": true, "і": true, "та": true, "și": true,
	// rule written-by-two-writers (which reads these too): Latvian,
	// Lithuanian, Slovene and Malay/Indonesian "and"
	"un": true, "ir": true, "in": true, "dan": true}

// keyWords maps a key word of every phrase of a contains rule to the rules
// holding such a phrase, as a bit set over rule indexes (a contains rule past
// the 64th would get no bit: init panics then, so the set stays exact). The
// key is the phrase's longest word but the last (phrases start at a word
// start and every word but the last is whole in a text holding the phrase;
// the last may run on, as "contribut" does); long words are rare, so few
// blocks reach the substring searches.
var keyWords = func() map[string]uint64 {
	m := map[string]uint64{}
	for i, r := range rules {
		if r.mode != contains {
			continue
		}
		if i >= 64 {
			panic("boilerplate: contains rule past index 63")
		}
		for _, p := range r.phrases {
			m[phraseKey(p)] |= 1 << i
		}
	}
	return m
}()

// phraseKey returns the key word of a contains phrase (see keyWords).
func phraseKey(p string) string {
	w := strings.Fields(p)
	if len(w) >= 2 {
		w = w[:len(w)-1]
	}
	key := ""
	for _, x := range w {
		if x = trimWordPunct(x); len(x) > len(key) {
			key = x
		}
	}
	return key
}

// keyFilter is a filter in front of keyWords: the bit keySlot(w) is set for
// every key w it admits, so a word whose bit is clear is none of them,
// found without hashing the word for the map. allKeys admits every key;
// a RuleSet's, the keys of its own rules.
type keyFilter [1 << 14 / 64]uint64

// add admits w; firstWordMask skips the words that punctuation trims to
// nothing, so no key may be empty.
func (f *keyFilter) add(w string) {
	if w == "" {
		panic("boilerplate: a contains phrase without a key word")
	}
	i := keySlot(w)
	f[i/64] |= 1 << (i % 64)
}

func (f *keyFilter) has(w string) bool {
	i := keySlot(w)
	return f[i/64]&(1<<(i%64)) != 0
}

// allKeys admits every key of keyWords. Nine words in ten of a paragraph
// are turned away so (88.9% of the words of lines of eight words or more
// in go-trafilatura's texts of extract-wcxb, 88.7% in readeck's, 93.4% on
// extract/: LEDE_KEY_TEXTS=TEXTS.jsonl go test ./internal/boilerplate -run
// TestMeasureKeyFilterShare -v, on the texts bench/peers writes), where the
// map lookup of every word was most of firstWordMask's cost (pprof of lede
// bench extract --cases ../shared/bench/extract-wcxb/cases.jsonl
// --text-from PEER.jsonl --cpuprofile, go-trafilatura's texts).
var allKeys = func() (f keyFilter) {
	for k := range keyWords {
		f.add(k)
	}
	return f
}()

// keySlot hashes a word, not empty, by its length, its first byte and its
// last (their five low bits).
func keySlot(w string) int {
	return (len(w)&15)<<10 | int(w[0]&31)<<5 | int(w[len(w)-1]&31)
}

// gateRef is a gate string of the contains rule of index rule in rules.
type gateRef struct {
	rule int
	gate string
}

// gateSlots and gatesByFirst find the gates of every contains rule in one
// pass over a block, where a search for each gate in turn (29 of them for
// appeal-donation, whose key words "on", "our", "like" let a quarter of
// sentences through) was a third of Classify's cost on whole sentences
// (those of go-trafilatura's WCXB texts: pprof of lede bench extract
// --cases ../shared/bench/extract-wcxb/cases.jsonl --text-from
// PEER.jsonl --cpuprofile, go-trafilatura's texts). gateSlots holds, for
// the hash of the first two bytes of each gate (gateSlot), the rules
// holding such a gate, as a bit set like keyWords'; gatesByFirst lists the
// gates by their first byte, to be compared where a slot lets a rule
// through. A gate is two bytes long at least (init panics on a shorter
// one).
var gateSlots, gatesByFirst = func() (slots [1 << 12]uint64, byFirst [256][]gateRef) {
	for i, r := range rules {
		if r.mode != contains {
			continue
		}
		for _, g := range r.gate {
			if len(g) < 2 {
				panic("boilerplate: a gate string of one byte")
			}
			slots[gateSlot(g[0], g[1])] |= 1 << i
			byFirst[g[0]] = append(byFirst[g[0]], gateRef{i, g})
		}
	}
	return slots, byFirst
}()

func gateSlot(a, b byte) int { return (int(a)<<5 ^ int(b)) & (1<<12 - 1) }

// containsRules is the bit set of the contains rules.
var containsRules = func() (m uint64) {
	for i, r := range rules {
		if r.mode == contains {
			m |= 1 << i
		}
	}
	return m
}()

// maxGateSearches bounds the gates gateMask searches for one by one.
const maxGateSearches = 8

// gateMask returns the rules among want (a bit set over rules' indexes)
// one of whose gate strings occurs in s: for each of them, what
// containsAny(s, rule.gate) answers.
func gateMask(s string, want uint64) uint64 {
	var found uint64
	want &= containsRules
	// a few gates are searched for one by one, faster than a pass over
	// every byte of the block (the pass's cost, about that of firstWordMask,
	// was paid even where no key word let a rule through)
	n := 0
	for w := want; w != 0; w &= w - 1 {
		n += len(rules[bits.TrailingZeros64(w)].gate)
	}
	if n <= maxGateSearches {
		for w := want; w != 0; w &= w - 1 {
			if i := bits.TrailingZeros64(w); containsAny(s, rules[i].gate) {
				found |= 1 << i
			}
		}
		return found
	}
	for i := 0; i+1 < len(s); i++ {
		m := gateSlots[gateSlot(s[i], s[i+1])] & want &^ found
		if m == 0 {
			continue
		}
		for _, g := range gatesByFirst[s[i]] {
			if m&(1<<g.rule) != 0 && strings.HasPrefix(s[i:], g.gate) {
				found |= 1 << g.rule
			}
		}
	}
	return found
}

// firstWordMask returns the contains rules one of whose phrases may occur in
// the normalised block s: the union of keyWords over its words, of those
// keys f admits at least (the others may be left out).
func firstWordMask(s string, f *keyFilter) uint64 {
	var mask uint64
	start := 0
	i := 0
	// the spaces of eight bytes at a time, found without a branch a byte
	// (which a word's end makes hard to foretell): y holds a zero byte for
	// each space, t the high bit of each zero byte of y (with no carry
	// from one byte to the next)
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		y := x ^ 0x2020202020202020
		t := ^(((y & 0x7f7f7f7f7f7f7f7f) + 0x7f7f7f7f7f7f7f7f) | y | 0x7f7f7f7f7f7f7f7f)
		for t != 0 {
			j := i + bits.TrailingZeros64(t)/8
			t &= t - 1
			mask |= wordKeyMask(s[start:j], f)
			start = j + 1
		}
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			mask |= wordKeyMask(s[start:i], f)
			start = i + 1
		}
	}
	return mask | wordKeyMask(s[start:], f)
}

// wordKeyMask returns the keyWords bits of the word w, of a normalised
// block, once its end punctuation is trimmed; 0 for a word f turns away.
func wordKeyMask(w string, f *keyFilter) uint64 {
	if w == "" {
		return 0
	}
	if isEndPunct(w[0]) || isEndPunct(w[len(w)-1]) {
		if w = trimWordPunct(w); w == "" {
			return 0
		}
	}
	if !f.has(w) {
		return 0
	}
	return keyWords[w]
}

// trimWordPunct drops the ASCII punctuation a word carries at its ends in a
// normalised block ("(please", "today.", "\"we").
func trimWordPunct(w string) string {
	i, j := 0, len(w)
	for i < j && isEndPunct(w[i]) {
		i++
	}
	for j > i && isEndPunct(w[j-1]) {
		j--
	}
	return w[i:j]
}

func isEndPunct(c byte) bool {
	switch c {
	case '"', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '*', '-':
		return true
	}
	return false
}

// readAlsoLabels are the labels ReadAlsoLabel knows, each ending in ':'
// with no space before it: the phrases of the related-read-more rules
// ("lea también:") and the related-header phrases that end in ':'
// ("related:"). Not the other related-header phrases with a colon added
// ("Lesen Sie auch:", "Read next:"): on the peers' texts (lede bench
// extract --text-from, --halves) they moved three WCXB pages of one half
// only, one down.
var readAlsoLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range rules {
		if r.mode != prefix || r.name != "related-read-more" && r.name != "related-header" {
			continue
		}
		for _, p := range r.phrases {
			if l := string(foldLabelColon([]byte(strings.TrimRight(p, " ")))); strings.HasSuffix(l, ":") {
				m[l] = true
			}
		}
	}
	return m
}()

// foldLabelColon writes the label "lire aussi :" as "lire aussi:", in
// place.
func foldLabelColon(b []byte) []byte {
	if n := len(b); n >= 2 && b[n-2] == ' ' && b[n-1] == ':' {
		b[n-2] = ':'
		return b[:n-1]
	}
	return b
}

// ReadAlsoLabel reports whether label, a few words ending in ':' ("Lea
// también:", "READ MORE:", "Related:", "Lire aussi :"), is a label the
// phrase rules know for a link to another story's headline. The text path
// looks for them inside a line (rule read-also-inline).
func ReadAlsoLabel(label string) bool {
	if len(label) > maxExactLen {
		return false
	}
	var buf [4 * maxExactLen]byte
	return readAlsoLabels[string(foldLabelColon(normalize(label, buf[:0])))]
}

// minRelatedProseWords: a sentence of the story has this many words or
// more; a related box's header is a few.
const minRelatedProseWords = 7

// relatedProseSentence is rule related-header-prose: a block that opens
// with a related header's words but goes on as a sentence of the story,
// closed by a full stop, with no label mark ("Most popular among
// commuters is the 7.15am crossing, which will be kept.", "Related
// coverage of the dispute has run for months.") is the story's text: a
// box's header is a few words, or a label and a headline. A call to read
// another story stays a link however it goes on (readingCall): without
// it one WCXB page of half 1 kept such a link ("Also read how to ..."),
// HTML path and readeck's texts alike. lede bench extract, HTML path both
// sets and --text-from --halves (four runs): byte-identical to HEAD
// e0ed1dc's (the sets hold no such sentence).
func relatedProseSentence(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") || strings.ContainsAny(t, ":|»>") {
		return false
	}
	return len(strings.Fields(t)) >= minRelatedProseWords
}

// readingCalls open a link that asks to read or see another story,
// however it goes on ("Also read how to save on repairs."), normalised.
var readingCalls = []string{"also read", "read also", "see also", "read next", "read more", "lire ", "à lire", "lesen sie",
	"lee ", "leggi", "leia", "lees ", "veja", "czytaj", "zobacz", "baca", "läs"}

// readingCall: s (normalised) opens with one of readingCalls: rule
// related-header-prose leaves it a link.
func readingCall(s string) bool {
	for _, c := range readingCalls {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// labelled reports a phrase used as a label: it ends in ':' itself or is
// followed by one (or by a separator), as in "Read more: headline" or
// "Related » headline", rather than opening a sentence ("Read on for three
// tips that will help you...").
func labelled(s, p string) bool {
	if strings.HasSuffix(strings.TrimRight(p, " "), ":") {
		return true
	}
	rest := strings.TrimLeft(s[len(p):], " ")
	return rest == "" || strings.ContainsRune(":|»>-(", rune(rest[0]))
}

// ctaClosed is rule cta-offer-box: a block that a call to action opens
// and one of the exact calls to action closes ("Jetzt weiterlesen mit
// Plus: alle Artikel für 9,99 € im Monat. Jetzt abonnieren", "Continue
// reading with a trial: 1 € for a month. Subscribe now") is a paywall's
// or an offer's box, however long its pitch between. lede bench extract
// on extract/ and extract-wcxb/, HTML path and --text-from readeck's and
// trafilatura's texts: predictions byte-identical to HEAD 2fdf659's.
func ctaClosed(s string) bool {
	k := strings.LastIndexAny(s, ".!?:")
	if k < 0 {
		return false
	}
	tail := strings.TrimLeft(s[k+1:], " ")
	i, ok := exactIndex[tail]
	if !ok {
		// a closing label of a prefix rule ("jetzt abonnieren"); the
		// tail holds no stop, so this does not come back here
		i = firstPrefixRule(tail, TextLen(tail))
	}
	return i >= 0 && rules[i].kind == model.RemovedCallToAction
}

// boundary reports whether a phrase matched at s[:n] ends at a word boundary,
// so that "share on" does not match "shareholders" and "ad" not "adding".
func boundary(s string, n int) bool {
	if n >= len(s) {
		return true
	}
	if c := s[n-1]; !isWordByte(c) {
		return true // the phrase itself ends in punctuation ("photo:")
	}
	if s[n-1] >= utf8.RuneSelf {
		// or in a non-ASCII mark ("【関連記事】", "«")
		if r, _ := utf8.DecodeLastRuneInString(s[:n]); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			return true
		}
	}
	return !isWordByte(s[n])
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// asciiFold maps an ASCII byte to its form in a normalised block: a capital
// to its small letter, white space to a space, any other byte to
// itself. One look-up a byte instead of seven comparisons: normalize runs
// on every block Classify reads.
var asciiFold, asciiBlank = func() (t, blank [256]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c], blank[c] = ' ', 1
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		default:
			t[c] = byte(c)
		}
	}
	return t, blank
}()

// normalize appends a matching form of text to dst: lower case, typographic
// apostrophes and dashes folded to ASCII, runs of white space collapsed to one
// space, leading bullets and trailing dots, ellipses, arrows and spaces dropped.
func normalize(text string, dst []byte) []byte {
	// White space is written as it comes, a run as one space (space: the
	// last byte written is one); none at the start, and at the end one
	// that the trimming below drops.
	space := len(dst) == 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// the run of ASCII bytes from i, written into room made once
			// (the rest of text: a byte of the run is written once at
			// most), without a branch on the space that a word's end
			// makes hard to foretell: each byte is written, and a space
			// after a space is written over
			n := len(dst)
			dst = slices.Grow(dst, len(text)-i)[:n+len(text)-i]
			out := dst[n:]
			k, sp := 0, uint8(0)
			if space {
				sp = 1
			}
			for ; i < len(text); i++ {
				c := text[i]
				if c >= utf8.RuneSelf {
					break
				}
				out[k] = asciiFold[c]
				isSpace := asciiBlank[c]
				k += int(1 - isSpace&sp)
				sp = isSpace
			}
			space = sp == 1
			dst = dst[:n+k]
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch r {
		case '\u00a0', '\u2009', '\u202f', '\u200b', '\u3000':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		case '\u2018', '\u2019', '\u02bc':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2013', '\u2014':
			r = '-'
		case '\uff1a', '\uff08', '\uff09', '\uff0f', '\uff1d':
			// CJK pages write the label marks full width ("相关阅读：",
			// "（写真：共同）", "图／新华社"): folded to ASCII, one phrase
			// serves both widths
			r -= 0xff00 - 0x20
		case '\u2215':
			// and Big5's slash decodes as the division slash ("圖∕")
			r = '/'
		case '\u2026':
			// an ellipsis is trailing punctuation; keep it as "..." so the
			// trimming below drops it
			dst = append(dst, '.', '.', '.')
			space = false
			continue
		default:
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		space = false
	}
	// Drop leading bullets and trailing punctuation that do not change meaning.
	for len(dst) > 0 {
		switch dst[0] {
		case '-', '*', '>', '|', ' ', '.':
			dst = dst[1:]
			continue
		}
		break
	}
	for len(dst) > 0 {
		switch dst[len(dst)-1] {
		case '.', ' ', '!', '-', '>', '|', ',', ';':
			dst = dst[:len(dst)-1]
			continue
		}
		if r, size := utf8.DecodeLastRune(dst); r == '»' || r == '›' || r == '→' {
			dst = dst[:len(dst)-size]
			continue
		}
		break
	}
	return dst
}

// minGluedCapWord: a capitalised word before a glued boundary must have 5
// letters ("Share", "Images", "Advertisement"): the prefixes of camel-cased
// names ("Mc", "Mac", "De", "Home" in "HomeKit") are shorter.
const minGluedCapWord = 5

// gluedScan bounds how far into a block SplitGlued looks for a glued
// boundary: a call to action is a short phrase (see maxPrefixLen).
const gluedScan = maxPrefixLen

// SplitGlued finds boilerplate glued to the next sentence without a space, as
// text extractors leave it when a button and a paragraph were adjacent
// elements: "Support us and go ad-freeWe rely on readers like you..." →
// head "Support us and go ad-free" (a call to action), rest "We rely on
// readers like you...". The boundary is a lower-case letter directly followed by
// an upper-case letter that starts a word; the head must classify as
// boilerplate on its own. ok is false when there is no such split.
func SplitGlued(text string) (head, rest, kind, rule string, ok bool) {
	limit := min(len(text), gluedScan)
	for i := 1; i < limit; i++ {
		c := text[i]
		// an opening quotation mark before a capital starts a sentence too:
		// "Support us and go ad-free“We need you here,” she said"
		if q := openingQuoteLen(text[i:]); q > 0 && i+q < len(text) && text[i+q] >= 'A' && text[i+q] <= 'Z' {
			c = 'A'
		}
		if c < 'A' || c > 'Z' {
			continue
		}
		p := text[i-1]
		if !(p >= 'a' && p <= 'z' || p == '.' || p == '!' || p == '?' || strings.HasSuffix(text[:i], "…")) {
			continue
		}
		// the upper-case letter must start a word: "We", "The", "I " — not "iPhone"'s
		// second letter (lower before, lower after is checked by the head test).
		head = text[:i]
		// the glued word must end a lower-case word: "ad-freeWe" splits,
		// "McDonald" and "WATCH: McCain" do not
		// hashtags, handles and URLs are camel-cased on purpose
		// ("#JuniorDoctorsStrike"): no boilerplate ends inside one
		// (a capitalised word glues only when it is long enough to be a
		// whole word, not a name's prefix: "AdvertisementThe", "Getty
		// ImagesOpposition" split; "McDonald", "MacLeod", "LeBron" do not)
		if w := head[strings.LastIndexAny(head, " \t")+1:]; w != "" && (w[0] >= 'A' && w[0] <= 'Z' && len(w) < minGluedCapWord || w[0] == '#' || w[0] == '@' || strings.ContainsRune(w, '/')) {
			continue
		}
		if inCamelName(text, i) {
			continue
		}
		if kind, rule, ok = Classify(head); ok {
			return head, strings.TrimLeft(text[i:], " "), kind, rule, true
		}
	}
	return "", "", "", "", false
}

// camelNames are the names written with a capital inside whose first part
// is long enough to pass for a glued word (minGluedCapWord): the
// platforms a share or follow button names.
var camelNames = []string{"WhatsApp", "LinkedIn", "SoundCloud", "FaceTime", "TweetDeck", "StumbleUpon", "WordPress",
	"PlayStation", "PressReader", "SmartNews"}

// inCamelName is rule glued-camel-name: the capital at text[i] lies inside
// one of camelNames ("Share on WhatsApp"), which is no glued boundary:
// split there, the button lost its last letters and left "App" in the
// body. lede bench extract --halves: HTML path byte-identical (e48f247's
// extract/ and extract-wcxb/ runs); --text-from readeck's texts, one
// WCXB page of half 1 words P 0.982 -> 0.985, one extract/ page of half
// 0 keeps a whole line for a cut "App at ..." (score unchanged);
// trafilatura's texts and the seed byte-identical.
func inCamelName(text string, i int) bool {
	ws := strings.LastIndexAny(text[:i], " \t(") + 1
	for _, n := range camelNames {
		if i-ws < len(n) && strings.HasPrefix(text[ws:], n) {
			return true
		}
	}
	return false
}

// openingQuoteLen returns the byte length of an opening quotation mark at
// the start of s, or 0.
func openingQuoteLen(s string) int {
	switch r, n := utf8.DecodeRuneInString(s); r {
	case '“', '„', '«', '"':
		return n
	}
	return 0
}

// SplitGluedTail finds boilerplate glued to the end of a paragraph without a
// space, the mirror case of SplitGlued: "...it seems to be losing.Featured
// image via Jane Roe/Flickr." → body "...it seems to be losing.", tail
// "Featured image via Jane Roe/Flickr.". The boundary is a lower-case letter
// or a sentence end directly followed by an upper-case letter; the tail must
// classify as boilerplate on its own.
func SplitGluedTail(text string) (body, tail, kind, rule string, ok bool) {
	stop := max(1, len(text)-gluedScan)
	for i := len(text) - 1; i >= stop; i-- {
		c := text[i]
		if c < 'A' || c > 'Z' {
			continue
		}
		p := text[i-1]
		if !(p >= 'a' && p <= 'z' || p == '.' || p == '!' || p == '?' || p == '"' || p == ')' ||
			strings.HasSuffix(text[:i], "”") || strings.HasSuffix(text[:i], "…")) {
			continue
		}
		// not inside a hashtag, handle or URL ("#JuniorDoctorsStrike")
		if ws := strings.LastIndexAny(text[:i], " \t") + 1; text[ws] == '#' || text[ws] == '@' || strings.ContainsRune(text[ws:i], '/') {
			continue
		}
		tail = text[i:]
		if kind, rule, ok = Classify(tail); ok {
			return strings.TrimRight(text[:i], " "), tail, kind, rule, true
		}
	}
	return "", "", "", "", false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// countWords name what a count header counts: English's, then
// comments-count-i18n's ("3 Kommentare", "12 commentaires", "Comentarios
// (5)", "4 commenti", "2 comentários", "6 reacties"). With
// article-tools-i18n and image-credit-labels-i18n, lede bench extract
// --halves: extract/ HTML path, one German page loses 8 picture credits
// "(Bild: ...)", two others a credit and a "mehr anzeigen"; readeck's
// extract/ texts, 6 pages lose such lines and one wrong title (a credit)
// goes (half 1: wrong titles 30 -> 29); no page's body or snippet score
// moves on either half; extract-wcxb/ both paths, trafilatura's texts
// and the seed byte-identical.
var countWords = map[string]bool{"comments": true, "responses": true, "replies": true, "thoughts on this article": true,
	"kommentare": true, "commentaires": true, "comentarios": true, "commenti": true, "comentários": true, "reacties": true,
	// comments-count-more-languages: "12 kommentarer", "Kommentit (5)",
	// "Komentáře (8)", "Комментарии (12)", "Коментарі (3)", "12 yorum",
	// "Hozzászólások (4)", "评论(15)", "コメント(2)"
	"kommentarer": true, "kommentit": true, "kommenttia": true, "komentáře": true, "komentářů": true, "комментарии": true,
	"комментариев": true, "коментарі": true, "коментарів": true, "yorum": true, "yorumlar": true, "hozzászólás": true,
	"hozzászólások": true, "评论": true, "評論": true, "コメント": true, "diskuse": true,
	// comments-count-polish: "Komentarze (3)", "12 komentarzy"
	"komentarze": true, "komentarzy": true}

// isCountHeader reads "12 comments", "comments (12)", "3 responses"; n is
// s's TextLen, which Classify has counted (counting it here again read
// every block a count header may open, most of them paragraphs).
func isCountHeader(s string, n int) bool {
	// comments-count-more-languages: counted in letters (TextLen), so a
	// Cyrillic label is no longer than a Latin one
	if n > 24 {
		return false
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		return countWords[strings.TrimSpace(s[i:])]
	}
	label, rest, ok := strings.Cut(s, " (")
	if !ok && s != "" && s[0] >= utf8.RuneSelf {
		// comments-count-more-languages: Chinese and Japanese set the
		// count close to the label ("评论(15)")
		label, rest, ok = strings.Cut(s, "(")
	}
	if ok && countWords[label] && label != "thoughts on this article" && strings.HasSuffix(rest, ")") {
		return len(rest) > 1 && model.IsDigits(rest[:len(rest)-1])
	}
	return false
}

// reportsSpeech reports a quotation mark or a reporting verb in a normalised block.
func reportsSpeech(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, " said") || strings.Contains(s, " says") ||
		strings.Contains(s, " told ") || strings.Contains(s, "according to")
}
