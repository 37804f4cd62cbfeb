package htmlmeta

import "testing"

// TestThreadContainerType covers rule threadContainerType: a QAPage whose
// question carries its own date is a QAPage (the thread), though the
// question stays the main object for the author; a lone Question, and a
// QAPage beside an unrelated dated Question, keep the choice as before.
func TestThreadContainerType(t *testing.T) {
	question := `{"@type":"Question","name":"Which glue holds slate tiles on a damp wall?","text":"Our porch in Fennick Moor weeps every winter.","datePublished":"2025-02-11T08:40:00+01:00","author":{"@type":"Person","name":"Orla Penhallow"}}`
	for _, tc := range []struct {
		name, ld, want string
	}{
		{"nested question", `{"@type":"QAPage","mainEntity":` + question + `}`, "QAPage"},
		{"graph by id", `{"@graph":[{"@type":"QAPage","@id":"#page","mainEntity":{"@id":"#q"}},` + question[:1] + `"@id":"#q",` + question[1:] + `]}`, "QAPage"},
		{"lone question", question, "Question"},
		{"unrelated question", `[{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Another thread"}},` + question + `]`, "Question"},
	} {
		page := `<html><head><script type="application/ld+json">` + tc.ld + `</script></head><body><p>Try a flexible tile adhesive.</p></body></html>`
		m := Extract(parse(t, page), "", testNow)
		if m.Type != tc.want {
			t.Errorf("%s: type %q, want %q", tc.name, m.Type, tc.want)
		}
		if len(m.Authors) != 1 || m.Authors[0] != "Orla Penhallow" {
			t.Errorf("%s: authors %q, want the asker", tc.name, m.Authors)
		}
	}
}
