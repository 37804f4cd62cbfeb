package stories

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestDescribedVariant pins rule described-variant: a quotation one outlet
// credits to a description and another to a person or body it names, in
// the same words, is theirs; a quotation that names the person stays with
// the description, and so does one no named speaker's quotation words.
func TestDescribedVariant(t *testing.T) {
	said := "The lock gates will stay shut until the river falls below the marker"
	named := quotedArticle("Harbour Gazette", `"`+said+`," Ada Quell said.`, true, model.Quote{Text: said, Speaker: "Ada Quell"})
	described := quotedArticle("Velmar Courier", `"`+said+`," the harbour master told reporters.`, false, model.Quote{Text: said, Speaker: "the harbour master"})
	qs := compareQuotes([]*model.Article{named, described}, nil)
	if len(qs) != 1 || qs[0].Speaker != "Ada Quell" || len(qs[0].Quotes) != 1 {
		t.Fatalf("one statement: %+v, want it Ada Quell's alone", qs)
	}
	var outlets []string
	for _, v := range qs[0].Quotes[0].Variants {
		outlets = append(outlets, v.Outlets...)
	}
	if !slices.Contains(outlets, "Velmar Courier") {
		t.Errorf("outlets %v, want the described wording's among them", outlets)
	}

	// A quotation that names the person is about her: it stays apart.
	about := "Investigators questioned Ada Quell twice about the lock gates last winter"
	named2 := quotedArticle("Harbour Gazette", `"`+about+`," Ada Quell recalled.`, true, model.Quote{Text: about, Speaker: "Ada Quell"})
	described2 := quotedArticle("Velmar Courier", `"`+about+`," the inspector said.`, false, model.Quote{Text: about, Speaker: "the inspector"})
	qs = compareQuotes([]*model.Article{named2, described2}, nil)
	if len(qs) != 2 {
		t.Errorf("quotation naming its person: %+v, want the description's kept apart", qs)
	}

	// A body the other outlet names is a home too.
	board := quotedArticle("Harbour Gazette", `"`+said+`," the Lock Board said.`, false, model.Quote{Text: said, Speaker: "Lock Board"})
	statement := quotedArticle("Bay Courier", `"`+said+`," the statement read.`, false, model.Quote{Text: said, Speaker: "the statement"})
	qs = compareQuotes([]*model.Article{board, statement}, nil)
	if len(qs) != 1 || qs[0].Speaker != "Lock Board" {
		t.Errorf("a named body: %+v, want the statement's wording the Lock Board's", qs)
	}

	// Two descriptions: no one named to credit, both stay.
	other := quotedArticle("Bay Courier", `"`+said+`," a lock keeper said.`, false, model.Quote{Text: said, Speaker: "a lock keeper"})
	qs = compareQuotes([]*model.Article{described, other}, nil)
	if len(qs) != 2 {
		t.Errorf("two descriptions: %+v, want both kept", qs)
	}
}
