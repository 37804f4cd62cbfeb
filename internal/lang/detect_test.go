package lang

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// Invented word lists, a few common words of each language, to make texts
// of the languages and scripts the detector meets.
var testWords = [][]string{
	strings.Fields("the council said that on and of to in was for with new city year would people after"),
	strings.Fields("der die und das ist nicht mit sich auf für Stadt Jahr wurde nach bei einer über größte"),
	strings.Fields("le la les et des est dans pour une sur avec ville année été après très élève où ça"),
	strings.Fields("el la los y que en por con una para ciudad año fue después según también más niño"),
	strings.Fields("o a os e que em para com uma não cidade ano foi depois são ação também mais"),
	strings.Fields("il la che di per con una non città anno stato dopo sono anche più perché"),
	strings.Fields("de het een en van is dat niet met voor stad jaar werd na zijn ook"),
	strings.Fields("w i na się nie że do jest dla miasto roku został po przez także źródło ściana"),
	strings.Fields("och att det en är som för med inte staden året efter också från här"),
	strings.Fields("og at det en er som for med ikke byen året etter også fra her"),
	strings.Fields("ve bir bu için ile da değil şehir yıl oldu sonra çok göre ağaç ışık"),
	strings.Fields("a se na je že v pro s není město roku byl po také která řeka dům"),
	strings.Fields("a az és hogy nem egy van város évben után is szerint mert első"),
	strings.Fields("ja on ei se että kaupunki vuonna oli jälkeen myös mutta hän käsi"),
	strings.Fields("și în de la cu pe nu este orașul anul după care pentru acest"),
	strings.Fields("dan yang di untuk dengan ini tidak kota tahun setelah juga akan dari"),
	strings.Fields("và của là có không thành phố năm sau cũng được người những này"),
	strings.Fields("и в на что не с по это город году был после также для его"),
	strings.Fields("і в на що не з по це місто році був після також для його їх є"),
	strings.Fields("и в на че не с по това град година беше след също за който"),
	strings.Fields("и у на да не са по то град године био после такође за који"),
	strings.Fields("في من على أن إلى هذا المدينة العام بعد كان التي قال أيضا"),
	strings.Fields("در از به که این با را شهر سال بود پس هم است برای"),
	strings.Fields("میں کی کے اور ہے کو سے یہ شہر سال تھا بعد بھی کہ"),
	strings.Fields("के में की है और को से यह शहर साल था बाद भी कि"),
	strings.Fields("של את על זה לא עם העיר שנה היה אחרי גם כי הוא"),
	strings.Fields("και το της την στο για με δεν πόλη χρόνο ήταν μετά"),
	strings.Fields("市 年 新 的 是 在 了 和 有 人 这 发展"),
	strings.Fields("の に は を た が で 市 年 新しい する こと"),
	strings.Fields("시 년 새 의 는 을 이 에서 했다 있다 도시"),
	strings.Fields("และ ที่ ใน ของ เมือง ปี ได้ เป็น มี"),
	strings.Fields("ის და რომ ქალაქი წელს იყო შემდეგ"),
	strings.Fields("மற்றும் நகரம் ஆண்டு இந்த ஒரு"),
	strings.Fields("এবং শহর বছর এই একটি ছিল"),
	strings.Fields("ሰው መብት ወይም አለው ነው"),
}

var testNoise = []string{" ", "  ", ", ", ". ", "; ", "\n", "\t", "2024", "5,2 %", "(", ")", "«", "»", "—", "\"", "'", "€", "$", "#", "@",
	"\xff", "\xc3", "\xe2\x80", "\x00", "Apple", "iPhone 16", "GDP", "ÉTÉ", "İstanbul", "ǅ", "Ⱥ", "e\u0301", "\u200b", "\ufeff", "😀", "𝔸", "ﬁ"}

// testText makes a text of n words drawn mostly from words, with noise.
func testText(rng *rand.Rand, words []string, n int, noise float64) string {
	var b strings.Builder
	for range n {
		switch {
		case rng.Float64() < noise:
			b.WriteString(testNoise[rng.IntN(len(testNoise))])
		case rng.Float64() < noise/2:
			other := testWords[rng.IntN(len(testWords))]
			b.WriteString(other[rng.IntN(len(other))])
		default:
			w := words[rng.IntN(len(words))]
			if rng.IntN(8) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		if rng.IntN(10) != 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// testTexts returns texts of every language alone and mixed, short and
// long, clean and noisy, and cut to a sample as Detect does.
func testTexts() []string {
	rng := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for _, words := range testWords {
		for _, n := range []int{1, 2, 3, 5, 8, 20, 60, 300} {
			for _, noise := range []float64{0, 0.1, 0.5} {
				t := testText(rng, words, n, noise)
				texts = append(texts, t, sample(t))
			}
		}
	}
	for range 1500 {
		a, b := testWords[rng.IntN(len(testWords))], testWords[rng.IntN(len(testWords))]
		t := testText(rng, a, 1+rng.IntN(40), rng.Float64()/2) + testText(rng, b, 1+rng.IntN(40), rng.Float64()/2)
		texts = append(texts, t, sample(strings.Repeat(t, 1+rng.IntN(30))))
	}
	for range 1000 { // random runes and bytes
		var b []byte
		for range 1 + rng.IntN(30) {
			switch rng.IntN(4) {
			case 0:
				b = append(b, byte(rng.IntN(256)))
			case 1:
				b = utf8.AppendRune(b, rune(rng.IntN(0x3000)))
			case 2:
				b = utf8.AppendRune(b, rune(rng.IntN(unicode.MaxRune+1)))
			default:
				b = append(b, ' ')
			}
		}
		texts = append(texts, string(b))
	}
	return append(texts, "", " ", "a", "ab", "abc", "a b", " a ", "1 2 3", "...", "\xff\xfe", "e\u0301te\u0301")
}

// checkInfo fails t unless detectInfo(text) is whatlanggo's answer: the same
// script and confidence and, unless the two best languages tie (then
// whatlanggo's answer is either, by map order), the same language. It
// reports whether they tied.
func checkInfo(t *testing.T, text string) bool {
	t.Helper()
	want := whatlanggo.DetectWithOptions(text, detectOptions)
	got, tie := detectInfoTie(text)
	if got.Script != want.Script || got.Confidence != want.Confidence || !tie && got.Lang != want.Lang {
		t.Fatalf("detectInfo(%q) = %v %v %v (tie %v), whatlanggo %v %v %v", text,
			got.Lang, whatlanggo.Scripts[got.Script], got.Confidence, tie, want.Lang, whatlanggo.Scripts[want.Script], want.Confidence)
	}
	if tie && got.Confidence != 0 {
		t.Fatalf("detectInfo(%q): a tie at confidence %v", text, got.Confidence)
	}
	return tie
}

func TestDetectInfoMatches(t *testing.T) {
	texts := testTexts()
	ties, langs := 0, map[whatlanggo.Lang]int{}
	for _, text := range texts {
		if checkInfo(t, text) {
			ties++
		}
		langs[detectInfo(text).Lang]++
	}
	t.Logf("%d texts, %d ties at the top, %d languages", len(texts), ties, len(langs))
	if len(langs) < 30 {
		t.Errorf("only %d languages detected: the texts are not varied enough", len(langs))
	}
}

// TestTextTrigrams checks trigram positions against whatlanggo's
// getTrigramsWithPositions (unexported; its code is copied here).
func TestTextTrigrams(t *testing.T) {
	for _, text := range testTexts() {
		want := refTrigrams(text)
		grams := textTrigrams(text, new(scratch))
		if len(grams) != len(want) {
			t.Fatalf("%q: %d trigrams, want %d", text, len(grams), len(want))
		}
		for pos, g := range grams {
			s := string([]rune{rune(g.key >> 42), rune(g.key >> 21 & (1<<21 - 1)), rune(g.key & (1<<21 - 1))})
			if p, ok := want[s]; !ok || p != pos {
				t.Fatalf("%q: trigram %q at %d, want %d (%v)", text, s, pos, p, ok)
			}
		}
	}
}

func refTrigrams(text string) map[string]int {
	counts := map[string]int{}
	txt := []rune{}
	for _, r := range text {
		if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
			r = ' '
		}
		txt = append(txt, unicode.ToLower(r))
	}
	txt = append(txt, ' ')
	r1, r2 := ' ', txt[0]
	for _, r3 := range txt[1:] {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			counts[string([]rune{r1, r2, r3})]++
		}
		r1, r2 = r2, r3
	}
	type tc struct {
		s string
		n int
	}
	var l []tc
	for s, n := range counts {
		l = append(l, tc{s, n})
	}
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].n == l[j].n {
			return l[i].s < l[j].s
		}
		return l[i].n < l[j].n
	})
	pos := map[string]int{}
	for i := range l {
		pos[l[len(l)-1-i].s] = i
	}
	return pos
}

func TestTrigramRuneTable(t *testing.T) {
	for r := range rune(len(lowRunes)) {
		if got, want := trigramRune(r), lowerTrigramRune(r); got != want {
			t.Fatalf("trigramRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestProfilesWhitelisted: the generated profiles are the whitelist's
// (go generate after changing detectOptions).
func TestProfilesWhitelisted(t *testing.T) {
	var got []whatlanggo.Lang
	for _, l := range [][]profile{latinLangs, cyrillicLangs, arabicLangs, devanagariLangs, hebrewLangs, ethiopicLangs} {
		for _, p := range l {
			if !detectOptions.Whitelist[p.lang] {
				t.Errorf("%v profiled but not whitelisted", p.lang)
			}
			got = append(got, p.lang)
		}
	}
	for l := range detectOptions.Whitelist {
		if !slices.Contains(got, l) {
			info := whatlanggo.DetectWithOptions(strings.Join(testWords[0], " "), whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{l: true}})
			if info.Lang == l {
				t.Errorf("%v whitelisted, read by trigrams, but not profiled", l)
			}
		}
	}
}

// FuzzDetectInfo: detectInfo is whatlanggo's DetectWithOptions.
func FuzzDetectInfo(f *testing.F) {
	for _, s := range []string{"Apple تطلق iPhone 16 Pro في دبي", "Samsung Galaxy 출시", "GDP 增长 5.2%", "e\u0301te\u0301 à Paris",
		"\xff\xfe bad bytes", "Горсовет одобрил строительство", "the the and and", "ab ba"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInfo(t, s)
		checkInfo(t, sample(s))
	})
}

func TestDetectScript(t *testing.T) {
	texts := append(testTexts(), "市あ", "あ市市", "市市あア", "ア ア 市 市 市 Ab", "한 市 あ", "ab市あ", "市 あ a b c")
	for _, text := range texts {
		if got, want := detectScript(text), whatlanggo.DetectScript(text); got != want {
			t.Fatalf("detectScript(%q) = %v, want %v", text, whatlanggo.Scripts[got], whatlanggo.Scripts[want])
		}
	}
}
