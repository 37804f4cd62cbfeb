// Package lexicon holds word lists Lede's stages share, kept as data: the
// speech verbs that introduce quotations ("said", "told", "according to").
package lexicon

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:embed speechverbs.txt
var speechVerbData string

var (
	speechOnce sync.Once
	speechSet  map[string]struct{}
	speechList []string
)

func loadSpeech() {
	speechSet = make(map[string]struct{}, 512)
	for _, line := range strings.Split(speechVerbData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for w := range strings.FieldsSeq(line) {
			w = strings.ReplaceAll(strings.ToLower(w), "_", " ")
			if _, dup := speechSet[w]; !dup {
				speechSet[w] = struct{}{}
				speechList = append(speechList, w)
			}
		}
	}
	sort.Strings(speechList)
}

// IsSpeechVerb reports whether word (any case; a phrase such as "according
// to" or "pointed out" with single spaces) is a speech verb or one of its
// inflections.
func IsSpeechVerb(word string) bool {
	speechOnce.Do(loadSpeech)
	if _, ok := speechSet[word]; ok {
		return true
	}
	_, ok := speechSet[strings.ToLower(word)]
	return ok
}

// SpeechVerbs returns every speech verb form of the lexicon, lower-case and
// sorted; multi-word entries hold single spaces. The slice is a copy.
func SpeechVerbs() []string {
	speechOnce.Do(loadSpeech)
	return append([]string(nil), speechList...)
}
