package cluster

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/stories/synth"
)

// unitDocs are reports of five events in scripts written without spaces,
// made up for the test: the event is the id's first letter.
var unitDocs = []Doc{
	{ID: "a1", Title: "老港口大桥将关闭十八个月", Text: "市政府周二批准计划，老港口大桥将关闭十八个月进行维修。市议会领导人奥卡福说，这座为马车建造的桥梁不能再修补下去了。维修费用约四千二百万英镑，国家交通基金将提供部分拨款，施工期间临时渡轮将运送行人过河。"},
	{ID: "a2", Title: "议会投票关闭港口大桥 居民失望", Text: "南岸居民对市议会关闭港口大桥的决定感到失望。议会领导人奥卡福为决定辩护，称大桥是为马车建造的。大桥将关闭一年半，维修费用约四千二百万英镑，由国家交通基金分担，期间将开通渡轮。"},
	{ID: "a3", Title: "港口大桥关闭维修 南岸店主担忧", Text: "老港口大桥今年秋季起关闭维修，南岸店主担心生意受影响。面包师赖利说，一半顾客每天早上步行过桥。市议会表示渡轮将在大桥关闭期间运送行人。"},
	{ID: "b1", Title: "气象台发布暴雨黄色预警", Text: "气象台发布暴雨黄色预警，预计未来三天本市将出现持续强降雨，局部雨量超过一百毫米。防汛办提醒市民减少外出，远离河道和低洼地带。"},
	{ID: "b2", Title: "本市迎来强降雨 部分航班延误", Text: "本市迎来强降雨天气，气象部门发布暴雨预警。防汛部门表示，部分低洼路段可能出现积水，提醒市民注意出行安全，部分航班和列车可能延误。"},
	{ID: "c1", Title: "东城区化工厂发生火灾", Text: "周一晚间，东城区一家化工厂发生火灾，消防部门出动二十辆消防车赶赴现场。大火在三小时后被扑灭，没有人员伤亡。"},
	{ID: "c2", Title: "东城区化工厂起火 原因正在调查", Text: "东城区化工厂昨晚起火，浓烟笼罩周边街道。消防员经过三个小时的努力扑灭大火，当局表示事故原因正在调查中。"},
	{ID: "d1", Title: "渋谷と新宿を結ぶ地下鉄新駅が開業", Text: "東京都内で新しい地下鉄駅が開業し、初日から多くの利用者が訪れた。駅は渋谷と新宿を結ぶ新線の一部で、一日に五万人の利用が見込まれている。"},
	{ID: "d2", Title: "東京の地下鉄新駅 初日からにぎわう", Text: "渋谷と新宿を結ぶ地下鉄の新駅が東京で開業した。開業初日は多くの利用者でにぎわい、駅前の商店街も混雑した。"},
	{ID: "e1", Title: "서울시, 대중교통 요금 인상 발표", Text: "서울시는 내년부터 대중교통 요금을 인상한다고 발표했다. 지하철 기본요금은 150원 오르고 버스 요금도 함께 인상된다."},
	{ID: "e2", Title: "서울 지하철·버스 요금 오른다", Text: "서울시가 지하철과 버스 요금 인상 계획을 밝혔다. 지하철 기본요금이 150원 인상되며 시민들의 부담이 커질 전망이다."},
}

// TestClusterUnits: reports of one event in Chinese, Japanese or Korean
// join one story; reports of different events stay apart.
func TestClusterUnits(t *testing.T) {
	docs := slices.Clone(unitDocs)
	labels := Cluster(docs)
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			same := docs[i].ID[0] == docs[j].ID[0]
			if got := labels[i] == labels[j]; got != same {
				t.Errorf("%s and %s: same story %v, want %v", docs[i].ID, docs[j].ID, got, same)
			}
		}
	}
}

// unrelatedUnitDocs are Chinese reports of four unrelated events, made up
// for the test, that share only the common words of news copy (今天, 表示,
// 市民, 专家认为, 市政府).
var unrelatedUnitDocs = []Doc{
	{ID: "g1", Title: "北京举行新闻发布会", Text: "北京市政府今天举行新闻发布会，介绍了今年冬季空气质量改善的情况。发言人表示，今年以来，全市细颗粒物平均浓度同比下降百分之十二。\n\n他说，下一步将继续推进清洁能源替代工作，确保市民呼吸更加清新的空气。专家认为，这一成果来之不易。"},
	{ID: "g2", Title: "上海地铁新线路开通运营", Text: "上海地铁十八号线二期工程今天正式开通运营，全长约十五公里，共设车站十座。市民纷纷前往体验新线路。\n\n运营公司表示，新线路开通后，沿线居民出行时间将大幅缩短，早高峰发车间隔为四分钟。"},
	{ID: "g3", Title: "广州举办国际车展", Text: "第二十届广州国际汽车展览会今天在琶洲展馆开幕，展出车辆一千余台。主办方表示，今年新能源汽车展品占比超过一半。\n\n不少市民一早就来到现场参观。业内专家认为，今年车市将继续保持增长。"},
	{ID: "g4", Title: "深圳发布人才新政", Text: "深圳市政府今天发布新的人才引进政策，对高层次人才给予最高一百万元的住房补贴。有关负责人表示，新政将于下月起实施。\n\n市民和企业对新政反应积极。专家认为，这将进一步增强城市吸引力。"},
}

// TestClusterUnitsUnrelated: reports of unrelated events that share only
// common words stay apart two at a time (a corpus of two, where every
// other pair of characters is lone: without the residual term of
// withResidual each pair joined), all four together, and among the events
// of unitDocs, whose reports still join. g1 and g4, two city governments'
// announcements (市政府今天…发布…表示…市民…专家认为), joined among the four
// until the unit-stopwords rule (see unitDropped).
func TestClusterUnitsUnrelated(t *testing.T) {
	check := func(name string, docs []Doc) {
		t.Helper()
		labels := Cluster(docs)
		for i := range docs {
			for j := i + 1; j < len(docs); j++ {
				same := docs[i].ID[0] != 'g' && docs[i].ID[0] == docs[j].ID[0]
				if got := labels[i] == labels[j]; got != same {
					t.Errorf("%s: %s and %s: same story %v, want %v", name, docs[i].ID, docs[j].ID, got, same)
				}
			}
		}
	}
	for i := range unrelatedUnitDocs {
		for j := i + 1; j < len(unrelatedUnitDocs); j++ {
			check("pair", []Doc{unrelatedUnitDocs[i], unrelatedUnitDocs[j]})
		}
	}
	check("four", slices.Clone(unrelatedUnitDocs))
	check("with unitDocs", append(slices.Clone(unrelatedUnitDocs), unitDocs...))
}

func TestTokenizeUnits(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"北京举行展览会。", []string{"北京", "京举", "举行", "行展", "展览", "览会"}},
		// Rule unit-stopwords: 今天 and 表示 go, and the strays at their
		// edges (府今, 天举, 人表).
		{"市政府今天举行", []string{"市政", "政府", "举行"}},
		{"负责人表示", []string{"负责", "责人"}},
		// Rule kana-particles: pairs of hiragana go, the kanji's pairs
		// with its inflection stay.
		{"優勝を決めた", []string{"優勝", "勝を", "を決", "決め"}},
		{"された", nil},
		// Rule han-figures: a figure in Han numerals is one term, and the
		// stray at its edge goes; a lone numeral stays in its pair.
		{"二十三万人参加", []string{"二十三万", "人参", "参加"}},
		{"统一", []string{"统一"}},
		// Rule width: full-width letters and figures read as ASCII.
		{"２０２６年ＮＨＫ報道", []string{"2026", "年", "nhk", "報道"}},
		{"１，０００人と1,000人", []string{"1000", "人と", "1000", "人"}},
		{"3．5兆円と1，000人", []string{"3.5", "兆円", "円と", "1000", "人"}},
		{"市。北", []string{"市", "北"}},
		{"東京でカレー", []string{"東京", "京で", "でカ", "カレ", "レー"}},
		{"서울시는 발표", []string{"서울", "울시", "시는", "발표"}},
		{"ที่นี่", []string{"ที่นี่"}},
		// Rule letter-grams: Thai gives runs of four units.
		{"เชียงใหม่", []string{"เชียง", "ชียงใ", "ยงให", "งใหม่"}},
		{"Apple的iPhone上市2024年", []string{"apple", "的", "iphone", "上市", "2024", "年"}},
	} {
		var got []string
		tokenize(c.text, func(tk token) { got = append(got, string(tk.w)) })
		if !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDocTermsLatinPinned: Latin text gives the terms it gave before
// scripts written without spaces were split (the fingerprint was taken at
// the commit before that change).
func TestDocTermsLatinPinned(t *testing.T) {
	docs, _ := synthDocs(synth.Options{Events: 20, Reports: 3, Copies: 1, Paragraphs: 5, Seed: 4})
	docs = append(docs, Doc{Title: "Café Ünïcode", Text: "naïve résumé: Ж Москва ąę, “quoted” 3.5 498,000 Biden's"})
	h := fnv.New64a()
	var b [12]byte
	for i := range docs {
		for _, f := range docTerms(&docs[i]) {
			binary.LittleEndian.PutUint64(b[:], f.id)
			binary.LittleEndian.PutUint32(b[8:], math.Float32bits(f.w))
			h.Write(b[:])
		}
	}
	if got := h.Sum64(); got != latinTermsPin {
		t.Errorf("Latin terms fingerprint = %#x, want %#x", got, latinTermsPin)
	}
}

const latinTermsPin uint64 = 0xf9306cdaf09468fa

// TestClusterSyntheticUnits: package synth's corpus written as Chinese
// (synthCJK) clusters into its events as the Latin one does; with one
// paragraph a report has few terms, and recall is lower (see nterms: `go
// test ./internal/cluster -run TestClusterSyntheticUnits -v` logs the
// figures).
func TestClusterSyntheticUnits(t *testing.T) {
	for _, tt := range []struct {
		events, paragraphs int
		minP, minR         float64
	}{
		{100, 3, 0.98, 0.95},
		// One paragraph: 0.684 since lone bigrams keep their weight in a
		// residual term (see withResidual), which this corpus, whose
		// events share no words, can only cost; 0.743 with half of it
		// (the half-residual rule in vector).
		{200, 1, 0.98, 0.72},
	} {
		docs, gold := synthDocs(synth.Options{Events: tt.events, Reports: 4, Copies: 1, Paragraphs: tt.paragraphs, Seed: 5})
		for i := range docs {
			docs[i].Title = synthCJK(docs[i].Title)
			docs[i].Text = synthCJK(docs[i].Text)
		}
		p, r := pairwise(gold, Cluster(docs))
		t.Logf("%d events, %d paragraphs: pairwise precision %.3f recall %.3f", tt.events, tt.paragraphs, p, r)
		if p < tt.minP || r < tt.minR {
			t.Errorf("%d paragraphs: pairwise precision %.3f recall %.3f, want >= %.2f / %.2f", tt.paragraphs, p, r, tt.minP, tt.minR)
		}
	}
}

// TestDocTermsWidth: a report with its figures and Latin names in full
// width gives the terms of the same report in ASCII (rule width).
func TestDocTermsWidth(t *testing.T) {
	half := Doc{Title: "NHK: 2026年の予算案", Text: "政府は10日、総額115兆円の2026年度予算案を閣議決定した。GDP比は1.5%。"}
	full := Doc{Title: "ＮＨＫ：２０２６年の予算案", Text: "政府は１０日、総額１１５兆円の２０２６年度予算案を閣議決定した。ＧＤＰ比は１．５％。"}
	if h, f := docTerms(&half), docTerms(&full); !slices.Equal(h, f) {
		t.Errorf("full-width terms differ:\n%v\n%v", f, h)
	}
}
