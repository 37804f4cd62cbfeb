package embeds

import (
	"net/url"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// ParseURL recognises the URL of a social post or a video on the common
// platforms (X/Twitter, Instagram, Facebook, YouTube, TikTok, Bluesky,
// Mastodon, Vimeo, Dailymotion; also Threads, Reddit, Telegram, LinkedIn,
// Twitch, and SoundCloud and Spotify audio) and returns an embed holding what the URL
// tells: kind, platform, handle, post id and the URL as written. Fields the
// URL does not tell are left empty. A URL without a scheme
// ("twitter.com/a/status/1") is accepted. ok is false for any other URL,
// including profile pages and media hosts such as pic.twitter.com.
func ParseURL(u string) (model.Embed, bool) {
	raw := strings.TrimSpace(u)
	if raw == "" || len(raw) > maxURLLen {
		return model.Embed{}, false
	}
	s := raw
	if !strings.Contains(s, "://") {
		if strings.HasPrefix(s, "//") {
			s = "https:" + s
		} else {
			s = "https://" + s
		}
	}
	p, err := url.Parse(s)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return model.Embed{}, false
	}
	host := strings.ToLower(p.Hostname())
	host = strings.TrimPrefix(host, "www.")
	host = strings.TrimPrefix(host, "m.")
	host = strings.TrimPrefix(host, "mobile.")
	segs := pathSegments(p.EscapedPath())
	e, ok := parseHost(host, segs, p.Query())
	if !ok {
		return model.Embed{}, false
	}
	e.URL = raw
	return e, true
}

// maxURLLen bounds the input: real post URLs are well under 300 bytes; the
// cap keeps hostile input cheap.
const maxURLLen = 2048

func pathSegments(path string) []string {
	var out []string
	for _, s := range strings.Split(path, "/") {
		if s == "" {
			continue
		}
		if un, err := url.PathUnescape(s); err == nil {
			s = un
		}
		out = append(out, s)
	}
	return out
}

func post(platform, handle, id string) (model.Embed, bool) {
	return model.Embed{Kind: model.EmbedPost, Platform: platform, Handle: handle, PostID: id}, id != ""
}

func audio(platform, handle, id string) (model.Embed, bool) {
	return model.Embed{Kind: model.EmbedAudio, Platform: platform, Handle: handle, PostID: id}, id != ""
}

func video(platform, handle, id string) (model.Embed, bool) {
	return model.Embed{Kind: model.EmbedVideo, Platform: platform, Handle: handle, PostID: id}, id != ""
}

func parseHost(host string, segs []string, q url.Values) (model.Embed, bool) {
	n := len(segs)
	switch host {
	case "twitter.com", "x.com", "fxtwitter.com", "vxtwitter.com":
		// /{handle}/status/{id}, /{handle}/statuses/{id}, /i/web/status/{id}
		for i := 0; i+1 < n; i++ {
			if (segs[i] == "status" || segs[i] == "statuses") && model.IsDigits(segs[i+1]) {
				handle := ""
				if i == 1 && segs[0] != "i" {
					handle = segs[0]
				}
				return post("twitter", handle, segs[i+1])
			}
		}
	case "instagram.com", "instagr.am":
		// /p/{code}, /reel/{code}, /tv/{code}, /{handle}/p/{code}
		for i := 0; i+1 < n; i++ {
			switch segs[i] {
			case "p":
				handle := ""
				if i == 1 {
					handle = segs[0]
				}
				return post("instagram", handle, segs[i+1])
			case "reel", "reels", "tv":
				handle := ""
				if i == 1 {
					handle = segs[0]
				}
				return video("instagram", handle, segs[i+1])
			}
		}
	case "facebook.com", "fb.com", "web.facebook.com":
		return parseFacebook(segs, q)
	case "fb.watch":
		if n >= 1 {
			return video("facebook", "", segs[0])
		}
	case "youtube.com", "youtube-nocookie.com", "music.youtube.com":
		if n >= 1 && segs[0] == "watch" {
			if v := q.Get("v"); isVideoID(v) {
				return video("youtube", "", v)
			}
		}
		if n >= 2 {
			switch segs[0] {
			case "embed", "shorts", "live", "v", "e":
				if isVideoID(segs[1]) {
					return video("youtube", "", segs[1])
				}
			}
		}
	case "youtu.be":
		if n >= 1 && isVideoID(segs[0]) {
			return video("youtube", "", segs[0])
		}
	case "tiktok.com":
		// /@{handle}/video/{id}, /@{handle}/photo/{id}, /embed/v2/{id}, /embed/{id}
		if n >= 3 && strings.HasPrefix(segs[0], "@") && (segs[1] == "video" || segs[1] == "photo") && model.IsDigits(segs[2]) {
			return video("tiktok", segs[0][1:], segs[2])
		}
		if n >= 2 && segs[0] == "embed" {
			id := segs[n-1]
			if model.IsDigits(id) {
				return video("tiktok", "", id)
			}
		}
	case "vm.tiktok.com", "vt.tiktok.com":
		if n >= 1 {
			return video("tiktok", "", segs[0])
		}
	case "bsky.app", "staging.bsky.app":
		// /profile/{handle}/post/{rkey}
		if n >= 4 && segs[0] == "profile" && segs[2] == "post" {
			return post("bluesky", segs[1], segs[3])
		}
	case "vimeo.com", "player.vimeo.com":
		// vimeo.com/{id}, vimeo.com/channels/x/{id}, player.vimeo.com/video/{id}
		for i := n - 1; i >= 0; i-- {
			if model.IsDigits(segs[i]) {
				return video("vimeo", "", segs[i])
			}
		}
	case "dailymotion.com", "geo.dailymotion.com":
		// /video/{id}, /embed/video/{id}, geo.dailymotion.com/player.html?video={id}
		for i := 0; i+1 < n; i++ {
			if segs[i] == "video" {
				id, _, _ := strings.Cut(segs[i+1], "_")
				return video("dailymotion", "", id)
			}
		}
		if v := q.Get("video"); v != "" {
			return video("dailymotion", "", v)
		}
	case "threads.net", "threads.com":
		// /@{handle}/post/{code}
		if n >= 3 && strings.HasPrefix(segs[0], "@") && segs[1] == "post" {
			return post("threads", segs[0][1:], segs[2])
		}
	case "reddit.com", "old.reddit.com", "new.reddit.com":
		// /r/{sub}/comments/{id}/{slug}
		if n >= 4 && segs[0] == "r" && segs[2] == "comments" {
			return post("reddit", "", segs[3])
		}
	case "soundcloud.com":
		// /{user}/{track}
		if n == 2 && segs[1] != "sets" {
			return audio("soundcloud", segs[0], segs[1])
		}
	case "open.spotify.com":
		// /episode/{id}, /track/{id}, /show/{id}
		if n >= 2 && (segs[0] == "episode" || segs[0] == "track" || segs[0] == "show") {
			return audio("spotify", "", segs[1])
		}
		if n >= 3 && segs[0] == "embed" {
			return audio("spotify", "", segs[2])
		}
	case "twitch.tv", "clips.twitch.tv":
		if n >= 2 && segs[0] == "videos" {
			return video("twitch", "", segs[1])
		}
	case "dai.ly":
		if n >= 1 {
			return video("dailymotion", "", segs[0])
		}
	case "t.me", "telegram.me":
		// /{channel}/{id}, the web preview /s/{channel}/{id}, a private
		// channel's /c/{number}/{id} (no handle); /{channel} alone is the
		// channel, /joinchat/... and /+... are invitations
		if n >= 2 && segs[0] == "s" {
			segs, n = segs[1:], n-1
		}
		if n == 3 && segs[0] == "c" && model.IsDigits(segs[2]) {
			return post("telegram", "", segs[2])
		}
		if n == 2 && model.IsDigits(segs[1]) && segs[0] != "joinchat" && !strings.HasPrefix(segs[0], "+") {
			return post("telegram", segs[0], segs[1])
		}
	case "linkedin.com":
		return parseLinkedIn(segs)
	}
	return parseMastodon(host, segs)
}

// parseLinkedIn reads LinkedIn post URLs: /posts/{member}_{slug}-activity-{id}-{code},
// /feed/update/urn:li:activity:{id} and the embed frame's
// /embed/feed/update/urn:li:share:{id}. Articles (/pulse/...) and
// profiles are not posts.
func parseLinkedIn(segs []string) (model.Embed, bool) {
	n := len(segs)
	if n >= 2 && segs[0] == "posts" {
		member, rest, _ := strings.Cut(segs[1], "_")
		if _, after, ok := strings.Cut(rest, "-activity-"); ok {
			id, _, _ := strings.Cut(after, "-")
			if model.IsDigits(id) {
				return post("linkedin", member, id)
			}
		}
		return model.Embed{}, false
	}
	if n >= 1 && segs[0] == "embed" {
		segs, n = segs[1:], n-1
	}
	if n >= 3 && segs[0] == "feed" && segs[1] == "update" {
		urn := segs[2]
		for _, kind := range []string{"urn:li:activity:", "urn:li:share:", "urn:li:ugcPost:"} {
			if id, ok := strings.CutPrefix(urn, kind); ok && model.IsDigits(id) {
				return post("linkedin", "", id)
			}
		}
	}
	return model.Embed{}, false
}

// parseFacebook reads the many shapes of Facebook post and video URLs.
func parseFacebook(segs []string, q url.Values) (model.Embed, bool) {
	n := len(segs)
	if n >= 1 {
		switch segs[0] {
		case "permalink.php", "story.php":
			return post("facebook", q.Get("id"), q.Get("story_fbid"))
		case "photo.php", "photo":
			return post("facebook", "", q.Get("fbid"))
		case "watch":
			return video("facebook", "", q.Get("v"))
		case "video.php":
			return video("facebook", "", q.Get("v"))
		case "plugins":
			// An embed plugin carries the post's URL in href.
			if h := q.Get("href"); h != "" {
				if e, ok := ParseURL(h); ok && e.Platform == "facebook" {
					e.URL = ""
					return e, true
				}
			}
			return model.Embed{}, false
		}
	}
	// /{handle}/posts/{id}, /{handle}/videos/{id}, /{handle}/videos/{slug}/{id},
	// /{handle}/photos/{album}/{id}, /groups/{g}/posts/{id}, /reel/{id}
	if n >= 2 && segs[0] == "reel" {
		return video("facebook", "", segs[1])
	}
	for i := 1; i+1 < n; i++ {
		switch segs[i] {
		case "posts", "permalink":
			handle := segs[i-1]
			if i >= 2 && segs[0] == "groups" {
				handle = segs[1]
			}
			return post("facebook", handle, segs[i+1])
		case "videos":
			return video("facebook", segs[i-1], segs[n-1])
		case "photos":
			return post("facebook", segs[i-1], segs[n-1])
		}
	}
	return model.Embed{}, false
}

// parseMastodon recognises a Mastodon status on any instance:
// https://{instance}/@{user}/{numeric id} or /users/{user}/statuses/{id}.
// The handle is the full fediverse account "user@instance" (or the user's own
// "user@other" when the status is shown from another instance).
func parseMastodon(host string, segs []string) (model.Embed, bool) {
	n := len(segs)
	if n >= 2 && strings.HasPrefix(segs[0], "@") && len(segs[0]) > 1 && model.IsDigits(segs[n-1]) {
		user := segs[0][1:]
		if !strings.Contains(user, "@") {
			user += "@" + host
		}
		return post("mastodon", user, segs[n-1])
	}
	if n == 4 && segs[0] == "users" && segs[2] == "statuses" && model.IsDigits(segs[3]) {
		return post("mastodon", segs[1]+"@"+host, segs[3])
	}
	return model.Embed{}, false
}

// isVideoID accepts YouTube's 11-character ids and anything of the same
// alphabet (older and future ids vary slightly in length).
func isVideoID(s string) bool {
	if len(s) < 6 || len(s) > 20 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
