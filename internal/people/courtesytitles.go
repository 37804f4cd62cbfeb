package people

// extraCourtesy: rule courtesyTitles. Courtesy and academic titles that
// stand before a name and are no role: "Rt" of "the Rt Hon." and "the Rt
// Rev.", "Monsignor" and its abbreviations, "Emeritus" after
// "Professor", and in German (lang.go) the lecturer's "PD" and the
// Austrian "Mag." and "Dipl.-Ing." ("PD Dr. Lena Kowalczyk" had the role
// "PD"; "Monsignor Paolo Grevi" was named with his title). lede extract
// --format json (/tmp/hD/w/run.sh), 27d1d77 -> d983a3c, by md5 half of the
// file name: 966 quotes texts unchanged; 2,045 go-trafilatura extract
// texts 1 changed (half 0), a junk role of a menu losing "Emeritus",
// neither right nor wrong; bench quotes byte-identical. With "Rt" as
// an honorific (it opened a name) a product line's "RT" made a person:
// it is a prefix to trim only.
var extraCourtesy = map[string]byte{"monsignor": 'm', "msgr": 'm', "mgr": 0, "emeritus": 0}

// courtesyPrefixes open a courtesy title ("the Rt Hon.", "the Rt Rev.")
// and are trimmed from a role as one, but open no name themselves: a
// capitalised "RT" elsewhere ("the Velmo RT Series") is no title.
var courtesyPrefixes = map[string]bool{"rt": true}

// The rule's German titles are in the German table's honorifics
// (lang.go).

func init() {
	for w, g := range extraCourtesy {
		honorifics[w] = g
	}
}
