// Package score holds exact Go ports of the reference scorers in
// ../shared/bench: score_extract.py (ScoreExtract), score_quotes.py
// (ScoreQuotes) and score_clusters.py (ScoreClusters), with loaders for their
// file formats and Format methods that print the same lines the scripts print.
//
// "Exact" means the figures agree with the Python scripts to 1e-9 and the
// printed lines are identical: the ports tokenise with Python's Unicode \w,
// lower-case and case-fold with Python's mappings (tables generated from the
// reference Python by gen_unicode.py), and add in Python's order. The pinning
// tests check this on synthetic files under testdata.
package score
