package people

import "testing"

// TestStaffRoles covers rule staffRoles: players' positions, captains,
// scorers, coaches called technicians, officials and advisers are roles
// before a name in German, French, Spanish, Italian, Portuguese and
// Dutch, and the adjective that shares the coach's word takes no name.
// Texts and names invented.
func TestStaffRoles(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"de", "Torschütze Jonas Kellwerth traf in der 80. Minute zum Ausgleich.", "Jonas Kellwerth", "Torschütze"},
		{"de", "Torwart Felix Ostermeyr hielt den Elfmeter in der Nachspielzeit.", "Felix Ostermeyr", "Torwart"},
		{"fr", "L'attaquant Julien Marvaux a marqué deux buts en seconde période.", "Julien Marvaux", "attaquant"},
		{"fr", "Le fonctionnaire Denis Coutrel a été entendu par les enquêteurs.", "Denis Coutrel", "fonctionnaire"},
		{"es", "El técnico Arturo Benvela celebró la victoria de su equipo.", "Arturo Benvela", "técnico"},
		{"es", "El funcionario Hernán Oyarvel declaró ante el juez durante dos horas.", "Hernán Oyarvel", "funcionario"},
		{"it", "Il tecnico Giorgio Santavelli ha elogiato la squadra dopo la partita.", "Giorgio Santavelli", "tecnico"},
		{"pt", "O avançado Rui Carvelhal marcou dois golos na segunda parte.", "Rui Carvelhal", "avançado"},
		{"pt", "O assessor Tiago Fravelo confirmou a saída do ministro.", "Tiago Fravelo", "assessor"},
		{"nl", "De ambtenaar Pieter van Houvelt krijgt een nieuwe functie bij de gemeente.", "Pieter van Houvelt", "ambtenaar"},
		{"nl", "De doelman Bram Hoekvelt stopte een strafschop in de slotminuut.", "Bram Hoekvelt", "doelman"},
		// A player, by the plain noun ("o jogador", "el jugador").
		{"pt", "O jogador Tarcísio Valmadão marcou o golo da vitória no domingo.", "Tarcísio Valmadão", "jogador"},
		{"es", "El jugador Cipriano Velmonte se lesionó en el entrenamiento del martes.", "Cipriano Velmonte", "jugador"},
		{"fr", "Le joueur Anatole Verdival a signé un contrat de trois ans.", "Anatole Verdival", "joueur"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
	// The adjective ("the technical defence of NAME") is no role.
	text := "La defensa técnica de Mario Quesvel recurrirá la sentencia ante el tribunal."
	for _, p := range AnalyzeLang(text, "es").People {
		if p.Name == "Mario Quesvel" && len(p.Roles) > 0 {
			t.Errorf("%q: Mario Quesvel has roles %q, want none", text, p.Roles)
		}
	}
}
