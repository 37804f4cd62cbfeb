package claims

import "testing"

// TestLeadingVerbSource checks rule leadingVerbSource: an article and a
// short phrase opening the sentence, then a speech verb and a "that"
// word, name the source of the reported clause's figures; a figure
// before the "that" word, or no "that" near the verb, names none.
func TestLeadingVerbSource(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Polizei teilte am Abend mit, dass 14 Menschen in Velmsee verletzt wurden.", []string{"Polizei"}},
		{"fr", "La préfecture a indiqué mardi soir que 14 personnes avaient été hospitalisées à Valmont.", []string{"la préfecture"}},
		{"es", "El ayuntamiento de Tarmesa informó este martes de que 300 vecinos fueron desalojados.", []string{"el ayuntamiento de Tarmesa"}},
		{"pt", "A prefeitura informou que 14 pessoas foram levadas ao hospital de Valdora.", []string{"a prefeitura"}},
		{"nl", "De gemeente meldt dat 14 mensen naar het ziekenhuis in Veldhoven-Noord zijn gebracht.", []string{"de gemeente"}},
		{"it", "Il sindaco di Valdoria ha spiegato che 300 residenti sono stati evacuati.", []string{"il sindaco di Valdoria"}},
		// A figure before the "that" word is no reported one: who spoke
		// before 300 helpers did not state the count.
		{"de", "Der Minister sprach vor 300 Helfern und sagte, dass der Einsatz vorbei sei.", []string{""}},
		// Nor is one with no "that" near the verb.
		{"de", "Der Minister sprach am Montag in der Halle von Velmsee vor 300 Gästen.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}

// TestLeadingVerbSourceFirst checks that rule leadingVerbSource's phrase
// wins over a known name inside the reported clause: the prosecutor
// reports what the firm paid.
func TestLeadingVerbSourceFirst(t *testing.T) {
	src := []Source{{Mention: "Tarvex", Name: "Tarvex"}}
	cs := Extract("El fiscal Ordaz informó que la empresa Tarvex pagó 12 millones de euros en sobornos.", Options{Lang: "es", Sources: src})
	if len(cs) != 1 || cs[0].Source != "el fiscal Ordaz" {
		t.Fatalf("got %+v, want one claim sourced to the prosecutor", cs)
	}
}

// TestFrontedVerbSource checks rule frontedVerbSource: a short phrase
// before rule leadingVerbSource's speaker, set off by a comma or, in
// German and Dutch, followed by the verb, leaves the speaker the source;
// whom it was told to is no speaker.
func TestFrontedVerbSource(t *testing.T) {
	tests := []langCase[string]{
		{"fr", "Mardi soir, la préfecture a indiqué que 14 personnes avaient été blessées à Valmont.", []string{"la préfecture"}},
		{"es", "Este martes, el ayuntamiento informó que 300 vecinos de Tarmesa fueron desalojados.", []string{"el ayuntamiento"}},
		{"de", "Am Dienstag teilte die Polizei mit, dass 14 Menschen in Velmsee verletzt wurden.", []string{"Polizei"}},
		{"de", "Am Abend gab der Landkreis bekannt, dass 300 Anwohner in Velmsee evakuiert wurden.", []string{"Landkreis"}},
		{"nl", "Dinsdag meldde de gemeente dat 14 mensen in Veldhoven gewond raakten.", []string{"de gemeente"}},
		{"nl", "Gisteren liet de politie weten dat 300 omwonenden in Veldhoven werden geëvacueerd.", []string{"de politie"}},
		{"de", "Am Montag sagte der Bürgermeister dem Stadtrat, dass in Velmsee 40 Wohnungen fehlen.", []string{"Bürgermeister"}},
	}
	checkLang(t, tests, claimSource)
}

// TestSubjunctiveReport checks rule subjunctiveReport: a German clause
// after a comma in the Konjunktiv is reported as a "dass" clause is; in
// the indicative it stays unsourced.
func TestSubjunctiveReport(t *testing.T) {
	tests := []langCase[string]{
		{"de", "Die Polizei teilte mit, 14 Menschen in Velmsee seien verletzt worden.", []string{"Polizei"}},
		{"de", "Der Landrat sagte, der Schaden in Velmsee liege bei 2 Millionen Euro.", []string{"Landrat"}},
		{"de", "Die Polizei teilte am Abend mit, 14 Menschen wurden in Velmsee verletzt.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}
