package quotes

import (
	"strings"
	"testing"
)

// TestSpeakerAntecedents pins rules relativeAntecedent and
// descriptionGender on invented texts: each case fails with its rule
// switched off by hand (checked).
func TestSpeakerAntecedents(t *testing.T) {
	// mentions are checked for the cases they name.
	mentions := map[string]string{
		"a time word before in the week is no agent": "Velda Marr",
		"a negated auxiliary after the subject":      "Rolf Danner, the ferry chief,",
	}
	tests := []struct {
		name, text, content, want string
	}{
		// relativeAntecedent: the "who" is the description before its
		// comma, not Dov Arlen named a sentence earlier.
		{"an indefinite description's who",
			"Dov Arlen, the harbour master, said the pier would reopen. A ferry official, who refused to say if the fares would rise, said the schedule was set.",
			"say if the fares would rise", "A ferry official"},
		// A name before the comma still resolves by name.
		{"a name's who",
			"Dov Arlen said the pier would reopen. Lina Farro, who refused to say how much the firm had paid, said the deal was fair.",
			"say how much the firm had paid", "Lina Farro"},
		// relativeAntecedent for "which": the unnamed body before the comma.
		{"an unnamed body's which",
			"The port authority, which declined to give a date, said the repairs would go on.",
			"give a date", "The port authority"},
		// groupApposition: a group named as written stops at its relative
		// clause.
		{"a group's relative clause is no part of its name",
			"The ferry company, which runs six boats, said the repairs would go on.",
			"the repairs would go on", "The ferry company"},
		// placedAgent: an agent at a place written in lower case.
		{"an agent at the scene",
			"Police fired at the crowd. A nurse on the scene told Velmora Radio that she had helped two hurt sailors.",
			"that she had helped two hurt sailors", "A nurse on the scene"},
		{"a group on a board",
			"It was tense. Even leaders on the harbour board questioned whether the plan went too far.",
			"whether the plan went too far", "Even leaders on the harbour board"},
		{"a time word before in the week is no agent",
			"Earlier in the week, Velda Marr called for a new inquiry into the ferry, saying the board had failed.",
			"the board had failed", "Velda Marr"},
		// negatedAux: the negated auxiliary is no part of the mention.
		{"a negated auxiliary after the subject",
			"Rolf Danner, the ferry chief, hasn't explained why the boats were late.",
			"why the boats were late", "Rolf Danner"},
		// descriptionGender: a spokesman is no woman named just before.
		{"a gendered description skips a person of the other gender",
			"Mira Oskel, a nurse, said she would run again.\n\nThe council spokesman, who declined to discuss the vote, said the budget was final.",
			"the budget was final", "The council spokesman"},
		{"a gendered description takes a person of its gender",
			"Tomas Greve said the vote was close.\n\nMira Oskel said she would run again.\n\nThe council spokesman said the budget was final.",
			"the budget was final", "Tomas Greve"},
		// A description whose noun says no gender keeps the nearest name.
		{"an ungendered description takes the nearest name",
			"Mira Oskel said she would run again.\n\nThe council spokesperson said the budget was final.",
			"the budget was final", "Mira Oskel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, Options{})
			for _, q := range got {
				checkOffsets(t, tt.text, q)
				if q.Text == tt.content {
					if m, ok := mentions[tt.name]; ok && q.SpeakerMention != m {
						t.Errorf("mention of %q = %q, want %q", q.Text, q.SpeakerMention, m)
					}
					if q.Speaker != tt.want {
						t.Errorf("speaker of %q = %q (mention %q), want %q", q.Text, q.Speaker, q.SpeakerMention, tt.want)
					}
					return
				}
			}
			t.Fatalf("no quote %q in %+v", tt.content, got)
		})
	}
}

// TestMuteHead pins rule muteHead: an abstract noun heading the subject
// of a speech verb names no speaker (invented texts; each fails with the
// rule switched off by hand, checked).
func TestMuteHead(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a term",
			"It is called “miller’s cough.” For dust from a mill, the term of choice is “grain handler’s lung.” In a child, doctors test."},
		{"the same",
			"The same can hardly be told of Rafe Lindqvist, 26, a fisher fined on Monday."},
		// A finding verb's subject (findingPhrase) passes the rule too.
		{"the problem shows",
			"The problem shows that the grenlow ferries of Tassby run late."},
		{"the importance of showed",
			"The importance of brackle tides showed that the Vornish shore moves."},
		// And a relative pronoun standing for it (relativeSubject).
		{"the problem, which",
			"Rafe Tolland runs the pier. The problem, which showed that the grenlow ferry was late, grew worse."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range Extract(tt.text, Options{}) {
				checkOffsets(t, tt.text, q)
				if q.SpeakerMention != "" {
					t.Errorf("quote %q has speaker %q (mention %q), want none", q.Text, q.Speaker, q.SpeakerMention)
				}
			}
		})
	}
}

// TestMuteHeadPostModifier pins rule muteHead's head: the head of a
// speaker phrase ends at its first preposition, relative pronoun or mark,
// so an abstract noun inside a post-modifier or an aside does not silence
// the speaker (invented texts; the first fails when the head is read up to
// "of" only, the second when a mark does not end the head, checked).
func TestMuteHeadPostModifier(t *testing.T) {
	tests := []struct{ text, mention string }{
		{"Officials familiar with the problem said the grenlow ferries of Tassby run late.", "Officials familiar with the problem"},
		{"Mira Odell (a problem for the mayor) said the grenlow ferries run late.", "Mira Odell (a problem for the mayor)"},
	}
	checkOneQuoteBy(t, tests)
}

// checkOneQuoteBy asserts that each text holds exactly one quote, whose
// speaker mention is the one given.
func checkOneQuoteBy(t *testing.T, tests []struct{ text, mention string }) {
	t.Helper()
	for _, tt := range tests {
		got := Extract(tt.text, Options{})
		if len(got) != 1 || got[0].SpeakerMention != tt.mention {
			t.Errorf("%q: got %+v, want one quote by %q", tt.text, got, tt.mention)
		}
	}
}

// checkOneQuoteBySpeaker fails the test unless each text yields one
// quote with the given speaker mention and speaker.
func checkOneQuoteBySpeaker(t *testing.T, tests []struct{ text, mention, speaker string }) {
	t.Helper()
	for _, tt := range tests {
		got := Extract(tt.text, Options{})
		if len(got) != 1 || got[0].SpeakerMention != tt.mention || got[0].Speaker != tt.speaker {
			t.Errorf("%q: got %+v, want one quote by %q (%q)", tt.text, got, tt.mention, tt.speaker)
		}
	}
}

// TestRestrictiveWho pins rule restrictiveWho: a speaker restricted by a
// "who" clause opening on a past verb is the whole phrase, not the clause
// (invented texts; each fails with the rule off, checked).
func TestRestrictiveWho(t *testing.T) {
	tests := []struct{ text, mention string }{
		{"Engineers who studied the tides said the grenlow ferries of Tassby run late.", "Engineers who studied the tides"},
		// Rule muteHead reads the head before "who": not silenced.
		{"Two pilots who worked the problem told the Courier the grenlow ferries run late.", "Two pilots who worked the problem"},
	}
	checkOneQuoteBy(t, tests)
}

// TestRefusedSay pins rule refusedSay: "declined to say if ..." is one
// quote, not a second one for the refused "say" (fails with the rule off,
// checked).
func TestRefusedSay(t *testing.T) {
	text := "Mira Oskel declined to say if she would run again."
	got := Extract(text, Options{})
	if len(got) != 1 || got[0].Text != "say if she would run again" || got[0].Speaker != "Mira Oskel" {
		t.Errorf("got %+v, want one quote of Mira Oskel's: say if she would run again", got)
	}
}

// TestPlacedAgentMent pins rule placedAgent's -ment exception: a -ment
// noun at a place ("Payments in the valley") ends in -ent like an agent
// but heads no speaker phrase (invented text; fails with the exception
// off, checked). Which speaker the subject search gives instead is not
// pinned here.
func TestPlacedAgentMent(t *testing.T) {
	text := "Payments in the valley showed that the grenlow ferries ran late."
	got := Extract(text, Options{})
	if len(got) != 1 || got[0].SpeakerMention == "Payments in the valley" {
		t.Errorf("got %+v, want one quote not spoken by %q", got, "Payments in the valley")
	}
}

// TestHeadedPostModifier pins rules headedPostModifier and headedSource:
// a subject opening the sentence or clause with a determiner, a
// possessive or a quantifier is read whole over its post-modifiers, not
// cut to the noun phrase after its last preposition; a "by" phrase or an
// owned channel in it names who speaks (invented texts; every row fails
// with headedPostModifier off, the "by" and website rows with headedSource
// off, checked). A bare plural ("Payments in the valley") is left to rule
// placedAgent: TestPlacedAgentMent.
func TestHeadedPostModifier(t *testing.T) {
	tests := []struct{ text, mention, speaker string }{
		// An unnamed, non-person source is the speaker as written.
		{"An announcement on the pier said the ferry would not sail until Monday.",
			"An announcement on the pier", "An announcement on the pier"},
		{"After the storm, an announcement on the pier said the ferry would wait.",
			"an announcement on the pier", "an announcement on the pier"},
		{"Her letter to the harbour board argued that the fees were too high.",
			"Her letter to the harbour board", "Her letter to the harbour board"},
		// A reduced relative inside the subject.
		{"Many skippers involved in the talks said the quota was unfair.",
			"Many skippers involved in the talks", "Many skippers involved in the talks"},
		{"A study by the Tassby Harbour Trust on the eels found that the grenlow stocks fell.",
			"A study by the Tassby Harbour Trust on the eels", "the Tassby Harbour Trust"},
		{"A notice on the Tassby council's website said the pier was closed.",
			"A notice on the Tassby council's website", "the Tassby council"},
		// A restrictive relative on a past verb belongs to the subject
		// (fails with that exception off: "the pier").
		{"A notice that appeared on the pier said the ferry would not sail.",
			"A notice that appeared on the pier", "A notice that appeared on the pier"},
	}
	checkOneQuoteBySpeaker(t, tests)
}

// TestHeadedPostModifierClause: rule headedPostModifier reads no subject
// whole across a past verb with its object, a clause ("The board
// approved the scheme at the quay"), whatever the subject search takes
// instead (invented text; fails with the past-verb check off, checked).
func TestHeadedPostModifierClause(t *testing.T) {
	text := "The harbour board approved the scheme at the quay said the grenlow fees were fair."
	got := Extract(text, Options{})
	if len(got) != 1 || strings.HasPrefix(got[0].SpeakerMention, "The harbour board approved") {
		t.Errorf("got %+v, want one quote whose speaker mention is not the clause", got)
	}
}

// TestCoordinatedSubject pins rule coordinatedSubject: two noun phrases
// joined by "and" that open the sentence speak together; a first one
// naming a person speaks for both; a clause before the "and" or two
// modifiers of one person are left alone (invented texts; the first three
// rows fail with the rule off, the first with its group speaker off, the
// fourth with its past-verb check off, the last with its modifier check
// off, checked).
func TestCoordinatedSubject(t *testing.T) {
	tests := []struct{ text, mention, speaker string }{
		{"Skippers and pilots complained that the grenlow quay was too short.",
			"Skippers and pilots", "Skippers and pilots"},
		{"The harbour board and its lawyers said the grenlow fees were fair.",
			"The harbour board and its lawyers", "The harbour board and its lawyers"},
		{"Vessa Dorn and her aides said the grenlow fees were fair.",
			"Vessa Dorn and her aides", "Vessa Dorn"},
		{"The mayor left and her aides said the grenlow fees were fair.",
			"her aides", "her aides"},
		{"Popular and outspoken speaker Ivo Dorn said the grenlow fees were fair.",
			"outspoken speaker Ivo Dorn", "Ivo Dorn"},
		// A verb before its object is a clause (fails with that check
		// off); two lower-case words with no determiner are no subject
		// the rule reads (fails with the capitalised-words check off).
		{"The crews love the pier and their union said the grenlow fees were unfair.",
			"their union", "their union"},
		{"Local crews and the pilots said the grenlow fees were unfair.",
			"the pilots", "the pilots"},
		// The commas of a list stay inside the first subject (fails with
		// openingScan's list marks off).
		{"The crew, the pilots and their union said the grenlow fees were unfair.",
			"The crew, the pilots and their union", "The crew, the pilots and their union"},
	}
	checkOneQuoteBySpeaker(t, tests)
}

// TestClauseBetweenCommas pins rule clauseBetweenCommas: a name and its
// own finite verb between two commas before a participle are a clause
// whose subject speaks, not an apposition to the word before the first
// comma; an apposition stays one (invented texts; the first three rows
// fail with the rule off, checked).
func TestClauseBetweenCommas(t *testing.T) {
	tests := []struct{ text, mention string }{
		{"On Monday, however, Dorn spoke to the grenlow crews, promising to lift the fees.", "Dorn"},
		{"After a storm of letters about the fees, Dorn reworked the scheme, vowing to cut them.", "Dorn"},
		{"Before the vote, the Harbour Union has written to its members, saying the grenlow fees were unfair.", "the Harbour Union"},
		{"Ivo Dorn, the harbour master, said the grenlow fees were fair.", "Ivo Dorn, the harbour master,"},
	}
	checkOneQuoteBy(t, tests)
}

// TestDefiniteAfterIndefinite pins rule definiteAfterIndefinite: "the
// official" after "a port official" is that unnamed source, not the
// person quoted in between; an indefinite description named in apposition
// answers to the name (invented texts; the first two rows fail with the
// rule off, checked; the last holds with the apposition check off too, as
// the name resolves before the rule is asked, and guards that order).
func TestDefiniteAfterIndefinite(t *testing.T) {
	const intro = "A port official said the grenlow fees would rise. Harbour Minister Ivo Dorn said the fees were fair. "
	tests := []struct{ text, content, want string }{
		{intro + "The port official added that the quay would close.", "that the quay would close", "a port official"},
		{intro + "The official added that the quay would close.", "that the quay would close", "a port official"},
		{"A port official, Vessa Marr, said the grenlow fees would rise. Harbour Minister Ivo Dorn said the fees were fair. The official added that the quay would close.",
			"that the quay would close", "Vessa Marr"},
	}
	for _, tt := range tests {
		found := false
		for _, q := range Extract(tt.text, Options{}) {
			if q.Text == tt.content {
				found = true
				if q.Speaker != tt.want {
					t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote %q", tt.text, tt.content)
		}
	}
}
