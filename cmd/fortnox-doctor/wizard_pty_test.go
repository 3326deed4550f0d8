//go:build linux || darwin

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// These tests run the built binary in a pseudo-terminal, as a user would,
// with a terminal emulator (x/vt) reading what it draws. They wait for text
// on the screen rather than sleep, so they are as fast as the program.

// session is the binary running in a pseudo-terminal.
type session struct {
	t      *testing.T
	ptmx   *os.File
	tty    *os.File
	cmd    *exec.Cmd
	screen *vt.SafeEmulator
	mu     sync.Mutex
	raw    bytes.Buffer // everything the program wrote to the terminal
	done   chan error
	// before is the terminal's state before the program started, taken
	// then and not after: under load the program may have put the
	// terminal in raw mode before a test got to look.
	before *term.State
}

// startSession starts the binary on a 80x24 pseudo-terminal with a minimal
// environment. Standard input and standard error are the terminal; standard
// output is the terminal too unless stdout is given.
func startSession(t *testing.T, bin string, stdout io.Writer, args ...string) *session {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		testkit.SkipUnlessCI(t, "no pseudo-terminal here: "+err.Error())
	}
	const cols, rows = 80, 24
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: cols, Rows: rows}); err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, ptmx: ptmx, tty: tty, screen: vt.NewSafeEmulator(cols, rows), done: make(chan error, 1)}
	if s.before, err = term.GetState(tty.Fd()); err != nil {
		t.Fatal(err)
	}
	s.cmd = exec.Command(bin, args...)
	s.cmd.Env = []string{"TERM=xterm-256color", "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "LANG=C"}
	s.cmd.Stdin, s.cmd.Stderr, s.cmd.Stdout = tty, tty, tty
	if stdout != nil {
		s.cmd.Stdout = stdout
	}
	// A session of its own with the pseudo-terminal as its controlling
	// terminal, as a shell would start it.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go s.pump()
	go func() { s.done <- s.cmd.Wait() }()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
		// Closing the emulator's answer pipe ends the copy in pump; the
		// emulator's own Close is not safe against a concurrent Read.
		if c, ok := s.screen.InputPipe().(io.Closer); ok {
			_ = c.Close()
		}
	})
	return s
}

// pump copies what the program draws into the emulator, and the emulator's
// answers to the program's queries back, as a real terminal does.
func (s *session) pump() {
	go func() { _, _ = io.Copy(s.ptmx, s.screen) }()
	buf := make([]byte, 32*1024)
	for {
		n, err := s.ptmx.Read(buf)
		if n > 0 {
			s.mu.Lock()
			s.raw.Write(buf[:n])
			s.mu.Unlock()
			_, _ = s.screen.Write(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

// text is the screen as plain text.
func (s *session) text() string { return ansi.Strip(s.screen.Render()) }

// waitFor waits until the screen shows want.
func (s *session) waitFor(want string) {
	s.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		if strings.Contains(s.text(), want) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("screen never showed %q; it shows:\n%s", want, s.text())
}

// press types keys as a terminal sends them.
func (s *session) press(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		if _, err := s.ptmx.WriteString(k); err != nil {
			s.t.Fatal(err)
		}
	}
}

// wait waits for the program to exit and returns its exit code.
func (s *session) wait() int {
	s.t.Helper()
	select {
	case err := <-s.done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			s.t.Fatal(err)
		}
		return 0
	case <-time.After(waitLimit):
		s.t.Fatalf("the program did not exit; the screen shows:\n%s", s.text())
		return -1
	}
}

// rawOutput is everything the program wrote to the terminal.
func (s *session) rawOutput() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.String()
}

// Key sequences as a terminal sends them.
const (
	keyDown  = "\x1b[B"
	keyEnter = "\r"
	keyCtrlC = "\x03"
)

func TestWizardInTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t, t.TempDir())

	t.Run("keys to a fix, q prints it", func(t *testing.T) {
		for _, l := range i18n.Langs() {
			fix, _ := flows.Lookup("missing-license-purchasable")
			var stdout bytes.Buffer
			s := startSession(t, bin, &stdout, "--lang", string(l))
			before := s.before
			s.waitFor(flows.DecisionTree().Root().Text.In(l))
			steps := testkit.WalkToFix(t, flows.DecisionTree(), fix.ID)
			downs, screens := testkit.Answers(steps), testkit.Screens(steps, l)
			for i, d := range downs {
				s.press(strings.Repeat(keyDown, d) + keyEnter)
				s.waitFor(firstWords(screens[i]))
			}
			s.waitFor(i18n.FixWho.In(l)) // the fix screen, not only its title in a breadcrumb
			s.press("q")
			if code := s.wait(); code != 0 {
				t.Fatalf("%s: exit %d after q on the fix, want 0", l, code)
			}
			// The fix is printed for the person the first answer names.
			person := flows.DecisionTree().Root().Options[downs[0]].Role
			want := flows.PlainText(fix, l, flows.TextOptions{Person: person})
			if stdout.String() != want {
				t.Errorf("%s: stdout is not the fix as plain text:\n%q\nwant:\n%q", l, stdout.String(), want)
			}
			assertRestored(t, s, before)
		}
	})

	t.Run("ctrl+c exits 130", func(t *testing.T) {
		s := startSession(t, bin, nil, "--lang", "sv")
		before := s.before
		s.waitFor(flows.DecisionTree().Root().Text.In(i18n.Swedish))
		s.press(keyDown, "/", "a") // in the middle of typing a filter
		s.waitFor("/a")
		s.press(keyCtrlC)
		if code := s.wait(); code != exitInterrupted {
			t.Fatalf("exit %d after ctrl+c, want %d", code, exitInterrupted)
		}
		assertRestored(t, s, before)
		if strings.Contains(s.rawOutput(), i18n.FixCustomerMessage.In(i18n.Swedish)) {
			t.Error("a fix was printed after ctrl+c")
		}
	})

	t.Run("no terminal exits 2 at once", func(t *testing.T) {
		cmd := exec.Command(bin)
		cmd.Env = []string{"TERM=xterm-256color", "FORTNOX_DOCTOR_LANG=en"}
		var stderr bytes.Buffer
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, io.Discard, &stderr
		// A new session has no controlling terminal, as under cron or CI.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != exitUsage {
				t.Errorf("exit %v without a terminal, want %d", err, exitUsage)
			}
		case <-time.After(waitLimit):
			_ = cmd.Process.Kill()
			t.Fatal("the wizard waited for a terminal that is not there")
		}
		if !strings.Contains(stderr.String(), "--accessible") || !strings.Contains(stderr.String(), "explain") {
			t.Errorf("stderr does not suggest --accessible and explain:\n%s", stderr.String())
		}
	})
}

// firstWords is the start of a screen's text, short enough to be on one
// line of an 80-column screen.
func firstWords(s string) string {
	if r := []rune(s); len(r) > 30 {
		return string(r[:30])
	}
	return s
}

// assertRestored checks that the program left the terminal as it found it:
// the same modes (cooked, echo), the main screen and a visible cursor.
func assertRestored(t *testing.T, s *session, before *term.State) {
	t.Helper()
	after, err := term.GetState(s.tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Error("terminal modes differ after the program exited")
	}
	// The program has exited, but the last of what it wrote may still be
	// on its way through the pseudo-terminal: wait for it.
	restored := func(raw string) bool {
		i := strings.LastIndex(raw, ansi.SetModeAltScreenSaveCursor)
		if i < 0 {
			return false
		}
		tail := raw[i:]
		return strings.Contains(tail, ansi.ResetModeAltScreenSaveCursor) && strings.Contains(tail, ansi.ShowCursor)
	}
	deadline := time.Now().Add(waitLimit)
	for !restored(s.rawOutput()) {
		if time.Now().After(deadline) {
			t.Fatalf("the terminal was not given back the main screen and the cursor; the program wrote:\n%q", s.rawOutput())
		}
		time.Sleep(10 * time.Millisecond)
	}
}
