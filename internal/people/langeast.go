package people

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/lexicon"
)

// Rule eastTables: Russian, Polish and Turkish get word lists as the
// Western languages of lang.go do (their sentence words, role nouns,
// courtesy titles, months and days, common given names), so a text in
// one of them names its people with their roles ("министр финансов Иван
// Велмов", "prezes spółki Jan Velmski", "Ekonomi Bakanı Ahmet Velmoğlu")
// rather than taking the sentence's first capitalised word or the title
// into the name. Their days are not in lexicon's calendar.txt: each
// table lists its own. Their months (every case form news writes) are
// the lexicon's month table's, added by withEastMonths.
// The quotes stage has no speech list for them: it reads their texts with
// the English rules, as before. With rules genitiveComplement and
// inflectedSurname, lede extract --format json (/tmp/hD/w/run.sh),
// 2a3032d -> this, by md5 half of the file name: 2,045 go-trafilatura
// extract texts 5 changed in people (2/3), all right (people found,
// roles gained, a wrong role and three phrases read as people gone); 966
// quotes texts unchanged; bench quotes ggt-dev and polnear-dev
// byte-identical. lang.go's init puts them in langTables as it does the
// Scandinavian ones (code, calendar words, speech: none).
// Rule feminineRoleNouns: a woman's title is its own noun in both
// languages ("чиновница", "posłanka"), and the genitive after "zdaniem",
// "według", "по словам" is written so too ("zdaniem posłanki Marty
// Velmskiej"): both forms are listed, as the men's genitives are.
// lede extract --format json, 966 quotes texts and 2,065 extracted news
// texts unchanged.
var eastTables = withEastMonths(map[string]*langWords{
	"ru": {
		stop: words(`и в во на по с со к ко от до для из за о об обо у при после перед через без под над между а но или что как когда если
		он она оно они мы я вы ты его ее её их это этот эта эти тот та те там здесь тут так также тоже однако кроме уже еще ещё ведь лишь
		не ни да нет все всё весь вся сегодня вчера завтра теперь сейчас затем потом поэтому причем причём хотя пока где почему кто
		по-прежнему впрочем тем ранее позже около почти более менее
		понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье`),
		roles: words(`министр премьер премьер-министр президент вице-президент вице-премьер глава председатель зампред заместитель замминистра
		пресс-секретарь представитель спикер директор гендиректор руководитель начальник генеральный исполнительный губернатор мэр депутат сенатор судья прокурор
		генпрокурор адвокат тренер главный наставник посол советник помощник эксперт аналитик экономист профессор основатель
		совладелец владелец командующий министра президента главы председателя руководителя директора тренера
		чиновник чиновница чиновника чиновницы`),
		honorifics:    gendered(`господин`, `госпожа`, ``),
		genitiveRoles: true,
		firstNames: gendered(`иван алексей сергей дмитрий андрей владимир михаил николай александр олег павел евгений игорь юрий виктор максим артем артём борис анатолий вадим
		геннадий григорий денис илья кирилл константин леонид роман станислав федор фёдор антон валерий
		василий пётр петр степан тимур ярослав вячеслав георгий арсений`,
			`анна мария елена ольга наталья татьяна екатерина ирина светлана юлия марина анастасия дарья ксения валентина людмила галина вера надежда софья
			алла евгения лариса оксана полина алина кристина виктория алёна алена маргарита`, ``),
	},
	"pl": {
		stop: words(`w we z ze na do od po za przez dla o i a ale lub oraz albo że iż to ten ta te tego tej jak gdy kiedy jeśli jeżeli już też także jednak według
		on ona ono oni one my ja wy jego jej ich nie tak czy co kto gdzie dlaczego dziś dzisiaj wczoraj jutro teraz tam tu tutaj przy pod nad przed między bez podczas
		ponad około prawie jeszcze również natomiast ponadto zaś więc bo ponieważ mimo chociaż choć gdyż wszyscy wszystkie zarazem zdaniem jako wtedy potem później wcześniej
		poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę`),
		roles: words(`prezes prezeska minister ministra premier prezydent rzecznik rzeczniczka dyrektor dyrektorka przewodniczący przewodnicząca burmistrz wójt marszałek
		wojewoda starosta poseł posłanka senator senatorka sędzia prokurator adwokat trener trenerka selekcjoner szef szefowa wiceprezes wiceminister wicepremier
		ekonomista ekonomistka analityk analityczka ekspert ekspertka profesor lekarz lekarka założyciel założycielka kierownik kierowniczka radny radna
		prezydenta premiera prezesa rzecznika dyrektora trenera szefa
		posłanki rzeczniczki ekonomistki prezeski dyrektorki szefowej ekspertki`),
		honorifics:    gendered(`pan`, `pani`, `dr prof mgr inż`),
		genitiveRoles: true,
		firstNames: gendered(`jan piotr paweł andrzej krzysztof tomasz marek michał grzegorz józef marcin łukasz adam zbigniew jerzy tadeusz rafał kamil wojciech mateusz jakub
		andrej mariusz dariusz robert stanisław henryk ryszard kazimierz janusz szymon bartosz damian sebastian przemysław maciej
		władysław zdzisław wiesław bogdan czesław ireneusz leszek waldemar dawid patryk hubert wiktor filip kacper`,
			`anna maria katarzyna małgorzata agnieszka barbara ewa krystyna magdalena joanna aleksandra monika dorota beata elżbieta zofia teresa danuta
			jadwiga irena halina natalia karolina paulina justyna marta iwona renata
			ewelina sylwia urszula edyta jolanta grażyna bożena wanda helena alicja julia zuzanna weronika`, ``),
	},
	"tr": {
		stop: words(`bu şu o bir ve veya ile ama fakat ancak için gibi kadar göre daha en çok az her hiç ne neden nasıl kim nerede bugün dün yarın ise de da ki
		sonra önce ayrıca bunun buna bunu şimdi öte yandan diğer yine hem artık zaten hatta
		pazartesi salı çarşamba perşembe cuma cumartesi pazar`),
		// Turkish titles take the possessive ending after what they are
		// of ("Ekonomi Bakanı", "Genel Müdürü", "Kulüp Sözcüsü"): both
		// forms are listed.
		roles: words(`bakan bakanı başbakan cumhurbaşkanı başkan başkanı sözcü sözcüsü müdür müdürü direktör direktörü yönetici yöneticisi vali valisi
		milletvekili vekili hakim hakimi savcı savcısı avukat avukatı profesör ekonomist analist uzman uzmanı antrenör antrenörü kaptan kaptanı
		temsilci temsilcisi büyükelçi büyükelçisi kurucu kurucusu yardımcısı başkanvekili`),
		honorifics:     gendered(`bay`, `bayan`, `sayın prof doç dr av`),
		caseApostrophe: true,
		firstNames: gendered(`ahmet mehmet mustafa ali hüseyin hasan ibrahim murat ömer osman yusuf emre burak kemal okan fatih hakan serkan cem mert selim kerem
		volkan tolga onur erkan levent orhan kaan baran berk arda oğuz taner erdem sinan tarık nihat ercan`,
			`ayşe fatma emine hatice zeynep elif merve esra özlem selin derya aylin gül sevgi deniz ebru pınar
			ayşegül şule büşra tuğba gamze sibel melek canan hülya filiz`, ``),
	},
})

// withEastMonths adds to each table's sentence words the month names its
// language writes in full, from the lexicon's month table (lexicon.MonthNames,
// nominative and genitive): a month is capitalised at a sentence's start
// ("Marca ...", "Ноября ..."), never a name, and one table serves every
// reader of months.
func withEastMonths(tables map[string]*langWords) map[string]*langWords {
	for code, lw := range tables {
		for m := range lexicon.MonthNames(code) {
			lw.stop[m] = true
		}
	}
	return tables
}

// maxGenitiveWords bounds the complement of rule genitiveComplement
// ("министр экономического развития", "minister spraw zagranicznych",
// "губернатор Велмской области": two or three words).
const maxGenitiveWords = 3

// genitiveRoleStart is rule genitiveComplement: in Russian and Polish a
// role takes what it is of in the genitive, with no preposition, so
// lower-case words stand between the role and the name ("министр
// финансов Иван Велмов", "prezes spółki Jan Velmski"), and the English
// rule of role words right before the name finds none. It returns the
// role's token before the name at token i (at most maxGenitiveWords
// words before it, none a sentence word or on another line), or -1. A
// capitalised word of the complement is an adjective in the genitive
// ("Велмской области") or a name in quotation marks ("директор
// «Велмтелекома»"), never a name that may be a person's ("Prezes Nowak
// przyjęła Jana Lisa" gives Jan Lis no role).
func (d *Doc) genitiveRoleStart(i int) int {
	if d.lx == nil || !d.lx.genitiveRoles {
		return -1
	}
	toks := d.Tokens
	c, n := i, 0
	for c > 0 && n < maxGenitiveWords && !d.lineBreakBefore(c) {
		t := toks[c-1]
		if !t.Word {
			if !isOpenMark(t.Text) && !isCloseMark(t.Text, true) {
				break
			}
			c--
			continue
		}
		w := d.lower(t)
		// A preposition of roleOf joins a complement too ("ministrica za
		// zdravje", Slovene): rule roleOfComplement.
		if d.stopCap(w) && !(!t.Cap && d.lx.roleOf[w]) || d.roleNoun(w) {
			break
		}
		if t.Cap && !genitiveAdjective(w) && !(c >= 2 && isOpenMark(toks[c-2].Text)) {
			break
		}
		c--
		n++
	}
	if n == 0 || c == 0 || !toks[c-1].Word || d.lineBreakBefore(c) || !d.roleNoun(d.lowerBare(toks[c-1])) {
		return -1
	}
	// Role words before the role stay in it ("генеральный директор").
	c--
	for c > 0 && toks[c-1].Word && !d.lineBreakBefore(c) && d.roleNoun(d.lowerBare(toks[c-1])) {
		c--
	}
	return c
}

// genitiveAdjectiveEndings end Russian and Polish adjectives in the
// genitive singular ("Новосибирской", "Московского", "Mazowieckiego",
// "Śląskiej"): rule genitiveComplement.
var genitiveAdjectiveEndings = []string{"ской", "ского", "цкой", "цкого", "ной", "ного", "ego", "iej"}

// genitiveAdjective reports a word, lower case, with an ending of
// genitiveAdjectiveEndings.
func genitiveAdjective(w string) bool {
	for _, e := range genitiveAdjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// genitiveNounEndings end the first word of a genitive complement, an
// adjective or a noun ("Velmskiej", "Partii", "Komisji", "партии",
// "Московской"), and no nominative name: rule genitiveComplement.
var genitiveNounEndings = []string{"ii", "ji", "iej", "nej", "wej", "ego", "ии", "ой", "ого", "его"}

// genitiveNoun reports a word, lower case, of five letters or more with
// an ending of genitiveNounEndings.
func genitiveNoun(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range genitiveNounEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// caseEndings are the endings Russian and Polish surnames take in the
// other cases, longest first ("Velmana", "Velmanowi", "Velmskiego",
// "Велманом"): rule inflectedSurname.
var caseEndings = []string{"owi", "ego", "iej", "ому", "ого", "ему", "em", "im", "ie", "ej", "ą", "ом", "ым", "им", "ой", "ей", "у", "а", "е", "ы", "a", "u", "y", "e"}

// nominativeEndings are what a stem takes back to be a surname's
// nominative ("Velmsk" + "i", "Velmow" + "a", "Велмск" + "ий").
var nominativeEndings = []string{"", "i", "a", "y", "ий", "ый", "ая", "а"}

// matchInflected is rule inflectedSurname: Russian and Polish decline
// surnames, so "Velmana" after a role in the genitive ("prezydenta
// Velmana") is Jan Velman named before, not a person of its own. The
// word, lower case, less a case ending, is matched as a surname with
// each nominative ending; -1 when none is known. The stem keeps three
// letters. Only a person with a title or role, or a known given name,
// is matched (not a run misread as a name, "Velm V. Velman" over a
// sentence's end), the one named in full last before pos first.
func (d *Doc) matchInflected(w string, pos int) int {
	for _, e := range caseEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		for _, n := range nominativeEndings {
			best, bestPos := -1, -1
			for _, pi := range d.byLast[stem+n] {
				p := d.People[pi]
				if !p.attested && len(p.Roles) == 0 && !d.givenName(p.first) {
					continue
				}
				k := sort.SearchInts(p.fullStarts, pos)
				at := -1
				if k > 0 {
					at = p.fullStarts[k-1]
				}
				if best < 0 || at > bestPos {
					best, bestPos = pi, at
				}
			}
			if best >= 0 {
				return best
			}
		}
	}
	return -1
}

// maxTurkishFields bounds the capitalised words before "ve" that rule
// turkishMinistry takes into a role ("Çevre Şehircilik ve ...").
const maxTurkishFields = 4
