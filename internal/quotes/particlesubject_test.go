package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/people"
)

// TestParticleSubject: a Turkish subject followed by "da" or "ise"
// instead of a comma is the speaker of the quotation after it, not the
// speaker quoted before (rule particleSubject); a subject people does
// not name is the quote's mention, with no speaker (rule
// unreadParticleSubject). Invented text.
func TestParticleSubject(t *testing.T) {
	const text = "Velmir'de okul yangını\n\nİtfaiye Müdürü Mehmet Demir, \"Binanın tamamı kontrol edilecek\" diye konuştu.\n\nOkulun müdürü Zeynep Yıldız da \"Çocuklarımız için çok korktuk\" ifadelerini kullandı.\n\nÖğrenci velisi Ali Şahin ise \"Okul bahara kadar açılmalı\" dedi."
	want := []quoteMention{
		{"Binanın tamamı kontrol edilecek", "Mehmet Demir", "İtfaiye Müdürü Mehmet Demir", "direct"},
		{"Çocuklarımız için çok korktuk", "Zeynep Yıldız", "Zeynep Yıldız", "direct"},
		{"Okul bahara kadar açılmalı", "Ali Şahin", "Ali Şahin", "direct"},
	}
	got := ExtractDoc(people.AnalyzeLang(text, "tr"), Options{})
	checkQuotes(t, text, got, want, func(q model.Quote) quoteMention {
		return quoteMention{q.Text, q.Speaker, q.SpeakerMention, string(q.Form)}
	})
	const unread = "Velmir'de okul yangını\n\nİtfaiye Müdürü Mehmet Demir, \"Binanın tamamı kontrol edilecek\" diye konuştu.\n\nVeli Zeynep Yıldız da \"Çocuklarımız için çok korktuk\" ifadelerini kullandı."
	got = ExtractDoc(people.AnalyzeLang(unread, "tr"), Options{})
	checkQuotes(t, unread, got, []quoteMention{
		{"Binanın tamamı kontrol edilecek", "Mehmet Demir", "İtfaiye Müdürü Mehmet Demir", "direct"},
		{"Çocuklarımız için çok korktuk", "", "Veli Zeynep Yıldız", "direct"},
	}, func(q model.Quote) quoteMention {
		return quoteMention{q.Text, q.Speaker, q.SpeakerMention, string(q.Form)}
	})
}
