#!/usr/bin/env bash
# Time to first frame and peak memory of the release player, measured from
# outside with public tools only (bash, tmux, date +%s%N, /proc).
#
#   scripts/first-frame.sh [RUNS]     (default 10; builds the release binary first)
#
# INVISIBLES=/path measures that binary instead (no build). Then, in the same
# run, scripts/versus-presenterm.sh compares it with presenterm on one
# 20-slide deck (PRESENTERM=/path, or presenterm on PATH; skipped without).
#
# Time to first frame: from just before `tmux new-session` until the title
# screen's text is on the tmux screen, polled with `tmux capture-pane`. The same
# measure for a trivial command (`printf`) is tmux's own spawn-and-poll cost;
# the difference is the player's. Medians of RUNS runs are printed.
# Peak memory: VmHWM of the player's process from /proc/PID/status, right after
# the first frame and again after walking the whole documentary (→ to the end,
# the contents, the help), median of the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
if [ -z "${INVISIBLES:-}" ]; then
  cargo build --release --quiet
fi
bin=${INVISIBLES:-$PWD/target/release/invisibles}
sock="invisibles-first-frame-$$"
tmp=$(mktemp -d)
. scripts/measure.sh
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

base=() app=() hwm_first=() hwm_walk=()
for i in $(seq "$runs"); do
  base+=("$(time_until "base$i" READY "printf READY; sleep 30")")
  tm kill-session -t "base$i"

  state="$tmp/journey-$i.ron"
  app+=("$(time_until "app$i" "to begin" "LANG=C.UTF-8 exec $bin --lang en --state $state")")
  pid=$(pane_pid "app$i")
  hwm_first+=("$(hwm "$pid")")
  # Walk the whole documentary, then open the contents and the help.
  for _ in $(seq 60); do tm send-keys -t "app$i" Right Right Right Right Right Right; done
  tm send-keys -t "app$i" t Down Down Escape '?' Escape
  until tm capture-pane -p -t "app$i" | grep -qF "The end"; do sleep 0.05; done
  hwm_walk+=("$(hwm "$pid")")
  tm send-keys -t "app$i" q
  tm kill-session -t "app$i" 2>/dev/null || true
done

b=$(printf '%s\n' "${base[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
h1=$(printf '%s\n' "${hwm_first[@]}" | median)
h2=$(printf '%s\n' "${hwm_walk[@]}" | median)
echo "runs: $runs"
echo "tmux spawn (printf), median:         $(ms "$b") ms"
echo "player first frame, median:          $(ms "$a") ms"
echo "first frame beyond tmux spawn:       $(ms $((a - b))) ms"
echo "peak memory (VmHWM) at first frame:  $h1 kB"
echo "peak memory after the whole walk:    $h2 kB"
echo "all runs (ns): base ${base[*]}"
echo "               app  ${app[*]}"

echo
INVISIBLES=$bin scripts/versus-presenterm.sh "$runs"
