#!/usr/bin/env bash
# Score ffiscope and the LLVM baseline on every library of bench/ground-truth.
#
#   bench/score.sh                 # build ffiscope if the workspace has it, run all
#   FFISCOPE=/path/to/ffiscope bench/score.sh
#   bench/score.sh --lib curl      # extra arguments go to ffiscope-score
#   bench/score.sh --quick         # CI-sized (libssh2, 6 TUs, no LLVM baseline)
#
# Needs clang-19 and opt-19 (Debian: clang-19 llvm-19), python3, and the
# OpenSSL headers for libssh2 (libssl-dev). Writes bench/out/accuracy.md
# (Markdown for BENCHMARKS.md) and prints the text report. Exits 1 when
# ffiscope gives a wrong "no", 2 on an error or when ffiscope failed or timed out.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
cd "$root"

"$bench/corpus/fetch.sh" >/dev/null

ff_args=()
if [[ -n "${FFISCOPE:-}" ]]; then
  ff_args=(--ffiscope "$FFISCOPE")
elif cargo metadata --no-deps --format-version 1 2>/dev/null | grep -q '"name":"ffiscope"'; then
  if cargo build --release -p ffiscope >&2; then
    ff_args=(--ffiscope "$root/target/release/ffiscope")
  else
    echo "score.sh: WARNING: building ffiscope failed; its column will be all \"maybe\"" >&2
  fi
else
  echo "score.sh: no ffiscope package in the workspace yet; its column will be all \"maybe\"" >&2
fi

cargo build --release -p ffiscope-score >&2
exec "$root/target/release/ffiscope-score" "${ff_args[@]}" --markdown "$bench/out/accuracy.md" "$@"
