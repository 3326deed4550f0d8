// Command termsvg draws a terminal screen, as `tmux capture-pane -e -p`
// prints it (text with SGR colour and attribute sequences), as an SVG image
// of a terminal window. scripts/screenshots.sh uses it for the README's
// screenshots, so they come from the real program.
//
//	tmux capture-pane -e -p -t pane | go run ./internal/tools/termsvg -cols 80 -rows 24 -title "fortnox-doctor" >shot.svg
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "termsvg:", err)
		os.Exit(2)
	}
}

// run parses the flags, reads a capture from in and writes the SVG to out;
// flag errors and usage go to errOut.
func run(args []string, in io.Reader, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("termsvg", flag.ContinueOnError)
	fs.SetOutput(errOut)
	cols := fs.Int("cols", 80, "screen width in cells")
	rows := fs.Int("rows", 24, "screen height in cells")
	title := fs.String("title", "", "the window's title")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q: the capture is read from standard input", fs.Args())
	}
	if *cols < 1 || *rows < 1 || *cols > maxCells || *rows > maxCells {
		return fmt.Errorf("the screen must be 1 to %d cells each way, got %dx%d", maxCells, *cols, *rows)
	}
	capture, err := io.ReadAll(io.LimitReader(in, maxCaptureBytes+1))
	if err != nil {
		return fmt.Errorf("reading the capture: %w", err)
	}
	if len(capture) > maxCaptureBytes {
		return fmt.Errorf("the capture is larger than %d bytes", maxCaptureBytes)
	}
	screen := parseScreen(string(capture), *cols, *rows)
	_, err = io.WriteString(out, renderSVG(screen, *title, defaultTheme))
	if err != nil {
		return fmt.Errorf("writing the SVG: %w", err)
	}
	return nil
}

// Limits that keep a mistaken input (the wrong file, a binary) from eating
// the machine: no terminal is that large.
const (
	maxCells        = 1000
	maxCaptureBytes = 16 << 20
)
