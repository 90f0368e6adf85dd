#!/usr/bin/env bash
# Screenshots of the player as a terminal shows it, to look at the themes:
# the title, a narration, a testimony, a statistic, a question and the
# projector view, in the dark, light and high-contrast themes, as PNG files.
#
#   scripts/screenshots.sh [COLUMNSxROWS]    (default 120x40)
#
# COLORTERM=truecolor in the environment draws in true colour, as a
# terminal that says so gets; without it, in the 256-colour fallback.
#
# Each screen is reached by its keys in the real binary, run in a private
# tmux server; `tmux capture-pane -e` gives its cells with their colours,
# scripts/ansi2html.py turns them into a page and headless Chromium draws it.
# INVISIBLES=/path uses that binary (else the debug build, built first).
# Out: target/screenshots/THEME-SCREEN-COLUMNSxROWS.png (the capture and the page beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-120x40}
cols=${size%x*} rows=${size#*x}
for tool in tmux chromium python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ -z "${INVISIBLES:-}" ]; then
  cargo build --quiet
fi
bin=${INVISIBLES:-$PWD/target/debug/invisibles}
out=$PWD/target/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
tm() { tmux -L shots "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

# name, then the keys that reach it from the title (tmux send-keys names).
screens=(
  "title|"
  "narration|1 Right"
  "statistic|1 Right Right Right"
  "question|2 Right"
  "testimony|2 Right Right Right Right"
  "projector|2 Right Right Right Right P"
)

# Waits until the pane shows the same thing twice in a row: the frame is drawn.
settle() {
  local before="" now
  for _ in $(seq 50); do
    sleep 0.2
    now=$(tm capture-pane -p -e -N -t shot)
    [ -n "$now" ] && [ "$now" = "$before" ] && return 0
    before=$now
  done
}

for theme in dark light high-contrast; do
  for entry in "${screens[@]}"; do
    name=${entry%%|*} keys=${entry#*|}
    state="$tmp/$theme-$name"
    mkdir -p "$state"
    tm new-session -d -s shot -x "$cols" -y "$rows" \
      "env HOME=$state XDG_STATE_HOME=$state LANG=C.UTF-8 TERM=xterm-256color COLORTERM=${COLORTERM:-} $bin --lang en --theme $theme --no-mouse"
    settle
    for key in $keys; do
      tm send-keys -t shot "$key"
      sleep 0.15
    done
    settle
    tm capture-pane -p -e -N -t shot >"$out/$theme-$name-$size.ans"
    tm kill-session -t shot
    page="$out/$theme-$name-$size.html"
    python3 scripts/ansi2html.py "$out/$theme-$name-$size.ans" "$page" "$cols" "$rows"
    # DejaVu Sans Mono at 17px: a cell is about 10.24 by 20 pixels.
    chromium --headless=new --no-sandbox --disable-gpu --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d -p "$tmp")" \
      --window-size="$(((cols * 1024 + 99) / 100)),$((rows * 20))" \
      --screenshot="$out/$theme-$name-$size.png" "file://$page" >/dev/null 2>&1
    echo "$out/$theme-$name-$size.png"
  done
done
