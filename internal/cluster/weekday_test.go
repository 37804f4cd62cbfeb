package cluster

import (
	"slices"
	"testing"
	"time"
)

func TestWeekdayMask(t *testing.T) {
	const mon, tue, wed, fri = 1 << 0, 1 << 1, 1 << 2, 1 << 4
	tests := []struct {
		text string
		want uint8
	}{
		{"The council voted on Tuesday to close the pool.", tue},
		{"Tuesday's vote was close, and crews returned on Wednesday.", tue | wed},
		// Rule weekday-lede: the opening sentence's days are the report's;
		// without one, every sentence's.
		{"Tuesday's vote was close. Crews returned on Wednesday.", tue},
		{"The pool is closed. The council voted on Tuesday. Crews left on Wednesday.", tue | wed},
		{"The U.S. envoy Mark T. Hollis landed in Parrow on Tuesday. Talks began on Wednesday.", tue},
		{"The ferry sails again on Monday, the operator said Friday.", mon | fri},
		// Names, not dates.
		{"Shops in Parrow opened at dawn for Black Friday sales.", 0},
		{"Candidates campaigned hard before Super Tuesday in the south.", 0},
		{"Mondays are quiet at the harbour.", 0},
		// Rule weekday-paper.
		{"Yacht owners are angry, the Sunday Ledger reported.", 0},
		{"The Sunday Ledger reported the vote of Tuesday.", tue},
		{"Councillors met on Tuesday, the Sunday Ledger said.", tue},
		{"The Tuesday vote was close.", tue},
		{"On Tuesday Mayor Varnum said the vote was close.", tue},
		{"The vote fell on the Friday. Crews left.", fri},
		{"Nobody expected the vote to fall on the Friday", fri},
		// Rule weekday-after-name.
		{"The Brackwater Council Tuesday approved the harbour levy.", tue},
		{"The levy is unfair, Mayor Varnum Friday told reporters.", fri},
		{"The levy passed, the mayor told the Orvel Gazette Monday. Crews left.", mon},
		{"The levy passed, the mayor told the Orvel Gazette Monday", mon},
		{"Shops in Parrow expect Black Friday sales to rise.", 0},
		{"Candidates in the south face Super Tuesday primaries in March.", 0},
		{"Orvel still honours the Good Friday accord of its two parties.", 0},
		// Other languages.
		{"Am Dienstag sagte die Polizei, der Hafen bleibe zu.", tue},
		{"Le maire de Vellac a annoncé mardi la fermeture du port.", tue},
		{"La alcaldesa habló con Domingo Ruiz en el puerto.", 0},
		{"La alcaldesa habló el domingo en el puerto.", 1 << 6},
		{"É a segunda vez que o porto fecha.", 0},
		// Rule weekday-compound.
		{"Der Rat von Hollbach stimmte am Dienstagabend für die Brücke.", tue},
		{"Donnerstagnachmittag trat die Bürgermeisterin zurück.", 1 << 3},
		{"De raad van Veldrop stemde dinsdagavond in met de brug.", tue},
		{"Der Markt in Hollbach ist dienstagabends geöffnet.", 0},
		{"De omroep zendt Zondagavond Live uit vanuit Veldrop.", 0},
		// Rule weekday-clash-languages: the calendar's dateline languages
		// are not read, their names are common words too. The first three
		// pass with the rule off too (those names are no stop words, which
		// alone are looked up as weekdays); the Norwegian compound
		// "mandagmorgen", which rule weekday-compound looks up in weekdayOf,
		// fails then.
		{"Среда обитания птиц у озера Кальм сократилась.", 0},
		{"Tiga minggu lalu banjir melanda desa Sumberwaru.", 0},
		{"Η δεύτερη φάση του έργου στη Βέλτσα καθυστερεί.", 0},
		{"Bystyret i Veldrop stemte mandagmorgen for brua.", 0},
	}
	for _, tt := range tests {
		_, _, got, _ := docTermsLang(&Doc{Title: "Friday vote", Text: tt.text})
		if got != tt.want {
			t.Errorf("%q: weekdays %07b, want %07b", tt.text, got, tt.want)
		}
	}
}

// weekdayDocs are invented, undated reports of one saga in one town,
// Carrowmede: the council approving a bypass on Tuesday (three outlets),
// and protesters occupying its site on Thursday (three outlets). They
// share the town, the road, the council leader and the campaign group.
var weekdayDocs = []eventDoc{
	{"vote-1", "Carrowmede council approves bypass",
		"Carrowmede council approved the eastern bypass on Tuesday by 31 votes to 12. Council leader Imelda Forde said the road would take lorries out of the town centre. The Save Carrow Meadows group, which opposes the road, said it would fight on. Work on the bypass is due to start in May.", 1},
	{"vote-2", "Councillors back Carrowmede bypass plan",
		"Councillors in Carrowmede voted 31 to 12 on Tuesday to back the eastern bypass. Imelda Forde, the council leader, said lorries would no longer cross the town centre. Campaigners from Save Carrow Meadows said the vote was a mistake. Building work on the road should start in May.", 1},
	{"vote-3", "Bypass wins council vote in Carrowmede",
		"The eastern bypass around Carrowmede won the council's approval on Tuesday, 31 votes to 12. Leader Imelda Forde said the town centre would be free of lorries. Save Carrow Meadows said it would keep campaigning against the road. Work is to begin in May.", 1},
	{"camp-1", "Protesters occupy Carrowmede bypass site",
		"Protesters from Save Carrow Meadows occupied the site of the eastern bypass in Carrowmede on Thursday, two days after the council approved the road by 31 votes to 12. Council leader Imelda Forde said the road would go ahead, and pitched tents would not stop it. The group said it would stay.", 2},
	{"camp-2", "Campaigners set up camp on Carrowmede bypass route",
		"Campaigners of Save Carrow Meadows set up a camp on the route of the Carrowmede eastern bypass on Thursday. Councillors had backed the road 31 to 12, and Imelda Forde, the council leader, said lorries would no longer cross the town centre once it opens. Work is due to start in May.", 2},
	{"camp-3", "Tents go up on Carrowmede bypass route",
		"Tents went up in Carrowmede on Thursday as Save Carrow Meadows protesters occupied the planned route of the eastern bypass, which the council approved 31 votes to 12. Leader Imelda Forde said the town centre would be free of lorries and building would begin in May. The campaigners said they would stay.", 2},
}

// TestClusterWeekdayClash: rule weekday-clash. Among other towns'
// briefs, the vote and the camp share the town, the road, the leader and
// the campaign, and the camp's reports name the vote's story's words;
// told on different weekdays, they are two stories, each whole.
func TestClusterWeekdayClash(t *testing.T) {
	wantTwoEventsAmongBriefs(t, weekdayDocs, "the vote and the camp")
}

// eventDoc is an invented, undated report of event number event.
type eventDoc struct {
	id, title, text string
	event           int
}

// wantTwoEventsAmongBriefs clusters docs, undated, among a few hundred
// other towns' undated briefs (settingBackground) and checks with
// wantTwoEvents that they make two stories, each whole.
func wantTwoEventsAmongBriefs(t *testing.T, docs []eventDoc, what string) {
	t.Helper()
	all := settingBackground(400)
	for i := range all {
		all[i].Date = time.Time{}
	}
	first := len(all)
	events := make([]int, len(docs))
	for k, d := range docs {
		all = append(all, Doc{ID: d.id, Title: d.title, Text: d.text})
		events[k] = d.event
	}
	l := Cluster(all)
	wantTwoEvents(t, l[first:], events, what)
}

func TestWeekdaysClash(t *testing.T) {
	const tue, thu = 1 << 1, 1 << 3
	tests := []struct {
		a, b uint8
		want bool
	}{
		{tue, thu, true},
		{tue, tue | thu, false},
		{0, thu, false},
		{tue, 0, false},
	}
	for _, tt := range tests {
		if got := weekdaysClash(tt.a, tt.b); got != tt.want {
			t.Errorf("weekdaysClash(%07b, %07b) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// paperDocs are invented, undated reports: three of a town council's
// harbour levy, voted on Tuesday, one of which names no day but cites a
// Sunday paper; two of a rail strike on Friday; one of a museum.
var paperDocs = []eventDoc{
	{"levy-1", "Brackwater council approves harbour levy",
		"Brackwater's council approved a new harbour levy on Tuesday after a long debate, charging visiting yachts twelve crowns a night to repair the breakwater.\n\nMayor Ilse Varnum said the levy would raise enough within four years.", 1},
	{"levy-2", "Harbour levy passes in Brackwater",
		"Councillors in Brackwater voted on Tuesday to approve the harbour levy, a nightly charge on visiting yachts meant to pay for the crumbling breakwater.\n\nThe vote was nine to four.", 1},
	{"levy-3", "Yacht owners angry at Brackwater levy",
		"Yacht owners reacted angrily to the harbour levy approved by Brackwater council, which will charge visiting yachts a nightly fee to repair the breakwater, the Sunday Ledger reported.\n\nThe sailing club called the fee a tax on visitors.", 1},
	{"strike-1", "Orvel rail strike halts trains",
		"Train drivers in Orvel walked out on Friday, halting services on the coastal line as talks over pay collapsed.\n\nThe union said the strike would last two days.", 2},
	{"strike-2", "Drivers strike on Orvel coastal line",
		"No trains ran on the Orvel coastal line on Friday as drivers went on strike over pay, the union said.\n\nTalks with the operator collapsed on Thursday night.", 2},
	{"museum", "Museum reopens after flood repairs",
		"The Halden maritime museum reopened on Monday after a year of repairs following the flood that ruined its ground floor.\n\nVisitors queued from early morning.", 3},
}

// TestClusterWeekdayPaper: rule weekday-paper. The report citing the
// Sunday paper joins the other two reports of the levy; read as a date,
// its Sunday clashed with their Tuesday and it stood alone.
func TestClusterWeekdayPaper(t *testing.T) {
	docs := make([]Doc, len(paperDocs))
	for k, d := range paperDocs {
		docs[k] = Doc{ID: d.id, Title: d.title, Text: d.text}
	}
	l := Cluster(docs)
	for k, d := range paperDocs {
		for j, e := range paperDocs[:k] {
			if same := l[k] == l[j]; same != (d.event == e.event) {
				t.Errorf("%s and %s: same story %v, want %v (labels %v)", d.id, e.id, same, !same, l)
			}
		}
	}
}

// campRetold is weekdayDocs with the camp's three reports (the last
// three) told in the given words.
func campRetold(texts ...string) []eventDoc {
	docs := slices.Clone(weekdayDocs)
	for k, text := range texts {
		docs[3+k].text = text
	}
	return docs
}

// afterNameDocs are weekdayDocs with the camp's reports dated as
// American copy dates them, the weekday right after the subject or at
// the end of a sentence after a name (rule weekday-after-name).
var afterNameDocs = campRetold(
	"Protesters from Save Carrow Meadows Thursday occupied the site of the eastern bypass in Carrowmede, two days after the council approved the road by 31 votes to 12. Council leader Imelda Forde said the road would go ahead, and pitched tents would not stop it. The group said it would stay.",
	"Campaigners of Save Carrow Meadows set up a camp on the route of the Carrowmede eastern bypass, their spokesman told the Carrowmede Courier Thursday. Councillors had backed the road 31 to 12, and Imelda Forde, the council leader, said lorries would no longer cross the town centre once it opens. Work is due to start in May.",
	"Tents went up in Carrowmede as Save Carrow Meadows Thursday occupied the planned route of the eastern bypass, which the council approved 31 votes to 12. Leader Imelda Forde said the town centre would be free of lorries and building would begin in May. The campaigners said they would stay.",
)

// TestClusterWeekdayAfterName: rule weekday-after-name. The camp's
// reports name Thursday only after a name; read as part of the name,
// they named no day and did not clash with the vote's Tuesday.
func TestClusterWeekdayAfterName(t *testing.T) {
	wantTwoEventsAmongBriefs(t, afterNameDocs, "the vote and the camp, dated after names")
}

// ledeDocs are weekdayDocs with the camp's reports recalling, after
// their opening sentence, the day of the vote (rule weekday-lede).
var ledeDocs = campRetold(
	"Protesters from Save Carrow Meadows occupied the site of the eastern bypass in Carrowmede on Thursday. The council approved the road on Tuesday by 31 votes to 12. Council leader Imelda Forde said the road would go ahead, and pitched tents would not stop it. The group said it would stay.",
	"Campaigners of Save Carrow Meadows set up a camp on the route of the Carrowmede eastern bypass on Thursday. Councillors had backed the road 31 to 12 on Tuesday, and Imelda Forde, the council leader, said lorries would no longer cross the town centre once it opens. Work is due to start in May.",
	"Tents went up in Carrowmede on Thursday as Save Carrow Meadows protesters occupied the planned route of the eastern bypass. On Tuesday the council approved it 31 votes to 12. Leader Imelda Forde said the town centre would be free of lorries and building would begin in May. The campaigners said they would stay.",
)

// TestClusterWeekdayLede: rule weekday-lede. The camp's reports recall
// the vote's Tuesday below their opening sentence; read as their day
// too, it was shared with the vote's story, and the two were one.
func TestClusterWeekdayLede(t *testing.T) {
	wantTwoEventsAmongBriefs(t, ledeDocs, "the vote and the camp, recalling the vote's day")
}
