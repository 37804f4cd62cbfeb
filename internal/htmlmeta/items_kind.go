package htmlmeta

// ListedWorkType reports whether an itemtype attribute
// ("https://schema.org/Book") or an RDFa typeof ("schema:Recipe") names a
// work a page lists or reviews (a Book, a Product, a Review, a Recipe):
// its author is the work's, not the page's (rule authorListedWorkScope).
// htmlextract asks it to keep such an author in the body.
func ListedWorkType(itemtype string) bool {
	return itemTypeKind(itemtype) == kindWork
}

// HoldsWorksType reports whether an item of this type makes the works
// inside it its parts (an article, a list, another work), as the walk of
// rule authorListedWorkScope reads a work nested in one (itemNestedWork).
func HoldsWorksType(itemtype string) bool {
	switch itemTypeKind(itemtype) {
	case kindOwn, kindList, kindWork:
		return true
	}
	return false
}
