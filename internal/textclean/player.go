package textclean

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// playerControls is rule player-counter: an audio or video player's
// counter, position over length on one line ("00:00 / 03:12",
// "0:00/4:05", "1:02:10 / 1:15:00"), is the player's, not the story's:
// it goes, with a playback speed ("1x", "1.5x") beside it, above or
// below. A speed alone stays ("3x" is a zoom or a ratio in a review),
// and so do a counter split over two lines ("0:00" over "/ 0:00"),
// which a WCXB gold body keeps. It returns the lines the player's
// controls take from lines[i] (0: none).
func (p *parser) playerControls(i int) int {
	line := p.lines[i]
	if playbackSpeed(line) && i+1 < len(p.lines) && playerCounter(p.lines[i+1]) {
		return 2
	}
	if !playerCounter(line) {
		return 0
	}
	if i+1 < len(p.lines) && playbackSpeed(p.lines[i+1]) {
		return 2
	}
	return 1
}

// playerCounter: s is "position / length", each a clock of minutes and
// seconds (hours first perhaps).
func playerCounter(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	return ok && playerClock(strings.TrimSpace(a)) && playerClock(strings.TrimSpace(b))
}

// playerClock: "03:12", "0:00", "1:02:10": one or two digits, then one
// or two groups of a colon and two digits (read without a copy: it is
// asked of every line).
func playerClock(s string) bool {
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return false
	}
	groups := 0
	for k < len(s) {
		if groups == 2 || k+3 > len(s) || s[k] != ':' || !model.IsDigits(s[k+1:k+3]) {
			return false
		}
		k += 3
		groups++
	}
	return groups > 0
}

// playbackSpeed: s is a player's speed button, "1x", "1.5x", "0,75x".
func playbackSpeed(s string) bool {
	if len(s) < 2 || len(s) > 5 || s[len(s)-1] != 'x' && s[len(s)-1] != 'X' {
		return false
	}
	v := s[:len(s)-1]
	v = strings.Replace(strings.Replace(v, ".", "", 1), ",", "", 1)
	return v != "" && model.IsDigits(v)
}

// lastRemovedRule is the rule of the last removed part when its text is
// line, else "".
func (p *parser) lastRemovedRule(line string) string {
	if k := len(p.a.Removed) - 1; k >= 0 && p.a.Removed[k].Text == line {
		return p.a.Removed[k].Rule
	}
	return ""
}

// listenLabels are the labels of an article's listen button, lower case:
// English, French, German, Spanish, Italian, Portuguese and Dutch. A
// slice compared with strings.EqualFold: the walk asks every line, and a
// lower-cased copy of each short line was an allocation a line
// (TestTextcleanLinearAlloc's one-word-lines).
var listenLabels = []string{"listen", "écouter", "anhören", "escuchar", "ascolta", "ouvir", "luister"}

// listenLabel: s is one of listenLabels.
func listenLabel(s string) bool {
	if len(s) > maxListenLabel {
		return false
	}
	for _, l := range listenLabels {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

// maxListenLabel is the longest of listenLabels in bytes ("anhören",
// "escuchar").
const maxListenLabel = 8

// listenUnits are the minute words of the button's length.
var listenUnits = map[string]bool{"min": true, "min.": true, "mins": true, "minute": true, "minutes": true, "minuten": true,
	"minutos": true, "minuti": true}

// maxListenMinutes bounds the length's figure: an article read aloud
// runs minutes, not hours (three digits at most).
const maxListenMinutes = 3

// listenButton is rule listen-button: an article's listen button
// flattened by a text extractor into its label over its length ("Listen"
// over "4 min", "Écouter" over "3:45") is the player's, not the story's:
// both lines go. A label alone stays: "Listen" may head a section of a
// music review. It returns the lines the button takes from lines[i] (0:
// none). lede bench extract (HTML path) and --text-from (four runs), the
// seed and the analysis runs: byte-identical (the sets hold no such
// button).
func (p *parser) listenButton(i int) int {
	if i+1 >= len(p.lines) || !listenLabel(p.lines[i]) {
		return 0
	}
	next := p.lines[i+1]
	if playerClock(next) {
		return 2
	}
	n, unit, ok := strings.Cut(next, " ")
	if !ok || n == "" || len(n) > maxListenMinutes || !model.IsDigits(n) || !listenUnits[strings.ToLower(unit)] {
		return 0
	}
	return 2
}
