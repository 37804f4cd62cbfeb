package htmlmeta

import "strings"

// paperAuthorList is rule authorPaperAuthorList: a scholarly paper's page
// names its first author in one meta (dc.creator, author) and all of its
// authors in the citation metas, one per tag (citation_author, or
// citation_authors as some journals spell it). The first meta alone made a
// paper of six authors a paper of one. When the citation list is longer
// and holds every name an earlier meta gives, that meta is read as the
// whole list. metas are the author metas in authors' order, cite the
// citation_author names among them (as authors inverted them).
func (c *collector) paperAuthorList(metas [][]string, cite []string) {
	if len(cite) < 2 {
		cite = invertNames(c.authorMeta("citation_authors"))
	}
	if len(cite) < 2 {
		return
	}
	for i, src := range metas {
		if len(src) == 0 {
			continue
		}
		if len(src) < len(cite) && namesWithin(src, cite) {
			metas[i] = cite
		}
		return
	}
}

// namesWithin reports whether every name of src is one of list's.
func namesWithin(src, list []string) bool {
	for _, n := range src {
		found := false
		for _, l := range list {
			if strings.EqualFold(strings.TrimSpace(n), strings.TrimSpace(l)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
