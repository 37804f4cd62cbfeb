package htmlmeta

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

func init() {
	for i := range 12 {
		for _, n := range catalanMonthNames[i] {
			months[n] = i + 1
		}
	}
}
