package people

// Rule southSlavicBalticTables: Croatian (with Serbian and Bosnian, in
// Latin and Cyrillic letters), Latvian and Lithuanian had no table, so a
// Doc of theirs had no language and the speech verbs of lexicon
// speech_hr/lv/lt never reached the quote rules: every quote's speaker
// was null. The stop words are the common sentence openers; the roles
// are the titles news writes before a name, masculine and feminine.
// Croatian takes what a role is of in the genitive after it
// ("glasnogovornik policije"), so genitiveRoles. lede extract --format
// json on the 966 quote texts and the 2,065 extracted texts: unchanged
// (none in these languages); bench quotes, bench extract (both sets, and
// the peers' texts) and the seed byte-identical.
var southSlavicBalticTables = map[string]*langWords{
	"hr": {
		stop: words(`u na i a ali ili da je su se to taj ta te tog toga kao kad kada ako već još i također međutim prema po za od do iz s sa o bez pod nad pred
		on ona ono oni one mi ja vi njegov njezin njihov ne ni što tko gdje zašto danas jučer sutra sada tada tamo ovdje nakon prije tijekom između
		zato jer dok iako ipak svi sve taj ova ovaj ove
		у на и а али или да је су се то тај та те као када ако већ још према по за од до из с са о без он она оно они оне ми ја ви не ни шта ко где
		данас јуче сутра сада тада након пре током између зато јер док иако ипак сви`),
		roles: words(`gradonačelnik gradonačelnica načelnik načelnica ministar ministrica ministarka premijer premijerka predsjednik predsjednica predsednik predsednica
		glasnogovornik glasnogovornica portparol portparolka direktor direktorica direktorka ravnatelj ravnateljica župan županica zastupnik zastupnica poslanik poslanica
		sudac sutkinja sudija tužitelj tužiteljica tužilac odvjetnik odvjetnica advokat advokatica trener trenerica izbornik selektor šef šefica
		potpredsjednik potpredsjednica potpredsednik potpredsednica dožupan zamjenik zamjenica ekonomist ekonomistica analitičar analitičarka stručnjak stručnjakinja
		profesor profesorica profesorka liječnik liječnica lekar lekarka osnivač osnivačica policajac policajka kapetan vijećnik vijećnica odbornik odbornica
		градоначелник градоначелница министар министарка премијер премијерка председник председница портпарол директор директорка
		посланик посланица судија тужилац адвокат тренер селектор шеф потпредседник економиста аналитичар професор професорка лекар лекарка одборник одборница`),
		honorifics:    gendered(`gospodin господин`, `gđa gospođa гђа госпођа`, `dr prof др проф`),
		genitiveRoles: true,
	},
	"lv": {
		stop: words(`un vai bet ka kā ja kad jau arī tomēr pēc par no uz ar pie līdz bez pret starp pirms
		viņš viņa viņi viņas mēs es jūs tas tā tie tās šis šī šie šodien vakar rīt tagad tur šeit ne nav visi visas kas kur kāpēc tāpēc jo`),
		roles: words(`mērs mēre ministrs ministre premjerministrs premjerministre prezidents prezidente priekšsēdētājs priekšsēdētāja runasvīrs runasvīrietis pārstāvis pārstāve
		direktors direktore vadītājs vadītāja deputāts deputāte tiesnesis tiesnese prokurors prokurore advokāts advokāte treneris trenere
		ekonomists ekonomiste analītiķis analītiķe eksperts eksperte profesors profesore ārsts ārste dibinātājs dibinātāja policists policiste kapteinis
		sekretārs sekretāre padomnieks padomniece vietnieks vietniece`),
		honorifics: gendered(`kungs`, `kundze`, `dr prof`),
	},
	"lt": {
		stop: words(`ir ar bet kad kaip jei kai jau taip pat tačiau pagal pasak anot po apie iš į su prie iki be prieš tarp per nuo už
		jis ji jie jos mes aš jūs tas ta tie tos šis ši šie šiandien vakar rytoj dabar ten čia ne nėra visi visos kas kur kodėl todėl nes`),
		roles: words(`meras merė ministras ministrė premjeras premjerė prezidentas prezidentė pirmininkas pirmininkė atstovas atstovė
		direktorius direktorė vadovas vadovė narys narė teisėjas teisėja prokuroras prokurorė advokatas advokatė treneris trenerė
		ekonomistas ekonomistė analitikas analitikė ekspertas ekspertė profesorius profesorė gydytojas gydytoja įkūrėjas įkūrėja policininkas policininkė kapitonas
		patarėjas patarėja viceministras viceministrė sekretorius sekretorė pavaduotojas pavaduotoja`),
		honorifics: gendered(`ponas`, `ponia`, `dr prof`),
	},
}
