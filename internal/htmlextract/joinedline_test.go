package htmlextract

import (
	"strings"
	"testing"
)

// joinedThread is an invented thread of a forum whose software sets a
// profile column beside each post: the author's name, rank, post count
// and the date they joined.
const joinedThread = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><title>Ferry timetable app crashes on launch - Quillmoor Transit Forum</title></head><body id="phpbb" class="section-viewtopic ltr">
<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar"><a href="./index.php" class="logo">Quillmoor Transit Forum</a></div>
<div class="navbar"><ul class="nav-main linklist"><li><a href="/faq.php">FAQ</a></li><li><a href="./ucp.php?mode=login">Login</a></li><li><a href="./ucp.php?mode=register">Register</a></li></ul>
<ul class="navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Forum home</a></span><span class="crumb"><a href="./viewforum.php?f=4">Apps</a></span></li></ul></div></div>
<div id="page-body" class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=77">Ferry timetable app crashes on launch</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&t=77" class="button" title="Reply"><span>Reply</span></a>
<div class="search-box"><input class="inputbox search tiny" type="search" name="keywords" placeholder="Find in topic"></div>
<div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p301" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile301"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&u=9" class="username">Odile Brask</a></dt><dd class="profile-rank">Regular</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=9">118</a></dd><dd class="profile-joined"><strong>Joined:</strong> Tue Mar 12, 2019 8:05 pm</dd></dl>
<div class="postbody"><div id="post_content301"><h3 class="first"><a href="#p301">Ferry timetable app crashes on launch</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&p=301" title="Quote this" class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=301#p301" title="Post"><span class="imageset icon_post_target"></span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&u=9" class="username">Odile Brask</a></strong> &raquo; </span>Sat Apr 06, 2024 7:41 am </p>
<div class="content">Since yesterday's update the Quillmoor ferry timetable app shuts the moment it starts on my phone. I cleared the cache and reinstalled it, with no change.<br><br>Is anyone else seeing this on the older Android versions?</div>
</div></div></div></div>
<div id="p302" class="post has-profile bg1"><div class="inner"><dl class="postprofile" id="profile302"><dt><a href="./memberlist.php?mode=viewprofile&u=3" class="username">Teodor Vance</a></dt><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=3">2204</a></dd></dl>
<div class="postbody"><div id="post_content302"><h3><a href="#p302">Re: Ferry timetable app crashes on launch</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&u=3" class="username">Teodor Vance</a></strong> &raquo; </span>Sat Apr 06, 2024 9:02 am </p>
<div class="content">Same here on two phones. The operator says a fixed build goes out on Monday; until then the web timetable at the harbour office page still works.</div>
</div></div></div></div>
<div id="p303" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile303"><dt><a href="./memberlist.php?mode=viewprofile&u=9" class="username">Odile Brask</a></dt></dl>
<div class="postbody"><div id="post_content303"><h3><a href="#p303">Re: Ferry timetable app crashes on launch</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&u=9" class="username">Odile Brask</a></strong> &raquo; </span>Mon Apr 08, 2024 6:15 pm </p>
<div class="content">The Monday build fixed it for me. Thanks for the tip about the web timetable.</div>
</div></div></div></div>
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&t=77" class="button"><span>Reply</span></a><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
</div><div id="page-footer" class="page-footer"><div class="copyright">Quillmoor Transit Community</div></div></div></body></html>`

// TestJoinedLine: rule "joined-line". No author's joined date stands in
// the text; the posts and their own dates stay.
func TestJoinedLine(t *testing.T) {
	a := mustExtract(t, joinedThread)
	for _, want := range []string{"shuts the moment it starts", "Same here on two phones", "Sat Apr 06, 2024 9:02 am", "The Monday build fixed it"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Joined:") {
		t.Errorf("body holds a joined line:\n%s", a.Text)
	}
}

func TestJoinedLines(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Joined: Tue Mar 12, 2019 8:05 pm", true},
		{"Registriert: 19.08.2016", true},
		{"JOINED: 2019", true},
		{"Joined:", false},
		{"Joined: March", false},
		{"Joined: Tue Mar 12, 2019 8:05 pm, and has posted every week since then about the ferries", false},
		{"She joined: the club in 2019", false},
	}
	for _, c := range cases {
		if got := joinedLine(c.s); got != c.want {
			t.Errorf("joinedLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
