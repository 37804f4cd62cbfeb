package htmlextract

import "golang.org/x/net/html"

// maxIconLabelDepth: an icon term's title stands on the icon or on the
// one element around it (<dt><span title="Joined"><i class="fa-user">).
const maxIconLabelDepth = 2

// iconLabel is rule "icon-label": a term with no text of its own that
// shows an icon names its label in a title or an aria-label instead (a
// forum theme's profile column: <dt><span title="Messages"><i
// class="fa-comments"></i></span></dt><dd>1,204</dd>), and rule
// "member-stats" reads that label as it reads a written one: without it
// each post of such a theme opened with its poster's join date and three
// bare counts. It returns the first such label at most depth levels
// under n, or "".
func iconLabel(n *html.Node, depth int) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if t := attr(c, "title"); t != "" {
			return t
		}
		if t := attr(c, "aria-label"); t != "" {
			return t
		}
		if depth > 1 {
			if t := iconLabel(c, depth-1); t != "" {
				return t
			}
		}
	}
	return ""
}
