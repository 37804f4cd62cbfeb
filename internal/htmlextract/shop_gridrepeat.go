package htmlextract

// maxGridLine bounds the blocks rule "grid-repeats" exempts: a card's
// attribute line, badge or name ("Capacity: 40 L", "Free delivery",
// "Use a voucher at checkout"). A longer one repeated in every card (a
// shipping paragraph of a hundred words and more) is the shop's notice
// copied into each, said once. On the WCXB dev pages 80 kept the card
// lines the golds repeat and left out a notice of 110 bytes that two
// pages of one shop set in every card. (Measured by hand at 47ad9443
// with lede bench extract on extract/ and extract-wcxb/ against its
// parent; the message of that commit has the scores.)
const maxGridLine = 80

// noteGridLines is rule "grid-repeats": a product grid inside the root
// (rule "price-grid") repeats its cards' lines by design, each card
// stating its own attributes, so a line said again in another card is
// that card's text, not a second rendering of the first (rule
// "repeated-block"). It notes the short blocks emitted from the grid,
// body blocks from on, which dropRepeats then keeps however often they
// recur. Example: a category page of packs whose every card reads
// "Capacity: 40-50 L" under its name lost that line from all cards but
// the first.
func (x *extractor) noteGridLines(from int) {
	if x.gridLines == nil {
		x.gridLines = make(map[string]bool)
	}
	for _, b := range x.a.Body[from:] {
		if len(b.Text) <= maxGridLine {
			x.gridLines[b.Text] = true
		}
	}
}
