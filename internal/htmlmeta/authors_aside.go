package htmlmeta

import "regexp"

// cutRoleAside is rule authorRoleAside: a byline that says each
// contributor's share in brackets after the name ("Ada Quell (Text),
// Tomas Veil (Fotos)", "By Ada Quell (words) and Tomas Veil (photos)")
// kept the brackets in the names and took the photographer as an author.
// A writing share, or the writer's handle ("Ada Quell (@adaquell)"),
// leaves the bare name; another work's share (otherWork: photos,
// illustrations, video) drops the part, as "Photos by" does. It
// returns the part as to be read and whether it is to be dropped; an
// aside of any other kind ("Ana Ruiz (Guha)") stays as written.
func cutRoleAside(p string) (string, bool) {
	m := roleAside.FindStringSubmatchIndex(p)
	if m == nil {
		return p, false
	}
	if m[2] < 0 { // the writing share: group 1 did not match
		return p[:m[0]], false
	}
	return p, true
}

// roleAside matches a bracketed share closing a byline part: group 1 is
// another work than writing, else the aside is the writing itself or the
// writer's handle.
var roleAside = regexp.MustCompile(`(?i)\s*\((?:(` + otherWork + `|kamera|camera|grafik)|text|texte|testo|texto|tekst|words|reporting|interview|@\w{2,30})\)$`)
