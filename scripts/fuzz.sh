#!/usr/bin/env bash
# fuzz.sh: fuzz every reader of pasted text, each for a number of inputs on
# top of its seeds (default 10000): scripts/fuzz.sh [COUNT]
# CI (.ci/run) fuzzes only the readers without terminal or server
# libraries, whose fuzz builds are cheap; this runs them all, the screens',
# the command line's and the MCP server's too. A failing input is saved
# under the package's testdata/fuzz, and the script stops at the first.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
case $count in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [COUNT]" >&2; exit 2 ;; esac
for target in diagnose:FuzzSanitize diagnose:FuzzRedact diagnose:FuzzExplain diagnose:FuzzCheckURL \
  diagnose:FuzzInspectToken diagnose:FuzzWordSearch tui:FuzzAccessible tui:FuzzPasteScreen \
  cmd/fortnox-doctor:FuzzArgs livecheck:FuzzReadToken livecheck:FuzzReadError mcpserver:FuzzTools \
  mcpserver:FuzzJSONLines internal/textwrap:FuzzLines internal/textwrap:FuzzFit; do
  echo "--- ${target}"
  go test -run='^$' -fuzz="^${target#*:}\$" -fuzztime="${count}x" "./${target%%:*}"
done
