package htmlmeta

import "maps"

// catalanMonthNames is rule dateCatalan: the months of Catalan, as news
// pages of Catalonia, Valencia, the Balearics and Andorra write them
// ("12 de gener de 2031", "3 de juliol del 2031"), with the abbreviations
// of their date lines ("12 febr. 2031"). "abril", "octubre" and "novembre"
// were read already, as Spanish and French words; the other nine dated no
// page. Before a vowel "de" is elided ("3 d'agost de 2031"), which the
// day-month-year pattern reads too.
var catalanMonthNames = [12][]string{
	{"gener"}, {"febrer", "febr"}, {"març"}, {"abril"}, {"maig"}, {"juny"},
	{"juliol"}, {"agost"}, {"setembre"}, {"octubre"}, {"novembre"}, {"desembre"},
}

// southSlavicMonthNames is rule dateSouthSlavicGenitive: the genitive
// that Serbian, Bosnian and Montenegrin dates put the month in ("12.
// новембра 2031.", "3. aprila 2031.", beside the nominative "12. новембар
// 2031." of rule dateBalkanMonths), in both alphabets, and the months of
// Slovene, nominative and genitive ("3. julija 2031", "3. marec 2031").
// Of the Cyrillic genitives only "марта" and "августа" (Russian) were
// read, and half the Latin ones (as Slovak or Polish words). Croatian
// writes its own months (balkanMonthNames).
var southSlavicMonthNames = [12][]string{
	{"јануара", "januara", "januarja"},
	{"фебруара", "februara", "februarja"},
	{"marec"},
	{"априла", "aprila"},
	{"маја"},
	{"јуна", "juna", "junij", "junija"},
	{"јула", "jula", "julij", "julija"},
	{"avgusta"},
	{"септембра"},
	{"октобра"},
	{"новембра"},
	{"децембра"},
}

// farMonthNames is rule dateFarMonths: the months of languages whose
// news pages no table read, where they differ from the names other
// tables hold: Estonian ("3. juuli 2031"), Albanian ("3 nëntor 2031"),
// Azerbaijani and Uzbek in Latin letters ("3 noyabr 2031"), Belarusian
// in the genitive ("3 лістапада 2031"), Urdu ("3 نومبر 2031"), Swahili
// ("3 Novemba 2031") and Malay ("3 Ogos 2031"). Malay March, "Mac", is
// left out: "Top 5 Mac 2031 laptops" is no date.
var farMonthNames = [12][]string{
	{"jaanuar", "janar", "yanvar", "студзеня", "جنوری"},
	{"veebruar", "shkurt", "fevral", "лютага", "فروری"},
	{"märts", "сакавіка", "مارچ", "machi"},
	{"aprill", "prill", "aprel", "красавіка", "اپریل", "aprili"},
	{"مئی"},
	{"juuni", "qershor", "iyun", "чэрвеня", "جون"},
	{"juuli", "korrik", "iyul", "ліпеня", "جولائی", "julai"},
	{"gusht", "avqust", "жніўня", "اگست", "agosti", "ogos"},
	{"shtator", "sentyabr", "верасня", "ستمبر", "septemba"},
	{"oktoober", "tetor", "oktyabr", "кастрычніка", "اکتوبر", "oktoba"},
	{"nëntor", "noyabr", "лістапада", "نومبر", "novemba"},
	{"detsember", "dhjetor", "dekabr", "снежня", "دسمبر", "desemba", "disember"},
}

// austrianMonthNames is rule dateAustrianMonths: Austrian German
// abbreviates its January "Jänner" as "Jän." ("14. Jän. 2031, 09:12") and
// may call February "Feber"; both dated no page ("jänner" was read).
var austrianMonthNames = map[string]int{"jän": 1, "feber": 2}

func init() {
	maps.Copy(months, austrianMonthNames)
	for i := range 12 {
		for _, n := range catalanMonthNames[i] {
			months[n] = i + 1
		}
		for _, n := range southSlavicMonthNames[i] {
			months[n] = i + 1
		}
		for _, n := range farMonthNames[i] {
			months[n] = i + 1
		}
	}
}
