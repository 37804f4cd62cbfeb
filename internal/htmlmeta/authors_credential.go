package htmlmeta

// credentialTrail is what may close a degree after a name besides its
// dot: rule authorCredentialMark, a footnote mark ("Rosa Kellerton, MD*",
// the star pointing to a disclosure under the article), which made the
// degree no degree and "MD" a second author.
const credentialTrail = ".*†‡"
