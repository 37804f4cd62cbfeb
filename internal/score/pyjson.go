package score

import (
	"math"
	"strconv"
	"strings"
)

// pyObj is an ordered JSON object, printed as Python's json.dumps prints a dict.
type pyObj []pyKV

type pyKV struct {
	k string
	v any // int, float64, *float64 (nil: null), string, pyObj
}

// pyDumps is json.dumps(v, indent=indent) for the values the scorers print.
func pyDumps(v any, indent int) string {
	var b strings.Builder
	pyDump(&b, v, indent, 0)
	return b.String()
}

func pyDump(b *strings.Builder, v any, indent, depth int) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case int:
		b.WriteString(strconv.Itoa(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case *float64:
		if x == nil {
			b.WriteString("null")
		} else {
			pyDump(b, *x, indent, depth)
		}
	case float64:
		switch {
		case math.IsNaN(x):
			b.WriteString("NaN")
		case math.IsInf(x, 1):
			b.WriteString("Infinity")
		case math.IsInf(x, -1):
			b.WriteString("-Infinity")
		default:
			b.WriteString(pyFloatRepr(x))
		}
	case string:
		b.WriteString(strconv.Quote(x)) // the scorers print only ASCII keys
	case pyObj:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{")
		pad := "\n" + strings.Repeat(" ", indent*(depth+1))
		for i, kv := range x {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(pad)
			b.WriteString(strconv.Quote(kv.k))
			b.WriteString(": ")
			pyDump(b, kv.v, indent, depth+1)
		}
		b.WriteString("\n" + strings.Repeat(" ", indent*depth) + "}")
	}
}

func (f *Figures) pyObj() pyObj {
	o := pyObj{{"pages", f.Pages}, {"precision", f.Precision}, {"recall", f.Recall}, {"f1", f.F1}}
	if f.Accuracy != nil {
		o = append(o, pyKV{"accuracy", *f.Accuracy})
	}
	return o
}

// JSON is what score_extract.py --json prints (without the final newline).
func (r ExtractResult) JSON() string {
	var o pyObj
	for _, b := range []struct {
		k string
		f *Figures
	}{{"body", r.Body}, {"snippets", r.Snippets}, {"words", r.Words}, {"words_article", r.WordsArticle}} {
		if b.f != nil {
			o = append(o, pyKV{b.k, b.f.pyObj()})
		}
	}
	var meta pyObj
	for _, m := range r.Meta {
		meta = append(meta, pyKV{m.Field, pyObj{{"pages", m.Pages}, {"correct", m.Correct}}})
	}
	o = append(o, pyKV{"meta", meta})
	return pyDumps(o, 2)
}

func (p PRF) pyObj() pyObj {
	return pyObj{{"precision", p.Precision}, {"recall", p.Recall}, {"f1", p.F1}}
}

// JSON is what score_quotes.py --json prints (without the final newline).
func (r QuoteResult) JSON() string {
	o := pyObj{
		{"gold", r.Gold}, {"pred", r.Pred},
		{"quotes", r.Quotes.pyObj()}, {"ggt@0.3", r.GGT.pyObj()},
		{"mention", pyObj{{"pairs", r.MentionPairs}, {"accuracy", r.MentionAccuracy}}},
		{"name", pyObj{{"pairs", r.NamePairs}, {"strict", r.NameStrict}, {"lenient", r.NameLenient}}},
	}
	if r.End2End != nil {
		o = append(o, pyKV{"end2end", r.End2End.pyObj()})
	}
	return pyDumps(o, 2)
}

// JSON is what score_clusters.py --json prints (without the final newline).
func (r ClusterResult) JSON() string {
	return pyDumps(pyObj{
		{"docs", r.Docs}, {"gold_clusters", r.GoldClusters}, {"pred_clusters", r.PredClusters},
		{"bcubed_p", r.BCubedP}, {"bcubed_r", r.BCubedR}, {"bcubed_f1", r.BCubedF1},
		{"pair_p", r.PairP}, {"pair_r", r.PairR}, {"pair_f1", r.PairF1},
		{"pair_tp", r.PairTP}, {"pair_fp", r.PairFP}, {"pair_fn", r.PairFN},
		{"ari", r.ARI}, {"nmi", r.NMI}, {"homogeneity", r.Homogeneity}, {"completeness", r.Completeness}, {"v_measure", r.VMeasure},
	}, 1)
}
