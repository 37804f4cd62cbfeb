package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestArticleToolsGiftSave: the send, gift and bookmark buttons of an
// article's tool bar are a share bar (rule article-tools-gift-save); a
// sentence opening with the same words is not. Fails without the entries.
func TestArticleToolsGiftSave(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Enviar por WhatsApp", model.RemovedShare},
		{"Invia per email", model.RemovedShare},
		{"Offrir cet article", model.RemovedShare},
		{"Artikel verschenken", model.RemovedShare},
		{"Give this article", model.RemovedShare},
		{"Save for later", model.RemovedShare},
		{"Ajouter à mes favoris", model.RemovedShare},
		{"Save for later the wine you cannot finish, the Tallow cellar master advises.", ""},
	})
}

// TestArticleToolsSlavic: the copy-link button of Polish, Russian,
// Ukrainian and Czech pages is a share bar (rule article-tools-slavic); a
// sentence opening with the same words is not. Fails without the entries.
func TestArticleToolsSlavic(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Skopiuj link", model.RemovedShare},
		{"Скопировать ссылку", model.RemovedShare},
		{"Скопіювати посилання", model.RemovedShare},
		{"Kopírovat odkaz", model.RemovedShare},
		{"Skopiuj link do formularza i wyślij go do urzędu gminy w Wólce Dolnej.", ""},
	})
}
