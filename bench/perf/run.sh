#!/usr/bin/env bash
# bench/perf/run.sh: how long ffiscope takes on real C, next to clang and opt on the
# same inputs in the same run, so the numbers are ratios that survive a change of machine.
#
#   bench/perf/run.sh                 # sqlite3.c (amalgamation) and zlib (its 15 .c files)
#   bench/perf/run.sh sqlite          # one corpus: sqlite | zlib
#   REPS=5 JOBS=4 bench/perf/run.sh   # repetitions (median reported; default 3), parallelism (default 2)
#   TIMEOUT=300 bench/perf/run.sh     # seconds per ffiscope run (default 600); a run that
#                                     # times out is reported as ">TIMEOUT s (timeout)"
#   FFISCOPE=/path/to/ffiscope bench/perf/run.sh   # default: cargo build --release -p ffiscope
#   THREADS=0 bench/perf/run.sh       # skip the thread-analysis share (needs the
#                                     # ffiscope-threads `threads` example, built here)
#
# Needs clang-19 and opt-19 (override with $CLANG / $OPT; /usr/bin/opt is LLVM 14 and is
# not used), GNU time (/usr/bin/time, Debian package `time`), and the crates.io sources of
# libz-sys 1.1.31 and libsqlite3-sys 0.30.1 (fetched with bench/corpus/fetch.sh).
# Prints a Markdown table on stdout (progress on stderr); work files and logs go to
# bench/out/perf/ (gitignored). Paste the table into BENCHMARKS.md with the machine.
#
# What is measured, per corpus, each step REPS times (wall clock, median; peak RSS of the
# largest process, from /usr/bin/time %M):
#   clang IR      clang -S -emit-llvm -g -gno-column-info -O0 -Xclang -disable-O0-optnone -fno-discard-value-names,
#                 every file, JOBS in parallel (what ffiscope runs)
#   opt verify    opt -passes=verify -disable-output on that IR (parse + verify: a floor)
#   opt fattrs    opt -passes='function(mem2reg),cgscc(function-attrs)' -disable-output
#   ff cold       ffiscope summarize --no-cache --format json -j JOBS (compile + analyse)
#   ff IR-cached  same with a cache dir holding the IR but no results (v1/artifact/ deleted;
#                 see crates/ffiscope-cfront/src/cache.rs): parse IR + analyse + threads
#   ff warm       same cache dir with its results: the whole-run result is read back
#   decls ...     ffiscope decls, the same three ways (IR-cached decls = parse IR + decls)
#   thread share  `threads --bench` example on the clang IR: engine vs thread analysis time
set -euo pipefail
perf="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$perf")"
root="$(dirname "$bench")"
out="$bench/out/perf"
mkdir -p "$out"
log="$out/run.log"
: >"$log"

CLANG="${CLANG:-clang-19}"
OPT="${OPT:-opt-19}"
REPS="${REPS:-3}"
JOBS="${JOBS:-2}"
TIMEOUT="${TIMEOUT:-600}"
THREADS="${THREADS:-1}"
corpora=("$@")
[[ ${#corpora[@]} -eq 0 ]] && corpora=(sqlite zlib)

note() { echo "perf: $*" >&2; }
die() { echo "perf: error: $*" >&2; exit 2; }

command -v "$CLANG" >/dev/null || die "$CLANG not found (Debian: apt-get install clang-19)"
command -v "$OPT" >/dev/null || die "$OPT not found (Debian: apt-get install llvm-19)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian: apt-get install time)"

if [[ -z "${FFISCOPE:-}" ]]; then
  note "building ffiscope (cargo build --release -p ffiscope)"
  (cd "$root" && cargo build --release -p ffiscope >>"$log" 2>&1) || die "cargo build failed, see $log"
  FFISCOPE="$root/target/release/ffiscope"
fi
[[ -x "$FFISCOPE" ]] || die "no ffiscope binary at $FFISCOPE"

threads_bin=""
if [[ "$THREADS" != 0 ]]; then
  note "building the ffiscope-threads example (thread-analysis share)"
  if (cd "$root" && cargo build --release -p ffiscope-threads --example threads >>"$log" 2>&1); then
    threads_bin="$root/target/release/examples/threads"
  else
    note "WARNING: the threads example did not build; no thread share (see $log)"
  fi
fi

registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
find_crate() { # newest unpacked dir of crate $1 (exact version)
  local d
  d=$(ls -d "$registry"/*/"$1" 2>/dev/null | head -1 || true)
  if [[ -z "$d" ]]; then
    note "fetching the corpus (bench/corpus/fetch.sh)"
    "$bench/corpus/fetch.sh" >/dev/null 2>>"$log" || die "bench/corpus/fetch.sh failed, see $log"
    d=$(ls -d "$registry"/*/"$1" 2>/dev/null | head -1 || true)
  fi
  [[ -n "$d" ]] || die "crate $1 not in $registry"
  echo "$d"
}

# ---- timing ------------------------------------------------------------------------
# measure CMD...: runs CMD (stdout discarded, stderr to the log), sets WALL (seconds), RSS (MiB), RC.
measure() {
  local tf s e
  tf="$(mktemp)"
  s=$(date +%s%N)
  RC=0
  /usr/bin/time -f %M -o "$tf" "$@" >/dev/null 2>>"$log" || RC=$?
  e=$(date +%s%N)
  WALL=$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  RSS=$(tail -1 "$tf" | awk '{ printf "%.0f", $1 / 1024 }')
  rm -f "$tf"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
minmax() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }

declare -A MED RANGE PEAK STATUS
# record KEY: summarizes the arrays walls/rsss of the last repetitions under KEY.
record() {
  local key="$1"
  MED[$key]=$(median "${walls[@]}")
  RANGE[$key]=$(minmax "${walls[@]}")
  PEAK[$key]=$(median "${rsss[@]}")
  STATUS[$key]=ok
}
# repeat KEY PREP CMD...: runs PREP (a shell function or `:`) then CMD, REPS times.
# Stops early on a timeout or failure and records it.
repeat() {
  local key="$1" prep="$2"
  shift 2
  walls=() rsss=()
  local i
  for ((i = 1; i <= REPS; i++)); do
    $prep
    echo "== $key rep $i: $*" >>"$log"
    measure "$@"
    if [[ $RC -eq 124 ]]; then
      note "$key: TIMEOUT after ${TIMEOUT}s"
      STATUS[$key]=timeout
      MED[$key]=""
      return 0
    elif [[ $RC -ne 0 ]]; then
      note "$key: exit status $RC (see $log)"
      STATUS[$key]="exit $RC"
      MED[$key]=""
      return 0
    fi
    walls+=("$WALL") rsss+=("$RSS")
    note "$key rep $i: ${WALL}s ${RSS} MiB"
  done
  record "$key"
}

# ---- corpora -----------------------------------------------------------------------
setup_corpus() { # sets FILES (array), CFLAGS (array), DESC
  case "$1" in
    sqlite)
      local d; d="$(find_crate libsqlite3-sys-0.30.1)/sqlite3" || exit 2
      FILES=("$d/sqlite3.c")
      CFLAGS=()
      DESC="sqlite3.c 3.46 amalgamation (libsqlite3-sys 0.30.1), default defines, 1 TU"
      ;;
    zlib)
      local d; d="$(find_crate libz-sys-1.1.31)/src/zlib" || exit 2
      mapfile -t FILES < <(ls "$d"/*.c)
      CFLAGS=(-DHAVE_UNISTD_H)
      DESC="zlib 1.3.1 (libz-sys 1.1.31 src/zlib/*.c), -DHAVE_UNISTD_H, ${#FILES[@]} TUs"
      ;;
    *) die "unknown corpus $1 (sqlite | zlib)" ;;
  esac
}

ll_of() { echo "$irdir/$(basename "${1%.c}").ll"; }

# The parallel steps are plain commands (xargs over NUL-separated lists), so that
# /usr/bin/time can run them.
write_lists() {
  local f
  : >"$work/clang.args"
  : >"$work/ll.list"
  for f in "${FILES[@]}"; do
    printf '%s\0%s\0' "$f" "$(ll_of "$f")" >>"$work/clang.args"
    printf '%s\0' "$(ll_of "$f")" >>"$work/ll.list"
  done
}
# Results only: keep the IR and the cached `clang --version` (cache.rs layout).
rm_results() { find "$cache/v1/artifact" -type f ! -name "*.clang-version-*" -delete 2>/dev/null || true; }
rm_cache() { rm -rf "$cache"; }

rows=()
ratio_rows=()
fmt() { # KEY -> "median (min–max)" or the failure
  local k="$1"
  case "${STATUS[$k]:-missing}" in
    ok) printf '%s (%s)' "${MED[$k]}" "${RANGE[$k]}" ;;
    timeout) printf '>%s (timeout)' "$TIMEOUT" ;;
    missing) printf 'not run' ;;
    *) printf '%s' "${STATUS[$k]}" ;;
  esac
}
rss() { [[ "${STATUS[$1]:-}" == ok ]] && printf '%s' "${PEAK[$1]}" || printf '–'; }
div() { # A B -> A/B with 2 decimals, or n/a
  if [[ "${STATUS[$1]:-}" == ok && "${STATUS[$2]:-}" == ok ]]; then
    awk -v a="${MED[$1]}" -v b="${MED[$2]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
  else
    printf 'n/a'
  fi
}
sub() { # A B -> A-B (seconds), or empty
  if [[ "${STATUS[$1]:-}" == ok && "${STATUS[$2]:-}" == ok ]]; then
    awk -v a="${MED[$1]}" -v b="${MED[$2]}" 'BEGIN { printf "%.3f", a - b }'
  fi
}

for corpus in "${corpora[@]}"; do
  setup_corpus "$corpus"
  note "== $corpus: $DESC"
  work="$out/$corpus"
  irdir="$work/ir"
  cache="$work/cache"
  rm -rf "$work"
  mkdir -p "$irdir"
  ffargs=(-j "$JOBS" -q "${CFLAGS[@]}" "${FILES[@]}")
  t="timeout $TIMEOUT"

  write_lists
  repeat "$corpus/clang" : env PERF_CLANG="$CLANG" PERF_CFLAGS="${CFLAGS[*]}" \
    xargs -0 -a "$work/clang.args" -n 2 -P "$JOBS" sh -c \
    '"$PERF_CLANG" -S -emit-llvm -g -gno-column-info -O0 -Xclang -disable-O0-optnone -fno-discard-value-names -w $PERF_CFLAGS -o "$1" "$0"'
  [[ "${STATUS[$corpus/clang]}" == ok ]] || die "clang failed on $corpus, see $log"
  irbytes=$(cat "$irdir"/*.ll | wc -c)
  opt_all=(xargs -0 -a "$work/ll.list" -n 1 -P "$JOBS" "$OPT" -disable-output)
  repeat "$corpus/verify" : "${opt_all[@]}" -passes=verify
  repeat "$corpus/fattrs" : "${opt_all[@]}" '-passes=function(mem2reg),cgscc(function-attrs)'

  repeat "$corpus/ff-cold" : $t "$FFISCOPE" summarize --no-cache --format json "${ffargs[@]}"
  # IR-cached: one untimed `decls` run fills a fresh cache with the IR; every timed
  # repetition then deletes the results (v1/artifact/) and keeps the IR.
  rm_cache
  note "$corpus: filling the IR cache (not timed)"
  echo "== $corpus fill cache" >>"$log"
  measure $t "$FFISCOPE" decls --format json --cache-dir "$cache" "${ffargs[@]}"
  if [[ $RC -eq 0 ]]; then
    repeat "$corpus/ff-ir" rm_results $t "$FFISCOPE" summarize --format json --cache-dir "$cache" "${ffargs[@]}"
    if [[ "${STATUS[$corpus/ff-ir]}" == ok ]]; then
      repeat "$corpus/ff-warm" : "$FFISCOPE" summarize --format json --cache-dir "$cache" "${ffargs[@]}"
    fi
    repeat "$corpus/decls-ir" rm_results $t "$FFISCOPE" decls --format json --cache-dir "$cache" "${ffargs[@]}"
    repeat "$corpus/decls-warm" : "$FFISCOPE" decls --format json --cache-dir "$cache" "${ffargs[@]}"
  else
    note "$corpus: filling the cache failed (exit $RC), no IR-cached/warm numbers"
  fi
  repeat "$corpus/decls-cold" : $t "$FFISCOPE" decls --no-cache --format json "${ffargs[@]}"

  thread_cell="not measured"
  if [[ -n "$threads_bin" ]]; then
    tlog="$work/threads-bench.txt"
    echo "== $corpus threads --bench" >>"$log"
    if timeout "$TIMEOUT" "$threads_bin" --bench "$irdir"/*.ll >/dev/null 2>"$tlog"; then
      # "engine analyze_program: 1.23s (...)" and "parse: ...; thread analysis: 456ms"
      thread_cell=$(python3 - "$tlog" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def secs(s):
    m = re.match(r"([\d.]+)(ns|µs|us|ms|s)", s)
    v, u = float(m.group(1)), m.group(2)
    return v * {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1}[u]
eng = secs(re.search(r"engine analyze_program: (\S+)", text).group(1))
thr = secs(re.search(r"thread analysis: (\S+)", text).group(1))
print(f"threads {thr:.2f} s vs engine {eng:.2f} s (each run alone on all cores): {100 * thr / (thr + eng):.0f}% of analysis")
PY
      ) || thread_cell="unreadable (see $tlog)"
    else
      thread_cell="threads example failed or timed out (see $tlog)"
    fi
  fi

  c="$corpus"
  ir_mib=$(awk -v b="$irbytes" 'BEGIN { printf "%.1f", b / 1048576 }')
  rows+=("| $c | clang IR generation (${#FILES[@]} TU, $ir_mib MiB IR) | $(fmt $c/clang) | $(rss $c/clang) |")
  rows+=("| $c | opt verify (parse baseline) | $(fmt $c/verify) | $(rss $c/verify) |")
  rows+=("| $c | opt mem2reg + function-attrs | $(fmt $c/fattrs) | $(rss $c/fattrs) |")
  rows+=("| $c | ffiscope summarize, cold (--no-cache) | $(fmt $c/ff-cold) | $(rss $c/ff-cold) |")
  rows+=("| $c | ffiscope summarize, IR cached (parse + analyse) | $(fmt $c/ff-ir) | $(rss $c/ff-ir) |")
  rows+=("| $c | ffiscope summarize, warm | $(fmt $c/ff-warm) | $(rss $c/ff-warm) |")
  rows+=("| $c | ffiscope decls, cold | $(fmt $c/decls-cold) | $(rss $c/decls-cold) |")
  rows+=("| $c | ffiscope decls, IR cached (parse + decls) | $(fmt $c/decls-ir) | $(rss $c/decls-ir) |")
  rows+=("| $c | ffiscope decls, warm | $(fmt $c/decls-warm) | $(rss $c/decls-warm) |")
  an=$(sub $c/ff-ir $c/decls-ir)
  optan=$(sub $c/fattrs $c/verify)
  ratio_rows+=("| $c | ffiscope analysis (IR cached) / opt function-attrs | $(div $c/ff-ir $c/fattrs) |")
  ratio_rows+=("| $c | ffiscope cold total / clang IR generation | $(div $c/ff-cold $c/clang) |")
  ratio_rows+=("| $c | ffiscope decls cold / clang IR generation | $(div $c/decls-cold $c/clang) |")
  ratio_rows+=("| $c | ffiscope IR parse (IR-cached decls) / opt verify | $(div $c/decls-ir $c/verify) |")
  if [[ -n "$an" && -n "$optan" ]]; then
    ratio_rows+=("| $c | analysis beyond parsing: ffiscope (IR-cached summarize − IR-cached decls = $an s) / opt (fattrs − verify = $optan s) | $(awk -v a="$an" -v b="$optan" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }') |")
  fi
  ratio_rows+=("| $c | thread analysis share | $thread_cell |")
  if [[ "${STATUS[$c/ff-warm]:-}" == ok ]]; then
    verdict=$(awk -v a="${MED[$c/ff-warm]}" 'BEGIN { print (a < 0.5) ? "meets" : "MISSES" }')
    ratio_rows+=("| $c | warm summarize < 0.5 s target | $verdict (${MED[$c/ff-warm]} s) |")
  fi
done

echo "Wall-clock seconds, median of $REPS (min–max), -j $JOBS / $JOBS parallel processes; peak RSS of the largest process in MiB."
echo
echo "| corpus | step | seconds | peak RSS MiB |"
echo "|---|---|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "| corpus | ratio | value |"
echo "|---|---|---:|"
printf '%s\n' "${ratio_rows[@]}"
