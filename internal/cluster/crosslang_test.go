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

// TestClusterCrossLanguageFrench: rule cross-language beyond German. Two
// French reports of the ferry accident join the English ones; a French
// report of another event in the town stays apart.
func TestClusterCrossLanguageFrench(t *testing.T) {
	day := time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: "fr1", Title: "Un ferry heurte une jetée à Ostervik : 23 blessés", Text: "Un ferry de la compagnie Nordline, le Marlen, a heurté samedi une jetée du port d'Ostervik. Selon la police, 23 des 310 passagers ont été blessés. Le capitaine du port, Sven Aalto, a évoqué un brouillard très dense. Les dégâts sont estimés à 1,2 million d'euros."},
		{ID: "fr3", Title: "Après l'accident du Marlen, les questions se multiplient", Text: "Comment un ferry a-t-il pu percuter la jetée par un temps pareil ? Les enquêteurs veulent comprendre pourquoi le navire de la compagnie Nordline n'a pas ralenti à l'approche du port. Parmi les passagers, 23 personnes ont été blessées, dont trois gravement. La compagnie a refusé tout commentaire et promet une enquête interne. Les syndicats de marins dénoncent depuis des mois des cadences trop rapides."},
		{ID: "en1", Title: "Ferry hits harbour wall in Ostervik, injuring 23", Text: "A ferry carrying 310 passengers struck a harbour wall in Ostervik on Saturday, injuring 23 people. The operator, Nordline, said the Marlen had been approaching the port in thick fog. Harbour master Sven Aalto said visibility had been under fifty metres."},
		{ID: "en2", Title: "Ferry crashes into harbour wall in thick fog", Text: "A Nordline ferry carrying 310 passengers crashed into a harbour wall in thick fog in Ostervik on Saturday, injuring 23 people. The Marlen had been approaching the port, the operator said. Damage was estimated at 1.2 million euros."},
		{ID: "fr2", Title: "Ostervik inaugure une nouvelle bibliothèque", Text: "La ville d'Ostervik a inauguré jeudi une nouvelle bibliothèque sur le site de l'ancien marché aux poissons. Le bâtiment a coûté 8 millions d'euros, selon la maire Mia Lund, qui espère attirer les familles."},
	}
	for i := range docs {
		docs[i].Date = day
	}
	l := Cluster(docs)
	if l[0] != l[1] || l[2] != l[3] {
		t.Fatalf("each language's reports split: %v", l)
	}
	if l[0] != l[2] {
		t.Errorf("the French and English reports of the accident are two stories: %v", l)
	}
	if l[4] == l[0] {
		t.Errorf("the library joined the accident: %v", l)
	}
}
