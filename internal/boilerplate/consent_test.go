package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestEmbedConsentCookies: the placeholder of an embedded post the reader
// has not consented to, its heading and its choices button are a cookie
// notice (rule embed-consent-cookies); prose about cookies on the page or
// choices stays. Fails without the entries.
func TestEmbedConsentCookies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This content is not available because you have refused cookies.", model.RemovedCookieNotice},
		{"To view this content, you need to accept social media cookies.", model.RemovedCookieNotice},
		{"Enable cookies to watch this video.", model.RemovedCookieNotice},
		{"Manage my choices", model.RemovedCookieNotice},
		{"Ce contenu n'est pas disponible car vous avez refusé les cookies.", model.RemovedCookieNotice},
		{"Pour afficher ce contenu, vous devez accepter les cookies.", model.RemovedCookieNotice},
		{"Gérer mes choix", model.RemovedCookieNotice},
		{"Externer Inhalt", model.RemovedCookieNotice},
		{"Um diesen Inhalt zu sehen, müssen Sie der Nutzung von Cookies zustimmen.", model.RemovedCookieNotice},
		{"Para ver este contenido debes aceptar las cookies.", model.RemovedCookieNotice},
		{"Per visualizzare questo contenuto devi accettare i cookie.", model.RemovedCookieNotice},
		{"Para ver este conteúdo, é preciso aceitar os cookies.", model.RemovedCookieNotice},
		{"The bakery on Quay Street sold out of cookies by noon.", ""},
		{"Voters will have to manage their choices carefully, Ms Lund said.", ""},
	})
}

// TestAppealDonationDeMore: the formal German appeals of rule
// appeal-donation-de-more; a story's sentence with the verb stays.
// Fails without the entries.
func TestAppealDonationDeMore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Unterstützen Sie unabhängigen Lokaljournalismus – schon ab 5 Euro im Monat.", model.RemovedAppeal},
		{"Unterstützen Sie unsere Redaktion mit einem Abo.", model.RemovedAppeal},
		{"Die Grünen unterstützen den Antrag der Stadtwerke.", ""},
	})
}

// TestImageCreditByI18n: rule image-credit-by-i18n reads "Photo by" in
// other languages; a sentence with the words inside stays. Fails without
// the entries.
func TestImageCreditByI18n(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Foto di Luca Bini / Gazzetta del Litorale", model.RemovedImageCredit},
		{"Foto von Jan Berg", model.RemovedImageCredit},
		{"Foto de Luis Paz / Agencia Sur", model.RemovedImageCredit},
		{"Photo de Léa Morel", model.RemovedImageCredit},
		{"Foto van Anouk de Wit", model.RemovedImageCredit},
		{"La polizia ha diffuso una foto di Marco Rossi ieri sera.", ""},
	})
}

// TestRelatedReadOnMoreLanguages: rules related-header-more-languages and
// cta-read-on-more; a sentence that opens with the words and goes on
// stays. Fails without the entries.
func TestRelatedReadOnMoreLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ler também", model.RemovedRelated},
		{"Ler também: Câmara aprova orçamento", model.RemovedRelated},
		{"Artículos relacionados", model.RemovedRelated},
		{"Recomendado para você", model.RemovedRelated},
		{"Podobne artykuły", model.RemovedRelated},
		{"Ещё по теме", model.RemovedRelated},
		{"Ler mais", model.RemovedCallToAction},
		{"Continue a ler", model.RemovedCallToAction},
		{"Läs mer", model.RemovedCallToAction},
		{"Veja mais", model.RemovedCallToAction},
		{"Ler também os jornais de ontem ajudava a perceber a decisão da câmara, disse o presidente.", ""},
	})
}

// TestNorthEastEuropeanFurniture: rules appeal-donation-north-east,
// cta-subscribe-north, comments-prompt-north-east, comments-count-polish
// and cookie-notice-nl-pl read the furniture of Polish, Dutch, Swedish
// and Russian pages; story sentences with the same words stay. Fails
// without the entries.
func TestNorthEastEuropeanFurniture(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Wspieraj niezależne dziennikarstwo", model.RemovedAppeal},
		{"Wesprzyj nas już od 10 zł miesięcznie.", model.RemovedAppeal},
		{"Steun onafhankelijke journalistiek", model.RemovedAppeal},
		{"Stöd oberoende journalistik", model.RemovedAppeal},
		{"Поддержите независимую журналистику", model.RemovedAppeal},
		{"Поддержать редакцию", model.RemovedAppeal},
		{"Word abonnee", model.RemovedCallToAction},
		{"Bli prenumerant", model.RemovedCallToAction},
		{"Schrijf een reactie", model.RemovedComments},
		{"Dodaj komentarz", model.RemovedComments},
		{"Komentarze (3)", model.RemovedComments},
		{"Deze website maakt gebruik van cookies om uw ervaring te verbeteren.", model.RemovedCookieNotice},
		{"Ta strona używa plików cookie.", model.RemovedCookieNotice},
		{"De gemeente zegde haar steun toe aan de bouw van een nieuwe brug.", ""},
		{"Radni nie chcieli wesprzeć projektu mostu, powiedział burmistrz.", ""},
	})
}

// TestLegalLinksMoreLanguages: rule legal-links-more-languages reads the
// footer's legal, about and contact links alone on their line; a sentence
// that holds one stays. Fails without the entries.
func TestLegalLinksMoreLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Regulamin", model.RemovedNavigation},
		{"Polityka prywatności", model.RemovedNavigation},
		{"Privacyverklaring", model.RemovedNavigation},
		{"Colofon", model.RemovedNavigation},
		{"Integritetspolicy", model.RemovedNavigation},
		{"Политика конфиденциальности", model.RemovedNavigation},
		{"Контакты", model.RemovedNavigation},
		{"Tietosuojaseloste", model.RemovedNavigation},
		{"Ochrana osobních údajů", model.RemovedNavigation},
		{"Künye", model.RemovedNavigation},
		{"Nowy regulamin parkingu obowiązuje od marca, poinformował ratusz.", ""},
	})
}

// TestShareTagsFollowRuTr: rules share-bar-ru-tr, tags-line-more-languages
// and the Russian follow prompt of cta-follow-i18n. Fails without the
// entries.
func TestShareTagsFollowRuTr(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Поделиться в Telegram", model.RemovedShare},
		{"Поделиться ВКонтакте", model.RemovedShare},
		{"Facebook'ta paylaş", model.RemovedShare},
		{"Темы: порт, забастовка", model.RemovedNavigation},
		{"Štítky: přístav, stávka", model.RemovedNavigation},
		{"Следите за новостями в Telegram", model.RemovedCallToAction},
		{"Поделиться планами мэр не захотел, сообщили в мэрии.", ""},
	})
}

// TestWrittenByParticles: rule written-by-particles reads a labelled
// byline whose name holds a lower-case particle; a particle that ends the
// line, or a lower-case word that is none, leaves it a sentence. Fails
// with the rule off.
func TestWrittenByParticles(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Autor: Jan de Vries", model.RemovedByline},
		{"Written by Anna van der Berg", model.RemovedByline},
		{"Texto: Luis da Silva", model.RemovedByline},
		{"Written by Anna de", ""},
		{"Written by Anna under pressure", ""},
	})
}
