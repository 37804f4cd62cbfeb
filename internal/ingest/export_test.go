package ingest

// MatchStored is matchStored (rule cut-matches-stored, match.go) for the
// table test in match_test.go.
var MatchStored = matchStored

// LineMeta is lineMeta (rule jsonl-metadata) for the run tests.
var LineMeta = lineMeta

// BracketedTarget is bracketedTarget (rule bracketed-target-uri) for its
// table test.
var BracketedTarget = bracketedTarget
