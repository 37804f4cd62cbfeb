package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestRelatedHeaderLatest: the headers of the latest, most read and
// unmissable stories' boxes in Italian, Spanish, French, German and
// Portuguese are related headers when they stand alone (rule
// related-header-latest); a sentence opening with the same words is not,
// nor English's "Latest news" or "Top stories", which head pages' own
// content. Fails without the entries.
func TestRelatedHeaderLatest(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ultimi articoli", model.RemovedRelated},
		{"Le più lette", model.RemovedRelated},
		{"Da non perdere", model.RemovedRelated},
		{"Últimas noticias", model.RemovedRelated},
		{"No te lo pierdas", model.RemovedRelated},
		{"Derniers articles", model.RemovedRelated},
		{"À ne pas manquer", model.RemovedRelated},
		{"Neueste Artikel", model.RemovedRelated},
		{"Nicht verpassen", model.RemovedRelated},
		{"Últimas notícias", model.RemovedRelated},
		{"Nicht verpassen sollten Besucher den Markt am Samstag in Kellbach.", ""},
		{"Top stories", ""},
		{"Latest news", ""},
	})
}
