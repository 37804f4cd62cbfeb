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
	checkCrossLanguage(t, docs, day, "German")
}

// checkCrossLanguage clusters docs, all dated day: the first two are
// reports of one accident in lang, the next two English ones, the rest
// stories of their own. The four must be one story, the rest apart.
func checkCrossLanguage(t *testing.T, docs []Doc, day time.Time, lang string) {
	t.Helper()
	for i := range docs {
		docs[i].Date = day
	}
	l := Cluster(docs)
	if l[0] != l[1] || l[2] != l[3] {
		t.Fatalf("each language's reports split: %v", l)
	}
	if l[0] != l[2] {
		t.Errorf("the %s and English reports of the accident are two stories: %v", lang, l)
	}
	for i := 4; i < len(l); i++ {
		if l[i] == l[0] {
			t.Errorf("%s (another story) joined the accident: %v", docs[i].ID, l)
		}
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
	checkCrossLanguage(t, docs, day, "French")
}

// TestClusterCrossLanguageGuards: rule cross-language's guards. Reports
// of one invented accident in two languages stay apart when they lie
// more than Window apart; a German and an English report sharing only
// figures (no name) stay apart, and so do two sharing fewer than
// minCrossAnchors; a German report sharing as many anchors
// with two English stories joins neither.
func TestClusterCrossLanguageGuards(t *testing.T) {
	day := time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC)
	t.Run("window", func(t *testing.T) {
		docs := []Doc{
			{ID: "de", Date: day, Title: "Fährunglück vor Ostervik: 23 Verletzte", Text: "Beim Zusammenstoß der Fähre Marlen mit einer Mole im Hafen von Ostervik sind am Samstag 23 Menschen verletzt worden. Die Reederei Nordline teilte mit, das Schiff sei mit 310 Passagieren unterwegs gewesen. Hafenkapitän Sven Aalto sagte, der Nebel sei sehr dicht gewesen."},
			{ID: "en", Date: day.Add(2*Window + time.Hour), Title: "Ferry hits harbour wall in Ostervik, injuring 23", Text: "A ferry carrying 310 passengers struck a harbour wall in Ostervik, injuring 23 people. The operator, Nordline, said the Marlen had been approaching the port in thick fog. Harbour master Sven Aalto said visibility had been under fifty metres."},
		}
		if l := Cluster(docs); l[0] == l[1] {
			t.Errorf("reports weeks apart joined: %v", l)
		}
		docs[1].Date = day
		if l := Cluster(docs); l[0] != l[1] {
			t.Errorf("reports of one day apart: %v", l)
		}
	})
	t.Run("figures", func(t *testing.T) {
		docs := []Doc{
			{ID: "de", Date: day, Title: "Brand in einer Lagerhalle", Text: "Bei einem Brand in einer Lagerhalle wurden am Montag 14 Menschen verletzt. Mehr als 230 Einsatzkräfte waren im Einsatz, der Schaden wird auf 3,5 Millionen geschätzt."},
			{ID: "en", Date: day, Title: "School roof collapses after storm", Text: "A school roof collapsed after a storm, and 14 pupils were hurt. Some 230 parents waited outside, and repairs will cost 3.5 million."},
		}
		if l := Cluster(docs); l[0] == l[1] {
			t.Errorf("reports sharing only figures joined: %v", l)
		}
	})
	t.Run("two anchors", func(t *testing.T) {
		docs := []Doc{
			{ID: "de", Date: day, Title: "Neue Bäume am Hafen", Text: "In Ostervik haben am Samstag mehr als 23 Freiwillige neue Linden am Hafen gepflanzt. Die Bäume sollen den Platz vor dem alten Zollhaus beschatten, sagte eine Sprecherin der Stadt."},
			{ID: "en", Date: day, Title: "Volunteers plant trees", Text: "More than 23 volunteers planted lime trees by the harbour in Ostervik on Saturday, to shade the square in front of the old customs house."},
		}
		if l := Cluster(docs); l[0] == l[1] {
			t.Errorf("reports sharing two anchors joined: %v", l)
		}
	})
	t.Run("tie", func(t *testing.T) {
		docs := []Doc{
			{ID: "de", Date: day, Title: "Neuer Hafenkapitän in Ostervik", Text: "Der neue Hafenkapitän von Ostervik heißt Sven Aalto. Er arbeitete zuvor bei der Reederei Nordline. Er wolle den Hafen für Kreuzfahrtschiffe attraktiver machen, sagte Aalto."},
			{ID: "match", Date: day, Title: "Home side wins the cup final", Text: "The cup final in Ostervik was won by the home side, two goals to one, watched from the stand by Sven Aalto, the guest of honour, and by the sponsor, Nordline."},
			{ID: "library", Date: day, Title: "Library opens its doors", Text: "The town library reopened after repairs paid for by Nordline, the ferry company, and by Ostervik council. Its first reader was Sven Aalto."},
		}
		l := Cluster(docs)
		if l[1] == l[2] {
			t.Fatalf("the two English stories are one: %v", l)
		}
		if l[0] == l[1] || l[0] == l[2] {
			t.Errorf("the German report joined one of two English stories it shares as much with: %v", l)
		}
	})
}
