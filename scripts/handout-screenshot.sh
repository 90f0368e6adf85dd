#!/usr/bin/env bash
# Renders the HTML handout in a real browser (headless Chromium, Debian's package)
# and saves a screenshot, to check it prints well. Usage: scripts/handout-screenshot.sh [SESSION]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-target/handout}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian's package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
args=(export --format html -o "$out/handout.html")
[ $# -ge 1 ] && args+=(--session "$1")
cargo run --quiet --release -- "${args[@]}"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --window-size=1000,1400 \
  --screenshot="$out/handout.png" "file://$out/handout.html" 2>/dev/null
echo "$out/handout.png"
