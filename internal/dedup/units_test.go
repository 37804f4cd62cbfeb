package dedup

import (
	"hash/fnv"
	"slices"
	"strings"
	"testing"
)

// A synthetic Chinese wire report and what outlets do with it. Made up
// for the test.
var (
	zhWire = strings.Join([]string{
		"本市3月5日电 市政府周二批准了一项计划，将关闭老港口大桥进行为期十八个月的维修，结束了居民和店主之间数周的争论。",
		"市议会领导人玛丽亚·奥卡福说：“我们不能继续修补一座为马车建造的桥梁。”她在三月提出了这项计划。",
		"维修费用约为四千二百万英镑，部分资金来自国家交通基金的拨款。施工期间，一艘临时渡轮将运送行人过河。",
		"南岸的店主们表示担心失去顾客。面包师汤姆·赖利说：“我们一半的生意每天早上都是从那座桥上走过来的。”",
		"市议会将于下个月公布关闭时间表。工程预计将于秋季开始。",
	}, "\n\n")

	// The same report with a byline of its own and a word changed in
	// every paragraph.
	zhCopy = strings.Join([]string{
		"本报记者 王明",
		"本市3月5日电 市政府星期二批准了一项计划，将关闭老港口大桥进行为期十八个月的维修，结束了居民和店主之间数周的争议。",
		"市议会领导人玛丽亚·奥卡福说：“我们不能继续修补一座为马车修建的桥梁。”她在三月提出了这项计划。",
		"维修费用约为四千二百万英镑，部分资金来自国家交通基金的拨款。施工期间，一艘临时渡船将运送行人过河。",
		"南岸的店主们表示担忧失去顾客。面包师汤姆·赖利说：“我们一半的生意每天早上都是从那座桥上走过来的。”",
		"市议会将于下月公布关闭时间表。工程预计将于秋季开始。",
	}, "\n\n")

	// An independent report of the same event: the same names and
	// figures, its own words.
	zhIndependent = strings.Join([]string{
		"南岸居民对市议会投票关闭港口大桥的决定感到失望，每天有数千名通勤者使用这座桥。",
		"市议会领导人奥卡福为这一决定辩护，她对记者说，这座桥“是为马车建造的，我们不能一直修补它”。",
		"大桥将关闭一年半。市议会说，在此期间将开通渡轮服务，约四千二百万英镑的费用将由国家交通基金分担。",
		"面包师赖利的店就在桥脚下，他说早上的大部分顾客都是步行过桥的。",
	}, "\n\n")

	// An unrelated report.
	zhOther = strings.Join([]string{
		"气象台周三发布暴雨黄色预警，预计未来三天本市将出现持续强降雨天气，局部地区雨量可达一百毫米以上。",
		"市防汛办提醒市民尽量减少外出，远离河道和低洼地带，驾车经过积水路段时应减速慢行。",
		"受降雨影响，部分航班和列车可能延误，旅客出行前请及时关注交通部门发布的最新信息。",
	}, "\n\n")

	// A Japanese report and a copy with a word changed a paragraph.
	jaWire = strings.Join([]string{
		"市議会は火曜日、老朽化した港の橋を十八か月間閉鎖して補修する計画を承認した。住民や商店主の間で数週間続いた議論に決着がついた。",
		"計画を提案したマリア・オカフォー議長は「馬車のために造られた橋を直し続けることはできない」と述べた。",
		"補修費用は約四千二百万ポンドで、一部は国の交通基金から支出される。工事の間は臨時のフェリーが歩行者を運ぶ。",
	}, "\n\n")
	jaCopy = strings.Join([]string{
		"市議会は火曜日、老朽化した港の橋を十八か月間閉鎖して修理する計画を承認した。住民や商店主の間で数週間続いた議論に決着がついた。",
		"計画を提案したマリア・オカフォー議長は「馬車のために作られた橋を直し続けることはできない」と述べた。",
		"補修費用は約四千二百万ポンドで、一部は国の交通基金から支出される。工事の間は臨時の船が歩行者を運ぶ。",
	}, "\n\n")
)

// A Thai report, a copy with a byline and a word changed a paragraph,
// and an independent report of the same flood. Made up for the test.
var (
	thWire = strings.Join([]string{
		"น้ำท่วมหนักในจังหวัดเชียงใหม่ หลังฝนตกต่อเนื่องสามวัน แม่น้ำปิงล้นตลิ่ง บ้านเรือนกว่าสองพันหลังได้รับความเสียหาย",
		"เจ้าหน้าที่เร่งอพยพประชาชนไปยังศูนย์พักพิงชั่วคราว ผู้ว่าราชการจังหวัดเชียงใหม่ประกาศให้อำเภอเมืองเป็นพื้นที่ประสบภัย",
		"กรมอุตุนิยมวิทยาคาดว่าฝนจะตกหนักต่อไปอีกสองวัน และขอให้ประชาชนที่อาศัยอยู่ริมแม่น้ำเตรียมพร้อมรับมือ",
	}, "\n\n")
	thCopy = strings.Join([]string{
		"โดย ทีมข่าวภูมิภาค",
		"น้ำท่วมรุนแรงในจังหวัดเชียงใหม่ หลังฝนตกต่อเนื่องสามวัน แม่น้ำปิงล้นตลิ่ง บ้านเรือนกว่าสองพันหลังได้รับความเสียหาย",
		"เจ้าหน้าที่รีบอพยพประชาชนไปยังศูนย์พักพิงชั่วคราว ผู้ว่าราชการจังหวัดเชียงใหม่ประกาศให้อำเภอเมืองเป็นพื้นที่ประสบภัย",
		"กรมอุตุนิยมวิทยาคาดว่าฝนจะตกหนักต่อไปอีกสองวัน และขอให้ประชาชนที่อยู่ริมแม่น้ำเตรียมพร้อมรับมือ",
	}, "\n\n")
	thIndependent = strings.Join([]string{
		"ระดับแม่น้ำปิงที่เชียงใหม่สูงขึ้นอย่างรวดเร็ว ทำให้น้ำท่วมย่านตลาดวโรรส พ่อค้าแม่ค้าต้องขนสินค้าหนีน้ำกันตั้งแต่เช้ามืด",
		"ผู้ว่าราชการจังหวัดสั่งอพยพชาวบ้านริมน้ำ และขอให้ประชาชนติดตามประกาศของทางราชการอย่างใกล้ชิด",
	}, "\n\n")
)

// A short Japanese report dense in figures and Latin names, and the same
// retyped in full width. Made up for the test.
var (
	jaFigures     = "政府は10日、総額115兆円の2026年度予算案を閣議決定した。GDP比は1.5%で、国債費は28兆円、防衛費は9兆円となる。NHKの取材に財務省の担当者は2027年度も同じ水準になると答えた。"
	jaFiguresFull = "政府は１０日、総額１１５兆円の２０２６年度予算案を閣議決定した。ＧＤＰ比は１．５％で、国債費は２８兆円、防衛費は９兆円となる。ＮＨＫの取材に財務省の担当者は２０２７年度も同じ水準になると答えた。"
)

func TestIsCopyUnits(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"chinese copy with a byline and edits", zhWire, zhCopy, true},
		{"chinese copy is symmetric", zhCopy, zhWire, true},
		{"chinese copy cut to three paragraphs", zhWire, strings.Join(strings.Split(zhCopy, "\n\n")[:4], "\n\n"), true},
		{"chinese independent report of the same event", zhWire, zhIndependent, false},
		{"chinese unrelated report", zhWire, zhOther, false},
		{"japanese copy with edits", jaWire, jaCopy, true},
		{"japanese and chinese reports of one event", jaWire, zhWire, false},
		// Rule width: the figures and names retyped in the other width.
		{"japanese copy in full width", jaFigures, jaFiguresFull, true},
		// Rule letter-shingles: Thai shingles span twenty letters.
		{"thai copy with a byline and edits", thWire, thCopy, true},
		{"thai independent report of the same flood", thWire, thIndependent, false},
		// A standfirst of about 20 words (95 letters) of its own: as a Latin
		// copy's may, not an article of its own (the lead counts letters'
		// shingles as quarters of words).
		{"thai copy with a standfirst", thWire, "ชาวเชียงใหม่ยังคงเผชิญกับวิกฤตน้ำท่วมครั้งใหญ่ที่สุดในรอบสิบปี ขณะที่หน่วยงานต่างๆ เร่งระดมความช่วยเหลือเข้าพื้นที่อย่างต่อเนื่อง\n\n" + thCopy, true},
		// A commentary of its own quoting the wire whole, its lead of about
		// 40 words sharing one phrase of it (24 of the lead's 160 shingles):
		// own lead, as a Latin commentary's (ownLead wants a quarter of
		// the lead's shingles, not a quarter of MaxOwnLead).
		{"thai commentary quoting the wire", thWire, "บทวิเคราะห์ ปัญหาน้ำท่วมซ้ำซากสะท้อนการวางผังเมืองที่ผิดพลาดมานานหลายสิบปี ครั้งนี้แม่น้ำปิงล้นตลิ่ง บ้านเรือนกว่าสองพันหลังได้รับความเสียหาย นักวิชาการด้านสิ่งแวดล้อมเห็นว่ารัฐบาลควรลงทุนกับระบบระบายน้ำอย่างจริงจัง ไม่ใช่เพียงแก้ปัญหาเฉพาะหน้าทุกปี\n\n" + thWire, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCopy(tt.a, tt.b); got != tt.want {
				t.Errorf("IsCopy = %v, want %v (containment %.2f)", got, tt.want, Containment(Shingles(tt.a), Shingles(tt.b)))
			}
		})
	}
	// Through the index as well: the copy joins the source's group.
	ix := NewIndex()
	ix.Add(Doc{ID: "wire", Text: zhWire, Seq: 1})
	ix.Add(Doc{ID: "indep", Text: zhIndependent, Seq: 2})
	ix.Add(Doc{ID: "other", Text: zhOther, Seq: 3})
	if got := ix.Add(Doc{ID: "copy", Text: zhCopy, Seq: 4}); len(got) != 1 || got[0] != "wire" {
		t.Errorf("the copy matched %v, want [wire]", got)
	}
	if src := ix.SourceOf(); src["copy"] != "wire" || src["indep"] != "indep" && src["indep"] != "" {
		t.Errorf("SourceOf = %v", src)
	}
}

func TestWordsUnits(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"北京举行新闻发布会。", "北|京|举|行|新|闻|发|布|会"},
		{"東京でカレー", "東|京|で|カ|レ|ー"},
		{"ฝนตกที่นี่", "ฝ|น|ต|ก|ที่|นี่"},
		{"서울시는 발표", "서|울|시|는|발|표"},
		{"Apple的iPhone发布2024年", "apple|的|iphone|发|布|2024|年"},
		{"ＮＨＫ報道", "nhk|報|道"},
		{"２０２６年", "2026|年"},
		{"Jeremy’s plan, CAFÉ", "jeremys|plan|café"},
	} {
		var got []string
		Words(c.text, func(w []byte) { got = append(got, string(w)) })
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Words(%q) = %q, want %q", c.text, g, c.want)
		}
	}
}

// TestShinglesLatinPinned: Latin text gives the shingles it gave before
// scripts written without spaces were split (the fingerprint was taken at
// the commit before that change).
func TestShinglesLatinPinned(t *testing.T) {
	h := fnv.New64a()
	for _, text := range []string{wire, copyCut, independent, commentary, "Café Ünïcode, naïve résumé: Ж Москва ąę."} {
		for _, s := range Shingles(text) {
			h.Write([]byte{byte(s), byte(s >> 8), byte(s >> 16), byte(s >> 24)})
		}
	}
	if got := h.Sum64(); got != latinShinglesPin {
		t.Errorf("Latin shingles fingerprint = %#x, want %#x", got, latinShinglesPin)
	}
}

const latinShinglesPin = 0x7bc63de4327a885c

func BenchmarkWords(b *testing.B) {
	for _, c := range []struct{ name, text string }{{"latin", wire + commentary}, {"chinese", zhWire + zhOther}, {"vietnamese", viText}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			n := 0
			for b.Loop() {
				Words(c.text, func(w []byte) { n += len(w) })
			}
		})
	}
}

func TestWordDiffUnits(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"居民和店主之间数周的争议。", "居民和店主之间数周的争论。", "居民和店主之间数周的争[-议-]{+论+}。"},
		{"东京でカレーを食べた", "東京でカレーを食べた", "[-东-]{+東+}京でカレーを食べた"},
		{"Apple的iPhone发布会", "Apple的iPad发布会", "Apple的[-iPhone-]{+iPad+}发布会"},
		{"ราคาน้ำมันขึ้น", "ราคาน้ำมันลง", "ราคาน้ำมัน[-ขึ้น-]{+ลง+}"},
		{"서울시는 발표했다", "서울시가 발표했다", "서울시[-는-]{+가+} 발표했다"},
	} {
		if got := WordDiff(c.a, c.b); got != c.want {
			t.Errorf("WordDiff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

func TestSentencesUnits(t *testing.T) {
	got := Sentences("市议会领导人说：“我们不能继续修补。”她在三月提出了计划。工程何时开始？秋季！")
	want := []string{"市议会领导人说：“我们不能继续修补。”", "她在三月提出了计划。", "工程何时开始？", "秋季！"}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
	// Mixed scripts: whichever end comes first cuts, a full-width one
	// before a Latin one too.
	got = Sentences("市政府批准了计划。The mayor agreed. Work starts in autumn.")
	want = []string{"市政府批准了计划。", "The mayor agreed.", "Work starts in autumn."}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
	// A Latin full stop before text without capitals ends a sentence too.
	got = Sentences("The mayor agreed. 工程秋季开始。")
	want = []string{"The mayor agreed.", "工程秋季开始。"}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

// TestDiffUnits: a Chinese copy's edits show as reworded sentences, each
// with the changed characters marked.
func TestDiffUnits(t *testing.T) {
	ch := Diff("标题", zhWire, "标题", zhCopy)
	if len(ch.Added) != 1 || ch.Added[0] != "本报记者 王明" || len(ch.Removed) != 0 {
		t.Errorf("added %q, removed %q", ch.Added, ch.Removed)
	}
	var diffs []string
	for _, s := range ch.Sentences {
		diffs = append(diffs, s.Diff)
	}
	want := []string{
		"本市3月5日电 市政府[-周-]{+星期+}二批准了一项计划，将关闭老港口大桥进行为期十八个月的维修，结束了居民和店主之间数周的争[-论-]{+议+}。",
		"市议会领导人玛丽亚·奥卡福说：“我们不能继续修补一座为马车{+修+}建[-造-]的桥梁。”",
		"施工期间，一艘临时渡[-轮-]{+船+}将运送行人过河。",
		"南岸的店主们表示担[-心-]{+忧+}失去顾客。",
		"市议会将于下[-个-]月公布关闭时间表。",
	}
	if !slices.Equal(diffs, want) {
		t.Errorf("sentence diffs:\n%s\nwant:\n%s", strings.Join(diffs, "\n"), strings.Join(want, "\n"))
	}
}

func TestQuotationsCorner(t *testing.T) {
	got := Quotations(jaWire)
	want := []string{"馬車のために造られた橋を直し続けることはできない"}
	if !slices.Equal(got, want) {
		t.Errorf("Quotations = %q, want %q", got, want)
	}
	ch := Diff("", jaWire, "", jaCopy)
	if len(ch.Quotes) != 1 || ch.Quotes[0].Diff != "馬車のために[-造-]{+作+}られた橋を直し続けることはできない" {
		t.Errorf("quote changes %+v", ch.Quotes)
	}
}

// viText is a made-up Vietnamese paragraph: letters of Latin Extended
// Additional, which IsUnit must turn down quickly.
var viText = strings.Repeat("Hội đồng thành phố đã phê duyệt kế hoạch đóng cửa cây cầu cũ trong mười tám tháng để sửa chữa, chấm dứt nhiều tuần tranh luận giữa cư dân và chủ cửa hàng. ", 8)

// TestLetterShingles: an independent Thai report of the same flood shares
// few shingles with the wire, as independent reports in other scripts do;
// with shingles of five letters (before rule letter-shingles) it shared
// 0.19 of them, the common words; the copy's containment went from 0.91
// to 0.77.
func TestLetterShingles(t *testing.T) {
	const maxIndependent = 0.05 // measured 0.00 (0.19 before the rule)
	if c := Containment(Shingles(thWire), Shingles(thIndependent)); c > maxIndependent {
		t.Errorf("containment of an independent Thai report %.2f, want <= %.2f", c, maxIndependent)
	}
	if c := Containment(Shingles(thWire), Shingles(thCopy)); c < 0.6 {
		t.Errorf("containment of a Thai copy %.2f, want >= 0.6", c)
	}
}
