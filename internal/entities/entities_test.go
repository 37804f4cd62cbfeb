package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

// entityNames lists the names of es in order, nil for none: what the
// rules' tests compare Find's organisations or places by.
func entityNames(es []model.Entity) []string {
	var names []string
	for _, e := range es {
		names = append(names, e.Name)
	}
	return names
}

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		opts   Options
		orgs   []string // "Name/type"
		places []string
	}{
		{
			name:   "lists and kinds",
			text:   "Nurses marched from St Mary’s hospital in Brackwell to Parliament Square. The Royal College of Nursing said the NHS was failing.",
			orgs:   []string{"Royal College of Nursing/organisation", "NHS/health_service"},
			places: []string{"St Mary’s hospital/hospital", "Brackwell/", "Parliament Square/square"},
		},
		{
			name: "roles and people are not names",
			text: "Labour Leader Ann Smith and Green Party MP Tom Brown spoke outside the Department for Education.",
			opts: Options{People: []string{"Ann Smith", "Tom Brown"}},
			orgs: []string{"Labour/party", "Green Party/party", "Department for Education/government"},
		},
		{
			name: "prose confusions fixed",
			text: "A new Ipsos Mori survey for the BBC says the NHS is liked.",
			orgs: []string{"Ipsos Mori/polling_firm", "BBC/broadcaster", "NHS/health_service"},
		},
		{
			name:   "streets and bridges",
			text:   "Crowds filled Downing Street and crossed Westminster Bridge towards Whitehall and Baker Street.",
			places: []string{"Downing Street/area", "Westminster Bridge/bridge", "Whitehall/area", "Baker Street/street"},
		},
		{
			name: "acronym merged with its long form",
			text: "The British Dental Council warned ministers. The BDC said fees would rise.",
			orgs: []string{"British Dental Council/organisation"},
		},
		{
			name: "media markers and headline capitals are not organisations",
			text: "WATCH: THE PRIME MINISTER SPEAKS (VIDEO)\n\nShe spoke to the MP in May.",
		},
		{
			name: "ambiguous names only mid-sentence",
			text: "Guardian angels helped. He wrote for the Guardian.",
			orgs: []string{"The Guardian/newspaper"},
		},
		{
			name:   "title case headline gives only listed names",
			text:   "Protesters gathered.",
			opts:   Options{Title: "Huge Crowds March Through London As Labour Rallies"},
			orgs:   []string{"Labour/party"},
			places: []string{"London/city"},
		},
		{
			name: "outlet",
			text: "Readers of the Daily Bugle know.",
			opts: Options{Outlet: "Daily Bugle"},
			orgs: []string{"Daily Bugle/outlet"},
		},
		{
			name:   "hyphens join names, not suffixes",
			text:   "A London-based charity said al-Shabaab fighters attacked Grand-Lac, and the Red Cross helped.",
			orgs:   []string{"al-Shabaab/armed_group", "Red Cross/organisation"},
			places: []string{"London/city"},
		},
		{
			name: "title case line in the body gives only listed names",
			text: "Young Farmers Desert Republican Party Over Water Rights\n\nVoters moved.",
			orgs: []string{"Republican Party/party"},
		},
		{
			name:   "two-letter and dotted capitals are not acronyms",
			text:   "He was taken to the ER in Marbridge, N.S., by the RCMP.",
			orgs:   []string{"RCMP/"},
			places: []string{"Marbridge/", "Nova Scotia/state"},
		},
		{
			name:   "dateline",
			text:   "HALBURY, Ont. — The Securities and Exchange Commission and the Labour and Green Party members met in St. Aldwin, not in American politics.",
			orgs:   []string{"Securities and Exchange Commission/government", "Labour/party", "Green Party/party"},
			places: []string{"Halbury/", "Ontario/state", "St. Aldwin/"},
		},
		{
			name: "shouted words are not acronyms",
			text: "WHAT a day, he wrote on the NAACP page at 9pm EDT.",
			orgs: []string{"NAACP/"},
		},
		{
			name:   "labels and unknown two-word names after in",
			text:   "ENERGY: Oil rose in Red Lodge and fell in Port Arlan, said a player in Rowan Tallis' group.",
			places: []string{"Port Arlan/area"},
		},
		{
			name:   "ferry operators, research units and ports",
			text:   "The operator, Kell Ferries, said the Marine Survey Unit had closed Port Sarne.",
			orgs:   []string{"Kell Ferries/company", "Marine Survey Unit/organisation"},
			places: []string{"Port Sarne/area"},
		},
		{
			name:   "two named streets joined by and",
			text:   "The lanes will run along Quarry Road and Tanner Street from June.",
			places: []string{"Quarry Road/street", "Tanner Street/street"},
		},
		{
			name:   "a team word inside a longer name is no team",
			text:   "Three United States sailors were hurt, and Harford United lost.",
			orgs:   []string{"Harford United/team"},
			places: []string{"United States/country"},
		},
		{
			name:   "teams",
			text:   "The Vancouver Canucks beat the Toronto Maple Leafs as Vancouver Kenyans and London Councils watched.",
			orgs:   []string{"Vancouver Canucks/team", "Toronto Maple Leafs/team"},
			places: []string{"Vancouver/city", "London/city"},
		},
		{
			name:   "a role word before a kind word is part of the name",
			text:   "She works at Eastmere General Hospital with General Ana Ruiz.",
			places: []string{"Eastmere General Hospital/hospital"},
		},
		{
			name: "a kind noun before a name gives its kind",
			text: "A paper in the journal Annals of Coastal Medicine says so, and the charity Tide Watch agrees.",
			orgs: []string{"Annals of Coastal Medicine/journal", "Tide Watch/organisation"},
		},
		{
			name:   "a plural possessive inside a name before its kind word",
			text:   "She chairs the Greywell Tenants' Association and spoke for Canada's Parliament.",
			orgs:   []string{"Greywell Tenants' Association/organisation", "Parliament/government"},
			places: []string{"Canada/country"},
		},
		{
			name: "local paper names",
			text: "A poll for the Brackwell Echo and the Dunmore Advertiser found it.",
			orgs: []string{"Brackwell Echo/newspaper", "Dunmore Advertiser/newspaper"},
		},
		{
			name:   "English place-name endings",
			text:   "The factory in Corby Vale will close, and so will the depot at Leith Moor.",
			places: []string{"Corby Vale/area", "Leith Moor/area"},
		},
		{
			name: "industry words end a company's name",
			text: "Shares in Halvorsen Foods fell, and Zipline Mobility said it would appeal.",
			orgs: []string{"Halvorsen Foods/company", "Zipline Mobility/company"},
		},
		{
			name:   "the town of an address",
			text:   "Tom Reed, 58, of Elm Lane, Stanfield, pleaded guilty. Ann Cole, of Mill Road, Market Deeping, denied it.",
			places: []string{"Elm Lane/street", "Stanfield/", "Mill Road/street", "Market Deeping/"},
		},
		{
			name:   "a listed place before River is the river",
			text:   "Farmers in the Colorado River basin and in Idaho agree.",
			places: []string{"Colorado River/area", "Idaho/state"},
		},
		{
			name: "club words end a team's name",
			text: "Castleford Rovers beat Millbay Athletic, and Dunmore United drew with Harford FC.",
			orgs: []string{"Castleford Rovers/team", "Millbay Athletic/team", "Dunmore United/team", "Harford FC/team"},
		},
		{
			name:   "acronym of a name's tail; 'and' does not join a listed name",
			text:   "The US Food and Drug Administration said so. The FDA and the Norland Institute of Coastal Studies and Los Angeles agreed.",
			orgs:   []string{"US Food and Drug Administration/government", "Norland Institute of Coastal Studies/organisation"},
			places: []string{"Los Angeles/city"},
		},
		{
			name: "conceptAcronym: measures, terms and titles are no organisations",
			text: "The CPI rose 2% and ESG funds grew before the IPO, an EVP at Halvorsen Foods told the NVTA.",
			orgs: []string{"Halvorsen Foods/company", "NVTA/"},
		},
		{
			name: "jargonAcronym: technical jargon and currency codes are no organisations",
			text: "The NVTA rebuilt its site in CSS and SQL for better SEO, and prices are now shown in USD.",
			orgs: []string{"NVTA/"},
		},
		{
			name: "pluralAcronym: an acronym the text writes as a plural is a common noun",
			text: "Two QRBs backed the plan. The QRB said it would vote, and the NVTA agreed.",
			orgs: []string{"NVTA/"},
		},
		{
			name: "indefiniteAcronym: an acronym heading an indefinite noun phrase is a common noun",
			text: "Halvorsen Foods hired a QXR at its depot and named a new QXR, before a NVTA summit.",
			orgs: []string{"Halvorsen Foods/company", "NVTA/"},
		},
		{
			name:   "place preposition",
			text:   "Fighting continued near Kharvik on Tuesday, and in January in Smith’s town.",
			places: []string{"Kharvik/"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orgs, places := Find(tt.text, tt.opts)
			var gotO, gotP []string
			for _, e := range orgs {
				gotO = append(gotO, e.Name+"/"+e.Type)
			}
			for _, e := range places {
				gotP = append(gotP, e.Name+"/"+e.Type)
			}
			if d := cmp.Diff(tt.orgs, gotO); d != "" {
				t.Errorf("orgs (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.places, gotP); d != "" {
				t.Errorf("places (-want +got):\n%s", d)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	orgs, _ := Find("The Dept of Health replied. The Department of Health’s spokesman and the National Health Service agreed; the NHS said so.", Options{})
	want := map[string][]string{
		"Department of Health": {"Dept of Health", "Department of Health"},
		"NHS":                  {"National Health Service", "NHS"},
	}
	if len(orgs) != len(want) {
		t.Fatalf("got %d orgs %+v, want %d", len(orgs), orgs, len(want))
	}
	for _, o := range orgs {
		if d := cmp.Diff(want[o.Name], o.Mentions); d != "" {
			t.Errorf("%s mentions (-want +got):\n%s", o.Name, d)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"St Thomas’ hospital", "U.S. and the NHS", "Department of of", "’s ' ’", "A.B.C.D.", "in X’", "River",
		"Banca d'", "Ministère de la", "Die Zentralbank", "Comisión Europea y", "l'Ä dell’É", "der Europäischen Kommission",
		"à Carvelon et", "ville de", "des Landesamts", "s", "des Amts", "Die Stadt", "Universität X", "des Ministeriums", "Gewerkschaft", "em Á e Ó",
		"Der Bund der Velmer (BdV). Der BdV", "l'Ente idrico (Ei) (", "Velmo, ein Verband", "Velmo, l'associazione e", "A B C D (ABCD)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// English, and languages with rules of their own (i18n.go).
		for _, lang := range []string{"", "fr", "de", "it", "es", "pt", "nl"} {
			orgs, places := Find(s, Options{People: []string{s}, Title: s, Outlet: s, Lang: lang, FirstName: func(w string) bool { return len(w) == 4 }})
			for _, e := range append(orgs, places...) {
				if e.Name == "" || len(e.Mentions) == 0 {
					t.Fatalf("empty entity %+v", e)
				}
			}
		}
	})
}
