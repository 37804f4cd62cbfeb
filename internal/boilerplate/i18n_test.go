package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestClassifyI18n covers the per-language entries of the phrase rules:
// each language's "read also" label, newsletter prompt, picture credit,
// comments header, tags line, share label and rights line, and story
// sentences in the same languages that open or hold similar words.
func TestClassifyI18n(t *testing.T) {
	tests := []struct {
		in   string
		kind string
		rule string
	}{
		// related-header-i18n
		{"Читайте также: Цены на проезд вырастут с января", model.RemovedRelated, "related-header"},
		{"Читайте також: Ціни на проїзд зростуть", model.RemovedRelated, "related-header"},
		{"【関連記事】バス運賃、来年1月から値上げへ", model.RemovedRelated, "related-header"},
		{"相关阅读：公交票价明年1月起上调", model.RemovedRelated, "related-header"},
		{"延伸閱讀：公車票價明年1月起調漲", model.RemovedRelated, "related-header"},
		{"[관련기사] 버스 요금 내년 1월부터 인상", model.RemovedRelated, "related-header"},
		{"اقرأ أيضا: رفع أسعار تذاكر الحافلات", model.RemovedRelated, "related-header"},
		{"קראו עוד: מחירי הנסיעה יעלו", model.RemovedRelated, "related-header"},
		{"ये भी पढ़ें: जनवरी से बस किराए में बढ़ोतरी", model.RemovedRelated, "related-header"},
		{"İlginizi çekebilir: Otobüs ücretleri artıyor", model.RemovedRelated, "related-header"},
		{"Baca juga: Tarif Bus Naik Mulai Januari", model.RemovedRelated, "related-header"},
		{"Xem thêm: Giá vé xe buýt tăng", model.RemovedRelated, "related-header"},
		{"Διαβάστε επίσης: Ακριβότερο το εισιτήριο", model.RemovedRelated, "related-header"},
		{"Läs också: Busskort blir dyrare", model.RemovedRelated, "related-header"},
		{"ข่าวที่เกี่ยวข้อง", model.RemovedRelated, "related-header"},
		{"بیشتر بخوانید: افزایش قیمت بلیت اتوبوس", model.RemovedRelated, "related-header"},
		{"یہ بھی پڑھیں: بس کرایوں میں اضافہ", model.RemovedRelated, "related-header"},
		// a "by the topic" that opens a sentence, without a label mark
		{"По теме выступили три депутата, которые потребовали пересмотреть бюджет города на следующий год.", "", ""},
		{"相关部门表示，工程将于明年春季开工。", "", ""},
		// newsletter-signup-i18n
		{"Подпишитесь на нашу рассылку", model.RemovedNewsletter, "newsletter-signup"},
		{"订阅我们的新闻邮件", model.RemovedNewsletter, "newsletter-signup"},
		{"Bültenimize abone olun", model.RemovedNewsletter, "newsletter-signup"},
		{"Zapisz się do naszego newslettera", model.RemovedNewsletter, "newsletter-signup"},
		{"뉴스레터 구독", model.RemovedNewsletter, "newsletter-signup"},
		{"Жители подписали петицию против строительства.", "", ""},
		// image-credit-i18n, full-width marks folded
		{"Фото: Анна Смирнова", model.RemovedImageCredit, "image-credit"},
		{"（写真：佐藤花子）", model.RemovedImageCredit, "image-credit"},
		{"图／李华", model.RemovedImageCredit, "image-credit"},
		{"圖∕林美玲", model.RemovedImageCredit, "image-credit"},
		{"사진=박지영 기자", model.RemovedImageCredit, "image-credit"},
		{"Fotoğraf: Ayşe Demir", model.RemovedImageCredit, "image-credit"},
		{"Фотограф снимал заседание весь день.", "", ""},
		// comments-header-i18n, tags-line-i18n, share-bar-i18n
		{"Комментарии", model.RemovedComments, "comments-header"},
		{"댓글", model.RemovedComments, "comments-header"},
		{"Etiketler: ulaşım, belediye meclisi", model.RemovedNavigation, "tags-line"},
		{"标签：交通 市议会", model.RemovedNavigation, "tags-line"},
		{"Поделиться", model.RemovedShare, "share-bar"},
		{"分享到", model.RemovedShare, "share-bar"},
		// copyright-notice-i18n, cookie-notice-i18n, editor-credit
		{"Все права защищены. При использовании материалов ссылка обязательна.", model.RemovedOther, "copyright-notice"},
		{"Tüm hakları saklıdır. © 2024 Kent Haber", model.RemovedOther, "copyright-notice"},
		{"Sitemizde çerezler kullanıyoruz. Siteyi kullanarak kabul etmiş olursunuz.", model.RemovedCookieNotice, "cookie-notice"},
		{"Мы используем файлы cookie, чтобы сделать сайт удобнее.", model.RemovedCookieNotice, "cookie-notice"},
		{"责任编辑：张丽", model.RemovedByline, "editor-credit"},
		{"Реклама", model.RemovedAd, "ad-label"},
		{"Главная", model.RemovedNavigation, "navigation"},
		{"【字体：大 中 小】", model.RemovedNavigation, "navigation"},
		{"返回顶部", model.RemovedNavigation, "navigation"},
		{"Подписывайтесь на нас в Telegram", model.RemovedCallToAction, "cta-follow"},
		{"Simak berita dan artikel lainnya di Google News", model.RemovedCallToAction, "cta-follow"},
		{"Bizi takip edin", model.RemovedCallToAction, "cta-follow"},
		{"关注我们", model.RemovedCallToAction, "cta-follow"},
		{"Подписывайтесь на ежедневные отчёты совета можно было и раньше, говорят депутаты, но никто этого не делал годами.", "", ""},
		{"下一页", model.RemovedNavigation, "navigation"},
		{"Sonraki haber", model.RemovedNavigation, "navigation"},
		{"Главная задача совета — утвердить бюджет до конца года.", "", ""},
		{"광고", model.RemovedAd, "ad-label"},
		{"Читать далее", model.RemovedCallToAction, "cta-read-on"},
		{"続きを読む", model.RemovedCallToAction, "cta-read-on"},
		{"Devamını oku", model.RemovedCallToAction, "cta-read-on"},
		// comments-prompt-i18n
		{"Оставьте комментарий", model.RemovedComments, "comments-prompt"},
		{"发表评论", model.RemovedComments, "comments-prompt"},
		{"Yorum yazın", model.RemovedComments, "comments-prompt"},
		{"Γράψτε ένα σχόλιο", model.RemovedComments, "comments-prompt"},
		{"编辑部表示，将继续跟踪报道此事。", "", ""},
		// cta-read-on-polish, image-credit-dutch, ad-continue-polish
		{"Czytaj więcej", model.RemovedCallToAction, "cta-read-on"},
		{"Beeld: ANP / Piet Bakker", model.RemovedImageCredit, "image-credit"},
		{"Dalsza część artykułu pod reklamą", model.RemovedAd, "ad-label"},
		{"Dalsza część artykułu pod materiałem wideo", model.RemovedAd, "ad-label"},
		{"Beeldbellen met de huisarts wordt in de regio steeds gewoner, zeggen artsen.", "", ""},
		// ad-label-marked, share-bar-listen, cta-subscribe-podcast, image-credit-portuguese
		{"[Advertisement]", model.RemovedAd, "ad-label"},
		{"Advertisement · Scroll to continue", model.RemovedAd, "ad-label"},
		{"Advertisement – Scroll to continue", model.RemovedAd, "ad-label"},
		{"Listen to this episode", model.RemovedShare, "share-bar"},
		{"Ouça este conteúdo", model.RemovedShare, "share-bar"},
		{"Subscribe on Apple Podcasts | Spotify | RSS", model.RemovedCallToAction, "cta-subscribe"},
		{"Imagem: Reprodução/TV Local", model.RemovedImageCredit, "image-credit"},
		{"Imagem de satélite mostra a extensão da cheia no sul do estado, segundo a defesa civil.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}

// TestBoundaryNonASCII: a phrase ending in a non-ASCII mark ends a word;
// one ending in a letter does not match inside a longer word.
func TestBoundaryNonASCII(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want bool
	}{
		{"【関連記事】バス", len("【関連記事】"), true},
		{"баца юга", len("баца"), true},
		{"поделитьсяя", len("поделиться"), false},
		{"shareholders", len("share"), false},
	}
	for _, tt := range tests {
		if got := boundary(tt.s, tt.n); got != tt.want {
			t.Errorf("boundary(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}

// TestTextLen: limits count letters of non-Latin scripts, bytes of Latin
// text and of typographic punctuation.
func TestTextLen(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"Read more", 9},
		{"café “costs” — €3", len("café “costs” — €3")},
		{"Читайте", 7},
		{"关联", 2},
		{"हमारे", 5},
		{"😀", 1},
	} {
		if got := TextLen(tt.s); got != tt.want {
			t.Errorf("TextLen(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	// 896 bytes, 344 letters: a cookie notice in Hindi, within
	// maxContainsLen letters though over MaxBlockLen*2 bytes
	hindiNotice := "हम इस वेबसाइट पर आपके अनुभव को बेहतर बनाने, सामग्री और विज्ञापनों को आपके लिए उपयोगी बनाने तथा यातायात का विश्लेषण करने के लिए कुकीज़ का उपयोग करते हैं। वेबसाइट का उपयोग जारी रखकर आप हमारी गोपनीयता नीति और कुकी नीति के अनुसार कुकीज़ के उपयोग के लिए अपनी सहमति देते हैं। आप अपने ब्राउज़र की सेटिंग में जाकर किसी भी समय कुकीज़ को बंद कर सकते हैं।"
	if kind, _, ok := Classify(hindiNotice); !ok || kind != model.RemovedCookieNotice {
		t.Errorf("Hindi cookie notice of %d bytes, %d letters: %q, %v", len(hindiNotice), TextLen(hindiNotice), kind, ok)
	}
	// 85 bytes, 31 letters: a label, within maxLabelLen
	if kind, _, ok := Classify("हमारे न्यूज़लेटर की सदस्यता लें"); !ok || kind != model.RemovedNewsletter {
		t.Errorf("Hindi newsletter label: %q, %v", kind, ok)
	}
}

// TestClassifyMoreLanguages covers the entries of 2026-11-28 for Danish,
// Norwegian, Finnish, Czech and Hungarian (and the count headers of
// Swedish, Russian, Ukrainian, Turkish, Chinese and Japanese), with story
// sentences of the same languages that open with similar words.
func TestClassifyMoreLanguages(t *testing.T) {
	tests := []struct {
		in   string
		kind string
		rule string
	}{
		// share-bar-more-languages
		{"Del artiklen", model.RemovedShare, "share-bar"},
		{"Jaa", model.RemovedShare, "share-bar"},
		{"Sdílet", model.RemovedShare, "share-bar"},
		{"Megosztás", model.RemovedShare, "share-bar"},
		{"Del af byen blev evakueret natten til tirsdag, oplyser politiet.", "", ""},
		// related-header-more-languages
		{"Læs også: Kommunen strammer reglerne for rejser", model.RemovedRelated, "related-header"},
		{"Les også: Slik forbereder du deg på uvær", model.RemovedRelated, "related-header"},
		{"Lue myös: Pörssi nousi vahvan viikon jälkeen", model.RemovedRelated, "related-header"},
		{"Čtěte také: Trenér prodloužil smlouvu", model.RemovedRelated, "related-header"},
		{"Olvassa el ezt is: Új vonatok érkeznek nyáron", model.RemovedRelated, "related-header"},
		{"Les også saken om skolen, som kommunen la frem i går, før du bestemmer deg for hva du mener om forslaget.", "", ""},
		// ad-label-more-languages, image-credit-hungarian
		{"Annonse", model.RemovedAd, "ad-label"},
		{"Hirdetés", model.RemovedAd, "ad-label"},
		{"Inzerce", model.RemovedAd, "ad-label"},
		{"Fotó: Nagy Anna", model.RemovedImageCredit, "image-credit"},
		// newsletter-signup-more-languages
		{"Tilmeld dig vores nyhedsbrev", model.RemovedNewsletter, "newsletter-signup"},
		{"Abonner på vårt nyhetsbrev", model.RemovedNewsletter, "newsletter-signup"},
		{"Tilaa uutiskirjeemme", model.RemovedNewsletter, "newsletter-signup"},
		{"Přihlaste se k odběru newsletteru", model.RemovedNewsletter, "newsletter-signup"},
		{"Iratkozzon fel hírlevelünkre", model.RemovedNewsletter, "newsletter-signup"},
		// cta-follow-more-languages
		{"Følg os på Facebook", model.RemovedCallToAction, "cta-follow"},
		{"Seuraa meitä Facebookissa", model.RemovedCallToAction, "cta-follow"},
		{"Sledujte nás na Facebooku", model.RemovedCallToAction, "cta-follow"},
		{"Kövessen minket a Facebookon", model.RemovedCallToAction, "cta-follow"},
		{"关注我们的公众号", model.RemovedCallToAction, "cta-follow"},
		// cookie-notice-more-languages
		{"Vi bruger cookies til at forbedre din oplevelse", model.RemovedCookieNotice, "cookie-notice"},
		{"Käytämme evästeitä palvelun kehittämiseen.", model.RemovedCookieNotice, "cookie-notice"},
		{"Tento web používá cookies.", model.RemovedCookieNotice, "cookie-notice"},
		{"Az oldal sütiket használ.", model.RemovedCookieNotice, "cookie-notice"},
		// comments-count-more-languages
		{"12 kommentarer", model.RemovedComments, "comments-header"},
		{"Kommentit (5)", model.RemovedComments, "comments-header"},
		{"Komentáře (8)", model.RemovedComments, "comments-header"},
		{"Комментарии (12)", model.RemovedComments, "comments-header"},
		{"Hozzászólások (4)", model.RemovedComments, "comments-header"},
		{"12 yorum", model.RemovedComments, "comments-header"},
		{"评论（15）", model.RemovedComments, "comments-header"},
		{"コメント(2)", model.RemovedComments, "comments-header"},
		{"12 kommentarer kom inn før fristen, sier rådmannen.", "", ""},
		{"Diskuse (14)", model.RemovedComments, "comments-header"},
		{"Kommentit", model.RemovedComments, "comments-header"},
		// comments-prompt-more-languages
		{"Kommenter", model.RemovedComments, "comments-prompt"},
		{"Kommentoi", model.RemovedComments, "comments-prompt"},
		// share-del: capitalised only; code's "del" stays
		{"Del", model.RemovedShare, "share-bar"},
		{"DEL", model.RemovedShare, "share-bar"},
		{"del", "", ""},
		// article-tools-more-languages
		{"Kopiera länk", model.RemovedShare, "share-bar"},
		{"Lyt til artiklen", model.RemovedShare, "share-bar"},
		{"Kopioi linkki", model.RemovedShare, "share-bar"},
		{"この記事をシェアする", model.RemovedShare, "share-bar"},
		{"分享到：", model.RemovedShare, "share-bar"},
		// related-header-more-languages
		{"Přečtěte si také: Město zvýší poplatky", model.RemovedRelated, "related-header"},
		{"Новости партнёров", model.RemovedRelated, "related-header"},
		// image-credit-more-languages
		{"Billede: Lars Holm", model.RemovedImageCredit, "image-credit"},
		// reading-time-more-languages
		{"Lästid: 3 min", model.RemovedByline, "reading-time"},
		{"Lesetid: 2 minutter", model.RemovedByline, "reading-time"},
		{"Lukuaika 3 min", model.RemovedByline, "reading-time"},
		{"Doba čtení: 3 minuty", model.RemovedByline, "reading-time"},
		{"Время чтения: 3 мин", model.RemovedByline, "reading-time"},
		{"Час читання: 3 хв", model.RemovedByline, "reading-time"},
		{"Okuma süresi: 3 dk", model.RemovedByline, "reading-time"},
		{"Olvasási idő: 3 perc", model.RemovedByline, "reading-time"},
		{"Okuma süresi uzun olan 3 dk kitaplar", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
