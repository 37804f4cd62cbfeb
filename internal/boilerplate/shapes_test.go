package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestShapeRuleTests: the shape rules that were once flags of a RuleSet
// (comments-header's count header, copyright-notice's dated rights line,
// outlet-label's buttons, one entry a kind), each test on blocks it takes
// and blocks it leaves.
func TestShapeRuleTests(t *testing.T) {
	tests := []struct {
		shape int
		in    string
		want  bool
	}{
		{shapeCountHeader, "12 Comments", true},
		{shapeCountHeader, "3 responses", true},
		{shapeCountHeader, "Comments (3)", true},
		{shapeCountHeader, "Responses (12)", true},
		{shapeCountHeader, "Comments (three)", false},
		{shapeCountHeader, "12 comments on the plan were read out", false},
		{shapeCopyrightYear, "© 2024 Example Media Ltd", true},
		{shapeCopyrightYear, "©2019 The Harbour Herald", true},
		{shapeCopyrightYear, "© Jane Roe", false},
		{shapeCopyrightYear, "© 2024 " + longName, false}, // over maxLabelLen
		{shapeOutletLabelCTA, "Support the Harbour Herald and go ad-free", true},
		{shapeOutletLabelCTA, "Join The Quiet Ledger today", true},
		{shapeOutletLabelCTA, "Support Grows For Reform", false},
		{shapeOutletLabelCTA, "Share The Quiet Ledger", false},
		{shapeOutletLabelAppeal, "Donate to the Harbour Herald", true},
		{shapeOutletLabelAppeal, "Support the Harbour Herald", false},
		{shapeOutletLabelShare, "Share The Quiet Ledger", true},
		{shapeOutletLabelShare, "Share the harbour herald", false},
	}
	// each test is a rule's, with its name, kind and place
	for _, e := range []struct {
		name, kind string
		shape      int
		early      bool
	}{
		{"comments-header", model.RemovedComments, shapeCountHeader, true},
		{"copyright-notice", model.RemovedOther, shapeCopyrightYear, true},
		{"outlet-label", model.RemovedCallToAction, shapeOutletLabelCTA, false},
		{"outlet-label", model.RemovedAppeal, shapeOutletLabelAppeal, false},
		{"outlet-label", model.RemovedShare, shapeOutletLabelShare, false},
	} {
		found := false
		for _, r := range shapeRules {
			if r.shape == e.shape {
				found = r.name == e.name && r.kind == e.kind && r.early == e.early
			}
		}
		if !found {
			t.Errorf("shape %d: no rule %s of kind %s (early %v) in shapeRules", e.shape, e.name, e.kind, e.early)
		}
	}
	for _, tt := range tests {
		s := string(normalize(tt.in, nil))
		owned := ""
		if got := matchShape(tt.shape, s, tt.in, TextLen(s), &owned); got != tt.want {
			t.Errorf("shape %d on %q = %v, want %v", tt.shape, tt.in, got, tt.want)
		}
	}
}

// longName makes a rights line too long for a label.
const longName = "Example Media Group Holdings and Partners Limited, publishers of the Harbour Herald"

// TestShapeRuleOrder: the same rules through Classify, which tries the
// early shape rules before the phrase rules (a dated rights line is no
// picture credit, though image-credit's phrases open with "©") and gives
// outlet-label the kind of its verb.
func TestShapeRuleOrder(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"12 Comments", model.RemovedComments, "comments-header"},
		{"Responses (12)", model.RemovedComments, "comments-header"},
		{"© 2024 Example Media Ltd", model.RemovedOther, "copyright-notice"},
		{"© Jane Roe", model.RemovedImageCredit, "image-credit"},
		{"Support the Harbour Herald and go ad-free", model.RemovedCallToAction, "outlet-label"},
		{"Join the Quiet Ledger", model.RemovedCallToAction, "outlet-label"},
		{"Share The Quiet Ledger", model.RemovedShare, "outlet-label"},
	}
	for _, tt := range tests {
		if kind, rule, _ := Classify(tt.in); kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q %q, want %q %q", tt.in, kind, rule, tt.kind, tt.rule)
		}
	}
}

// TestShapeOpens: a shape rule's opens holds the first byte of every
// block its test takes, among the blocks of TestShapeRuleTests and
// TestRuleSet.
func TestShapeOpens(t *testing.T) {
	texts := append(ruleSetTexts(), "12 Comments", "Responses (12)", "©2019 The Harbour Herald", "Donate to the Harbour Herald",
		"Join The Quiet Ledger today", "Subscribe to The Daily Beacon", "Share the Quiet Ledger now")
	for _, text := range texts {
		s := string(normalize(text, nil))
		if s == "" {
			continue
		}
		for i, r := range shapeRules {
			owned := ""
			if matchShape(r.shape, s, text, TextLen(s), &owned) && shapeOpens[s[0]]&(1<<i) == 0 {
				t.Errorf("rule %s takes %q, which opens with a byte not in %q", r.name, text, r.opens)
			}
		}
	}
}
