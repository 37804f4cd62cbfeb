package htmlmeta

import "testing"

// TestFAQNotMain pins rule titleFAQNotMain on invented pages: a FAQ
// entry's question is no metadata title of the service page that answers
// it, which keeps its <title>; a forum thread's one Question still gives
// the JSON-LD headline.
func TestFAQNotMain(t *testing.T) {
	const faq = `<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[
{"@type":"Question","name":"Which boats does the cover include?","acceptedAnswer":{"@type":"Answer","text":"Sail and motor boats."}},
{"@type":"Question","name":"How fast are claims paid?","acceptedAnswer":{"@type":"Answer","text":"Within ten days."}}]}</script>`
	const thread = `<script type="application/ld+json">{"@type":"Question","name":"Which boats does the cover include?","text":"I sail a small sloop.","answerCount":1}</script>`
	for _, tt := range []struct{ name, ld, want, headline string }{
		{"FAQ block on a service page", faq, "Boat Cover - Quotes for Sailors", ""},
		{"a forum thread's question", thread, "", "Which boats does the cover include?"},
	} {
		page := `<html lang="en"><head><title>Boat Cover - Quotes for Sailors | Harbour Mutual</title>` + tt.ld + `<meta property="og:site_name" content="Harbour Mutual"></head>
<body><h1 class="hero">Sail on with peace of mind</h1><main><p>` + tramText + `</p></main></body></html>`
		const url = "https://www.harbourmutual.example/boat-cover"
		doc := parse(t, page)
		if got := Extract(doc, url, testNow).Title; tt.want != "" && got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
		if got := collect(doc, url).ldHeadline(); got != tt.headline {
			t.Errorf("%s: JSON-LD headline = %q, want %q", tt.name, got, tt.headline)
		}
	}
}

// TestFAQMain pins faqMain itself: a Question main counts as a FAQ entry
// under a FAQPage or beside other Questions, not alone.
func TestFAQMain(t *testing.T) {
	for _, tt := range []struct {
		ld   string
		want bool
	}{
		{`{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is it waterproof?"}]}`, true},
		{`[{"@type":"Question","name":"Is it waterproof?"},{"@type":"Question","name":"Does it float?"}]`, true},
		{`{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Is it waterproof?"}}`, false},
		{`{"@type":"Article","headline":"Is it waterproof?"}`, false},
	} {
		page := `<html><head><script type="application/ld+json">` + tt.ld + `</script></head><body><p>x</p></body></html>`
		if got := collect(parse(t, page), "https://shop.example/p").ld.faqMain(); got != tt.want {
			t.Errorf("faqMain(%s) = %v, want %v", tt.ld, got, tt.want)
		}
	}
}
