package textclean

import "strings"

// tagLineLabels open a line of the story's tags ("Tags: harbour, ferries",
// "Schlagwörter: Radverkehr", "Mots-clés : port"), lower case, without
// the colon: the labels of rule tags-line (package boilerplate) that name
// tags or topics, not a section ("Filed under:", "Category:" name one
// section, which Tags is not for).
var tagLineLabels = map[string]bool{"tags": true, "tagged": true, "tagged with": true, "tagged as": true, "topics": true,
	"more about": true, "schlagwörter": true, "schlagworte": true, "stichwörter": true, "themen": true, "mots-clés": true,
	"etiquetas": true, "temas": true, "argomenti": true, "onderwerpen": true, "tag": true, "tagi": true, "taggar": true,
	"etiketler": true, "теги": true, "тэги": true, "метки": true, "タグ": true, "标签": true, "標籤": true, "关键词": true,
	"關鍵字": true, "태그": true, "từ khóa": true, "ετικέτες": true, "keywords": true,
	// boilerplate's tags-line-more-languages
	"темы": true, "štítky": true, "tagy": true, "avainsanat": true, "címkék": true,
	// boilerplate's tags-line-archivado: Spanish "Archivado en:" names the
	// story's topics, several of them
	"archivado en": true}

// Bounds of one tag: a name of a few words ("Climate change", "Kelmouth
// harbour council"), and of the tags a page may give.
const (
	maxTagWords = 6
	maxTagLen   = 60
	maxTags     = 30
)

// tagSeparators part the tags of one line.
var tagSeparators = []string{",", ";", " | ", " · ", " • ", "，", "、"}

// tagsOfLine is rule tags-field: the tags a removed tags line names
// ("Tags: Kelmouth, ferries, transport" gives the three), so that the
// record keeps what the line said while the body drops it. A line whose
// label names no tags gives none. The benchmarks score no tags: lede
// bench extract --text-from --halves, the four runs and the seed
// byte-identical to the tree without it.
func tagsOfLine(line string) []string {
	k := strings.IndexAny(line, ":：")
	if k <= 0 {
		return nil
	}
	label := strings.ToLower(strings.TrimSpace(line[:k]))
	if !tagLineLabels[label] {
		return nil
	}
	rest := line[k+1:]
	if strings.HasPrefix(line[k:], "：") {
		rest = line[k+len("："):]
	}
	parts := []string{rest}
	for _, sep := range tagSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	var out []string
	for _, p := range parts {
		if t := cleanTag(p); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// cleanTag trims a tag of its space, a closing stop and a leading "#",
// and returns "" for one too long to be a tag.
func cleanTag(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".")), "#")
	if s == "" || len(s) > maxTagLen || len(strings.Fields(s)) > maxTagWords {
		return ""
	}
	return s
}

// addTags adds tags to the record's, each once (case aside), at most
// maxTags; an empty one is none.
func (p *parser) addTags(tags []string) {
	for _, t := range tags {
		if len(p.a.Tags) >= maxTags {
			return
		}
		dup := t == ""
		for _, have := range p.a.Tags {
			dup = dup || strings.EqualFold(have, t)
		}
		if !dup {
			p.a.Tags = append(p.a.Tags, t)
		}
	}
}
