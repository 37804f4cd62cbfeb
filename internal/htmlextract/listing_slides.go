package htmlextract

// wClassCarousel is the class word of a slider (rule "prose-slides").
var wClassCarousel = mustWord("class:carousel")

// slideProseMin is rule "prose-slides": the fewest paragraphs of prose
// (blocks counted by rule "good-text") that make a carousel's slides
// text. A photo carousel holds captions, one of them long at most; a
// service page's slider of client testimonials or of features holds one
// paragraph a slide. (On the WCXB dev pages, 1 let an undeclared news
// story's photo caption in, in extract/; 3 lost service pages on one
// md5 half: measured by hand at 0ade56a5 with lede bench extract on
// extract/ and extract-wcxb/, words F1 per md5 half.)
const slideProseMin = 2

// slideContent is rule "prose-slides": a region classed as a carousel
// holding slideProseMin paragraphs of prose or more, on a page that
// declares neither an article nor a product (og:type, JSON-LD @type, a
// schema.org Product script), is the page's text, not a gallery: a
// service's or a firm's page puts its client quotes and its features in
// sliders ("Ada Morrow, head of operations: the move took one weekend"),
// and they went with the class word. On an article a carousel is its
// photos or other stories; on a shop's page, other products.
func (x *extractor) slideContent(p *nodeInfo) bool {
	return p.word == wClassCarousel && !x.article && !x.shop && p.paras >= slideProseMin
}
