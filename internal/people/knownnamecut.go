package people

import "strings"

// knownNameCut is rule knownNameCut: a run of three words or more that
// holds, at its start or its end, a name of two words or more the text
// writes elsewhere as a run of its own is that name with words glued on
// ("Maria Velm Kontakt" beside "Maria Velm", "Rivertown Maria Velm"):
// text extractors flatten a page's lines, so a byline runs into the
// label after it, a headline's subject into its verb ("Maria Velm
// Resigns") and a table's place column into the name beside it. The run
// is cut to the known name. A word cut off the end must be no given name,
// no last word of another known name and never written alone (a surname:
// "Tor Einvik Brandal" beside "Tor Einvik" and "Brandal"), and the known
// name must not end in a given name ("Ana Lis"); a word cut off the
// start must be no given name before a known name that opens with one
// ("Marta La Velle" keeps her given name), in a run with no role or title
// before it. lede extract --format json, 662608bf -> this, by md5 half of
// the file name: over the 966 texts of ana-q 14 people changed (7 and 7),
// all right (headline verbs and epithets cut off, a quote's speaker now
// the right person); over the 2,065 texts of ana-m 33 (about 17 and 18),
// wrong in 5 (2 and 3: a brand named as a person, a product name grown
// by a verb, and a byline now read as the source of a page's figures).
// Quotes benchmarks: scores identical on both halves; 19 speaker names
// changed, 17 to the right person (a word had been glued to the name),
// 2 from one wrong phrase to a shorter one.
func (d *Doc) knownNameCut(runs []nameRun) []nameRun {
	toks := d.Tokens
	var known map[string]bool
	var lasts map[string]int  // known names ending in the word
	var alone map[string]bool // words written as a run of their own
	key := func(i, j int) string {
		var b strings.Builder
		for k := i; k < j; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(d.lowerBare(toks[k]))
		}
		return b.String()
	}
	for _, r := range runs {
		if r.tokEnd-r.tokStart >= 3 {
			if known == nil {
				known, lasts, alone = map[string]bool{}, map[string]int{}, map[string]bool{}
				for _, s := range runs {
					if s.tokEnd-s.tokStart == 1 {
						alone[d.lowerBare(toks[s.tokStart])] = true
					}
					if n := s.tokEnd - s.tokStart; n >= 2 && !s.genitive {
						if k := key(s.tokStart, s.tokEnd); !known[k] {
							known[k] = true
							lasts[d.lowerBare(toks[s.tokEnd-1])]++
						}
					}
				}
			}
			break
		}
	}
	if known == nil {
		return runs
	}
	for i, r := range runs {
		n := r.tokEnd - r.tokStart
		if n < 3 || r.genitive {
			continue
		}
		// The longest known name at the run's start, then at its end. A
		// dropped word that ends another known name is a surname ("Ada
		// Lis Quell" beside "Ada Lis" and "Bo Quell"): the run's own
		// last word counts its own name once.
		for e := r.tokEnd - 1; e-r.tokStart >= 2 && !d.namePart(toks[e], lasts, alone, e == r.tokEnd-1); e-- {
			if known[key(r.tokStart, e)] && !IsFirstName(toks[e-1].Text) {
				runs[i].tokEnd, runs[i].tailEnd = e, 0
				break
			}
		}
		if runs[i].tokEnd < r.tokEnd || r.roleStart < r.tokStart || r.titled {
			continue
		}
		for s := r.tokStart + 1; r.tokEnd-s >= 2; s++ {
			if IsFirstName(toks[s-1].Text) {
				break
			}
			if known[key(s, r.tokEnd)] && IsFirstName(toks[s].Text) {
				runs[i].tokStart, runs[i].roleStart = s, s
				break
			}
		}
	}
	return runs
}

// namePart reports whether t, a word knownNameCut would cut off a run's
// end, is a name's: a given name, a word written alone, or the last
// word of a known name (own counts the run's own name, which ends in t).
func (d *Doc) namePart(t Token, lasts map[string]int, alone map[string]bool, own bool) bool {
	w := d.lowerBare(t)
	n := lasts[w]
	if own {
		n--
	}
	return n > 0 || alone[w] || IsFirstName(t.Text)
}
