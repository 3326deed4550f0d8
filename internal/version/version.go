// Package version tells which build of fortnox-doctor is running: its
// version, the commit it was built from and the date of that commit.
//
// A release build stamps the values through the linker (see
// .goreleaser.yaml). A plain `go build` or `go install …@vX` leaves them
// empty, and the build information the Go toolchain embeds in every binary
// fills them in instead.
package version

import (
	"regexp"
	"runtime/debug"
	"strings"
	"time"
)

// Set by the release build with
//
//	-ldflags "-X github.com/fortnox-doctor/fortnox-doctor/internal/version.Version=…"
//
// (likewise Commit and Date) and never written at run time. The linker can
// only stamp package-level string variables, hence these three.
var (
	// Version is the release version, such as "1.2.3" or the snapshot
	// "1.2.4-next".
	Version string
	// Commit is the full hash of the commit the release was built from.
	Commit string
	// Date is the commit's date in RFC 3339; the release uses the commit
	// date rather than the clock so that rebuilding a tag gives the same
	// binary.
	Date string
)

// Info describes one build of the program.
type Info struct {
	// Version is the version without a leading "v" ("1.2.3"), "devel" for
	// a build from a checkout, or "" when nothing is known.
	Version string
	// Commit is the full commit hash, or "" when unknown.
	Commit string
	// Date is the commit's date, or the zero time when unknown.
	Date time.Time
	// Modified reports a build from a working tree with uncommitted
	// changes.
	Modified bool
}

// Current describes the running binary: the values stamped by the release
// build, with the embedded build information filling any gap.
func Current() Info {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		bi = nil
	}
	return Resolve(Version, Commit, Date, bi)
}

// Resolve combines the stamped values with the build information bi (nil
// when the binary has none). Each stamped value wins over what bi says.
func Resolve(version, commit, date string, bi *debug.BuildInfo) Info {
	fromBuild := fromBuildInfo(bi)
	info := Info{
		Version: trimV(version),
		Commit:  commit,
		Date:    parseDate(date),
	}
	// goreleaser stamps "none" when it cannot read the Git state (a
	// snapshot outside a repository or without a remote).
	if info.Commit == "none" {
		info.Commit = ""
	}
	if info.Version == "" {
		info.Version = fromBuild.Version
	}
	if info.Commit == "" {
		info.Commit = fromBuild.Commit
	}
	if info.Date.IsZero() {
		info.Date = fromBuild.Date
	}
	// The working tree's state only says something about the commit it was
	// read together with.
	info.Modified = fromBuild.Modified && fromBuild.Commit == info.Commit
	return info
}

// fromBuildInfo reads what the Go toolchain recorded: the module version
// (a tag for `go install …@v1.2.3`, a pseudo-version for an untagged commit,
// "(devel)" for a build from a checkout) and, when the build ran inside a
// Git checkout with VCS stamping on, the revision, its time and whether the
// tree was modified.
func fromBuildInfo(bi *debug.BuildInfo) Info {
	var info Info
	if bi == nil {
		return info
	}
	switch v := bi.Main.Version; v {
	case "":
	case "(devel)":
		info.Version = "devel"
	default:
		info.Version = trimV(v)
		// `go install` of an untagged commit has no VCS settings, but its
		// pseudo-version names the commit and its time.
		if m := pseudoVersion.FindStringSubmatch(v); m != nil {
			info.Commit = m[2]
			info.Date, _ = time.Parse("20060102150405", m[1])
		}
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			info.Commit = s.Value
		case "vcs.time":
			if t := parseDate(s.Value); !t.IsZero() {
				info.Date = t
			}
		case "vcs.modified":
			info.Modified = s.Value == "true"
		}
	}
	return info
}

// pseudoVersion matches the tail of a Go pseudo-version such as
// v0.0.0-20260102030405-abcdef123456: the commit's UTC time and the first
// twelve hex digits of its hash. A "+dirty" build suffix may follow.
var pseudoVersion = regexp.MustCompile(`[.-](\d{14})-([0-9a-f]{12})(\+[0-9A-Za-z.-]+)?$`)

// trimV drops the "v" that Git tags and Go module versions carry, so that
// every kind of build prints "1.2.3".
func trimV(v string) string {
	if len(v) > 1 && v[0] == 'v' && v[1] >= '0' && v[1] <= '9' {
		return v[1:]
	}
	return v
}

// parseDate reads an RFC 3339 date, returning the zero time for an empty or
// malformed one: a date nobody can read is as good as no date.
func parseDate(s string) time.Time {
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}
