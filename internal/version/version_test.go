package version

import (
	"runtime/debug"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

const (
	fullCommit  = "0123456789abcdef0123456789abcdef01234567"
	otherCommit = "fedcba9876543210fedcba9876543210fedcba98"
)

// checkout is the build information of `go build` in a Git checkout with
// VCS stamping on.
func checkout(version string, modified bool) *debug.BuildInfo {
	m := "false"
	if modified {
		m = "true"
	}
	return &debug.BuildInfo{
		Main: debug.Module{Path: "github.com/fortnox-doctor/fortnox-doctor", Version: version},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: fullCommit},
			{Key: "vcs.time", Value: "2026-03-04T05:06:07Z"},
			{Key: "vcs.modified", Value: m},
		},
	}
}

// installed is the build information of `go install …@version`: a module
// version and checksum, no VCS settings.
func installed(version string) *debug.BuildInfo {
	return &debug.BuildInfo{Main: debug.Module{
		Path:    "github.com/fortnox-doctor/fortnox-doctor",
		Version: version,
		Sum:     "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
	}}
}

func TestResolveAndFormat(t *testing.T) {
	tests := []struct {
		name                  string
		version, commit, date string // stamped by the linker
		bi                    *debug.BuildInfo
		en, sv                string
	}{
		{
			name:    "release",
			version: "1.2.3", commit: fullCommit, date: "2026-01-02T03:04:05Z",
			bi: checkout("v1.2.3", false),
			en: "1.2.3 (commit 0123456, 2026-01-02)",
			sv: "1.2.3 (commit 0123456, 2026-01-02)",
		},
		{
			name:    "snapshot",
			version: "0.0.1-next", commit: fullCommit, date: "2026-01-02T03:04:05Z",
			bi: checkout("(devel)", false),
			en: "0.0.1-next (commit 0123456, 2026-01-02)",
		},
		{
			name:    "stamped tag keeps no v",
			version: "v2.0.0", commit: fullCommit, date: "2026-01-02T03:04:05Z",
			en: "2.0.0 (commit 0123456, 2026-01-02)",
		},
		{
			name:    "stamped date in another zone is shown in UTC",
			version: "1.0.0", commit: fullCommit, date: "2026-01-02T23:30:00-05:00",
			en: "1.0.0 (commit 0123456, 2026-01-03)",
		},
		{
			name: "checkout build, dirty",
			bi:   checkout("(devel)", true),
			en:   "devel (commit 0123456-dirty, 2026-03-04)",
			sv:   "devel (commit 0123456-dirty, 2026-03-04)",
		},
		{
			name: "checkout build, clean",
			bi:   checkout("(devel)", false),
			en:   "devel (commit 0123456, 2026-03-04)",
		},
		{
			name:    "stamped commit is not the checkout's, so its dirt does not apply",
			version: "1.2.3", commit: otherCommit, date: "2026-01-02T03:04:05Z",
			bi: checkout("(devel)", true),
			en: "1.2.3 (commit fedcba9, 2026-01-02)",
		},
		{
			name: "go install of a tag",
			bi:   installed("v1.2.3"),
			en:   "1.2.3 (commit unknown, date unknown)",
			sv:   "1.2.3 (okänd commit, okänt datum)",
		},
		{
			name: "go install of an untagged commit",
			bi:   installed("v0.0.0-20260102030405-0123456789ab"),
			en:   "0.0.0-20260102030405-0123456789ab (commit 0123456, 2026-01-02)",
		},
		{
			name: "go install of a commit after a pre-release",
			bi:   installed("v1.2.4-rc.1.0.20260102030405-0123456789ab"),
			en:   "1.2.4-rc.1.0.20260102030405-0123456789ab (commit 0123456, 2026-01-02)",
		},
		{
			name: "go build without VCS stamping",
			bi:   &debug.BuildInfo{Main: debug.Module{Path: "github.com/fortnox-doctor/fortnox-doctor", Version: "(devel)"}},
			en:   "devel (commit unknown, date unknown)",
		},
		{
			name: "unknown",
			en:   "unknown (commit unknown, date unknown)",
			sv:   "okänd (okänd commit, okänt datum)",
		},
		{
			name:    "malformed stamped date falls back to the build information",
			version: "1.2.3", date: "yesterday",
			bi: checkout("(devel)", false),
			en: "1.2.3 (commit 0123456, 2026-03-04)",
		},
		{
			name:    "snapshot without Git state",
			version: "0.0.1-next", commit: "none", date: "0001-01-01T00:00:00Z",
			en: "0.0.1-next (commit unknown, date unknown)",
		},
		{
			name:   "short stamped commit is shown whole",
			commit: "abc12",
			en:     "unknown (commit abc12, date unknown)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := Resolve(tt.version, tt.commit, tt.date, tt.bi)
			if got := info.Format(i18n.English); got != tt.en {
				t.Errorf("English:\n got %q\nwant %q", got, tt.en)
			}
			if tt.sv == "" {
				return
			}
			if got := info.Format(i18n.Swedish); got != tt.sv {
				t.Errorf("Swedish:\n got %q\nwant %q", got, tt.sv)
			}
		})
	}
}

func TestResolveKeepsTheFullCommit(t *testing.T) {
	info := Resolve("", "", "", checkout("(devel)", true))
	if info.Commit != fullCommit || !info.Modified || info.Version != "devel" {
		t.Errorf("Resolve = %+v, want the full commit %s, modified, version devel", info, fullCommit)
	}
}
