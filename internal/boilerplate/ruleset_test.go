package boilerplate

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// ruleSetCases are the sets TestRuleSet checks: the text path's (rule
// prompt-in-paragraph's, rule trailing-prompt's), each rule alone, the
// shape rules that were once a RuleSet's flags, and every name.
func ruleSetCases() [][]string {
	sets := [][]string{
		{"newsletter-signup", "newsletter-box", "cta-subscribe", "share-bar", "cta-follow", "ad-label",
			"affiliate-disclosure", "disclaimer", "cta-letter", "comments-prompt"},
		{"newsletter-signup", "cta-subscribe", "share-bar", "cta-follow", "ad-label"},
		{"comments-header", "copyright-notice", "outlet-label"},
	}
	seen := map[string]bool{}
	var all []string
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			all = append(all, name)
			sets = append(sets, []string{name})
		}
	}
	for _, r := range rules {
		add(r.name)
	}
	for _, r := range shapeRules {
		add(r.name)
	}
	return append(sets, all)
}

// ruleSetTexts are blocks that reach every rule: each phrase of the rules
// alone, capitalised, as a sentence's start and end and inside one, with
// the blocks of TestClassify's kind and invented story sentences, and
// random joins of them.
func ruleSetTexts() []string {
	var texts []string
	for _, r := range rules {
		for _, p := range r.phrases {
			texts = append(texts, p, strings.ToUpper(p[:1])+p[1:], p+": the harbour road reopens",
				"Residents said "+p+" on Tuesday.", "The council will vote. "+p, p+" now.")
		}
	}
	texts = append(texts, storySentences...)
	texts = append(texts, "12 Comments", "Comments (3)", "© 2024 Example Media Ltd", "Support the Harbour Herald and go ad-free",
		"Share The Quiet Ledger", "Subscribe to The Daily Beacon", "Follow Mara Quinn on TikTok for more", "Follow us on Instagram",
		"Twitter: @harbourherald", "Download The Morning Tribune app for the latest news", "Get the Example app",
		"For the latest news, download the Example apps for iOS and Android", "Jane Roe/Getty Images", "5 min read",
		"Written by Priya Nair", "Reporting by A; Editing by B", "width:100%;", "Posted in Gear", "Showing 1-20 of 240 results",
		"3 hours ago", "Image caption,", "Last edited by a moderator", "Sorry, something went wrong. Please try again later.", "")
	rng := rand.New(rand.NewPCG(3, 4))
	n := len(texts)
	for range 10000 {
		texts = append(texts, texts[rng.IntN(n)]+" "+texts[rng.IntN(n)])
	}
	return texts
}

// TestRuleSet pins RuleSet.Classify to Classify: the same answer when
// Classify names a rule of the set, none otherwise, for every set of
// ruleSetCases on every block of ruleSetTexts.
func TestRuleSet(t *testing.T) {
	type answer struct {
		kind, rule string
		ok         bool
	}
	texts := ruleSetTexts()
	want := make([]answer, len(texts))
	for i, s := range texts {
		want[i].kind, want[i].rule, want[i].ok = Classify(s)
	}
	for _, names := range ruleSetCases() {
		rs := NewRuleSet(names...)
		found := 0
		for i, s := range texts {
			w := want[i]
			if !rs.names[w.rule] {
				w = answer{}
			}
			if k, r, o := rs.Classify(s); k != w.kind || r != w.rule || o != w.ok {
				t.Fatalf("set %v, %q: RuleSet.Classify = %q %q %v, Classify = %q %q %v", names, s, k, r, o, w.kind, w.rule, w.ok)
			}
			if w.ok {
				found++
			}
		}
		if found == 0 {
			t.Errorf("set %v: no block of the test is one of its rules'", names)
		}
	}
}

// TestRuleSetUnknown: a name no rule has is an error, not an empty set.
func TestRuleSetUnknown(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewRuleSet of an unknown name did not panic")
		}
	}()
	NewRuleSet("newsletter-signup", "no-such-rule")
}

// FuzzRuleSet: RuleSet.Classify answers as Classify does, for rule
// prompt-in-paragraph's set.
func FuzzRuleSet(f *testing.F) {
	for _, s := range []string{"Sign up for our newsletter.", "Follow us on Twitter", "Advertisement", "The council met."} {
		f.Add(s)
	}
	names := ruleSetCases()[0]
	rs := NewRuleSet(names...)
	f.Fuzz(func(t *testing.T, s string) {
		kind, rule, ok := Classify(s)
		if !rs.names[rule] {
			kind, rule, ok = "", "", false
		}
		if k, r, o := rs.Classify(s); k != kind || r != rule || o != ok {
			t.Errorf("%q: RuleSet.Classify = %q %q %v, Classify = %q %q %v", s, k, r, o, kind, rule, ok)
		}
	})
}

// BenchmarkClassifySentences and BenchmarkRuleSetSentences: a story's
// sentences, classified whole or through rule prompt-in-paragraph's set.
func BenchmarkClassifySentences(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		Classify(storySentences[i%len(storySentences)])
	}
}

func BenchmarkRuleSetSentences(b *testing.B) {
	rs := NewRuleSet(ruleSetCases()[0]...)
	for i := 0; b.Loop(); i++ {
		rs.Classify(storySentences[i%len(storySentences)])
	}
}

// TestClassifyNoAlloc: rule block-on-stack. The text path's set (rule
// prompt-in-paragraph's) turns a story's sentence away without an
// allocation: the normalised block stays in classify's stack buffer,
// which it does only while no test it hands the block to keeps it
// (fails with the heap copy of matchShape dropped for a shape test that
// keeps its string, checked). Classify itself makes one copy at most,
// as it did before.
func TestClassifyNoAlloc(t *testing.T) {
	set := NewRuleSet(ruleSetCases()[0]...)
	for _, s := range []string{
		"The council voted on Tuesday to close the harbour road for six weeks while engineers repair the sea wall.",
		"Officials said the plan, first drawn up in 2019, would cost about €4 million.",
		"Der Gemeinderat hat am Dienstag beschlossen, die Hafenstraße für sechs Wochen zu sperren.",
	} {
		if _, _, ok := set.Classify(s); ok {
			t.Fatalf("set.Classify(%q) took the sentence", s)
		}
		if n := testing.AllocsPerRun(100, func() { set.Classify(s) }); n != 0 {
			t.Errorf("set.Classify(%q): %v allocations, want 0", s, n)
		}
		if n := testing.AllocsPerRun(100, func() { Classify(s) }); n > 1 {
			t.Errorf("Classify(%q): %v allocations, want 1 at most", s, n)
		}
	}
}
