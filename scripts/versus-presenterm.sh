#!/usr/bin/env bash
# invisibles against presenterm 0.16.1 on the same 20-slide deck at 120x40
# (scripts/deck.sh writes it both ways), runs interleaved, medians printed.
#
#   scripts/versus-presenterm.sh [RUNS]   (default 10)
#
# INVISIBLES=/path (default: the release build), PRESENTERM=/path (default:
# presenterm on PATH; without it the comparison is skipped). To get it:
#   cargo install presenterm --version 0.16.1 --locked --root /tmp/presenterm
#
# First frame: from `tmux new-session` until the last text of the first
# screen is on the tmux screen (invisibles' footer on its bottom row;
# presenterm's title, the only text of its intro slide), minus the same for
# `printf` (tmux's own cost). Peak memory: VmHWM at the first frame, and
# after stepping to slide 20 of 20 one key at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
presenterm=${PRESENTERM:-$(command -v presenterm || true)}
if [ -z "$presenterm" ] || [ ! -x "$presenterm" ]; then
  echo "presenterm not found (set PRESENTERM=/path or put it on PATH): comparison skipped"
  exit 0
fi
bin=${INVISIBLES:-$PWD/target/release/invisibles}
[ -x "$bin" ] || cargo build --release --quiet
sock="invisibles-versus-$$"
tmp=$(mktemp -d)
. scripts/measure.sh
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

scripts/deck.sh "$tmp"
"$bin" check "$tmp/episodes" >/dev/null

# Right until slide 20 of 20 is on screen, then the process's VmHWM.
walk() {
  local session=$1 pid=$2 keys=0
  until tm capture-pane -p -t "$session" | grep -qF "Slide 20 of 20"; do
    ((++keys <= 200)) || { echo "slide 20 never reached in $session" >&2; return 1; }
    tm send-keys -t "$session" Right
    sleep 0.03
  done
  hwm "$pid"
}

# The last text each program draws on its first screen.
inv_mark="q quit"
pre_mark="Twenty slides"
inv_cmd() { echo "LANG=C.UTF-8 exec $bin --lang en --state $tmp/journey-$1.ron --episodes $tmp/episodes"; }
# Without TERM_PROGRAM=tmux, presenterm asks tmux itself for its capabilities
# (answered at once), as it would ask a terminal; with it, it wraps the query
# for the terminal outside, which a detached tmux never answers: a 1 s wait.
pre_cmd() { echo "LANG=C.UTF-8 exec env -u TERM_PROGRAM $presenterm $tmp/deck.md"; }

base=() inv=() pre=() inv_h1=() inv_h2=() pre_h1=() pre_h2=()
for i in $(seq "$runs"); do
  base+=("$(time_until "base$i" READY "printf READY; sleep 30")")
  tm kill-session -t "base$i"

  inv+=("$(time_until "inv$i" "$inv_mark" "$(inv_cmd "$i")")")
  pid=$(pane_pid "inv$i")
  inv_h1+=("$(hwm "$pid")")
  inv_h2+=("$(walk "inv$i" "$pid")")
  tm kill-session -t "inv$i"

  pre+=("$(time_until "pre$i" "$pre_mark" "$(pre_cmd)")")
  pid=$(pane_pid "pre$i")
  pre_h1+=("$(hwm "$pid")")
  pre_h2+=("$(walk "pre$i" "$pid")")
  tm kill-session -t "pre$i"
done

med() { printf '%s\n' "$@" | median; }
b=$(med "${base[@]}")
a=$(( $(med "${inv[@]}") - b ))
p=$(( $(med "${pre[@]}") - b ))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "invisibles against $("$presenterm" --version), 20 slides at 120x40, median of $runs"
echo "tmux spawn (printf):                 $(ms "$b") ms"
printf '%-36s %12s %12s %8s\n' "" invisibles presenterm ratio
printf '%-36s %9s ms %9s ms %8s\n' "first frame beyond tmux spawn" "$(ms "$a")" "$(ms "$p")" "$(ratio "$a" "$p")"
h1=$(med "${inv_h1[@]}") h2=$(med "${pre_h1[@]}")
printf '%-36s %9s kB %9s kB %8s\n' "VmHWM at the first frame" "$h1" "$h2" "$(ratio "$h1" "$h2")"
h1=$(med "${inv_h2[@]}") h2=$(med "${pre_h2[@]}")
printf '%-36s %9s kB %9s kB %8s\n' "VmHWM at slide 20 of 20" "$h1" "$h2" "$(ratio "$h1" "$h2")"
echo "all runs (ns): base ${base[*]}"
echo "               invisibles ${inv[*]}"
echo "               presenterm ${pre[*]}"
