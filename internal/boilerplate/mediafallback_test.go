package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMediaFallback: rule media-fallback reads the words a video or audio
// element shows a browser that cannot play it, in English, German,
// French, Spanish, Italian, Portuguese and Dutch, and video.js's long
// fallback; a story's sentence that opens with the same words stays.
func TestMediaFallback(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Your browser does not support the video tag.", model.RemovedOther, "media-fallback"},
		{"Your browser does not support the audio element.", model.RemovedOther, "media-fallback"},
		{"Sorry, your browser does not support embedded videos.", model.RemovedOther, "media-fallback"},
		{"To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video", model.RemovedOther, "media-fallback"},
		{"Ihr Browser unterstützt das Video-Tag nicht.", model.RemovedOther, "media-fallback"},
		{"Votre navigateur ne prend pas en charge la vidéo.", model.RemovedOther, "media-fallback"},
		{"Tu navegador no soporta el elemento de vídeo.", model.RemovedOther, "media-fallback"},
		{"Il tuo browser non supporta il tag video.", model.RemovedOther, "media-fallback"},
		{"Uw browser ondersteunt geen video.", model.RemovedOther, "media-fallback"},
		{"Your browser does not support the video format the ministry chose, residents of Orrin complained for weeks after the portal opened.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
