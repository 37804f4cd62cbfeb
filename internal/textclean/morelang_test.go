package textclean

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDatelineMoreLanguages pins rule date-labels-more-languages (and the
// dates package's months-more-languages, year-first-month-name and
// spaced-dotted-date under it): the date lines of invented Swedish,
// Danish, Norwegian, Finnish, Czech, Russian, Ukrainian, Turkish and
// Hungarian stories give the published and modified dates and leave the
// body; a sentence that opens with a label word stays.
func TestDatelineMoreLanguages(t *testing.T) {
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		title, head, lead string
		published         string
		modified          string
	}{
		{"Ny simhall i Västerby", "Publicerad 12 mars 2025 kl. 10.15\n\nUppdaterad 13 mars 2025 kl. 08.02",
			"Kommunfullmäktige i Västerby röstade på tisdagskvällen för att bygga en ny simhall vid idrottsplatsen.", "2025-03-12", "2025-03-13"},
		{"Borgmester frifundet", "Publiceret 12. marts 2025 kl. 10.15\n\nOpdateret 13. marts 2025 kl. 8.02",
			"Byretten i Holstrup frifandt tirsdag den tidligere borgmester, der var tiltalt for svindel med kommunens penge.", "2025-03-12", "2025-03-13"},
		{"Storm ga strømbrudd", "Publisert 12. mars 2025 kl. 10.15\n\nOppdatert 13. mars 2025 kl. 08.02",
			"Uværet som traff kysten natt til tirsdag, førte til at rundt 40.000 kunder mistet strømmen i flere timer.", "2025-03-12", "2025-03-13"},
		{"Liikevaihto kasvoi", "Julkaistu 12.3.2025 10:15\n\nPäivitetty 13.3.2025 klo 8:02",
			"Teknologiayhtiön liikevaihto kasvoi viime vuonna 18 prosenttia 420 miljoonaan euroon, yhtiö kertoi tiistaina.", "2025-03-12", "2025-03-13"},
		{"Domácí tým ve finále", "Publikováno 12. 3. 2025\n\nAktualizováno 13. 3. 2025 v 8:02",
			"Fotbalisté domácího klubu porazili v úterním semifinále favorita 2:1 a postoupili do finále poháru.", "2025-03-12", "2025-03-13"},
		{"Совет одобрил мост", "Опубликовано 12 марта 2025, 10:15\n\nОбновлено 13 марта 2025 в 08:02",
			"Депутаты городского совета во вторник проголосовали за строительство нового моста через реку.", "2025-03-12", "2025-03-13"},
		{"Суд виніс вирок", "Опубліковано 12 березня 2025, 10:15\n\nОновлено 13 березня 2025 о 08:02",
			"Районний суд у вівторок визнав колишнього директора заводу винним у привласненні коштів.", "2025-03-12", "2025-03-13"},
		{"Fırtına uçuşları iptal ettirdi", "Yayınlanma: 12 Mart 2025 10:15\n\nGüncelleme: 13 Mart 2025 08:02",
			"Dün gece etkili olan fırtına nedeniyle havalimanında 120 uçuş iptal edildi, yetkililer açıkladı.", "2025-03-12", "2025-03-13"},
		{"Nyereséges a vasúttársaság", "Publikálva: 2025. március 12. 10:15\n\nFrissítve: 2025. március 13. 08:02",
			"A vasúttársaság tavaly 12 milliárd forint nyereséget ért el, derül ki a keddi gyorsjelentésből.", "2025-03-12", "2025-03-13"},
		// a sentence that opens with a label word is no date line
		{"Rapporten är klar", "Publicerad i går kväll, 12 mars 2025, visar rapporten att kommunen behöver fler lärare.",
			"Rapporten togs fram av kommunens utbildningsförvaltning under hösten.", "", ""},
	} {
		body := checkDateLine(t, now, tc.title, tc.head, tc.lead, tc.published, tc.modified, tc.published != "")
		if tc.published == "" && !strings.Contains(strings.Join(body, "\n"), tc.head) {
			t.Errorf("%q: the sentence left the body: %q", tc.head, body)
		}
	}
}

// TestBylineMoreLanguages pins written-by-more-languages (package
// boilerplate) and rule cjk-reporter-byline: the byline under the
// headline of invented Finnish, Russian, Ukrainian, Turkish, Hungarian,
// Norwegian, Chinese and Japanese stories names the authors and leaves
// the body; a sentence that opens with the label stays.
func TestBylineMoreLanguages(t *testing.T) {
	for _, tc := range []struct {
		title, byline, lead string
		authors             []string
	}{
		{"Liikevaihto kasvoi", "Teksti: Matti Virtanen", "Teknologiayhtiön liikevaihto kasvoi viime vuonna 18 prosenttia, yhtiö kertoi.", []string{"Matti Virtanen"}},
		{"Совет одобрил мост", "Автор: Иван Петров", "Депутаты городского совета во вторник проголосовали за строительство моста.", []string{"Иван Петров"}},
		{"Суд виніс вирок", "Автор: Олена Коваленко", "Районний суд у вівторок визнав колишнього директора заводу винним.", []string{"Олена Коваленко"}},
		{"Fırtına uçuşları iptal ettirdi", "Yazar: Ayşe Yılmaz", "Dün gece etkili olan fırtına nedeniyle havalimanında 120 uçuş iptal edildi.", []string{"Ayşe Yılmaz"}},
		{"Nyereséges a vasúttársaság", "Szerző: Kovács Péter", "A vasúttársaság tavaly 12 milliárd forint nyereséget ért el, derül ki a jelentésből.", []string{"Kovács Péter"}},
		{"Storm ga strømbrudd", "Tekst: Kari Nordmann", "Uværet som traff kysten natt til tirsdag, førte til at 40.000 kunder mistet strømmen.", []string{"Kari Nordmann"}},
		{"市议会通过新建图书馆计划", "记者 王小明", "市议会周二以多数票通过了在城东新建公共图书馆的计划，预计投资两亿元。", []string{"王小明"}},
		{"市议会通过新建图书馆计划", "本报记者 王小明 李华", "市议会周二以多数票通过了在城东新建公共图书馆的计划，预计投资两亿元。", []string{"王小明", "李华"}},
		{"公司去年净利润增长两成", "作者：李华", "公司周二发布年报，去年实现净利润12亿元，同比增长20%。", []string{"李华"}},
		{"Суд арестовал главу района", "Текст: Иван Петров", "Суд во вторник арестовал бывшего главу района по делу о взятке.", []string{"Иван Петров"}},
		{"市議会、図書館の建設計画を可決", "山田太郎記者", "市議会は12日、市の東部に公共図書館を新設する計画を賛成多数で可決した。", []string{"山田太郎"}},
		// sentences, no bylines
		{"市長が会見", "記者会見で市長は計画の見直しを表明した。", "市議会は12日、市の東部に公共図書館を新設する計画を賛成多数で可決した。", nil},
		{"Совет одобрил мост", "Автор проекта, архитектор из Казани, представил его депутатам.", "Депутаты городского совета во вторник проголосовали за строительство моста.", nil},
	} {
		a, _ := Extract(tc.title+"\n\n"+tc.byline+"\n\n"+tc.lead+"\n", Options{})
		if !slices.Equal(a.Authors, tc.authors) {
			t.Errorf("%q: authors %q, want %q", tc.byline, a.Authors, tc.authors)
		}
		var body []string
		for _, b := range a.Body {
			body = append(body, b.Text)
		}
		if tc.authors != nil && !slices.Equal(body, []string{tc.lead}) {
			t.Errorf("%q: body %q, want the lead alone", tc.byline, body)
		}
		if tc.authors == nil && !slices.Contains(body, tc.byline) {
			t.Errorf("%q: the sentence left the body: %q", tc.byline, body)
		}
	}
}

// TestRelatedCJK pins rules related-fullwidth-colon and
// related-ends-at-cjk-stop: a "read also" label with a full-width colon
// is one link, and a bare related header's list of headlines ends at a
// sentence closed by the ideographic full stop; the story's paragraphs
// after either stay in the body (invented Japanese and Chinese stories).
func TestRelatedCJK(t *testing.T) {
	for _, tc := range []struct {
		text string
		keep []string
		gone []string
	}{
		{"市議会、図書館の建設計画を可決\n\n市議会は12日、市の東部に公共図書館を新設する計画を賛成多数で可決した。\n\n関連記事：旧市街の再開発が始動\n\n一部の議員からは立地について懸念の声も上がった。\n",
			[]string{"一部の議員からは立地について懸念の声も上がった。"}, []string{"関連記事：旧市街の再開発が始動"}},
		{"市议会通过新建图书馆计划\n\n市议会周二以多数票通过了在城东新建公共图书馆的计划，预计投资两亿元。\n\n相关阅读：老城区改造工程启动\n\n部分议员认为选址交通不便，建议重新评估。\n",
			[]string{"部分议员认为选址交通不便，建议重新评估。"}, []string{"相关阅读：老城区改造工程启动"}},
		{"市議会、図書館の建設計画を可決\n\n市議会は12日、市の東部に公共図書館を新設する計画を賛成多数で可決した。\n\nあわせて読みたい\n\n旧市街の再開発が始動\n\n駅前に新しい広場\n\n一部の議員からは立地について懸念の声も上がった。\n",
			[]string{"一部の議員からは立地について懸念の声も上がった。"}, []string{"旧市街の再開発が始動", "駅前に新しい広場"}},
		// a crosshead after the one link stays the story's
		{"市議会、図書館の建設計画を可決\n\n市議会は12日、市の東部に公共図書館を新設する計画を賛成多数で可決した。\n\n関連記事：旧市街の再開発が始動\n\n今後の課題\n\n一部の議員からは立地について懸念の声も上がった。\n",
			[]string{"今後の課題"}, []string{"関連記事：旧市街の再開発が始動"}},
	} {
		a, _ := Extract(tc.text, Options{})
		var body []string
		for _, b := range a.Body {
			body = append(body, b.Text)
		}
		for _, k := range tc.keep {
			if !slices.Contains(body, k) {
				t.Errorf("%q left the body: %q", k, body)
			}
		}
		for _, g := range tc.gone {
			if slices.Contains(body, g) {
				t.Errorf("%q stayed in the body: %q", g, body)
			}
		}
	}
}

// TestCreditFullwidthColon pins rule credit-fullwidth-colon: a labelled
// picture credit of a Chinese or Japanese story leaves the paragraph above
// it in the body (invented stories).
func TestCreditFullwidthColon(t *testing.T) {
	for _, tc := range []struct{ text, para string }{
		{"台風で交通機関に乱れ\n\n台風の接近に伴い、12日は各地で鉄道の運休や航空便の欠航が相次いだ。\n\n写真：共同\n\n気象庁は引き続き警戒を呼びかけている。\n",
			"台風の接近に伴い、12日は各地で鉄道の運休や航空便の欠航が相次いだ。"},
		{"公司去年净利润增长两成\n\n公司周二发布年报，去年实现净利润12亿元，同比增长20%。\n\n图片来源：视觉中国\n\n公司表示今年将继续扩大海外业务。\n",
			"公司周二发布年报，去年实现净利润12亿元，同比增长20%。"},
	} {
		a, _ := Extract(tc.text, Options{})
		var body []string
		for _, b := range a.Body {
			body = append(body, b.Text)
		}
		if !slices.Contains(body, tc.para) {
			t.Errorf("%q left the body: %q", tc.para, body)
		}
	}
}

// TestDatelineYearFirstAndSource pins the dates package's rule
// year-first-dotted under a Hungarian story's date line and rule
// dateline-cjk-source: the date and the source on one line of a Chinese
// story give the date and leave the body (invented stories).
func TestDatelineYearFirstAndSource(t *testing.T) {
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ title, head, lead, published string }{
		{"Bíróság elé áll a volt polgármester", "2025.03.12. 10:15",
			"A volt polgármester ellen hivatali visszaélés miatt emeltek vádat, közölte kedden az ügyészség.", "2025-03-12"},
		{"公司去年净利润增长两成", "2025-03-12 10:15　来源：新华社",
			"公司周二发布年报，去年实现净利润12亿元，同比增长20%。", "2025-03-12"},
		{"公司去年净利润增长两成", "2025年3月12日 10:15 来源：本报",
			"公司周二发布年报，去年实现净利润12亿元，同比增长20%。", "2025-03-12"},
		// year-first-spaced, date-labels-cjk, "Yayın Tarihi"
		{"Elfogadták a város költségvetését", "Közzétéve: 2025. 03. 12.",
			"A közgyűlés kedden elfogadta a város jövő évi költségvetését, a javaslatot 12 képviselő támogatta.", "2025-03-12"},
		{"市議会、予算案を可決", "公開日：2025年3月12日", "市議会は12日、来年度の予算案を賛成多数で可決した。総額は約500億円。", "2025-03-12"},
		{"市议会通过明年预算", "发布时间：2025-03-12 10:15", "市议会周二以多数票通过了明年的财政预算，总额约五百亿元。", "2025-03-12"},
		{"Belediye meclisi bütçeyi onayladı", "Yayın Tarihi: 12.03.2025 10:15",
			"Belediye meclisi dün akşam yapılan oturumda gelecek yılın bütçesini oy çokluğuyla onayladı.", "2025-03-12"},
	} {
		a, _ := Extract(tc.title+"\n\n"+tc.head+"\n\n"+tc.lead+"\n", Options{Now: now})
		pub := ""
		if d := a.Dates.Published; d != nil && !d.Estimated {
			pub = d.Value
		}
		if pub != tc.published {
			t.Errorf("%q: published %q, want %q", tc.head, pub, tc.published)
		}
		var body []string
		for _, b := range a.Body {
			body = append(body, b.Text)
		}
		if !slices.Equal(body, []string{tc.lead}) {
			t.Errorf("%q: body %q, want the lead alone", tc.head, body)
		}
	}
}

// TestDateLabelsDayFirstMoreLanguages pins what the labels of
// date-labels-more-languages and date-labels-cjk do beyond dateWords
// (TestDatelineMoreLanguages passes without them): dayFirstLabels read a
// slashed date day first and part a line at its second label, and
// modifiedLabels' "更新" makes a Japanese or Chinese date the update's
// (invented stories).
func TestDateLabelsDayFirstMoreLanguages(t *testing.T) {
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	const fi = "Teknologiayhtiön liikevaihto kasvoi viime vuonna 18 prosenttia 420 miljoonaan euroon, yhtiö kertoi tiistaina."
	const ja = "市議会は12日、来年度の予算案を賛成多数で可決した。総額は約500億円。"
	const zh = "市议会周二以多数票通过了明年的财政预算，总额约五百亿元。"
	for _, tc := range []struct {
		title, head, lead   string
		published, modified string
	}{
		{"Liikevaihto kasvoi", "Julkaistu 12/03/2025", fi, "2025-03-12", ""},
		{"Ny simhall i Västerby", "Publicerad 12/03/2025", "Kommunfullmäktige i Västerby röstade på tisdagskvällen för att bygga en ny simhall.", "2025-03-12", ""},
		{"Belediye meclisi bütçeyi onayladı", "Yayın Tarihi: 12/03/2025 10:15", "Belediye meclisi dün akşam yapılan oturumda gelecek yılın bütçesini onayladı.", "2025-03-12", ""},
		{"Совет одобрил мост", "Опубликовано 12/03/2025", "Депутаты городского совета во вторник проголосовали за строительство нового моста.", "2025-03-12", ""},
		{"Domácí tým ve finále", "Publikováno 12/03/2025", "Fotbalisté domácího klubu porazili v úterním semifinále favorita a postoupili do finále.", "2025-03-12", ""},
		{"Nyereséges a vasúttársaság", "Frissítve: 12/03/2025", "A vasúttársaság tavaly 12 milliárd forint nyereséget ért el, derül ki a gyorsjelentésből.", "", "2025-03-12"},
		{"Ny simhall i Västerby", "Publicerad 12 mars 2025 kl. 10.15 Uppdaterad 13 mars 2025 kl. 08.02",
			"Kommunfullmäktige i Västerby röstade på tisdagskvällen för att bygga en ny simhall.", "2025-03-12", "2025-03-13"},
		{"市議会、予算案を可決", "公開日：2025年3月12日\n\n更新日：2025年3月13日", ja, "2025-03-12", "2025-03-13"},
		{"市議会、予算案を可決", "公開日：2025年3月12日 更新日：2025年3月13日", ja, "2025-03-12", "2025-03-13"},
		{"市议会通过明年预算", "发布时间：2025-03-12 10:15\n\n更新时间：2025-03-13 08:02", zh, "2025-03-12", "2025-03-13"},
	} {
		checkDateLine(t, now, tc.title, tc.head, tc.lead, tc.published, tc.modified, true)
	}
}

// checkDateLine extracts a story of title, date line head and lead,
// checks its published and modified dates and, when leadAlone, that the
// date line left the body to the lead, and returns the body's texts.
func checkDateLine(t *testing.T, now time.Time, title, head, lead, published, modified string, leadAlone bool) []string {
	t.Helper()
	a, _ := Extract(title+"\n\n"+head+"\n\n"+lead+"\n", Options{Now: now})
	pub, mod := "", ""
	if d := a.Dates.Published; d != nil && !d.Estimated {
		pub = d.Value
	}
	if d := a.Dates.Modified; d != nil {
		mod = d.Value
	}
	if pub != published || mod != modified {
		t.Errorf("%q: published %q modified %q, want %q %q", head, pub, mod, published, modified)
	}
	var body []string
	for _, b := range a.Body {
		body = append(body, b.Text)
	}
	if leadAlone && !slices.Equal(body, []string{lead}) {
		t.Errorf("%q: body %q, want the lead alone", head, body)
	}
	return body
}

// TestDatelineSlashDayFirstClock: rule dateline-slash-day-first-clock
// reads an unlabelled slashed date day first when a clock word of a
// day-first language or an "08h15" time joins it; the slashed date alone
// stays unread (it may be American). Fails with the rule off.
func TestDatelineSlashDayFirstClock(t *testing.T) {
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	const pt = "Os estivadores de Vila Mar voltaram a cruzar os braços na segunda-feira, bloqueando o cais."
	const es = "Los estibadores de Villamar volvieron a parar el lunes por la mañana, bloqueando los muelles."
	for _, tc := range []struct {
		title, head, lead, published string
	}{
		{"Greve no porto de Vila Mar", "12/03/2026 às 08h15", pt, "2026-03-12"},
		{"Greve no porto de Vila Mar", "12/03/2026 08h15", pt, "2026-03-12"},
		{"La huelga del puerto de Villamar", "12/03/2026 a las 08:15", es, "2026-03-12"},
	} {
		checkDateLine(t, now, tc.title, "Por Rui Valadares\n\n"+tc.head, tc.lead, tc.published, "", true)
	}
	// the slashed date alone is left as it was
	a, _ := Extract("Harbour strike enters second week\n\nBy Ana Reyes\n\n12/03/2026\n\nDock workers in Port Alden stayed off the job on Monday as talks stalled.\n", Options{Now: now})
	if a.Dates.Published != nil && a.Dates.Published.Value == "2026-03-12" {
		t.Errorf("American slashed date read day first: %+v", a.Dates.Published)
	}
}
