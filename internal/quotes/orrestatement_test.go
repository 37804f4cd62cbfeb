package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestOrRestatement: a phrase opening with "or" after the clause's comma
// restates a figure ("12.4 percent, or about a quarter of Aurin's
// figure") and attributes nothing: no quote with a share phrase as its
// speaker (rule orRestatement). A plain tail attribution after it still
// reads. Invented text.
func TestOrRestatement(t *testing.T) {
	cases := []struct {
		name, text string
		want       int // quotes of the last sentence
	}{
		{"share of claim", "Jobs in Merlow\n\nMayor Dell Aurin said last week that half of the town's young people had no work. In June, the jobless rate for residents aged 18 to 25 was 12.4 percent, or about a quarter of Aurin’s figure.", 0},
		{"share of what", "Jobs in Merlow\n\nMayor Dell Aurin said last week that half of the town's young people had no work. In June, the jobless rate for residents aged 18 to 25 was 12.4 percent, or about a quarter of what Aurin says.", 0},
		{"plain tail", "Jobs in Merlow\n\nMayor Dell Aurin said last week that half of the town's young people had no work. The jobless rate for young residents has fallen for three years, the town's statistician said.", 1},
	}
	for _, c := range cases {
		last := 0
		for _, q := range ExtractDoc(people.Analyze(c.text), Options{}) {
			if q.Start > len("Jobs in Merlow\n\nMayor Dell Aurin said last week that half of the town's young people had no work.") {
				last++
				if c.want == 0 {
					t.Errorf("%s: quote %q with speaker %q", c.name, q.Text, q.Speaker)
				}
			}
		}
		if last != c.want {
			t.Errorf("%s: %d quotes in the last sentence, want %d", c.name, last, c.want)
		}
	}
}
