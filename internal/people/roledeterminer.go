package people

// roleDeterminers are the articles and possessive determiners that may
// open the words before a name without being part of its role ("Deren
// Sprecherin Anna Vogt", "Seine Frau Maria Brandt", "selon le Dr Jean
// Moreau"), by language ("" for English, read in every text). Each
// language has its own: French "son" and "un" are English nouns ("her
// son Tom", "UN envoy").
var roleDeterminers = map[string]map[string]bool{
	"":   words(`the a an his her their its our`),
	"de": words(`der die das den dem des ein eine einer einem einen sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren deren dessen unser unsere`),
	"fr": words(`le la les l un une son sa ses leur`),
	"es": words(`el la los las un una su sus`),
	"it": words(`il lo la i gli le un una suo sua`),
	"pt": words(`o a os as um uma seu sua`),
	"nl": words(`de het een zijn haar hun`),
}

// roleDeterminerStart is rule roleDeterminer: the first token of the
// role between i and end (exclusive) once the determiners opening it are
// skipped; end when nothing else is left, so a role that was only an
// article and a courtesy title ("le Dr Jean Moreau": "le") or a
// possessive and a title ("Seine Frau Maria Brandt": "Seine") is none,
// and "Deren Sprecherin Anna Vogt" has the role "Sprecherin".
// lede extract --format json (/tmp/hD/w/run.sh), 27d1d77 -> this, by md5
// half of the file name: 966 quotes-benchmark texts unchanged; 2,045
// go-trafilatura extract texts 2 changed (1/1), both right (a German
// possessive and a French one gone from a role); bench quotes ggt-dev,
// polnear-dev, polnear-train byte-identical.
func (d *Doc) roleDeterminerStart(i, end int) int {
	lang := roleDeterminers[d.Lang()]
	for i < end {
		w := d.lowerBare(d.Tokens[i])
		if !roleDeterminers[""][w] && !lang[w] {
			break
		}
		i++
	}
	return i
}
