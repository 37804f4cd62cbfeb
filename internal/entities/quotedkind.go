package entities

import "strings"

// russianQuotedKinds are the Russian nouns, in their cases, written before
// an organisation's name in guillemets, with the type they give (rule
// russianQuotedKind): "компания «Велмгаз»", "в банке «Велм Капитал»",
// "партия «Новые люди»", "клуб «Велмзенит»".
var russianQuotedKinds = func() map[string]string {
	m := map[string]string{}
	for typ, ws := range map[string]string{
		"company":      `компания компании компанию компанией концерн концерна концерне концерном холдинг холдинга холдинге холдингом корпорация корпорации корпорацию корпорацией банк банка банке банком авиакомпания авиакомпании авиакомпанию завод завода заводе заводом`,
		"party":        `партия партии партию партией`,
		"team":         `клуб клуба клубе клубом ФК ХК ПФК`,
		"organisation": `фонд фонда фонде фондом движение движения движении движением организация организации организацию организацией`,
		"newspaper":    `газета газеты газете газету издание издания издании`,
		"broadcaster":  `телеканал телеканала телеканале телеканалом радиостанция радиостанции`,
		"agency":       `агентство агентства агентстве агентством`,
	} {
		for w := range strings.FieldsSeq(ws) {
			m[w] = typ
			if r := []rune(w); len(r) > 1 && r[0] >= 'а' && r[0] <= 'я' {
				m[strings.ToUpper(string(r[0]))+string(r[1:])] = typ // "Компания «Велмгаз» объявила"
			}
		}
	}
	return m
}()

// maxQuotedNameWords bounds an organisation's name in guillemets:
// "«Велм Капитал Инвест Групп»"; a longer run is a title or a quotation.
const maxQuotedNameWords = 4

// russianResultVerbs say how a match ended, in the past, with a club as
// subject or object (rule russianQuotedKind): "«Велмзенит» обыграл
// «Велмспартак»".
var russianResultVerbs = setOf(`обыграл обыграла обыграли победил победила победили проиграл проиграла проиграли разгромил разгромила уступил уступила одолел одолела`)

// matchRussianQuotedKind is rule russianQuotedKind: Russian writes an
// organisation's name in guillemets after the noun saying what it is,
// and the name stays in the nominative whatever the noun's case ("в
// компании «Велмгаз»"): the words between the guillemets, capitalised
// first, lower case after ("«Новые люди»"), are an organisation of the
// noun's type, though a word of it is a listed place ("партия «Единая
// Россия»" names no Russia). A name in guillemets before or after a
// result verb is a club ("«Велмзенит» обыграл «Велмспартак»").
func (f *finder) matchRussianQuotedKind(toks []token, i int) int {
	if f.lang0 != "ru" || !toks[i].gapBefore {
		return 0
	}
	start := 0
	if i > 0 {
		start = toks[i-1].end
	}
	if !strings.HasSuffix(strings.TrimRight(f.line[start:toks[i].start], " "), "«") {
		return 0
	}
	j := i + 1
	for ; j-i <= maxQuotedNameWords && !strings.HasPrefix(f.line[toks[j-1].end:], "»"); j++ {
		if j == len(toks) || !next(toks, j) {
			return 0
		}
	}
	if j-i > maxQuotedNameWords {
		return 0
	}
	typ, ok := "", false
	if i > 0 && strings.TrimSpace(f.line[toks[i-1].end:toks[i].start]) == "«" {
		typ, ok = russianQuotedKinds[toks[i-1].text]
		if !ok && russianResultVerbs[toks[i-1].text] {
			typ, ok = "team", true
		}
	}
	if !ok && j < len(toks) && russianResultVerbs[toks[j].text] && strings.TrimSpace(f.line[toks[j-1].end:toks[j].start]) == "»" {
		typ, ok = "team", true
	}
	if !ok {
		return 0
	}
	f.add(classOrg, typ, "", f.spanText(toks, i, j))
	return j - i
}
