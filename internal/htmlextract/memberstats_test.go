package htmlextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// memberStatsThread is an invented thread of a forum whose software sets
// each post author's figures in the profile column as one definition
// list per figure.
const memberStatsThread = `<!DOCTYPE html><html lang="en-US" data-app="public" data-template="thread_view"><head><title>Best glue for a cracked kayak hull? | Saltmere Paddlers</title><meta property="og:type" content="website"></head><body data-template="thread_view">
<div class="p-pageWrapper"><header class="p-header"><a href="/">Saltmere Paddlers</a></header><nav class="p-nav"><ul class="p-nav-list"><li><a href="/forums/">Forums</a></li><li><a href="/latest/">Latest</a></li></ul></nav>
<div class="p-body"><div class="p-body-header"><div class="p-title"><h1 class="p-title-value">Best glue for a cracked kayak hull?</h1></div>
</div>
<div class="p-body-main"><div class="block-container lbContainer">
<article class="message message--post js-post" data-author="Rune Halvik" id="js-post-70001"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/rune-halvik.88/" class="username">Rune Halvik</a></h4><h5 class="userTitle message-userTitle">Member</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Mar 2, 2021</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>312</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>95</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/glue.5120/post-70001"><time class="u-dt" datetime="2024-05-11T14:20:00+0100">May 11, 2024</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="/threads/glue.5120/post-70001">#1</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">My old polyethylene kayak has a crack about ten centimetres long under the seat after a rough landing at Gullhaven.<br><br>Which glue or weld holds on that plastic? Epoxy from the hardware store peeled off within a week.</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/70001/react?reaction_id=1" class="reaction actionBar-action"><span class="reaction-text">Like</span></a></div><div class="actionBar-set actionBar-set--internal"><a href="/posts/70001/report" class="actionBar-action actionBar-action--report">Report</a></div></div><div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small"></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/70001/reactions">Ilka Morrow and Bo Tennant</a></div></footer></div></div></div></article>
<article class="message message--post js-post" data-author="Ilka Morrow" id="js-post-70002"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/ilka-morrow.12/" class="username">Ilka Morrow</a></h4><h5 class="userTitle message-userTitle">Regular</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Jan 19, 2016</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>4,870</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>Gullhaven</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/glue.5120/post-70002"><time class="u-dt" datetime="2024-05-11T16:05:00+0100">May 11, 2024</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="/threads/glue.5120/post-70002">#2</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">Nothing glues polyethylene for long. Plastic welding is the fix: a hot-air gun and a rod of the same plastic, and sand the crack to a V first.<br><br>The boat shed at the north slip lends a welder to members on Thursdays.</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/70002/react?reaction_id=1" class="reaction actionBar-action"><span class="reaction-text">Like</span></a></div><div class="actionBar-set actionBar-set--internal"><a href="/posts/70002/report" class="actionBar-action actionBar-action--report">Report</a></div></div></footer></div></div></div></article>
</div></div></div>
<footer class="p-footer"><a href="/help/terms/">House rules</a></footer></div></body></html>`

// TestMemberStats: rule "member-stats". No author's figures stand in the
// text; a profile's other term (a location) and the posts stay.
func TestMemberStats(t *testing.T) {
	a := mustExtract(t, memberStatsThread)
	for _, want := range []string{"crack about ten centimetres", "Plastic welding is the fix", "Gullhaven"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	for _, junk := range []string{"Joined", "Messages", "Reaction score", "4,870", "Mar 2, 2021"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("body holds the profile figure %q:\n%s", junk, a.Text)
		}
	}
}

func TestMemberStatsLists(t *testing.T) {
	cases := []struct {
		html string
		want bool
	}{
		{`<dl><dt>Joined</dt><dd>Mar 2, 2021</dd></dl>`, true},
		{`<dl><dt>Posts:</dt><dd>118</dd><dt>Reaction score</dt><dd>9</dd></dl>`, true},
		{`<dl><dt>Mitglied seit</dt><dd>3. Mai 2018</dd></dl>`, true},
		{`<dl><dt>Join Date</dt><dd>Jun 2017</dd><dt>Location</dt><dd>Eastbay</dd><dt>Posts</dt><dd>1,204</dd></dl>`, true},
		{`<dl><dt>Location</dt><dd>Gullhaven</dd></dl>`, false},
		{`<dl><dt>Location</dt><dd>Gullhaven</dd><dt>Age</dt><dd>40</dd></dl>`, false},
		{`<dl><dt>Joined</dt><dd>2021</dd><dt>Weight</dt><dd>4 kg</dd></dl>`, false},
		{`<dl><div><dt>Joined</dt><dd>2021</dd></div></dl>`, false},
		{`<dl></dl>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		if got := memberStats(findBody(doc).FirstChild); got != c.want {
			t.Errorf("memberStats(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}

// memberStatsOneListThread is an invented thread of a forum whose software
// gives each author's join date, location and post count in one list.
const memberStatsOneListThread = `<!DOCTYPE html><html lang="en"><head><title>Winter mooring fees for small boats - Eastbay Sailing Forums</title></head><body>
<div id="header"><a href="/">Eastbay Sailing Forums</a></div><div class="navbar"><a href="/forum.php">Forum</a> <a href="/search.php">Search</a></div>
<div id="postlist" class="postlist"><ol id="posts" class="posts">
<li class="postbit postbitim postcontainer" id="post_5501"><div class="posthead"><span class="postdate old"><span class="date">01-14-2025,&nbsp;<span class="time">08:22 AM</span></span></span><span class="nodecontrols"><a name="post5501" href="/showthread.php?t=880&p=5501#post5501" class="postcounter">#1</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline" href="/member.php?u=41"><strong>Maren Tolle</strong></a></div><span class="usertitle">Crew</span>
<dl class="userinfo_extra"><dt>Join Date</dt><dd>Jun 2017</dd><dt>Location</dt><dd>Eastbay</dd><dt>Posts</dt><dd>1,204</dd></dl></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">Winter mooring fees for small boats</h2><div class="content"><div id="post_message_5501"><blockquote class="postcontent restore">The harbour board has raised winter mooring fees for boats under eight metres by a third this year.<br><br>Is anyone moving to the dry stack at Pell Point instead, and how does the lift fee compare?</blockquote></div></div></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="quote" href="/newreply.php?do=newreply&p=5501" rel="nofollow"><img src="/images/buttons/quote.png" alt="Quote"> Quote</a></span></div></div></li>
<li class="postbit postbitim postcontainer" id="post_5502"><div class="posthead"><span class="postdate old"><span class="date">01-14-2025,&nbsp;<span class="time">10:05 AM</span></span></span><span class="nodecontrols"><a name="post5502" href="/showthread.php?t=880&p=5502#post5502" class="postcounter">#2</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline" href="/member.php?u=77"><strong>Oskar Brein</strong></a></div><span class="usertitle">Member</span>
<dl class="userinfo_extra"><dt>Join Date</dt><dd>Mar 2021</dd><dt>Posts</dt><dd>88</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_5502"><blockquote class="postcontent restore">We moved last autumn. The lift fee is charged per launch, so it only pays if you sail less than twice a month in winter.</blockquote></div></div></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="quote" href="/newreply.php?do=newreply&p=5502" rel="nofollow"><img src="/images/buttons/quote.png" alt="Quote"> Quote</a></span></div></div></li>
</ol></div><div id="footer"><a href="/sendmessage.php">Write to us</a></div></body></html>`

// TestMemberStatsOneList: rule "member-stats" on one list of figures and
// a location.
func TestMemberStatsOneList(t *testing.T) {
	a := mustExtract(t, memberStatsOneListThread)
	for _, want := range []string{"raised winter mooring fees", "charged per launch"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	for _, junk := range []string{"Join Date", "Jun 2017", "1,204", "Location"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("body holds the profile figure %q:\n%s", junk, a.Text)
		}
	}
}
