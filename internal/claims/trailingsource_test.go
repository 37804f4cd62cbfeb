package claims

import "testing"

// TestTrailingVerbSource checks rule trailingVerbSource: a speech verb
// after a comma, then an article and a short phrase that ends the
// sentence or meets a preposition, names the source; an article of whom
// it was told to, or a date after the verb, names none.
func TestTrailingVerbSource(t *testing.T) {
	tests := []langCase[string]{
		{"nl", "Het aantal daklozen in Veldhoven-Oost steeg tot 1.240 personen, meldt de gemeente.", []string{"de gemeente"}},
		{"fr", "Le chômage à Velmont a reculé à 6,9 %, a annoncé la préfecture.", []string{"la préfecture"}},
		{"es", "Habrá una rebaja de hasta 30% en los sueldos, informó el sindicato en un comunicado.", []string{"el sindicato"}},
		{"de", "Die Zahl der Einsätze stieg auf 412, erklärte die Feuerwehr am Montag.", []string{"Feuerwehr"}},
		{"fr", "Le centre de Velmont a débloqué 12 millions d'euros, a indiqué sa direction mardi.", []string{"sa direction"}},
		{"nl", "Er zijn 40 inbraken gemeld, meldde de politie gisteren.", []string{"de politie"}},
		{"es", "Vamos a crear 400 empleos en Tarmesa, dijo al público reunido.", []string{""}},
		{"es", "La ministra de Velmar, indicó el martes que habrá 300 nuevas plazas.", []string{""}},
		{"es", "Habrá 300 nuevas plazas en Tarmesa, dijo el martes.", []string{""}},
	}
	checkLang(t, tests, claimSource)
}
