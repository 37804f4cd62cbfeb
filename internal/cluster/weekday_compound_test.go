package cluster

import "testing"

// compoundDocs are invented, undated German reports of one saga in one
// town, Hollbach: the council approving a bypass on Tuesday evening (three
// outlets) and protesters occupying its site on Thursday evening (three
// outlets), each dated by a compound of the weekday and the time of day,
// as German news writes the evening's events.
var compoundDocs = []eventDoc{
	{"rat-1", "Hollbacher Rat billigt Umgehungsstraße",
		"Der Stadtrat von Hollbach hat am Dienstagabend die Ostumgehung mit 31 zu 12 Stimmen gebilligt. Bürgermeisterin Ingrid Falkner sagte, die Straße werde die Lastwagen aus der Innenstadt holen. Die Bürgerinitiative Hollbacher Wiesen kündigte Widerstand an. Die Bauarbeiten sollen im Mai beginnen.", 1},
	{"rat-2", "Mehrheit für Ostumgehung in Hollbach",
		"Mit 31 zu 12 Stimmen hat der Hollbacher Stadtrat am Dienstagabend für die Ostumgehung gestimmt. Ingrid Falkner, die Bürgermeisterin, sagte, Lastwagen würden die Innenstadt nicht mehr durchqueren. Die Bürgerinitiative Hollbacher Wiesen nannte die Entscheidung einen Fehler. Gebaut werden soll ab Mai.", 1},
	{"rat-3", "Stadtrat stimmt für Umgehung",
		"Die Ostumgehung von Hollbach hat am Dienstagabend die Zustimmung des Stadtrats erhalten, mit 31 zu 12 Stimmen. Bürgermeisterin Ingrid Falkner sagte, die Innenstadt werde frei von Lastwagen. Die Bürgerinitiative Hollbacher Wiesen will weiter gegen die Straße kämpfen. Die Arbeiten beginnen im Mai.", 1},
	{"camp-1", "Demonstranten besetzen Baustelle in Hollbach",
		"Mitglieder der Bürgerinitiative Hollbacher Wiesen haben am Donnerstagabend das Gelände der Ostumgehung in Hollbach besetzt, zwei Tage nachdem der Stadtrat die Straße mit 31 zu 12 Stimmen gebilligt hatte. Bürgermeisterin Ingrid Falkner sagte, die Straße werde trotzdem gebaut. Die Gruppe will bleiben.", 2},
	{"camp-2", "Zeltlager auf der Trasse der Ostumgehung",
		"Die Bürgerinitiative Hollbacher Wiesen hat am Donnerstagabend ein Lager auf der Trasse der Hollbacher Ostumgehung errichtet. Der Stadtrat hatte die Straße mit 31 zu 12 Stimmen gebilligt, und Ingrid Falkner, die Bürgermeisterin, sagte, Lastwagen würden die Innenstadt nicht mehr durchqueren. Die Bauarbeiten sollen im Mai beginnen.", 2},
	{"camp-3", "Zelte auf der Hollbacher Umgehungstrasse",
		"In Hollbach wurden am Donnerstagabend Zelte aufgebaut, als Demonstranten der Bürgerinitiative Hollbacher Wiesen die geplante Trasse der Ostumgehung besetzten, die der Stadtrat mit 31 zu 12 Stimmen gebilligt hat. Bürgermeisterin Ingrid Falkner sagte, die Innenstadt werde frei von Lastwagen, gebaut werde ab Mai. Die Demonstranten wollen bleiben.", 2},
}

// TestClusterWeekdayCompound: rule weekday-compound. The vote and the
// camp share the town, the road, the mayor and the campaign; told on
// different weekdays, written only as compounds of the weekday and the
// evening, they are two stories, each whole.
func TestClusterWeekdayCompound(t *testing.T) {
	wantTwoEventsAmongBriefs(t, compoundDocs, "the vote and the camp")
}
