package htmlmeta_test

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/htmlmeta"
)

func ExampleExtract() {
	page := `<html lang="en-GB"><head>
<title>Storm hits the coast | The Daily Gazette</title>
<meta property="og:site_name" content="The Daily Gazette">
<meta property="article:published_time" content="2021-03-04T07:30:00+00:00">
</head><body><article>
<h1>Storm hits the coast</h1>
<p class="byline">By JANE DOE and Sam Roe, Weather Correspondents</p>
<p>A winter storm cut power to thousands of homes.</p>
</article></body></html>`
	doc, _ := html.Parse(strings.NewReader(page))
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	m := htmlmeta.Extract(doc, "https://gazette.example/news/storm", now)
	fmt.Println(m.Title)
	fmt.Println(m.Outlet, m.Language)
	fmt.Println(strings.Join(m.Authors, "; "))
	fmt.Println(m.Published.Value, "from", m.Published.Evidence)
	// Output:
	// Storm hits the coast
	// The Daily Gazette en
	// Jane Doe; Sam Roe
	// 2021-03-04T07:30:00+00:00 from meta article:published_time
}
