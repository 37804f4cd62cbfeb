package score

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
)

// Missing says what ScoreClusters does with gold ids the prediction lacks.
type Missing string

// Missing modes, as score_clusters.py's --missing.
const (
	// MissingSingleton scores each unpredicted id as a cluster of its own (the default).
	MissingSingleton Missing = "singleton"
	// MissingError refuses to score.
	MissingError Missing = "error"
	// MissingDrop leaves unpredicted ids out of the gold.
	MissingDrop Missing = "drop"
)

// Labels maps document ids to cluster labels, remembering the order in
// which ids were read (the scores' summation order depends on it).
type Labels struct {
	IDs   []string
	Label map[string]string
}

// NewLabels builds Labels from ids in order and a map of their labels.
func NewLabels(ids []string, label map[string]string) Labels {
	return Labels{IDs: ids, Label: label}
}

// Add appends an id; it reports false when the id is already there.
func (l *Labels) Add(id, label string) bool {
	if l.Label == nil {
		l.Label = make(map[string]string)
	}
	if _, ok := l.Label[id]; ok {
		return false
	}
	l.IDs = append(l.IDs, id)
	l.Label[id] = label
	return true
}

// ClusterResult holds score_clusters.py's figures.
type ClusterResult struct {
	Docs          int     `json:"docs"`
	GoldClusters  int     `json:"gold_clusters"`
	PredClusters  int     `json:"pred_clusters"`
	BCubedP       float64 `json:"bcubed_p"`
	BCubedR       float64 `json:"bcubed_r"`
	BCubedF1      float64 `json:"bcubed_f1"`
	PairP         float64 `json:"pair_p"`
	PairR         float64 `json:"pair_r"`
	PairF1        float64 `json:"pair_f1"`
	PairTP        int64   `json:"pair_tp"`
	PairFP        int64   `json:"pair_fp"`
	PairFN        int64   `json:"pair_fn"`
	ARI           float64 `json:"ari"`
	NMI           float64 `json:"nmi"`
	Homogeneity   float64 `json:"homogeneity"`
	Completeness  float64 `json:"completeness"`
	VMeasure      float64 `json:"v_measure"`
	Unpredicted   int     `json:"unpredicted"`
	IgnoredExtras int     `json:"ignored_extras"`
}

// ErrUnpredicted is returned under MissingError when gold ids lack a prediction.
var ErrUnpredicted = errors.New("gold ids have no prediction")

// ScoreClusters scores a predicted clustering against gold labels over the
// gold documents, as score_clusters.py does. Predicted ids not in gold are
// ignored (counted in IgnoredExtras); unpredicted gold ids are handled per missing.
func ScoreClusters(gold, pred Labels, missing Missing) (ClusterResult, error) {
	extras := 0
	for _, id := range pred.IDs {
		if _, ok := gold.Label[id]; !ok {
			extras++
		}
	}
	var miss []string
	for _, id := range gold.IDs {
		if _, ok := pred.Label[id]; !ok {
			miss = append(miss, id)
		}
	}
	ids := gold.IDs
	p := pred.Label
	if len(miss) > 0 {
		switch missing {
		case MissingError:
			return ClusterResult{}, fmt.Errorf("%d %w (e.g. %s)", len(miss), ErrUnpredicted, pyList(miss[:min(3, len(miss))]))
		case MissingDrop:
			ids = nil
			for _, id := range gold.IDs {
				if _, ok := pred.Label[id]; ok {
					ids = append(ids, id)
				}
			}
		default:
			p = make(map[string]string, len(pred.Label)+len(miss))
			for k, v := range pred.Label {
				p[k] = v
			}
			for _, id := range miss {
				p[id] = "\x00singleton\x00" + id
			}
		}
	}
	r := scoreClusters(ids, gold.Label, p)
	r.IgnoredExtras = extras
	if missing != MissingDrop && missing != MissingError {
		r.Unpredicted = len(miss)
	}
	return r, nil
}

// Warnings returns the lines score_clusters.py prints on stderr.
func (r ClusterResult) Warnings(gold, pred Labels, missing Missing) []string {
	var out []string
	var extra, miss []string
	for _, id := range pred.IDs {
		if _, ok := gold.Label[id]; !ok {
			extra = append(extra, id)
		}
	}
	for _, id := range gold.IDs {
		if _, ok := pred.Label[id]; !ok {
			miss = append(miss, id)
		}
	}
	if len(extra) > 0 {
		out = append(out, fmt.Sprintf("warning: %d predicted ids not in gold are ignored (e.g. %s)", len(extra), pyList(extra[:min(3, len(extra))])))
	}
	if len(miss) > 0 && missing != MissingDrop && missing != MissingError {
		out = append(out, fmt.Sprintf("warning: %d gold ids unpredicted -> scored as singletons", len(miss)))
	}
	return out
}

func pyList(ss []string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = pyRepr(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func c2(n int64) int64 { return n * (n - 1) / 2 }

// ratioBig is Python's x * y / z on ints (exact product, one rounding).
func ratioBig(x, y, z int64) float64 {
	num := new(big.Int).Mul(big.NewInt(x), big.NewInt(y))
	if num.IsInt64() {
		return pyTrueDiv(num.Int64(), z)
	}
	f, _ := new(big.Rat).SetFrac(num, big.NewInt(z)).Float64()
	return f
}

type pgKey struct{ p, g string }

// scoreClusters is score(): Counters kept in first-seen order so that sums
// add in Python's order.
func scoreClusters(ids []string, gold, pred map[string]string) ClusterResult {
	N := int64(len(ids))
	cont := map[pgKey]int64{}
	var contOrder []pgKey
	a, b := map[string]int64{}, map[string]int64{}
	var aOrder, bOrder []string
	for _, id := range ids {
		k := pgKey{pred[id], gold[id]}
		if _, ok := cont[k]; !ok {
			contOrder = append(contOrder, k)
		}
		cont[k]++
	}
	for _, id := range ids {
		if _, ok := a[pred[id]]; !ok {
			aOrder = append(aOrder, pred[id])
		}
		a[pred[id]]++
	}
	for _, id := range ids {
		if _, ok := b[gold[id]]; !ok {
			bOrder = append(bOrder, gold[id])
		}
		b[gold[id]]++
	}
	r := ClusterResult{Docs: int(N), GoldClusters: len(b), PredClusters: len(a)}
	Nf := float64(N)
	var bps, brs []float64
	for _, k := range contOrder {
		n := cont[k]
		bps = append(bps, pyTrueDiv(n*n, a[k.p]))
		brs = append(brs, pyTrueDiv(n*n, b[k.g]))
	}
	r.BCubedP, r.BCubedR = pySum(bps)/Nf, pySum(brs)/Nf
	r.BCubedF1 = f1(r.BCubedP, r.BCubedR)

	var tp, pp, gp int64
	for _, k := range contOrder {
		tp += c2(cont[k])
	}
	for _, k := range aOrder {
		pp += c2(a[k])
	}
	for _, k := range bOrder {
		gp += c2(b[k])
	}
	switch {
	case pp > 0:
		r.PairP = pyTrueDiv(tp, pp)
	case gp == 0:
		r.PairP = 1
	}
	r.PairR = 1
	if gp > 0 {
		r.PairR = pyTrueDiv(tp, gp)
	}
	r.PairF1 = f1(r.PairP, r.PairR)
	r.PairTP, r.PairFP, r.PairFN = tp, pp-tp, gp-tp

	tot := c2(N)
	exp := 0.0
	if tot != 0 {
		exp = ratioBig(pp, gp, tot)
	}
	mx := pyTrueDiv(pp+gp, 2)
	r.ARI = 1
	if mx != exp {
		r.ARI = (float64(tp) - exp) / (mx - exp)
	}

	H := func(cnt map[string]int64, order []string) float64 {
		var terms []float64
		for _, k := range order {
			if n := cnt[k]; n != 0 {
				q := pyTrueDiv(n, N)
				terms = append(terms, q*math.Log(q))
			}
		}
		return -pySum(terms)
	}
	hp, hg := H(a, aOrder), H(b, bOrder)
	var mis []float64
	for _, k := range contOrder {
		n := cont[k]
		mis = append(mis, pyTrueDiv(n, N)*math.Log(ratioBig(n, N, a[k.p]*b[k.g])))
	}
	mi := pySum(mis)
	r.NMI, r.Homogeneity, r.Completeness = 1, 1, 1
	if hp+hg > 0 {
		r.NMI = mi / ((hp + hg) / 2)
	}
	if hg > 0 {
		r.Homogeneity = mi / hg
	}
	if hp > 0 {
		r.Completeness = mi / hp
	}
	r.VMeasure = f1(r.Homogeneity, r.Completeness)
	return r
}

// Format prints the figures as score_clusters.py prints them.
func (r ClusterResult) Format(w io.Writer) {
	fmt.Fprintf(w, "docs %d  gold clusters %d  pred clusters %d\n", r.Docs, r.GoldClusters, r.PredClusters)
	fmt.Fprintf(w, "BCubed   P %.2f  R %.2f  F1 %.2f\n", 100*r.BCubedP, 100*r.BCubedR, 100*r.BCubedF1)
	fmt.Fprintf(w, "Pairwise P %.2f  R %.2f  F1 %.2f  (tp %d fp %d fn %d)\n", 100*r.PairP, 100*r.PairR, 100*r.PairF1, r.PairTP, r.PairFP, r.PairFN)
	fmt.Fprintf(w, "ARI %.4f  NMI %.4f  hom %.4f  comp %.4f  V %.4f\n", r.ARI, r.NMI, r.Homogeneity, r.Completeness, r.VMeasure)
}

// LoadLabels reads labels as score_clusters.py's load_labels: a set
// directory (its docs.jsonl), a .jsonl file of documents with a "cluster"
// field, or an id<TAB>label file (blank and #-lines skipped, label stripped,
// duplicate ids refused).
func LoadLabels(path string) (Labels, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = filepath.Join(path, "docs.jsonl")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Labels{}, err
	}
	if strings.HasSuffix(path, ".jsonl") {
		return parseDocLabels(path, data)
	}
	return ParseLabelsTSV(path, data)
}

func parseDocLabels(path string, data []byte) (Labels, error) {
	var l Labels
	for n, line := range pyLines(data) {
		if pyStrip(line) == "" {
			continue
		}
		var m map[string]any
		if err := decodeJSON([]byte(line), &m); err != nil {
			return Labels{}, fmt.Errorf("%s:%d: %w", path, n+1, err)
		}
		c, ok := m["cluster"]
		if !ok {
			return Labels{}, fmt.Errorf("%s:%d: no cluster field", path, n+1)
		}
		id := pyStr(m["id"])
		if !l.Add(id, pyStr(c)) {
			l.Label[id] = pyStr(c) // a dict keeps the first position and the last value
		}
	}
	return l, nil
}

// ParseLabelsTSV parses id<TAB>label lines; name is used in error messages.
func ParseLabelsTSV(name string, data []byte) (Labels, error) {
	var l Labels
	for n, line := range pyLines(data) {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) < 2 {
			return Labels{}, fmt.Errorf("%s:%d: expected 'id<TAB>label', got %s", name, n+1, pyRepr(line))
		}
		if !l.Add(parts[0], pyStrip(parts[1])) {
			return Labels{}, fmt.Errorf("%s:%d: duplicate id %s", name, n+1, pyRepr(parts[0]))
		}
	}
	return l, nil
}

// WriteLabelsTSV writes id<TAB>label lines in the labels' order.
func WriteLabelsTSV(w io.Writer, l Labels) error {
	for _, id := range l.IDs {
		if _, err := fmt.Fprintf(w, "%s\t%s\n", id, l.Label[id]); err != nil {
			return err
		}
	}
	return nil
}
