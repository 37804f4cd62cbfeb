package store

import (
	"errors"
	"strings"
	"unicode"

	"github.com/lede-news/lede/internal/segment"
)

// ErrEmptyQuery is returned for a search with nothing to look for.
var ErrEmptyQuery = errors.New("lede: empty search query")

// FTSQuery turns a user's search into an SQLite FTS5 expression that cannot
// be a syntax error: every word is quoted, and a word in a script written
// without spaces (Chinese, Japanese, Thai, ...) is the phrase of its
// characters (see quoteFTS). It understands "quoted phrases",
// OR between terms, -word or NOT word to exclude and word* for a prefix; all other
// terms must match. Example: `tax "junior doctors" -strike nhs*` becomes
// `("tax" AND "junior doctors" AND "nhs"*) NOT "strike"`.
func FTSQuery(q string) (string, error) {
	// Control characters (a NUL ends an FTS5 string early) count as spaces.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var pos, neg []string
	orNext, notNext := false, false
	for _, t := range splitQuery(q) {
		if t.text == "AND" && !t.quoted && !t.neg {
			continue // all terms must match anyway
		}
		if t.text == "NOT" && !t.quoted && !t.neg {
			notNext = true
			continue
		}
		if notNext {
			t.neg, notNext = true, false
		}
		if t.text == "OR" && !t.quoted {
			if len(pos) > 0 {
				orNext = true
			}
			continue
		}
		s := quoteFTS(t.text)
		if s == "" {
			continue
		}
		if t.prefix {
			s += "*"
		}
		switch {
		case t.neg:
			neg = append(neg, s)
		case orNext:
			pos[len(pos)-1] += " OR " + s
			orNext = false
		default:
			pos = append(pos, s)
		}
	}
	if len(pos) == 0 {
		return "", ErrEmptyQuery
	}
	for i, p := range pos {
		if strings.Contains(p, " OR ") {
			pos[i] = "(" + p + ")"
		}
	}
	// An explicit AND: FTS5 allows the implicit one only between phrases,
	// not before a parenthesised group.
	expr := strings.Join(pos, " AND ")
	if len(neg) > 0 {
		expr = "(" + expr + ") NOT " + strings.Join(neg, " NOT ")
	}
	return expr, nil
}

type queryTerm struct {
	text                string
	quoted, neg, prefix bool
}

func splitQuery(q string) []queryTerm {
	var out []queryTerm
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		var t queryTerm
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			t.neg = true
			i++
		}
		if rs[i] == '"' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			t.text, t.quoted = string(rs[i+1:j]), true
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				j++
			}
			t.text = string(rs[i:j])
			i = j
			if strings.HasSuffix(t.text, "*") {
				t.text, t.prefix = strings.TrimRight(t.text, "*"), true
			}
			t.text = dropPossessive(t.text)
		}
		out = append(out, t)
	}
	return out
}

// quoteFTS makes a term an FTS5 string; a term with no letter or digit
// (punctuation alone) would match nothing, so it is dropped. The units of
// scripts written without spaces (see package segment) are spaced apart,
// as the index holds them: the quoted term is then the phrase of its
// characters, 北京 -> "北 京", found inside 北京举行新闻发布会.
func quoteFTS(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	s = segment.Spaced(s, ' ')
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// dropPossessive is rule query-possessive: a word searched for in the
// possessive ("council's", "Kelmouth’s") is searched for as the word. The
// index holds "council's" as the words council and s, so the term was the
// phrase "council s", and it found only the articles that wrote the
// possessive, not the others about the council. A quoted phrase keeps it.
func dropPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if base, ok := strings.CutSuffix(w, suf); ok && base != "" {
			if r := []rune(base); unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1]) {
				return base
			}
		}
	}
	return w
}
