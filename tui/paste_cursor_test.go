package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// cursorMark is the cursor as the paste screen draws it.
const cursorMark = "\x1b[7m \x1b[m"

// TestPasteShowsWhatIsTyped types a line longer than the box, and more
// lines than it holds, at 80x24 and 40x12: every frame shows the end of
// what was typed with the cursor right after it, also after backspace.
func TestPasteShowsWhatIsTyped(t *testing.T) {
	sentence := "the customer says that the integration stopped working yesterday after they changed the administrator of the company"
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := toPaste(t, i18n.English, size[0], size[1])
			send(m, background(true))
			typed := ""
			see := func(after string) {
				t.Helper()
				frame := m.View().Content
				checkFits(t, frame, size[0], size[1])
				last := typed[strings.LastIndex(typed, "\n")+1:]
				tail := last[max(0, len(last)-8):]
				if !strings.Contains(frame, tail+cursorMark) {
					t.Errorf("after %s: %q and the cursor do not show:\n%s", after, tail, plain(frame))
				}
			}
			for _, msg := range typeText(sentence) {
				send(m, msg)
				typed += " "
				if k := msg.(interface{ String() string }).String(); k != "space" {
					typed = typed[:len(typed)-1] + k
				}
			}
			see("typing")
			for range 4 {
				send(m, press("backspace"))
				typed = typed[:len(typed)-1]
				see("backspace")
			}
			for i := range 30 {
				send(m, press("ctrl+j"))
				line := fmt.Sprintf("line %d", i)
				for _, msg := range typeText(line) {
					send(m, msg)
				}
				typed += "\n" + line
			}
			see("30 lines")
			if !strings.Contains(plain(m.View().Content), "more line") {
				t.Errorf("no count of the lines left out:\n%s", plain(m.View().Content))
			}
		})
	}
}

// TestPastePreviewShowsText: at 40x12 a paste of a few lines that ends in
// a newline shows some of its text, in both languages, not only how many
// lines lie above its empty last line.
func TestPastePreviewShowsText(t *testing.T) {
	paste := "2024-05-01 ERROR sync failed\n{\"ErrorInformation\":{\"code\":2000663}}\nat Sync.run()\n"
	for _, l := range i18n.Langs() {
		m := New(testOptions(l, 40, 12))
		send(m, press("enter"), pasteMsg(paste))
		frame := plain(m.View().Content)
		if !strings.Contains(frame, "2024-05-01") && !strings.Contains(frame, "Sync.run()") {
			t.Errorf("%s: the preview shows nothing of the paste:\n%s", l, frame)
		}
		checkFits(t, m.View().Content, 40, 12)
	}
}

// TestPasteHelpFitsWithASecret: at 40x12, with a secret's note on the
// paste screen and the full help open, the help's last key (the one that
// closes it) still shows: the note gives up its last lines instead.
func TestPasteHelpFitsWithASecret(t *testing.T) {
	paste := "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MTIzNDU2N30.c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlcg\n{\"code\":2000663}"
	for _, l := range i18n.Langs() {
		m := New(testOptions(l, 40, 12))
		send(m, press("enter"), pasteMsg(paste), press("ctrl+g"))
		frame := plain(m.View().Content)
		if !m.fullHelp || !strings.Contains(frame, i18n.KeyFewerKeys.In(l)) {
			t.Errorf("%s: the help's closing key is cut off:\n%s", l, frame)
		}
		checkFits(t, m.View().Content, 40, 12)
	}
}
