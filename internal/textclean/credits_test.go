package textclean

import (
	"strings"
	"testing"
)

// TestCaptionCopyright: a caption ending in a copyright sign and a name is
// a picture's caption and credit (rule caption-copyright), in its several
// shapes; a copyright notice, a caption-less sign and "(c)" in a list or
// in code stay as they are. Fails with the rule switched off.
func TestCaptionCopyright(t *testing.T) {
	story := "The harbour board on Tuesday approved plans for a new ferry terminal on the east quay, ending two years of debate.\n\n%s\n\nConstruction is due to begin in the spring and should take about eighteen months, the board said."
	for _, tc := range []struct {
		line, caption, credit string
	}{
		{"Workers mend the old pier. © Jo Roe", "Workers mend the old pier.", "Jo Roe"},
		{"Workers mend the old pier. – © Jo Roe – stock.example.com", "Workers mend the old pier.", "Jo Roe – stock.example.com"},
		{"Die Mole am Abend | © Jo Roe", "Die Mole am Abend", "Jo Roe"},
		{"Le quai au crépuscule / (C) Jo Roe", "Le quai au crépuscule", "Jo Roe"},
		{"El muelle al amanecer ©Jo Roe/Agencia Sur", "El muelle al amanecer", "Jo Roe/Agencia Sur"},
		{"© 2024 Quay News. All rights reserved.", "", ""},
		{"Copyright © Quay News", "", ""},
		{"Photo https://quay.example/photos ©Quay Events", "", ""},
		{"Either tenant may end the lease under clause (c) of the terms.", "", ""},
	} {
		a, err := Extract(strings.Replace(story, "%s", tc.line, 1), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var rule string
		for _, r := range a.Removed {
			if r.Text == tc.line {
				rule = r.Rule
			}
		}
		if tc.credit == "" {
			if rule == "caption-copyright" {
				t.Errorf("%q: removed as a caption", tc.line)
			}
			continue
		}
		if rule != "caption-copyright" || strings.Contains(a.Text, tc.line) {
			t.Errorf("%q: rule %q, still in text %v", tc.line, rule, strings.Contains(a.Text, tc.line))
			continue
		}
		found := false
		for _, im := range a.Media.Images {
			found = found || im.Caption == tc.caption && im.Credit == tc.credit
		}
		if !found {
			t.Errorf("%q: images %+v, want caption %q credit %q", tc.line, a.Media.Images, tc.caption, tc.credit)
		}
	}
}

// TestCaptionCreditLower: a caption whose credit label is written lower
// case in brackets or after a comma is a caption with its credit (rule
// caption-credit-lower). Fails without those markers.
func TestCaptionCreditLower(t *testing.T) {
	story := "The harbour board on Tuesday approved plans for a new ferry terminal on the east quay, ending two years of debate.\n\n%s\n\nConstruction is due to begin in the spring and should take about eighteen months, the board said."
	for _, tc := range []struct{ line, caption, credit string }{
		{"The chair at the meeting. (credit: Jo Roe/Quay Press)", "The chair at the meeting.", "Jo Roe/Quay Press"},
		{"Jo Roe, harbour master, photo: Quay archive", "Jo Roe, harbour master", "Quay archive"},
		{"El muelle al amanecer (crédito: Luis Paz/Agencia Sur)", "El muelle al amanecer", "Luis Paz/Agencia Sur"},
		{"Workers mend the old pier (Image credit: Jo Roe)", "Workers mend the old pier", "Jo Roe"},
	} {
		a, err := Extract(strings.Replace(story, "%s", tc.line, 1), Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, im := range a.Media.Images {
			found = found || im.Caption == tc.caption && im.Credit == tc.credit
		}
		if !found || strings.Contains(a.Text, tc.line) {
			t.Errorf("%q: images %+v, in text %v; want caption %q credit %q", tc.line, a.Media.Images, strings.Contains(a.Text, tc.line), tc.caption, tc.credit)
		}
	}
}
