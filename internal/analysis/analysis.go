// Package analysis fills an Article's quotes, people, organisations, places
// and claims from its title and clean body: it runs the people, quotes,
// entities and claims stages on a.Text, makes their answers agree (a quote's
// speaker is one of the people; a name the word lists know as an
// organisation or place is not a person; a claim inside a quotation is its
// speaker's) and takes people's social handles from the embeds.
package analysis

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/claims"
	"github.com/lede-news/lede/internal/entities"
	"github.com/lede-news/lede/internal/lang"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
	"github.com/lede-news/lede/internal/quotes"
)

// MaxText bounds the text Analyze reads; a longer one is left unanalysed
// with a warning. Analysis holds several token lists of the whole text
// (people, entities, dates and claims each tokenise it), about 100 bytes of
// heap per byte of text: a 10 MB paragraph peaked at 1.1 GB. The longest
// article text of the 2,065 benchmark pages is 67 KB; 2 MB is 30 times that.
const MaxText = 2 << 20

// OverLimit is in the warning of a text over MaxText (pipeline.Analyze
// drops it before analysing again).
const OverLimit = "over the analysis limit"

// Analyze fills a's analysis fields. It reads only a.Title, a.Text, a.Body and
// a.Embeds (for handles); removed boilerplate contributes nothing.
func Analyze(a *model.Article) {
	text := a.Text
	if text == "" && len(a.Body) > 0 {
		text = model.JoinBlocks(a.Body)
		if a.Text == "" {
			a.Text = text
		}
	}
	if len(text) > MaxText {
		a.Warnings = append(a.Warnings, fmt.Sprintf("text of %d bytes is %s of %d: no quotes, people, organisations, places or claims", len(text), OverLimit, MaxText))
		return
	}
	// The people rules (and through the Doc the quotes rules) read the
	// word lists of the article's language; English and languages without
	// lists get the English rules alone.
	code := lang.Normalize(a.Language)
	doc := people.AnalyzeLang(text, code)

	// Names for the entity rules: people's names and the ways the text
	// names them, never pronouns or descriptions. This slice, a.People
	// and the name sets below are sized once, not grown by append (a
	// twentieth of the analysis's allocation on a text naming many
	// people: go test ./internal/analysis -run '^$' -bench AnalyzeDense
	// -memprofilerate 1 -memprofile).
	var names []string
	if n := nameCount(doc.People); n > 0 {
		names = make([]string, 0, n)
	}
	for _, p := range doc.People {
		first := len(names)
		names = append(names, p.Name)
		for _, m := range p.Mentions {
			// A person's name written again adds nothing to the entity
			// rules (a set of name words, and the first full name that
			// matches, by order of first mention): given once, it is
			// split once, and entities.Find tries it once at a word, not
			// once a mention.
			if (m.Kind == people.MentionName || m.Kind == people.MentionPartial) && !slices.Contains(names[first:], m.Text) {
				names = append(names, m.Text)
			}
		}
	}
	orgs, places := entities.Find(text, entities.Options{People: names, Outlet: a.Outlet, Title: a.Title, Lang: code, FirstName: people.IsFirstName})

	// A "person" whose name the word lists or kind rules read as (part of)
	// an organisation or a place ("Ipsos Mori", "St Thomas" of "St Thomas’
	// hospital") is not a person.
	//
	// Each entity's names are put in wordForms once, organisations' kept
	// apart for entityOf: comparing every person with every entity name
	// re-lowercased and re-split each name per person, a third of the
	// analysis time on a 50 KB article with many names.
	orgNameForms := make([][]string, len(orgs))
	var entityForms []string
	for i, e := range orgs {
		orgNameForms[i] = entityWordForms(e)
		entityForms = append(entityForms, orgNameForms[i]...)
	}
	for _, e := range places {
		entityForms = append(entityForms, entityWordForms(e)...)
	}
	wasNil := a.People == nil
	a.People = a.People[:0]
	if cap(a.People) < len(doc.People) {
		a.People = make([]model.Person, 0, len(doc.People))
	}
	var sources []claims.Source
	// misread maps the names of "people" that are organisations or places
	// to the entity, for the quotes they are credited with.
	misread := map[string]string{}
	// Roles are completed with organisation mentions by one
	// roleCompleter, which reads every person's roles and mentions when
	// it first needs them.
	roles := newRoleCompleter(text, orgs, func(role, mention func(string)) {
		for _, p := range doc.People {
			if len(p.Roles) > 0 && len(p.Mentions) > 0 {
				for _, r := range p.Roles {
					role(r)
				}
				for _, m := range p.Mentions {
					mention(m.Text)
				}
			}
		}
	})
	for _, p := range doc.People {
		if insideForms(p.Name, entityForms) {
			misread[p.Name] = entityOf(p.Name, orgs, orgNameForms)
			continue
		}
		mp := p.Model()
		mp.Roles = roles.complete(mp.Roles, mp.Mentions)
		a.People = append(a.People, mp)
		// Pronouns change referent along the text; names and descriptions
		// ("the Health Secretary") do not.
		seen := map[string]bool{}
		for _, m := range p.Mentions {
			if m.Kind != people.MentionPronoun && m.Text != "" && !seen[m.Text] {
				seen[m.Text] = true
				sources = append(sources, claims.Source{Mention: m.Text, Name: p.Name})
			}
		}
	}
	if wasNil && len(a.People) == 0 {
		a.People = nil // as when appended to the nil slice
	}
	for _, e := range orgs {
		for _, m := range e.Mentions {
			sources = append(sources, claims.Source{Mention: m, Name: e.Name})
		}
	}

	a.Quotes = quotes.ExtractDoc(doc, quotes.Options{})
	// Quote speakers agree with people: a quote credited to a misread
	// "person" is the organisation's ("Ipsos Mori found ...").
	personNames := make(map[string]bool, len(a.People))
	for _, p := range a.People {
		personNames[p.Name] = true
	}
	forms := orgForms(orgs)
	forms.lang = code
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.Speaker == "" || personNames[q.Speaker] {
			continue
		}
		if name, ok := misread[q.Speaker]; ok && !q.SpeakerIsGroup {
			q.Speaker, q.SpeakerIsGroup = name, name != ""
			continue
		}
		// A description ending in an organisation's name ("Somali group
		// al-Shabaab") is the organisation; "a spokeswoman for the NHS"
		// stays a person.
		if o := endingOrg(q.Speaker, forms); o != "" {
			q.Speaker, q.SpeakerIsGroup = o, true
			continue
		}
		unresolvedPronoun(q, a.Authors)
	}
	// Rule speakerPerson: a quote's speaker that is a person's full name
	// the people rules left out is a person ("said Carla Velling" where
	// no rule attested the name). Only two words as the people rules
	// read a name (speakerFullName, Doc.NamedSpeaker), at the speaker's
	// own place in the text, and none the entity rules took for (part
	// of) an organisation or a place. Measured with
	// lede extract over the 966 texts of shared/bench/quotes (ggt-dev,
	// polnear-dev, polnear-train): 25 people added (8 and 17 on the md5
	// halves of the file names), all read: 7 right / 1 wrong and 16
	// right / 1 wrong (a nickname, a nationality's plural); the 568 texts
	// of the extract benchmark as trafilatura gives them unchanged. Before
	// NamedSpeaker's guards (by, reported, a group noun before): 48 and 4
	// added, 23 wrong (a news site "as reported by", a pollster "by").
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.Speaker == "" || q.SpeakerIsGroup || personNames[q.Speaker] || q.SpeakerStart == nil || q.SpeakerEnd == nil {
			continue
		}
		if s, e := *q.SpeakerStart, *q.SpeakerEnd; s < 0 || e > len(text) || s >= e || text[s:e] != q.Speaker || !speakerFullName(q.Speaker) || !doc.NamedSpeaker(s, e) {
			continue
		}
		if _, ok := misread[q.Speaker]; ok || insideForms(q.Speaker, entityForms) || endingOrg(q.Speaker, forms) != "" {
			continue
		}
		personNames[q.Speaker] = true
		a.People = append(a.People, model.Person{Name: q.Speaker, Mentions: []string{q.Speaker}})
	}
	a.Organizations = orgs
	a.Places = places
	var placeMentions []string
	for _, e := range places {
		placeMentions = append(placeMentions, e.Mentions...)
	}
	a.Claims = claims.Extract(text, claims.Options{Sources: sources, Lang: code, Places: placeMentions})
	known := make(map[string]bool, len(a.People)+len(orgs))
	for _, p := range a.People {
		known[p.Name] = true
	}
	for _, o := range orgs {
		known[o.Name] = true
	}
	attributeQuotedClaims(a.Claims, a.Quotes, known, text, code)
	addHandles(a.People, a.Embeds)
}

// speakerFullName reports two capitalised words of letters (a hyphen
// inside, a capital after a short prefix: "McVeigh"), not in capitals nor
// glued together (rule speakerPerson).
func speakerFullName(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	for _, w := range f {
		low, prev := 0, ' '
		for i, c := range w {
			switch {
			case i == 0 && !unicode.IsUpper(c):
				return false
			case i == 0 || unicode.IsLower(c):
				low++
			case unicode.IsUpper(c) && (prev == '-' || low < 4 && low > 0):
				low = 0 // "McVeigh", "DeLorne", "Eva-Lotta"
			case c == '-' && prev != '-':
				low = 0
			default:
				return false // capitals, digits, apostrophes, words glued together
			}
			prev = c
		}
		if low == 0 {
			return false
		}
	}
	return true
}

// unresolvedPronoun is rule unresolvedPronoun: a speaker left as a bare
// pronoun names nobody ("It said", "you find that ..."), so the record
// keeps the mention and leaves the speaker out, as for any speaker not
// known; a first-person "I" in an article with one author is the author
// (a columnist's "I said").
func unresolvedPronoun(q *model.Quote, authors []string) {
	switch strings.ToLower(strings.ReplaceAll(q.Speaker, "’", "'")) {
	case "i":
		q.Speaker, q.SpeakerIsGroup = "", false
		if len(authors) == 1 {
			q.Speaker = authors[0]
		}
	case "it", "you", "you'll", "we", "they", "us", "them", "he", "she", "him", "her":
		q.Speaker, q.SpeakerIsGroup = "", false
	}
}

// attributeQuotedClaims gives a claim stated inside a quotation, with no
// source of its own, the quotation's speaker when the speaker is a known
// person or organisation: "The NHS needs £3bn," she said.
func attributeQuotedClaims(cs []model.Claim, qs []model.Quote, known map[string]bool, text, code string) {
	// Claims and quotes are in text order: a quote ending before a claim
	// starts holds no later claim either.
	first := 0
	// figure holds figureSpeaker per quote, read once when first asked (a
	// quote may hold several claims): 0 unread, 1 no, 2 yes.
	var figure []int8
	isFigure := func(k int) bool {
		if figure == nil {
			figure = make([]int8, len(qs))
		}
		if figure[k] == 0 {
			figure[k] = 1
			if figureSpeaker(qs[k], text, code) {
				figure[k] = 2
			}
		}
		return figure[k] == 2
	}
	for i := range cs {
		c := &cs[i]
		for first < len(qs) && qs[first].End < c.Start {
			first++
		}
		if c.Source != "" {
			continue
		}
		for k, q := range qs[first:] {
			if q.Start > c.Start {
				break
			}
			if c.End <= q.End && (known[q.Speaker] || reportedBy(q) && !wordSpeaker(q, text)) && !isFigure(first+k) && !selfNamed(q, text, *c) {
				c.Source = q.Speaker
				break
			}
		}
	}
}

// figureSpeaker is rule figureSpeakerNoSource: a speaker whose words open
// with a figure ("Nearly nine of 10 tenants say the ferry should run hourly,
// and 7 of 10 nurses back..."; "Six in 10 residents think...") is the
// people a poll counted, not who stated the figures: the reader asks who
// ran the poll, so such a speaker sources no claim. The claims stage reads
// the speaker's words alone, in the text's language: a claim at their
// start is the figure they open with ("Mrs. Clinton", or "Executives for
// Mondelez, which made $30bn last year," with its figure later, stay).
func figureSpeaker(q model.Quote, text, code string) bool {
	if q.SpeakerStart == nil || q.SpeakerEnd == nil || *q.SpeakerStart < 0 || *q.SpeakerStart >= *q.SpeakerEnd || *q.SpeakerEnd > len(text) {
		return false
	}
	cs := claims.Extract(text[*q.SpeakerStart:*q.SpeakerEnd], claims.Options{Lang: code})
	return len(cs) > 0 && cs[0].Start == 0
}

// selfNamed is rule selfNamedSpeaker: a speaker found through a pronoun
// ("..., he points out") whose surname the claim itself names ("Brandt
// got 4,000 fewer votes than Quist") is doubtful: a speaker seldom names
// himself, and the pronoun was likely resolved to a person the quotation
// talks about. Such a claim gets no source from the quotation.
func selfNamed(q model.Quote, text string, c model.Claim) bool {
	if !pronounMentions[strings.ToLower(q.SpeakerMention)] || q.SpeakerIsGroup || c.Start < 0 || c.Start > c.End || c.End > len(text) {
		return false
	}
	f := strings.Fields(q.Speaker)
	if len(f) == 0 {
		return false
	}
	return claims.InRunningText(" "+text[c.Start:c.End]+" ", f[len(f)-1])
}

// pronounMentions name a speaker by a pronoun (rule selfNamedSpeaker).
var pronounMentions = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// reportedBy reports whether q is reported speech with a speaker named
// in words that are neither a person nor an organisation found elsewhere
// ("According to the town hall, the project will cost €40m"; "police
// said the damage ran to $2m"): its claims are the speaker's as much as
// a known name's.
func reportedBy(q model.Quote) bool {
	return q.Form == model.QuoteIndirect && q.Speaker != "" && q.SpeakerMention != ""
}

// wordSpeaker is rule wordSpeaker: a reported speaker that names no one
// sources no claim. The quotes stage reads the words before "said",
// "found" or "would say" as the speaker, and on web pages those are often
// a pronoun ("we've seen rents rise 8%") or one common word ("Most
// would argue", "Remember ..."): the claim got the word as its source. A
// speaker of at most two words holding a personal pronoun names no one;
// so does a single word that is neither a plural ("officials", "polls")
// nor a body spoken of as one (collectiveSpeakers: "police said"), when
// it is in lower case or the text writes it in lower case in running
// text elsewhere (its capital then is the sentence's: "Most",
// "Honestly"). A name ("Brackwell") is written so nowhere; a word after
// "according to" is meant as a source, a brand written in lower case
// ("according to brackwell").
func wordSpeaker(q model.Quote, text string) bool {
	if q.SpeakerStart != nil && *q.SpeakerStart >= 0 && *q.SpeakerStart <= len(text) && accordingBefore(text, *q.SpeakerStart) {
		return false
	}
	f := strings.Fields(q.Speaker)
	if len(f) > 2 {
		return false
	}
	for _, w := range f {
		base, _, _ := strings.Cut(strings.ReplaceAll(strings.ToLower(w), "’", "'"), "'")
		if speakerPronouns[base] {
			return true
		}
	}
	if len(f) != 1 {
		return false
	}
	w := f[0]
	lw := strings.ToLower(w)
	if strings.HasSuffix(lw, "s") || collectiveSpeakers[lw] {
		return false
	}
	return w == lw || claims.InRunningText(text, lw)
}

// accordingBefore reports whether text[:i], its trailing spaces left
// out, ends with "according to" in any case. strings.ToLower maps rune by
// rune, so lower-casing the last runes only, as many as the phrase has,
// reads as lower-casing all of text[:i] did, without copying the text
// before every speaker (rule wordSpeaker).
func accordingBefore(text string, i int) bool {
	const phrase = "according to"
	s := strings.TrimRight(text[:i], " ")
	k := len(s)
	for n := 0; n < len(phrase) && k > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:k])
		k -= size
	}
	return strings.HasSuffix(strings.ToLower(s[k:]), phrase)
}

// speakerPronouns are the personal pronouns rule wordSpeaker reads, cut
// at an apostrophe ("I'd", "we've").
var speakerPronouns = map[string]bool{"i": true, "you": true, "we": true, "they": true, "it": true, "he": true, "she": true}

// collectiveSpeakers are the bodies a bare singular noun speaks for
// ("police said", "staff say"): rule wordSpeaker keeps them.
var collectiveSpeakers = map[string]bool{
	"police": true, "staff": true, "government": true, "management": true, "military": true, "army": true,
	"parliament": true, "congress": true, "senate": true, "council": true, "court": true, "media": true,
	"press": true, "administration": true, "opposition": true, "prosecution": true, "defence": true, "defense": true,
}

// wordForms gives each name as its lower-case words joined by single spaces,
// with a space before and after: the form insideForms compares.
func wordForms(names []string) []string {
	out := make([]string, len(names))
	for i, x := range names {
		out[i], _ = spacedWords(x, true)
	}
	return out
}

// spacedWords is rule spacedWordsOnce (speed only, same output): the
// string " " + strings.Join(words(s), " "), with a space after when
// trail, and the number of words, built in one buffer: lowering the
// name, splitting it into a slice, joining it and adding the spaces made
// four allocations a name (wordForms, orgForms and insideForms were 8%
// of BenchmarkAnalyze's allocations: go test ./internal/analysis -run
// '^$' -bench '^BenchmarkAnalyze$' -memprofile). Each rune is lowered as
// strings.ToLower does (unicode.ToLower a rune; an invalid byte is
// U+FFFD, no letter) and kept when a letter or a digit, as words does.
// TestSpacedWords and FuzzSpacedWords pin it to the slow form.
func spacedWords(s string, trail bool) (string, int) {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	n, in := 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			in = false
			continue
		}
		if !in {
			if n > 0 {
				b.WriteByte(' ')
			}
			n++
			in = true
		}
		b.WriteRune(r)
	}
	if trail {
		b.WriteByte(' ')
	}
	return b.String(), n
}

// nameCount bounds the number of names Analyze gives the entity rules:
// each person's name and their mentions by name or part of it (each
// written once).
func nameCount(ps []*people.Person) int {
	n := 0
	for _, p := range ps {
		n++
		for _, m := range p.Mentions {
			if m.Kind == people.MentionName || m.Kind == people.MentionPartial {
				n++
			}
		}
	}
	return n
}

// insideForms reports whether name is one of the names put in forms (by
// wordForms) or stands inside one of them, whole words only, case and
// apostrophe style aside.
//
// A one-word name must be a whole name: "Obama" is inside "Obama
// Foundation" and still a person.
func insideForms(name string, forms []string) bool {
	n, nw := spacedWords(name, true)
	if nw == 0 {
		return false
	}
	for _, xs := range forms {
		if xs == n || nw > 1 && strings.Contains(xs, n) {
			return true
		}
	}
	return false
}

// completeRolesEach gives back to a role the organisation name it was cut
// from: "Party MP" read from "Green Party MP Maren Tolvey" is "Green
// Party MP", and "Leader" read from "Labour Leader Jeremy Corbyn" is
// "Labour Leader", when the article names the organisation and writes the
// longer role right before one of the person's mentions. It is the rule
// as first written, looking for every organisation mention before every
// role in the whole text: the work of
// people × roles × organisation mentions × text length, 58% of Analyze's
// CPU on 400 KB of allocShapes' English paragraphs (go test -cpuprofile).
// roleCompleter.complete falls back to it for a role whose first word is
// empty or that it was not told of, and the tests pin the completer to it.
func completeRolesEach(text string, roles, mentions []string, orgs []model.Entity) []string {
	for i, r := range roles {
		first, _, _ := strings.Cut(r, " ")
		for _, o := range orgs {
			for _, m := range o.Mentions {
				full := m + " " + r
				if strings.HasSuffix(m, " "+first) {
					full = m + r[len(first):]
				}
				if full == r || strings.HasPrefix(r, m+" ") {
					continue
				}
				if writtenBefore(text, full, mentions) {
					roles[i] = full
				}
			}
		}
	}
	return roles
}

// roleCompleter is completeRolesEach for all the people of one text in
// time near-linear in the text. The completed role of r is always
// X+" "+r, X an organisation mention m or, when m ends with " "+r's first
// word, m less that word; it must be written before " " and one of the
// person's mentions, and the last organisation mention (in order) that
// completes r wins. So the text is read once for the offsets of the
// roles' first words written after a space (the only places r can stand
// in a completed role), and at each offset where r and a space follow,
// the organisation mentions that end just before the space are looked up
// by length in a map, then the mentions of people that follow. Each role
// is read once a text, not once a person.
type roleCompleter struct {
	text string
	// ms are the organisations' mentions in order; last maps each to its
	// last index, and lens are their lengths, ascending.
	ms   []string
	last map[string]int
	lens []int
	// people calls role and mention with every role and mention of each
	// person complete may be asked about. firsts are the roles' first
	// words, made at the first complete; mentions are the mentions and
	// mlens their lengths, ascending, made when a role is first found
	// after an organisation mention: most texts never need them.
	people           func(role, mention func(string))
	firsts, mentions map[string]bool
	mlens            []int
	// at holds the offsets of each first word written after a space and
	// before one, made at the first complete.
	at map[string][]int
	// best maps a role and a mention written after it to the last
	// index in ms that completes the role there, made once a role.
	best map[string]map[string]int
}

func newRoleCompleter(text string, orgs []model.Entity, people func(role, mention func(string))) *roleCompleter {
	rc := &roleCompleter{text: text, people: people}
	for _, o := range orgs {
		rc.ms = append(rc.ms, o.Mentions...)
	}
	return rc
}

// complete is completeRolesEach(rc.text, roles, mentions, orgs) for a
// person of rc.people.
func (rc *roleCompleter) complete(roles, mentions []string) []string {
	if len(rc.ms) == 0 || len(mentions) == 0 || len(roles) == 0 {
		return roles
	}
	if rc.at == nil {
		rc.index()
	}
	for i, r := range roles {
		first, _, _ := strings.Cut(r, " ")
		if first == "" || !rc.firsts[first] {
			// An empty first word stands anywhere, not after a space.
			completeRolesEach(rc.text, roles[i:i+1], mentions, rc.orgs())
			continue
		}
		after := rc.roleBest(r, first)
		k := -1
		for _, m := range mentions {
			if j, ok := after[m]; ok && j > k {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		if m := rc.ms[k]; endsWithWord(m, first) {
			roles[i] = m + r[len(first):]
		} else {
			roles[i] = m + " " + r
		}
	}
	return roles
}

// orgs is rc.ms as one organisation, for completeRolesEach.
func (rc *roleCompleter) orgs() []model.Entity {
	return []model.Entity{{Mentions: rc.ms}}
}

// roleBest is rc.best[r], made at its first use.
func (rc *roleCompleter) roleBest(r, first string) map[string]int {
	if after, ok := rc.best[r]; ok {
		return after
	}
	var after map[string]int
	text := rc.text
	for _, q := range rc.at[first] {
		end := q + len(r)
		if end >= len(text) || text[end] != ' ' || text[q:end] != r {
			continue
		}
		k := rc.lastOrg(q-1, r, first)
		if k < 0 {
			continue
		}
		if rc.mentions == nil {
			rc.indexMentions()
		}
		if after == nil {
			after = map[string]int{}
		}
		s := end + 1
		for _, n := range rc.mlens {
			if s+n > len(text) {
				break
			}
			if m := text[s : s+n]; rc.mentions[m] {
				if j, ok := after[m]; !ok || k > j {
					after[m] = k
				}
			}
		}
	}
	if rc.best == nil {
		rc.best = map[string]map[string]int{}
	}
	rc.best[r] = after
	return after
}

// lastOrg is the last index in rc.ms of a mention that completes r
// written after the space at text[p], or -1. A mention m stands either
// right before the space ("Labour" of "Labour Leader") or, ending with
// r's first word, across it ("Green Party" of "Green Party MP" for "Party
// MP"); rc.last gives the last index of each, the only one that can win.
func (rc *roleCompleter) lastOrg(p int, r, first string) int {
	text := rc.text
	k := -1
	e := p + 1 + len(first) // the end of r's first word
	for _, n := range rc.lens {
		if n <= p {
			if j, ok := rc.last[text[p-n:p]]; ok && j > k && !endsWithWord(rc.ms[j], first) && !startsWithWord(r, rc.ms[j]) {
				k = j
			}
		}
		if n > len(first) && n <= e {
			if j, ok := rc.last[text[e-n:e]]; ok && j > k && endsWithWord(rc.ms[j], first) && !startsWithWord(r, rc.ms[j]) {
				k = j
			}
		}
	}
	return k
}

// index makes rc.firsts, rc.at, rc.last and rc.lens.
func (rc *roleCompleter) index() {
	text := rc.text
	rc.firsts = map[string]bool{}
	rc.people(func(r string) {
		first, _, _ := strings.Cut(r, " ")
		rc.firsts[first] = true
	}, func(string) {})
	rc.at = map[string][]int{}
	for i := strings.IndexByte(text, ' '); i >= 0; {
		q := i + 1
		n := strings.IndexByte(text[q:], ' ')
		if n < 0 {
			break
		}
		if w := text[q : q+n]; rc.firsts[w] {
			rc.at[w] = append(rc.at[w], q)
		}
		i = q + n
	}
	rc.last = make(map[string]int, len(rc.ms))
	rc.lens = make([]int, len(rc.ms))
	for j, m := range rc.ms {
		rc.last[m] = j
		rc.lens[j] = len(m)
	}
	rc.lens = sortedSet(rc.lens)
}

// indexMentions makes rc.mentions and rc.mlens.
func (rc *roleCompleter) indexMentions() {
	rc.mentions = map[string]bool{}
	rc.people(func(string) {}, func(m string) {
		if !rc.mentions[m] {
			rc.mentions[m] = true
			rc.mlens = append(rc.mlens, len(m))
		}
	})
	rc.mlens = sortedSet(rc.mlens)
}

// sortedSet sorts ns and drops repeats.
func sortedSet(ns []int) []int {
	slices.Sort(ns)
	return slices.Compact(ns)
}

// endsWithWord is strings.HasSuffix(m, " "+w) without building the string.
func endsWithWord(m, w string) bool {
	return len(m) > len(w) && m[len(m)-len(w)-1] == ' ' && m[len(m)-len(w):] == w
}

// startsWithWord is strings.HasPrefix(r, m+" ") without building the string.
func startsWithWord(r, m string) bool {
	return len(r) > len(m) && r[len(m)] == ' ' && r[:len(m)] == m
}

// writtenBefore reports whether text holds role, a space and one of
// mentions, as strings.Contains(text, role+" "+m) for any m, without
// building each string (completeRolesEach asks it for every role, mention of
// an organisation and mention of the person: 3% of the analysis's
// allocation on a dense text) and reading text only at role's
// occurrences, not once a mention.
func writtenBefore(text, role string, mentions []string) bool {
	if len(mentions) == 0 {
		return false
	}
	for i := 0; i <= len(text); {
		k := strings.Index(text[i:], role)
		if k < 0 {
			return false
		}
		after := text[i+k+len(role):]
		if after != "" && after[0] == ' ' {
			for _, m := range mentions {
				if strings.HasPrefix(after[1:], m) {
					return true
				}
			}
		}
		i += k + 1
	}
	return false
}

// entityOf names the organisation whose mentions hold name, or "" when it is
// a place (a place says nothing). forms[i] is entityWordForms(orgs[i]).
func entityOf(name string, orgs []model.Entity, forms [][]string) string {
	for i, o := range orgs {
		if insideForms(name, forms[i]) {
			return o.Name
		}
	}
	return ""
}

// entityWordForms is wordForms of an entity's name and mentions.
func entityWordForms(e model.Entity) []string {
	out := make([]string, 1+len(e.Mentions))
	out[0], _ = spacedWords(e.Name, true)
	for i, m := range e.Mentions {
		out[1+i], _ = spacedWords(m, true)
	}
	return out
}

// findingNouns make an organisation's name before them the speaker: "an
// Ipsos Mori poll", "a BBC survey".
var findingNouns = map[string]bool{"poll": true, "survey": true, "study": true, "report": true, "analysis": true, "research": true, "figures": true, "data": true, "review": true}

// orgForm is one organisation mention as lower-case words joined by single
// spaces, with a space before: the form endingOrg compares.
type orgForm struct{ words, name string }

// orgIndex is the organisations' forms with, for each distinct form, its
// first position in forms. endingOrg looks each word span of a speaker
// description up in it: searching every description for every form (with
// two string concatenations each) was quadratic: on the 2,000 descriptions
// and 4,000 forms of TestEndingOrgManyOrgs, 0.8 s against 2 ms indexed
// (go test, both lookups timed on that input).
type orgIndex struct {
	forms []orgForm
	first map[string]int
	// maxWords is the most words of one form: no longer span can match.
	maxWords int
	// lang is the text's language code, for the describing nouns of
	// rule germanOwnerGenitive.
	lang string
}

// orgForms indexes the forms of every mention of orgs, in order.
func orgForms(orgs []model.Entity) orgIndex {
	idx := orgIndex{first: map[string]int{}}
	for _, o := range orgs {
		for _, m := range o.Mentions {
			if form, nw := spacedWords(m, false); nw > 0 {
				f := orgForm{form, o.Name}
				if _, ok := idx.first[f.words]; !ok {
					idx.first[f.words] = len(idx.forms)
				}
				idx.forms = append(idx.forms, f)
				idx.maxWords = max(idx.maxWords, nw)
			}
		}
	}
	return idx
}

// endingOrg names the organisation a speaker description stands for, or "":
// the organisation before a finding noun ("a new Ipsos Mori survey for the Courier")
// or the one the description ends with ("Somali group al-Shabaab"), unless a
// person speaks for it ("a spokeswoman for the NHS"). Where several forms
// match, the first in idx.forms wins; a form met twice counts where it is
// first met.
func endingOrg(s string, idx orgIndex) string {
	if len(idx.forms) == 0 {
		return ""
	}
	// d is " w0 w1 ..." (spacedWords: no words slice, one allocation);
	// off[i] is the space before word i, off[nw] the end: the span of
	// words i..j-1 is d[off[i]:off[j]], a form's key. The words hold no
	// space, so the spaces of d are the offsets.
	d, nw := spacedWords(s, false)
	if nw == 0 {
		return ""
	}
	var offBuf [16]int
	off := offBuf[:0]
	if nw+1 > len(offBuf) {
		off = make([]int, 0, nw+1)
	}
	for i := 0; i < len(d); i++ {
		if d[i] == ' ' {
			off = append(off, i)
		}
	}
	off = append(off, len(d))
	word := func(i int) string { return d[off[i]+1 : off[i+1]] }
	best := -1
	met := map[int]bool{}
	for i := range nw {
		for j := i + 1; j <= min(nw, i+idx.maxWords); j++ {
			k, ok := idx.first[d[off[i]:off[j]]]
			if !ok || met[k] {
				continue
			}
			met[k] = true
			if j < nw && findingNouns[word(j)] && (best < 0 || k < best) {
				best = k
			}
		}
	}
	if best >= 0 {
		return idx.forms[best].name
	}
	at := -1
	for i := max(0, nw-idx.maxWords); i < nw; i++ {
		if k, ok := idx.first[d[off[i]:]]; ok && (best < 0 || k < best) {
			best, at = k, i
		}
	}
	if best < 0 {
		return ""
	}
	n := at // the words before the form
	// Rule germanOwnerGenitive reads past a noun describing the
	// organisation ("der Sprecher der Softwarefirma Orvatek", "a spokeswoman
	// for the charity Heart Matters") to the preposition before it; a
	// description that opens with the noun is the organisation ("die
	// Gewerkschaft Verdi").
	if n > 1 && entities.DescribingNoun(idx.lang, word(n-1)) {
		n--
	}
	if n > 0 && orgArticles[word(n-1)] {
		n--
	}
	if n > 0 && ownerPrepositions[word(n-1)] {
		return ""
	}
	// Rule germanOwnerGenitive: German names the organisation a person
	// speaks for in the genitive, its article after the person's noun
	// ("ein Sprecher der Baufirma Velmer"), or after "für" with its
	// article ("der Sprecher für die Velmer AG"). Not "der" opening the
	// description: "der Velmer AG" is the organisation itself.
	if n > 1 && germanGenitiveArticles[word(n-1)] {
		return ""
	}
	if n > 1 && germanArticles[word(n-1)] && germanOwnerPrepositions[word(n-2)] {
		return ""
	}
	if n > 0 && germanOwnerPrepositions[word(n-1)] {
		return ""
	}
	return idx.forms[best].name
}

// germanGenitiveArticles, germanArticles and germanOwnerPrepositions are
// the words of rule germanOwnerGenitive: "von" and "bei" are
// ownerPrepositions already.
var (
	germanGenitiveArticles  = map[string]bool{"der": true, "des": true}
	germanArticles          = map[string]bool{"der": true, "die": true, "das": true, "dem": true, "den": true}
	germanOwnerPrepositions = map[string]bool{"für": true, "fuer": true}
)

// ownerPrepositions join a description to the organisation it is of,
// works for or speaks for: "a spokeswoman for the NHS" and "the 300
// workers at Velmor Industries" are people, not the organisation (rule
// endingOrg). Rule ownerPreposition: the other languages' prepositions
// too, alone or joined to the article: "les 300 salariés de Velmor
// Industries", "i 200 dipendenti della Velmor Spa", "los vecinos del
// barrio", "de medewerkers van Velmor Groep" made the company the
// speaker of what its workers said. French "d'" and "l'" are words of
// their own here, the apostrophe cut (spacedWords). "auprès" is no
// owner word: French writes it with "de", "du" or "des", which are.
var ownerPrepositions = map[string]bool{
	"for": true, "of": true, "at": true, "from": true, "with": true,
	// French, Spanish, Italian, Portuguese.
	"de": true, "d": true, "du": true, "des": true, "chez": true, "pour": true,
	"del": true, "para": true, "di": true, "della": true, "dello": true, "dell": true,
	"dei": true, "degli": true, "delle": true, "presso": true, "per": true,
	"do": true, "da": true, "dos": true, "das": true,
	// German, Dutch.
	"von": true, "vom": true, "bei": true, "beim": true, "van": true, "bij": true, "voor": true,
}

// orgArticles are the articles read past between an owner preposition
// and the organisation ("for the NHS", "de la Fédération", "van de
// Velmor Groep"; rule ownerPreposition).
var orgArticles = map[string]bool{"the": true, "la": true, "le": true, "les": true, "l": true, "el": true, "los": true, "las": true, "il": true, "lo": true, "gli": true, "het": true}
