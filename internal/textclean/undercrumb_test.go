package textclean

import "testing"

// TestTitleUnderCrumb: rule title-under-crumb: a lone crumb of a home link
// and a section over the headline, with no byline under it, is navigation
// and the headline under it is the title, as it is without the crumb. The
// last cases keep their shape: a trail of three steps is a menu, and a
// line too short for a headline under the crumb is no title.
func TestTitleUnderCrumb(t *testing.T) {
	for _, tc := range []struct{ text, title string }{
		{"Home | News\nTallow council closes the old river bridge\n\nThe Tallow town council voted on Tuesday to close the old river bridge for repairs from March to June.\n\nTraffic will go by the ring road, the mayor said.",
			"Tallow council closes the old river bridge"},
		{"Sākums | Ziņas\nTalsu dome slēgs veco tiltu pār upi\n\nTalsu dome otrdien nolēma slēgt veco tiltu pār upi remontam no marta līdz jūnijam.\n\nSatiksme ies pa apvedceļu, sacīja mērs.",
			"Talsu dome slēgs veco tiltu pār upi"},
		{"Početna | Vijesti\nGradsko vijeće Zagorja zatvara stari most\nGradsko vijeće Zagorja u utorak je odlučilo zatvoriti stari most zbog popravka od ožujka do lipnja.\nPromet će ići obilaznicom, rekao je gradonačelnik.",
			"Gradsko vijeće Zagorja zatvara stari most"},
		{"Home | News\nBridge\n\nThe Tallow town council voted on Tuesday to close the old river bridge for repairs from March to June.",
			""},
	} {
		a, err := Extract(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("%.20q: title %q, want %q", tc.text, a.Title, tc.title)
		}
	}
}
