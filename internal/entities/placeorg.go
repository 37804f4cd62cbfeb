package entities

// dropOrgPlaces is rule placeNamedOrg: a place read from its context
// alone (a preposition before it: "shares in Velmarix rose"),
// with no word list naming it, whose every mention the article writes as
// an organisation elsewhere ("the tech firm Velmarix") is that
// organisation, not a place: it is dropped, the organisation keeps its
// mentions. A listed place that shares its name with an organisation
// stays both (a city and its paper's short name); a place that opens an
// organisation's name ("in Westport", "Westport Council") stays too.
// lede extract --format json (/tmp/hD/w/run.sh), b5ed34b -> this, by md5
// half of the file name: 966 quotes texts unchanged; 2,045
// go-trafilatura extract texts 3 changed (1/2), all right (an agency
// and two companies no longer places); bench quotes ggt-dev,
// polnear-dev, polnear-train byte-identical.
//
// It runs on every text: the map of the organisations' mentions is built
// only when the text has an organisation and a place no list names.
func dropOrgPlaces(all []*found) []*found {
	orgs, unlisted := false, false
	for _, e := range all {
		if e.class == classOrg {
			orgs = true
		} else if unlistedPlace(e) {
			unlisted = true
		}
	}
	if !orgs || !unlisted {
		return all
	}
	orgMentions := map[string]bool{}
	for _, e := range all {
		if e.class != classOrg {
			continue
		}
		for _, m := range e.mentions {
			orgMentions[m] = true
		}
	}
	out := all[:0]
	for _, e := range all {
		if e.class != classOrg && unlistedPlace(e) && allIn(e.mentions, orgMentions) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// unlistedPlace reports a place of rule placeNamedOrg's: read from its
// context, no list naming it (its name is the list's, "" for none).
func unlistedPlace(e *found) bool { return e.name == "" && len(e.mentions) > 0 }

// allIn reports whether every string of ms is in set.
func allIn(ms []string, set map[string]bool) bool {
	for _, m := range ms {
		if !set[m] {
			return false
		}
	}
	return true
}
