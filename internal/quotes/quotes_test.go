package quotes

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/model"
)

// TestExtractForms pins one example of each quote form and speaker pattern.
func TestExtractForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []model.Quote // only Form, Text, Speaker, SpeakerMention, SpeakerIsGroup are compared
	}{
		{"direct after",
			`"We will win this seat," said Maria Lopez.`,
			[]model.Quote{{Form: "direct", Text: "We will win this seat,", Speaker: "Maria Lopez", SpeakerMention: "Maria Lopez"}}},
		{"direct curly, speaker before",
			"Tom Baker said: “The plan has failed.”",
			[]model.Quote{{Form: "direct", Text: "The plan has failed.", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"split quote is one quote",
			`"First," he said, "we fix the roof." Mr Baker smiled.`,
			[]model.Quote{{Form: "direct", Text: `First," he said, "we fix the roof.`, SpeakerMention: "he"}}},
		{"a run-on quote after said goes on",
			`"The roof leaks," Tom Baker said. "We fix it in May."`,
			[]model.Quote{{Form: "direct", Text: `The roof leaks," Tom Baker said. "We fix it in May.`, Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a run-on quote after a present-tense says stands alone",
			`"The roof leaks," Tom Baker says. "We fix it in May."`,
			[]model.Quote{
				{Form: "direct", Text: `The roof leaks,`, Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "direct", Text: `We fix it in May.`, Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a colon attribution after a full quoted sentence introduces a new quote",
			"\"The roof leaks,\" Tom Baker said.\n\n\"We fix it in May.\" Ana Franco added: \"The council has the money.\"",
			[]model.Quote{
				{Form: "direct", Text: `The roof leaks,`, Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "direct", Text: `We fix it in May.`, Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "direct", Text: `The council has the money.`, Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"an indefinite noun phrase closing the sentence is the writer's comment",
			"Tom Baker said the plant would cut 300 jobs, a blow to the whole valley.",
			[]model.Quote{{Form: "indirect", Text: "the plant would cut 300 jobs", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"an appositive closed by a comma stays in the reported clause",
			"Tom Baker said the winner, a local teacher, will speak on Friday.",
			[]model.Quote{{Form: "indirect", Text: "the winner, a local teacher, will speak on Friday", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a short opening before a medial according-to phrase runs on after it",
			"At 300 feet, according to Ana Gibson, the driver could see the stop sign.",
			[]model.Quote{{Form: "indirect", Text: "At 300 feet, according to Ana Gibson, the driver could see the stop sign", Speaker: "Ana Gibson", SpeakerMention: "Ana Gibson"}}},
		{"a clause before a medial according-to phrase is the content",
			"The council spent more on roads than on schools last year, according to Ana Gibson, who audited it.",
			[]model.Quote{{Form: "indirect", Text: "The council spent more on roads than on schools last year", Speaker: "Ana Gibson", SpeakerMention: "Ana Gibson"}}},
		{"an adverbial between a finding verb and its that-clause",
			"The inspector indicated on Friday that the bridge would stay shut until May.",
			[]model.Quote{{Form: "indirect", Text: "that the bridge would stay shut until May", Speaker: "The inspector", SpeakerMention: "The inspector"}}},
		{"an infinitive speech verb speaks for the governing verb's subject",
			"Even after the fine, Tom Baker continued to say he had never seen the letter.",
			[]model.Quote{{Form: "indirect", Text: "he had never seen the letter", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"suffice it to say is an idiom",
			"Suffice it to say, there is not much left of the old pier.",
			nil},
		{"a restrictive who after a capitalised plural speaks",
			"The audit handed a weapon to Greens who say the tunnel is a waste of cash.",
			[]model.Quote{{Form: "indirect", Text: "the tunnel is a waste of cash", Speaker: "Greens", SpeakerMention: "who", SpeakerIsGroup: true}}},
		{"a verb phrase before and said leaves the sentence's subject speaking",
			"Tom Baker, a retired ferry pilot, joined the board and said he is warming to the harbour plan.",
			[]model.Quote{{Form: "indirect", Text: "he is warming to the harbour plan", Speaker: "Tom Baker", SpeakerMention: "Tom Baker, a retired ferry pilot"}}},
		{"a name that opens a sentence with a he in it is a person, who then speaks",
			"Ivo Brandt said the pier was shut.\n\nMamadi Oukar was on a trip from Leith when he got stuck in a room with two guests.\n\n\"They told us to wait in the room for the police,\" he said.",
			[]model.Quote{
				{Form: "indirect", Text: "the pier was shut", Speaker: "Ivo Brandt", SpeakerMention: "Ivo Brandt"},
				{Form: "direct", Text: "They told us to wait in the room for the police,", Speaker: "Mamadi Oukar", SpeakerMention: "he"},
			}},
		{"a citing participle after the attribution opens a second quote, a quotation after it included",
			"“The pier is safe for every boat,” Laura Brennan said, urging sailors to “stay calm and wait for the tide.”",
			[]model.Quote{
				{Form: "direct", Text: "The pier is safe for every boat,", Speaker: "Laura Brennan", SpeakerMention: "Laura Brennan"},
				{Form: "partial", Text: "stay calm and wait for the tide.", Speaker: "Laura Brennan", SpeakerMention: "Laura Brennan"},
			}},
		{"a possessive opens the speaker phrase",
			"Her festival helpers here said they repaint the pier every spring.",
			[]model.Quote{{Form: "indirect", Text: "they repaint the pier every spring", Speaker: "her festival helpers", SpeakerIsGroup: true, SpeakerMention: "Her festival helpers"}}},
		{"a pronoun opening the clause after a comma and said is no inverted speaker",
			"Tom Baker, 58, a baker, said he was relieved but still feared the tide.",
			[]model.Quote{{Form: "indirect", Text: "he was relieved but still feared the tide", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a time adverbial between the subject and its verb",
			"Council spokesman Tom Baker on Thursday evening said the pier was safe.",
			[]model.Quote{{Form: "indirect", Text: "the pier was safe", Speaker: "Tom Baker", SpeakerMention: "Council spokesman Tom Baker"}}},
		{"a reported statement before and said introducing a quotation",
			`Tom Baker said the pier was closed by the council and said, "Who are you going to trust?"`,
			[]model.Quote{
				{Form: "indirect", Text: "the pier was closed by the council", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "direct", Text: "Who are you going to trust?", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a verb coordinated with one that reported nothing speaks for the subject",
			"Tom Baker toured the site and argued he could not fine the builders.",
			[]model.Quote{{Form: "indirect", Text: "he could not fine the builders", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a coordinated told has no sentence subject as speaker",
			"Tom Baker was hired as a lifeguard and told he had two weeks to train.",
			nil},
		{"a passive naming verb says nothing",
			"The driver is accused of three counts of dangerous driving causing death.",
			nil},
		{"called after an indefinite noun phrase names a thing",
			"The council runs a scheme called Pier Pals that sends volunteers to the harbour.",
			nil},
		{"put moves things unless it is put it",
			"Varga put it into the far corner of the goal for the equaliser.",
			nil},
		{"as she put it introduces a quotation",
			`As Maria Lopez put it, "The barbarians are inside the gate."`,
			[]model.Quote{{Form: "direct", Text: "The barbarians are inside the gate.", Speaker: "Maria Lopez", SpeakerMention: "Maria Lopez"}}},
		{"a genitive subject's noun speaks after and with auxiliaries",
			"Baker's accountants are preparing a report for June, and have alleged in council papers that the audit was unfair.",
			[]model.Quote{{Form: "indirect", Text: "that the audit was unfair", Speaker: "Baker's accountants", SpeakerMention: "Baker's accountants", SpeakerIsGroup: true}}},
		{"confessed reports words",
			"Later, Maria Lopez confessed that she had never kissed anyone before.",
			[]model.Quote{{Form: "indirect", Text: "that she had never kissed anyone before", Speaker: "Maria Lopez", SpeakerMention: "Maria Lopez"}}},
		{"an index declining by a number refuses nothing",
			"The Tidewater index in Norland declined 1.4 per cent to 3,412.60 on Monday.",
			nil},
		{"but that goes on reporting",
			"Maria Lopez said she is unsure where the programme will go, but that her group will keep promoting milk.",
			[]model.Quote{{Form: "indirect", Text: "she is unsure where the programme will go, but that her group will keep promoting milk", Speaker: "Maria Lopez", SpeakerMention: "Maria Lopez"}}},
		{"and with a common noun goes on reporting",
			"The union says morale is low among its drivers, and drivers are cold and underpaid.",
			[]model.Quote{{Form: "indirect", Text: "morale is low among its drivers, and drivers are cold and underpaid", Speaker: "the union", SpeakerMention: "The union", SpeakerIsGroup: true}}},
		{"and with a pronoun hands back to the writer",
			"Tom Baker said the pier was safe, and he left before the vote.",
			[]model.Quote{{Form: "indirect", Text: "the pier was safe", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a new subject and speech verb after a comma opens the next attribution",
			"While some critics say the council wasted the money, Tom Baker says the pier will pay for itself.",
			[]model.Quote{
				{Form: "indirect", Text: "the council wasted the money", Speaker: "some critics", SpeakerMention: "some critics", SpeakerIsGroup: true},
				{Form: "indirect", Text: "the pier will pay for itself", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a parenthetical attribution followed by adding makes two statements",
			"The repairs will cost more than the pier, Tom Baker said, adding that the council has no money left.",
			[]model.Quote{
				{Form: "indirect", Text: "The repairs will cost more than the pier", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "that the council has no money left", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a survey's finding is its object",
			"A recent council survey found 90 percent support for the new pier.",
			[]model.Quote{{Form: "indirect", Text: "90 percent support for the new pier", Speaker: "A recent council survey", SpeakerMention: "A recent council survey", SpeakerIsGroup: true}}},
		{"found with an object is no finding without a poll or a study",
			"The firefighters found the keys under the old pier.",
			nil},
		{"a word after a number is a noun or an adjective",
			"Moss has won 412 pledged votes so far in the race.",
			nil},
		{"a share before said is its subject",
			"About three in 10 said they were unhappy with the new timetable.",
			[]model.Quote{{Form: "indirect", Text: "they were unhappy with the new timetable", Speaker: "three in 10", SpeakerMention: "three in 10", SpeakerIsGroup: true}}},
		{"a label line names a source known in the article",
			"Tom Baker runs the harbour board.\n\nBaker: No money for the pier this year.",
			[]model.Quote{{Form: "indirect", Text: "No money for the pier this year", Speaker: "Tom Baker", SpeakerMention: "Baker"}}},
		{"a repeated label is a section name",
			"Relevant Reading: How to fix a pier in winter\n\nThe harbour needs reading.\n\nRelevant Reading: Ten bridges worth a visit",
			nil},
		{"the question after a participial asked",
			"Asked whether he would run again, Tom Baker said no.",
			[]model.Quote{
				{Form: "indirect", Text: "whether he would run again"},
				{Form: "indirect", Text: "no", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"asked for comment is a request",
			"When asked for comment about the ruling, Tom Baker smiled at the crowd.",
			nil},
		{"a claim noun's that-clause with its holder",
			"Tom Baker's assertion that the pier was safe drew jeers.",
			[]model.Quote{{Form: "indirect", Text: "the pier was safe drew jeers", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"rumors need no speaker",
			"Rumors that the council would sell the pier lifted prices.",
			[]model.Quote{{Form: "indirect", Text: "the council would sell the pier lifted prices"}}},
		{"a belief without a holder is the writer's",
			"The notion that higher funding helps is the driving force of the plan.",
			nil},
		{"the object of a noun of saying",
			"Tom Baker's criticism of the harbour budget was sharp.",
			[]model.Quote{{Form: "indirect", Text: "the harbour budget", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"what was asked: the object and its infinitive",
			"Tom Baker asked the harbour board to close the pier for a week.",
			[]model.Quote{{Form: "indirect", Text: "the harbour board to close the pier for a week", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a trailing where-clause is the writer's",
			"Tom Baker said the ferry will stop at Dover, where the port is already full.",
			[]model.Quote{{Form: "indirect", Text: "the ferry will stop at Dover", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a long hearer phrase before that",
			"Maria Lopez told local radio host Tom Baker on Wednesday that the ferry was safe.",
			[]model.Quote{{Form: "indirect", Text: "that the ferry was safe", Speaker: "Maria Lopez", SpeakerMention: "Maria Lopez"}}},
		{"a name with a modal after said opens a clause, not an inverted speaker",
			"Tom Baker, 49, a navy veteran who now works for the port, said Maria Lopez should be ready for questions.",
			[]model.Quote{{Form: "indirect", Text: "Maria Lopez should be ready for questions", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"an adverb is no speaker",
			"The harbour cats are often portrayed as rivals for the last sardine.",
			nil},
		{"a sentence adverb is no speaker",
			"Here’s hoping the council finally fixes the road before winter.",
			nil},
		{"a modal closing the phrase makes a clause, not a speaker",
			"Before the café closed, Ortiz must have told her something that kept them both talking for hours.",
			nil},
		{"a day is no speaker",
			"Markets closed lower, and on Thursday shares reflected that the harvest would be late.",
			nil},
		{"guillemets",
			"«We are ready», Anna Weber said.",
			[]model.Quote{{Form: "direct", Text: "We are ready", Speaker: "Anna Weber", SpeakerMention: "Anna Weber"}}},
		{"partial inside writer's sentence",
			`Critics demanded that Thwaite "stop dodging the crews" at once.`,
			[]model.Quote{{Form: "partial", Text: "stop dodging the crews", Speaker: "critics", SpeakerMention: "Critics", SpeakerIsGroup: true}}},
		{"several statements in one sentence",
			`Protesters sang "Who sank the timetable, Marcus?" and Marcus Oyelaran told the crowd "not every minister is a coward" and demanded that Thwaite "stop dodging the crews".`,
			[]model.Quote{
				{Form: "direct", Text: "Who sank the timetable, Marcus?", Speaker: "protesters", SpeakerMention: "Protesters", SpeakerIsGroup: true},
				{Form: "partial", Text: "not every minister is a coward", Speaker: "Marcus Oyelaran", SpeakerMention: "Marcus Oyelaran"},
				{Form: "partial", Text: "stop dodging the crews", Speaker: "Marcus Oyelaran", SpeakerMention: "Marcus Oyelaran"}}},
		{"block quote after an intro line",
			"Marcus Oyelaran climbed onto the podium to tell the ferry crews:\n\nTonight we stand with the people who keep our islands connected.",
			[]model.Quote{{Form: "block", Text: "Tonight we stand with the people who keep our islands connected.", Speaker: "Marcus Oyelaran", SpeakerMention: "Marcus Oyelaran"}}},
		{"indirect with that",
			"Jane Moss said on Tuesday that the school would close.",
			[]model.Quote{{Form: "indirect", Text: "that the school would close", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"indirect after an adverbial",
			"The ferry union stated in a letter on Friday that crossings would stop in May.",
			[]model.Quote{{Form: "indirect", Text: "that crossings would stop in May", Speaker: "the ferry union", SpeakerMention: "The ferry union", SpeakerIsGroup: true}}},
		{"indirect after an adverbial, no that",
			"The ferry union stated in May it rejected the new timetable.",
			[]model.Quote{{Form: "indirect", Text: "it rejected the new timetable", Speaker: "the ferry union", SpeakerMention: "The ferry union", SpeakerIsGroup: true}}},
		{"an adverbial closing with a comma before the clause",
			"Jane Moss admits in this instance, there were delays at the ferry.",
			[]model.Quote{{Form: "indirect", Text: "there were delays at the ferry", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"a comma inside a title is no edge of the apposition",
			"Marta Ruiz, Minister of Parks, Lakes and Rivers, said the lakes would reopen in June.",
			[]model.Quote{{Form: "indirect", Text: "the lakes would reopen in June", Speaker: "Marta Ruiz", SpeakerMention: "Marta Ruiz, Minister of Parks, Lakes and Rivers,"}}},
		{"a long relative clause between the name and the verb",
			"Ada Brennan, who won two medals at the spring games in Lyon and then retired in the autumn of last year after a long and painful injury to her knee that kept her off the track for most of the season, said she is ready to coach.",
			[]model.Quote{{Form: "indirect", Text: "she is ready to coach", Speaker: "Ada Brennan", SpeakerMention: "Ada Brennan"}}},
		{"a citing participle after a quote is an attribution of its own",
			`"The turnout is weak," Ana Ruiz said, citing the low numbers in the northern wards.`,
			[]model.Quote{
				{Form: "direct", Text: "The turnout is weak,", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"},
				{Form: "indirect", Text: "the low numbers in the northern wards", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"a comma inside the closing mark still opens the second statement",
			`Ana Ruiz said the budget was "a plain farce," noting that nobody had voted for it.`,
			[]model.Quote{
				{Form: "partial", Text: "a plain farce,", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"},
				{Form: "indirect", Text: "that nobody had voted for it", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"a pair of double dashes is a parenthesis inside the content",
			"Jane Moss said the vote -- the third this year -- would settle the matter.",
			[]model.Quote{{Form: "indirect", Text: "the vote -- the third this year -- would settle the matter", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"a share of those polled speaks",
			"About 3 in 10 say they miss the old ferry; 22 percent say they never rode it.",
			[]model.Quote{
				{Form: "indirect", Text: "they miss the old ferry", Speaker: "3 in 10", SpeakerMention: "3 in 10", SpeakerIsGroup: true},
				{Form: "indirect", Text: "they never rode it", Speaker: "22 percent", SpeakerMention: "22 percent", SpeakerIsGroup: true}}},
		{"a restrictive who speaks for the group before it",
			"The mayor met many harbour residents who say the new pier blocks their view.",
			[]model.Quote{{Form: "indirect", Text: "the new pier blocks their view", Speaker: "harbour residents", SpeakerMention: "who", SpeakerIsGroup: true}}},
		{"a coordinated verb is a second attribution of the subject",
			"Jane Moss said the school would close and criticized the council for its silence.",
			[]model.Quote{
				{Form: "indirect", Text: "the school would close", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"},
				{Form: "indirect", Text: "the council for its silence", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"but and auxiliaries before a coordinated verb end the content",
			"Ana Franco said the harbour plan was too costly but did not deny the need for a new pier.",
			[]model.Quote{{Form: "indirect", Text: "the harbour plan was too costly", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"a coordinated participle is a second attribution of the subject",
			"Tom Baker praised the ferry crews and criticizing the council for its silence.",
			[]model.Quote{
				{Form: "indirect", Text: "the ferry crews", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "the council for its silence", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"an attribution in an opening subordinate clause ends at its comma",
			"While Ana Franco said the harbour plan was too costly, she appears ready to back a smaller pier.",
			[]model.Quote{{Form: "indirect", Text: "the harbour plan was too costly", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"even as opens a subordinate clause too",
			"Even as Tom Baker insisted that the ferry was safe, the council closed the pier.",
			[]model.Quote{{Form: "indirect", Text: "that the ferry was safe", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a coordinated said before a noun-phrase clause speaks for the subject",
			"Tom Baker met the crews on Friday and said the ferry must run again.",
			[]model.Quote{{Form: "indirect", Text: "the ferry must run again", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"but said after a refusal speaks for the refusing subject",
			"Ana Franco declined to comment on the ferry crews but said the pier must reopen soon.",
			[]model.Quote{
				{Form: "indirect", Text: "comment on the ferry crews", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"},
				{Form: "indirect", Text: "the pier must reopen soon", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"an evidence verb takes a determined clause without that",
			"The harbour survey shows the ferry is losing money.",
			[]model.Quote{{Form: "indirect", Text: "the ferry is losing money", Speaker: "the harbour survey", SpeakerMention: "The harbour survey", SpeakerIsGroup: true}}},
		{"a which-clause inside the reported subject keeps the content going",
			"Ana Franco said the new ferry, which the council bought last year, was too slow for the route.",
			[]model.Quote{{Form: "indirect", Text: "the new ferry, which the council bought last year, was too slow for the route", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"a while-phrase inside the reported subject keeps the content going",
			"Tom Baker says the delay, while costly, was handled well by the crews.",
			[]model.Quote{{Form: "indirect", Text: "the delay, while costly, was handled well by the crews", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"responding to words reports them",
			"Ana Franco responded to the harbour board's claims about the ferry.",
			[]model.Quote{{Form: "indirect", Text: "the harbour board's claims about the ferry", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"opposing something is a stance with its object as content",
			"Ana Franco opposed the harbour toll from the start.",
			[]model.Quote{{Form: "indirect", Text: "the harbour toll from the start", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"revealed takes an object as well as a clause",
			"The audit revealed a gap in the harbour accounts.",
			[]model.Quote{{Form: "indirect", Text: "a gap in the harbour accounts", Speaker: "the audit", SpeakerMention: "The audit", SpeakerIsGroup: true}}},
		{"a one-word answer after said is the content",
			"Half of the crews said so in the spring survey.",
			[]model.Quote{{Form: "indirect", Text: "so", Speaker: "Half of the crews", SpeakerMention: "Half of the crews", SpeakerIsGroup: true}}},
		{"no opening a clause is no answer",
			"Tom Baker said no one had called about the ferry.",
			[]model.Quote{{Form: "indirect", Text: "no one had called about the ferry", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a determined subject with its auxiliary after a comma and and is the writer's next clause",
			"Most crews said the ferry was safe, and the harbour board was not so sure.",
			[]model.Quote{{Form: "indirect", Text: "the ferry was safe", Speaker: "most crews", SpeakerMention: "Most crews", SpeakerIsGroup: true}}},
		{"a counted subject saying something after a comma and and opens a second attribution",
			"Most crews said the ferry was safe, and nearly 4 in 10 said the pier was not.",
			[]model.Quote{
				{Form: "indirect", Text: "the ferry was safe", Speaker: "most crews", SpeakerMention: "Most crews", SpeakerIsGroup: true},
				{Form: "indirect", Text: "the pier was not", Speaker: "nearly 4 in 10", SpeakerMention: "nearly 4 in 10", SpeakerIsGroup: true}}},
		{"a speaking verb's topic after its preposition is the content",
			"Ana Franco commented on the new ferry timetable.",
			[]model.Quote{{Form: "indirect", Text: "the new ferry timetable", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"maintained with an object and no clause keeps something, it reports nothing",
			"Ana Franco maintained her lead over the other harbour candidates.",
			nil},
		{"a verb of telling with only its hearer after it reports the clause before",
			"The new force will guard the harbour piers, Harbour Commissioner Ana Franco told a council panel Wednesday.",
			[]model.Quote{{Form: "indirect", Text: "The new force will guard the harbour piers", Speaker: "Ana Franco", SpeakerMention: "Harbour Commissioner Ana Franco"}}},
		{"a telling participle after the reported clause is a second statement",
			"Tom Baker said the ferry was late, telling reporters that the pier was unsafe.",
			[]model.Quote{
				{Form: "indirect", Text: "the ferry was late", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "that the pier was unsafe", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a conceding participle after a quotation and its attribution is a second statement",
			"“The pier is closed,” Tom Baker said, conceding that the ferry was late.",
			[]model.Quote{
				{Form: "direct", Text: "The pier is closed,", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "that the ferry was late", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a blaming participle after a quotation and its attribution has its own object as content",
			"“The pier is closed,” Tom Baker said, blaming the storm for the damage.",
			[]model.Quote{
				{Form: "direct", Text: "The pier is closed,", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "the storm for the damage", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a pronoun subject with its own verb after and is the writer's next clause",
			"Tom Baker said the count was wrong and he asked the board for a recount.",
			[]model.Quote{{Form: "indirect", Text: "the count was wrong", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a relative clause with a speech verb after a quote is a second statement",
			`"The pier is finished," said Tom Baker, who added that the ferry would return in May.`,
			[]model.Quote{
				{Form: "direct", Text: "The pier is finished,", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "that the ferry would return in May", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a participle after a comma never inverts; its speaker is the sentence subject",
			"Marta Ruiz closed the pier on Monday, saying the storm damage made it unsafe for walkers.",
			[]model.Quote{{Form: "indirect", Text: "the storm damage made it unsafe for walkers", Speaker: "Marta Ruiz", SpeakerMention: "Marta Ruiz"}}},
		{"a lone determiner is no speaker",
			"The storm was felt in a town that, citing the damage, closed the pier to walkers.",
			nil},
		{"calling someone something is a judgement",
			"Jane Moss called the new timetable a gift to nobody at all.",
			[]model.Quote{{Form: "indirect", Text: "the new timetable a gift to nobody at all", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"a plea is no statement",
			"The driver pleaded guilty to two counts of dangerous driving in March.",
			nil},
		{"a title closing on its attribution",
			"Harbour Tunnel Will Open Early Next Spring, Mayor Lena Hoffmann Says.\n\nMayor Lena Hoffmann spoke to the council on Monday.",
			[]model.Quote{{Form: "indirect", Text: "Harbour Tunnel Will Open Early Next Spring", Speaker: "Lena Hoffmann", SpeakerMention: "Mayor Lena Hoffmann"}}},
		{"a sentence with a stop and a few capitals is no title",
			"Former Norland Gov. Tom Baker says he is dropping his run for the Harbour Board.",
			[]model.Quote{{Form: "indirect", Text: "he is dropping his run for the Harbour Board", Speaker: "Tom Baker", SpeakerMention: "Former Norland Gov. Tom Baker"}}},
		{"a dotted abbreviation ends the sentence before a pronoun",
			"Tom Baker said the plant moved to the U.S. He says the move saved money.",
			[]model.Quote{
				{Form: "indirect", Text: "the plant moved to the U.S", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "the move saved money", Speaker: "Tom Baker", SpeakerMention: "He"}}},
		{"a finding closing the sentence",
			"Ferry fares rose faster than wages, a new study has shown.",
			[]model.Quote{{Form: "indirect", Text: "Ferry fares rose faster than wages", Speaker: "a new study", SpeakerMention: "a new study", SpeakerIsGroup: true}}},
		{"a comma and when hand the sentence back to the writer",
			"Jane Moss said she always opposed the tunnel, when the minutes show her voting for it.",
			[]model.Quote{{Form: "indirect", Text: "she always opposed the tunnel", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"an emphasizing participle after a quote",
			`"We will not close the pier," Tom Baker said, emphasizing the value of the ferry to the island.`,
			[]model.Quote{
				{Form: "direct", Text: "We will not close the pier,", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"},
				{Form: "indirect", Text: "the value of the ferry to the island", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"transcript lines inside opening marks, labels repeated",
			"Partial transcript:\n\n\"HOST: Will the ferry run on Sunday?\n\n\"KENT: It will, and the “night boat” too, from June on.\n\n\"HOST: Thank you.\n\n\"KENT: You are welcome.",
			[]model.Quote{
				{Form: "direct", Text: "Will the ferry run on Sunday?", Speaker: "HOST", SpeakerMention: "HOST"},
				{Form: "direct", Text: "It will, and the “night boat” too, from June on.", Speaker: "KENT", SpeakerMention: "KENT"},
				{Form: "direct", Text: "Thank you.", Speaker: "HOST", SpeakerMention: "HOST"},
				{Form: "direct", Text: "You are welcome.", Speaker: "KENT", SpeakerMention: "KENT"}}},
		{"a phrasal speech verb reports its object",
			"Ana Franco pointed out that the bridge had been shut twice.",
			[]model.Quote{{Form: "indirect", Text: "that the bridge had been shut twice", Speaker: "Ana Franco", SpeakerMention: "Ana Franco"}}},
		{"endorsing a named candidate is a stance on that name",
			"The Tri-County Farmers Union endorsed Ana Franco.",
			[]model.Quote{{Form: "indirect", Text: "Ana Franco", Speaker: "The Tri-County Farmers Union", SpeakerMention: "The Tri-County Farmers Union", SpeakerIsGroup: true}}},
		{"a long source opening the sentence runs to its comma",
			"According to early results of a survey conducted for the county by two local colleges, most residents back the new bridge.",
			[]model.Quote{{Form: "indirect", Text: "most residents back the new bridge", Speaker: "early results of a survey conducted for the county by two local colleges", SpeakerMention: "early results of a survey conducted for the county by two local colleges", SpeakerIsGroup: true}}},
		{"an opening as-reported-by names the source of the clause after it",
			"As reported by the Valley Courier, the mill will close in May.",
			[]model.Quote{{Form: "indirect", Text: "the mill will close in May", Speaker: "the Valley Courier", SpeakerMention: "the Valley Courier", SpeakerIsGroup: true}}},
		{"as it turns out names no source",
			"As it turns out, the mill will close in May.",
			nil},
		{"a belief verb takes a bare clause opened by a noun phrase",
			"Tom Baker believes the new dam will flood the valley.",
			[]model.Quote{{Form: "indirect", Text: "the new dam will flood the valley", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a belief in the writer's own voice is no attribution",
			"I believe the new dam will flood the valley.",
			nil},
		{"a non-restrictive relative clause's content ends at its comma",
			"Tom Baker, who said the bridge was safe, resigned on Friday.",
			[]model.Quote{{Form: "indirect", Text: "the bridge was safe", Speaker: "Tom Baker", SpeakerMention: "who"}}},
		{"a speaker inside a non-restrictive relative clause",
			"The new rules, which officials said will start in May, do not cover farms.",
			[]model.Quote{{Form: "indirect", Text: "will start in May", Speaker: "officials", SpeakerMention: "officials", SpeakerIsGroup: true}}},
		{"a refusal in the present reports what is refused",
			"Tom Baker refuses to release the audit of the bridge.",
			[]model.Quote{{Form: "indirect", Text: "release the audit of the bridge", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a verb of judging takes a short determined object",
			"Tom Baker praised her effort.",
			[]model.Quote{{Form: "indirect", Text: "her effort", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a finding verb's subject may carry a participle",
			"The report published Tuesday showed that the agency spent more than planned.",
			[]model.Quote{{Form: "indirect", Text: "that the agency spent more than planned", Speaker: "The report published Tuesday", SpeakerMention: "The report published Tuesday", SpeakerIsGroup: true}}},
		{"a participle after by speaks for the sentence's subject",
			"Tom Baker answered the council by saying the bridge was safe.",
			[]model.Quote{{Form: "indirect", Text: "the bridge was safe", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a participle after a preposition inside the sentence speaks for its subject",
			"Tom Baker resigned after saying the vote was rigged.",
			[]model.Quote{{Form: "indirect", Text: "the vote was rigged", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a refusal to comment is an attribution however short",
			"Tom Baker declined to comment.",
			[]model.Quote{{Form: "indirect", Text: "comment", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a clause before the attribution may open with a preposition",
			"Around 30 to 70 people would come to each meeting, Jane Moss said.",
			[]model.Quote{{Form: "indirect", Text: "Around 30 to 70 people would come to each meeting", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"indirect inverted",
			"The school will close next year, Jane Moss said.",
			[]model.Quote{{Form: "indirect", Text: "The school will close next year", Speaker: "Jane Moss", SpeakerMention: "Jane Moss"}}},
		{"according to",
			"According to the union, most members voted to strike.",
			[]model.Quote{{Form: "indirect", Text: "most members voted to strike", Speaker: "the union", SpeakerMention: "the union", SpeakerIsGroup: true}}},
		{"poll found",
			"A new poll found that most voters back the plan.",
			[]model.Quote{{Form: "indirect", Text: "that most voters back the plan", Speaker: "A new poll", SpeakerMention: "A new poll", SpeakerIsGroup: true}}},
		{"scare quote is no quote",
			`The so-called "reform" was dropped.`,
			nil},
		{"a word closing the sentence in marks is no quote",
			`It was a good night for the letter "C," and a bad one for "B."`,
			nil},
		{"title of a work is no quote",
			`She starred in the film "The Long Night Away" last year.`,
			nil},
		{"nickname is no quote",
			`Sara "the Wall" Bell kept a clean sheet.`,
			nil},
		{"surname resolves to full name",
			"Peter Novak runs the club. \"It was a bad day,\" Novak said.",
			[]model.Quote{{Form: "direct", Text: "It was a bad day,", Speaker: "Peter Novak", SpeakerMention: "Novak"}}},
		{"pronoun resolves to nearest compatible",
			"Mrs. Ada Kent met Mr. Leo Park. \"I am glad,\" she said.",
			[]model.Quote{{Form: "direct", Text: "I am glad,", Speaker: "Ada Kent", SpeakerMention: "she"}}},
		{"role description resolves",
			"Health Secretary Marcus Thwaite spoke first. \"No deal,\" the Health Secretary said.",
			[]model.Quote{{Form: "direct", Text: "No deal,", Speaker: "Marcus Thwaite", SpeakerMention: "the Health Secretary"}}},
		{"the other Marcus",
			"Marcus Thwaite met Marcus Oyelaran. Thwaite left early. \"We disagree,\" the other Marcus said.",
			[]model.Quote{{Form: "direct", Text: "We disagree,", Speaker: "Marcus Oyelaran", SpeakerMention: "the other Marcus"}}},
		{"group speaker",
			`"Save our jobs," the protesters chanted.`,
			[]model.Quote{{Form: "direct", Text: "Save our jobs,", Speaker: "the protesters", SpeakerMention: "the protesters", SpeakerIsGroup: true}}},
		{"acronym speaker takes the organisation's full name",
			"The Office for Rural Water Safety reviewed the wells. \"The results are worrying,\" the ORWS said.",
			[]model.Quote{{Form: "direct", Text: "The results are worrying,", Speaker: "Office for Rural Water Safety", SpeakerMention: "the ORWS", SpeakerIsGroup: true}}},
		{"an attribution opening a reported clause is part of that report",
			"Mayor Ann Cole said residents believe that the bridge is unsafe.",
			[]model.Quote{
				{Form: "indirect", Text: "residents believe that the bridge is unsafe", Speaker: "Ann Cole", SpeakerMention: "Mayor Ann Cole"}}},
		{"so is one after the reported clause's that",
			"Mayor Ann Cole said that residents fear the bridge is unsafe.",
			[]model.Quote{
				{Form: "indirect", Text: "that residents fear the bridge is unsafe", Speaker: "Ann Cole", SpeakerMention: "Mayor Ann Cole"}}},
		{"stance verb with an object",
			"Senator Rosa Lind opposes the new pipeline through the valley.",
			[]model.Quote{{Form: "indirect", Text: "the new pipeline through the valley", Speaker: "Rosa Lind", SpeakerMention: "Senator Rosa Lind"}}},
		{"flattened social post is its author's quote",
			"The storm hit.\n\nCrews are out on every road tonight. pic.twitter.com/Ab12Cd — Lake Power (@lakepower) December 22, 2018\n\nSchools closed.",
			[]model.Quote{{Form: "block", Text: "Crews are out on every road tonight.", Speaker: "Lake Power", SpeakerMention: "Lake Power", SpeakerIsGroup: true}}},
		{"credited pull quote",
			"The storm hit.\n\nWe had no warning at all and the lights went out. Rosa Delgado, a nurse in the valley\n\nSchools closed.",
			[]model.Quote{{Form: "block", Text: "We had no warning at all and the lights went out.", Speaker: "Rosa Delgado", SpeakerMention: "Rosa Delgado"}}},
		{"they and it point back to the group quoted last",
			"\"Crews are out,\" the utility workers union said.\n\n\"We need more staff,\" they said.\n\nThe Lakeside Water Board said repairs would take a week. \"We are sorry,\" it said.",
			[]model.Quote{
				{Form: "direct", Text: "Crews are out,", Speaker: "the utility workers union", SpeakerMention: "the utility workers union", SpeakerIsGroup: true},
				{Form: "direct", Text: "We need more staff,", Speaker: "the utility workers union", SpeakerMention: "they", SpeakerIsGroup: true},
				{Form: "indirect", Text: "repairs would take a week", Speaker: "The Lakeside Water Board", SpeakerMention: "The Lakeside Water Board", SpeakerIsGroup: true},
				{Form: "direct", Text: "We are sorry,", Speaker: "The Lakeside Water Board", SpeakerMention: "it", SpeakerIsGroup: true}}},
		{"pronoun prefers the nearer person of unknown gender",
			"Mary Stone opened the meeting.\n\nDr. Okoro Adeyemi, chair of the board, is hopeful. \"We will fix this,\" she said.",
			[]model.Quote{{Form: "direct", Text: "We will fix this,", Speaker: "Okoro Adeyemi", SpeakerMention: "she"}}},
		{"a channel speaks for the name inside it",
			"Rents rose again. The Harbour Tenants Union study found that most tenants pay half their income.",
			[]model.Quote{{Form: "indirect", Text: "that most tenants pay half their income", Speaker: "Harbour Tenants Union", SpeakerMention: "The Harbour Tenants Union study", SpeakerIsGroup: true}}},
		{"a channel speaks for the speaker quoted just before",
			"\"We are listening,\" said Ana Ruiz. The statement said that talks would resume.",
			[]model.Quote{
				{Form: "direct", Text: "We are listening,", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"},
				{Form: "indirect", Text: "that talks would resume", Speaker: "Ana Ruiz", SpeakerMention: "The statement"}}},
		{"a one-name speaker taken up by she is a person",
			"\"We waited for months,\" Kim said.\n\n\"Nobody called us back,\" she said.",
			[]model.Quote{
				{Form: "direct", Text: "We waited for months,", Speaker: "Kim", SpeakerMention: "Kim"},
				{Form: "direct", Text: "Nobody called us back,", Speaker: "Kim", SpeakerMention: "she"}}},
		{"inverted tail with a verb the lexicon lacks",
			"“You should not be in that room,” scolded Ines Moreau.",
			[]model.Quote{{Form: "direct", Text: "You should not be in that room,", Speaker: "Ines Moreau", SpeakerMention: "Ines Moreau"}}},
		{"link label is no attribution",
			"READ MORE: Mayor says the bridge will reopen in May",
			nil},
		{"a section label is no transcript label, however often it repeats",
			"ANALYSIS: The ferry fares will rise again in May.\n\nANALYSIS: The council has no plan for the old pier.",
			nil},
		{"inverted attribution after a comma",
			"The closure hurts the fishing fleet, but also every shop on the quay, argued Ana Kervella.",
			[]model.Quote{{Form: "indirect", Text: "The closure hurts the fishing fleet, but also every shop on the quay", Speaker: "Ana Kervella", SpeakerMention: "Ana Kervella"}}},
		{"dash credit",
			"“Nothing will change.” ― Dana Ruiz",
			[]model.Quote{{Form: "direct", Text: "Nothing will change.", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
		{"an adverb between a passive auxiliary and a naming participle",
			"In March, the crews were sharply reminded that the tide waits for nobody.",
			nil},
		{"a passive naming verb after an -ly adverb names, it does not report",
			"The harbour's oldest ferry is fondly called the old lady of the bay.",
			nil},
		{"claiming responsibility owns a deed, it reports no words",
			"A local militia claimed responsibility for the attack on the depot.",
			nil},
		{"reading a book aloud is no statement",
			"In the clip Rex Hollow, a stunt rider known for his crashes, appears at a calm moment, reading Little Harbour Tales to his son.",
			nil},
		{"an outlined plan is no statement",
			"The minister outlined several measures the port could take to cut delays.",
			nil},
		{"a text that reads speaks",
			"“The pier stays shut until May,” the notice read.",
			[]model.Quote{{Form: "direct", Text: "The pier stays shut until May,", Speaker: "the notice", SpeakerMention: "the notice"}}},
		{"a relative that after the verb's object opens no reported clause",
			"Two ferry unions are appealing a board decision that upheld the new fare.",
			nil},
		{"a relative that inside an adverbial opens no reported clause",
			"Ruiz kept writing in a manner that never could have pleased the islanders.",
			nil},
		{"a that after the object followed by a subject still reports",
			"Dana Ruiz told the ferry crews that the timetable would change in May.",
			[]model.Quote{{Form: "indirect", Text: "that the timetable would change in May", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
		{"a short word ending in -ed after that is no relative clause's verb",
			"Dana Ruiz warned the ferry crews that red flags would fly in May.",
			[]model.Quote{{Form: "indirect", Text: "that red flags would fly in May", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
		{"a noun ending in -ed after that is no relative clause's verb",
			"Dana Ruiz argued on Monday that speed mattered less than safety.",
			[]model.Quote{{Form: "indirect", Text: "that speed mattered less than safety", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
		{"calling a witness summons, it names nothing",
			"Lawyers for Ana Ruiz called witness Tom Baker, a retired ferry pilot.",
			nil},
		{"calling someone after an event is a phone call",
			"Later that night Ana Ruiz called Tom Baker after the vote.",
			nil},
		{"calling someone something names them",
			"Ana Ruiz called the new timetable a disaster for the islands.",
			[]model.Quote{{Form: "indirect", Text: "the new timetable a disaster for the islands", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"a noun-like speech verb after a subject pronoun is a verb",
			"Ana Ruiz runs the ferry office. She notes the timetable has not changed in years.",
			[]model.Quote{{Form: "indirect", Text: "the timetable has not changed in years", Speaker: "Ana Ruiz", SpeakerMention: "She"}}},
		{"a noun-like speech verb after a noun stays a noun",
			"The ferry office notes the timetable changes on the board every May.",
			nil},
		{"a participle with a particle and a preposition is a reduced passive, no speaker's verb",
			"It is the old “islanders are lazy” jibe called out in the harbour report.\n\n“Nobody on the island is lazy.”",
			[]model.Quote{{Form: "direct", Text: "Nobody on the island is lazy."}}},
		{"a hearer pronoun between a verb of telling and its clause",
			"Tom Baker waited at the pier. He smiled and assured her he would fix the ferry by May.",
			[]model.Quote{{Form: "indirect", Text: "he would fix the ferry by May", Speaker: "Tom Baker", SpeakerMention: "He"}}},
		{"a sentence adverb set off by commas before that",
			"Tom Baker said, however, that the ferry would run on Sundays.",
			[]model.Quote{{Form: "indirect", Text: "that the ferry would run on Sundays", Speaker: "Tom Baker", SpeakerMention: "Tom Baker"}}},
		{"a sentence adverb and a comma after a noun-like verb",
			"Tom Baker runs the pier. He states however, that the ferry would run on Sundays.",
			[]model.Quote{{Form: "indirect", Text: "that the ferry would run on Sundays", Speaker: "Tom Baker", SpeakerMention: "He"}}},
		{"a parenthetical attribution after a comma inside a closing mark",
			`Tom Baker waited. The crew shouted at them "like pirates," he said, adding that nobody was hurt.`,
			[]model.Quote{
				{Form: "indirect", Text: `The crew shouted at them "like pirates`, Speaker: "Tom Baker", SpeakerMention: "he"},
				{Form: "indirect", Text: "that nobody was hurt", Speaker: "Tom Baker", SpeakerMention: "he"}}},
		{"a noun-like speech verb before a relative that stays a noun",
			"The ferry now serves the island states that have lost their bridges.",
			nil},
		{"a noun-like speech verb before a reported that is a verb",
			"The charter states that the ferry must run every day.",
			[]model.Quote{{Form: "indirect", Text: "that the ferry must run every day", Speaker: "The charter", SpeakerMention: "The charter"}}},
		{"knew describes a private state, it reports no view",
			"On the ferry that night, Ana Ruiz knew she had no time to waste.",
			nil},
		{"believes still reports a view",
			"Ana Ruiz believes she has no time to waste.",
			[]model.Quote{{Form: "indirect", Text: "she has no time to waste", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"realized tells a private state in the story, no speech",
			"Back at the house, Ana Ruiz realized he was no longer on the ferry.",
			nil},
		{"thought before a bare clause tells a private state, no speech",
			"Ana Ruiz wrote to a cousin she thought she could ask for the boat.",
			nil},
		{"a noun-phrase object of denied is no reported clause",
			"Ana Ruiz denied the request for a new pier.",
			nil},
		{"a name's noun phrase after denied is no reported clause",
			"Ana Ruiz denied Tom Baker's request for a new pier.",
			nil},
		{"a noun-phrase object of promised is no reported clause",
			"Ana Ruiz promised a big rise in spending on the harbour.",
			nil},
		{"a noun-phrase object of announced is no reported clause",
			"The harbour board announced the end of the ferry strike on Friday.",
			nil},
		{"a noun-phrase object of proposed is no reported clause",
			"The council proposed new bus lanes along the quay.",
			nil},
		{"a noun-phrase object of rejected is no reported clause",
			"The council rejected the new harbour tax by nine votes to two.",
			nil},
		{"announced before a clause reports it",
			"The harbour board announced it would close the pier in May.",
			[]model.Quote{{Form: "indirect", Text: "it would close the pier in May", Speaker: "the harbour board", SpeakerMention: "The harbour board", SpeakerIsGroup: true}}},
		{"denied before a clause reports it",
			"Ana Ruiz denied the pier was unsafe.",
			[]model.Quote{{Form: "indirect", Text: "the pier was unsafe", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"promised before a clause with a name reports it",
			"Ana Ruiz promised Tom Baker would get his pier in May.",
			[]model.Quote{{Form: "indirect", Text: "Tom Baker would get his pier in May", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"vowed and a negated infinitive reports what was vowed",
			"Ana Ruiz vowed not to sell the ferry to the council.",
			[]model.Quote{{Form: "indirect", Text: "not to sell the ferry to the council", Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz"}}},
		{"a single-quoted subhead without a stop is no quotation",
			"“The ferry is our lifeline,” Dana Ruiz said.\n\n‘Nobody asked the islanders’\n\nThe council met on Monday.",
			[]model.Quote{{Form: "direct", Text: "The ferry is our lifeline,", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
		{"a single-quoted paragraph with a stop is a subhead where quotations take double marks",
			"“The ferry is our lifeline,” Dana Ruiz said. “We need it every day.”\n\n'A change of course.'\n\nThe council met on Monday.",
			[]model.Quote{{Form: "direct", Text: `The ferry is our lifeline,” Dana Ruiz said. “We need it every day.`, Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
		{"a single-quoted paragraph with a stop stays a quotation",
			"“The ferry is our lifeline,” Dana Ruiz said.\n\n‘Nobody asked the islanders.’",
			[]model.Quote{
				{Form: "direct", Text: "The ferry is our lifeline,", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"},
				{Form: "direct", Text: "Nobody asked the islanders.", Speaker: "Dana Ruiz", SpeakerMention: "Dana Ruiz"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, Options{})
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(tt.want))
			}
			for i, q := range got {
				checkOffsets(t, tt.text, q)
				w := tt.want[i]
				g := model.Quote{Form: q.Form, Text: q.Text, Speaker: q.Speaker, SpeakerMention: q.SpeakerMention, SpeakerIsGroup: q.SpeakerIsGroup}
				if w.Speaker == "" && tt.name == "split quote is one quote" {
					g.Speaker = ""
				}
				if g != w {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

// TestAttributions checks the corpus convention: a partial quote spans its
// reported clause.
func TestAttributions(t *testing.T) {
	for _, tt := range []struct{ name, text, want, mention string }{
		{"a partial quote spans its clause",
			`Critics demanded that Thwaite "stop dodging the crews" at once.`,
			`that Thwaite "stop dodging the crews" at once`, "Critics"},
		{"a reported clause the quotation completes is one attribution",
			"Ana Franco said that once the pier opens, “the island will breathe again.”",
			"that once the pier opens, “the island will breathe again.”", "Ana Franco"},
		{"told the crowd has no clause: the quotation stands alone",
			"Ana Franco told the crowd, “Our boats are going to save us.”",
			"Our boats are going to save us.", "Ana Franco"},
		{"an adverb between commas stays out of the mention",
			"Ana Franco, however, said the ferry “will never pay for itself.”",
			"the ferry “will never pay for itself.”", "Ana Franco"},
		{"a prepositional phrase between commas stays out of the mention",
			"Bo Lindqvist, in a letter to members, wrote that the dock was “a trap for small boats.”",
			"that the dock was “a trap for small boats.”", "Bo Lindqvist"},
		{"a participle phrase between commas stays out of the mention",
			"A harbour official, speaking on condition of anonymity, said the tender “was rigged from the start.”",
			"the tender “was rigged from the start.”", "A harbour official"},
		{"an unnamed description after the verb takes its post-modifier",
			"“The pier will not open this year,” said a clerk close to the harbour board.",
			"The pier will not open this year,", "a clerk close to the harbour board"},
		{"an unnamed description takes a restrictive who clause",
			"“The pier will not open this year,” said a diver who inspected the pilings.",
			"The pier will not open this year,", "a diver who inspected the pilings"},
		{"a clause about anonymity stays out of the description",
			"“The pier will not open this year,” said one clerk who spoke on condition of anonymity.",
			"The pier will not open this year,", "one clerk"},
		{"lower-case role words before a name belong to the subject",
			"Harbour party front-runner Laura Brennan is questioning the tender, saying “it was rigged from the start.”",
			"“it was rigged from the start.”", "Harbour party front-runner Laura Brennan"},
		{"a possessive or quantifier opening the sentence heads a common-noun subject",
			"Small groups of sailors gathered at the pier, chanting “Save our ferry.”",
			"“Save our ferry.”", "Small groups of sailors"},
		{"an age after an inverted verb's name is part of the mention",
			"“The pier will not open this year,” said Laura Brennan, 55, of Leith.",
			"The pier will not open this year,", "Laura Brennan, 55, of Leith"},
		{"unlisted lower-case role words after an inverted verb's name are part of the mention",
			"“The pier will not open this year,” said Laura Brennan, urban policy professor at the Leith institute.",
			"The pier will not open this year,", "Laura Brennan, urban policy professor at the Leith institute"},
		{"a mark spaced off an opening ellipsis opens the quotation",
			"The mayor spoke.\n\n” … what we learned is that the pier matters,” she said.",
			" … what we learned is that the pier matters,", "she"},
		{"a no-break space after a stop separates sentences",
			"Crews left the harbour office.\u00a0Sen. Laura Brennan told reporters that the pier “will not reopen this year.”",
			"that the pier “will not reopen this year.”", "Sen. Laura Brennan"},
		{"a dateline before the subject is no speaker",
			"LEITH, Jan. 8 (Wire) — Harbour Commissioner Laura Brennan rejected the tender, calling it “rigged from the start.”",
			"it “rigged from the start.”", "Harbour Commissioner Laura Brennan"},
		{"an opening participle phrase is no speaker",
			"Speaking at the pier on Monday, Laura Brennan rejected the tender, calling it “rigged from the start.”",
			"it “rigged from the start.”", "Laura Brennan"},
		{"an opening time phrase is no speaker",
			"Hours later, Laura Brennan rejected the tender, calling it “rigged from the start.”",
			"it “rigged from the start.”", "Laura Brennan"},
		{"a determined noun phrase after an opening phrase is the speaker",
			"Reprising an old line, the harbour commissioner rejected the tender, calling it “rigged from the start.”",
			"it “rigged from the start.”", "the harbour commissioner"},
		{"a noun in -ly before the verb is no adverb",
			"Laura Brennan drowned on Tuesday.\n\nBrennan’s family has called on the council to close the pier “before anyone else dies.”",
			"on the council to close the pier “before anyone else dies.”", "Brennan’s family"},
		{"a genitive's noun is the participle attribution's subject",
			"Brennan’s campaign brushed aside the attack, telling reporters, “We never asked for his help.”",
			"We never asked for his help.", "Brennan’s campaign"},
		{"a relative pronoun before a time adverbial and the verb is the subject",
			"The vote was called by Laura Brennan, the harbour chief, who in 2019 said the pier was “a trap for small boats.”",
			"the pier was “a trap for small boats.”", "who"},
		{"a parenthesis and the apposition after it are part of a participle attribution's subject",
			"Harbour Commissioner Laura Brennan (D), her rival in the race, called for new rules, saying the pier was “a trap for small boats.”",
			"the pier was “a trap for small boats.”", "Harbour Commissioner Laura Brennan (D), her rival in the race,"},
		{"a determined subject before a verb the lexicon lacks is the quotation's source",
			"The harbour ad targets a “tired council that lets the ferry rot.”",
			"tired council that lets the ferry rot.", "The harbour ad"},
		{"a relative clause after a lone surname before the verb stays out of the mention",
			"Brennan, who chaired the harbour inquiry, said the pier was “a trap for small boats.”",
			"the pier was “a trap for small boats.”", "Brennan"},
		{"a relative clause after a full name before the verb is part of the mention",
			"Laura Brennan, who chaired the harbour inquiry, said the pier was “a trap for small boats.”",
			"the pier was “a trap for small boats.”", "Laura Brennan, who chaired the harbour inquiry,"},
		{"a speech word used as a noun has no subject of its own",
			"Laura Brennan spoke last.\n\nBrennan fired back a curt reply: “The pier stays open. The crews stay on.”",
			"The pier stays open. The crews stay on.", "Brennan"},
		{"an attribution right after a quotation introduced by a colon speaks for it",
			"At the dock, Ivo Dorn said the council had failed: “The pier is not safe for anyone,” she added.",
			"The pier is not safe for anyone,", "she"},
		{"a quantifier and its preposition head a partitive subject",
			"But two years on, some in the harbour community say the ferry “has been forgotten by everyone.”",
			"the ferry “has been forgotten by everyone.”", "some in the harbour community"},
		{"two nouns joined by and open the sentence as one subject",
			"Several harbour pilots and divers say the channel “is too shallow for the new ferry.”",
			"the channel “is too shallow for the new ferry.”", "Several harbour pilots and divers"},
		{"an agent noun before a name is its role, part of the mention",
			"The debate went on. Veteran ferry speechwriter Laura Brennan said the pier was “a trap for small boats.”",
			"the pier was “a trap for small boats.”", "Veteran ferry speechwriter Laura Brennan"},
		{"a role noun and its prepositional post-modifier head the phrase before the verb",
			"The senator from Leith said the pier was “a trap for small boats.”",
			"the pier was “a trap for small boats.”", "The senator from Leith"},
		{"a source familiar with something is the speaker, not the thing",
			"A source familiar with the harbour talks said the tender “was rigged from the start.”",
			"the tender “was rigged from the start.”", "A source familiar with the harbour talks"},
		{"lower-case words ending on a role after the last capital head the subject",
			"A Norland campaign official rejected the tender, saying it “was rigged from the start.”",
			"it “was rigged from the start.”", "A Norland campaign official"},
		{"an endorsed name stops before the writer's adverbial",
			"The Leith ferry union endorsed Ana Franco last week.",
			"Ana Franco", "The Leith ferry union"},
		{"an endorsed object pronoun stops before the writer's adverbial",
			"The Leith ferry union endorsed him on the radio at noon.",
			"him", "The Leith ferry union"},
		{"an endorsed name's genitive keeps its noun",
			"The Leith ferry union endorsed Ana Franco’s bid.",
			"Ana Franco’s bid", "The Leith ferry union"},
		{"a phrase inserted after a participle attribution's subject stays out of the mention",
			"Ivo Dorn, for his part, rejected the tender, saying it “was rigged from the start.”",
			"it “was rigged from the start.”", "Ivo Dorn"},
		{"a relative clause after a participle attribution's lone surname stays out of the mention",
			"Laura Brennan spoke last.\n\nBrennan, who chaired the inquiry, rejected the tender, saying it “was rigged from the start.”",
			"it “was rigged from the start.”", "Brennan"},
		{"an editorial label is no label line",
			"Ivo Dorn said the council would post an Update soon.\n\nUpdate: The council has reopened the pier after a long safety check.",
			"the council would post an Update soon", "Ivo Dorn"},
		{"a repeated editor's note is no transcript label",
			"“The ferry is late,” Tom Baker said.\n\nEDITOR’S NOTE: The vote on the new pier was held on Tuesday.\n\nEDITOR’S NOTE: The old pier is in Leith, not in Norland.",
			"The ferry is late,", "Tom Baker"},
		{"an editor's note is no block-quote intro either (its genitive stays on the word)",
			"“The ferry is late,” Tom Baker said.\n\nEditor's note:\n\nAn earlier version of this story gave the wrong date for the pier vote.",
			"The ferry is late,", "Tom Baker"},
		{"an editor's note in capitals is no block-quote intro",
			"“The ferry is late,” Tom Baker said.\n\nEDITOR’S NOTE:\n\nAn earlier version of this story gave the wrong date for the pier vote.",
			"The ferry is late,", "Tom Baker"},
		{"an editorial label is no speaker of the paragraph after it",
			"“The ferry is late,” Tom Baker said.\n\nCORRECTION:\n\nAn earlier version of this story gave the wrong date for the pier vote.",
			"The ferry is late,", "Tom Baker"},
		{"a comma closing the subject's apposition before the verb makes no inverted attribution",
			"But Ana Franco, senior organiser at the Leith Harbour Trust, said parents still want ferry schools.",
			"parents still want ferry schools", "Ana Franco, senior organiser at the Leith Harbour Trust,"},
		{"a verb of telling after a comma never inverts: its hearer follows it",
			"Franco, 61, who chairs the harbour board, told the Courier the pier was unsafe.",
			"the pier was unsafe", "Franco"},
		{"sought with an object wants a thing, it reports nothing",
			"When the storm came, Tom Baker sought shelter in the harbour office for the night. He said the pier was unsafe.",
			"the pier was unsafe", "He"},
		{"a voiced feeling's topic after its preposition is the content",
			"Ana Franco expressed deep concern about the new ferry timetable.",
			"the new ferry timetable", "Ana Franco"},
		{"a two-word object after a verb and its preposition is content enough",
			"Tom Baker wrote to the harbour board, calling for her dismissal.",
			"her dismissal", "Tom Baker"},
		{"speaking out and its preposition report the topic",
			"Ana Franco has spoken out against the new ferry timetable.",
			"the new ferry timetable", "Ana Franco"},
		{"a that followed by a present form and its object is a relative pronoun",
			"The mayor spoke at a boathouse by the quay that faces the harbour. He said the ferry was late.",
			"the ferry was late", "He"},
		{"remark after a modifier is a noun, no verb to find a speaker by",
			"On a walk along the quay at Leith, he stopped to make an odd remark. He said the ferry was late.",
			"the ferry was late", "He"},
		{"a lone singular lower-case word after a verb and a comma is its object, no inverted speaker",
			"By spring the two ferry firms on the island, short of cash, declared insolvency. He said the ferry was late.",
			"the ferry was late", "He"},
		{"a noun-phrase object after a verb and its preposition ends at its comma",
			"Tom Baker called for the closure of the pier, even though the ferry was running.",
			"the closure of the pier", "Tom Baker"},
		{"a stance verb's noun-phrase object ends at its comma",
			"Ana Franco criticized the new harbour plan, even as the crews cheered it.",
			"the new harbour plan", "Ana Franco"},
		{"a noun-phrase object ends before and with the subject's next perfect or past verb",
			"Ana Franco praised the new harbour plan and has pushed for it since May.",
			"the new harbour plan", "Ana Franco"},
		{"made it clear reports its that clause",
			"Ana Franco made it clear that the ferry would not run in May.",
			"that the ferry would not run in May", "Ana Franco"},
		{"the question after a participial pressed on is an attribution with no speaker",
			"When pressed on why the ferry was late, Ana Franco left the room.",
			"why the ferry was late", ""},
		{"an apposition between commas is part of the mention",
			"Bo Lindqvist, a ferry captain, said the dock was “a trap for small boats.”",
			"the dock was “a trap for small boats.”", "Bo Lindqvist, a ferry captain,"},
	} {
		got := Attributions(tt.text, Options{})
		if len(got) != 1 || got[0].Text != tt.want || got[0].SpeakerMention != tt.mention {
			t.Errorf("%s: Attributions = %+v, want %q by %q", tt.name, got, tt.want, tt.mention)
		}
	}
}

func TestDirectOnly(t *testing.T) {
	text := `Jane Moss said the school would close. "It is sad," she added.`
	all := Extract(text, Options{})
	direct := Extract(text, Options{DirectOnly: true})
	if len(all) != 2 || len(direct) != 1 || direct[0].Form != model.QuoteDirect {
		t.Fatalf("all=%+v direct=%+v", all, direct)
	}
}

func TestExtractEdgeCases(t *testing.T) {
	for _, text := range []string{"", " ", "\"", "“", "said", "\"\"", "'", "“”", "He said.", "\n\n\"\n\n\"", "''''", "“a", "— said —"} {
		for _, q := range Extract(text, Options{}) {
			checkOffsets(t, text, q)
		}
	}
}

// FuzzExtract checks that no input panics and every quote keeps the offset
// contract.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`"A," he said, "B." Jane Doe said that it was fine.`,
		"«X y z», dit-il.\n\n“Multi\n\n“paragraph”",
		"According to the poll, most back it. ''Quoted,'' she said.",
		"VALE: Well, look.\n\n\"MARLOW: Sir?",
		"Mr. O'Brien's dog, nicknamed 'Rex,' barked — said nobody.",
		"Out all night. pic.twitter.com/x — Lake Power (@lp) May 1, 2026\n\nREAD MORE: X says Y",
		"We had no warning. Rosa Delgado, nurse\n\nThe ORWS said it would act. It said so.",
		"Ana Li, who said the NFA declined to comment, argued Bo Chen, left.",
		"CORRECTION:\n\nBo Chen, 56, told the Post. Li endorsed him, then expressed deep concern about, spoke out against the, made it clear that. When pressed on",
		// A parenthetical attribution whose comma ends the sentence
		// (its clause end lies before the comma's end: panicked once).
		"0,B deClined,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range Extract(text, Options{}) {
			checkOffsets(t, text, q)
		}
		for _, q := range Attributions(text, Options{}) {
			checkOffsets(t, text, q)
		}
	})
}

func ExampleExtract() {
	text := `Health Secretary Marcus Thwaite said the walkout was "reckless and unfair." "We have answered," Thwaite told reporters.`
	for _, q := range Extract(text, Options{}) {
		fmt.Printf("%s: %q by %s (%q)\n", q.Form, q.Text, q.Speaker, q.SpeakerMention)
	}
	// Output:
	// partial: "reckless and unfair." by Marcus Thwaite ("Health Secretary Marcus Thwaite")
	// direct: "We have answered," by Marcus Thwaite ("Thwaite")
}

// TestGiantInputBounded: a megabyte of articles naming the same people and
// thousands of organisations, with acronym and "it" speakers, is analysed in
// bounded time (it took 11 s before role look-ups and organisation mentions
// went linear; now about 0.3 s, the bound leaves room for a loaded machine).
func TestGiantInputBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("giant input")
	}
	b, err := os.ReadFile("testdata/utility.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(strings.ReplaceAll(string(b), "Coastal", fmt.Sprintf("Coastal%d Group", i%3000)))
		fmt.Fprintf(&sb, "\n\nThe Agency Number%d Board said it would act. \"We will,\" it said.\n\n", i)
	}
	start := time.Now()
	qs := Extract(sb.String(), Options{})
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("1 MB took %v", d)
	}
	if len(qs) < 1000 {
		t.Errorf("only %d quotes", len(qs))
	}
}

// TestFieldHelpers checks wordCount and firstField against strings.Fields,
// whose results they must reproduce without allocating.
func TestFieldHelpers(t *testing.T) {
	for _, s := range []string{"", "   ", "one", " two  words ", "tab\tand\nline", "nbsp\u00a0split", "\u0085lead", "é  ü"} {
		f := strings.Fields(s)
		first := ""
		if len(f) > 0 {
			first = f[0]
		}
		if got := wordCount(s); got != len(f) {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, len(f))
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, want %q", s, got, first)
		}
	}
}

func FuzzFieldHelpers(f *testing.F) {
	f.Add(" said  that\tthe\u00a0pier ")
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		if wordCount(s) != len(fs) || len(fs) > 0 && firstField(s) != fs[0] || len(fs) == 0 && firstField(s) != "" {
			t.Errorf("field helpers disagree with strings.Fields on %q", s)
		}
	})
}

// TestIsNumberTok: digits with inner commas and dots open with a digit; a
// number word or a stray comma is no number token.
func TestIsNumberTok(t *testing.T) {
	for s, want := range map[string]bool{
		"15": true, "1,237": true, "3.5": true, "10.": true,
		"": false, "ten": false, ",": false, ".5": false, "15%": false, "1é": false, "٣": false,
	} {
		if got := isNumberTok(s); got != want {
			t.Errorf("isNumberTok(%q) = %v, want %v", s, got, want)
		}
	}
	// isNumberWord also takes the spelled numbers, and never punctuation
	// alone ("X, in 10" is no share).
	for s, want := range map[string]bool{"ten": true, "15": true, ",": false, ".": false, "": false} {
		if got := isNumberWord(s); got != want {
			t.Errorf("isNumberWord(%q) = %v, want %v", s, got, want)
		}
	}
}
