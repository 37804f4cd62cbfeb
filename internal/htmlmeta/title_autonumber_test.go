package htmlmeta

import "testing"

// TestHeadingAutoNumber pins rule headingAutoNumber on invented manual
// pages: the number a help-authoring tool sets before a topic's heading
// is no part of it; an element so named that holds words keeps them.
func TestHeadingAutoNumber(t *testing.T) {
	for _, tt := range []struct{ name, h1, want string }{
		{"topic number", `<h1 class="AutoNumber"><span class="autonumber"><span>7 - </span></span>Mounting the Quillon Rail</h1>`, "Mounting the Quillon Rail"},
		{"words in the element kept", `<h1><span class="autonumber">Step 7:</span> Mounting the Quillon Rail</h1>`, "Step 7: Mounting the Quillon Rail"},
	} {
		page := `<html><head><title>Quillon Rail Manual</title></head>
<body><article>` + tt.h1 + `<p>Fix the rail to the wall with the four screws in the box, then check it is level.</p></article></body></html>`
		checkH1Read(t, tt.name, page, "https://docs.quillonrail.example/manual/mounting.htm", tt.want)
	}
}
