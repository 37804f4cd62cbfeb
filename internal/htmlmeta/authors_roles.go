package htmlmeta

import (
	"strings"

	"github.com/lede-news/lede/internal/lexicon"
)

// localJobWords is rule authorLocalJob: the job titles a byline writes
// after the name in the languages beyond English whose words jobWords and
// titleStartWords hold ("Kari Nordmann, korrespondent", "Jana Nováková,
// redaktorka", "Иван Петров, корреспондент", "Ayşe Yılmaz, muhabir"). After
// a name, a part holding one is the name's job (rule authorJobPart), and a
// name running into one ends before it (cutJobTitle), instead of the job
// being read as a second author or spoiling the name. The words these
// languages share with English ("journalist", "reporter",
// "correspondent") are titleStartWords', which both callers read first.
var localJobWords = map[string]bool{
	// Norwegian, Danish, Swedish
	"korrespondent": true, "redaktør": true, "redaktör": true,
	"kommentator": true, "skribent": true, "krönikör": true, "kronikør": true,
	"journalisten": true, "reportern": true, "korrespondenten": true, "nyhetsredaktør": true,
	// Finnish
	"toimittaja": true, "kirjeenvaihtaja": true, "päätoimittaja": true, "kolumnisti": true, "kommentaattori": true,
	// Czech, Slovak
	"redaktor": true, "redaktorka": true, "reportér": true, "reportérka": true, "zpravodaj": true,
	"zpravodajka": true, "novinář": true, "novinářka": true, "komentátor": true, "komentátorka": true,
	"spravodajca": true, "spravodajkyňa": true,
	// Polish
	"dziennikarz": true, "dziennikarka": true, "reporterka": true, "korespondent": true,
	"korespondentka": true, "publicysta": true, "publicystka": true, "komentator": true,
	// Russian, Ukrainian
	"корреспондент": true, "корреспондентка": true, "журналист": true, "журналистка": true,
	"обозреватель": true, "редактор": true, "репортер": true, "репортёр": true, "колумнист": true,
	"спецкор": true, "собкор": true, "кореспондент": true, "журналіст": true, "журналістка": true,
	"оглядач": true,
	// Turkish
	"muhabir": true, "muhabiri": true, "editör": true, "editörü": true,
	// Dutch
	"verslaggever": true, "redacteur": true,
	// French, Spanish, Italian, Portuguese, Romanian, Hungarian
	"journaliste": true, "correspondante": true, "rédacteur": true, "rédactrice": true,
	"chroniqueur": true, "chroniqueuse": true, "periodista": true, "corresponsal": true, "redactor": true,
	"redactora": true, "giornalista": true, "corrispondente": true, "inviato": true, "inviata": true,
	"redattore": true, "redattrice": true, "jornalista": true, "correspondente": true, "repórter": true,
	"redator": true, "redatora": true, "jurnalist": true, "corespondent": true, "újságíró": true,
	"tudósító": true, "szerkesztő": true,
}

// localJobSuffixes end the compound job titles of the languages that
// write them as one word ("utenrikskorrespondent", "kulturjournalist",
// "Wirtschaftsredakteurin", "ulkomaantoimittaja"): a word longer than the
// suffix by minJobPrefix letters or more is a job too.
var localJobSuffixes = []string{
	"korrespondent", "korrespondentin", "journalist", "journalistin", "reporter", "reporterin",
	"redaktør", "redaktör", "redakteur", "redakteurin", "redacteur", "verslaggever", "toimittaja",
	"kirjeenvaihtaja", "kommentator",
}

// minJobPrefix: the shortest head of a compound job title ("TV-" in
// "tv-reporter", "nyhets" in "nyhetsreporter").
const minJobPrefix = 2

// localJob reports whether w, lower-cased and trimmed, is a job word of
// rule authorLocalJob.
func localJob(w string) bool {
	if localJobWords[w] {
		return true
	}
	for _, s := range localJobSuffixes {
		if len(w) >= len(s)+minJobPrefix && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// agencyPart is rule authorAgencyPart: after a name, a byline part that is
// a news agency alone ("John Smith, Reuters", "Jana Nováková, ČTK",
// "Mette Jensen, Ritzau", "Иван Петров, ТАСС": lexicon.WireAgencies and
// lexicon.IsNationalAgency) names the wire the copy came from, not a
// second author; an agency credited alone stays (it is the first part).
func agencyPart(p string) bool {
	p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ".()"))
	if lexicon.IsWireAgency(p) {
		return true
	}
	return lexicon.IsNationalAgency(strings.ToLower(p))
}

// groupDeclared is rule authorGroupDeclared: metadata that credit only a
// desk or the staff ("Example Staff", "Newsroom", "Web Desk",
// "Redaktion") while the byline a reader sees names a person ("By Jane
// Doe") declare the house credit the system sets by default; the person
// wrote it. It returns the first visible source's people when every
// declared name is a group's and that source names only people, else nil.
func groupDeclared(declared []string, visible [][]string, namesOf func([]string, *[]string) []string) []string {
	for _, n := range declared {
		if !groupCredit(n) {
			return nil
		}
	}
	return visiblePeople(visible, namesOf, nil)
}

// visiblePeople is the names of the first visible source that names
// anyone (namesOf), when each is a person's (personName, no groupCredit)
// that notPerson, when given, does not reject; nil otherwise. Rules
// authorGroupDeclared and authorLoginDeclared (authors_login.go) give
// the byline's people over the declared credit so.
func visiblePeople(visible [][]string, namesOf func([]string, *[]string) []string, notPerson func(string) bool) []string {
	var def []string
	for _, src := range visible {
		names := namesOf(src, &def)
		if len(names) == 0 {
			continue
		}
		for _, n := range names {
			if !personName(n) || groupCredit(n) || notPerson != nil && notPerson(n) {
				return nil
			}
		}
		return names
	}
	return nil
}

// groupCredit reports whether a credit names a desk, a team or the staff
// rather than a person: one of its words is a group's or a desk's.
func groupCredit(n string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(n)) {
		// "staff": "Example Staff" (groupWords hold "staffers" only).
		if groupWords[w] || deskWords[w] || w == "staff" {
			return true
		}
	}
	return false
}

// maxRoleBytes bounds the job or agency part of rule authorNameRoleLine.
const maxRoleBytes = 60

// nameRoleLine is rule authorNameRoleLine: a line right after the
// headline made of a person's name, a comma and the name's job or agency
// ("Kari Lund, korrespondent", "Tom Grey, Senior Reporter", "Eva Horáková,
// ČTK"), without a credit word or a date, names the author; the job or
// agency vocabulary (rules authorJobPart, authorLocalJob,
// authorAgencyPart) tells it from a list or a subtitle. It returns the
// name, or "".
func nameRoleLine(t string) string {
	name, role, ok := strings.Cut(t, ", ")
	if !ok || len(role) > maxRoleBytes || hasDigit(t) || strings.ContainsAny(role, ",;") {
		return ""
	}
	if !jobPart(role) && !allJobWords(role) && !agencyPart(role) {
		return ""
	}
	if !properName(name) || !personName(name) || groupCredit(name) || cleanName(name) != name {
		return ""
	}
	return name
}

// staffReportWords may follow "Staff" in a staff credit ("Example Staff
// Report", "Example Staff Reports").
var staffReportWords = map[string]bool{"report": true, "reports": true}

// staffHead is rule authorStaffCredit's reader: for a credit to an
// outlet's staff ("Harbour Courier Staff", "Podium Staff", "Harbour
// Courier Staff Report") it returns the words before "Staff" and true.
// Such a credit names no person: the outlet (or the partner outlet it
// names) wrote the piece. A lone "Staff" is no credit of anyone (cleanName
// drops it as a job word).
func staffHead(n string) (string, bool) {
	if !mayHoldStaff(n) {
		return "", false // most credits: no words split
	}
	w := strings.Fields(n)
	last := len(w) - 1
	if last >= 1 && staffReportWords[strings.ToLower(strings.Trim(w[last], ".,;:"))] {
		last--
	}
	if last < 1 || !strings.EqualFold(strings.Trim(w[last], ".,;:"), "staff") {
		return "", false
	}
	// Rule authorStaffDesk: the desk the staff works at is no part of
	// the outlet's name ("Harbour Courier Editorial Staff" is the
	// Harbour Courier's, not a "Harbour Courier Editorial"'s).
	for last > 1 && staffDeskWords[strings.ToLower(w[last-1])] {
		last--
	}
	return strings.Join(w[:last], " "), true
}

// staffDeskWords may stand between an outlet's name and "Staff" in a
// staff credit, naming the desk ("Editorial Staff", "Newsroom Staff",
// "Web Staff"); words that no outlet's name ends with.
var staffDeskWords = map[string]bool{"editorial": true, "newsroom": true, "web": true}

// staffCredit is rule authorStaffCredit: a byline crediting an outlet's
// staff ("By Harbour Courier Staff") names the outlet as the author, the
// way a wire's byline names the wire, and no person. The name rules read
// the credit whole ("Staff" is no job title of a person "Harbour
// Courier": cutJobTitle), so that one in the metadata yields to the
// person a visible byline names (rule authorGroupDeclared), one naming
// the site is set aside with the outlet's credits (authors), and one
// after a person's name is the staff the person belongs to, no second
// author (splitAuthors). The credit chosen is written as the outlet's
// name when that has two words or more ("Harbour Courier"); a one-word
// head keeps the credit's words ("Podium Staff"), which a lone word
// ("Podium") would not tell from a surname, but a wire's staff is written
// as the wire ("Reuters staff": "Reuters"). It returns the credit so
// written, or "" when n is no staff credit.
func staffCredit(n string) string {
	head, ok := staffHead(n)
	if !ok {
		return ""
	}
	if strings.Contains(head, " ") || agencyPart(head) {
		return head
	}
	return n
}

// wireReportWords, alone or together, are what is left of a credit to
// the staff and the wires once "Staff and" is split off ("Staff and
// agencies", "From staff and wire reports", "staff reports"): rule
// authorStaffCredit reads no person's name in them.
var wireReportWords = map[string]bool{"agencies": true, "agency": true, "wires": true, "wire": true, "reports": true, "report": true}

// staffPart reports whether a byline part after a name is the staff the
// name belongs to: a staff credit (staffHead) or its writers'
// (staffWriters). Rule authorStaffCredit.
func staffPart(p string) bool {
	_, staff := staffHead(p)
	return staff || staffWriters(p)
}

// mayHoldStaff reports whether n may hold the word "staff" as
// strings.EqualFold reads it: its letters in either case, or the long s
// ("ſ") that folds to "s".
func mayHoldStaff(n string) bool {
	for i := 0; i+len("staff") <= len(n); i++ {
		if strings.EqualFold(n[i:i+len("staff")], "staff") {
			return true
		}
	}
	return strings.Contains(n, "ſ")
}
