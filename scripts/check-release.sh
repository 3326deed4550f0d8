#!/usr/bin/env bash
# Checks the release without publishing anything: goreleaser check on
# .goreleaser.yaml, then a snapshot of the linux/amd64 target whose Linux
# packages are installed and checked (scripts/check-packages.sh), and the
# Homebrew cask of an unsigned and of a notarized build.
#
#   scripts/check-release.sh
#
# Apart from .ci/run because goreleaser takes about five minutes to compile
# on a fresh two-core machine, which would take .ci/run (eight minutes cold)
# well over ten: GitHub Actions runs this as its own job beside .ci/run on
# every push, and the release workflow runs both before it publishes. Needs Go, git and a Debian or Ubuntu machine;
# installs the few Debian packages it lacks (as root, else with sudo). Each
# step prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."

# step NAME starts a step, closing the one before with its time.
step_start=$SECONDS step_name=""
step() {
  [ -z "$step_name" ] || echo "    ($step_name: $((SECONDS - step_start)) s)"
  step_name=$1 step_start=$SECONDS
  echo "--- $1"
}

tools=$(mktemp -d)
host_config=""
trap 'rm -rf "$tools" "$host_config"' EXIT

step "Debian packages the package checks use"
# Installed only when missing, so a second run installs nothing.
command -v dpkg-deb >/dev/null || { echo "the package checks need Debian or Ubuntu (dpkg-deb)"; exit 1; }
need=()
command -v rpm2cpio >/dev/null || need+=(rpm2cpio)
command -v cpio >/dev/null || need+=(cpio)
{ command -v man && command -v lexgrog; } >/dev/null || need+=(man-db)
{ command -v groff && command -v preconv; } >/dev/null || need+=(groff-base)
[ -r /usr/share/bash-completion/bash_completion ] || need+=(bash-completion)
if [ ${#need[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "installing ${need[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "all there"
fi

# Installed into a scratch directory, outside this module, so that it never
# becomes one of its dependencies; the version is the release workflow's.
step "goreleaser v2.15.1"
GOBIN=$tools go install -ldflags='-s -w' github.com/goreleaser/goreleaser/v2@v2.15.1
goreleaser() { "$tools/goreleaser" "$@"; }

step "goreleaser check"
goreleaser check

step "snapshot release for linux/amd64: archive, deb, rpm, apk, cask"
# The release's own configuration narrowed to this machine's target, to keep
# it fast; goreleaser check above covers the full one. A snapshot needs no
# tag, signs nothing and publishes nothing. --clean empties dist/; dist/,
# completions/ and manpages/ are git-ignored.
host_config=$(mktemp --suffix=.yaml)
sed -e 's/^    goos: \[linux, darwin, windows\]$/    goos: [linux]/' \
  -e 's/^    goarch: \[amd64, arm64\]$/    goarch: [amd64]/' .goreleaser.yaml >"$host_config"
[ "$(diff .goreleaser.yaml "$host_config" | grep -c '^>')" = 2 ] ||
  { echo "could not narrow .goreleaser.yaml's goos and goarch to linux/amd64"; exit 1; }
# Unsigned, as a fork without the Apple secrets releases.
env -u MACOS_SIGN_P12 "$tools/goreleaser" \
  release --snapshot --clean --skip=publish,sign,notarize -f "$host_config"
meta() { sed -n 's/.*"'"$1"'":"\([^"]*\)".*/\1/p' dist/metadata.json; }
snapshot=$(meta version); commit=$(meta commit)
got=$(dist/fortnox-doctor_linux_amd64_v1/fortnox-doctor --version)
echo "$got"
if [[ ! $snapshot =~ -git[0-9]{8}$ ]]; then
  echo "goreleaser made version '$snapshot', not a snapshot version (…-gitYYYYMMDD)"; exit 1
fi
case $got in
  "fortnox-doctor version $snapshot ("*) ;;
  *) echo "the snapshot binary does not report version $snapshot"; exit 1 ;;
esac
# goreleaser knows the commit only in a clone with a remote.
if [ "$commit" != none ] && [ -n "$commit" ] && [[ $got != *"commit ${commit:0:7}"* ]]; then
  echo "the snapshot binary does not report commit ${commit:0:7}"; exit 1
fi
echo "artefacts:"
(cd dist && stat -c '  %9s  %n' -- *.tar.gz *.deb *.rpm *.apk checksums.txt)

step "the packages installed and checked"
bash scripts/check-packages.sh dist

step "the Homebrew cask, unsigned and notarized"
cask=dist/homebrew/Casks/fortnox-doctor.rb
grep -q '"/usr/bin/xattr", args: \["-dr", "com.apple.quarantine"' "$cask" ||
  { echo "the unsigned build's cask does not clear the quarantine flag"; exit 1; }
for f in 'binary "fortnox-doctor"' 'manpage "manpages/fortnox-doctor.1.gz"' \
  'bash_completion "completions/fortnox-doctor.bash"' 'zsh_completion "completions/fortnox-doctor.zsh"' \
  'fish_completion "completions/fortnox-doctor.fish"'; do
  grep -qF "$f" "$cask" || { echo "the cask lacks $f"; exit 1; }
done
echo "unsigned: binary, man page and three completions, and the quarantine hook"
# With the signing secret set (nothing is signed: notarize is skipped), the
# cask must come without the hook. Only the archive is needed for it.
MACOS_SIGN_P12=not-used "$tools/goreleaser" \
  release --snapshot --clean --skip=publish,sign,notarize,before,nfpm -f "$host_config" >/dev/null 2>&1 ||
  { echo "the snapshot with MACOS_SIGN_P12 set failed"; exit 1; }
if grep -q 'postflight\|xattr' "$cask"; then
  echo "the notarized build's cask still has the quarantine hook:"; cat "$cask"; exit 1
fi
echo "notarized: no postflight hook"

step "release checks passed"
echo "in $SECONDS s"
