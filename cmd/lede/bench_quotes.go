package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/quotes"
	"github.com/lede-news/lede/internal/score"
)

func newBenchQuotesCmd() *cobra.Command {
	var gold, out string
	var directOnly bool
	cmd := &cobra.Command{
		Use:   "quotes --gold FILE [--out PRED.jsonl] [--direct-only]",
		Short: "Score quote attribution on a gold file (../shared/bench/quotes format)",
		Long: `Quotes reads the documents of --gold (one {"id", "text", "quotes"} per line),
runs Lede's analysis on each text exactly as given, writes one {"id",
"quotes": [{"start", "end", "speaker_start", "speaker_end", "speaker"}]}
line per document to --out (when given) and prints the figures of
score_quotes.py and the speed in documents/s. Documents without gold quotes
are predicted and not scored.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return errUsage{errors.New("bench quotes: --gold is required")}
			}
			if out == "" { // scores only, as bench extract without --out
				out = os.DevNull
			}
			return benchQuotesRun(gold, out, directOnly, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold documents (JSON lines)")
	cmd.Flags().StringVar(&out, "out", "", "where to write the predictions (JSON lines)")
	cmd.Flags().BoolVar(&directOnly, "direct-only", false, "score and predict only quotes holding a quotation mark")
	return cmd
}

// benchQuotesPred is one predicted quote in the bench's output format.
type benchQuotesPred struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Speaker      string `json:"speaker,omitempty"`
}

func benchQuotesRun(goldPath, outPath string, directOnly bool, stdout io.Writer) error {
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return fmt.Errorf("bench quotes: %w", err)
	}
	type doc struct {
		ID     json.RawMessage  `json:"id"`
		Text   string           `json:"text"`
		Quotes *json.RawMessage `json:"quotes"`
	}
	var docs []doc
	haveGold := true
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var d doc
		if err := json.Unmarshal(line, &d); err != nil {
			return fmt.Errorf("bench quotes: %s line %d: %w", goldPath, n, err)
		}
		if len(d.ID) == 0 {
			return fmt.Errorf("bench quotes: %s line %d: no id", goldPath, n)
		}
		if d.Quotes == nil {
			haveGold = false
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("bench quotes: %s: %w", goldPath, err)
	}
	f, err := os.Create(outPath)
	if err != nil {
		return fmt.Errorf("bench quotes: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	preds := map[string][]score.PredQuote{}
	t0 := time.Now()
	var elapsed time.Duration
	for _, d := range docs {
		s := time.Now()
		qs := quotes.Attributions(d.Text, quotes.Options{DirectOnly: directOnly})
		elapsed += time.Since(s)
		ps := make([]benchQuotesPred, 0, len(qs))
		for _, q := range qs {
			ps = append(ps, benchQuotesSpan(d.Text, q))
		}
		if err := enc.Encode(struct {
			ID     json.RawMessage   `json:"id"`
			Quotes []benchQuotesPred `json:"quotes"`
		}{d.ID, ps}); err != nil {
			f.Close()
			return fmt.Errorf("bench quotes: %w", err)
		}
		var id string
		if json.Unmarshal(d.ID, &id) != nil {
			id = string(d.ID)
		}
		sp := make([]score.PredQuote, len(ps))
		for i, p := range ps {
			sp[i] = score.PredQuote{Start: p.Start, End: p.End, SpeakerStart: p.SpeakerStart, SpeakerEnd: p.SpeakerEnd, Speaker: p.Speaker}
		}
		preds[id] = sp
	}
	wall := time.Since(t0)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("bench quotes: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("bench quotes: %w", err)
	}
	if haveGold && len(docs) > 0 {
		gold, err := score.ParseQuoteDocs(data)
		if err != nil {
			return fmt.Errorf("bench quotes: %w", err)
		}
		res := score.ScoreQuotes(gold, preds, directOnly)
		res.Format(stdout)
	} else {
		fmt.Fprintf(stdout, "no gold quotes in %s: predicted, not scored\n", goldPath)
	}
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	fmt.Fprintf(stdout, "speed    %.0f documents/s (extraction %.1f ms/doc, wall %.2fs, %d documents)\n",
		float64(len(docs))/secs, 1000*secs/float64(max(1, len(docs))), wall.Seconds(), len(docs))
	return nil
}

// benchQuotesSpan converts a quote to the bench format. The gold spans of
// both corpora include the quotation marks around direct speech, so a span
// bounded by marks is widened over them (the Article record keeps them out).
func benchQuotesSpan(text string, q model.Quote) benchQuotesPred {
	p := benchQuotesPred{Start: q.Start, End: q.End, SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, Speaker: q.Speaker}
	// Up to two marks each side: ''doubled apostrophes'' count as one mark.
	for i := 0; i < 2 && p.Start > 0; i++ {
		r, sz := utf8.DecodeLastRuneInString(text[:p.Start])
		if !benchQuotesIsMark(r) || i == 1 && r != '\'' {
			break
		}
		p.Start -= sz
	}
	for i := 0; i < 2 && p.End < len(text); i++ {
		r, sz := utf8.DecodeRuneInString(text[p.End:])
		if !benchQuotesIsMark(r) || i == 1 && r != '\'' {
			break
		}
		p.End += sz
	}
	return p
}

func benchQuotesIsMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', '\'':
		return true
	}
	return false
}
