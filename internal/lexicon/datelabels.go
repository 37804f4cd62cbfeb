package lexicon

import "slices"

// dayFirstDateLabels label a page's publication or update date in the
// languages that write a numeric date day first ("Publié le 12/03/2025",
// "Aktualisiert am 12/03/2025", "Julkaistu 12.3.2025"), lower case: a
// slashed date after one is read day first, not American month first.
// French, Italian, Spanish, Portuguese, German, Dutch, Polish, Swedish,
// Norwegian, Danish, Finnish and Turkish.
//
// Rule dayFirstLabelsBothStages: the labels below the first block were
// read by one stage only, the page reader (German "erschienen", the
// Indonesian and Romanian labels) or the text path (French, German and
// Dutch "changed", Polish, Czech, Russian, Ukrainian, Turkish and
// Hungarian labels); a slashed date after any of them is day first
// wherever it is read. Romanian "publicat" is written with what follows
// it (a colon, "la", "pe", "în"): alone it is the head of English
// "publication", whose date is no day-first one.
var dayFirstDateLabels = []string{"publié", "mis à jour", "pubblicato", "aggiornato", "publicado", "actualizado", "atualizado",
	"veröffentlicht", "aktualisiert", "gepubliceerd", "bijgewerkt", "opublikowano", "zaktualizowano",
	"publicerad", "uppdaterad", "publisert", "oppdatert", "publiceret", "opdateret", "julkaistu", "päivitetty",
	"yayınlanma", "güncelleme",
	// rule dayFirstLabelsBothStages
	"erschienen", "diterbitkan", "diperbarui", "publicat:", "publicat la", "publicat pe", "publicat în", "actualizat",
	"modifié", "geändert", "gewijzigd", "aktualizacja", "data publikacji", "data aktualizacji",
	"publikováno", "aktualizováno", "опубликовано", "обновлено", "опубліковано", "оновлено",
	"güncellenme", "yayın tarihi", "publikálva", "frissítve", "közzétéve"}

// DayFirstDateLabels returns the publication and update labels of the
// languages that write a numeric date day first, lower case: a slashed
// date after one is day first. The page reader (htmlmeta) and the text
// path (textclean) each add the labels only they read. The slice is a
// copy.
func DayFirstDateLabels() []string { return slices.Clone(dayFirstDateLabels) }

// updateDateLabels name the date after them as the page's last change, lower
// case: English, French, German, Spanish, Italian, Portuguese, Dutch,
// Norwegian, Danish, Swedish, Finnish, Polish, Czech, Russian, Ukrainian,
// Hungarian, and the "更新" of Chinese and Japanese. None is the head of
// another, so a reader may try them in any order.
//
// Rule updateLabelsBothStages: Slovak, Romanian, Greek, Croatian,
// Slovene, Indonesian, Vietnamese and Catalan ("Ažurirano: 12.11.2025.",
// "Actualizat: 12.11.2025") were the page reader's alone; the text path
// read such a stamp's date as the publication.
var updateDateLabels = []string{"updated", "mis à jour", "aktualisiert", "actualizado", "aggiornato", "atualizado", "bijgewerkt",
	"oppdatert", "opdateret", "uppdaterad", "päivitetty", "aktualizacja", "zaktualizowano", "aktualizováno",
	"обновлено", "оновлено", "frissítve", "更新",
	// rule updateLabelsBothStages
	"aktualizované", "actualizat", "ενημερώθηκε", "ažurirano", "posodobljeno", "diperbarui", "cập nhật", "actualitzat"}

// UpdateDateLabels returns the labels that name a date as the page's last
// change ("Updated", "Mis à jour le", "Aktualisiert am"), lower case. The
// page reader (htmlmeta) and the text path (textclean) each add the
// labels only they read. The slice is a copy.
func UpdateDateLabels() []string { return slices.Clone(updateDateLabels) }
