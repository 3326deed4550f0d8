package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// benchmarkKeys measures one Update with a key and the View that follows,
// the work behind every frame a user sees. The keys alternate so that the
// cursor or the scroll position keeps moving.
func benchmarkKeys(b *testing.B, answers []int, keys ...tea.KeyPressMsg) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			m := New(testOptions(i18n.Swedish, size[0], size[1]))
			for _, k := range keysFor(m.walk.tree, answers) {
				m.Update(k)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Update(keys[i%len(keys)])
				_ = m.View()
				i++
			}
		})
	}
}

func BenchmarkQuestion(b *testing.B) {
	tree := flows.DecisionTree()
	benchmarkKeys(b, pathToNode(b, tree, "api-error"), press("down"), press("down"), press("up"), press("up"))
}

func BenchmarkFix(b *testing.B) {
	tree := flows.DecisionTree()
	benchmarkKeys(b, pathTo(b, tree, "invalid-refresh-token"), press("down"), press("down"), press("up"), press("up"))
}

// BenchmarkStart measures building the wizard and drawing its first frame.
func BenchmarkStart(b *testing.B) {
	o := testOptions(i18n.English, 80, 24)
	o.AskLang = true
	b.ReportAllocs()
	for b.Loop() {
		_ = New(o).View()
	}
}

// BenchmarkAnswer measures choosing an answer: building the next question's
// form and drawing it.
func BenchmarkAnswer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := New(testOptions(i18n.English, 80, 24))
		m.Update(press("down"))
		m.Update(press("enter"))
		_ = m.View()
	}
}
