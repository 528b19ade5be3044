#!/usr/bin/env bash
# Write bench/out/LIB/compile_commands.json for one library of libs.toml, and
# the generated headers it needs under bench/out/LIB/gen.
#
#   bench/corpus/compile-commands.sh LIB      # LIB: a [lib.NAME] of libs.toml
#   bench/corpus/compile-commands.sh --list   # the library names
#
# Runs fetch.sh first if bench/out/corpus-paths.json is missing. The compiler
# in the commands is $CLANG (default clang-19). Needs python3 (>= 3.11, tomllib).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(dirname "$here")/out"
if [[ $# -ne 1 ]]; then
  echo "usage: $0 LIB|--list" >&2
  exit 2
fi
if [[ "$1" != "--list" && ! -f "$out/corpus-paths.json" ]]; then
  "$here/fetch.sh" >/dev/null
fi

python3 - "$here/libs.toml" "$out" "$1" "${CLANG:-clang-19}" <<'PY'
import json, os, sys, tomllib

libs_toml, out, name, clang = sys.argv[1:5]
libs = tomllib.load(open(libs_toml, "rb"))["lib"]
if name == "--list":
    print("\n".join(libs))
    sys.exit(0)
if name not in libs:
    sys.exit(f"compile-commands.sh: no library {name!r} in libs.toml (have: {', '.join(libs)})")
lib = libs[name]
paths = json.load(open(os.path.join(out, "corpus-paths.json")))
pkg = paths.get(lib["crate"])
if pkg is None:
    sys.exit(f"compile-commands.sh: crate {lib['crate']} not in corpus-paths.json; rerun fetch.sh")
if pkg["version"] != lib["version"]:
    sys.exit(f"compile-commands.sh: libs.toml wants {lib['crate']} {lib['version']}, "
             f"cargo has {pkg['version']}")
root = os.path.join(pkg["dir"], lib["root"])
libout = os.path.join(out, name)
gen = os.path.join(libout, "gen")
os.makedirs(gen, exist_ok=True)

def expand(s):
    s = s.replace("${out}", gen)
    while "${crate:" in s:
        start = s.index("${crate:")
        end = s.index("}", start)
        crate = s[start + 8:end]
        if crate not in paths:
            sys.exit(f"compile-commands.sh: unknown crate {crate} in {s!r}")
        s = s[:start] + paths[crate]["dir"] + s[end + 1:]
    return os.path.normpath(os.path.join(root, s))

for g in lib.get("generated", []):
    if "content" in g:
        text = g["content"].lstrip("\n")
    else:
        src = open(os.path.join(root, g["from"])).read().splitlines()
        drop = g.get("drop_lines_containing")
        text = "\n".join(l for l in src if drop is None or drop not in l)
    dst = os.path.join(gen, g["path"])
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w") as f:
        f.write(text)

exclude = {os.path.normpath(e) for e in lib.get("exclude", [])}
files = []
for entry in lib["files"]:
    if entry.endswith("/*.c"):
        d = entry[:-4]
        names = sorted(n for n in os.listdir(os.path.join(root, d)) if n.endswith(".c"))
        cands = [os.path.normpath(os.path.join(d, n)) for n in names]
    else:
        cands = [os.path.normpath(entry)]
    for c in cands:
        if c in exclude or c in files:
            continue
        if not os.path.isfile(os.path.join(root, c)):
            sys.exit(f"compile-commands.sh: {name}: no file {c} under {root}")
        files.append(c)

args = [clang] + list(lib.get("flags", []))
args += ["-I" + expand(i) for i in lib.get("include", [])]
args += ["-D" + d for d in lib.get("defines", [])]
cmds = [{"directory": root, "file": os.path.join(root, f), "arguments": args + ["-c", f]}
        for f in files]
dst = os.path.join(libout, "compile_commands.json")
with open(dst, "w") as f:
    json.dump(cmds, f, indent=1)
print(f"{dst}: {len(cmds)} files", file=sys.stderr)
PY
