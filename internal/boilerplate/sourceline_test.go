package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSourceAgencyLineMoreLanguages: rule source-agency-line-more-languages
// reads the source labels, national agencies and conjunctions of more
// languages, and a source line in brackets; a source that names anything
// else, or a sentence opening with the label and an agency, stays.
func TestSourceAgencyLineMoreLanguages(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Källa: TT", model.RemovedByline, "wire-credits"},
		{"Källor: TT och Reuters", model.RemovedByline, "wire-credits"},
		{"Kilde: NTB og Ritzau", model.RemovedByline, "wire-credits"},
		{"Lähde: STT", model.RemovedByline, "wire-credits"},
		{"Forrás: MTI", model.RemovedByline, "wire-credits"},
		{"Zdroj: ČTK", model.RemovedByline, "wire-credits"},
		{"Zdroj: TASR a Reuters", model.RemovedByline, "wire-credits"},
		{"Kaynak: AA", model.RemovedByline, "wire-credits"},
		{"Kaynak: Anadolu Ajansı", model.RemovedByline, "wire-credits"},
		{"Источник: ТАСС", model.RemovedByline, "wire-credits"},
		{"Источник: РИА Новости", model.RemovedByline, "wire-credits"},
		{"Джерело: Укрінформ", model.RemovedByline, "wire-credits"},
		{"Izvor: Hina", model.RemovedByline, "wire-credits"},
		{"Sursa: Agerpres", model.RemovedByline, "wire-credits"},
		{"Fuente: Agencias", model.RemovedByline, "wire-credits"},
		{"Fonte: Agência Lusa", model.RemovedByline, "wire-credits"},
		{"(Quelle: dpa)", model.RemovedByline, "wire-credits"},
		{"(Fuente: EFE)", model.RemovedByline, "wire-credits"},
		// a statistics office under a chart, a sentence, an agency and a person
		{"Källa: Statistiska centralbyrån", "", ""},
		{"Kaynak: TT bildirdi ki feribot seferleri iptal edildi", "", ""},
		{"Источник: ТАСС сообщил, что паром отменён до весны", "", ""},
		{"Kilde: NTB og en lokal fisker", "", ""},
		{"(Source: harbour officials)", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}

// TestWithAgencyLine: rule with-agency-line reads the credit naming the
// agencies after "with" in French, German, Spanish, Portuguese and
// Italian, after the outlet's name or alone, bracketed or not; a line
// naming anything else, or a sentence, stays.
func TestWithAgencyLine(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Avec AFP", model.RemovedByline, "wire-credits"},
		{"(avec AFP et Reuters)", model.RemovedByline, "wire-credits"},
		{"Le Courrier de Valmorel avec AFP", model.RemovedByline, "wire-credits"},
		{"mit dpa", model.RemovedByline, "wire-credits"},
		{"Mit Material von dpa und Reuters", model.RemovedByline, "wire-credits"},
		{"Con información de EFE", model.RemovedByline, "wire-credits"},
		{"Con información de agencias", model.RemovedByline, "wire-credits"},
		{"Com informações da Lusa", model.RemovedByline, "wire-credits"},
		{"(con ANSA)", model.RemovedByline, "wire-credits"},
		{"Le maire est venu avec sa femme", "", ""},
		{"Le maire a parlé longuement à la presse locale, puis à la radio, avec AFP", "", ""},
		{"Avec AFP, le maire a parlé.", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}

// TestBracketedAgencyLine: rule bracketed-agency-line reads agencies
// alone in brackets as the copy's credit; anything else in brackets stays.
func TestBracketedAgencyLine(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"(ANP)", model.RemovedByline, "wire-credits"},
		{"(TT)", model.RemovedByline, "wire-credits"},
		{"(NTB/Ritzau)", model.RemovedByline, "wire-credits"},
		{"(ANP, Reuters)", model.RemovedByline, "wire-credits"},
		{"(ТАСС)", model.RemovedByline, "wire-credits"},
		{"(the harbour master)", "", ""},
		{"(TT and a local fisherman)", "", ""},
	}
	for _, tt := range tests {
		kind, rule, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
