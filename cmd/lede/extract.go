package main

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/fetch"
	"github.com/lede-news/lede/internal/ingest"
	"github.com/lede-news/lede/internal/input"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/pipeline"
)

func newExtractCmd() *cobra.Command {
	var (
		format     string
		origURL    string
		comments   bool
		noAnalysis bool
		maxBytes   int64
		jsonOut    bool
		allowPriv  bool
	)
	cmd := &cobra.Command{
		Use:   "extract INPUT...",
		Short: "Extract clean, structured records from articles (file, - for stdin, or URL)",
		Long: `Extract turns each INPUT (an HTML page or plain text, a file path, - for stdin,
or an http(s) URL) into an Article record. A URL on a private, loopback or
link-local address is refused unless --allow-private, as lede ingest does.
JSON is indented for one input and one record per line for several (text and
markdown put a "==> INPUT <==" line or a --- rule between records). An input
holding many articles (a WARC, JSON lines, a feed, a sitemap, a list of URLs)
is refused with a pointer to lede ingest, which reads them. A failing input
is reported on stderr in one line and the others go on. The exit status is 1
if any input failed, 2 for a usage mistake.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := extractFormat(&format, jsonOut); err != nil {
				return err
			}
			if maxBytes <= 0 { // 0 read as the default cap, not as "no input"
				return errUsage{fmt.Errorf("--max-bytes %d: want a positive number of bytes", maxBytes)}
			}
			if origURL != "" && len(args) > 1 {
				return errUsage{fmt.Errorf("--url applies to a single input")}
			}
			if origURL != "" {
				if !input.IsHTTPURL(origURL) {
					return errUsage{fmt.Errorf("--url %q: want an absolute http(s) URL", origURL)}
				}
			}
			out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
			failed, written := 0, 0
			client := fetch.Client(allowPriv)
			for _, name := range args {
				in, err := input.Read(cmd.Context(), name, input.Options{MaxBytes: maxBytes, Stdin: cmd.InOrStdin(), Client: client})
				if err == nil {
					err = ingest.NotACollection(name, in.Data)
				}
				if err == nil {
					a, xerr := pipeline.Extract(cmd.Context(), in, pipeline.Options{URL: origURL, Comments: comments, NoAnalysis: noAnalysis})
					if xerr == nil {
						if len(args) > 1 && format != "json" {
							extractSeparate(out, format, name, written)
						}
						err = writeArticle(out, a, format, len(args) > 1)
						written++
					} else {
						err = xerr
					}
				}
				if err != nil {
					failed++
					if errors.Is(err, model.ErrTooLarge) { // said three ways by the layers
						err = fmt.Errorf("too large: over the %s cap (--max-bytes raises it)", fetch.ByteSize(maxBytes))
					}
					if cmd.Context().Err() != nil { // Ctrl-C: the inputs left would fail alike
						fmt.Fprintf(errw, "lede: %s: interrupted\n", name)
						break
					}
					fmt.Fprintln(errw, extractErrLine(name, err))
				}
			}
			if failed > 0 {
				return errSilent
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "json", "output format: json, text or markdown")
	f.BoolVar(&jsonOut, "json", false, "same as --format json (the flag other commands take)")
	f.StringVar(&origURL, "url", "", "the original http(s) URL of a local file (one INPUT)")
	f.BoolVar(&comments, "comments", false, "keep reader comments in comments[]")
	f.BoolVar(&noAnalysis, "no-analysis", false, "skip quotes, people, organisations, places and claims")
	f.Int64Var(&maxBytes, "max-bytes", input.DefaultMaxBytes, "refuse inputs larger than this")
	f.BoolVar(&allowPriv, "allow-private", false, "allow fetching private, loopback and link-local addresses")
	return cmd
}

// extractFormat checks --format, and --json, which the other commands take
// for JSON output and users type here too: it means --format json, and
// contradicts any other format given.
func extractFormat(format *string, jsonOut bool) error {
	switch *format {
	case "json", "text", "markdown":
	default:
		return errUsage{fmt.Errorf("--format %q: want json, text or markdown", *format)}
	}
	if jsonOut && *format != "json" {
		return errUsage{fmt.Errorf("--json and --format %s disagree: give one", *format)}
	}
	return nil
}

// extractSeparate tells several records apart in text and markdown, where
// one record's last paragraph would otherwise run into the next one's
// title: a "==> NAME <==" line before each (as head(1) does for several
// files) in text, a thematic break between them in markdown. JSON needs
// none: one record per line.
func extractSeparate(w io.Writer, format, name string, written int) {
	switch {
	case format == "text":
		if written > 0 {
			io.WriteString(w, "\n")
		}
		fmt.Fprintf(w, "==> %s <==\n", name)
	case written > 0:
		io.WriteString(w, "---\n\n")
	}
}

// writeArticle prints one record in the chosen format. JSON is indented for a
// single input and one line per record for several (JSON lines); it is
// streamed (encodeJSONStream), the bytes json.Encoder would write without
// its copy of the whole record in memory.
func writeArticle(w io.Writer, a *model.Article, format string, many bool) error {
	switch format {
	case "text":
		_, err := io.WriteString(w, renderText(a))
		return err
	case "markdown":
		_, err := io.WriteString(w, renderMarkdown(a))
		return err
	}
	indent := "  "
	if many {
		indent = ""
	}
	return encodeJSONStream(w, a, "", indent, false)
}

func renderText(a *model.Article) string {
	var sb strings.Builder
	if a.Title != "" {
		sb.WriteString(a.Title)
		sb.WriteString("\n\n")
	}
	sb.WriteString(a.Text)
	sb.WriteString("\n")
	return sb.String()
}

func renderMarkdown(a *model.Article) string {
	var sb strings.Builder
	if a.Title != "" {
		fmt.Fprintf(&sb, "# %s\n\n", a.Title)
	}
	var meta []string
	if len(a.Authors) > 0 {
		meta = append(meta, "By "+strings.Join(a.Authors, ", "))
	}
	if a.Outlet != "" {
		meta = append(meta, a.Outlet)
	}
	if d := a.Dates.Published; d != nil {
		v := d.Value
		if d.Estimated {
			v += " (estimated)"
		}
		meta = append(meta, v)
	}
	if len(meta) > 0 {
		fmt.Fprintf(&sb, "*%s*\n\n", strings.Join(meta, " · "))
	}
	embeds := a.Embeds
	flush := func(pos int) {
		for len(embeds) > 0 && embeds[0].Position <= pos {
			e := embeds[0]
			embeds = embeds[1:]
			label := e.Platform + " " + e.Kind
			if e.Author != "" || e.Handle != "" {
				label += " by " + strings.TrimSpace(e.Author+" @"+e.Handle)
			}
			if e.Date != "" {
				label += ", " + e.Date
			}
			fmt.Fprintf(&sb, "> [%s]", label)
			if e.Text != "" {
				fmt.Fprintf(&sb, " %s", e.Text)
			}
			if e.URL != "" {
				fmt.Fprintf(&sb, " <%s>", e.URL)
			}
			sb.WriteString("\n\n")
		}
	}
	for i, b := range a.Body {
		flush(i)
		switch b.Kind {
		case model.KindHeading:
			lvl := b.Level
			if lvl < 2 || lvl > 6 {
				lvl = 2
			}
			fmt.Fprintf(&sb, "%s %s\n\n", strings.Repeat("#", lvl), b.Text)
		case model.KindBlockquote:
			for _, line := range strings.Split(b.Text, "\n") {
				fmt.Fprintf(&sb, "> %s\n", line)
			}
			sb.WriteString("\n")
		case model.KindListItem:
			marker := "-"
			if b.Ordered {
				marker = "1."
			}
			fmt.Fprintf(&sb, "%s %s\n", marker, b.Text)
			if i+1 >= len(a.Body) || a.Body[i+1].Kind != model.KindListItem {
				sb.WriteString("\n")
			}
		case model.KindTable:
			sb.WriteString(markdownTable(b))
		case model.KindPreformatted:
			fmt.Fprintf(&sb, "```\n%s\n```\n\n", b.Text)
		default:
			fmt.Fprintf(&sb, "%s\n\n", b.Text)
		}
	}
	flush(len(a.Body))
	return sb.String()
}

func markdownTable(b model.Block) string {
	rows := b.Rows
	if len(rows) == 0 {
		for _, line := range strings.Split(b.Text, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var sb strings.Builder
	for i, r := range rows {
		cells := make([]string, width)
		for j := range cells {
			if j < len(r) {
				cells[j] = strings.ReplaceAll(r[j], "|", `\|`)
			}
		}
		fmt.Fprintf(&sb, "| %s |\n", strings.Join(cells, " | "))
		if i == 0 {
			fmt.Fprintf(&sb, "|%s\n", strings.Repeat(" --- |", width))
		}
	}
	sb.WriteString("\n")
	return sb.String()
}

// extractErrLine makes one clear line of a failed input's error: "lede:
// NAME: cause", without the name repeated by each layer ("read NAME: ",
// "fetch NAME: ", "stat NAME: ") or the sentinels' own "lede: " prefix, and
// with a network failure said in words ("cannot reach HOST: host not found
// (no network, or no such name)") rather than Go's dial error.
func extractErrLine(name string, err error) string {
	if d := ingest.ErrorWords(name, err); d != "" {
		return "lede: " + name + ": " + d
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		switch {
		case ue.Op == "parse":
			return "lede: " + name + ": not a valid URL (" + ue.Err.Error() + ")"
		case strings.Contains(ue.Err.Error(), "no Host in request URL"):
			return "lede: " + name + ": not a valid URL (no host)"
		}
	}
	msg := strings.ReplaceAll(err.Error(), "lede: ", "")
	for {
		trimmed := msg
		for _, op := range []string{"extract ", "read ", "fetch "} {
			trimmed = strings.TrimPrefix(trimmed, op+name+": ")
		}
		if trimmed == msg {
			break
		}
		msg = trimmed
	}
	if errors.Is(err, model.ErrFetch) { // "HTTP 404 Not Found: fetch failed"
		msg = strings.TrimSuffix(msg, ": fetch failed")
	}
	msg = strings.ReplaceAll(msg, "\n", " ")
	return "lede: " + name + ": " + msg
}
