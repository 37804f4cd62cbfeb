package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type got struct {
	Text, Unit, Subject, Source string
	Value                       any
}

func TestExtract(t *testing.T) {
	src := Options{Sources: []Source{{"YouGov", "YouGov"}, {"Smith", "Ann Smith"}, {"Ann Smith", "Ann Smith"}, {"Acme Health", "Acme Health"}, {"Office for National Statistics", "Office for National Statistics"}}}
	tests := []struct {
		name string
		text string
		want []got
	}{
		{"percent sign", "78% of nurses in Wales took part in the strike, the first in years.",
			[]got{{"78% of nurses in Wales took part in the strike", "percent", "nurses in Wales took part in the strike", "", 78.0}}},
		{"percent in words", "Only four percent blame the nurses.",
			[]got{{"Only four percent blame the nurses", "percent", "those who blame the nurses", "", 4.0}}},
		{"pc", "Turnout was 64pc.",
			[]got{{"Turnout was 64pc", "percent", "Turnout", "", 64.0}}},
		{"another share", "Another 39% opposed it, and a further 200 jobs went.",
			[]got{
				{"Another 39% opposed it", "percent", "those who opposed it", "", 39.0},
				{"a further 200 jobs went", "jobs", "jobs that went", "", 200.0}}},
		{"per cent", "Some 54 per cent of voters agreed.",
			[]got{{"Some 54 per cent of voters agreed", "percent", "voters agreed", "", 54.0}}},
		{"percentage points", "Support fell 3.5 percentage points.",
			[]got{{"Support fell 3.5 percentage points", "percentage points", "Support fell", "", 3.5}}},
		{"count of people", "The hospital treated 1,200 patients last winter.",
			[]got{{"The hospital treated 1,200 patients last winter", "people", "patients the hospital treated last winter", "", 1200.0}}},
		{"count of things", "The council will build 300 new homes.",
			[]got{{"The council will build 300 new homes", "homes", "new homes the council will build", "", 300.0}}},
		{"vague count", "Thousands of doctors marched.",
			[]got{{"Thousands of doctors marched", "people", "doctors marched", "", nil}}},
		{"money pounds", "The scheme cost £3m, officials said.",
			[]got{{"The scheme cost £3m", "GBP", "The scheme cost", "", 3e6}}},
		{"preposition before the number", "The board puts the bill at £40m, part of it from a grant.",
			[]got{{"the bill at £40m", "GBP", "the bill", "", 4e7}}},
		{"money dollars", "Acme Health said it lost $1.2 billion.",
			[]got{{"it lost $1.2 billion", "USD", "it lost", "Acme Health", 1.2e9}}},
		{"money words", "They paid 500 euros each.",
			[]got{{"They paid 500 euros each", "EUR", "They paid each", "", 500.0}}},
		{"ratio", "One in five nurses has left, according to Ann Smith.",
			[]got{{"One in five nurses has left", "ratio", "nurses has left", "Ann Smith", 0.2}}},
		{"fraction", "Nearly two thirds of voters stayed home.",
			[]got{{"Nearly two thirds of voters stayed home", "ratio", "voters stayed home", "", 2.0 / 3}}},
		{"a quarter", "A quarter of the wards closed.",
			[]got{{"A quarter of the wards closed", "ratio", "the wards closed", "", 0.25}}},
		{"the second half of a period is no share", "Sales should recover in the second half of the year, and half of the stores will stay open.",
			[]got{{"half of the stores will stay open", "ratio", "the stores will stay open", "", 0.5}}},
		{"a poll's maker after its post-modifier; its sample is no claim", "A poll of 800 shop owners carried out for the Gazette by Norland Research found that 41% expect to close.",
			[]got{
				{"41% expect to close", "percent", "shop owners who expect to close", "Norland Research", 41.0}}},
		{"an unnamed survey is the source", "A survey of 800 residents found that 62% support a ban on lawn watering.",
			[]got{{"62% support a ban on lawn watering", "percent", "residents who support a ban on lawn watering", "a survey of 800 residents", 62.0}}},
		{"according to an unnamed study", "According to a new study published last week, the reservoir lost 3 million litres a day in July.",
			[]got{{"the reservoir lost 3 million litres a day in July", "litres", "litres a day the reservoir lost in July", "a new study published last week", 3e6}}},
		{"according to an unnamed study at the sentence's end", "About 25% fewer walkers fell ill, according to a large new study.",
			[]got{{"About 25% fewer walkers fell ill", "percent", "fewer walkers fell ill", "a large new study", 25.0}}},
		{"an unnamed study that does not report is no source", "A study of 40 towns is due in May, and 300 homes were flooded.",
			[]got{{"300 homes were flooded", "homes", "homes flooded", "", 300.0}}},
		{"the maker in an aside, carried by It and by the poll", "The poll, by the Harlow Institute, also found that 41% would pay more. It also found that one in five households had no meter. The poll showed 12% were new. They said 9% left. Separately, 30% of homes were empty.",
			[]got{
				{"41% would pay more", "percent", "those who would pay more", "Harlow Institute", 41.0},
				{"one in five households had no meter", "ratio", "households had no meter", "Harlow Institute", 0.2},
				{"12% were new", "percent", "those who were new", "Harlow Institute", 12.0},
				{"9% left", "percent", "left", "Harlow Institute", 9.0},
				{"30% of homes were empty", "percent", "homes were empty", "", 30.0}}},
		{"a source carried from a sentence without numbers", "Acme Health published a study on Monday. It found that 38% had skipped a meal.",
			[]got{{"38% had skipped a meal", "percent", "those who had skipped a meal", "Acme Health", 38.0}}},
		{"two number words in a row are two numbers", "Now one in five bars sold is own-label, up from one in eight five years ago.",
			[]got{
				{"Now one in five bars sold is own-label", "ratio", "bars sold is own-label", "", 0.2},
				{"up from one in eight five years ago", "ratio", "bars sold is own-label five years ago", "", 0.125}}},
		{"a crowd of, and a partitive of them", "A crowd of 14,280 watched. Of the patients, 2,310 of them recovered.",
			[]got{
				{"A crowd of 14,280 watched", "people", "A crowd of watched", "", 14280.0},
				{"2,310 of them recovered", "people", "those who recovered", "", 2310.0}}},
		{"a leading despite is no part of the claim", "The council closed the pier, despite a petition signed by 3,400 people.",
			[]got{{"a petition signed by 3,400 people", "people", "a petition signed by people", "", 3400.0}}},
		{"negative", "Annual inflation was −0.2% in March; -1.5 per cent in April, in the COVID-19 wave.",
			[]got{
				{"Annual inflation was −0.2% in March", "percent", "Annual inflation in March", "", -0.2},
				{"-1.5 per cent in April", "percent", "", "", -1.5}}}, // a date alone is no subject (rule timeOnlySubject)
		{"per-cent", "The vacancy rate was 1.7 per-cent.",
			[]got{{"The vacancy rate was 1.7 per-cent", "percent", "The vacancy rate", "", 1.7}}},
		{"hyphenated fraction", "Two-thirds of the budget goes on pay.",
			[]got{{"Two-thirds of the budget goes on pay", "ratio", "the budget goes on pay", "", 2.0 / 3}}},
		{"crowd at", "Police estimated the crowd at 20,000.",
			[]got{{"the crowd at 20,000", "people", "the crowd", "", 2e4}}},
		{"dollar prefixes", "The family earned C$98,390 and A$5m went to Sydney.",
			[]got{{"The family earned C$98,390 and A$5m went to Sydney", "CAD", "The family earned and A$5m went to Sydney", "", 98390.0}}},
		{"a plural noun that is also a verb of speech", "The council will cut 150 posts and publish 30 reports.",
			[]got{{"The council will cut 150 posts and publish 30 reports", "posts", "The council will cut posts and publish 30 reports", "", 150.0}}},
		{"a hyphenated scale", "A still-missing $700-million was spent.",
			[]got{{"A still-missing $700-million was spent", "USD", "A still-missing was spent", "", 7e8}}},
		{"names and dates with numbers are no claims", "After the Sept. 14 talks, the Fortune 500 companies and Section 230 rules changed.", nil},
		{"pct glued to its figure", "Turnout was 64pct.",
			[]got{{"Turnout was 64pct", "percent", "Turnout", "", 64.0}}},
		{"a capitalised hedge inside a headline is no name", "Flood Leaves About 300 Families Homeless",
			[]got{{"Flood Leaves About 300 Families Homeless", "people", "Flood Leaves Families Homeless", "", 300.0}}},
		{"a study's maker in an aside after from", "The poll, from the Harlow Institute, found that 40% of tenants moved.",
			[]got{{"40% of tenants moved", "percent", "tenants moved", "Harlow Institute", 40.0}}},
		{"an unnamed study ends before also", "A survey of 800 residents also found that 62% support a ban.",
			[]got{{"62% support a ban", "percent", "residents who support a ban", "a survey of 800 residents", 62.0}}},
		{"a lone letter of an abbreviation is no maker", "A survey by the U.S. Census Bureau found 40% of homes had solar panels.",
			[]got{{"40% of homes had solar panels", "percent", "homes had solar panels", "a survey by the U.S. Census Bureau", 40.0}}},
		{"a month is no source", "August data showed 40% of firms hired.",
			[]got{{"40% of firms hired", "percent", "firms hired", "", 40.0}}},
		{"and before a figure that acts opens a clause", "In the survey, 52 percent would pick Ortega and just 39 percent would back Lindqvist, as 212 riders and 61 walkers watched.",
			[]got{
				{"52 percent would pick Ortega", "percent", "those who would pick Ortega", "", 52.0},
				{"just 39 percent would back Lindqvist", "percent", "those who would back Lindqvist", "", 39.0},
				{"as 212 riders and 61 walkers watched", "people", "riders and 61 walkers watched", "", 212.0}}},
		{"half a million", "Hale won half a million fewer ballots than Moreno.",
			[]got{{"Hale won half a million fewer ballots than Moreno", "ballots", "Hale won fewer ballots than Moreno", "", 5e5}}},
		{"a weight in pounds, a national dollar", "The barge weighs more than 90,000 pounds and costs 14 Canadian dollars an hour.",
			[]got{
				{"The barge weighs more than 90,000 pounds", "pounds", "The barge weighs", "", 9e4},
				{"costs 14 Canadian dollars an hour", "CAD", "costs an hour", "", 14.0}}},
		{"national dollars", "Fees rose to 14 Canadian dollars.",
			[]got{{"Fees rose to 14 Canadian dollars", "CAD", "Fees", "", 14.0}}},
		{"pct and rupees", "Profit rose 12 pct to ₹4,500 crore.",
			[]got{
				{"Profit rose 12 pct", "percent", "Profit rose", "", 12.0},
				{"to ₹4,500 crore", "INR", "Profit", "", 4.5e10}}},
		{"rupees in crore", "The state will spend ₹4,500 crore.",
			[]got{{"The state will spend ₹4,500 crore", "INR", "The state will spend", "", 4.5e10}}},
		{"minutes are time", "Twenty mins later, 300 homes burned.",
			[]got{{"300 homes burned", "homes", "homes burned", "", 300.0}}},
		{"page counts are no claims", "The novel runs to 412 pages over 30 chapters.", nil},
		{"the majority acts", "A poll of 900 adults found that the majority back the ban.",
			[]got{{"the majority back the ban", "", "adults who back the ban", "a poll of 900 adults", nil}}},
		{"twice", "Waiting lists are twice as long as in 2010.",
			[]got{{"Waiting lists are twice as long as in 2010", "times", "Waiting lists are as long as in 2010", "", 2.0}}},
		{"times", "Prices rose three times faster than wages.",
			[]got{{"Prices rose three times faster than wages", "times", "Prices rose faster than wages", "", 3.0}}},
		{"majority with poll source", "A YouGov poll for the Gazette found that the majority of residents back the tram plan, and 61% blame the council while just three percent blame cyclists.",
			[]got{
				{"the majority of residents back the tram plan", "", "residents back the tram plan", "YouGov", nil},
				{"61% blame the council", "percent", "residents who blame the council", "YouGov", 61.0},
				{"just three percent blame cyclists", "percent", "residents who blame cyclists", "YouGov", 3.0},
			}},
		{"unknown pollster before study noun", "A Brightline survey found 61% of drivers speed.",
			[]got{{"61% of drivers speed", "percent", "drivers speed", "Brightline", 61.0}}},
		{"a capitalised study noun ends a name", "Unemployment stood at 4.2 per cent in May, the Office for National Statistics said.",
			[]got{{"Unemployment stood at 4.2 per cent in May", "percent", "Unemployment in May", "Office for National Statistics", 4.2}}},
		{"a known name in an aside before the verb", "The fund lost $3.4bn, its chief executive, Ann Smith, said.",
			[]got{{"The fund lost $3.4bn", "USD", "The fund lost", "Ann Smith", 3.4e9}}},
		{"the object of a verb of speech", "Ministers pledged £2bn a year for the scheme. He said 300 jobs would go. He said 40% of staff had left.",
			[]got{
				{"Ministers pledged £2bn a year for the scheme", "GBP", "Ministers pledged a year for the scheme", "", 2e9},
				{"300 jobs would go", "jobs", "jobs that would go", "", 300.0},
				{"40% of staff had left", "percent", "staff had left", "", 40.0}}},
		{"New opens a name; a month before it does not", "A New York Times poll found 40% agree. July's Gallup poll found 30% agree.",
			[]got{
				{"40% agree", "percent", "those who agree", "New York Times", 40.0},
				{"30% agree", "percent", "those who agree", "Gallup", 30.0}}},
		{"Survey after an -al adjective is part of the name", "A surveyor for the Ruritanian Geological Survey said 40% of the coast was hit.",
			[]got{{"40% of the coast was hit", "percent", "the coast was hit", "Ruritanian Geological Survey", 40.0}}},
		{"a study published in a journal", "The study, published in The Lancet, found that aspirin cut the risk by 18%.",
			[]got{{"aspirin cut the risk by 18%", "percent", "aspirin cut the risk", "Lancet", 18.0}}},
		{"a capitalised Poll follows its maker", "In a WKTV/Brindle Research Poll, 38 percent of anglers said no.",
			[]got{{"38 percent of anglers said no", "percent", "anglers said no", "Brindle Research", 38.0}}},
		{"survey by", "A survey by the Kings Fund showed 40% of GPs plan to quit.",
			[]got{{"40% of GPs plan to quit", "percent", "GPs plan to quit", "Kings Fund", 40.0}}},
		{"speaker after verb", "Half of the wards are closed, said Smith.",
			[]got{{"Half of the wards are closed", "ratio", "the wards are closed", "Ann Smith", 0.5}}},
		{"dozens", "Four dozen questions went to a dozen lawyers and several dozen rights activists.",
			[]got{
				{"Four dozen questions went to a dozen lawyers and several dozen rights activists", "questions", "questions that went to a dozen lawyers and several dozen rights activists", "", 48.0},
			}},
		{"a dozen", "More than a dozen nurses quit.",
			[]got{{"More than a dozen nurses quit", "people", "nurses quit", "", 12.0}}},
		{"several dozen", "Several dozen immigrant rights activists marched.",
			[]got{{"Several dozen immigrant rights activists marched", "people", "immigrant rights activists marched", "", nil}}},
		{"index names", "Nasdaq and S&P 500 futures rose and the FTSE 100 stocks fell.", nil},
		{"hundreds of thousands", "We will see hundreds of thousands.",
			[]got{{"We will see hundreds of thousands", "", "We will see", "", nil}}},
		{"not claims", "On April 26, 2016 at 9pm, two men began a two-day walk in 2015 and 10-year-old Jo watched No. 10 for 3 hours.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gs []got
			for _, c := range Extract(tt.text, src) {
				if tt.text[c.Start:c.End] != c.Text {
					t.Errorf("span %d:%d is %q, text %q", c.Start, c.End, tt.text[c.Start:c.End], c.Text)
				}
				g := got{Text: c.Text, Unit: c.Unit, Subject: c.Subject, Source: c.Source}
				if c.Value != nil {
					g.Value = *c.Value
				}
				gs = append(gs, g)
			}
			if d := cmp.Diff(tt.want, gs); d != "" {
				t.Errorf("claims (-want +got):\n%s", d)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	text := "Mr. Smith met Dr. J. Jones at 3.30. He said “No.” Then he left! Line one\nLine two"
	var got []string
	for _, s := range Sentences(text) {
		got = append(got, text[s[0]:s[1]])
	}
	want := []string{"Mr. Smith met Dr. J. Jones at 3.30.", "He said “No.”", "Then he left!", "Line one", "Line two"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"New poll found 4%", "A New survey found 5%", "£3m", "one in", "78%", "thousands of", "$", "twenty-", "the majority of", "a hundred and", "US$5bn people", "1,2,3 . 4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range Extract(s, Options{Sources: []Source{{s, s}, {"A", "B"}}}) {
			if c.Start < 0 || c.End > len(s) || c.Start > c.End || s[c.Start:c.End] != c.Text {
				t.Fatalf("bad span %d:%d for %q", c.Start, c.End, c.Text)
			}
			if strings.TrimSpace(c.Text) == "" {
				t.Fatalf("empty claim")
			}
		}
	})
}

// TestRanges checks rule range: the lower end is Value, the upper ValueMax.
func TestRanges(t *testing.T) {
	type rgot struct {
		Text, Unit, Subject, Source string
		Value, Max                  any
	}
	tests := []struct {
		name string
		text string
		want []rgot
	}{
		{"range between money", "Tickets cost between £45 and £120, organisers said.",
			[]rgot{{"Tickets cost between £45 and £120", "GBP", "Tickets cost", "", 45.0, 120.0}}},
		{"range with a shared scale", "Between 3 and 5 million people could be affected.",
			[]rgot{{"Between 3 and 5 million people could be affected", "people", "people who could be affected", "", 3e6, 5e6}}},
		{"range with a hyphen and a to", "Repairs will cost $20m-$25m; 10 to 15 per cent of staff will leave.",
			[]rgot{
				{"Repairs will cost $20m-$25m", "USD", "Repairs will cost", "", 2e7, 2.5e7},
				{"10 to 15 per cent of staff will leave", "percent", "staff will leave", "", 10.0, 15.0}}},
		{"no range: a change from one share to another (rule changeLevel)", "Tariffs rose from 12 per cent to 30 per cent.",
			[]rgot{
				{"Tariffs rose from 12 per cent", "percent", "Tariffs rose", "", 12.0, nil},
				{"to 30 per cent", "percent", "Tariffs", "", 30.0, nil}}},
		{"no range: a change from, two amounts", "Support rose from 10 to 15 per cent; fines of £45 and £120 were paid.",
			[]rgot{
				{"Support rose from 10 to 15 per cent", "percent", "Support rose from 10", "", 15.0, nil},
				{"fines of £45 and £120 were paid", "GBP", "fines and £120 were paid", "", 45.0, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gs []rgot
			for _, c := range Extract(tt.text, Options{}) {
				g := rgot{Text: c.Text, Unit: c.Unit, Subject: c.Subject, Source: c.Source}
				if c.Value != nil {
					g.Value = *c.Value
				}
				if c.ValueMax != nil {
					g.Max = *c.ValueMax
				}
				gs = append(gs, g)
			}
			if d := cmp.Diff(tt.want, gs); d != "" {
				t.Errorf("claims (-want +got):\n%s", d)
			}
		})
	}
}

// TestSubjects checks the subject rules, each on a case of its own.
func TestSubjects(t *testing.T) {
	tests := []struct {
		rule, text, want string
	}{
		{"shareWho, population from a survey", "A survey of 500 nurses found 30% plan to quit.", "nurses who plan to quit"},
		{"shareWho, population from a share's group", "Most of the 78% of the public who voted, and 54% blame the council.", "the public who blame the council"},
		{"shareWho, no population", "Some 41% would pay more.", "those who would pay more"},
		{"shareWho, a noun after the figure is no verb", "A 5% rise in rents hit tenants.", "rise in rents hit tenants"},
		{"shareWho, population carried by It", "The trust counted 2,000 patients. It found that 12% waited a year.", "patients who waited a year"},
		{"countedObject", "The bridge carries 70,000 vehicles a day.", "vehicles a day the bridge carries"},
		{"countedObject, not with a post-modifier", "Researchers followed 12,000 adults aged over 45.", "Researchers followed adults aged over 45"},
		{"countedObject, not with a second count", "The clinic treated 212 riders and 61 walkers.", "The clinic treated riders and 61 walkers"},
		{"countedObject, not after an article", "The remaining 300 homes were sold.", "The remaining homes were sold"},
		{"countedObject after an auxiliary and a hedge", "The strike will involve about 4,500 workers at 30 sites.", "workers the strike will involve at 30 sites"},
		{"countedObject after to", "It plans to cut 300 jobs.", "jobs it plans to cut"},
		{"countedObject, not before a relative clause", "Drought could affect two billion people who fish.", "Drought could affect people who fish"},
		{"countedObject, not after a copula", "There are 410 seats at stake.", "There are seats at stake"},
		{"countedObject, not after a change", "Shares of Tollund Mining climbed 37 cents.", "Shares of Tollund Mining climbed cents"},
		{"countedObject, not in a relative clause", "The city, which has 612,480 citizens, voted.", "The city has citizens"},
		{"shareWho, not before an adjective and its group", "Overall, 3 in 10 licensed anglers agreed.", "licensed anglers agreed"},
		{"previousLevel, a share with its own clause", "Most growers trust her, compared with 27 percent who rate her poorly.", "those who rate her poorly"},
		{"a full share", "A full 83 percent of farmers agree.", "farmers agree"},
		{"countedObject, not before of", "The council voted to build 12 kilometres of cycle lanes.", "The council voted to build kilometres of cycle lanes"},
		{"levelVerb", "Unemployment rose to 4.3 per cent in June.", "Unemployment in June"},
		{"levelVerb, topped", "Its market value topped $3 trillion for the first time.", "Its market value for the first time"},
		{"levelVerb, worth", "The deal was worth £40m.", "The deal"},
		{"levelVerb, any currency", "Profit rose to ₹4,500 crore.", "Profit"},
		{"levelVerb, a prefixed dollar", "Sales rose to A$5m.", "Sales"},
		{"levelVerb, kept before an adjective", "The vaccine was 95 per cent effective.", "The vaccine was effective"},
		{"changeLevel, the level reached", "Revenue rose 4.5% to £2.9 billion.", "Revenue"},
		{"changeTarget, the level it started from", "The krona edged down to $0.0942 from $0.0951.", "The krona"},
		{"changeTarget, no year", "Income rose 4% from 1962 to 1974.", "Income rose from 1962 to 1974"},
		{"previousLevel", "Turnout reached 67.3% this year, up from 61.2% in 2019.", "Turnout in 2019"},
		{"previousLevel, without the first figure's time", "The city spent €14.5m on road repairs last year, down from €17m in 2022.", "The city spent on road repairs in 2022"},
		{"previousLevel, compared with", "Rents rose 4% in 2023, compared with 3% in 2022.", "Rents rose in 2022"},
		{"a lone determiner before the figure stays", "Her $41,000 windfall was spent.", "Her windfall was spent"},
		{"countedObject, not after a preposition", "Out of 1,300 licensed anglers, most agreed.", "Out of licensed anglers"},
		{"countedObject, not without a subject", "Ortega, who needs about 214 seats to win, spoke.", "Ortega needs seats to win"},
		{"make up keeps its up", "Young voters make up about 300 convention delegates.", "Young voters make up convention delegates"},
		{"countedObject, not a distance", "They would cycle 140 miles north.", "They would cycle miles north"},
		{"countedObject, not small coins", "Workers earn 410 pesos a day.", "Workers earn pesos a day"},
		{"countedObject, not after a long lead", "The small family bakery on the corner of Mill Lane sold 300 loaves.", "The small family bakery on the corner of Mill Lane sold loaves"},
		{"a closing bracket stays", "The council [spent] about £40m on roads.", "The council [spent] on roads"},
		{"countedObject, not after a participle", "Marsh quit the contest having won 58 seats.", "Marsh quit the contest having won seats"},
		{"a lone preposition before the figure", "The motion failed, with just 2 percent.", ""},
		{"makeUp, people", "Women make up just 28% of engineering graduates.", "engineering graduates who are women"},
		{"makeUp, things", "Own brands now account for one in five of the bars sold.", "the bars sold that are own brands"},
		{"makeUp, represent", "Exports represent 40% of output.", "output that are exports"},
		{"numberLead, a time adverbial", "Each year 10% of new teachers leave.", "new teachers leave"},
		{"numberLead, hedges before the figure", "The charity has raised more than $4.5m since January.", "The charity has raised since January"},
		{"dangling preposition before a level", "The economy shrank by 0.3% in the third quarter.", "The economy shrank in the third quarter"},
		{"a preposition before a group stays", "Own brands account for one in five bars sold.", "Own brands account for bars sold"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			cs := Extract(tt.text, Options{})
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tt.text)
			}
			if got := cs[len(cs)-1].Subject; got != tt.want {
				t.Errorf("subject %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTokenizeFoldsApostrophes: a word's curly apostrophe is folded in its
// lower-case form, so that "’s" and "'s" read alike.
func TestTokenizeFoldsApostrophes(t *testing.T) {
	toks := tokenize("Monday’s figures", 0)
	if len(toks) == 0 || toks[0].lower != "monday's" || toks[0].text != "Monday’s" {
		t.Errorf("tokenize = %+v, want Monday’s folded to monday's", toks)
	}
}
