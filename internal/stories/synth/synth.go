// Package synth generates synthetic news corpora for tests and benchmarks:
// events reported independently by several outlets, plus wire copies
// republished with new headlines, bylines, cuts and word edits. The words
// are made up (pseudo-words drawn from a Zipf distribution, plus words
// proper to each event), so no real text is involved and any size can be
// generated deterministically from a seed.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated article with its gold labels.
type Article struct {
	ID     string
	Title  string
	Text   string
	Outlet string
	URL    string
	// Date is zero for about a third of the articles.
	Date time.Time
	// Event is the gold story; Copy the gold copy group (the id of the
	// original a copy was made from, or the article's own id).
	Event int
	Copy  string
}

// Options set the corpus shape.
type Options struct {
	Events int
	// Reports is the number of independent reports per event.
	Reports int
	// Copies is the number of wire copies of each event's first report.
	Copies int
	// Paragraphs per report.
	Paragraphs int
	Seed       uint64
}

var syllables = strings.Fields("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu")

func word(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	return b.String()
}

func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// Generate makes a corpus: Events × (Reports + Copies) articles.
func Generate(o Options) []Article {
	r := rand.New(rand.NewPCG(o.Seed, 0x1ede))
	const vocab = 20000
	bg := make([]string, vocab)
	for i := range bg {
		bg[i] = word(r, 2+r.IntN(3))
	}
	zipf := rand.NewZipf(r, 1.1, 2, vocab-1)
	outlets := make([]string, 24)
	for i := range outlets {
		outlets[i] = title(word(r, 2)) + " " + title(word(r, 3))
	}
	base := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	var out []Article
	n := 0
	for e := 0; e < o.Events; e++ {
		terms := make([]string, 24)
		for i := range terms {
			terms[i] = word(r, 3+r.IntN(2))
		}
		people := []string{title(terms[0]) + " " + title(terms[1]), title(terms[2]) + " " + title(terms[3])}
		quotes := make([][]string, 3)
		for i := range quotes {
			q := make([]string, 10+r.IntN(6))
			for k := range q {
				q[k] = pick(r, zipf, bg, terms, 0.3)
			}
			quotes[i] = q
		}
		day := base.AddDate(0, 0, r.IntN(365))
		sentence := func() string {
			ws := make([]string, 12+r.IntN(8))
			for k := range ws {
				ws[k] = pick(r, zipf, bg, terms, 0.25)
			}
			ws[0] = title(ws[0])
			return strings.Join(ws, " ") + "."
		}
		var first Article
		for rep := 0; rep < o.Reports; rep++ {
			n++
			var ps []string
			for p := 0; p < o.Paragraphs; p++ {
				s := sentence() + " " + sentence()
				if p%3 == 1 {
					qi := (p / 3) % len(quotes)
					q := variant(r, quotes[qi], rep)
					s += fmt.Sprintf(" “%s,” %s said.", title(strings.Join(q, " ")), people[qi%2])
				}
				ps = append(ps, s)
			}
			a := Article{
				ID:     fmt.Sprintf("a%06d", n),
				Title:  title(strings.Join([]string{terms[0], pick(r, zipf, bg, terms, 0.5), terms[4], pick(r, zipf, bg, terms, 0.5), terms[5]}, " ")),
				Text:   strings.Join(ps, "\n\n"),
				Outlet: outlets[r.IntN(len(outlets))],
				Event:  e,
			}
			a.Copy = a.ID
			if r.IntN(3) > 0 {
				a.Date = day.Add(time.Duration(r.IntN(36)) * time.Hour)
			}
			a.URL = fmt.Sprintf("https://%s.example/news/%s", strings.ReplaceAll(strings.ToLower(a.Outlet), " ", ""), a.ID)
			if rep == 0 {
				first = a
			}
			out = append(out, a)
		}
		for c := 0; c < o.Copies; c++ {
			n++
			ps := strings.Split(first.Text, "\n\n")
			ps = ps[:len(ps)-r.IntN(1+len(ps)/3)] // cut the tail
			ps = append([]string{"By " + title(word(r, 2)) + " Press"}, ps...)
			if len(ps) > 2 { // edit a word
				ws := strings.Fields(ps[2])
				ws[r.IntN(len(ws))] = word(r, 3)
				ps[2] = strings.Join(ws, " ")
			}
			a := Article{
				ID:     fmt.Sprintf("a%06d", n),
				Title:  first.Title,
				Text:   strings.Join(ps, "\n\n"),
				Outlet: outlets[r.IntN(len(outlets))],
				Event:  e,
				Copy:   first.ID,
			}
			if r.IntN(2) == 0 {
				a.Title = title(word(r, 3)) + ": " + first.Title
			}
			if !first.Date.IsZero() && r.IntN(3) > 0 {
				a.Date = first.Date.Add(time.Duration(1+r.IntN(12)) * time.Hour)
			}
			a.URL = fmt.Sprintf("https://%s.example/wire/%s", strings.ReplaceAll(strings.ToLower(a.Outlet), " ", ""), a.ID)
			out = append(out, a)
		}
	}
	return out
}

// pick draws an event term with probability p, else a background word.
func pick(r *rand.Rand, z *rand.Zipf, bg, terms []string, p float64) string {
	if r.Float64() < p {
		return terms[r.IntN(len(terms))]
	}
	return bg[z.Uint64()]
}

// variant words a quote the way outlet number rep reports it: the first
// outlet verbatim, the others dropping a leading word or changing one.
func variant(r *rand.Rand, q []string, rep int) []string {
	q = append([]string(nil), q...)
	switch rep % 3 {
	case 1:
		q = q[1:]
	case 2:
		q[len(q)/2] = word(r, 2)
	}
	return q
}
