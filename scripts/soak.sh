#!/bin/sh
# Soak of `invisibles serve` on loopback (127.0.0.0/8 only), for BENCHMARKS.md:
# waves of PARTICIPANTS (default 500) joining and leaving for SOAK_SECONDS
# (default 300, at most 900), a third hanging up abruptly and a sixth never
# reading; then 300 silent sockets and a real participant joining through them.
# Bounded in count and time; prints figures, asserts nothing.
set -eu
cd "$(dirname "$0")/.."
SOAK_SECONDS="${SOAK_SECONDS:-300}" exec cargo bench --features bench --bench soak
