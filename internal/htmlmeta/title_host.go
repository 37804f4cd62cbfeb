package htmlmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cutGluedHost is rule titleGluedHost: a personal site's template may set
// its host name before the post's title with nothing but a space between
// ("quayside.example Winter Moorings"); no separator marks it, so the
// site-name cuts miss it. A title that opens with the page's own host
// name, then a space and a capitalised word, is that word on: the host
// is the site's label. A host followed by a separator is left to the
// site-name rules, and a title that is only the host stays.
func (c *collector) cutGluedHost(t string) string {
	if c.pageURL == nil {
		return t
	}
	host := bareHost(c.pageURL.Hostname())
	if !strings.Contains(host, ".") || len(t) <= len(host)+1 || !strings.EqualFold(t[:len(host)], host) || t[len(host)] != ' ' {
		return t
	}
	rest := strings.TrimLeft(t[len(host):], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return t
	}
	return rest
}
