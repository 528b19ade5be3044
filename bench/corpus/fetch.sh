#!/usr/bin/env bash
# Bring the corpus's C sources into cargo's registry cache and record where
# each -sys crate's package was unpacked.
#
#   bench/corpus/fetch.sh            # writes bench/out/corpus-paths.json
#
# Uses only cargo (crates.io) and python3 (to read cargo's JSON). The versions
# are the `=` pins of bench/corpus/Cargo.toml, locked by bench/corpus/Cargo.lock.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$here")"
out="$bench/out"
mkdir -p "$out"
manifest="$here/Cargo.toml"
target="x86_64-unknown-linux-gnu"

cargo fetch --locked --manifest-path "$manifest" --target "$target" >&2
cargo metadata --locked --offline --format-version 1 --manifest-path "$manifest" \
  --filter-platform "$target" >"$out/corpus-metadata.json"

python3 - "$out/corpus-metadata.json" "$out/corpus-paths.json" "$manifest" <<'PY'
import json, os, sys
meta = json.load(open(sys.argv[1]))
root = next(p for p in meta["packages"] if p["manifest_path"] == os.path.realpath(sys.argv[3]))
wanted = {d["name"] for d in root["dependencies"]}
paths = {}
for p in meta["packages"]:
    if p["name"] in wanted:
        paths[p["name"]] = {"version": p["version"], "dir": os.path.dirname(p["manifest_path"])}
missing = wanted - paths.keys()
if missing:
    sys.exit("fetch.sh: cargo metadata lacks " + ", ".join(sorted(missing)))
json.dump(paths, open(sys.argv[2], "w"), indent=2, sort_keys=True)
for name in sorted(paths):
    print(f"{name:16} {paths[name]['version']:24} {paths[name]['dir']}")
PY
echo "wrote $out/corpus-paths.json" >&2
