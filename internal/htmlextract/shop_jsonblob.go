package htmlextract

import (
	"encoding/json"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// minJSONBlob is the size from which a paragraph that parses as JSON is a
// blob of data (rule "json-blob"): a widget's settings run to hundreds of
// bytes; a short "{}" or "[1, 2]" in a sentence's place is left alone.
const minJSONBlob = 80

// jsonBlob reports whether t is a JSON object or array of at least
// minJSONBlob bytes, and nothing else.
func jsonBlob(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < minJSONBlob || (t[0] != '{' || t[len(t)-1] != '}') && (t[0] != '[' || t[len(t)-1] != ']') {
		return false
	}
	return json.Valid([]byte(t))
}

// dropJSONBlobs is rule "json-blob": a paragraph that is a JSON object or
// array whole is a script's data that the page parks in an element it
// makes invisible (a shop's accessibility widget writes its settings,
// colours and positions, into a div of zero opacity and one-pixel type),
// not text. A sample set in code (<pre>, <code>) is no paragraph and
// stays, as does a body that is the blob and nothing else (it is all the
// page gave).
func (x *extractor) dropJSONBlobs() {
	a := x.a
	if len(a.Body) < 2 {
		return
	}
	for i := 0; i < len(a.Body); {
		if b := a.Body[i]; b.Kind == model.KindParagraph && !x.codeLines[b.Text] && jsonBlob(b.Text) {
			x.dropBlock(i, model.RemovedOther, "json-blob")
			continue
		}
		i++
	}
}
