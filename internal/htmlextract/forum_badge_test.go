package htmlextract

import "testing"

// badgeThread is an invented allotment forum's thread, declared as a
// discussion, whose posts carry their posters' standing three ways: a
// custom title and a banner under the name, and a badge by the topic
// starter's later post beside its date.
const badgeThread = `<!DOCTYPE html><html lang="en"><head><title>Slugs on the brassicas again - Hollin Vale Allotments Forum</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Slugs on the brassicas again"}</script></head><body>
<div class="p-nav"><a href="/">Forums</a> <a href="/whats-new/">What's new</a></div>
<h1 class="p-title-value">Slugs on the brassicas again</h1>
<div class="block-body">
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/ottilie.12/" class="username">Ottilie Vass</a></h4>
<h5 class="userTitle message-userTitle">Keeper of the Compost Heaps</h5><div class="userBanner message-userBanner"><strong>Moderator</strong></div></div>
<div class="message-cell message-cell--main"><div class="message-attribution"><time datetime="2025-05-02T07:10:00Z">May 2, 2025</time></div>
<div class="bbWrapper">The slugs have stripped two rows of kale on plot nine overnight, and the copper tape did nothing at all this spring.<br><br>Has anyone had luck with wool pellets around young plants, or is it nematodes or nothing?</div></div></article>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/brannock.40/" class="username">Ciaran Brannock</a></h4>
<div class="userBanner message-userBanner"><strong>Member</strong></div></div>
<div class="message-cell message-cell--main"><div class="message-attribution"><time datetime="2025-05-02T09:45:00Z">May 2, 2025</time></div>
<div class="bbWrapper">Nematodes worked for us last year, but only once the soil was above five degrees. Wool pellets slowed them down without stopping them.</div></div></article>
<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/ottilie.12/" class="username">Ottilie Vass</a></h4><p class="message-about">Grows leeks on plot nine.</p></div>
<div class="message-cell message-cell--main"><div class="message-attribution"><span class="message-date"><time datetime="2025-05-03T18:20:00Z" title="05/03/2025 06:20 PM" class="stamp stamp--long"><span class="stamp-long">May 3, 2025</span><span class="stamp-short">1 yr</span></time></span> <ul class="forumBadges"><li><span class="forumBadge forumBadge--author">Author</span></li></ul></div>
<div class="bbWrapper">Thanks, I will order a pack of nematodes and wait for a warmer week before watering them in along the kale rows.</div></div></article>
</div>
<div class="p-footer"><a href="/help/terms/">Terms and rules</a></div>
</body></html>`

// TestPostBadge: rule "post-badge". The posts stay with their dates; the
// posters' titles, banners and badges go.
func TestPostBadge(t *testing.T) {
	a := mustExtract(t, badgeThread)
	for _, want := range []string{"stripped two rows of kale", "Nematodes worked for us", "order a pack of nematodes", "May 3, 2025"} {
		checkKept(t, a, want, "the post text", true)
	}
	for _, badge := range []string{"Keeper of the Compost Heaps", "Moderator", "Member", "Author"} {
		checkKept(t, a, badge, "the poster's badge", false)
	}
}

func TestBadgeValue(t *testing.T) {
	cases := []struct {
		v    string
		want bool
	}{
		{"userTitle message-userTitle", true},
		{"userBanner message-userBanner", true},
		{"usertitle", true},
		{"profile-rank rank-img", true},
		{"forumBadge forumBadge--author", true},
		{"comment_authorBadge", true},
		{"forumBadges", true},
		{"message-name", false},
		{"frank-notes", false},
		{"badger-sightings", false},
		{"title", false},
	}
	for _, c := range cases {
		if got := badgeValue(c.v); got != c.want {
			t.Errorf("badgeValue(%q) = %v, want %v", c.v, got, c.want)
		}
	}
}
