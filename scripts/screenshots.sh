#!/usr/bin/env bash
# Takes the README's screenshots from the real program. Each shot starts
# fortnox-doctor in a tmux pane of its size, as if typed at a prompt, sends
# its keys, captures the screen with its colours (tmux capture-pane -e) and
# draws it as an SVG terminal window (internal/tools/termsvg) into
# docs/screenshots/NAME.svg.
#
#   scripts/screenshots.sh              # every shot
#   scripts/screenshots.sh show-sv …    # only the shots named
#
# Needs Go and tmux, and nothing that needs a browser. Rerun it whenever a
# screen changes, and commit the SVGs.
set -euo pipefail
cd "$(dirname "$0")/.."

# The shots, one a line, fields separated by |:
#   name       docs/screenshots/NAME.svg
#   size       the terminal, COLSxROWS
#   lang       sv or en sets FORTNOX_DOCTOR_LANG; - sets nothing (LANG=C.UTF-8),
#              so the wizard asks for the language itself
#   keys       tmux key names sent one at a time once the screen is still:
#              Down, Up, Enter, Escape, Tab, C-c, or literal text in quotes
#              ('invalid_grant'); - for none
#   args       fortnox-doctor's arguments, quoted as in a shell
# Lines starting with # are skipped.
shots=$(cat <<'SHOTS'
wizard-language | 80x24  | -  | -          |
wizard-question | 80x24  | sv | Down Down  |
wizard-fix      | 80x34  | en | Down Enter Down Enter Down Enter |
wizard-paste    | 80x24  | en | Enter '2026-11-28 09:14:02 ERROR sync failed: 400 {"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}' Enter |
explain         | 80x24  | sv | -          | explain 'POST https://apps.fortnox.se/oauth-v1/token 400 {"error":"invalid_grant","error_description":"Invalid refresh token"}'
list            | 100x27 | en | -          | list
show-en         | 80x44  | en | -          | show invalid-refresh-token
show-sv         | 80x44  | sv | -          | show invalid-refresh-token
SHOTS
)

command -v tmux >/dev/null || { echo "screenshots.sh: tmux is missing (apt-get install tmux)" >&2; exit 2; }
tmp=$(mktemp -d)
socket="fortnox-doctor-shots-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

mkdir -p "$tmp/bin" docs/screenshots
go build -o "$tmp/bin/fortnox-doctor" ./cmd/fortnox-doctor
go build -o "$tmp/termsvg" ./internal/tools/termsvg
# No status line, so the pane is exactly the size asked for, and no user
# configuration.
echo 'set -g status off' >"$tmp/tmux.conf"

# settle waits until the pane has not changed for a moment (at most 5 s).
settle() {
  local last="" now same=0
  for _ in $(seq 50); do
    sleep 0.1
    now=$(tmux -L "$socket" capture-pane -e -p -t shot)
    if [ "$now" = "$last" ]; then
      same=$((same + 1))
      [ $same -ge 4 ] && return 0
    else
      same=0 last=$now
    fi
  done
  echo "screenshots.sh: the screen of $name kept changing; capturing it anyway" >&2
}

# shoot NAME SIZE LANG KEYS ARGS takes one shot.
shoot() {
  local name=$1 size=$2 lang=$3 keys=$4 args=$5
  local cols=${size%x*} rows=${size#*x}
  local -a argv=() keyv=() env=(PATH="$tmp/bin:/usr/bin:/bin" HOME="$tmp" LANG=C.UTF-8 TERM=xterm-256color COLORTERM=truecolor)
  eval "argv=($args)"
  [ "$keys" = - ] || eval "keyv=($keys)"
  [ "$lang" = - ] || env+=(FORTNOX_DOCTOR_LANG="$lang")
  local cmdline="fortnox-doctor${args:+ $args}"
  # A prompt line, the program, and then a pause that keeps the pane (and
  # what the program printed) on screen after it exits.
  # shellcheck disable=SC2016 # the pane's sh expands $1 and $@
  tmux -L "$socket" -f "$tmp/tmux.conf" new-session -d -s shot -x "$cols" -y "$rows" \
    env -i "${env[@]}" sh -c 'printf "\033[32m\$\033[0m %s\n" "$1"; shift; fortnox-doctor "$@"; exec sleep 600' \
    sh "$cmdline" "${argv[@]}"
  settle
  for k in "${keyv[@]}"; do
    tmux -L "$socket" send-keys -t shot "$k"
    settle
  done
  tmux -L "$socket" capture-pane -e -p -t shot >"$tmp/$name.txt"
  tmux -L "$socket" kill-session -t shot
  "$tmp/termsvg" -cols "$cols" -rows "$rows" -title "$cmdline" <"$tmp/$name.txt" >"docs/screenshots/$name.svg"
  echo "docs/screenshots/$name.svg"
}

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; printf '%s' "${s%"${s##*[![:space:]]}"}"; }

found=0
while IFS='|' read -r name size lang keys args; do
  name=$(trim "$name")
  case $name in '' | \#*) continue ;; esac
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qxF "$name"; then continue; fi
  found=$((found + 1))
  shoot "$name" "$(trim "$size")" "$(trim "$lang")" "$(trim "$keys")" "$(trim "$args")"
done <<<"$shots"
[ $found -gt 0 ] || { echo "screenshots.sh: no shot is named $*" >&2; exit 2; }
