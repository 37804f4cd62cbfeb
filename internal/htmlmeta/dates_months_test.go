package htmlmeta

import (
	"testing"
	"time"
)

// TestCatalanMonths pins rule dateCatalan: the twelve Catalan months, the
// elided "d'" (straight or curly apostrophe) before a vowel, "del" before
// the year, and an abbreviated month.
func TestCatalanMonths(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"12 de gener de 2031", "2031-01-12"},
		{"Dimarts, 4 de febrer de 2031", "2031-02-04"},
		{"21 de març de 2031, 09:15", "2031-03-21"},
		{"9 d'abril de 2031", "2031-04-09"},
		{"30 de maig del 2031", "2031-05-30"},
		{"1 de juny de 2031", "2031-06-01"},
		{"15 de juliol de 2031", "2031-07-15"},
		{"3 d’agost de 2031", "2031-08-03"},
		{"27 de setembre de 2031", "2031-09-27"},
		{"6 d'octubre de 2031", "2031-10-06"},
		{"11 de novembre de 2031", "2031-11-11"},
		{"24 de desembre de 2031", "2031-12-24"},
		{"8 febr. 2031", "2031-02-08"},
		{"l'agost va ser sec", ""},
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCatalanBylineDate: an invented Catalan page dated only by the date
// line under its headline gets that date.
func TestCatalanBylineDate(t *testing.T) {
	page := `<html lang="ca"><head><title>La fira de Montblau obre portes | El Correu de la Vall</title></head>
<body><article><h1>La fira de Montblau obre portes</h1>
<div class="autor">Marta Pujolràs</div><div class="data">Dijous, 3 d'agost de 2026</div>
<p>La fira de tardor de Montblau ha obert portes aquest matí amb més parades que mai i una bona entrada de visitants des de primera hora.</p>
<p>Els organitzadors confien que el bon temps acompanyi tot el cap de setmana.</p>
</article></body></html>`
	m := Extract(parse(t, page), "https://correu-vall.example/fira-montblau", testNow)
	if m.Published == nil || dayOf(m.Published.Value) != "2026-08-03" {
		t.Fatalf("Published = %+v, want 2026-08-03", m.Published)
	}
}

// TestSouthSlavicGenitive pins rule dateSouthSlavicGenitive: Serbian
// genitive months in both alphabets and Slovene months read; a Croatian
// date keeps its own month (rule dateBalkanMonths).
func TestSouthSlavicGenitive(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"12. јануара 2031.", "2031-01-12"},
		{"4. фебруара 2031. у 10:15", "2031-02-04"},
		{"9. априла 2031.", "2031-04-09"},
		{"1. јуна 2031.", "2031-06-01"},
		{"15. јула 2031.", "2031-07-15"},
		{"27. септембра 2031.", "2031-09-27"},
		{"12. новембра 2031.", "2031-11-12"},
		{"24. децембра 2031.", "2031-12-24"},
		{"12. januara 2031.", "2031-01-12"},
		{"3. avgusta 2031.", "2031-08-03"},
		{"5. februarja 2031", "2031-02-05"},
		{"3. marec 2031", "2031-03-03"},
		{"18. julija 2031", "2031-07-18"},
		{"12. studenoga 2031.", "2031-11-12"},
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSerbianBylineDate: an invented Serbian page in Cyrillic dated only
// by the date line under its headline gets that date.
func TestSerbianBylineDate(t *testing.T) {
	page := `<html lang="sr"><head><title>Нови мост преко Равнице | Гласник Подриња</title></head>
<body><article><h1>Нови мост преко Равнице отворен за саобраћај</h1>
<div class="autor">Милица Драговић</div><div class="datum">Среда, 14. октобра 2026. 11:20</div>
<p>Нови мост преко реке Равнице јутрос је отворен за саобраћај, после две године радова и неколико одлагања због високог водостаја.</p>
<p>Мештани околних села кажу да ће им пут до града сада бити краћи за пола сата.</p>
</article></body></html>`
	m := Extract(parse(t, page), "https://glasnik-podrinja.example/most-ravnica", testNow)
	if m.Published == nil || dayOf(m.Published.Value) != "2026-10-14" {
		t.Fatalf("Published = %+v, want 2026-10-14", m.Published)
	}
}

// TestFarMonths pins rule dateFarMonths: a date in each of its
// languages reads; Malay "Mac" between a number and a year does not.
func TestFarMonths(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"14. juuli 2031", "2031-07-14"},
		{"2. veebruar 2031, 09:40", "2031-02-02"},
		{"14 nëntor 2031", "2031-11-14"},
		{"E hënë, 3 qershor 2031", "2031-06-03"},
		{"14 noyabr 2031", "2031-11-14"},
		{"5 avqust 2031", "2031-08-05"},
		{"14 лістапада 2031", "2031-11-14"},
		{"14 نومبر 2031", "2031-11-14"},
		{"14 Novemba 2031", "2031-11-14"},
		{"9 Ogos 2031", "2031-08-09"},
		{"22 Disember 2031", "2031-12-22"},
		{"Top 5 Mac 2031 laptops", ""},
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAlbanianBylineDate: an invented Albanian page dated only by the
// date line under its headline gets that date.
func TestAlbanianBylineDate(t *testing.T) {
	page := `<html lang="sq"><head><title>Ura e re mbi lumin Drenica | Gazeta e Luginës</title></head>
<body><article><h1>Ura e re mbi lumin Drenica hapet për qarkullim</h1>
<div class="autori">Arta Berisha</div><div class="data">14 tetor 2026, 11:20</div>
<p>Ura e re mbi lumin Drenica u hap sot për qarkullim, pas dy vitesh punimesh dhe disa shtyrjesh për shkak të ujërave të larta.</p>
<p>Banorët e fshatrave përreth thonë se rruga për në qytet tani do të jetë gjysmë ore më e shkurtër.</p>
</article></body></html>`
	m := Extract(parse(t, page), "https://gazeta-lugines.example/ura-drenica", testNow)
	if m.Published == nil || dayOf(m.Published.Value) != "2026-10-14" {
		t.Fatalf("Published = %+v, want 2026-10-14", m.Published)
	}
}

// TestAustrianMonths pins rule dateAustrianMonths: "Jän." and "Feber"
// date an Austrian page, here its date line under the headline.
func TestAustrianMonths(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"14. Jän. 2031, 09:12", "2031-01-14"},
		{"3. Jän 2031", "2031-01-03"},
		{"2. Feber 2031", "2031-02-02"},
		{"14. Jänner 2031", "2031-01-14"},
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	page := `<html lang="de-AT"><head><title>Neue Fähre | Aldmunder Rundschau</title></head>
<body><article><h1>Die Fähre fährt zweimal am Tag</h1>
<p class="byline">Ivo Marchetti</p><p class="datum">14. Jän. 2026, 09:12</p>
<p>Die Fähre zwischen Aldmund und den Inseln fährt ab nächster Woche zweimal am Tag, teilte die Reederei am Freitag nach monatelangen Beschwerden mit.</p>
<p>Die Inselbewohner hatten lange um eine Abendfahrt gebeten.</p></article></body></html>`
	m := Extract(parse(t, page), "https://aldmunder-rundschau.example/faehre", testNow)
	if m.Published == nil || dayOf(m.Published.Value) != "2026-01-14" {
		t.Errorf("Published = %+v, want 2026-01-14", m.Published)
	}
}
