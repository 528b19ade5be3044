#!/usr/bin/env bash
# bench/perf/ab.sh: two ffiscope binaries compared on the same work, runs alternated (this
# VM's speed drifts by 20% between sittings, so only pairs run side by side in time say
# which binary is faster).
#
#   bench/perf/ab.sh OLD_BINARY NEW_BINARY            # 5 pairs on sqlite3.c
#   N=9 INPUT=path/to/file.c bench/perf/ab.sh A B    # other input, more pairs
#
# Each run is `ffiscope summarize INPUT --format json -j $JOBS` with the IR cached and the
# results deleted (the "IR cached" step of bench/perf/run.sh). Prints the median wall and
# CPU (user + system) seconds of each binary and whether their outputs are byte-identical.
# The input defaults to sqlite3.c of libsqlite3-sys 0.30.1 in cargo's registry
# (bench/corpus/fetch.sh puts it there).
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,12p' "$0"; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$(dirname "$here")")"
a="$(realpath "$1")"
b="$(realpath "$2")"
N="${N:-5}"
JOBS="${JOBS:-2}"
[[ -x /usr/bin/time ]] || { echo "ab: /usr/bin/time not found (Debian: apt-get install time)" >&2; exit 2; }
if [[ -z "${INPUT:-}" ]]; then
  registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
  INPUT="$(ls -d "$registry"/*/libsqlite3-sys-0.30.1/sqlite3/sqlite3.c 2>/dev/null | head -1 || true)"
  [[ -n "$INPUT" ]] || { echo "ab: no sqlite3.c; run bench/corpus/fetch.sh or set INPUT" >&2; exit 2; }
fi
cache="$root/bench/out/ab-cache"
out="$root/bench/out/ab"
mkdir -p "$out"
: >"$out/times"

run() { # binary label
  find "$cache/v1/artifact" -type f ! -name "*.clang-version-*" -delete 2>/dev/null || true
  /usr/bin/time -f "$2 %e %U %S" -a -o "$out/times" \
    "$1" summarize "$INPUT" --format json -j "$JOBS" --cache-dir "$cache" >"$out/$2.json"
}

run "$a" warmup >/dev/null # compiles the IR into the cache once
for _ in $(seq "$N"); do
  run "$a" A
  run "$b" B
done
python3 - "$out/times" "$a" "$b" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.split() and l.split()[0] in "AB"]
for label, binary in (("A", sys.argv[2]), ("B", sys.argv[3])):
    r = [(float(x[1]), float(x[2]) + float(x[3])) for x in rows if x[0] == label]
    print(f"{label} {binary}: {len(r)} runs, wall median {statistics.median(w for w, _ in r):.3f} s, "
          f"cpu median {statistics.median(c for _, c in r):.3f} s")
PY
if cmp -s "$out/A.json" "$out/B.json"; then echo "outputs: byte-identical"; else echo "outputs: DIFFER ($out/A.json, $out/B.json)"; fi
