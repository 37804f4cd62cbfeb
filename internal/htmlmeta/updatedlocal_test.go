package htmlmeta

import "testing"

// TestUpdatedLabelLocal covers rules dateUpdatedLabelLocal (the update's
// label in more languages) and dateUpdatedLabelAfter (a Chinese label
// written after its date); invented date lines.
func TestUpdatedLabelLocal(t *testing.T) {
	for _, tc := range []struct{ name, line, want string }{
		{"Norwegian", "Publisert 12.03.2024 08:15 Oppdatert 13.03.2024 10:20", "2024-03-13"},
		{"Danish", "Publiceret 12. marts 2024 kl. 08:15 Opdateret 14. marts 2024 kl. 10:20", "2024-03-14"},
		{"Swedish", "Publicerad 12 mars 2024 kl 08.15 Uppdaterad 13 mars 2024 kl 10.20", "2024-03-13"},
		{"Finnish", "Julkaistu 12.3.2024 8:15 Päivitetty 13.3.2024 10:20", "2024-03-13"},
		{"Polish", "Opublikowano: 12.03.2024 08:15 Aktualizacja: 15.03.2024 10:20", "2024-03-15"},
		{"Czech", "12. března 2024 8:15 Aktualizováno 13. března 2024 10:20", "2024-03-13"},
		{"Russian", "Опубликовано: 12.03.2024 08:15 Обновлено: 13.03.2024 10:20", "2024-03-13"},
		{"Turkish", "Yayınlanma: 12.03.2024 08:15 Güncelleme: 13.03.2024 10:20", "2024-03-13"},
		{"Korean", "입력 2024.03.12 08:15 수정 2024.03.13 10:20", "2024-03-13"},
		{"Chinese, label before", "发布时间：2024-03-12 08:15 更新时间：2024-03-13 10:20", "2024-03-13"},
		{"Chinese, label after", "2024年03月12日 08:15 发布 | 2024年03月13日 10:20 更新", "2024-03-13"},
		{"Chinese, no update", "2024年03月12日 08:15 发布", ""},
	} {
		if got := modifiedDay(t, tc.line); got != tc.want {
			t.Errorf("%s: modified = %q, want %q", tc.name, got, tc.want)
		}
	}
}
