package textclean

import (
	"testing"
	"time"
)

// copyrightStory is an invented story for the closing lines under test.
const copyrightStory = "Council approves new harbour wall after long debate\n\n" +
	"The council voted on Tuesday to approve the new harbour wall, ending a debate that had run for two years among residents and officials.\n\n" +
	"Work is due to start in the spring, the council said in a statement after the vote.\n\n"

// TestCopyrightHolderOutlet: rule copyright-holder-outlet names the outlet
// after the holder of the site's closing rights line, without its legal
// form, when nothing better names it; an agency's notice, a picture's
// credit and a reprinted work's rights name none.
func TestCopyrightHolderOutlet(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ url, tail, want string }{
		{"", "Copyright 2026 Northfield Gazette. All rights reserved.", "Northfield Gazette"},
		{"", "© 2026 The Daily Example", "The Daily Example"},
		{"", "Copyright © 2019-2026 Example Media Ltd. All rights reserved.", "Example Media"},
		{"", "Copyright © 2026 Brookvale Courier, Inc. All Rights Reserved.", "Brookvale Courier"},
		{"", "© 2026 Jane Roe", "Jane Roe"},
		{"", "© 2026 KXYZ-TV. All rights reserved.", "KXYZ-TV"},
		{"", "© 2026 Example Project Contributors", "Example Project"},
		{"", "© 2026 The Example Authors. All rights reserved.", "Example"},
		{"", "Copyright 2026 BRIGHTWATER PLUMBING INC", "Brightwater Plumbing"},
		// an owner's name, several holders
		{"", "© 2026 Example Media Group. All rights reserved.", ""},
		{"", "© 2026 Example Interactive Inc. All rights reserved.", ""},
		{"", "© Copyright 2026 Jane Roe, John Doe and Example Runs. All rights reserved.", ""},
		// an agency's notice closes wire copy another outlet published
		{"", "Copyright 2026 The Associated Press. All rights reserved.", ""},
		{"", "© 2026 Reuters. All rights reserved.", ""},
		// a credit's slash, a reprinted work's rights
		{"", "© 2026 Jane Roe/AP", ""},
		{"", "Copyright © 2026 by Jane Roe. Reprinted by permission. All rights reserved.", ""},
		{"", "Copyright © 2026. All Rights Reserved.", ""},
		// a host that spells the holder: the holder's spelling
		{"https://www.northfieldgazette.example/news/wall", "Copyright 2026 Northfield Gazette. All rights reserved.", "Northfield Gazette"},
		{"https://dailyexample.example/a/1", "© 2026 The Daily Example", "The Daily Example"},
		// a host that does not: the owner is not the publication
		{"https://www.valleyherald.example/news/wall", "© 2026 Summit Publishing Group LLC. All rights reserved.", "Valleyherald"},
	} {
		a, _ := Extract(copyrightStory+c.tail+"\n", Options{URL: c.url, Now: now})
		if a.Outlet != c.want {
			t.Errorf("%q (%s): outlet %q, want %q", c.tail, c.url, a.Outlet, c.want)
		}
	}
}

// TestCopyrightNoticeInStory: a dated notice above the last body block is
// a picture's or a quoted work's, not the site's.
func TestCopyrightNoticeInStory(t *testing.T) {
	text := "Council approves new harbour wall after long debate\n\n" +
		"The council voted on Tuesday to approve the new harbour wall, ending a debate that had run for two years among residents and officials.\n\n" +
		"© 2026 Harbour Pictures\n\n" +
		"Work is due to start in the spring, the council said in a statement after the vote.\n"
	a, _ := Extract(text, Options{})
	if a.Outlet != "" {
		t.Errorf("outlet %q, want none", a.Outlet)
	}
}

// TestRightsLine: rule copyright-line removes the rights lines the phrase
// rules leave in the body, and keeps a lettered list item and a picture's
// credit as they were.
func TestRightsLine(t *testing.T) {
	for line, want := range map[string]bool{
		"(c) Example Media Ltd 2025":                         true,
		"(C) 2025 Example Media Ltd":                         true,
		"ⓒ 2026 The Daily Example":                           true,
		"Copyright 2026 Example Media":                       true,
		"Copyright Example Media Ltd 2026":                   true,
		"© Example Media 2026. All rights reserved.":         true,
		"© Jane Roe 2026":                                    false,
		"(c) the council may set the fee for 2026":           false,
		"Copyright 2026 was a busy year for the courts":      false,
		"(c) Example Media 2026 / Jane Roe":                  false,
		"Copyright law changed in 2026 after a long inquiry": false,
	} {
		if got := rightsLine(line); got != want {
			t.Errorf("rightsLine(%q) = %v, want %v", line, got, want)
		}
	}
	a, _ := Extract(copyrightStory+"(c) Example Media Ltd 2025\n", Options{})
	if len(a.Body) != 2 || a.Outlet != "Example Media" {
		t.Errorf("body %d blocks, outlet %q: want 2 and Example Media", len(a.Body), a.Outlet)
	}
}

// TestRightsLineClosing: rule copyright-line reads the closing blocks
// alone; a rights line higher up is the document's own.
func TestRightsLineClosing(t *testing.T) {
	text := "How to use the sorter\n\n" +
		"The sorter reads lines from its input and writes them in order to its output.\n\n" +
		"Copyright 2019-2026 Example Software Foundation\n\n" +
		"It takes options for the key, the order and the separator between fields.\n\n" +
		"It reads standard input when no file is named on the command line.\n\n" +
		"Report bugs to the project's tracker, with the version and the input.\n"
	a, _ := Extract(text, Options{})
	if len(a.Body) != 5 {
		t.Errorf("body %d blocks, want 5 (the rights line kept)", len(a.Body))
	}
}

// TestSelfReferenceHandles: rule self-reference-handles: a follow prompt's
// platform and handle name no outlet.
func TestSelfReferenceHandles(t *testing.T) {
	a, _ := Extract(copyrightStory+"Follow us on Twitter @ValleyNews\n", Options{})
	if a.Outlet != "" {
		t.Errorf("outlet %q, want none", a.Outlet)
	}
}

// TestCopyrightPressHolder: rule copyright-press-holder reads a "©"
// notice that names a newspaper, without the rights formula, as the
// site's notice and its holder as the outlet; a person's name stays a
// picture's credit.
func TestCopyrightPressHolder(t *testing.T) {
	const story = "Stadtrat beschließt neuen Fahrplan\n\nDer Stadtrat hat am Dienstag beschlossen, den Fahrplan auf die Wintermonate auszuweiten.\n\n" +
		"Die Opposition kritisierte die Kosten von 1,2 Millionen Euro pro Jahr.\n\n"
	for _, c := range []struct{ line, outlet, rule string }{
		{"© Kelmünder Zeitung 2025", "Kelmünder Zeitung", "copyright-notice"},
		{"© 2025 Le Journal de Kelmouth", "Le Journal de Kelmouth", "copyright-notice"},
		{"© Julia Becker 2025", "", "image-credit"},
	} {
		a, _ := Extract(story+c.line+"\n", Options{})
		if a.Outlet != c.outlet {
			t.Errorf("%q: outlet %q, want %q", c.line, a.Outlet, c.outlet)
		}
		if n := len(a.Removed); n == 0 || a.Removed[n-1].Rule != c.rule {
			t.Errorf("%q: removed %+v, want rule %s", c.line, a.Removed, c.rule)
		}
	}
}

// TestRightsFormulaAlone: rule rights-formula-alone reads the mark and
// the rights formula, without a year or a holder, as the site's notice,
// not a picture's credit.
func TestRightsFormulaAlone(t *testing.T) {
	const story = "Stadtrat beschließt neuen Fahrplan\n\nDer Stadtrat hat am Dienstag beschlossen, den Fahrplan auf die Wintermonate auszuweiten.\n\n" +
		"Die Opposition kritisierte die Kosten von 1,2 Millionen Euro pro Jahr.\n\n"
	for _, line := range []string{"© Riproduzione riservata", "© Alle Rechte vorbehalten", "© Tous droits réservés"} {
		a, _ := Extract(story+line+"\n", Options{})
		if n := len(a.Removed); n == 0 || a.Removed[n-1].Rule != "copyright-notice" {
			t.Errorf("%q: removed %+v, want rule copyright-notice", line, a.Removed)
		}
		if a.Media.FeaturedImage != nil || len(a.Media.Images) > 0 {
			t.Errorf("%q: media %+v, want none", line, a.Media)
		}
	}
}
