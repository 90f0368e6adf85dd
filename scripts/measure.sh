# Helpers shared by first-frame.sh and versus-presenterm.sh (sourced, not run):
# a private tmux server, a nanosecond clock, medians, and VmHWM from /proc.
# The caller sets `sock` (the tmux server's name) before using `tm`.

tm() { tmux -L "$sock" -f /dev/null "$@"; }

now() { date +%s%N; }

# Starts CMD in a fresh 120x40 tmux session and prints the nanoseconds until
# TEXT is on its screen; gives up after 20 s (a program that did not start).
time_until() {
  local session=$1 text=$2 cmd=$3 t0 t1
  t0=$(now)
  tm new-session -d -s "$session" -x 120 -y 40 "$cmd"
  until tm capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$text"; do
    if (($(now) - t0 > 20000000000)); then
      echo "\"$text\" never appeared in 20 s: $cmd" >&2
      return 1
    fi
  done
  t1=$(now)
  echo $((t1 - t0))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

hwm() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

pane_pid() { tm display-message -p -t "$1" '#{pane_pid}'; }

ms() { awk -v n="$1" 'BEGIN {printf "%.2f", n / 1e6}'; }
