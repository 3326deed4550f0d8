package shape

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// ListEntry is one fix of the catalogue's list: an element of
// `list --json`, and the shared part of an entry of list_fixes's answer.
type ListEntry struct {
	ID    string       `json:"id"`
	Title string       `json:"title"`
	Who   []flows.Role `json:"who"`
}

// NewListEntry is the fix's entry in l.
func NewListEntry(f flows.Fix, l i18n.Lang) ListEntry {
	return ListEntry{ID: f.ID, Title: f.Title.In(l), Who: append([]flows.Role{}, f.Who...)}
}
