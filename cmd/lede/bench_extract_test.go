package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchExtractDay(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-05":                "2024-03-05",
		"2024-03-05T10:00:00+01:00": "2024-03-05",
		"2024-3-5":                  "",
		"":                          "",
		"March 5, 2024":             "",
	} {
		if got := benchExtractDay(in); got != want {
			t.Errorf("benchExtractDay(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBenchExtractCommand runs the command on a synthetic page, with gold and
// stripped of it: predictions are written both times, scores only with gold.
func TestBenchExtractCommand(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Harbour wall to be rebuilt</title></head><body><article>
<h1>Harbour wall to be rebuilt</h1><p>The council said on Monday that the old harbour wall would be rebuilt
before winter, after storms damaged it twice this year.</p><p>Work starts in May and will cost about
two million pounds, according to the council's own estimate.</p></article></body></html>`
	os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644)
	gold := `{"id": "a", "set": "scrapinghub", "url": "https://example.org/a", "page": "a.html", "body": "The council said on Monday that the old harbour wall would be rebuilt before winter."}` + "\n"
	stripped := `{"id": "a", "set": "scrapinghub", "url": "https://example.org/a", "page": "a.html"}` + "\n"
	for name, cases := range map[string]string{"gold": gold, "stripped": stripped} {
		cp := filepath.Join(dir, name+".jsonl")
		os.WriteFile(cp, []byte(cases), 0o644)
		out := filepath.Join(dir, name+".pred.jsonl")
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), []string{"bench", "extract", "--cases", cp, "--out", out}, &stdout, &stderr); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var p map[string]any
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatalf("%s: prediction %q: %v", name, b, err)
		}
		for _, k := range []string{"id", "text", "title", "author", "date"} {
			if _, ok := p[k]; !ok {
				t.Errorf("%s: prediction lacks %q: %s", name, k, b)
			}
		}
		got := stdout.String()
		if strings.Contains(got, "body          pages=") != (name == "gold") {
			t.Errorf("%s: scores printed wrongly:\n%s", name, got)
		}
		if strings.Contains(got, "predicted, not scored") != (name == "stripped") {
			t.Errorf("%s: the no-gold line printed wrongly:\n%s", name, got)
		}
		if !strings.Contains(got, "lede          pages=   1") {
			t.Errorf("%s: no speed line:\n%s", name, got)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"bench", "extract"}, &stdout, &stderr); err == nil {
		t.Error("no --cases: no error")
	}
}

// TestBenchScoreCommands checks that `lede bench score ...` prints what the
// Python scorers printed on the score package's synthetic files.
func TestBenchScoreCommands(t *testing.T) {
	td := filepath.Join("..", "..", "internal", "score", "testdata")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "extract_cases.jsonl", "extract_pred.jsonl"}, "extract_want.txt"},
		{[]string{"quotes", "quotes_gold.jsonl", "quotes_pred.jsonl", "--direct-only"}, "quotes_direct_want.txt"},
		{[]string{"clusters", "clusters_gold.tsv", "clusters_pred.tsv", "--missing", "drop"}, "clusters_drop_want.txt"},
		{[]string{"quotes", "quotes_gold.jsonl", "quotes_pred.jsonl", "--json"}, "quotes_want.json"},
	} {
		args := append([]string{"bench", "score"}, tc.args...)
		for i, a := range args {
			if filepath.Ext(a) != "" {
				args[i] = filepath.Join(td, a)
			}
		}
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		want, err := os.ReadFile(filepath.Join(td, tc.want))
		if err != nil {
			t.Fatal(err)
		}
		if stdout.String() != string(want) {
			t.Errorf("%v printed\n%s\nPython printed\n%s", tc.args, stdout.String(), want)
		}
	}
}

// TestBenchWithoutOut: like bench extract, bench quotes and bench cluster
// score without --out (they required it and bench extract did not).
func TestBenchWithoutOut(t *testing.T) {
	dir := t.TempDir()
	text := `"The wall will be rebuilt before winter," the mayor said.`
	gold := `{"id": "q1", "text": ` + strconvQuote(text) + `, "quotes": [{"content": [[1, 42]], "speaker": [[44, 53]], "name": "the mayor", "direct": true}]}` + "\n"
	goldPath := filepath.Join(dir, "q.jsonl")
	os.WriteFile(goldPath, []byte(gold), 0o644)
	docs := `{"id": "d1", "title": "Harbour wall to be rebuilt", "text": "The council said the harbour wall would be rebuilt before winter.", "cluster": "a"}
{"id": "d2", "title": "Rovers win the cup", "text": "Kelmouth Rovers won the county cup on penalties on Wednesday night.", "cluster": "b"}
`
	docsPath := filepath.Join(dir, "docs.jsonl")
	os.WriteFile(docsPath, []byte(docs), 0o644)
	for _, args := range [][]string{
		{"bench", "quotes", "--gold", goldPath},
		{"bench", "cluster", "--docs", docsPath},
	} {
		stdout, stderr, code := extractTestRun(t, args...)
		if code != 0 || strings.Contains(stdout, "not scored") {
			t.Errorf("%q: exit %d, stderr %q\n%s", args, code, stderr, stdout)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files written beside the inputs: %v", entries)
	}
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

// TestBenchExtractTextFrom runs --text-from on another extractor's text of a
// synthetic page (with a share bar and a related-links block Lede's text path
// removes) and on a case the predictions lack: the input's figures and Lede's
// are printed side by side, per half with --halves, and stripped cases still
// get their predictions.
func TestBenchExtractTextFrom(t *testing.T) {
	dir := t.TempDir()
	body := "Quimby's harbour wall, broken by two winter gales, will stand again by October, the harbour board decided.\n\nMasons from Tallow begin in May; the board puts the bill at two million pounds."
	text := "Harbour wall to be rebuilt\n\nShare on Facebook\nShare on Twitter\n\n" + body + "\n\nRelated stories\n\nRovers win the county cup on penalties\n"
	gold := `{"id": "a", "set": "scrapinghub", "url": "https://example.org/a", "page": "a.html", "body": ` + strconvQuote(body) + `, "meta": {"title": "Harbour wall to be rebuilt"}}
{"id": "b", "set": "scrapinghub", "url": "https://example.org/b", "page": "b.html", "body": "Ferry times change from Sunday, the operator said.", "meta": {"title": "Ferry times change"}}
`
	stripped := `{"id": "a", "set": "scrapinghub", "url": "https://example.org/a", "page": "a.html"}
{"id": "b", "set": "scrapinghub", "url": "https://example.org/b", "page": "b.html"}
`
	pred := filepath.Join(dir, "other.jsonl")
	os.WriteFile(pred, []byte(`{"id": "a", "text": `+strconvQuote(text)+`, "title": "", "author": "", "date": ""}`+"\n"), 0o644)
	for name, cases := range map[string]string{"gold": gold, "stripped": stripped} {
		cp := filepath.Join(dir, name+".jsonl")
		os.WriteFile(cp, []byte(cases), 0o644)
		out := filepath.Join(dir, name+".pred.jsonl")
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), []string{"bench", "extract", "--cases", cp, "--text-from", pred, "--halves", "--out", out}, &stdout, &stderr); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(lines) != 2 {
			t.Fatalf("%s: %d prediction lines, want 2:\n%s", name, len(lines), b)
		}
		var a, bb map[string]any
		json.Unmarshal([]byte(lines[0]), &a)
		json.Unmarshal([]byte(lines[1]), &bb)
		if txt, _ := a["text"].(string); !strings.Contains(txt, "two million pounds") || strings.Contains(txt, "Share on Facebook") {
			t.Errorf("%s: text path output %q: want the body without the share bar", name, txt)
		}
		if a["title"] != "Harbour wall to be rebuilt" {
			t.Errorf("%s: title %q, want the text path's title", name, a["title"])
		}
		if bb["text"] != "" {
			t.Errorf("%s: a case missing from --text-from has text %q", name, bb["text"])
		}
		got := stdout.String()
		if !strings.Contains(got, "1 missing from it") || !strings.Contains(got, "lede-text     pages=   2  errors=0") {
			t.Errorf("%s: header or speed line wrong:\n%s", name, got)
		}
		if strings.Contains(got, "predicted, not scored") != (name == "stripped") {
			t.Errorf("%s: the no-gold line printed wrongly:\n%s", name, got)
		}
		if compare := strings.Contains(got, "other's text F1 "); compare != (name == "gold") {
			t.Errorf("%s: comparison printed %v:\n%s", name, compare, got)
		}
		if name == "gold" {
			if !strings.Contains(got, "half 0 ") && !strings.Contains(got, "half 1 ") {
				t.Errorf("no half lines:\n%s", got)
			}
			// The other extractor gave no title; the text path gives the
			// headline of a and nothing for b (missing from the input).
			if !strings.Contains(got, "other's text given 0, right 0, wrong 0 -> after Lede's text path given 1, right 1, wrong 0") {
				t.Errorf("titles line missing or wrong:\n%s", got)
			}
			// The input keeps its share bar and related links: Lede's text
			// path must have the higher body precision.
			var inP, outP float64
			for _, l := range strings.Split(got, "\n") {
				if strings.HasPrefix(l, "all ") && strings.Contains(l, " body ") {
					i := strings.Index(l, "(P ")
					j := strings.LastIndex(l, "(P ")
					fmt.Sscanf(l[i:], "(P %f", &inP)
					fmt.Sscanf(l[j:], "(P %f", &outP)
				}
			}
			if !(outP > inP) {
				t.Errorf("body precision %.3f -> %.3f, want a gain:\n%s", inP, outP, got)
			}
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"bench", "extract", "--cases", filepath.Join(dir, "gold.jsonl"), "--halves"}, &stdout, &stderr); err == nil {
		t.Error("--halves without --text-from: no error")
	}
}
