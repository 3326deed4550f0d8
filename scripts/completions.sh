#!/bin/sh
# Writes fortnox-doctor's shell completion scripts to completions/, generated
# by the program itself. goreleaser runs this as a `before` hook; the
# archives, packages and the Homebrew cask ship what it writes.
#
#   sh scripts/completions.sh
set -eu
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The release build's flags, so that goreleaser reuses the compiled packages.
CGO_ENABLED=0 go build -trimpath -o "$tmp/fortnox-doctor" ./cmd/fortnox-doctor

rm -rf completions
mkdir completions
for shell in bash zsh fish powershell; do
  ext=$shell
  [ "$shell" = powershell ] && ext=ps1
  "$tmp/fortnox-doctor" completion "$shell" >"completions/fortnox-doctor.$ext"
  [ -s "completions/fortnox-doctor.$ext" ] || { echo "completions.sh: empty $shell script" >&2; exit 1; }
done
