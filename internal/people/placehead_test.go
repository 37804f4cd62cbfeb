package people

import (
	"slices"
	"strings"
	"testing"
)

// rolesOf returns the roles of the person named name in text and whether
// there is one.
func rolesOf(text, name string) ([]string, bool) {
	for _, p := range Find(text) {
		if p.Name == name {
			return p.Roles, true
		}
	}
	return nil, false
}

// TestPlaceHeadSurname covers rule placeHeadSurname: a given name and a
// place's head word that is a surname too ("Park", "Hill", "Lake") name a
// person where a title, a speech verb or a role in apposition marks the
// run as one, not elsewhere. Sentences and names invented.
func TestPlaceHeadSurname(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               bool
		roles              string // "|"-joined, when want
	}{
		{"a capitalised title cut from the run",
			"Mayor Linda Park said crews worked through the night.", "Linda Park", true, "Mayor"},
		{"a lower-case role word, a given name that is a word too",
			"City treasurer Mark Hill said the repairs would cost more.", "Mark Hill", true, "City treasurer"},
		{"a speech verb before, the clause closed by a comma",
			"\"The ward was calm,\" said Grace Lake, who works nights.", "Grace Lake", true, ""},
		{"a speech verb after",
			"Helen Field said the ferry was late again.", "Helen Field", true, ""},
		{"a role in apposition",
			"Helen Field, a retired teacher, walks the trail daily.", "Helen Field", true, "retired teacher"},
		{"no mark of a person: a place",
			"Visitors filled Linda Park on Sunday and left early.", "Linda Park", false, ""},
		{"no given name: a place after a speech verb",
			"\"Stay home,\" said Cedar Park, a nurse.", "Cedar Park", false, ""},
		{"the head word alone is the person's surname",
			"Mayor Linda Park spoke first. Park thanked the volunteers.", "Linda Park", true, "Mayor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			roles, found := rolesOf(tt.text, tt.person)
			if found != tt.want {
				t.Fatalf("Find(%q): %s found %v, want %v", tt.text, tt.person, found, tt.want)
			}
			if found && strings.Join(roles, "|") != tt.roles {
				t.Errorf("Find(%q): %s roles %q, want %q", tt.text, tt.person, roles, tt.roles)
			}
		})
	}
	// The surname alone after the full name is one of the person's mentions.
	for _, p := range Find("Mayor Linda Park spoke first. Park thanked the volunteers.") {
		if p.Name == "Linda Park" && (len(p.Mentions) != 2 || p.Mentions[1].Text != "Park") {
			t.Errorf("Linda Park's mentions %+v, want the full name and Park", p.Mentions)
		}
	}
}

// TestTitleOfComplement covers rule titleOfComplement: a capitalised
// title, "of" and its complement before a given name and a surname give
// the name and the role with its complement; a title inside the
// complement names someone else's office. Names invented.
func TestTitleOfComplement(t *testing.T) {
	tests := []struct {
		name, text, person string
		roles              string
	}{
		{"a town before the name",
			"Mayor of Port Alder Linda Park said the first section would open soon.", "Linda Park", "Mayor of Port Alder"},
		{"an office's complement",
			"Secretary of State Daniel Velm said the talks would go on.", "Daniel Velm", "Secretary of State"},
		{"capitalised title words before the title stay in the role",
			"Deputy Secretary of State Daniel Velm said the talks would go on.", "Daniel Velm", "Deputy Secretary of State"},
		{"a lower-case noun before of: no title",
			"She is a veteran of Harbour Mark Velm's crew, and Velm said so.", "Mark Velm", ""},
		{"a title inside the complement: the cut after it decides",
			"Daughter of School Principal Helen Velm spoke for the school. Velm said it would reopen.", "Helen Velm", "School Principal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			roles, found := rolesOf(tt.text, tt.person)
			if !found {
				t.Fatalf("Find(%q): no %s", tt.text, tt.person)
			}
			if strings.Join(roles, "|") != tt.roles {
				t.Errorf("Find(%q): %s roles %q, want %q", tt.text, tt.person, roles, tt.roles)
			}
		})
	}
}

// TestPlaceComplementName pins rule placeComplementName on an invented
// text: a listed place as a title's whole complement ends it, and the two
// words after it are the name though no list knows the given name.
func TestPlaceComplementName(t *testing.T) {
	const text = "Mayor of London Velm Arko said the first section would open soon."
	for _, lang := range []string{"", "en"} {
		var names []string
		for _, p := range AnalyzeLang(text, lang).People {
			names = append(names, p.Name)
			if p.Name == "Velm Arko" && !slices.Equal(p.Model().Roles, []string{"Mayor of London"}) {
				t.Errorf("%q: roles %q, want [Mayor of London]", lang, p.Model().Roles)
			}
		}
		if !slices.Equal(names, []string{"Velm Arko"}) {
			t.Errorf("%q: people %q, want [Velm Arko]", lang, names)
		}
	}
}

// TestAgentNounApposition covers rule agentNounApposition: a noun with an
// agent's ending that the role lists lack, after an article opening the
// sentence or after a speech verb, is the role of the full name in
// apposition after it. Names invented.
func TestAgentNounApposition(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               bool
		roles              string
	}{
		{"the sentence opens with the article",
			"The harbormaster, Ed Kwan, declined to comment on the closures.", "Ed Kwan", true, "harbormaster"},
		{"after a speech verb",
			"\"The tide turned,\" said the ferryman, Ola Brekke, who has crossed for years.", "Ola Brekke", true, "ferryman"},
		{"an article inside the sentence, no role",
			"After the dinner, Ed Kwan, tired, went home. Kwan slept.", "Ed Kwan", true, ""},
		{"a noun that names no one",
			"The latter, Ed Kwan, is younger. Kwan rows.", "Ed Kwan", true, ""},
		// Rule appositiveDeterminer.
		{"one before the noun, after a speech verb",
			"\"Trade has halved,\" said one shopkeeper, Alf Rigby, 61.", "Alf Rigby", true, "shopkeeper"},
		{"another, opening the sentence",
			"Another boatbuilder, Ines Marrow, disagreed with the plan.", "Ines Marrow", true, "boatbuilder"},
		{"an adjective between the article and the noun",
			"\"We were never asked,\" said a retired surveyor, Colm Teague, 70.", "Colm Teague", true, "retired surveyor"},
		{"a trade without an agent's ending",
			"\"It was a long night,\" said one midwife, Rhona Gell, 44.", "Rhona Gell", true, "midwife"},
		{"a vox-pop noun without an agent's ending",
			"\"It is a disgrace,\" said one neighbour, Jo Hartwell, 72.", "Jo Hartwell", true, "neighbour"},
		{"a full stop closes the name after a speech verb",
			"\"We feel forgotten,\" said a regular customer, Ivan Kellner.", "Ivan Kellner", true, "regular customer"},
		{"a full stop does not close a sentence-opening apposition",
			"The surveyor, Ed Kwan. Kwan rows.", "Ed Kwan", true, ""},
		{"one as a number inside the sentence, no role",
			"By noon one tenant had left, Ed Kwan, tired, went home. Kwan slept.", "Ed Kwan", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			roles, found := rolesOf(tt.text, tt.person)
			if found != tt.want {
				t.Fatalf("Find(%q): %s found %v, want %v", tt.text, tt.person, found, tt.want)
			}
			if strings.Join(roles, "|") != tt.roles {
				t.Errorf("Find(%q): %s roles %q, want %q", tt.text, tt.person, roles, tt.roles)
			}
		})
	}
}

// TestNotAgentNouns: every word of notAgentNouns is one rule
// agentNounApposition would read as an agent noun, five letters or more
// with an ending of agentEndings; a word without is a dead entry.
func TestNotAgentNouns(t *testing.T) {
	for w := range notAgentNouns {
		ok := false
		for _, e := range agentEndings {
			ok = ok || strings.HasSuffix(w, e)
		}
		if len(w) < 5 || !ok {
			t.Errorf("notAgentNouns holds %q, which rule agentNounApposition never reads as an agent noun", w)
		}
	}
}

// TestResolveTitledObject covers rules titledObject and
// coordinatedNameNext: a speaker's span holding a person's titled name
// after a preposition is about someone else, and a name after "and" in
// a clause of its own is no second speaker. Names invented.
func TestResolveTitledObject(t *testing.T) {
	tests := []struct {
		name, text, span string
		want             string // the referent's name, "" for none
		group            bool
	}{
		{"a spokeswoman for a titled name",
			"Mayor Ana Ruiz opened the bridge. A spokeswoman for Mayor Ana Ruiz said it was safe.",
			"A spokeswoman for Mayor Ana Ruiz", "", false},
		{"an organisation's name before the title",
			"Velmar Board for Rivers Director Ana Ruiz said it was safe.",
			"Velmar Board for Rivers Director Ana Ruiz", "Ana Ruiz", false},
		{"a titled name after a preposition",
			"Director Ana Ruiz and Bo Chen met. The note, sent to Director Ana Ruiz, said more.",
			"The note, sent to Director Ana Ruiz,", "", false},
		{"a name and a name in a clause of its own",
			"Anna Ruiz and Peter Chen met. The memo, written by Anna Ruiz and forwarded to Peter Chen, said more.",
			"The memo, written by Anna Ruiz and forwarded to Peter Chen,", "Anna Ruiz", false},
		{"two names coordinated",
			"Ana Ruiz and Bo Chen met. Ana Ruiz and Director Bo Chen said it was safe.",
			"Ana Ruiz and Director Bo Chen", "Ana Ruiz and Director Bo Chen", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Analyze(tt.text)
			start := strings.LastIndex(tt.text, tt.span)
			ref, ok := d.Resolve(start, start+len(tt.span))
			if !ok {
				ref.Name = ""
			}
			if ref.Name != tt.want || ref.Group != tt.group {
				t.Errorf("Resolve(%q) = %q (group %v), want %q (group %v)", tt.span, ref.Name, ref.Group, tt.want, tt.group)
			}
		})
	}
}

// TestAppositiveDeterminerLineBreak covers the line-break guard of rule
// appositiveDeterminer: a determiner ending one line does not make the
// noun opening the next the role of the name after it. Names invented.
func TestAppositiveDeterminerLineBreak(t *testing.T) {
	text := "\"Trade has halved,\" said one\nshopkeeper, Alf Rigby, 61."
	if roles, _ := rolesOf(text, "Alf Rigby"); slices.Contains(roles, "shopkeeper") {
		t.Errorf("Find(%q): Alf Rigby has the role shopkeeper across the line break", text)
	}
}
