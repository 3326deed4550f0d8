package tui

import (
	"bufio"
	"errors"
	"io"
)

// lineReader reads the accessible mode's input line by line, each line
// bounded: the part of a line past max bytes is read and dropped, so that
// no line, however long, takes more memory than that, and the reading goes
// on after it (bufio.Scanner stops for good at a line that is too long).
type lineReader struct {
	r   *bufio.Reader
	max int
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReader(r), max: max}
}

// next returns the next line without its line ending (LF or CRLF); long
// reports that it was longer than max and has been cut to max bytes. After
// the last line it returns io.EOF; a last line without a line ending is a
// line.
func (lr *lineReader) next() (line string, long bool, err error) {
	var buf []byte
	read := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		ended := err == nil
		if ended {
			chunk = chunk[:len(chunk)-1]
		}
		if room := lr.max - len(buf); len(chunk) > room {
			chunk, long = chunk[:max(room, 0)], true
		}
		buf = append(buf, chunk...)
		switch {
		case ended:
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if !read {
				return "", false, io.EOF
			}
		default:
			return "", false, err
		}
		if n := len(buf); n > 0 && buf[n-1] == '\r' && !long {
			buf = buf[:n-1]
		}
		return string(buf), long, nil
	}
}
