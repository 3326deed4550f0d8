#!/usr/bin/env bash
# Installs the Linux packages of a goreleaser snapshot into scratch roots, the
# way a user's package manager would, and checks what they put where: the
# binary runs and reports the snapshot's version, both man pages (English and
# Swedish) are where man looks, render without warnings and are the pages the
# packaged binary generates, and bash-completion finds the completion script
# and completes with it. Also checks the archive the Homebrew cask unpacks.
#
#   scripts/check-packages.sh [DIST]      # default dist/
#
# The .deb is installed with `dpkg --root` (and removed again) when run as
# root, else unpacked with dpkg-deb -x; the .rpm is unpacked with rpm2cpio
# and cpio; the .apk, three gzipped tar streams, with tar. Needs dpkg-deb,
# rpm2cpio, cpio, man-db, groff and bash-completion (scripts/check-release.sh
# installs them).
set -euo pipefail

dist=${1:-dist}
dist=$(cd "$dist" && pwd)
fail() { echo "check-packages: $*" >&2; exit 1; }

meta() { sed -n 's/.*"'"$1"'":"\([^"]*\)".*/\1/p' "$dist/metadata.json"; }
version=$(meta version)
[ -n "$version" ] || fail "no version in $dist/metadata.json"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# only GLOB prints the one file that matches GLOB, failing on none or more.
only() {
  local matches=()
  for f in $1; do [ -e "$f" ] && matches+=("$f"); done
  [ ${#matches[@]} -eq 1 ] || fail "want one file matching $1, found ${#matches[@]}"
  printf '%s\n' "${matches[0]}"
}

# The package's files, whatever the format, and what each format adds.
common_files="usr/bin/fortnox-doctor 755
usr/share/man/man1/fortnox-doctor.1.gz 644
usr/share/man/sv/man1/fortnox-doctor.1.gz 644
usr/share/bash-completion/completions/fortnox-doctor 644
usr/share/fish/vendor_completions.d/fortnox-doctor.fish 644"
deb_files="usr/share/zsh/vendor-completions/_fortnox-doctor 644
usr/share/doc/fortnox-doctor/copyright 644"
rpm_files="usr/share/zsh/site-functions/_fortnox-doctor 644
usr/share/licenses/fortnox-doctor/LICENSE 644"
apk_files=$rpm_files

# check_page ROOT PATH LANG checks one installed man page.
check_page() {
  local root=$1 page=$1/$2 lang=$3 bin=$1/usr/bin/fortnox-doctor out
  gzip -t "$page" || fail "$2 is not gzip"
  # The page shipped is the page this binary writes: same tree, version
  # and date.
  cmp -s <(gzip -dc "$page") <("$bin" --lang "$lang" man) ||
    fail "$2 differs from \`fortnox-doctor --lang $lang man\` of the packaged binary"
  for loc in C C.UTF-8; do
    out=$(LC_ALL=$loc MANWIDTH=80 man -l "$page" 2>&1 >/dev/null) || fail "man -l $2 failed: $out"
    [ -z "$out" ] || fail "man -l $2 in LC_ALL=$loc warns: $out"
  done
  out=$(gzip -dc "$page" | groff -k -ww -z -man 2>&1) || fail "groff failed on $2: $out"
  [ -z "$out" ] || fail "groff -ww warns on $2: $out"
  # whatis/apropos read the NAME line through lexgrog.
  out=$(lexgrog "$page") || fail "lexgrog cannot parse the NAME section of $2"
  # Letters written as roff escapes would reach apropos as "[u00E5]".
  [[ $out == *'"fortnox-doctor - '* && $out != *'[u'* ]] || fail "lexgrog reads $2 as $out"
  echo "    $2: $(gzip -dc "$page" | wc -l) lines; whatis: ${out#*: }"
}

# check_bash_completion ROOT completes `fortnox-doctor sh` and
# `fortnox-doctor --lang ` as bash would, loading the script from where
# bash-completion looks for it.
check_bash_completion() {
  local root=$1 got
  for words in "sh|show" "--lang |sv en"; do
    # shellcheck disable=SC2016 # the inner script expands its own variables
    got=$(env -i PATH="$root/usr/bin:/usr/bin:/bin" XDG_DATA_DIRS="$root/usr/share" \
      bash --norc --noprofile -c '
        source /usr/share/bash-completion/bash_completion
        __load_completion fortnox-doctor || { echo "bash-completion finds no script"; exit 1; }
        compopt() { :; }  # only works inside a real completion
        read -ra COMP_WORDS <<<"fortnox-doctor $1"
        [[ $1 == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE="fortnox-doctor $1" COMP_POINT=${#COMP_LINE}
        fn=$(complete -p fortnox-doctor | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
        "$fn" fortnox-doctor "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        echo "${COMPREPLY[*]}"' bash "${words%%|*}")
    [ "$got" = "${words#*|}" ] || fail "bash completes 'fortnox-doctor ${words%%|*}' to '$got', want '${words#*|}'"
  done
  echo "    bash completion: 'sh' -> show, '--lang ' -> sv en"
}

# check_root FORMAT ROOT checks an installed or unpacked package.
check_root() {
  local format=$1 root=$2 extra bin got want
  case $format in
    deb) extra=$deb_files ;;
    rpm) extra=$rpm_files ;;
    apk) extra=$apk_files ;;
  esac
  want=$(printf '%s\n%s\n' "$common_files" "$extra" | sort)
  got=$(cd "$root" && find usr -type f -printf '%p %m\n' | sort)
  [ "$got" = "$want" ] || fail "$format installs other files or modes than expected:
$(diff <(echo "$want") <(echo "$got") || true)"
  echo "    files: $(echo "$got" | wc -l), each with its mode, as expected"

  bin=$root/usr/bin/fortnox-doctor
  got=$("$bin" --version </dev/null)
  [[ $got == "fortnox-doctor version $version ("* ]] || fail "$format: --version says '$got', want version $version"
  # Not piped into grep -q: that would close the pipe early, and under
  # pipefail fortnox-doctor's failed write would fail the check at random.
  got=$("$bin" list </dev/null) || fail "$format: list fails"
  [[ $got == *invalid-refresh-token* ]] || fail "$format: list does not list invalid-refresh-token"
  got=$("$bin" --version </dev/null)
  echo "    $got"

  check_page "$root" usr/share/man/man1/fortnox-doctor.1.gz en
  check_page "$root" usr/share/man/sv/man1/fortnox-doctor.1.gz sv
  # man finds each page for its language, at the path it searches.
  for lang in en sv; do
    want=$root/usr/share/man/man1/fortnox-doctor.1.gz
    [ $lang = en ] || want=$root/usr/share/man/$lang/man1/fortnox-doctor.1.gz
    got=$(MANPATH=$root/usr/share/man man -L $lang -w fortnox-doctor 2>/dev/null) || true
    [ "$got" = "$want" ] || fail "$format: man -L $lang finds '$got', want $want"
  done
  echo "    man -L en / -L sv find the English / Swedish page"

  check_bash_completion "$root"
  local zsh fish=$root/usr/share/fish/vendor_completions.d/fortnox-doctor.fish
  zsh=$(only "$root/usr/share/zsh/*/_fortnox-doctor")
  # zsh's compinit autoloads a file in $fpath by its first line.
  [ "$(head -n1 "$zsh")" = "#compdef fortnox-doctor" ] || fail "$format: ${zsh#"$root"/} does not start with #compdef"
  grep -q '^complete -c fortnox-doctor ' "$fish" || fail "$format: the fish script registers no completion"
  if command -v zsh >/dev/null; then zsh -n "$zsh" || fail "zsh rejects ${zsh#"$root"/}"; fi
  if command -v fish >/dev/null; then fish -n "$fish" || fail "fish rejects the fish script"; fi
  echo "    zsh (${zsh#"$root"/}) and fish scripts in place"
}

echo "--- .deb"
deb=$(only "$dist/*.deb")
echo "  $(basename "$deb"): $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version) $(dpkg-deb -f "$deb" Architecture)"
dpkg --validate-version "$(dpkg-deb -f "$deb" Version)" || fail "dpkg rejects the deb's version"
root=$work/deb
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
  touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
  # --force-script-chrootless: the package has no maintainer scripts, and
  # the empty root has no shell to chroot into.
  dpkg --root="$root" --force-script-chrootless -i "$deb" >/dev/null
  status=$(dpkg --root="$root" -s fortnox-doctor)
  grep -qx 'Status: install ok installed' <<<"$status" || fail "dpkg does not call the package installed"
  echo "  installed with dpkg --root"
  check_root deb "$root"
  dpkg --root="$root" --force-script-chrootless -r fortnox-doctor >/dev/null
  left=$(find "$root" -path "$root/var" -prune -o -type f -print)
  [ -z "$left" ] || fail "dpkg -r leaves files behind: $left"
  echo "  removed with dpkg -r, leaving no file"
else
  dpkg-deb -x "$deb" "$root"
  echo "  unpacked with dpkg-deb -x (not root, so no dpkg -i)"
  check_root deb "$root"
fi

echo "--- .rpm"
rpm=$(only "$dist/*.rpm")
echo "  $(basename "$rpm")"
mkdir -p "$work/rpm"
# nfpm's payload names are absolute (/usr/bin/…, nfpm issue #1122): without
# --no-absolute-filenames cpio would write into this machine's /usr. And
# rpm2cpio exits 1 on nfpm's packages although the payload is whole (nfpm
# issue #341, the header's payload size): the file list below is the check.
rpm2cpio "$rpm" >"$work/rpm.cpio" || true
[ -s "$work/rpm.cpio" ] || fail "rpm2cpio gives no payload"
# cpio 2.15 also exits 1 for its own warning about those names.
if ! (cd "$work/rpm" && cpio -idm --quiet --no-absolute-filenames <"$work/rpm.cpio" 2>"$work/cpio.err"); then
  if grep -qv 'Removing leading' "$work/cpio.err"; then fail "cpio cannot unpack the rpm's payload: $(cat "$work/cpio.err")"; fi
fi
echo "  unpacked with rpm2cpio | cpio --no-absolute-filenames"
check_root rpm "$work/rpm"

echo "--- .apk"
apk=$(only "$dist/*.apk")
echo "  $(basename "$apk")"
mkdir -p "$work/apk"
# Signature, control and data: gzipped tar streams one after another, the
# first two without end-of-archive blocks, hence --ignore-zeros.
tar -xzf "$apk" --ignore-zeros --warning=no-unknown-keyword -C "$work/apk"
pkgver=$(sed -n 's/^pkgver = //p' "$work/apk/.PKGINFO")
# apk's version grammar: numbers, an optional letter, suffixes (_rc1,
# _git20261202 …), an optional -rN. goreleaser's usual snapshot suffix
# would make 1.2.4_next, which apk refuses.
apkver='^[0-9]+(\.[0-9]+)*[a-z]?(_(alpha|beta|pre|rc|cvs|svn|git|hg|p)[0-9]*)*(-r[0-9]+)?$'
[[ $pkgver =~ $apkver ]] || fail "apk version '$pkgver' is not one apk accepts"
grep -qx 'pkgname = fortnox-doctor' "$work/apk/.PKGINFO" || fail "the apk is not named fortnox-doctor"
echo "  pkgver $pkgver is a valid apk version; unpacked with tar"
rm -f "$work/apk/.PKGINFO" "$work/apk"/.SIGN.*
check_root apk "$work/apk"

echo "--- archive (what the Homebrew cask unpacks)"
archive=$(only "$dist/fortnox-doctor_*_linux_amd64.tar.gz")
got=$(tar -tzf "$archive" | sort)
want=$(sort <<'EOF'
LICENSE
README.md
completions/fortnox-doctor.bash
completions/fortnox-doctor.fish
completions/fortnox-doctor.ps1
completions/fortnox-doctor.zsh
fortnox-doctor
manpages/fortnox-doctor.1.gz
manpages/sv/fortnox-doctor.1.gz
EOF
)
[ "$got" = "$want" ] || fail "the archive holds other files than expected:
$(diff <(echo "$want") <(echo "$got") || true)"
echo "  $(basename "$archive"): the binary, README, LICENSE, 4 completion scripts, 2 man pages"
