package htmlmeta

import (
	"regexp"
	"strings"
	"unicode"
)

// authors picks the author names from the first source that yields any, in
// order of reliability: JSON-LD author/creator of the main object, then of
// any article object, the author metas, microdata and rel=author, then
// byline elements named by class.
func (c *collector) authors(outlet string) []string {
	var sources [][]string
	if c.ld.main != nil {
		sources = append(sources, c.ld.names(c.ld.main["author"], 0), c.ld.names(c.ld.main["creator"], 0))
	}
	for _, o := range c.ld.objects {
		for _, t := range types(o) {
			if typeRank(t) >= 8 && o["author"] != nil {
				sources = append(sources, c.ld.names(o["author"], 0))
			}
		}
	}
	for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl", "dc.creator.name", "twitter:data1"} {
		if k == "twitter:data1" && !strings.Contains(strings.ToLower(c.meta1("twitter:label1")), "written") {
			continue
		}
		sources = append(sources, c.metas[k])
	}
	var strong, weak []string
	for _, b := range c.bylines {
		if b.strong {
			strong = append(strong, b.text)
		} else {
			weak = append(weak, b.text)
		}
	}
	sources = append(sources, strong)
	// Class-named bylines: the first that yields names, one at a time, so
	// that a list of "more by" authors does not pile up.
	for _, w := range weak {
		sources = append(sources, []string{w})
	}
	for _, src := range sources {
		var names []string
		seen := map[string]bool{}
		for _, raw := range src {
			for _, n := range splitAuthors(raw) {
				k := strings.ToLower(n)
				if !seen[k] {
					seen[k] = true
					names = append(names, n)
				}
			}
		}
		if len(names) > 0 && len(names) <= maxAuthors {
			return names
		}
	}
	return nil
}

// maxAuthors: a source naming more people than this is a list of
// contributors or a "more authors" widget, not the article's byline.
const maxAuthors = 12

var (
	// bylinePrefix is the credit word before names, in the languages of the
	// benchmark pages ("By", "Von", "Par", "Por", "Door", "Di", "Autor:").
	bylinePrefix = regexp.MustCompile(`(?i)^(?:(?:written|posted|published|reported|reporting|story|words|text|compiled|edited|updated)\s+(?:by|from)\b|by\b|from\b|von\b|par\b|por\b|door\b|di\b|da\b|av\b|af\b|przez\b|geschrieben von\b|verfasst von\b|escrito por\b|scritto da\b|napisa[lł][a]?\b|auteur\s*:|autor(?:in)?\s*:|author\s*:|authors\s*:|autore\s*:|text\s*:|texte\s*:|tekst\s*:|redakcja\s*:|opublikowano przez\b|publié par\b|publicado por\b|pubblicato da\b)[\s:]*`)
	urlLike      = regexp.MustCompile(`(?i)https?://\S+|www\.\S+|\S+@\S+\.\S+`)
	digitsRe     = regexp.MustCompile(`\d`)
	// authorCut ends the name part of a byline at a date, a time or furniture
	// such as "| Updated" or "Published".
	authorCut   = regexp.MustCompile(`(?i)\s*(?:\||•|·|–|—|\s-\s|\bpublished\b|\bupdated\b|\bposted\b|\bon\s+\w+\s+\d|\bveröffentlicht\b|\bpublié\b|\bpublicado\b|\bpubblicato\b|\baktualisiert\b|\bam\s+\d|\ble\s+\d|\bel\s+\d|\bil\s+\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}).*$`)
	authorSplit = regexp.MustCompile(`(?i)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\boraz\b)\s*`)
)

// jobWords mark a part of a byline that is a job title or an organisation,
// not a person ("Senior Reporter", "Staff Writer", "Associated Press").
var jobWords = map[string]bool{
	"editor": true, "editors": true, "reporter": true, "correspondent": true, "writer": true, "staff": true,
	"contributor": true, "columnist": true, "journalist": true, "redaktion": true, "redakcja": true,
	"rédaction": true, "redacción": true, "redazione": true, "redactie": true, "team": true, "desk": true,
	"newsroom": true, "agency": true, "press": true, "associated": true, "contributing": true,
	"senior": true, "chief": true, "correspondant": true, "korrespondent": true, "autor": true,
	"author": true, "admin": false, "guest": true, "photographer": true, "photos": true, "photo": true,
	"updated": true, "published": true, "minutes": true, "min": true, "read": true, "comments": true,
	"share": true, "follow": true, "email": true, "twitter": true, "facebook": true, "linkedin": true,
}

// splitAuthors turns one raw author value into person names.
func splitAuthors(raw string) []string {
	raw = clean(raw)
	if raw == "" || len(raw) > maxCandidateText {
		return nil
	}
	if strings.HasPrefix(raw, "http") || strings.HasPrefix(raw, "/") {
		return nil
	}
	raw = urlLike.ReplaceAllString(raw, " ")
	raw = strings.TrimSpace(bylinePrefix.ReplaceAllString(clean(raw), ""))
	raw = authorCut.ReplaceAllString(raw, "")
	raw = strings.TrimSpace(bylinePrefix.ReplaceAllString(raw, ""))
	var out []string
	for _, p := range authorSplit.Split(raw, -1) {
		if n := cleanName(p); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// maxNameWords: person names rarely have more than five words ("Maria del
// Carmen de la Vega" has six; such names are rare enough to lose).
const maxNameWords = 5

// cleanName returns p as a person name, or "" when it is not one.
func cleanName(p string) string {
	p = strings.TrimFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != '\'' || unicode.IsSymbol(r)
	})
	p = strings.TrimSpace(strings.TrimPrefix(p, "@"))
	if p == "" || digitsRe.MatchString(p) {
		return ""
	}
	words := strings.Fields(p)
	if len(words) > maxNameWords {
		return ""
	}
	for _, w := range words {
		if jobWords[strings.ToLower(strings.Trim(w, ".,:"))] {
			return ""
		}
	}
	letters := 0
	for _, r := range p {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return fixCase(p)
}

// fixCase turns an ALL-CAPS byline into title case ("JOHN SMITH" → "John Smith").
func fixCase(p string) string {
	hasLower, upper := false, 0
	for _, r := range p {
		if unicode.IsLower(r) {
			hasLower = true
			break
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if hasLower || upper < 4 {
		return p
	}
	words := strings.Fields(strings.ToLower(p))
	for i, w := range words {
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	rs := []rune(w)
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			up = false
		}
		if r == '-' || r == '\'' || r == '.' {
			up = true
		}
	}
	return string(rs)
}
