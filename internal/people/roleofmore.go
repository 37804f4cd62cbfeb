package people

// roleOfMore: rule roleOfDative. Italian and French join a portfolio to
// its role with "a" and the article as well as "di" ("l'assessore ai
// Trasporti Giorgio Villa", "l'assessora alla Cultura", "le ministre
// délégué aux Transports Jean Velm"); with only "di"/"de" listed, the
// capitalised run "Trasporti Giorgio Villa" was no one at all. lede
// extract --format json (/tmp/hD/w/run.sh), feb83b0 -> this: the 966
// quotes texts and the 2,045 go-trafilatura extract texts unchanged;
// bench quotes byte-identical. TestRoleOfDative is what proves it.
var roleOfMore = map[string]string{
	"it": `al allo alla ai agli alle all' all’`,
	"fr": `au aux`,
}

func init() {
	for code, ws := range roleOfMore {
		for w := range words(ws) {
			langTables[code].roleOf[w] = true
		}
	}
}
