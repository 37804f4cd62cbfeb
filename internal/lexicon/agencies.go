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
