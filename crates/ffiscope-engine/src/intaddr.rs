//! Integers that hold exactly one pointer's address, and integers that hold none.
//!
//! C drops a `const` or tags a pointer by a round trip through `uintptr_t`
//! (`(void *)(uintptr_t)p`, curl's `CURL_UNCONST`; `(uintptr_t)p & ~3`). The pointer made back
//! from such an integer points into the object the original pointed to, so the analyses need
//! not give it up as "anything". Any other integer (a sum of two addresses, a value read
//! from memory, a function's result) stays unknown. The other way, `p - start` is an offset:
//! stored, it keeps neither pointer (pcre2 reports an error offset so).

use ffiscope_ir::{CastOp, InstKind, Operand, Type, Types, ValueId};

/// The pointer operand whose address `val` holds, and whether it holds it unchanged
/// (`false` after constant arithmetic: somewhere in the same object).
pub fn address_source<'f>(
    val: &'f Operand,
    types: &Types,
    pointer_bits: u32,
    resolve: &dyn Fn(&'f Operand) -> &'f Operand,
    def: &dyn Fn(ValueId) -> Option<&'f InstKind>,
) -> Option<(&'f Operand, bool)> {
    let mut cur = resolve(val);
    let mut exact = true;
    // A few constant steps at most (`((uintptr_t)p + 7) & ~7`).
    for _ in 0..8 {
        let Operand::Local(v) = cur else { return None };
        match def(*v)? {
            InstKind::Cast {
                op: CastOp::PtrToInt,
                val,
                to,
                ..
            } if matches!(types.resolve(*to), Type::Int(n) if *n == pointer_bits) => {
                return Some((val, exact));
            }
            InstKind::Binary { op, a, b, .. }
                if matches!(op.as_str(), "add" | "sub" | "and" | "or" | "xor") =>
            {
                let (a, b) = (resolve(a), resolve(b));
                cur = if b.as_int().is_some() {
                    a
                } else if op != "sub" && a.as_int().is_some() {
                    b
                } else {
                    return None;
                };
                exact = false;
            }
            _ => return None,
        }
    }
    None
}

/// Whether the subtraction `a - b` is C's difference of two pointers (`p - start`, both
/// operands converted straight from pointers): an offset, which keeps neither pointer.
pub fn pointer_difference<'f>(
    (a, b): (&'f Operand, &'f Operand),
    types: &Types,
    pointer_bits: u32,
    resolve: &dyn Fn(&'f Operand) -> &'f Operand,
    def: &dyn Fn(ValueId) -> Option<&'f InstKind>,
) -> bool {
    let from_pointer = |x: &'f Operand| {
        let Operand::Local(v) = resolve(x) else {
            return false;
        };
        matches!(def(*v), Some(InstKind::Cast { op: CastOp::PtrToInt, to, .. })
            if matches!(types.resolve(*to), Type::Int(n) if *n == pointer_bits))
    };
    from_pointer(a) && from_pointer(b)
}
