package htmlmeta

import "testing"

// TestDayFirstLabelsBothStages pins rule dayFirstLabelsBothStages
// (package lexicon): the Czech, Russian, Ukrainian, Hungarian and Polish
// labels the text path read say a slashed date is day first on a page too,
// and English "publication" is no Romanian label. Invented date lines.
func TestDayFirstLabelsBothStages(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int8
	}{
		{"Aktualizováno 12/03/2031 10:15", slashDayFirst},
		{"Обновлено 12/03/2031", slashDayFirst},
		{"Оновлено: 12/03/2031", slashDayFirst},
		{"Frissítve: 12/03/2031", slashDayFirst},
		{"Data publikacji: 12/03/2031", slashDayFirst},
		{"Publicat: 12/03/2031", slashDayFirst},
		{"Publicat la 12/03/2031", slashDayFirst},
		{"Publication date: 03/12/2031", slashUnknown},
	} {
		if got := labelSlashOrder([]string{tc.text}); got != tc.want {
			t.Errorf("labelSlashOrder(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
