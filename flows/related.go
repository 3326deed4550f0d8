package flows

// RelatedFixes are the fixes f points to (Related), in its order; an ID
// that is not in the catalogue is left out (a test keeps there being none).
func (f Fix) RelatedFixes() []Fix {
	var out []Fix
	for _, id := range f.Related {
		if r, ok := Lookup(id); ok {
			out = append(out, r)
		}
	}
	return out
}

// RelatedLine is a related fix as a line of "See also": its title, then the
// ID that `show` takes.
func RelatedLine(title, id string) string { return title + " (" + id + ")" }
