package embeds

import "strings"

// codeClasses is rule "embed-markup": the class names the platforms'
// embed code gives its blockquote or div, with the platform it stands
// for. htmlextract reads the post from such code; htmlmeta keeps its
// author and day out of the page's (rule embeddedPostChrome).
var codeClasses = []struct{ class, platform string }{
	{"twitter-tweet", "twitter"},
	{"twitter-video", "twitter"},
	{"instagram-media", "instagram"},
	{"tiktok-embed", "tiktok"},
	{"bluesky-embed", "bluesky"},
	{"mastodon-embed", "mastodon"},
	{"fb-post", "facebook"},
	{"fb-video", "facebook"},
	// rule "embed-markup-threads": Threads' and Reddit's embed code, a
	// blockquote naming the post by data-text-post-permalink or by its
	// link ("View on Threads" was left in the body as a quotation)
	{"text-post-media", "threads"},
	{"reddit-embed-bq", "reddit"},
}

// CodePlatform returns the platform whose embed code an element's class
// attribute names (rule "embed-markup": "twitter" for "twitter-tweet"),
// or "" when it names none.
func CodePlatform(class string) string {
	if class == "" {
		return ""
	}
	for _, e := range codeClasses {
		if strings.Contains(class, e.class) {
			return e.platform
		}
	}
	return ""
}
