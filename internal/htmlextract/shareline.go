package htmlextract

import "strings"

// shareLine is rule "share-line": a short block that is a share label
// followed only by the names of the networks and actions it offers ("Del
// artikkelen Facebook E-post", "Jaa artikkeli Facebook WhatsApp Kopioi
// linkki", "Sdílet: Facebook X E-mail", "Megosztás Facebook E-mail",
// "Поделиться: ВКонтакте Telegram", "シェア X Facebook LINE") is the page's
// share bar, set in a box whose class names nothing ("del", "jaa", "sns",
// utility classes). The label is a share verb, perhaps with a word or two
// for what is shared ("artikkelen", "článek", "haberi"); at least two
// network or action names follow and nothing else, so a sentence that
// names a network ("Del saken med venner på Facebook") stays. Only blocks
// of shareBarMax bytes or less are read; flush, paragraphRules' caller,
// passes them lower-cased once for all its rules. It runs after rule
// "phrase", whose share-bar list (boilerplate) takes a label alone on its
// line. (lede bench extract, both sets: byte-identical; TestShareLine.)
func shareLine(_, l string) bool {
	if len(l) > shareBarMax {
		return false
	}
	// A Japanese or Chinese label may meet the first network with no
	// space ("シェアX", "分享到：微信").
	for _, p := range shareLabelsCJK {
		if rest, ok := strings.CutPrefix(l, p); ok {
			l = p + " " + rest
			break
		}
	}
	verb, others, networks := false, 0, 0
	for w := range strings.FieldsFuncSeq(l, shareLineSep) {
		switch {
		case networks == 0 && shareVerbs[w]:
			verb = true
			others++
		case shareBarLabels[w] || shareNetworks[w]:
			networks++
		case networks > 0:
			return false // a word after the networks: a sentence
		default:
			others++
		}
		if others > 3 {
			return false
		}
	}
	return verb && networks >= 2
}

// shareLineSep parts a share bar's words: spaces and the marks set
// between its links.
func shareLineSep(r rune) bool {
	switch r {
	case ' ', ':', '：', '|', ',', '/', '·', '•', '\n', '\t':
		return true
	}
	return false
}

// shareLabelsCJK open a share bar in Japanese and Chinese, lower-cased.
var shareLabelsCJK = []string{"この記事をシェアする", "シェアする", "シェア", "分享到", "分享"}

// shareVerbs are the words that label a share bar, lower-cased: the verb
// in the languages news is published in ("del", "dela", "jaa", "sdílet",
// "megosztás", "paylaş", "поделиться", "شارك").
var shareVerbs = map[string]bool{
	"share": true, "teilen": true, "partager": true, "compartir": true, "condividi": true, "compartilhar": true,
	"compartilhe": true, "delen": true, "udostępnij": true, "bagikan": true, "del": true, "dela": true,
	"jaa": true, "sdílet": true, "sdílejte": true, "megosztás": true, "megosztom": true, "paylaş": true,
	"поделиться": true, "поділитися": true, "シェア": true, "シェアする": true, "この記事をシェアする": true,
	"分享": true, "分享到": true, "شارك": true, "שתפו": true, "chia": true, "sẻ": true,
}

// shareNetworks are the network and action names of share bars beyond
// shareBarLabels (rule "share-bar-thin"), lower-cased: the networks of
// Russia, Japan, China and the Arab world, and "copy link", "e-mail" in
// the languages of shareVerbs.
var shareNetworks = map[string]bool{
	"вконтакте": true, "vk": true, "одноклассники": true, "ok": true, "viber": true, "line": true,
	"はてなブックマーク": true, "hatena": true, "pocket": true, "微信": true, "微博": true, "qq空间": true, "qq": true,
	"wechat": true, "weibo": true, "فيسبوك": true, "تويتر": true, "واتساب": true, "تلغرام": true,
	"e-post": true, "epost": true, "sähköposti": true, "kopioi": true, "linkki": true, "kopiera": true,
	"länk": true, "kopier": true, "lenke": true, "lenken": true, "kopírovat": true, "odkaz": true,
	"másolás": true, "linkmásolás": true, "bağlantıyı": true, "kopyala": true, "почта": true,
	"ссылку": true, "скопировать": true, "mastodon": true, "flipboard": true, "tumblr": true,
}
