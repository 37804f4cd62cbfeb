package dedup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Short reports in scripts written without spaces, made up for the test:
// a wire brief, a copy whose first sentence an outlet rewrote, and two
// briefs of different events sharing only a dateline and a line of
// boilerplate.
var (
	zhBrief        = "本报北京3月5日电 市交通部门周二宣布，从下月起地铁二号线将延长运营时间至午夜。新的时刻表将于四月一日起实施，周末列车间隔缩短至六分钟。交通部门表示，这一调整是为了满足夜间出行需求。"
	zhBriefNewLead = "北京地铁二号线下月起运营到半夜，夜归乘客不必再赶末班车了。新的时刻表将于四月一日起实施，周末列车间隔缩短至六分钟。交通部门表示，这一调整是为了满足夜间出行需求。"
	zhLibrary      = "东岸社北京3月5日电 本市第一座二十四小时开放的公共图书馆周二正式开馆，馆内藏书约十二万册，并设有儿童阅览区。更多新闻请关注我们的官方网站和客户端。"
	zhMarathon     = "东岸社北京3月5日电 本市春季马拉松比赛周日举行，约两万名选手参赛，部分道路将实行临时交通管制。更多新闻请关注我们的官方网站和客户端。"

	jaBrief        = "【湾岸通信】東京都は五日、都内の公立図書館の開館時間を来月から午後十時まで延長すると発表した。利用者の要望に応えるためで、週末も同じ時間まで開館する。職員は増員しない方針だという。"
	jaBriefNewLead = "都立図書館が夜十時まで開くことになり、仕事帰りの利用者に喜ばれそうだ。利用者の要望に応えるためで、週末も同じ時間まで開館する。職員は増員しない方針だという。"
	jaPark         = "【湾岸通信】東京都は五日、江東区に新しい公園を開いた。広さは約三ヘクタールで、子ども向けの遊具もある。詳しくは当社のウェブサイトとアプリでご覧ください。"
	jaFestival     = "【湾岸通信】東京都は五日、上野で春祭りを開いた。三日間で約十万人の来場を見込んでいる。詳しくは当社のウェブサイトとアプリでご覧ください。"

	thBriefBody = " เจ้าหน้าที่ยึดรถคืนได้ทั้งหมดสิบสองคัน และกำลังตามหาผู้ร่วมขบวนการอีกหนึ่งคน ผู้ต้องหาทั้งสองให้การรับสารภาพว่านำรถไปขายต่อที่จังหวัดลำพูน ตำรวจแนะนำให้เจ้าของรถล็อกคอรถทุกครั้งที่จอด ประชาชนที่พบเห็นเบาะแสสามารถแจ้งสายด่วนของตำรวจได้ตลอดยี่สิบสี่ชั่วโมง"
	thBrief     = "เชียงใหม่ 5 มี.ค. – ตำรวจภูธรจังหวัดเชียงใหม่แถลงผลการจับกุมชายสองคนที่ตระเวนขโมยรถจักรยานยนต์จากหน้าตลาดสดหลายแห่งในอำเภอเมืองและอำเภอสันทรายติดต่อกันมานานกว่าหกเดือนเมื่อคืนวันอังคารที่ผ่านมา" + thBriefBody
	// A first sentence of about 35 words rewritten fills the copy's lead
	// of 160 letter-shingles: 30 of them are in the source.
	thBriefNewLead = "แก๊งลักรถจักรยานยนต์ที่สร้างความเดือดร้อนให้พ่อค้าแม่ค้าตามตลาดสดในเมืองเชียงใหม่มาตลอดครึ่งปีถูกตำรวจรวบตัวได้แล้วทั้งสองคนหลังเฝ้าติดตามพฤติกรรมอยู่นานหลายสัปดาห์" + thBriefBody
	thCafe         = "เชียงใหม่ 5 มี.ค. (สำนักข่าวภาคเหนือ) – ร้านกาแฟชื่อดังริมแม่น้ำปิงเปิดสาขาใหม่ย่านนิมมานเหมินท์ มีที่นั่งกว่าร้อยที่ ติดตามข่าวสารเพิ่มเติมได้ทางเว็บไซต์และแอปพลิเคชันของเรา"
	thSports       = "เชียงใหม่ 5 มี.ค. (สำนักข่าวภาคเหนือ) – โรงเรียนประถมในอำเภอแม่ริมจัดงานกีฬาสีประจำปี นักเรียนกว่าห้าร้อยคนร่วมแข่งขัน ติดตามข่าวสารเพิ่มเติมได้ทางเว็บไซต์และแอปพลิเคชันของเรา"
)

// TestIsCopyShort: rule replaced-lead (quotesWhole) on short texts whose
// rewritten first sentence fills their lead, and the pairs it must leave
// apart. With the rule switched off (ownLead on either side rejects),
// the three copies with a new lead fail; with the source's lead wanted
// at a quarter instead of MinContainment, the Chinese one does.
func TestIsCopyShort(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"chinese copy with a rewritten first sentence", zhBrief, zhBriefNewLead, true},
		{"japanese copy with a rewritten first sentence", jaBrief, jaBriefNewLead, true},
		{"thai copy with a rewritten first sentence", thBrief, thBriefNewLead, true},
		{"thai copy with a rewritten first sentence, reversed", thBriefNewLead, thBrief, true},
		{"chinese briefs sharing a dateline and boilerplate", zhLibrary, zhMarathon, false},
		{"japanese briefs sharing a dateline and boilerplate", jaPark, jaFestival, false},
		{"thai briefs sharing a dateline and boilerplate", thCafe, thSports, false},
		// A commentary adds a lead and keeps the wire's: still its own.
		{"chinese commentary quoting the brief whole", "评论：夜间地铁延长运营是一件好事，但城市管理者更应该思考的是，为什么这么多年轻人每天要工作到深夜才能回家。\n\n" + zhBrief, zhBrief, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCopy(tt.a, tt.b); got != tt.want {
				t.Errorf("IsCopy = %v, want %v (containment %.2f)", got, tt.want, Containment(Shingles(tt.a), Shingles(tt.b)))
			}
			// Through the index too: LSH must offer the pair.
			ix := NewIndex()
			ix.Add(Doc{ID: "a", Text: tt.a, Seq: 1})
			if got := ix.Add(Doc{ID: "b", Text: tt.b, Seq: 2}); (len(got) == 1) != tt.want {
				t.Errorf("index matched %v, want copy %v", got, tt.want)
			}
		})
	}
}

// TestIsCopyEdges: inputs the store meets and must neither panic on nor
// group wrongly.
func TestIsCopyEdges(t *testing.T) {
	mixed := "ผู้ว่าฯ เปิดตัวแอป CityCare เวอร์ชัน 2.0 ให้ประชาชนแจ้งปัญหาถนนชำรุดผ่านมือถือ รองรับภาษาไทยและ English ตั้งแต่วันจันทร์ที่ผ่านมา ผู้ใช้กว่าหนึ่งหมื่นคนดาวน์โหลดในสัปดาห์แรก"
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		// Shorter than one shingle: one shingle of all its units, so
		// the same text twice is a copy and one letter changed is not.
		{"thai shorter than a shingle, same", "ข่าวด่วน", "ข่าวด่วน", true},
		{"thai shorter than a shingle, changed", "ข่าวด่วน", "ข่าวเด่น", false},
		{"chinese shorter than a shingle", "快讯", "快讯", true},
		{"shorter than a shingle inside a longer text", "ข่าวด่วน", "ข่าวด่วน " + thCafe, false},
		// No letters at all: no shingles, never a copy, even of itself.
		{"all punctuation", "!!! … ？？ —— 。。。", "!!! … ？？ —— 。。。", false},
		{"punctuation and a text", "「」『』【】", thCafe, false},
		{"empty and empty", "", "", false},
		// Mixed scripts: the Latin words are words, the Thai letters units.
		{"mixed thai and latin copy with an edit", mixed, strings.Replace(mixed, "กว่าหนึ่งหมื่น", "เกือบหนึ่งหมื่น", 1), true},
		{"mixed text and its thai part alone", mixed, "ผู้ว่าฯ เปิดตัวแอปใหม่ให้ประชาชนแจ้งปัญหาถนนชำรุด", false},
		// Rule width: Latin letters and figures retyped in full width.
		{"mixed copy retyped in full width", mixed, strings.NewReplacer("CityCare", "ＣｉｔｙＣａｒｅ", "2.0", "２．０", "English", "Ｅｎｇｌｉｓｈ").Replace(mixed), true},
		{"chinese brief retyped in full width", zhBrief, strings.NewReplacer("3", "３", "5", "５").Replace(zhBrief), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCopy(tt.a, tt.b); got != tt.want {
				t.Errorf("IsCopy = %v, want %v (containment %.2f)", got, tt.want, Containment(Shingles(tt.a), Shingles(tt.b)))
			}
			ix := NewIndex()
			ix.Add(Doc{ID: "a", Text: tt.a, Seq: 1})
			ix.Add(Doc{ID: "b", Text: tt.b, Seq: 2})
			if g, _ := ix.GroupOf("b"); (len(g.Members) == 2) != tt.want {
				t.Errorf("index group of b = %v, want copy %v", g.Members, tt.want)
			}
		})
	}
}

// TestDiffRewrittenLead: the diff of a short copy whose first sentence was
// rewritten shows that sentence replaced and nothing else. Rule
// rewritten-sentence (without it the Chinese and Japanese diffs are empty,
// "verbatim"), rule kept-sentence (without it the Thai paragraph shows
// as removed and added whole) and rule letter-sentences
// (without it the Thai paragraph is one sentence).
func TestDiffRewrittenLead(t *testing.T) {
	first := func(s string) string { return Sentences(s)[0] }
	enBrief := "The county library will stay open until midnight from next month, its board said on Monday. Weekend hours will also grow by two hours. The board said the change answers requests from students and shift workers."
	enNewLead := "Night owls, rejoice: the county library is going late. Weekend hours will also grow by two hours. The board said the change answers requests from students and shift workers."
	for _, c := range []struct{ name, src, cp, wantFrom, wantTo, sep string }{
		{"chinese", zhBrief, zhBriefNewLead, first(zhBrief), first(zhBriefNewLead), ""},
		{"japanese", jaBrief, jaBriefNewLead, first(jaBrief), first(jaBriefNewLead), ""},
		{"thai", thBrief, thBriefNewLead, strings.SplitN(thBrief, " เจ้าหน้าที่", 2)[0], strings.SplitN(thBriefNewLead, " เจ้าหน้าที่", 2)[0], ""},
		{"english", enBrief, enNewLead, first(enBrief), first(enNewLead), " "},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Diff("", c.src, "", c.cp)
			want := Changes{Sentences: []Change{{From: c.wantFrom, To: c.wantTo, Diff: "[-" + c.wantFrom + "-]" + c.sep + "{+" + c.wantTo + "+}"}}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
		})
	}
	// A sentence added in a paragraph, and one cut: an addition and a
	// removal.
	got := Diff("", enBrief, "", enBrief+" Coffee will be sold in the lobby.")
	want := Changes{Sentences: []Change{{To: "Coffee will be sold in the lobby.", Diff: "{+Coffee will be sold in the lobby.+}"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("added sentence (-want +got):\n%s", diff)
	}
	got = Diff("", enBrief, "", strings.Replace(enBrief, " Weekend hours will also grow by two hours.", "", 1))
	want = Changes{Sentences: []Change{{From: "Weekend hours will also grow by two hours.", Diff: "[-Weekend hours will also grow by two hours.-]"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cut sentence (-want +got):\n%s", diff)
	}
}

// TestDiffLetters: rule letter-grams. A Thai copy that drops the wire's
// last paragraph and adds one of its own shows them as removed and added;
// compared letter by letter the two unrelated paragraphs (half their
// letters in common, Jaccard 0.50 against 0.01 for letterGram runs)
// paired, and the diff marked scattered letters.
func TestDiffLetters(t *testing.T) {
	ps := strings.Split(thWire, "\n\n")
	local := "นายกรัฐมนตรีมีกำหนดลงพื้นที่ตรวจเยี่ยมผู้ประสบภัยในวันพรุ่งนี้ พร้อมมอบถุงยังชีพให้แก่ชาวบ้านที่ได้รับผลกระทบจากน้ำท่วมครั้งนี้"
	cp := strings.Join(append(ps[:len(ps)-1:len(ps)-1], local), "\n\n")
	got := Diff("", thWire, "", cp)
	want := Changes{Added: []string{local}, Removed: []string{ps[len(ps)-1]}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
}

// TestIsCopyLeads: rule unit-lead. A copy may open with a standfirst of
// its own as long in Chinese as in English; a commentary's longer lead
// of its own still makes it one. With a Chinese character counted as a
// word in the lead, the Chinese copy fails.
func TestIsCopyLeads(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"english copy with a standfirst of 27 words", wire, "The harbour bridge will close for a year and a half, and traders on the south bank fear for their trade while a ferry stands in.\n\n" + wire, true},
		{"chinese copy with a standfirst of 30 characters", zhWire, "导读：老港口大桥将关闭一年半，南岸商户担心生意受到影响，渡轮将临时替代。\n\n" + zhWire, true},
		{"chinese commentary quoting the wire whole", zhWire, "评论：又一个宏大的计划从市政厅出来了。任何一个在早上八点去南岸买过面包的人都知道，没有老港口大桥的十八个月对那些熬过了两次经济衰退、一场疫情和去年夏天没完没了的道路施工的小商户意味着什么。下面是通讯社的报道。\n\n" + zhWire, false},
		{"japanese copy with a standfirst of 25 characters", jaWire, "港の橋が一年半閉鎖へ、商店主らは客離れを心配している。\n\n" + jaWire, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsCopy(tt.a, tt.b); got != tt.want {
				t.Errorf("IsCopy = %v, want %v (containment %.2f)", got, tt.want, Containment(Shingles(tt.a), Shingles(tt.b)))
			}
		})
	}
}

// TestDiffEdges: the diffs the store shows for the inputs of
// TestIsCopyEdges.
func TestDiffEdges(t *testing.T) {
	full := strings.NewReplacer("3", "３", "5", "５").Replace(zhBrief)
	for _, c := range []struct {
		name, src, cp string
		want          Changes
	}{
		{"retyped in full width: verbatim", zhBrief, full, Changes{}},
		{"all punctuation", "!!! … ？？", "!!! … ？？", Changes{}},
		// One word in letters: too little to pair by runs of letters.
		{"shorter than a shingle", "ข่าวด่วน", "ข่าวเด่น", Changes{Added: []string{"ข่าวเด่น"}, Removed: []string{"ข่าวด่วน"}}},
		{"thai sentences after an abbreviation and a repetition sign", "ผู้ว่าฯ สั่งหน่วยงานต่างๆ เร่งช่วยเหลือ ประชาชนพอใจ", "ผู้ว่าฯ สั่งหน่วยงานต่างๆ รีบช่วยเหลือ ประชาชนพอใจ", Changes{Sentences: []Change{{From: "ผู้ว่าฯ สั่งหน่วยงานต่างๆ เร่งช่วยเหลือ", To: "ผู้ว่าฯ สั่งหน่วยงานต่างๆ รีบช่วยเหลือ", Diff: "ผู้ว่าฯ สั่งหน่วยงานต่างๆ [-เร่ง-]{+รีบ+}ช่วยเหลือ"}}}},
		{"empty source", "", "ข่าวด่วน", Changes{Added: []string{"ข่าวด่วน"}}},
		{"mixed scripts, one word changed", "ผู้ว่าฯ เปิดตัวแอป CityCare เวอร์ชัน 2.0", "ผู้ว่าฯ เปิดตัวแอป CityCare เวอร์ชัน 3.0", Changes{Sentences: []Change{{From: "ผู้ว่าฯ เปิดตัวแอป CityCare เวอร์ชัน 2.0", To: "ผู้ว่าฯ เปิดตัวแอป CityCare เวอร์ชัน 3.0", Diff: "ผู้ว่าฯ เปิดตัวแอป CityCare เวอร์ชัน [-2.0-] {+3.0+}"}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Diff("", c.src, "", c.cp)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Diff (-want +got):\n%s", diff)
			}
		})
	}
}
