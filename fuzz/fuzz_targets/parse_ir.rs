//! Parses arbitrary bytes as textual IR; on success walks everything lazy or derived:
//! every metadata node, C prototypes and layouts from debug info, source locations, type
//! layouts and the module dump. Nothing may panic, overflow the stack or run away.
#![no_main]

use ffiscope_ir::{parse_module_bytes, DiTypes, MdId, Program};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(m) = parse_module_bytes("fuzz.ll", data.to_vec()) else {
        return;
    };
    for i in 0..m.md_spans.len() {
        let _ = m.md(MdId(i as u32));
    }
    let mut di = DiTypes::default();
    for f in &m.functions {
        let _ = m.c_decl(f, &mut di);
        let _ = m.function_location(f);
        for b in &f.blocks {
            for inst in &b.insts {
                if let Some(d) = inst.dbg {
                    let _ = m.location(d);
                }
                let _ = inst.kind.successors();
            }
        }
    }
    for g in &m.globals {
        for d in &g.dbg {
            let _ = m.md(*d);
        }
    }
    for i in 0..m.types.list.len() {
        let t = ffiscope_ir::TypeId(i as u32);
        let _ = m.size_of(t);
        let _ = m.align_of(t);
        let _ = m.types.may_hold_ptr(t);
        let _ = m.field_offset(t, 1);
        let _ = m.gep_offset(t, [Some(1), Some(2), None]);
    }
    let _ = m.dump();
    let p = Program::new(vec![m]);
    let m = p.module(0);
    for s in 0..m.symbols.len() {
        let _ = p.resolve_function(0, ffiscope_ir::SymId(s as u32));
        let _ = p.resolve_global(0, ffiscope_ir::SymId(s as u32));
    }
});
