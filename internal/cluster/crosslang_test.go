package cluster

import (
	"testing"
	"time"
)

// TestClusterCrossLanguage: rule cross-language. Two German and two
// English reports of one invented ferry accident are one story; a German
// brief naming the same town and harbour master, and an English report
// of the town's council, are stories of their own.
func TestClusterCrossLanguage(t *testing.T) {
	day := time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: "de1", Title: "Fährunglück vor Ostervik: 23 Verletzte", Text: "Beim Zusammenstoß der Fähre Marlen mit einer Mole im Hafen von Ostervik sind am Samstag 23 Menschen verletzt worden. Die Reederei Nordline teilte mit, das Schiff sei mit 310 Passagieren unterwegs gewesen. Hafenkapitän Sven Aalto sagte, der Nebel sei sehr dicht gewesen. Die Polizei hat die Ermittlungen aufgenommen."},
		{ID: "de2", Title: "Ermittlungen nach Unfall der Fähre Marlen", Text: "Nach dem Unfall im Hafen von Ostervik prüfen die Ermittler, warum die Fähre gegen die Mole fuhr. An Bord waren 310 Passagiere, 23 von ihnen wurden verletzt. Die Reederei Nordline wollte sich zunächst nicht äußern. Der Schaden an der Mole wird auf 1,2 Millionen Euro geschätzt."},
		{ID: "en1", Title: "Ferry hits harbour wall in Ostervik, injuring 23", Text: "A ferry carrying 310 passengers struck a harbour wall in Ostervik on Saturday, injuring 23 people. The operator, Nordline, said the Marlen had been approaching the port in thick fog. Harbour master Sven Aalto said visibility had been under fifty metres."},
		{ID: "en2", Title: "Fog blamed as Nordline ferry crashes into pier", Text: "Thick fog was blamed after the Nordline ferry Marlen crashed into a pier in Ostervik, leaving 23 of its 310 passengers hurt. Damage to the pier was estimated at 1.2 million euros, port officials said."},
		{ID: "brief", Title: "Neuer Leiter für den Hafen von Ostervik", Text: "Der neue Hafenkapitän von Ostervik heißt Sven Aalto. Der 52-Jährige war zuvor bei der Küstenwache tätig. Er wolle den Hafen für Kreuzfahrtschiffe attraktiver machen, sagte Aalto."},
		{ID: "council", Title: "Ostervik council backs new library", Text: "Councillors in Ostervik voted on Thursday to build a new public library on the site of the old fish market. The building will cost 8 million euros and open in two years, council leader Mia Lund said."},
	}
	for i := range docs {
		docs[i].Date = day
	}
	l := Cluster(docs)
	if l[0] != l[1] || l[2] != l[3] {
		t.Fatalf("each language's reports split: %v", l)
	}
	if l[0] != l[2] {
		t.Errorf("the German and English reports of the accident are two stories: %v", l)
	}
	if l[4] == l[0] || l[5] == l[0] {
		t.Errorf("the brief or the council report joined the accident: %v", l)
	}
}
