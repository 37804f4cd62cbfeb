package lexicon

import "strings"

// WireAgencies are the news agencies whose copy outlets carry, as their
// names are written: they follow a reporter's name in a byline ("Jane Roe
// Associated Press") and stand alone in a story's source line ("Source:
// Reuters"). Short names that are also surnames ("Pap", "Agi") are left
// out: a byline's last word is cut when it is one of these.
var WireAgencies = []string{
	"Associated Press", "The Associated Press", "AP", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse",
	"dpa", "Bloomberg", "Bloomberg News", "PA Media", "Press Association", "EFE", "ANSA", "UPI", "Kyodo", "Xinhua",
	"KNA", "epd", "APA", "Keystone-SDA", "SDA", "ANP", "Belga", "Europa Press",
	"Adnkronos", "Lusa", "Agência Brasil", "Agencia Brasil", "ČTK", "CTK", "TASS", "RIA Novosti", "Interfax", "Jiji",
	"Yonhap", "PTI", "IANS",
}

// IsWireAgency reports whether s, in any case, is one of WireAgencies.
func IsWireAgency(s string) bool {
	for _, a := range WireAgencies {
		if strings.EqualFold(s, a) {
			return true
		}
	}
	return false
}

// nationalAgencies are national news agencies beyond WireAgencies, lower
// case, as their own pages and the outlets that carry them write them: the
// agencies of Sweden, Norway, Denmark, Finland, Hungary, Poland, Slovakia,
// Croatia, Serbia, Bulgaria, Romania, Turkey, Russia and Ukraine, and
// dpa's financial wire. Short names that are also words or surnames ("TT",
// "AA", "PAP") are why they are not WireAgencies: they are read only where
// an agency stands alone, after a reporter's name in a byline (htmlmeta)
// or after a source label (boilerplate).
//
// Rule agenciesBothStages: the second line on (Finnish, Greek, Baltic,
// Turkish, Latin American, Swiss and Austrian agencies and wires, and
// Lusa's full name) were read by one stage only, bylines or source lines;
// a wire credited in one place is credited the same way in the other
// ("Jane Roe, Agência Lusa" is one author; "Fuente: Télam" closes a story).
// Greece's "ANA" is left out: "Ana" is a given name, a second author after
// the first ("Luis Roe y Ana"), and bylines take no name in capitals of
// three letters anyway.
var nationalAgencies = map[string]bool{
	"tt": true, "ntb": true, "ritzau": true, "stt": true, "stt-fnb": true, "mti": true, "pap": true, "tasr": true,
	"hina": true, "tanjug": true, "bta": true, "agerpres": true, "aa": true, "anadolu ajansı": true, "dha": true,
	"iha": true, "i̇ha": true, "anka": true, "тасс": true, "итар-тасс": true, "риа новости": true, "интерфакс": true,
	"укрінформ": true, "уніан": true, "інтерфакс-україна": true, "ukrinform": true, "unian": true, "dpa-afx": true,
	// rule agenciesBothStages
	"fnb": true, "ana-mpa": true, "amna": true, "leta": true, "elta": true, "bns": true, "унiан": true,
	"anadolu": true, "télam": true, "telam": true, "notimex": true, "prensa latina": true,
	"ats": true, "keystone-ats": true, "afx": true, "ips": true, "apa-ots": true, "sda-ats": true,
	"agência lusa": true,
}

// IsNationalAgency reports whether s, lower case, is a national news
// agency beyond WireAgencies ("ritzau", "тасс"): see nationalAgencies.
func IsNationalAgency(s string) bool { return nationalAgencies[s] }
