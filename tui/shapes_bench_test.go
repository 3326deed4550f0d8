package tui

import (
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// BenchmarkWizardShape pastes 1 MiB of each adversarial shape on the paste
// screen, draws it, reads it and draws the result, as the wizard does: the
// drawing, like the reading, must stay linear in the paste.
func BenchmarkWizardShape(b *testing.B) {
	for _, sh := range testkit.Shapes() {
		paste := sh.Build(1 << 20)
		b.Run(sh.Name, func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for b.Loop() {
				m := toPaste(b, i18n.English, 80, 24)
				send(m, pasteMsg(paste))
				_ = m.View()
				r, err := readPaste(m.walk.paste.text, testNow)
				if err != nil {
					b.Fatal(err)
				}
				m.walk.accept(r)
				m.enter(m.walk.cursor())
				_ = m.View()
			}
		})
	}
}
