package sqlite

// SetRankWindow changes the rank window for a test and returns a restore func.
func SetRankWindow(n int) func() {
	old := rankWindow
	rankWindow = n
	return func() { rankWindow = old }
}
