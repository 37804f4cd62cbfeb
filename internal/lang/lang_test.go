package lang

import (
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The council voted on Wednesday to build new cycle lanes along the river, the largest change to the streets in a generation.", "en"},
		{"german", "Der Stadtrat hat am Mittwoch beschlossen, neue Radwege entlang des Flusses zu bauen, die größte Veränderung seit einer Generation.", "de"},
		{"french", "Le conseil municipal a voté mercredi la construction de nouvelles pistes cyclables le long de la rivière, le plus grand changement depuis une génération.", "fr"},
		{"polish", "Rada miasta zagłosowała w środę za budową nowych ścieżek rowerowych wzdłuż rzeki, to największa zmiana od pokolenia.", "pl"},
		{"chinese", "市议会周三投票决定沿河修建新的自行车道，这是一代人以来城市街道最大的变化。", "zh"},
		{"too short", "Hello", ""},
		// rules of refine
		{"japanese headline", "市議会、新しい路面電車の建設を承認", "ja"},
		{"chinese headline", "市议会批准新建有轨电车线路，预计明年开工", "zh"},
		{"ukrainian short", "Міська рада схвалила будівництво нової трамвайної лінії.", "uk"},
		{"russian short", "Горсовет одобрил строительство новой трамвайной линии.", "ru"},
		// rule ukrainian-i: no ї, є or ґ, but і and none of Russian's,
		// Belarusian's or Bulgarian's letters
		{"ukrainian headline the detector is unsure of", "Міст через Дніпро відкрито", "uk"},
		{"ukrainian headline the detector takes for russian", "Уряд ухвалив бюджет на наступний рік", "uk"},
		{"ukrainian item the detector takes for serbian", "Рада ухвалила закон. Голосували 250 депутатів.", "uk"},
		{"russian quoting", "Горсовет одобрил строительство новой трамвайной линии, передает издание «Київ Пост». Решение было принято большинством голосов.", "ru"},
		{"russian the detector takes for serbian", "По словам министра финансов Ивана Петрова, дефицит снизится. Депутат Анна Смирнова назвала бюджет нереальным.\n\nС Сергеем Волковым, главой Велмбанка, встретились журналисты. Премьеру Михаилу Орлову представили доклад. Встреча прошла в Туле.", "ru"},
		// ъ in a Russian text (съезд) is no Bulgarian: Russian writes ы
		{"russian with hard sign the detector takes for serbian", "По словам министра финансов Ивана Петрова, дефицит снизится. Депутат Анна Смирнова назвала бюджет нереальным.\n\nС Сергеем Волковым, главой Велмбанка, встретились журналисты на съезде. Премьеру Михаилу Орлову представили доклад. Встреча прошла в Туле.", "ru"},
		// rule russian-letters: a title and a sentence or two, too short
		// for the trigrams to part the Cyrillic languages
		{"russian title and two sentences", "Мост открыт\n\nДвижение пошло в субботу. Мэр доволен.", "ru"},
		{"russian title and a sentence the detector takes for serbian", "Выборы в Омске\n\nЯвка составила сорок процентов.", "ru"},
		// a headline may lack ј and its like by chance: too short to say
		{"serbian headline with no serbian letter", "Велика победа српског тима у Београду", "sr"},
		{"serbian cyrillic", "Градско веће је у уторак одобрило изградњу нове трамвајске линије која ће повезати северне делове града са центром. Радови почињу следећег пролећа, рекао је градоначелник.", "sr"},
		{"bulgarian", "Общинският съвет одобри във вторник изграждането на нова трамвайна линия, която ще свърже северните квартали с центъра на града. Работата ще започне през пролетта.", "bg"},
		{"slovak", "Mestské zastupiteľstvo v utorok schválilo výstavbu novej električkovej trate, ktorá prepojí severné štvrte s centrom mesta. Práce sa začnú budúcu jar.", "sk"},
		{"czech", "Městská rada v úterý schválila výstavbu nové tramvajové linky, která propojí severní čtvrti s centrem města. Práce začnou na jaře příštího roku.", "cs"},
		{"chinese unsure", "GDP 增长 5.2%，CPI 上涨", "zh"}, // the detector gives nothing; Han without kana is Chinese
		{"chinese with brand names", "Apple iPhone 16 Pro 发布会 2024 在北京举行", "zh"},
		{"japanese with brand names", "Apple iPhone 16 Pro の発表会が東京で開かれた", "ja"},
		{"korean with brand names", "Samsung Galaxy S25 Ultra 출시 행사 서울에서 열려", "ko"},
		{"arabic with brand names", "Apple تطلق iPhone 16 Pro في دبي", "ar"},
		{"hindi with brand names", "Apple ने iPhone 16 Pro लॉन्च किया", "hi"},
		{"english quoting arabic", "The crowd chanted 'الشعب يريد' as the minister arrived at the square on Tuesday evening.", "en"},
		{"english naming a chinese", "The minister met Wang Yi (王毅) in Geneva on Tuesday to discuss the trade agreement.", "en"},
		// rule slovak-letters: a Slovak text the detector takes for
		// Croatian or Slovenian
		{"slovak the detector takes for croatian", "Mestské zastupiteľstvo v Prešove v utorok rozhodlo o výstavbe novej školy. Primátor po zasadnutí povedal, že škola bude hotová na jeseň a bude v nej miesto pre viac ako štyristo žiakov. Opozícia tvrdila, že projekt je príliš drahý, no napriek tomu zaň hlasovala. Stavba sa podľa plánu začne na jar.", "sk"},
		{"slovak the detector takes for slovenian", "Polícia zadržala v Trnave muža, ktorý podľa vyšetrovateľov ukradol z predajne elektroniku za viac ako tritisíc eur. Muž sa k činu priznal a hrozí mu trest odňatia slobody až na päť rokov.", "sk"},
		{"croatian naming a slovak", "Gradsko vijeće Osijeka u utorak je odlučilo izgraditi novu školu. Gradonačelnik je nakon sjednice rekao da je projekt dogovorio s kolegom Ľubomírom Kováčem iz Košica, a škola će biti gotova prije ljeta.", "hr"},
		{"czech naming a slovak", "Městská rada v úterý schválila výstavbu nové tramvajové linky, která propojí severní čtvrti s centrem města, řekl novinářům starosta Ľubomír Dvořák.", "cs"},
		{"spanish naming a catalan group", "El alcalde inauguró ayer la nueva biblioteca municipal del barrio, que abrirá sus puertas a todos los vecinos hasta el verano, según la asociación Amics dels Llibres amb Tothom.", "es"},
		{"spanish with one catalan word", "El alcalde inauguró ayer la nueva biblioteca municipal del barrio, abierta fins el lunes de la próxima semana.", "es"},
		// rule catalan-unsure: a Catalan report the detector takes for
		// French, unsure
		{"catalan the detector takes for french", "El Barça va guanyar dissabte el Girona per 3 a 1 en un partit molt disputat a Montjuïc. L'entrenador va dir després del partit que està molt orgullós dels seus jugadors i que l'equip ha demostrat caràcter en els moments difícils. Els gols van arribar a la segona part, quan el conjunt visitant ja acusava el cansament.", "ca"},
		{"catalan", "L'ajuntament va aprovar dimarts la construcció d'una nova línia de tramvia que unirà els barris del nord amb el centre de la ciutat. Les obres començaran la primavera vinent.", "ca"},
		// rule latvian-letters: short Latvian items the detector answers
		// nothing for, or takes for Estonian
		{"latvian the detector is unsure of", "Valdība apstiprina budžetu. Finanšu ministre Līga Bērziņa teica, ka nodokļi netiks palielināti.", "lv"},
		{"latvian the detector takes for lithuanian", "Liepājā slēgta skola. Domes priekšsēdētājs Andris Kalniņš sacīja, ka ēka ir bīstama.", "lv"},
		{"latvian the detector takes for estonian", "Jelgavas futbola klubs uzvarēja izbraukumā. Treneris pēc spēles sacīja, ka komanda spēlēja ļoti labi.", "lv"},
		{"lithuanian", "Klaipėdos uoste sulaikytas laivas. Pasieniečiai praneša, kad laive rasta kontrabandinių cigarečių.", "lt"},
		{"estonian", "Pärnu sadamas peeti kinni laev. Piirivalve teatas, et laevalt leiti salasigarette.", "et"},
		{"english naming maori people", "The Māori elder Tāne Whānau spoke at the meeting in Rotorua on Tuesday about the new school.", "en"},
		// rule catalan-marks: elisions and grave accents, no catalanWords
		{"catalan marked by elision and accents", "Manresa inaugura un nou mercat. L'ajuntament ha informat que el trànsit tallarà dimecres.", "ca"},
		{"catalan with als and dit", "Tancada una fàbrica a Vic. El sindicat ha dit que els treballadors cobraran al mes de gener.", "ca"},
		// the vote, not the detector, said Spanish
		{"catalan the vote takes for spanish", "El Govern aprova els pressupostos. La consellera d'Indústria ha assegurat que no pujaran els impostos.", "ca"},
		{"spanish naming a french firm", "La empresa L'Oréal abrirá una fábrica en Toledo y contratará a cien personas este año, según el consejero.", "es"},
		{"spanish", "El ayuntamiento aprobó el martes la construcción de una nueva línea de tranvía que unirá los barrios del norte con el centro de la ciudad. Las obras empezarán la próxima primavera.", "es"},
		{"arabic", "وافق مجلس المدينة يوم الثلاثاء على إنشاء خط ترام جديد يربط الأحياء الشمالية بوسط المدينة.", "ar"},
		{"hebrew", "מועצת העיר אישרה ביום שלישי את הקמתו של קו רכבת קלה חדש שיחבר את השכונות הצפוניות למרכז העיר.", "he"},
		{"hindi", "नगर परिषद ने मंगलवार को एक नई ट्राम लाइन के निर्माण को मंज़ूरी दे दी, जो उत्तरी इलाकों को शहर के केंद्र से जोड़ेगी।", "hi"},
		{"greek", "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή νέας γραμμής τραμ που θα συνδέει τις βόρειες συνοικίες με το κέντρο.", "el"},
		{"vietnamese", "Hội đồng thành phố hôm thứ Ba đã thông qua dự án xây dựng tuyến xe điện mới nối các quận phía bắc với trung tâm thành phố.", "vi"},
		{"korean", "시의회는 화요일 북부 지역과 도심을 잇는 새 트램 노선 건설 계획을 찬성 다수로 승인했다.", "ko"},
		{"turkish", "Belediye meclisi salı günü, kuzey mahallelerini şehir merkezine bağlayacak yeni bir tramvay hattının yapımını onayladı.", "tr"},
		{"indonesian", "Dewan Perwakilan Rakyat Daerah pada Selasa menyetujui pembangunan jalur trem baru yang akan menghubungkan kawasan utara dengan pusat kota.", "id"},
	}
	checkDetect(t, tests)
}

// detectCase is a row of a table of Detect: a text and its language.
type detectCase = struct{ name, text, want string }

// checkDetect checks Detect on each text of tests, a subtest each.
func checkDetect(t *testing.T, tests []detectCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{"en-GB": "en", "EN_us": "en", "deu": "de", "fr": "fr", "": "", "x-klingon": "",
		"iw": "he", "in-ID": "id", "zh-Hant-TW": "zh", "fil": "tl", "chi": "zh"}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDetect: any text gives "" or a two-letter code, without panicking.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Apple تطلق iPhone 16 Pro في دبي", "Samsung Galaxy 출시", "GDP 增长 5.2%", "e\u0301te\u0301 à Paris", "\xff\xfe bad bytes"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Detect(s); got != "" && len(got) != 2 {
			t.Errorf("Detect(%q) = %q", s, got)
		}
	})
}

// TestCodeOf: the codes made once are those Iso6393 gives on each call,
// for every language and for none (-1).
func TestCodeOf(t *testing.T) {
	ls := []whatlanggo.Lang{-1}
	for l := range whatlanggo.Langs {
		ls = append(ls, l)
	}
	for _, l := range ls {
		if got, want := codeOf(l), iso6391[l.Iso6393()]; got != want {
			t.Errorf("codeOf(%v) = %q, want %q", l, got, want)
		}
	}
}

// TestRefineRussianLetters holds rule russian-letters' guards: ы with і
// and ў is Belarusian, with ї Ukrainian, with ј Serbian (a quoted name), and
// a text of minCyrillic letters or more is the trigrams' to decide.
func TestRefineRussianLetters(t *testing.T) {
	long := strings.Repeat("Горсовет одобрил бюджет города. ", 5)
	tests := []struct{ name, text, code, want string }{
		{"short russian, no answer", "Мэр доволен итогами.", "", "ru"},
		{"short russian taken for bulgarian", "Мэр доволен итогами.", "bg", "ru"},
		// rule russian-words: no ы, э or ё, a Russian word
		{"short russian, no russian letter", "Пожар в Твери\n\nОгонь потушили к утру. Никто не пострадал.", "", "ru"},
		{"short bulgarian, no russian word", "Пожар в Пловдив\n\nОгънят е потушен до сутринта.", "", ""},
		{"belarusian", "Сёння ў Мінску выбары мэра.", "", ""},
		{"ukrainian naming a russian town", "Їхали до Сызрани.", "", ""},
		{"serbian naming a russian", "Још нема вести из Сызрани.", "sr", "sr"},
		{"long text left to the trigrams", long + "Мэр доволен.", "bg", "bg"},
	}
	for _, tt := range tests {
		if got := refine(tt.text, tt.code); got != tt.want {
			t.Errorf("%s: refine(%q, %q) = %q, want %q", tt.name, tt.text, tt.code, got, tt.want)
		}
	}
}

// TestCatalanOver: rule catalan-unsure needs Catalan's own words to
// outnumber the rival's: a French report quoting a Catalan song is French.
func TestCatalanOver(t *testing.T) {
	tests := []struct {
		name, text, code string
		want             bool
	}{
		{"catalan", "El Barça va guanyar dissabte. L'entrenador va dir després del partit que està molt orgullós dels jugadors.", "fr", true},
		{"french quoting catalan", "Le festival de Céret accueille des groupes catalans. « Som molt feliços amb vosaltres », a dit la chanteuse avant le concert.", "fr", false},
		{"one catalan word", "Il club ha vinto dissabte, secondo il giornale.", "it", false},
		// minCatalanOwn: one Catalan word, even with none of the
		// rival's, may be a name or a quoted phrase
		{"one catalan word, no rival's", "Velmo-Girona dissabte a Montjuïc", "it", false},
	}
	for _, tt := range tests {
		if got := catalanOver(tt.text, tt.code); got != tt.want {
			t.Errorf("%s: catalanOver(%q, %q) = %v, want %v", tt.name, tt.text, tt.code, got, tt.want)
		}
	}
}
