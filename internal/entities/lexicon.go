package entities

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/lede-news/lede/internal/model"
)

//go:embed names.txt
var namesData string

//go:embed kinds.txt
var kindsData string

// namesEastData adds Polish, Russian and Turkish names to entries of
// names.txt (names_east.txt says how).
//
//go:embed names_east.txt
var namesEastData string

// Entity classes.
const (
	classOrg   = "org"
	classPlace = "place"
)

// entry is one named organisation or place of names.txt.
type entry struct {
	class, typ, canonical string
}

// alias is one way of writing an entry.
type alias struct {
	e *entry
	// ambiguous aliases are common words too ("Guardian", "Georgia") and
	// count only away from the start of a sentence.
	ambiguous bool
}

// kind is what a kind word of kinds.txt makes of a name.
type kind struct {
	class, typ string
}

type lexicon struct {
	// names maps the words of an alias, joined by single spaces, to it.
	names map[string]alias
	// maxWords is the length of the longest alias in words.
	maxWords int
	// prefixes holds the first n words (n >= 1) of every alias longer
	// than n words, joined like names' keys: longestAlias reads no
	// further once its words are none of these.
	prefixes map[string]bool
	suffix   map[string]kind
	head     map[string]kind
	lower    map[string]kind
	// canonicalByName finds an entry by its canonical name (for merging).
	canonicalByName map[string]*entry
	// eastNames are the keys of names_east.txt's aliases, listed there or
	// in names.txt before: rule slavicPlaceCase reads a case only of
	// these or of a canonical name, not of another language's name
	// ("Cracovią", a club, is no case of Italian "Cracovia").
	eastNames map[string]bool
	// localNames are the one-word names read in one language's text only,
	// by language (names_east.txt's "pl:Anglia"): rule slavicPlaceCase
	// reads them.
	localNames map[string]map[string]*entry
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func loadLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			names:           map[string]alias{},
			prefixes:        map[string]bool{},
			suffix:          map[string]kind{},
			head:            map[string]kind{},
			lower:           map[string]kind{},
			canonicalByName: map[string]*entry{},
			localNames:      map[string]map[string]*entry{},
			eastNames:       map[string]bool{},
		}
		for _, line := range strings.Split(namesData, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			hdr, rest, ok := strings.Cut(line, ":")
			f := strings.Fields(hdr)
			if !ok || len(f) != 2 {
				continue
			}
			e := &entry{class: f[0], typ: f[1]}
			for i, a := range strings.Split(rest, ";") {
				a = strings.TrimSpace(a)
				amb := strings.HasPrefix(a, "?")
				a = strings.TrimPrefix(a, "?")
				if a == "" {
					continue
				}
				if i == 0 {
					e.canonical = a
					l.canonicalByName[normKey(a)] = e
				}
				words := strings.Fields(normKey(a))
				l.addAlias(words, strings.Join(words, " "), alias{e: e, ambiguous: amb})
			}
		}
		l.addNames(namesEastData)
		for _, line := range strings.Split(kindsData, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			hdr, rest, ok := strings.Cut(line, ":")
			f := strings.Fields(hdr)
			if !ok || len(f) != 3 {
				continue
			}
			k := kind{class: f[1], typ: f[2]}
			if k.typ == "-" {
				k.typ = ""
			}
			var m map[string]kind
			switch f[0] {
			case "suffix":
				m = l.suffix
			case "head":
				m = l.head
			case "lower":
				m = l.lower
			default:
				continue
			}
			for w := range strings.FieldsSeq(rest) {
				m[w] = k
			}
		}
		lex = l
	})
	return lex
}

// addNames adds the aliases of data's lines (names_east.txt) to the
// entries of names.txt their header and first alias name ("place
// country: Georgia" is the country, not the US state); an alias already
// listed keeps its entry, and a line naming no entry is skipped
// (TestNamesEastEntries holds none). An alias written "pl:Anglia" is
// read in Polish text only (localNames): in English "Greater Anglia" is
// no England.
func (l *lexicon) addNames(data string) {
	entries := map[string]*entry{}
	for _, a := range l.names {
		entries[entryKey(a.e)] = a.e
	}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		hdr, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		var e *entry
		for i, a := range strings.Split(rest, ";") {
			a = strings.TrimSpace(a)
			if i == 0 {
				if e = entries[hdr+":"+a]; e == nil {
					break
				}
				continue
			}
			amb := strings.HasPrefix(a, "?")
			a = strings.TrimPrefix(a, "?")
			if lang, local, ok := strings.Cut(a, ":"); ok {
				if l.localNames[lang] == nil {
					l.localNames[lang] = map[string]*entry{}
				}
				l.localNames[lang][local] = e
				continue
			}
			words := strings.Fields(normKey(a))
			key := strings.Join(words, " ")
			if key != "" {
				l.eastNames[key] = true
			}
			if _, listed := l.names[key]; listed || key == "" {
				continue
			}
			l.addAlias(words, key, alias{e: e, ambiguous: amb})
		}
	}
}

// entryKey names e as a line of names_east.txt opens: its class, type
// and canonical name ("place country:Georgia").
// addAlias lists an alias of words (key, their join) and each of its
// leading parts as a prefix, for names.txt and names_east.txt alike.
func (l *lexicon) addAlias(words []string, key string, a alias) {
	l.maxWords = max(l.maxWords, len(words))
	l.names[key] = a
	for n := 1; n < len(words); n++ {
		l.prefixes[strings.Join(words[:n], " ")] = true
	}
}

func entryKey(e *entry) string {
	return e.class + " " + e.typ + ":" + e.canonical
}

// normKey folds the typographic apostrophe so "St Thomas’" and "St Thomas'"
// are one key.
func normKey(s string) string {
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// headAbbrev expands abbreviated head words so "Dept of Health" and
// "Department of Health" are one organisation.
var headAbbrev = map[string]string{"Dept": "Department", "Govt": "Government", "Univ": "University"}

// roleWords are titles and roles that stand before or after names
// ("Labour Leader Orrin Vale", "Green Party MP Maren Tolvey"): they end
// or start a name but are never part of an organisation's or place's name.
var roleWords = setOf(`Leader Secretary Chancellor Minister MP MPs MEP MSP President Prime Shadow
Chief Executive Director Spokesman Spokeswoman Spokesperson Chair Chairman Chairwoman Senator Sen
Rep Representative Governor Gov Mayor Mr Mrs Ms Miss Dr Sir Lord Lady Dame Professor Prof General
Gen Officer Commissioner Inspector Judge Justice King Queen Prince Princess Pope Bishop Archbishop
Councillor Cllr Premier Deputy Vice Assistant Sheriff Attorney Ambassador Speaker Candidate
Founder CEO Editor Correspondent Reporter Captain Colonel Major Sergeant Detective Constable Superintendent`)

// functionWords start sentences and headlines but never a name.
var functionWords = setOf(`The A An This That These Those In On At For From But And Or If When While As
After Before By With Without Of To Into Over Under About Since Until Yet So Then Now Here There
It Its He She They We You I His Her Their Our My Your Why What Who How Where Which Not No Yes
Just Only Also Even Still Meanwhile However Although Though Because During Despite According
Last Next Every Each Some Many Most More Other Another Such All Both Several Mr Mrs Ms Dr`)

// timeWords are capitalised but are dates, never places.
var timeWords = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Christmas Easter Today
Tomorrow Yesterday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri
Sat Sun`)

// notAcronyms are all-capital words that are not organisations: media markers
// in headlines, units, titles and common abbreviations.
var notAcronyms = setOf(`VIDEO VIDEOS PHOTOS PHOTO PICS PIC WATCH LISTEN AUDIO LIVE UPDATE UPDATED
BREAKING EXCLUSIVE OPINION ANALYSIS READ MORE NEW TV PM AM MP MPs MEP MSP CEO CFO COO OK
ID DIY FAQ PDF URL USB GMT BST EST PST UTC DC VS AD BC II III IV VI VII VIII IX XI XII RIP LOL
OMG FYI ASAP AKA PR HR IT IQ DNA GDP CO2 COVID HIV AIDS VIP MD PhD QC KC OBE MBE CBE JR SR
EDT EDST CDT CST MDT MST PDT AEST CET CEST IST PTSD ADHD MBA POTUS FLOTUS SCOTUS ACA GOP LGBT LGBTQ
MRI ICU CPR ATM SUV GPS APR TBA TBC RSVP UFO WTF NSFW IMHO BTW CCTV AI VR PS PPS ETA NB RE FW
ALL AND ANY ARE BUT CAN DID FOR GET GOT HAS HAD HER HIM HIS HOW ITS LET MAY NOT NOW ONE OUR OUT
OWN SAY SEE SHE THE TOO TWO USE WAS WAY WHO WHY YES YET YOU ALSO BACK BEEN BEST BOTH CAME COME
DONE EACH EVEN EVER FROM GIVE GOOD HAVE HERE HIGH JUST KEEP KNOW LAST LIKE LONG LOOK MADE MAKE
MANY MOST MUCH MUST NEED NEXT ONLY OVER REAL SAID SAME SAVE SOME SPEND STOP SUCH SURE TAKE THAN
THAT THEM THEN THEY THIS TIME VERY WANT WELL WENT WERE WHAT WHEN WILL WITH WORK YEAR YOUR ABOUT
AFTER AGAIN BEING COULD EVERY FIRST GREAT NEVER OTHER RIGHT SHALL STILL THEIR THERE THESE THING
THINK THOSE THREE UNDER WHERE WHICH WHILE WHITE WORLD WOULD BLACK TRUE FALSE FAKE HOAX NEWS FREE
HELP WAR KILL DEAD DEATH LOVE HATE SHAME WRONG BAD SAD HUGE TOTAL WOW YEAH OOPS NO OH OK`)

// conceptAcronyms are acronyms of concepts, not organisations (rule
// conceptAcronym): economic measures and instruments, business terms and
// titles, technologies, health, education and military terms, and kinds
// of organisation that name none ("an NGO", "a super PAC"). Acronyms that
// are also the names of well-known organisations or parties ("ICE",
// "ACT") are left out, and so are the names of laws and treaties;
// two-letter acronyms ("AI", "EV") are no organisations anyway
// (matchAcronym).
var conceptAcronyms = setOf(`CPI PPI RPI HICP GNP GNI GVA PMI FDI ESG EPS ROI ROE IPO ETF REIT GST
HST VAT NIC APR APY LIBOR SOFR M&A P&L EBIT EBITDA KPI OPEX CAPEX LNG LPG CNG PHEV HEV CCS GHG CFC
HFC CIO CTO CMO CHRO EVP AVP Q&A R&D B2B B2C SME NDA IOU AGI LLM GPU CPU RAM ROM SSD HDD API
SDK VPN LAN WLAN LTE GSM SIM SMS MMS PIN ZIP HTML HTTP HTTPS XML JSON DVD DVR LED LCD OLED UHD
RFID NFC NFT RNA PCR PPE BMI IVF STD STI HPV RSV SARS MERS ALS COPD OCD LGBTQI LGBTQIA DEI ESL
STEM GPA SAT GED MBA BFA MFA WMD IED ICBM UAV POW MIA AWOL WWI WWII NGO PAC`)

// jargonAcronyms are acronyms of trade and technical jargon, and currency
// codes (rule jargonAcronym): web and software terms ("CSS", "SQL",
// "SEO"), formats and hardware ("CSV", "HDMI"), business metrics ("CTR",
// "SKU") and ISO currency codes ("USD", "EUR"). None names an
// organisation; those that also name a well-known company ("AES", "CMS")
// are left out.
var jargonAcronyms = setOf(`SEO CSS SQL CLI DNS DOM PHP UTF YAML SSH CSV ASCII GUI TCP TLS SVG IDE
ORM PID CDN SSO NLP RAG TPU HDR RGB DPI DSLR HDMI DLSS CNC PVC HVAC HIIT BBQ EEG ISBN CRM
HRIS HCM CISO PPC CTR CPM UTM SKU MSRP SLA GMAT USD EUR GBP JPY CHF CNY AUD`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
}

// IsPlace reports whether name, written as it stands ("Kuala Lumpur"),
// is a place of the list that is no common word too. The people finder
// uses it to keep two capitalised words that name a city or a state out
// of the people. It runs on every untitled capitalised run the people
// finder reads, so the space folding is model.CollapseSpace, which does
// not allocate for a name already folded.
func IsPlace(name string) bool {
	a, ok := loadLexicon().names[model.CollapseSpace(normKey(name))]
	return ok && !a.ambiguous && a.e.class == classPlace
}
