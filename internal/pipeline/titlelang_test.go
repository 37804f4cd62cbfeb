package pipeline

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestTitleLanguage: rule title-language. A short body with too few
// clues of its own is read with its headline. Invented text.
func TestTitleLanguage(t *testing.T) {
	for _, tc := range []struct {
		title, text, want string
	}{
		{"Выборы в Омске", "Итоги: 41%, 33%, 12%. Явка — 38%.", "ru"},
		{"Выборы в Омске", "Иван Петров — 41%, Анна Козлова — 33%.", "ru"},
		{"The harbour ferry timetable for the winter months", "Mon–Fri 06:10, 07:40, 09:15. Sat 08:00. Sun –.", "en"},
		{"", "Mon–Fri 06:10, 07:40, 09:15. Sat 08:00. Sun –.", ""},
	} {
		if got := detectLanguage(&model.Article{Title: tc.title, Text: tc.text}); got != tc.want {
			t.Errorf("detectLanguage(%q, %q) = %q, want %q", tc.title, tc.text, got, tc.want)
		}
	}
}
