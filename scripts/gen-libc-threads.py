#!/usr/bin/env python3
"""Generate crates/ffiscope-models/data/libc-threads.toml from the system's man pages.

Reads every section-3 page under /usr/share/man/man3, then the section-2 pages under
/usr/share/man/man2 (Linux man-pages, Debian package `manpages-dev`; a few system-call
pages such as mmap(2) and clock_gettime(2) have ATTRIBUTES too), follows `.so` redirect pages and symlinks to the page that holds the
text, parses the ATTRIBUTES section's tbl(1) tables (`.TS` ... `.TE`) and writes one
`[[thread]]` entry per interface whose "Thread safety" attribute is given:

    [[thread]]
    name = "strtok"
    mt = "unsafe"                 # "safe" (MT-Safe) or "unsafe" (MT-Unsafe)
    tags = ["race:strtok"]        # the annotations, verbatim (see attributes(7))
    page = "strtok(3)"

An interface that appears in more than one page keeps the first page (section 3 before
section 2, then file-name order) when all pages agree. When they disagree, the entry gets the more cautious
verdict (MT-Unsafe over MT-Safe) and the union of the tags, and `also` lists the other
pages with what they say.

Python 3 standard library only. Usage:

    scripts/gen-libc-threads.py [--man-dir DIR]... [--out FILE] [--check]

`--check` regenerates into memory and exits non-zero if FILE differs in anything but
the generation date (for CI). SOURCE_DATE_EPOCH, if set, fixes the generation date.
"""

import argparse
import datetime
import gzip
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "crates", "ffiscope-models", "data", "libc-threads.toml")
DEFAULT_MAN = ["/usr/share/man/man3", "/usr/share/man/man2"]

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def read_page(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def resolve(man_dir, path, depth=0):
    """Follow symlinks and `.so` redirects to the page that holds the text.

    Returns (real_path, text) or None when the target is missing."""
    if depth > 8:
        return None
    real = os.path.realpath(path)
    if not os.path.exists(real):
        return None
    text = read_page(real)
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith('.\\"')
             and not l.startswith("'\\\"")]
    if len(lines) <= 2 and lines and lines[0].startswith(".so "):
        target = lines[0][4:].strip()
        # `.so man3/foo.3` is relative to the man root, the parent of man3/.
        base = os.path.dirname(man_dir.rstrip("/"))
        cand = os.path.join(base, target)
        for c in (cand, cand + ".gz"):
            if os.path.exists(c):
                return resolve(man_dir, c, depth + 1)
        return None
    return real, text


# --- roff ------------------------------------------------------------------------

ESCAPES = [
    (re.compile(r"\\f(\[[^\]]*\]|\(..|.)"), ""),  # font changes \fB \fI \fR \fP \f[B] \f(CW
    (re.compile(r"\\\[aq\]"), "'"),
    (re.compile(r"\\\[(em|en)\]"), "-"),
    (re.compile(r"\\\((em|en|hy)"), "-"),
    (re.compile(r"\\\[[^\]]*\]"), ""),
    (re.compile(r"\\\(.."), ""),
    (re.compile(r"\\[%&:cdu]"), ""),  # \% \& \: \c; \d \u (half-line motions)
    (re.compile(r"\\~"), " "),
    (re.compile(r"\\ "), " "),
    (re.compile(r"\\-"), "-"),
    (re.compile(r"\\e"), "\\\\"),
]


def unescape(s):
    for pat, rep in ESCAPES:
        s = pat.sub(rep, s)
    return s


def roff_args(s):
    """Split the arguments of a roff request, honouring double quotes."""
    out, cur, q, i = [], "", False, 0
    while i < len(s):
        c = s[i]
        if c == '"':
            if q and i + 1 < len(s) and s[i + 1] == '"':
                cur += '"'
                i += 1
            else:
                q = not q
        elif c in " \t" and not q:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    if cur:
        out.append(cur)
    return out


FONT_REQUESTS = {"B", "I", "R", "BR", "RB", "BI", "IB", "IR", "RI", "SM", "SB"}


def cell_text(raw_lines):
    """Plain text of a table cell given its roff source lines."""
    words = []
    for line in raw_lines:
        if line.startswith('.\\"'):
            continue
        if line.startswith("."):
            req, _, rest = line[1:].partition(" ")
            if req in FONT_REQUESTS:
                # alternating-font requests concatenate their arguments
                words.append("".join(roff_args(rest)))
            # other requests (.br, .ad, .sp, .na, ...) carry no text
            continue
        words.append(line)
    return unescape(" ".join(words)).strip()


# --- tbl -------------------------------------------------------------------------


def tables(text):
    """Yield the data rows (lists of cells, each a list of roff lines) of each table
    in the ATTRIBUTES section."""
    lines = text.splitlines()
    in_attr = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(".SH"):
            title = line[3:].strip().strip('"')
            in_attr = title.upper() == "ATTRIBUTES"
        if in_attr and line.startswith(".TS"):
            j = i + 1
            body = []
            while j < len(lines) and not lines[j].startswith(".TE"):
                body.append(lines[j])
                j += 1
            yield parse_tbl(body)
            i = j
        i += 1


def parse_tbl(body):
    k = 0
    tab = "\t"
    # options line (ends with ';'), optional
    if body and body[0].rstrip().endswith(";"):
        m = re.search(r"tab\s*\((.)\)", body[0])
        if m:
            tab = m.group(1)
        k = 1
    # format lines, the last ends with '.'
    while k < len(body):
        done = body[k].rstrip().endswith(".")
        k += 1
        if done:
            break
    rows = []
    row = []
    cell = None  # lines of an open T{ block
    for line in body[k:]:
        if cell is not None:
            if line.startswith("T}"):
                row.append(cell)
                cell = None
                rest = line[2:]
                if rest.startswith(tab):
                    rest = rest[1:]
                elif rest.strip() == "":
                    rows.append(row)
                    row = []
                    continue
                line = rest
            else:
                cell.append(line)
                continue
        if line.startswith('.\\"'):
            continue
        if line.strip() in ("_", "=") or (line.startswith(".") and not row):
            continue
        fields = line.split(tab)
        for n, f in enumerate(fields):
            if f.rstrip() == "T{" and n == len(fields) - 1:
                cell = []
                break
            row.append([f])
        else:
            rows.append(row)
            row = []
    return rows


# --- attributes ------------------------------------------------------------------


def names_of(cell):
    """Interface names in a cell such as `strtok ()` or `a (), b (), c ()`."""
    text = cell_text(cell)
    # Drop trailing notes like "(glibc 2.x)" after a name list: keep identifiers
    # that are followed by "()" when any are, otherwise every identifier.
    with_parens = re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*\)", text)
    if with_parens:
        return with_parens
    return [w for w in IDENT.findall(text)]


GLIBC_COND = re.compile(r"^glibc\s*(>=|<=|<|>)\s*([0-9.]+)\s*:\s*(.*)$")


def parse_mt(text):
    toks = text.split()
    if not toks:
        return None
    head = toks[0]
    if head == "MT-Safe":
        mt = "safe"
    elif head == "MT-Unsafe":
        mt = "unsafe"
    else:
        return None
    tags = []
    for t in toks[1:]:
        # "race: obj" (a stray space after the colon in error(3)) is one tag
        if tags and tags[-1].endswith(":"):
            tags[-1] += t
        else:
            tags.append(t)
    return mt, tags


def parse_value(cell):
    """(mt, tags, note) from a value cell, or None.

    Values that depend on the glibc version ("glibc>=2.17: MT-Safe; glibc<2.17:
    MT-Unsafe") take the clause for the newer glibc and keep the text as a note."""
    text = cell_text(cell)
    v = parse_mt(text)
    if v is not None:
        return v[0], v[1], None
    clauses = [GLIBC_COND.match(c.strip()) for c in text.split(";")]
    if clauses and all(clauses):
        for m in clauses:
            if m.group(1) in (">=", ">"):
                v = parse_mt(m.group(3))
                if v is not None:
                    return v[0], v[1], text
    return None


def page_title(text, path):
    m = re.search(r"^\.TH\s+(\S+)\s+(\S+)", text, re.M)
    if m:
        return "%s(%s)" % (m.group(1).strip('"'), m.group(2).strip('"'))
    base = os.path.basename(path)
    base = base[:-3] if base.endswith(".gz") else base
    stem, _, sect = base.rpartition(".")
    return "%s(%s)" % (stem, sect)


PAGE_FILE = re.compile(r"\.[0-9][a-z]*(\.gz)?$")


def collect(man_dirs):
    seen_real = set()
    entries = {}  # name -> list of (page, mt, tags, note)
    skipped = []
    for man_dir, fn in ((d, f) for d in man_dirs for f in sorted(os.listdir(d))):
        if not PAGE_FILE.search(fn):
            continue
        r = resolve(man_dir, os.path.join(man_dir, fn))
        if r is None:
            skipped.append(fn)
            continue
        real, text = r
        if real in seen_real:
            continue
        seen_real.add(real)
        page = page_title(text, real)
        for rows in tables(text):
            prev_names = []
            for row in rows:
                if len(row) < 3:
                    continue
                # `\^` spans the cell above (several attributes of one interface)
                if cell_text(row[0]) == "\\^":
                    names = prev_names
                else:
                    names = prev_names = names_of(row[0])
                attr = cell_text(row[1])
                if attr.lower() != "thread safety":
                    continue
                val = parse_value(row[2])
                if val is None:
                    skipped.append("%s: value %r" % (page, cell_text(row[2])))
                    continue
                for name in names:
                    entries.setdefault(name, []).append((page, val[0], val[1], val[2]))
    return entries, skipped


def merge(name, found):
    # Identical repeats (a name listed twice in one page) collapse.
    uniq = []
    for f in found:
        if f not in uniq:
            uniq.append(f)
    page, mt, tags, note = uniq[0]
    also = []
    if any((m, t) != (mt, tags) for _, m, t, _ in uniq[1:]):
        if any(m == "unsafe" for _, m, _, _ in uniq):
            mt = "unsafe"
        tags = list(tags)
        for _, _, t, _ in uniq[1:]:
            for x in t:
                if x not in tags:
                    tags.append(x)
        also = ["%s: MT-%s%s" % (p, "Safe" if m == "safe" else "Unsafe",
                                 "".join(" " + x for x in t)) for p, m, t, _ in uniq[1:]]
    return {"name": name, "mt": mt, "tags": tags, "page": page, "also": also, "note": note}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(entries, version, date):
    out = [
        "# Thread-safety attributes of libc interfaces, from the ATTRIBUTES sections",
        "# (\"Thread safety\" rows) of the Linux man-pages, sections 3 and 2.",
        "# GENERATED by scripts/gen-libc-threads.py: do not edit by hand; add",
        "# hand-written [[thread]] entries to libc-effects.toml instead.",
        "#",
        "# mt   = \"safe\" (MT-Safe) | \"unsafe\" (MT-Unsafe)",
        "# tags = the annotations after MT-Safe/MT-Unsafe, verbatim; see attributes(7):",
        "#        race[:obj] (MT-Safe: a race on obj, e.g. the stream argument, is the",
        "#        caller's business; MT-Unsafe: unsynchronized internal static data),",
        "#        const:x (unsafe if x is modified concurrently, the modifier is MT-Unsafe),",
        "#        env, locale (safe unless the environment or locale is modified",
        "#        concurrently), init, sig:SIG, term, hostid, sigintr, timer, ...",
        "# page = the man page the attribute comes from; `also` lists other pages that",
        "#        disagree (then mt is the more cautious value and tags their union).",
        "# note = the page's own text when the value depends on the glibc version (the",
        "#        clause for the newer glibc is used).",
        "",
        "[meta]",
        "source = %s" % toml_str("Linux man-pages %s, ATTRIBUTES" %
                                 version.split("-")[0]),
        "manpages_package = %s" % toml_str("manpages-dev " + version),
        "generated = %s" % toml_str(date),
        "generator = \"scripts/gen-libc-threads.py\"",
        "count = %d" % len(entries),
        "",
    ]
    for e in entries:
        out.append("[[thread]]")
        out.append("name = %s" % toml_str(e["name"]))
        out.append("mt = %s" % toml_str(e["mt"]))
        out.append("tags = [%s]" % ", ".join(toml_str(t) for t in e["tags"]))
        out.append("page = %s" % toml_str(e["page"]))
        if e["also"]:
            out.append("also = [%s]" % ", ".join(toml_str(a) for a in e["also"]))
        if e["note"]:
            out.append("note = %s" % toml_str(e["note"]))
        out.append("")
    return "\n".join(out)


def manpages_version():
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "manpages-dev"],
                           capture_output=True, text=True, check=True)
        return r.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--man-dir", action="append",
                    help="directory of man pages, repeatable (default: %s)" % " ".join(DEFAULT_MAN))
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="compare with --out instead of writing it")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    found, skipped = collect(args.man_dir or DEFAULT_MAN)
    entries = [merge(n, found[n]) for n in sorted(found)]
    if "SOURCE_DATE_EPOCH" in os.environ:
        d = datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]),
                                            datetime.timezone.utc).date()
    else:
        d = datetime.date.today()
    text = render(entries, manpages_version(), d.isoformat())

    if args.verbose:
        for s in skipped:
            print("skipped:", s, file=sys.stderr)
        for e in entries:
            if e["also"]:
                print("conflict:", e["name"], e["page"], e["also"], file=sys.stderr)

    if args.check:
        def strip(t):
            return re.sub(r'^generated = ".*"$', "", t, flags=re.M)
        try:
            with open(args.out, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = ""
        if strip(old) != strip(text):
            print("%s is out of date; run %s" % (args.out, sys.argv[0]), file=sys.stderr)
            return 1
        return 0

    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    unsafe = sum(1 for e in entries if e["mt"] == "unsafe")
    print("wrote %s: %d interfaces (%d MT-Unsafe)" % (args.out, len(entries), unsafe))
    return 0


if __name__ == "__main__":
    sys.exit(main())
