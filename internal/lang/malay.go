package lang

// malayIndonesian is rule malay-indonesian: the detector knows no Malay
// and reads it as Indonesian, its close neighbour ("Kerajaan
// membentangkan belanjawan baharu. Menteri berkata cukai tidak akan
// dinaikkan"). The two spell many common words of news differently
// (Malay "kerana", "wang", "selepas", "polis", "cukai" against
// Indonesian "karena", "uang", "setelah", "polisi", "pajak"); words both
// write ("boleh", "semalam", "baru", "saja", "namun") are left out. When the detector answers Indonesian (or nothing,
// leaning to it), a text with minWords of Malay's own words at least,
// more than twice Indonesian's, is Malay.
func malayIndonesian(text, code string) string {
	ms, id := ownWords(text, malayIndonesianWords, "ms")
	if outvotes(ms, id) {
		return "ms"
	}
	return code
}

// malayIndonesianWords are common words of news Malay and Indonesian
// spell or say differently, each with its language, month and day names
// among them (rule malay-indonesian).
var malayIndonesianWords = pairWords(map[string]string{
	"ms": "kerana baharu wang sahaja selepas polis cukai kenderaan kerajaan belanjawan mahu iaitu antarabangsa bagaimanapun manakala julai ogos disember isnin khamis",
	"id": "karena uang bisa setelah kemarin polisi pajak kendaraan gratis pemerintah mau yaitu internasional juli agustus desember senin kamis",
})
