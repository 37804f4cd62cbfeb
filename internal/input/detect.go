package input

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
)

// detectSample bounds the bytes detection reads: the first 64 KB of a page
// hold its head and the start of its text, enough to tell its encoding.
const detectSample = 64 << 10

// Every candidate decodes and scores the sample, so the sample is made of
// the parts that tell encodings apart: the runs of bytes beyond ASCII with
// a little context, up to sampleText bytes (4 KB is some 2,000 letters of
// Cyrillic or Greek, 1,300 Han characters: more than a verdict needs; the
// 64 KB whole took 60 ms on a 100 KB page for 19 candidates, an 8 KB
// sample 4 ms, this one 2: BenchmarkDetect).
const (
	sampleText    = 4 << 10
	sampleSegment = 512
)

// detectionSample gathers the sample from the first detectSample bytes of
// data: from each byte beyond ASCII that follows ASCII (a lead byte in
// every candidate encoding), sampleSegment bytes or more, up to a byte
// below 0x40 (space, digits, '<', '>': never part of a double-byte
// character), so that no character is cut.
func detectionSample(data []byte) []byte {
	if len(data) > detectSample {
		data = data[:detectSample]
	}
	if len(data) <= sampleText {
		return data
	}
	out := make([]byte, 0, sampleText+sampleSegment)
	for i := 0; i < len(data) && len(out) < sampleText; {
		if data[i] < 0x80 {
			i++
			continue
		}
		j := min(i+sampleSegment, len(data))
		for j < len(data) && data[j] >= 0x40 {
			j++
		}
		out = append(append(out, data[i:j]...), ' ')
		i = j
	}
	return out
}

// detectCandidates are the legacy encodings tried when nothing is declared
// and the bytes are not UTF-8: the East Asian multi-byte ones, then the
// single-byte ones of the scripts news is published in. On a tie the
// earlier one wins, so windows-1252, the web's historical default, leads
// the single-byte ones (GBK is read with the GB18030 decoder: see lookup),
// and each script's most used encoding leads its variants (windows-1251
// before KOI8-R, ISO-8859-5; windows-1250 before ISO-8859-2). Turkish read as windows-1250 is all letters too ("ý" for
// "ı", "ţ" for "ş"), so windows-1254 goes first: Polish read as
// windows-1254 has symbols inside its words and still loses (Czech does
// not: the price of the order). Hebrew read as windows-1253 is all small
// Greek letters, so windows-1255 goes first too: Greek read as
// windows-1255 hits the holes of its table at every accented vowel.
var detectCandidates = []string{
	"gbk", "big5", "shift_jis", "euc-jp", "euc-kr",
	"windows-1252", "windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "windows-1254", "windows-1250", "iso-8859-2",
	"windows-1255", "windows-1253", "iso-8859-7", "windows-1256", "iso-8859-6",
}

// detectISO2022JP is rule iso-2022-jp: a Japanese page in ISO-2022-JP is
// 7-bit, so it looks like ASCII; its escapes into JIS X 0208 ("ESC $ B",
// "ESC $ @") give it away. A head with bytes beyond ASCII is not such a
// page (a UTF-8 page quoting the escape was read as one, its letters
// garbled).
func detectISO2022JP(data []byte) (Decoded, bool) {
	head := data
	if len(head) > detectSample {
		head = head[:detectSample]
	}
	if !bytes.Contains(head, []byte("\x1b$B")) && !bytes.Contains(head, []byte("\x1b$@")) || hasMultibyte(head) {
		return Decoded{}, false
	}
	d := decodeWith(data, japanese.ISO2022JP, "iso-2022-jp", "detected")
	return d, d.Encoding == "iso-2022-jp"
}

// textScore scores a candidate reading of a page: the sum, over its
// characters beyond ASCII, of how plausible each is as text in its place
// (textPoints). The caller divides by the bytes beyond ASCII, so that a
// double-byte reading (one character per two bytes) and a single-byte one
// (two characters) compare: East Asian letters score double.
func textScore(s string) float64 {
	var total float64
	// A window of three runes slides over s; the middle one is scored.
	prev, cur := ' ', ' '
	for _, r := range s {
		if cur >= utf8.RuneSelf {
			total += textPoints(prev, cur, r)
		}
		prev, cur = cur, r
	}
	if cur >= utf8.RuneSelf {
		total += textPoints(prev, cur, ' ')
	}
	return total
}

// utf8Score is textScore for the UTF-8 reading of damaged UTF-8: every
// valid multi-byte sequence also scores a point per byte, as legacy text
// seldom forms one by chance, and every invalid byte is an error.
func utf8Score(b []byte) float64 {
	var total float64
	var prev rune = ' '
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		i += size
		if r < utf8.RuneSelf {
			prev = r
			continue
		}
		if r == utf8.RuneError && size == 1 {
			total += pointError
			prev = r
			continue
		}
		next, _ := utf8.DecodeRune(b[i:])
		total += textPoints(prev, r, next) + float64(size)
		prev = r
	}
	return total
}

// Points of textPoints. A real letter of the text's script scores
// pointLetter; a character a wrong reading makes (a replacement character,
// a control, a letter of another script glued to a word, a capital inside a
// word, a symbol between two letters) scores below zero.
const (
	pointLetter    = 1.0
	pointBad       = -2.0
	pointError     = -3.0
	pointRare      = -1.0
	pointCommonCJK = 2.0  // a frequent Han character or Hangul syllable, per byte pair: ×2
	pointOtherCJK  = 0.75 // any other: a wrong double-byte reading yields mostly rare ones
	pointKana      = 2.0
)

// textPoints scores r between prev and next (see textScore). The rules:
//   - error: U+FFFD, C1 controls and private-use characters come only from
//     a wrong reading;
//   - mixed-script: a letter glued to a letter of another script ("Straße"
//     read as GBK gives "Stra遝nbahn", Latin-1 read as windows-1251 gives
//     "cafй");
//   - inner-capital: a capital after a small letter of the same word (KOI8-R
//     read as windows-1251 swaps the cases: "зПТПДУЛПК"; Greek read as
//     windows-1251 turns accented vowels into capitals);
//   - glued-symbol: a symbol between two letters (Polish ISO-8859-2 read as
//     windows-1252: "zatwierdzi³a", "bêdzie");
//   - rare letters: the Greek ΰ (Hebrew א read as windows-1253), a final
//     sigma inside a word, the Icelandic ð, þ and ý (Turkish ğ, ş and ı read
//     as windows-1252; Czech's ý pays for it), the Cyrillic hard sign ъ (rare in Russian, absent in
//     Ukrainian, and what Hebrew's ת becomes in windows-1251), Serbian and
//     Macedonian letters (what other bytes become in windows-1251),
//     half-width katakana and lone Hangul jamo (what wrong double-byte
//     readings leave);
//   - frequent East Asian characters score high and the others low:
//     Korean read as GBK, or traditional Chinese read as GBK, gives valid
//     but rare Han characters, the right reading mostly frequent ones; kana
//     count high, as only Japanese has them.
func textPoints(prev, r, next rune) float64 {
	switch {
	case r == utf8.RuneError:
		return pointError
	case r < 0xA0, r >= 0xE000 && r <= 0xF8FF:
		return pointBad
	case r >= 0xFF61 && r <= 0xFF9F, r >= 0x3130 && r <= 0x318F:
		return pointRare
	case r >= 0x3040 && r <= 0x30FF:
		return 2 * pointKana
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF:
		if asciiLetter(prev) || asciiLetter(next) {
			return pointBad
		}
		if commonCJK[r] {
			return 2 * pointCommonCJK
		}
		return 2 * pointOtherCJK
	case r >= 0xAC00 && r <= 0xD7A3:
		if asciiLetter(prev) || asciiLetter(next) {
			return pointBad
		}
		if commonCJK[r] {
			return 2 * pointCommonCJK
		}
		return 2 * pointOtherCJK
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E:
		return pointLetter // CJK punctuation and full-width forms
	}
	f := props(r)
	switch {
	case f&propLetter != 0:
		if f&propRare != 0 {
			return pointRare
		}
		pf, nf := props(prev), props(next)
		if pf&propLetter != 0 && script(prev) != script(r) || nf&propLetter != 0 && script(next) != script(r) {
			return pointBad
		}
		if f&propUpper != 0 && pf&propLower != 0 {
			return pointBad
		}
		if r == 'ς' && nf&propLetter != 0 {
			return pointBad // final sigma inside a word: Hebrew ע read as windows-1253
		}
		if f&propUpper != 0 && pf&propUpper != 0 {
			return 0 // capitals in a row: rare in text, common in a swapped reading
		}
		if pf&propLetter == 0 && nf&propLetter == 0 {
			// a letter standing alone: as often a symbol read as a
			// letter ("© 2024" in ISO-8859-2 is "Š 2024") as a word
			return 0
		}
		return pointLetter
	case f&propMark != 0:
		if props(prev)&propLetter != 0 {
			return 0
		}
		return pointRare
	case f&propNeutral != 0:
		return 0
	default: // punctuation and symbols
		if props(prev)&propLetter != 0 && props(next)&propLetter != 0 && !wordJoiner[r] {
			return pointBad
		}
		return 0
	}
}

// Character properties textPoints reads, looked up in a table for the
// alphabets (below U+0800) and from package unicode beyond: the table
// makes scoring four times faster.
const (
	propLetter = 1 << iota
	propUpper
	propLower
	propMark
	propNeutral // white space and digits
	propRare    // rareLetter
)

var propTable = func() (t [0x800]uint8) {
	for r := range rune(len(t)) {
		t[r] = slowProps(r)
	}
	return t
}()

func props(r rune) uint8 {
	if r >= 0 && r < rune(len(propTable)) {
		return propTable[r]
	}
	return slowProps(r)
}

func slowProps(r rune) uint8 {
	var f uint8
	switch {
	case unicode.IsLetter(r):
		f = propLetter
		if unicode.IsUpper(r) {
			f |= propUpper
		}
		if unicode.IsLower(r) {
			f |= propLower
		}
		if rareLetter[r] {
			f |= propRare
		}
	case unicode.IsMark(r):
		f = propMark
	case unicode.IsSpace(r), unicode.IsDigit(r):
		f = propNeutral
	}
	return f
}

// wordJoiner are the marks that do stand between two letters: apostrophes,
// hyphens, the middle dot of Catalan.
var wordJoiner = map[rune]bool{'’': true, '‘': true, '‐': true, '‑': true, '·': true, 'ʼ': true}

func asciiLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// script groups letters for rule mixed-script: Latin, Greek, Cyrillic,
// Arabic, Hebrew; other scripts count as one group of their own each (0
// stands for "other").
func script(r rune) int {
	switch {
	case r < 0x250:
		return 1
	case r >= 0x370 && r < 0x400:
		return 2
	case r >= 0x400 && r < 0x530:
		return 3
	case r >= 0x5D0 && r < 0x600:
		return 4
	case r >= 0x600 && r < 0x700, r >= 0xFB50 && r < 0xFF00:
		return 5
	case r >= 0x1E00 && r < 0x1F00:
		return 1 // Latin extended additional (Vietnamese)
	}
	return 6
}

// rareLetter are letters a wrong single-byte reading makes (see textPoints).
var rareLetter = map[rune]bool{
	'ð': true, 'Ð': true, 'þ': true, 'Þ': true, 'ý': true, 'Ý': true, 'ъ': true, 'ΰ': true,
	'ђ': true, 'Ђ': true, 'ѓ': true, 'Ѓ': true, 'ќ': true, 'Ќ': true, 'ћ': true, 'Ћ': true, 'џ': true, 'Џ': true,
	'љ': true, 'Љ': true, 'њ': true, 'Њ': true, 'ѕ': true, 'Ѕ': true,
}

// commonCJK are the most frequent Han characters of Chinese (simplified and
// traditional forms) and Japanese, and the most frequent Hangul syllables of
// Korean: written from general frequency lists, a few hundred each, which
// make up roughly half of running text.
var commonCJK = func() map[rune]bool {
	m := map[rune]bool{}
	for _, s := range []string{
		// Chinese, simplified
		"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村策演简罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审坚善刘读超免压银买皇养执副乱抗犯追帮宣佛岁航优香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付慢欧换闻危忙核暗介讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚移朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨板庭妇归饭额含顺输招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博授诺岸唐卖俄载洛健堂旁宫喝借君禁阴园谋避抓荣孙逃牙束跳顶玉镇雪午练迫篇肉馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲伙遭盘扩盖弄雄稳忘亿刺拥徒杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尺纷",
		// Chinese, traditional forms of the above that differ
		"這個們來為國說時會對於過發後裡種經麼學現當動還進樣開從實軍無與長機點業將兩間問應戰頭體見產話內給門東聲員條氣題爾別變總電數報結場計區隊書則聽卻達強難權設記邊張該規萬覺術領確傳師觀讓識帶導爭運飛風轉準遠單羅愛擊備連調質團價黨華級離況亞請際視滿須寫稱農裝廣顯標談圖歷醫專費號盡較語僅隨選紅響雖勢參眾構節維劃敵陳態護興驗責營夠嚴續講終緊黃絕織鬥雙紀採舉殺蘇訴細願錢網熱屬臉職樂剛狀獨彈創錯晚蘭試腦預誰陽繼驚傷藥適衛險陸習勞財環納歡獲負雲遊龍樹層衝範異漢簡擔靜積餘檢靈協揮勝階審堅劉讀壓銀買養執亂幫歲優鐵稅藝陣腳惡塊頓評寶釋顧貨歐換聞監臨雜誤灣減測敗夢溫劍漸貴槍缺樓縣畫遺謝慮銷鐘詩趕劇損舊錄葉鄉禮婦歸飯額順輸補謂療澤滅筆鮮詞聖擇尋廠諾賣載陰謀榮孫頂鎮練館礎寧紙諸訓莊絲戲隱訪軟夥盤擴蓋穩億擁楊齊賽虛購綠貿畢輪庫跡競棄偉緩燈絡純傑築鄭貝吳圓殘誠擺毀趙紛週畫",
		// Japanese: kana score on their own; the kanji of running text
		"日本人年大十二一中国会出三同時政事自行社見月分議後前民生連五発間対上部東者党地合市業内相方四定今回新場金員九入選立開手米力学問高代明実円関決子動京全目表戦経通外最言氏現理調体化田当八六約主題下首意法不来作性的要用制治度務強気小七成期公持野協取都和統以機平総加山思家話世受区領多県続進正安設保改数記院女初北午指権心界支第産結百派点教報済書府活原先共得解名交資予川向際査勝面委告軍文反元重近千考判認画海参売利組知案道信策集在件団別物側任引使求所次水半品昨論計死官増係感特情投示変打男基私各始島直両朝革価式確村提運終挙果西勢減台広容必応演電歳住争談能無再位置企真流格有疑口過局少放税検藤町常校料沢裁状工建語球営空職証土与急止送援供可役構木割聞身費付施切由説転食比難防補車優夫研収断井何南石足違消境神番規術護展態導鮮備宅害配副算視条幹独警宮究育席輸訪楽起万着乗店述残想線率病農州武声質念待試族象銀域助労例衛然早張映限親額監環験追審商葉義伝働形景落欧担好退準賞訴辺造英被株頭技低毎医復仕去姿味負閣韓渡失移差衆個門写評課末守若脳極種美岡影命含福蔵量望松非撃佐核観察整段横融型白深字答夜製票況音申様財港識注呼渉達良響阪帰針専推谷古候史天階程満敗管値歌買突兵接請器士光討路悪科攻崎督授催細効図週積丸他及湾録処省旧室憲太橋歩離岸客風紙激否周師摘材登系批郎母易健黒火戸速存花春飛殺央券赤号単盟座青破編捜竹除完降超責並療従右修捕隊危採織森競拡故館振給屋介読弁根色友苦就迎走販園具左異歴辞将秋因献厳馬愛幅休維富浜父遺彼般未塁貿講邦舞林装諸夏素亡劇河遣航抗冷模雄適婦鉄寄益込顔緊類児余禁印逆王返標換久短油妻暴輪占宣背昭廃植熱宿薬伊江清習険頼僚覚吉盛船倒紀聖駅寺遠",
		// Korean: the most frequent syllables
		"이다는의에하고을가지서한기로사를도시리자어대수인아정나해일게있주전부구국들상으적보요제만미장경성과마원위간소동라거회조우여개신방공화비선때무내면것된생계연니터트스학문발실관드레모오저중할까했였던었되야각재년월명분영세산업물금당통결행유진현치체식단날말안두차용바교히민반러호파노후운능감음입본확활불또데그은와며까지않고서도록습니다였다했다밝혔다있다없다위해대한통해따르면에서부터까지라고이라며했고지난올해내년오는",
	} {
		for _, r := range s {
			m[r] = true
		}
	}
	return m
}()
