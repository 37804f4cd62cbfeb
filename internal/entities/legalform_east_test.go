package entities

import (
	"slices"
	"testing"
)

// TestLegalFormEast pins rules legalFormPrefix and legalFormSuffix on
// invented sentences: a Russian form before a name in quotation marks
// makes the name a company's (the form alone none), a Polish or Turkish
// form after capitalised words closes a company's name, a noun for a
// company opening the sentence left out.
func TestLegalFormEast(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Суд обязал ООО «Велм Плюс» выплатить штраф. ПАО «Велмгаз» не участвовало в деле.", []string{"Велм Плюс", "Велмгаз"}},
		{"pl", "Spółka Velmo Energia S.A. podała wyniki. Akcje firmy Velmski i Synowie sp. z o.o. wzrosły.", []string{"Velmo Energia S.A.", "Velmski i Synowie sp. z o.o."}},
		{"tr", "Yeni yatırımı Velmo Yapı A.Ş. açıkladı.", []string{"Velmo Yapı A.Ş."}},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: tt.lang})
		got := sortedNames(orgs)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: organisations %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestApostropheCase pins rule apostropheCase on an invented Turkish
// sentence: a place with its case ending after an apostrophe is the
// place, its dotted capital read as the word lists' "I".
func TestApostropheCase(t *testing.T) {
	text := "Bakan, İzmir'deki toplantıdan sonra Ankara'ya döndü."
	_, places := Find(text, Options{Lang: "tr"})
	got := sortedNames(places)
	if want := []string{"Ankara", "Izmir"}; !slices.Equal(got, want) {
		t.Errorf("%q: places %q, want %q", text, got, want)
	}
}
