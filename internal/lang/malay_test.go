package lang

import "testing"

// TestMalayIndonesian: Malay, which the detector reads as Indonesian, is
// Malay by its own spellings (rule malay-indonesian); Indonesian, even
// naming Malaysian bodies, stays Indonesian.
func TestMalayIndonesian(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"malay budget", "Kerajaan membentangkan belanjawan baharu pada hari Khamis. Menteri Kewangan berkata cukai tidak akan dinaikkan, tetapi harga petrol akan naik mulai Januari.", "ms"},
		{"malay arrest", "Polis menahan seorang lelaki di Kuantan kerana disyaki mencuri wang daripada sebuah kedai. Suspek kini direman selama tujuh hari.", "ms"},
		{"indonesian arrest", "Polisi menangkap seorang pria di Malang kemarin karena diduga mencuri uang dari sebuah toko. Tersangka kini ditahan selama tujuh hari.", "id"},
		{"indonesian naming malaysian bodies", "Pemerintah Indonesia dan Kerajaan Malaysia sepakat memperketat perbatasan. Menurut polisi, Polis Diraja Malaysia akan membantu setelah bulan Juli karena banyak kendaraan ilegal.", "id"},
	}
	checkDetect(t, tests)
}
