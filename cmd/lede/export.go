package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store/sqlite"
)

func newExportCmd() *cobra.Command {
	var dbPath, format, what, output string
	cmd := &cobra.Command{
		Use:   "export [--format jsonl|csv] [--what articles|quotes|claims|people]",
		Short: "Export the corpus as JSON lines or CSV",
		Long: `Export writes the stored articles (full records in JSON lines; id, url, title,
outlet, dates, authors, language and text in CSV), quotes, claims or people,
one per line, in ingestion order (people by name), to stdout or --output.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "csv" {
				return errUsage{fmt.Errorf("--format %q: want jsonl or csv", format)}
			}
			switch what {
			case "articles", "quotes", "claims", "people":
			default:
				return errUsage{fmt.Errorf("--what %q: want articles, quotes, claims or people", what)}
			}
			db, err := searchOpenStore(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			var w io.Writer = cmd.OutOrStdout()
			var f *os.File
			if output != "" && output != "-" {
				if f, err = os.Create(output); err != nil {
					// "export: --output x/y.csv: no such file or directory",
					// not "open x/y.csv: ...", which named neither.
					var pe *os.PathError
					if errors.As(err, &pe) {
						err = pe.Err
					}
					return fmt.Errorf("export: --output %s: %w", output, err)
				}
				defer f.Close()
				w = f
			}
			bw := bufio.NewWriterSize(w, 256<<10)
			if err := exportRun(cmd.Context(), db, bw, format, what); err != nil {
				return err
			}
			if err := bw.Flush(); err != nil {
				return err
			}
			if f != nil {
				return f.Close()
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	fl.StringVar(&format, "format", "jsonl", "jsonl or csv")
	fl.StringVar(&what, "what", "articles", "articles, quotes, claims or people")
	fl.StringVarP(&output, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func exportRun(ctx context.Context, db *sqlite.DB, w io.Writer, format, what string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	cw := csv.NewWriter(w)
	emit := func(v any, rec []string) error {
		if format == "jsonl" {
			return enc.Encode(v)
		}
		return cw.Write(rec)
	}
	header := map[string][]string{
		"articles": {"id", "url", "title", "outlet", "published", "modified", "authors", "language", "section", "words", "text"},
		"quotes":   {"article_id", "url", "outlet", "date", "speaker", "form", "text", "speaker_mention", "start", "end"},
		"claims":   {"article_id", "url", "outlet", "date", "text", "value", "value_max", "unit", "subject", "source", "start", "end"},
		"people":   {"name", "roles", "articles", "quotes"},
	}[what]
	if format == "csv" {
		if err := cw.Write(header); err != nil {
			return err
		}
	}
	itoa := strconv.Itoa
	switch what {
	case "articles":
		for r, err := range db.Articles(ctx) {
			if err != nil {
				return err
			}
			a := r.Article
			var pub, mod string
			if a.Dates.Published != nil {
				pub = a.Dates.Published.Value
			}
			if a.Dates.Modified != nil {
				mod = a.Dates.Modified.Value
			}
			if err := emit(a, []string{a.ID, query.URLOf(a), a.Title, a.Outlet, pub, mod, strings.Join(a.Authors, "; "), a.Language, a.Section,
				itoa(len(strings.Fields(a.Text))), a.Text}); err != nil {
				return err
			}
		}
	case "quotes":
		for q, err := range db.Quotes(ctx, "") {
			if err != nil {
				return err
			}
			if err := emit(q, []string{q.ArticleID, q.URL, q.Outlet, q.Date, q.Speaker, q.Form, q.Text, q.SpeakerMention, itoa(q.Start), itoa(q.End)}); err != nil {
				return err
			}
		}
	case "claims":
		for c, err := range db.Claims(ctx) {
			if err != nil {
				return err
			}
			if err := emit(c, []string{c.ArticleID, c.URL, c.Outlet, c.Date, c.Text, exportFloat(c.Value), exportFloat(c.ValueMax), c.Unit, c.Subject, c.Source, itoa(c.Start), itoa(c.End)}); err != nil {
				return err
			}
		}
	case "people":
		for p, err := range db.People(ctx) {
			if err != nil {
				return err
			}
			if err := emit(p, []string{p.Name, strings.Join(p.Roles, "; "), itoa(p.Articles), itoa(p.Quotes)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportFloat writes an optional number for CSV, empty when absent.
func exportFloat(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
