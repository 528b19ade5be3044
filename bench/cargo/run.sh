#!/usr/bin/env bash
# bench/cargo/run.sh: `cargo ffiscope` unattended on fresh copies of real -sys crates and of a
# crate that uses one, with wall times next to a plain `cargo build` of the same copy.
#
#   bench/cargo/run.sh                            # libz-sys, flate2, libsqlite3-sys (in that order)
#   CRATES="libz-sys flate2" bench/cargo/run.sh   # a subset, in the given order
#   FFISCOPE=/path/to/ffiscope bench/cargo/run.sh # default: target/release/ffiscope; `cargo
#                                                 # ffiscope` runs the cargo-ffiscope next to it
#                                                 # (falls back to `ffiscope check` without one)
#   TIMEOUT=1800 bench/cargo/run.sh               # seconds per ffiscope run (default 900)
#   JOBS=2 bench/cargo/run.sh                     # -j for ffiscope (default: nproc)
#
# The crates and how each is checked:
#   libz-sys 1.1.31        --features static (zlib's C sources are built by its build script)
#   libsqlite3-sys 0.30.1  --features bundled (sqlite3.c amalgamation, bindgen bindings shipped
#                          in the crate and included from OUT_DIR)
#   flate2 (the version cargo resolves for `flate2 = "1"`)
#                          --no-default-features --features zlib, with LIBZ_SYS_STATIC=1 so
#                          that libz-sys builds zlib from source instead of linking the system
#                          libz. flate2 declares no C functions itself: they are libz-sys's,
#                          loaded as a dependency, and checked because the copy gets an
#                          `ffiscope.toml` with `check-dependencies = true`.
# libz-sys and libsqlite3-sys are the versions pinned in bench/corpus/Cargo.toml (fetched by
# bench/corpus/fetch.sh when missing from cargo's registry); flate2 is resolved and fetched
# through a throw-away package in bench/out/cargo/.resolve.
#
# Per crate, into bench/out/cargo/<crate> (gitignored; the copy gets an empty [workspace] so it
# is not taken for a member of the ffiscope workspace):
#   cargo build    `cargo build` of the copy into an empty target dir, sources already
#                  downloaded (so: the crate's and its dependencies' compile time)
#   cargo build again  the same command once more (nothing to do: a warm build)
#   ff cold        `cargo ffiscope --cache-dir <fresh dir>`: builds the crate with the
#                  compile-command shim, compiles its C to IR, analyses, checks
#   ff warm        the same command again, same cache dir (the build runs again: its build
#                  scripts must re-run so the shim sees the C compiles)
# Times are wall clock (/usr/bin/time %e), memory the peak RSS of the largest process (%M).
# The findings of the cold run are kept as <crate>.json (findings JSON) and <crate>.txt
# (text, with skipped items). A Markdown table is printed on stdout; progress on stderr.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$here")"
root="$(dirname "$bench")"
out="$bench/out/cargo"
mkdir -p "$out"
log="$out/run.log"
: >"$log"

CRATES="${CRATES:-libz-sys flate2 libsqlite3-sys}"
TIMEOUT="${TIMEOUT:-900}"
JOBS="${JOBS:-$(nproc)}"
FFISCOPE="${FFISCOPE:-$root/target/release/ffiscope}"

note() { echo "cargo-bench: $*" >&2; }
die() { echo "cargo-bench: error: $*" >&2; exit 2; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian: apt-get install time)"
[[ -x "$FFISCOPE" ]] || die "no ffiscope binary at $FFISCOPE (cargo build --release --bin ffiscope --bin cargo-ffiscope)"
bindir="$(cd "$(dirname "$FFISCOPE")" && pwd)"
if [[ -x "$bindir/cargo-ffiscope" ]]; then
  ff_cmd=(cargo ffiscope)
  ff_label="cargo ffiscope"
else
  note "WARNING: no cargo-ffiscope next to $FFISCOPE; running \`ffiscope check\` instead"
  ff_cmd=("$FFISCOPE" check)
  ff_label="ffiscope check"
fi

paths="$bench/out/corpus-paths.json"
recorded_dir() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["dir"])' "$paths" "$1"; }
pinned_dir() { # unpacked registry dir of corpus crate $1 (bench/corpus/fetch.sh records it)
  local d
  d=$(recorded_dir "$1" 2>/dev/null || true)
  if [[ -z "$d" || ! -d "$d" ]]; then
    note "fetching the corpus (bench/corpus/fetch.sh)"
    "$bench/corpus/fetch.sh" >/dev/null 2>>"$log" || die "bench/corpus/fetch.sh failed, see $log"
    d=$(recorded_dir "$1") || die "bench/corpus/fetch.sh did not record $1"
  fi
  echo "$d"
}

resolved_dir() { # registry dir of the version of crate $1 that cargo resolves for spec $2
  local tmp="$out/.resolve-$1"
  rm -rf "$tmp"
  mkdir -p "$tmp/src"
  : >"$tmp/src/lib.rs"
  cat >"$tmp/Cargo.toml" <<EOF
[package]
name = "ffiscope-resolve-$1"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
$1 = $2
EOF
  (cd "$tmp" && cargo fetch >>"$log" 2>&1) || die "cargo fetch of $1 failed, see $log"
  (cd "$tmp" && cargo metadata --format-version 1 2>>"$log") | python3 -c '
import json, os, sys
m = json.load(sys.stdin)
p = next(p for p in m["packages"] if p["name"] == sys.argv[1])
print(os.path.dirname(p["manifest_path"]))' "$1" || die "cargo metadata of $1 failed, see $log"
}

# crate -> source dir, cargo feature flags, extra environment
declare -A src feats envs
for c in $CRATES; do
  case "$c" in
    libz-sys)
      src[$c]=$(pinned_dir libz-sys)
      feats[$c]="--features static"
      envs[$c]="" ;;
    libsqlite3-sys)
      src[$c]=$(pinned_dir libsqlite3-sys)
      feats[$c]="--features bundled"
      envs[$c]="" ;;
    flate2)
      src[$c]=$(resolved_dir flate2 '{ version = "1", default-features = false, features = ["zlib"] }')
      feats[$c]="--no-default-features --features zlib"
      envs[$c]="LIBZ_SYS_STATIC=1" ;;
    *) die "unknown crate $c (known: libz-sys flate2 libsqlite3-sys)" ;;
  esac
done

secs() { awk '{print $1}' "$1" 2>/dev/null || echo "?"; }
mib() { awk '{printf "%.0f", $2/1024}' "$1" 2>/dev/null || echo "?"; }

# timed NAME TIMEOUT CMD...: runs CMD under /usr/bin/time, stdout to $out/NAME.out, stderr
# to $out/NAME.err; leaves "SECONDS KB" in $out/NAME.time and returns CMD's exit code.
timed() {
  local name="$1" limit="$2"
  shift 2
  local rc=0
  /usr/bin/time -f "%e %M" -o "$out/$name.time" timeout "$limit" "$@" \
    >"$out/$name.out" 2>"$out/$name.err" || rc=$?
  return "$rc"
}

rows=()
for c in $CRATES; do
  dir="$out/$c"
  cache="$out/$c.cache"
  note "$c: fresh copy of ${src[$c]}"
  rm -rf "$dir" "$cache"
  cp -r "${src[$c]}" "$dir"
  chmod -R u+w "$dir"
  printf '\n[workspace]\n' >>"$dir/Cargo.toml"
  if [[ "$c" == flate2 ]]; then
    printf '# written by bench/cargo/run.sh: check the -sys dependency declarations too\ncheck-dependencies = true\n' >"$dir/ffiscope.toml"
  fi
  version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -1)
  # shellcheck disable=SC2086
  read -r -a fflags <<<"${feats[$c]}"
  envv=(env -u CARGO_TARGET_DIR PATH="$bindir:$PATH" ${envs[$c]})
  (cd "$dir" && "${envv[@]}" cargo fetch >>"$log" 2>&1) || die "$c: cargo fetch failed, see $log"

  note "$c: cargo build ${feats[$c]}"
  build_rc=0
  (cd "$dir" && timed "$c.build" "$TIMEOUT" "${envv[@]}" cargo build "${fflags[@]}") || build_rc=$?
  # The same build again, with nothing left to do: the baseline of a user whose crate is
  # already built. ffiscope builds in its own target dir (target/ffiscope), seeded with the
  # build dependencies this build compiled, so target/debug stays until ffiscope has run.
  (cd "$dir" && timed "$c.build-warm" "$TIMEOUT" "${envv[@]}" cargo build "${fflags[@]}") || true

  runs=()
  rcs=()
  for phase in cold warm; do
    note "$c: $ff_label ${feats[$c]} ($phase cache)"
    rc=0
    (cd "$dir" && timed "$c.$phase" "$TIMEOUT" "${envv[@]}" "${ff_cmd[@]}" "${fflags[@]}" \
      --cache-dir "$cache" -j "$JOBS" -q --format json) || rc=$?
    rcs+=("$rc")
    if [[ $rc == 124 ]]; then
      runs+=(">$TIMEOUT (timeout)")
    else
      runs+=("$(secs "$out/$c.$phase.time")")
    fi
    [[ "$phase" == cold ]] && cp "$out/$c.cold.out" "$out/$c.json"
  done
  # The text rendering (with skipped items) from the warm cache, for reading.
  (cd "$dir" && "${envv[@]}" "${ff_cmd[@]}" "${fflags[@]}" --cache-dir "$cache" -j "$JOBS" -q \
    --color never >"$out/$c.txt" 2>&1) || true

  units=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' \
    "$dir/target/ffiscope/compile_commands.json" 2>/dev/null || echo 0)
  rm -rf "$dir/target/debug" # disk: the user's build is no longer needed
  counts=$(python3 - "$out/$c.json" <<'PY' 2>/dev/null || echo "? | ? | ?"
import json, sys
d = json.load(open(sys.argv[1]))
sev = [f["severity"] for f in d["findings"]]
print(f'{sev.count("error")} | {sev.count("warning")} | {sev.count("note")}')
PY
)
  bt="$(secs "$out/$c.build.time")"
  [[ $build_rc == 0 ]] || bt="$bt (exit $build_rc)"
  rows+=("| $c $version | ${feats[$c]}${envs[$c]:+ ($(echo ${envs[$c]}))} | $units | $bt | $(secs "$out/$c.build-warm.time") | ${runs[0]} (exit ${rcs[0]}) | $(mib "$out/$c.cold.time") | ${runs[1]} (exit ${rcs[1]}) | $counts |")
done

echo "| crate | features | C units | cargo build (s) | cargo build again (s) | $ff_label cold (s) | cold peak RSS (MiB) | $ff_label warm (s) | errors | warnings | notes |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); ffiscope -j $JOBS; $("$FFISCOPE" --version 2>/dev/null || echo ffiscope); $(cargo --version)."
echo "Findings: bench/out/cargo/<crate>.json and .txt; logs: bench/out/cargo/<crate>.{build,cold,warm}.err"
