//! FFI0010 record-layout.

use std::collections::BTreeSet;

use super::RuleInfo;
use crate::cx::{c_text, type_ref_text, Cx, Flow, Mode, RecordPair};
use crate::finding::{CLocation, EvidenceStep, Finding, Severity, Skipped};
use ffiscope_rust::TypeKind;

pub(crate) const RULE: RuleInfo = RuleInfo {
    code: "FFI0010",
    name: "record-layout",
    default_severity: Severity::Error,
    summary: "a `#[repr(C)]` struct or union differs from the C layout (size, alignment, field offsets or types)",
    doc: DOC,
    needs_facts: false,
};

const DOC: &str = r#"## What it does
Pairs each `#[repr(C)]` struct or union of the crate with the C record it stands for (where it
is used in an `extern` signature, by value or behind a pointer, or where the names agree as in
bindgen output) and compares the layout ffiscope computes for the Rust type on the target with
the layout in the C debug info: size, alignment, number of fields, each field's offset and
type.

## Why is this bad?
C reads and writes fields at its own offsets. A field of the wrong width or a missing field
moves every later field, so C writes past the end of the Rust value or Rust reads a pointer
from the middle of an integer. Hand-written bindings drift when the C library adds a field.

## Example
```rust
// C: struct z_stream_s { const Bytef *next_in; uInt avail_in; uLong total_in; ... };
#[repr(C)]
pub struct z_stream {
    pub next_in: *const u8,
    pub avail_in: u32,
    pub total_in: u32, // C: unsigned long
    // ...
}
```

## Use instead
```rust
#[repr(C)]
pub struct z_stream {
    pub next_in: *const u8,
    pub avail_in: c_uint,
    pub total_in: c_ulong,
    // ...
}
```
or generate the struct with bindgen from the header the library is built with.

## Known problems
Bit-fields are compared only through the record's size and alignment. Fields of types outside
the model (`libc::timeval`) cannot be laid out, and such records are listed as skipped. Fields
grouped differently over the same bytes (`reserved: [c_uint; 3]` for three `unsigned` fields)
are a note, not an error: the layouts agree, but a reserved field may have gained a meaning.
"#;

pub(crate) fn check(cx: &mut Cx) {
    // Pair repr(C) types with C layouts of the same name, too (bindgen keeps names).
    let named: Vec<(String, RecordPair)> = cx
        .model
        .types
        .values()
        .filter(|d| {
            d.repr.c
                && d.kind != TypeKind::Enum
                && (cx.config.check_dependencies || cx.model.is_analysed(&d.package))
                && cx.layouts.contains_key(d.name.as_str())
        })
        .map(|d| {
            (
                d.path.clone(),
                RecordPair {
                    c_name: d.name.clone(),
                    used_at: d.location.clone(),
                    used_in: d.item.clone(),
                },
            )
        })
        .collect();
    {
        let mut rp = cx.record_pairs.borrow_mut();
        for (k, v) in named {
            rp.entry(k).or_insert(v);
        }
    }
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut findings = Vec::new();
    let mut skipped = Vec::new();
    loop {
        let next = cx
            .record_pairs
            .borrow()
            .iter()
            .find(|(k, _)| !done.contains(*k))
            .map(|(k, v)| (k.clone(), v.clone()));
        let Some((path, pair)) = next else { break };
        done.insert(path.clone());
        compare_one(cx, &path, &pair, &mut findings, &mut skipped);
    }
    for (f, allows) in findings {
        let sev = Some(f.severity);
        cx.emit(&RULE, f, &allows, sev);
    }
    cx.skipped.extend(skipped);
}

fn compare_one(
    cx: &Cx,
    path: &str,
    pair: &RecordPair,
    findings: &mut Vec<(Finding, Vec<ffiscope_rust::Allow>)>,
    skipped: &mut Vec<Skipped>,
) {
    let Some(def) = cx.def(path) else { return };
    if !cx.config.check_dependencies && !cx.model.is_analysed(&def.package) {
        return;
    }
    let Some(cl) = cx.layouts.get(pair.c_name.as_str()).copied() else {
        return;
    };
    if def.is_opaque_handle() || !(def.repr.c || def.repr.transparent) {
        return;
    }
    let rl = match cx.model.def_layout(def) {
        Ok(l) => l,
        Err(e) => {
            skipped.push(Skipped {
                what: format!(
                    "layout of `{}` ({}:{})",
                    def.item, def.location.file, def.location.line
                ),
                why: format!("not computed: {e}"),
            });
            return;
        }
    };
    let kw = if cl.union { "union" } else { "struct" };
    let c_loc = CLocation {
        function: None,
        param: None,
        file: cl
            .location
            .as_ref()
            .map(|l| l.file.clone())
            .unwrap_or_default(),
        line: cl.location.as_ref().map(|l| l.line).unwrap_or(0),
        record: Some(cl.name.clone()),
    };
    let c_ev = |note: String| EvidenceStep {
        side: "c".into(),
        file: c_loc.file.clone(),
        line: c_loc.line,
        note,
    };
    let mut use_ev = vec![EvidenceStep {
        side: "rust".into(),
        file: pair.used_at.file.clone(),
        line: pair.used_at.line,
        note: format!(
            "`{}` is used for C `{kw} {}` here, in `{}`",
            def.name, cl.name, pair.used_in
        ),
    }];
    if pair.used_at == def.location {
        use_ev.clear();
    }
    let mk = |loc: &ffiscope_rust::Location,
              message: String,
              help: Option<String>,
              ev: Vec<EvidenceStep>| Finding {
        code: String::new(),
        rule: String::new(),
        severity: Severity::Error,
        message,
        rust: Some(Cx::rust_loc(loc, &def.item)),
        c: Some(c_loc.clone()),
        evidence: ev,
        help,
    };
    let bitfields = cl.fields.iter().any(|f| f.bit_width.is_some());
    let mut field_problems = 0;
    // Fields that take space, with their index in the Rust layout.
    let rust_fields: Vec<(usize, &ffiscope_rust::FieldDef)> = def
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.ty.resolved.is_zero_sized())
        .collect();
    let c_fields: Vec<&ffiscope_facts::CField> =
        cl.fields.iter().filter(|f| f.size_bits > 0).collect();
    // The same bytes with the same scalar kinds, grouped differently (`reserved: [c_uint; 3]`
    // for three `unsigned` fields): the layouts agree; a note says which fields are grouped.
    let regrouped = !bitfields
        && rl.size == cl.size_bytes
        && rust_fields.len() != c_fields.len()
        && match (rust_slots(def, &rl), c_slots(cl)) {
            (Some(r), Some(c)) => r == c,
            _ => false,
        };
    if regrouped {
        let rust: Vec<String> = rust_fields
            .iter()
            .map(|(_, f)| format!("`{}: {}`", f.name, f.ty.resolved))
            .collect();
        let c: Vec<String> = c_fields
            .iter()
            .map(|f| format!("`{}`", f.ty.declare(&f.name)))
            .collect();
        let mut f = mk(
            &def.location,
            format!(
                "`{}` groups the fields of C `{kw} {}` differently ({} in Rust, {} in C); the bytes and their kinds agree",
                def.name,
                cl.name,
                rust.join(", "),
                c.join(", ")
            ),
            Some("name the fields as C does, if their meaning matters (a newer C version may have given a reserved field one)".into()),
            use_ev.clone(),
        );
        f.severity = Severity::Note;
        findings.push((f, def.allows.clone()));
    }
    if !bitfields && !regrouped {
        let mut offset_reported = false;
        for ((ri, rf), cf) in rust_fields.iter().zip(c_fields.iter()) {
            let r_off = rl.fields.get(*ri).map(|f| f.offset).unwrap_or(0);
            let c_off = cf.offset_bits / 8;
            let mut issues = Vec::new();
            cx.compare(
                &rf.ty.resolved,
                &cf.ty,
                Mode::Field,
                Flow::Both,
                "",
                &rf.location,
                &def.item,
                &mut issues,
                0,
            );
            for i in issues {
                if matches!(i.kind, crate::cx::Kind::IntSign | crate::cx::Kind::CharSign)
                    && i.severity == Some(Severity::Note)
                {
                    continue;
                }
                field_problems += 1;
                let sev_note =
                    matches!(i.kind, crate::cx::Kind::IntSign | crate::cx::Kind::CharSign);
                let mut f = mk(
                    &rf.location,
                    format!(
                        "{}field `{}` of `{}` is {} in Rust, but C `{kw} {}` has `{}` there ({}): {}",
                        i.context,
                        rf.name,
                        def.name,
                        type_ref_text(&rf.ty),
                        cl.name,
                        cf.ty.declare(&cf.name),
                        c_text(&cf.ty),
                        i.detail
                    ),
                    i.help.clone(),
                    vec![c_ev(format!(
                        "`{}` is at offset {c_off}",
                        cf.ty.declare(&cf.name)
                    ))],
                );
                if sev_note {
                    f.severity = Severity::Warning;
                }
                if let Some(sev) = i.severity {
                    f.severity = sev;
                }
                findings.push((f, def.allows.clone()));
            }
            if r_off != c_off && !offset_reported {
                offset_reported = true;
                field_problems += 1;
                findings.push((
                    mk(
                        &rf.location,
                        format!(
                            "field `{}` of `{}` is at offset {r_off} in Rust but `{}` is at offset {c_off} in C `{kw} {}`",
                            rf.name, def.name, cf.name, cl.name
                        ),
                        Some("a field before it differs in size, or a field is missing".into()),
                        vec![c_ev(format!("`{}` is at offset {c_off}", cf.ty.declare(&cf.name)))],
                    ),
                    def.allows.clone(),
                ));
            }
        }
        if rust_fields.len() != c_fields.len() {
            field_problems += 1;
            let extra: Vec<String> = if c_fields.len() > rust_fields.len() {
                c_fields[rust_fields.len()..]
                    .iter()
                    .map(|f| format!("`{}`", f.ty.declare(&f.name)))
                    .collect()
            } else {
                rust_fields[c_fields.len()..]
                    .iter()
                    .map(|(_, f)| format!("`{}`", f.name))
                    .collect()
            };
            let side = if c_fields.len() > rust_fields.len() {
                "missing in Rust"
            } else {
                "not in C"
            };
            findings.push((
                mk(
                    &def.location,
                    format!(
                        "`{}` has {} field(s) in Rust but C `{kw} {}` has {} ({side}: {})",
                        def.name,
                        rust_fields.len(),
                        cl.name,
                        c_fields.len(),
                        extra.join(", ")
                    ),
                    Some("declare the fields of the C definition, in order".into()),
                    use_ev.clone(),
                ),
                def.allows.clone(),
            ));
        }
    }
    if rl.size != cl.size_bytes || rl.align != cl.align_bytes {
        let mut ev = use_ev.clone();
        ev.push(c_ev(format!(
            "`{kw} {}` is {} bytes, aligned to {}",
            cl.name, cl.size_bytes, cl.align_bytes
        )));
        let why = if bitfields {
            " (C has bit-fields, which were not compared one by one)"
        } else if field_problems == 0 {
            " (check `#[repr(packed)]`/`#[repr(align)]` and padding)"
        } else {
            ""
        };
        findings.push((
            mk(
                &def.location,
                format!(
                    "`{}` is {} bytes with alignment {} in Rust, but C `{kw} {}` is {} bytes with alignment {}{why}",
                    def.name, rl.size, rl.align, cl.name, cl.size_bytes, cl.align_bytes
                ),
                None,
                ev,
            ),
            def.allows.clone(),
        ));
    }
}

/// A record as scalar slots (byte offset, byte size, kind: `i` integer, `f` float, `p`
/// pointer), arrays of scalars expanded; `None` when a field is anything else.
type Slots = Vec<(u64, u64, char)>;

fn rust_slots(def: &ffiscope_rust::TypeDef, rl: &ffiscope_rust::Layout) -> Option<Slots> {
    use ffiscope_rust::RustType;
    let kind = |t: &RustType| match t {
        RustType::Int { .. } | RustType::Bool | RustType::Char => Some('i'),
        RustType::Float { .. } => Some('f'),
        t if t.is_pointer_like() => Some('p'),
        _ => None,
    };
    let mut out = Vec::new();
    for (i, f) in def.fields.iter().enumerate() {
        if f.ty.resolved.is_zero_sized() {
            continue;
        }
        let l = rl.fields.get(i)?;
        match &f.ty.resolved {
            RustType::Array { elem, len: Some(n) } if *n > 0 => {
                let k = kind(elem)?;
                let each = l.size / n;
                out.extend((0..*n).map(|j| (l.offset + j * each, each, k)));
            }
            t => out.push((l.offset, l.size, kind(t)?)),
        }
    }
    Some(out)
}

fn c_slots(cl: &ffiscope_facts::CRecordLayout) -> Option<Slots> {
    use ffiscope_facts::CType;
    let kind = |t: &CType| match t.canonical() {
        CType::Int { .. } | CType::Bool | CType::Enum { .. } => Some('i'),
        CType::Float { .. } => Some('f'),
        CType::Pointer { .. } => Some('p'),
        _ => None,
    };
    let mut out = Vec::new();
    for f in cl.fields.iter().filter(|f| f.size_bits > 0) {
        let (off, size) = (f.offset_bits / 8, f.size_bits / 8);
        match f.ty.canonical() {
            CType::Array {
                element,
                len: Some(n),
            } if *n > 0 => {
                let k = kind(element)?;
                let each = size / n;
                out.extend((0..*n).map(|j| (off + j * each, each, k)));
            }
            t => out.push((off, size, kind(t)?)),
        }
    }
    Some(out)
}
