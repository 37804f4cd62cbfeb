package htmlextract

import "testing"

// starterThread is an invented phpBB-style thread on a kayak club's forum
// that marks the thread starter's posts with a label over the name, and
// whose reply quotes a manual's term in a code span.
const starterThread = `<!DOCTYPE html><html lang="en"><head><title>Winter storage for sea kayaks - Skelling Paddlers</title></head><body>
<div class="navbar"><a href="/">Board index</a> <a href="/search.php">Search</a></div>
<h2 class="topic-title">Winter storage for sea kayaks</h2>
<div id="page-body">
<div id="p101" class="post"><div class="postprofile"><div class="showtopicauthor">Topic Author</div><a href="./memberlist.php?u=14" class="username">Halla Brekke</a></div>
<div class="postbody"><div class="content">Our club shed floods every February, so the sea kayaks will have to hang from the rafters this winter.<br><br>Are padded straps enough for a composite hull, or do we need proper cradles?</div></div></div>
<div id="p102" class="post"><div class="postprofile"><a href="./memberlist.php?u=31" class="username">Jory Pendeen</a></div>
<div class="postbody"><div class="content">Cradles, every time: straps alone leave pressure marks on a composite hull by spring.<br><br>Our storage sheet calls the rack setting <code>OP</code> for overhead position, which confused everyone.</div></div></div>
<div id="p103" class="post"><div class="postprofile"><div class="showtopicauthor">Topic Author</div><a href="./memberlist.php?u=14" class="username">Halla Brekke</a></div>
<div class="postbody"><div class="content">Cradles it is, then. We will build four from offcuts before the first flood.</div></div></div>
</div>
<div class="footer"><a href="/faq.php">FAQ</a></div>
</body></html>`

// TestStarterLabel: rule "starter-label". The posts stay, the code span
// in one of them too; the label over the thread starter's posts goes.
func TestStarterLabel(t *testing.T) {
	a := mustExtract(t, starterThread)
	for _, want := range []string{"club shed floods every February", "pressure marks on a composite hull", "OP for overhead position", "build four from offcuts"} {
		checkKept(t, a, want, "the post text", true)
	}
	checkKept(t, a, "Topic Author", "the starter label", false)
}
