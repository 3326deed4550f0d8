package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// frames measures one Update with a key and the View that follows, round
// and round the given keys.
func frames(b *testing.B, m *Model, keys ...tea.KeyPressMsg) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Update(keys[i%len(keys)])
		_ = m.View()
		i++
	}
}

// benchmarkKeys measures one Update with a key and the View that follows,
// the work behind every frame a user sees. The keys alternate so that the
// cursor or the scroll position keeps moving.
func benchmarkKeys(b *testing.B, answers []int, keys ...tea.KeyPressMsg) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			m := New(testOptions(i18n.Swedish, size[0], size[1]))
			for _, k := range keysFor(answers) {
				m.Update(k)
			}
			frames(b, m, keys...)
		})
	}
}

func BenchmarkQuestion(b *testing.B) {
	tree := flows.DecisionTree()
	benchmarkKeys(b, testkit.PathToNode(b, tree, "api-error"), press("down"), press("down"), press("up"), press("up"))
}

func BenchmarkFix(b *testing.B) {
	tree := flows.DecisionTree()
	benchmarkKeys(b, testkit.PathTo(b, tree, "invalid-refresh-token"), press("down"), press("down"), press("up"), press("up"))
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

// benchmarkResult measures one Update with a key and the View that follows
// on the result of a paste, the keys moving the cursor between its choices.
func benchmarkResult(b *testing.B, paste string) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			m := resultOf(b, i18n.Swedish, size[0], size[1], paste)
			keys := []tea.KeyPressMsg{press("down"), press("down"), press("up"), press("up")}
			frames(b, m, keys...)
		})
	}
}

func BenchmarkResultMatches(b *testing.B) { benchmarkResult(b, escapePaste+"\n"+fortnoxLog()) }

func BenchmarkResultURL(b *testing.B) { benchmarkResult(b, badActivationURL) }

func BenchmarkResultToken(b *testing.B) { benchmarkResult(b, "Bearer "+expiredToken()) }

// BenchmarkPasteTyping measures typing one character on the paste screen
// after a paste of a whole log, with its frame: the buffer is sanitized,
// redacted again and previewed.
func BenchmarkPasteTyping(b *testing.B) {
	log := fortnoxLog() + "\n"
	for _, size := range []struct {
		name  string
		times int
	}{{"log", 1}, {"1MiB", (diagnose.MaxInputBytes - 100) / len(log)}} {
		b.Run(size.name, func(b *testing.B) {
			m := toPaste(b, i18n.English, 80, 24)
			send(m, pasteMsg(strings.Repeat(log, size.times)))
			if m.walk.paste.empty() {
				b.Fatal("the paste was refused")
			}
			keys := []tea.KeyPressMsg{press("x"), press("backspace")}
			frames(b, m, keys...)
		})
	}
}

// BenchmarkReadPaste measures Enter on the paste screen: reading the paste
// and drawing its result.
func BenchmarkReadPaste(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := toPaste(b, i18n.English, 80, 24)
		m.Update(pasteMsg(fortnoxLog()))
		m.Update(press("enter"))
		_ = m.View()
	}
}
