package embeds

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-news/lede/internal/model"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		in   string
		want model.Embed
		ok   bool
	}{
		{"https://twitter.com/someuser/status/724944326711754752", model.Embed{Kind: "post", Platform: "twitter", Handle: "someuser", PostID: "724944326711754752"}, true},
		{"https://x.com/Some_User/status/1234?s=20", model.Embed{Kind: "post", Platform: "twitter", Handle: "Some_User", PostID: "1234"}, true},
		{"twitter.com/a/statuses/99", model.Embed{Kind: "post", Platform: "twitter", Handle: "a", PostID: "99"}, true},
		{"https://mobile.twitter.com/a/status/5/photo/1", model.Embed{Kind: "post", Platform: "twitter", Handle: "a", PostID: "5"}, true},
		{"https://twitter.com/i/web/status/77", model.Embed{Kind: "post", Platform: "twitter", PostID: "77"}, true},
		{"https://twitter.com/someuser", model.Embed{}, false},
		{"pic.twitter.com/AbCdEf", model.Embed{}, false},
		{"https://www.instagram.com/p/BEk3xYzAbC/", model.Embed{Kind: "post", Platform: "instagram", PostID: "BEk3xYzAbC"}, true},
		{"https://instagram.com/reel/Cx1/", model.Embed{Kind: "video", Platform: "instagram", PostID: "Cx1"}, true},
		{"https://www.facebook.com/somepage/posts/10153", model.Embed{Kind: "post", Platform: "facebook", Handle: "somepage", PostID: "10153"}, true},
		{"https://www.facebook.com/somepage/videos/10154/", model.Embed{Kind: "video", Platform: "facebook", Handle: "somepage", PostID: "10154"}, true},
		{"https://www.facebook.com/permalink.php?story_fbid=12&id=34", model.Embed{Kind: "post", Platform: "facebook", Handle: "34", PostID: "12"}, true},
		{"https://www.facebook.com/watch/?v=555", model.Embed{Kind: "video", Platform: "facebook", PostID: "555"}, true},
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", model.Embed{Kind: "video", Platform: "youtube", PostID: "dQw4w9WgXcQ"}, true},
		{"https://youtu.be/dQw4w9WgXcQ", model.Embed{Kind: "video", Platform: "youtube", PostID: "dQw4w9WgXcQ"}, true},
		{"//www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0", model.Embed{Kind: "video", Platform: "youtube", PostID: "dQw4w9WgXcQ"}, true},
		{"https://www.youtube.com/shorts/abcdefghijk", model.Embed{Kind: "video", Platform: "youtube", PostID: "abcdefghijk"}, true},
		{"https://www.youtube.com/channel/UCabc", model.Embed{}, false},
		{"https://www.tiktok.com/@some.one/video/7012345678901234567", model.Embed{Kind: "video", Platform: "tiktok", Handle: "some.one", PostID: "7012345678901234567"}, true},
		{"https://www.tiktok.com/embed/v2/7012345678901234567", model.Embed{Kind: "video", Platform: "tiktok", PostID: "7012345678901234567"}, true},
		{"https://bsky.app/profile/someone.bsky.social/post/3kabc2xyz", model.Embed{Kind: "post", Platform: "bluesky", Handle: "someone.bsky.social", PostID: "3kabc2xyz"}, true},
		{"https://mastodon.social/@someone/109876543210", model.Embed{Kind: "post", Platform: "mastodon", Handle: "someone@mastodon.social", PostID: "109876543210"}, true},
		{"https://example.org/users/bob/statuses/42", model.Embed{Kind: "post", Platform: "mastodon", Handle: "bob@example.org", PostID: "42"}, true},
		{"https://vimeo.com/123456789", model.Embed{Kind: "video", Platform: "vimeo", PostID: "123456789"}, true},
		{"https://player.vimeo.com/video/123456789?h=abc", model.Embed{Kind: "video", Platform: "vimeo", PostID: "123456789"}, true},
		{"https://www.dailymotion.com/video/x7tgad0", model.Embed{Kind: "video", Platform: "dailymotion", PostID: "x7tgad0"}, true},
		{"https://www.dailymotion.com/embed/video/x7tgad0?autoplay=1", model.Embed{Kind: "video", Platform: "dailymotion", PostID: "x7tgad0"}, true},
		{"https://dai.ly/x7tgad0", model.Embed{Kind: "video", Platform: "dailymotion", PostID: "x7tgad0"}, true},
		{"https://www.threads.net/@someone/post/C1aBcD", model.Embed{Kind: "post", Platform: "threads", Handle: "someone", PostID: "C1aBcD"}, true},
		{"https://www.reddit.com/r/news/comments/abc123/a_title/", model.Embed{Kind: "post", Platform: "reddit", PostID: "abc123"}, true},
		{"https://soundcloud.com/artist/a-track", model.Embed{Kind: "audio", Platform: "soundcloud", Handle: "artist", PostID: "a-track"}, true},
		{"https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", model.Embed{Kind: "audio", Platform: "spotify", PostID: "4rOoJ6Egrf8K2IrywzwOMk"}, true},
		{"https://www.twitch.tv/videos/123456", model.Embed{Kind: "video", Platform: "twitch", PostID: "123456"}, true},
		{"https://t.me/harbourwatch/4312", model.Embed{Kind: "post", Platform: "telegram", Handle: "harbourwatch", PostID: "4312"}, true},
		{"https://t.me/s/harbourwatch/4312", model.Embed{Kind: "post", Platform: "telegram", Handle: "harbourwatch", PostID: "4312"}, true},
		{"https://t.me/harbourwatch/4312?embed=1&mode=tme", model.Embed{Kind: "post", Platform: "telegram", Handle: "harbourwatch", PostID: "4312"}, true},
		{"https://t.me/c/1234567/89", model.Embed{Kind: "post", Platform: "telegram", PostID: "89"}, true},
		{"https://telegram.me/harbourwatch/7", model.Embed{Kind: "post", Platform: "telegram", Handle: "harbourwatch", PostID: "7"}, true},
		{"https://t.me/harbourwatch", model.Embed{}, false},
		{"https://t.me/joinchat/123", model.Embed{}, false},
		{"https://t.me/+AbCdEf123", model.Embed{}, false},
		{"https://t.me/+AbCdEf123/45", model.Embed{}, false}, // an invitation hash is no channel name
		{"https://www.linkedin.com/posts/dana-roe_harbour-plan-activity-7123456789012345678-AbCd/", model.Embed{Kind: "post", Platform: "linkedin", Handle: "dana-roe", PostID: "7123456789012345678"}, true},
		{"https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/", model.Embed{Kind: "post", Platform: "linkedin", PostID: "7123456789012345678"}, true},
		{"https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345679", model.Embed{Kind: "post", Platform: "linkedin", PostID: "7123456789012345679"}, true},
		{"https://www.linkedin.com/feed/update/urn:li:ugcPost:7123456789012345680/", model.Embed{Kind: "post", Platform: "linkedin", PostID: "7123456789012345680"}, true},
		{"https://www.linkedin.com/posts/dana-roe_harbour-plan", model.Embed{}, false},
		{"https://www.linkedin.com/pulse/harbour-plan-dana-roe", model.Embed{}, false},
		{"https://www.linkedin.com/in/dana-roe/", model.Embed{}, false},
		{"https://example.com/news/2016/04/26/story", model.Embed{}, false},
		{"ftp://twitter.com/a/status/1", model.Embed{}, false},
		{"", model.Embed{}, false},
		{"not a url at all", model.Embed{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseURL(tt.in)
		if ok != tt.ok {
			t.Errorf("ParseURL(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		tt.want.URL = tt.in
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("ParseURL(%q) mismatch (-want +got):\n%s", tt.in, d)
		}
	}
}

func FuzzParseURL(f *testing.F) {
	for _, s := range []string{"https://twitter.com/a/status/1", "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fa%2Fposts%2F1", "//youtu.be/x", "%%%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := ParseURL(s)
		if ok && (e.Platform == "" || e.Kind == "" || e.PostID == "") {
			t.Errorf("ParseURL(%q) = %+v: ok without platform, kind or id", s, e)
		}
	})
}
