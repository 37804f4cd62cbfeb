package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestDashInterview: an interview printed as dash paragraphs with no
// labels gives each answer right after a question to the one person the
// lead names (rule dashInterview); the interviewer's remark after an
// answer is nobody's, and with two people named before, no answer is
// given. Invented text.
func TestDashInterview(t *testing.T) {
	body := "\n\n—¿Por qué se opone al proyecto?\n\n—Porque el puerto es de los vecinos. Venderlo es perder el control del empleo.\n\n—La empresa promete contratos.\n\n—Ya lo prometió en 2015 y seguimos esperando.\n\n—¿Irán a la huelga?\n\n—Si no hay respuesta antes de marzo, sí.\n"
	one := "Entrevista: el puerto de Valdemora\n\nLucía Garrido preside el sindicato de estibadores desde 2019." + body
	got := ExtractDoc(people.AnalyzeLang(one, "es"), Options{})
	want := []string{"Porque el puerto es de los vecinos. Venderlo es perder el control del empleo.", "Si no hay respuesta antes de marzo, sí."}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %d answers", got, len(want))
	}
	for i, q := range got {
		if q.Text != want[i] || q.Speaker != "Lucía Garrido" {
			t.Errorf("answer %d: got %+v, want %q by Lucía Garrido", i, q, want[i])
		}
	}
	two := "Entrevista: el puerto de Valdemora\n\nLucía Garrido preside el sindicato desde 2019 y Jorge Villena lo dirigió antes." + body
	if got := ExtractDoc(people.AnalyzeLang(two, "es"), Options{}); len(got) != 0 {
		t.Errorf("two people named: got %+v, want no quote", got)
	}
}

// TestLabelledInterview: an interview whose turns are labelled "D:" and
// "R:" gives each answer to the one person the lead names (rule
// dashInterview, interviewMark). Invented text.
func TestLabelledInterview(t *testing.T) {
	text := "Intervista a Lucia Garbin\n\nLucia Garbin guida il sindacato dei portuali di Valmora dal 2019.\n\nD: Perché si oppone al progetto?\n\nR: Perché il porto appartiene ai cittadini. Venderlo significa perdere il controllo del lavoro.\n\nD: Scenderete in sciopero?\n\nR: Se non arriva una risposta entro marzo, sì."
	got := ExtractDoc(people.AnalyzeLang(text, "it"), Options{})
	want := []string{"Perché il porto appartiene ai cittadini. Venderlo significa perdere il controllo del lavoro.", "Se non arriva una risposta entro marzo, sì."}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %d answers", got, len(want))
	}
	for i, q := range got {
		if q.Text != want[i] || q.Speaker != "Lucia Garbin" {
			t.Errorf("answer %d: got %+v, want %q by Lucia Garbin", i, q, want[i])
		}
	}
}

// interviewMarkCases: the marks of rule dashInterview.
var interviewMarkCases = []struct {
	text string
	cs   int
	kind byte
}{
	{"—¿Por qué?", len("—"), 'd'},
	{"P: ¿Por qué?", 3, 'q'},
	{"Antwort: Weil.", 9, 'a'},
	{"Réponse : Parce que.", len("Réponse : "), 'a'},
	{"Kellmar: ein Hafen", 0, 0},
	{"Ein langer Satz ohne Doppelpunkt.", 0, 0},
}

func TestInterviewMark(t *testing.T) {
	for _, c := range interviewMarkCases {
		cs, kind := interviewMark(c.text, 0, len(c.text))
		if kind != c.kind || kind != 0 && cs != c.cs {
			t.Errorf("interviewMark(%q) = %d, %q; want %d, %q", c.text, cs, kind, c.cs, c.kind)
		}
	}
}
