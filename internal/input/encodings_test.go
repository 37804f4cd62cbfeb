package input

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// legacyPages are synthetic news snippets (a headline and a paragraph of
// our own) in the languages whose sites still serve legacy encodings, each
// with the encodings those sites use.
var legacyPages = []struct {
	lang, title, text string
	encs              []string
}{
	{"ru", "Горсовет одобрил строительство новой трамвайной линии",
		"Городской совет во вторник одобрил строительство новой трамвайной линии, которая свяжет северные районы с центром города. За решение проголосовали тридцать два депутата из сорока. Работы начнутся весной следующего года.",
		[]string{"windows-1251", "koi8-r", "iso-8859-5"}},
	{"uk", "Міська рада схвалила будівництво нової трамвайної лінії",
		"Міська рада у вівторок схвалила будівництво нової трамвайної лінії, яка з'єднає північні райони з центром міста. Загальну вартість проєкту оцінюють у два мільярди гривень.",
		[]string{"windows-1251", "koi8-u"}},
	{"ja", "市議会、新しい路面電車の建設を承認",
		"市議会は火曜日、北部地区と市の中心部を結ぶ新しい路面電車の建設計画を賛成多数で承認した。副市長によると、工事は来年春に始まり、約三年かかる見込みだ。",
		[]string{"shift_jis", "euc-jp", "iso-2022-jp"}},
	{"zh", "市议会批准新建有轨电车线路",
		"市议会周二以多数票批准了一项新建有轨电车线路的计划，该线路将连接北部城区与市中心。副市长表示，工程将于明年春季开工，预计耗时约三年。",
		[]string{"gbk", "gb18030"}},
	{"zh-tw", "市議會通過興建新輕軌路線",
		"市議會週二以多數票通過一項興建新輕軌路線的計畫，這條路線將連接北區與市中心。副市長表示，工程預計明年春天動工，約需三年完成。",
		[]string{"big5"}},
	{"ko", "시의회, 새 트램 노선 건설 승인",
		"시의회는 화요일 북부 지역과 도심을 잇는 새 트램 노선 건설 계획을 찬성 다수로 승인했다. 부시장은 공사가 내년 봄에 시작돼 약 삼 년이 걸릴 것이라고 밝혔다.",
		[]string{"euc-kr"}},
	{"el", "Το δημοτικό συμβούλιο ενέκρινε νέα γραμμή τραμ",
		"Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή νέας γραμμής τραμ που θα συνδέει τις βόρειες συνοικίες με το κέντρο της πόλης. Οι εργασίες θα ξεκινήσουν την επόμενη άνοιξη.",
		[]string{"iso-8859-7", "windows-1253"}},
	{"ar", "مجلس المدينة يوافق على إنشاء خط ترام جديد",
		"وافق مجلس المدينة يوم الثلاثاء على إنشاء خط ترام جديد يربط الأحياء الشمالية بوسط المدينة، وقال نائب رئيس البلدية إن الأعمال ستبدأ في الربيع المقبل وتستغرق نحو ثلاث سنوات.",
		[]string{"windows-1256", "iso-8859-6"}},
	{"he", "מועצת העיר אישרה הקמת קו רכבת קלה חדש",
		"מועצת העיר אישרה ביום שלישי את הקמתו של קו רכבת קלה חדש שיחבר את השכונות הצפוניות למרכז העיר. העבודות יחלו באביב הבא ויימשכו כשלוש שנים.",
		[]string{"windows-1255", "iso-8859-8"}},
	{"tr", "Belediye meclisi yeni tramvay hattının yapımını onayladı",
		"Belediye meclisi salı günü, kuzey mahallelerini şehir merkezine bağlayacak yeni bir tramvay hattının yapımını onayladı. Çalışmaların gelecek yılın baharında başlayacağı ve yaklaşık üç yıl süreceği açıklandı.",
		[]string{"windows-1254"}},
	{"pl", "Rada miasta zatwierdziła budowę nowej linii tramwajowej",
		"Rada miasta zatwierdziła we wtorek budowę nowej linii tramwajowej, która połączy północne dzielnice z centrum miasta. Według wiceprezydenta prace ruszą wiosną przyszłego roku i potrwają około trzech lat. Przeciwnicy zwracają uwagę, że trzeba będzie zamknąć kilka ulic.",
		[]string{"iso-8859-2", "windows-1250"}},
	{"de", "Stadtrat beschließt neue Straßenbahnlinie",
		"Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen, die die nördlichen Stadtteile mit der Innenstadt verbinden soll. Die Arbeiten beginnen im Frühjahr und dauern etwa drei Jahre; die Kosten schätzt die Stadt auf rund 300 Millionen Euro.",
		[]string{"windows-1252", "iso-8859-15"}},
}

// legacyEncoders are the encoders of the encodings above.
var legacyEncoders = map[string]encoding.Encoding{
	"windows-1251": charmap.Windows1251, "koi8-r": charmap.KOI8R, "koi8-u": charmap.KOI8U, "iso-8859-5": charmap.ISO8859_5,
	"shift_jis": japanese.ShiftJIS, "euc-jp": japanese.EUCJP, "iso-2022-jp": japanese.ISO2022JP,
	"gbk": simplifiedchinese.GBK, "gb18030": simplifiedchinese.GB18030, "big5": traditionalchinese.Big5,
	"euc-kr": korean.EUCKR, "iso-8859-7": charmap.ISO8859_7, "windows-1253": charmap.Windows1253,
	"windows-1256": charmap.Windows1256, "iso-8859-6": charmap.ISO8859_6, "windows-1255": charmap.Windows1255,
	"iso-8859-8": charmap.ISO8859_8, "windows-1254": charmap.Windows1254, "iso-8859-2": charmap.ISO8859_2,
	"windows-1250": charmap.Windows1250, "windows-1252": charmap.Windows1252, "iso-8859-15": charmap.ISO8859_15,
}

func legacyPage(title, text string) string {
	return "<!DOCTYPE html>\n<html>\n<head>\n<title>" + title + "</title>\n</head>\n<body>\n<h1>" + title +
		"</h1>\n<p>" + text + "</p>\n</body>\n</html>\n"
}

// TestDecodeUndeclared decodes each synthetic page, encoded in each of its
// language's legacy encodings and declaring none, back to its text.
func TestDecodeUndeclared(t *testing.T) {
	for _, p := range legacyPages {
		for _, name := range p.encs {
			page := legacyPage(p.title, p.text)
			data, err := legacyEncoders[name].NewEncoder().Bytes([]byte(page))
			if err != nil {
				t.Fatalf("%s %s: encode: %v", p.lang, name, err)
			}
			d := Decode(data, "", true)
			if d.Text != page {
				t.Errorf("%s in %s: decoded as %s (%s), text differs:\n%.120s", p.lang, name, d.Encoding, d.Evidence, d.Text[60:])
			}
		}
	}
}

// TestDecodeUndeclaredShort: a page of a headline alone gives detection
// little to read; each must still decode right (a short EUC-JP text passed
// for damaged UTF-8 before rule damaged-utf8 made the two compete).
func TestDecodeUndeclaredShort(t *testing.T) {
	for _, p := range legacyPages {
		for _, name := range p.encs {
			page := "<html><head><title>" + p.title + "</title></head></html>"
			data, err := legacyEncoders[name].NewEncoder().Bytes([]byte(page))
			if err != nil {
				t.Fatalf("%s %s: encode: %v", p.lang, name, err)
			}
			if d := Decode(data, "", true); d.Text != page {
				t.Errorf("%s in %s: decoded as %s: %q", p.lang, name, d.Encoding, d.Text)
			}
		}
	}
}

// TestTextPoints pins the rules of textPoints on single characters.
func TestTextPoints(t *testing.T) {
	for _, tt := range []struct {
		name          string
		prev, r, next rune
		want          float64
	}{
		{"letter in a word", 'a', 'é', 't', pointLetter},
		{"mixed-script", 'f', 'й', ' ', pointBad},
		{"inner-capital", 'з', 'П', 'Т', pointBad},
		{"capitals in a row", 'П', 'Т', 'П', 0},
		{"glued-symbol", 'i', '³', 'a', pointBad},
		{"apostrophe", 'l', '’', 'a', 0},
		{"lone letter", ' ', 'Š', ' ', 0},
		{"rare letter", 'a', 'ð', 'a', pointRare},
		{"final sigma inside", 'α', 'ς', 'α', pointBad},
		{"final sigma at the end", 'α', 'ς', ' ', pointLetter},
		{"Han after Latin", 'a', '遝', 'n', pointBad},
		{"common Han", '市', '的', '人', 2 * pointCommonCJK},
		{"rare Han", '市', '遝', '人', 2 * pointOtherCJK},
		{"kana", 'の', 'を', 'に', 2 * pointKana},
		{"half-width kana", ' ', 'ｱ', ' ', pointRare},
		{"replacement", ' ', '\uFFFD', ' ', pointError},
		{"C1 control", ' ', '\u0085', ' ', pointBad},
	} {
		if got := textPoints(tt.prev, tt.r, tt.next); got != tt.want {
			t.Errorf("%s: textPoints(%q, %q, %q) = %v, want %v", tt.name, tt.prev, tt.r, tt.next, got, tt.want)
		}
	}
}

// BenchmarkDetect decodes an undeclared windows-1251 page of 100 KB, the
// worst case of detection: every candidate reads the 64 KB sample.
func BenchmarkDetect(b *testing.B) {
	p := legacyPages[0]
	page := legacyPage(p.title, strings.Repeat(p.text+" ", 100<<10/len(p.text)))
	data, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(page))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Decode(data, "", true)
	}
}

// TestDeclaredGBKFourByte: a page declaring gbk (or gb2312) whose bytes
// hold GB18030's four-byte sequences decodes whole (rule gbk-as-gb18030).
func TestDeclaredGBKFourByte(t *testing.T) {
	page := "<html><head><meta charset=gb2312><title>版权所有 © 2024</title></head></html>"
	data, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	d := Decode(data, "", true)
	if d.Text != page || d.Encoding != "gbk" {
		t.Errorf("Decode = %q (%s), want the page (gbk)", d.Text, d.Encoding)
	}
}

// TestDecodeUndeclaredRules: short undeclared texts (our own words), each
// decoded wrong when the named rule of detection is switched off (checked
// by making it return early), decoded right with it.
func TestDecodeUndeclaredRules(t *testing.T) {
	for _, tt := range []struct{ rule, enc, text string }{
		// Koi8 Cyrillic read as Shift_JIS is half-width katakana.
		{"rare letters (half-width kana)", "koi8-r", "два депутата из"},
		// Kana-only Japanese read as GBK is common-looking Han.
		{"kana", "euc-jp", "きょうのてんき"},
		// Polish read as EUC-KR glues Hangul syllables to Latin letters.
		{"mixed-script (Hangul after a Latin letter)", "iso-8859-2", "około trzech lat."},
		// Arabic read as windows-1255 is Hebrew with points (marks).
		{"marks are no letters", "iso-8859-6", "المدينة يوم"},
		// Korean in EUC-KR is often valid UTF-8 byte pairs.
		{"damaged-utf8 (UTF-8 competes)", "euc-kr", "새 트램 노선"},
		// Turkish read as windows-1250 is all letters too.
		{"windows-1254 before windows-1250", "windows-1254", "şehir merkezine bağlayacak"},
		// Hebrew read as windows-1253 is small Greek letters.
		{"windows-1255 before windows-1253", "windows-1255", "הקמתו של קו"},
		// Slovak ť and ľ read as windows-1254 are symbols inside words.
		{"glued-symbol", "iso-8859-2", "Ťažký týždeň sa"},
		// The apostrophe of windows-1252 stands between two letters.
		{"wordJoiner", "windows-1252", "L’alcaldessa va dir"},
		// Full-width brackets and commas are text in CJK, not symbols
		// glued to letters.
		{"CJK punctuation", "euc-jp", "「はい」、「いいえ」。"},
	} {
		page := "<p>" + tt.text + "</p>"
		data, err := legacyEncoders[tt.enc].NewEncoder().Bytes([]byte(page))
		if err != nil {
			t.Fatalf("%s: encode: %v", tt.rule, err)
		}
		if d := Decode(data, "", true); d.Text != page {
			t.Errorf("rule %s: %q in %s decoded as %s: %q", tt.rule, tt.text, tt.enc, d.Encoding, d.Text)
		}
	}
}

// TestDecodeEscapeInUTF8: a UTF-8 page that quotes ISO-2022-JP's escape is
// not read as ISO-2022-JP (rule iso-2022-jp wants 7-bit bytes).
func TestDecodeEscapeInUTF8(t *testing.T) {
	page := "<html><head><title>Café</title></head><body><pre>printf '\x1b$B'</pre><p>Straße, naïve, 東京</p></body></html>"
	if d := Decode([]byte(page), "", true); d.Text != page {
		t.Errorf("decoded as %s: %q", d.Encoding, d.Text)
	}
}

// TestDecodeDamagedUTF8: UTF-8 with a stray byte stays UTF-8 (rule
// damaged-utf8, whose valid sequences score a point a byte: without that
// point this Greek text read as a legacy encoding).
func TestDecodeDamagedUTF8(t *testing.T) {
	page := "<p>δημοτικό συμβούλιο\xff</p>"
	if d := Decode([]byte(page), "", true); d.Encoding != "utf-8" || d.Text != "<p>δημοτικό συμβούλιο\uFFFD</p>" {
		t.Errorf("decoded as %s: %q", d.Encoding, d.Text)
	}
}

// TestDecodeMisdeclaredLegacy: rule misdeclared-legacy-pair. A page
// declaring a legacy charset it is not written in is read in the one it is,
// with a warning; a page declaring its own charset (each of its language's)
// is read as declared, without one.
func TestDecodeMisdeclaredLegacy(t *testing.T) {
	meta := func(charset, page string) string {
		return strings.Replace(page, "<head>\n", "<head>\n<meta charset=\""+charset+"\">\n", 1)
	}
	for _, p := range legacyPages {
		for _, name := range p.encs {
			if name == "iso-2022-jp" {
				continue
			}
			page := meta(name, legacyPage(p.title, p.text))
			data, err := legacyEncoders[name].NewEncoder().Bytes([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if d := Decode(data, "", true); d.Text != page || d.Encoding != name || len(d.Warnings) > 0 {
				t.Errorf("%s in %s, declared right: read as %s, warnings %q", p.lang, name, d.Encoding, d.Warnings)
			}
		}
	}
	wrong := []struct{ lang, real, declared string }{
		{"ru", "windows-1251", "windows-1252"},
		{"ru", "koi8-r", "windows-1251"},
		{"uk", "windows-1251", "iso-8859-1"},
		{"ja", "euc-jp", "shift_jis"},
		{"ja", "shift_jis", "euc-jp"},
		{"zh", "gbk", "big5"},
		{"zh-tw", "big5", "gbk"},
		{"ko", "euc-kr", "gbk"},
		{"he", "windows-1255", "windows-1252"},
		{"el", "windows-1253", "windows-1252"},
		{"ar", "windows-1256", "windows-1251"},
	}
	for _, w := range wrong {
		i := slices.IndexFunc(legacyPages, func(p struct {
			lang, title, text string
			encs              []string
		}) bool {
			return p.lang == w.lang
		})
		p := legacyPages[i]
		page := meta(w.declared, legacyPage(p.title, p.text))
		data, err := legacyEncoders[w.real].NewEncoder().Bytes([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		d := Decode(data, "", true)
		if d.Text != page || len(d.Warnings) == 0 {
			t.Errorf("%s in %s declared %s: read as %s (%s), warnings %q:\n%.100s", w.lang, w.real, w.declared, d.Encoding, d.Evidence, d.Warnings, d.Text[60:])
		}
	}
}

// TestDecodeFewLegacyBytes: rule misdeclared-legacy-pair's overruleMinBytes.
// An English page quoting a word or two in another script, declared in the
// charset it is written in, stays as declared: on so few bytes beyond ASCII
// a CJK reading can score better per byte (each of these was read as
// GBK, EUC-KR or Shift_JIS with the floor off).
func TestDecodeFewLegacyBytes(t *testing.T) {
	tests := []struct{ charset, words string }{
		{"windows-1251", "Порт Порт"},
		{"windows-1251", "рано рано"},
		{"windows-1255", "הנמל הנמל"},
		{"windows-1253", "σήμερα σήμερα"},
	}
	for _, tt := range tests {
		page := "<html><head>\n<meta charset=\"" + tt.charset + "\">\n<title>Harbour</title></head><body><p>The harbour board met on Tuesday: " + tt.words + ".</p></body></html>"
		data, err := legacyEncoders[tt.charset].NewEncoder().Bytes([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if d := Decode(data, "", true); d.Text != page || d.Encoding != tt.charset || len(d.Warnings) > 0 {
			t.Errorf("%q in %s: read as %s, warnings %q", tt.words, tt.charset, d.Encoding, d.Warnings)
		}
	}
}
