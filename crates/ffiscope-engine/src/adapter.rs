//! The libc/POSIX models of `ffiscope-models`, seen through the engine's [`ModelSource`].
//! The translation is lossy only towards `maybe` or `yes`: a model's richer vocabulary
//! (several alias arguments, `condition`s) is reduced to what the engine acts on.

use ffiscope_facts::{CallbackUse, Verdict, WriteDepth};
use ffiscope_models as m;

use crate::ext::{
    ExtCopyTo, ExtModel, ExtOut, ExtParam, ExtRetained, ExtReturns, ExtSync, ModelSource,
};

/// Models of external functions backed by `ffiscope-models` data files.
pub struct LibcModels<'a> {
    pub models: &'a m::Models,
}

impl<'a> LibcModels<'a> {
    pub fn new(models: &'a m::Models) -> Self {
        LibcModels { models }
    }
}

fn verdict(v: m::Verdict) -> Verdict {
    match v {
        m::Verdict::Yes => Verdict::Yes,
        m::Verdict::No => Verdict::No,
        m::Verdict::Maybe => Verdict::Maybe,
    }
}

fn param(p: &m::ParamModel, returns: &m::Returns) -> ExtParam {
    let Some(e) = &p.pointer else {
        return ExtParam::scalar();
    };
    ExtParam {
        is_pointer: true,
        reads: match e.reads {
            m::Reads::No => Verdict::No,
            m::Reads::Yes | m::Reads::Deep => Verdict::Yes,
            m::Reads::Maybe => Verdict::Maybe,
        },
        writes: match e.writes {
            m::Writes::No => None,
            m::Writes::Direct | m::Writes::Deep => Some(Some(WriteDepth::Direct)),
            m::Writes::Indirect => Some(Some(WriteDepth::Indirect)),
            m::Writes::Maybe => Some(None),
        },
        retained: match &e.retained {
            m::Retained::No => ExtRetained::No,
            m::Retained::Global(g) => ExtRetained::Global(g.clone()),
            m::Retained::Arg(n) => ExtRetained::Arg(*n),
            m::Retained::Thread => ExtRetained::Thread,
            m::Retained::Return => ExtRetained::Return,
            m::Retained::Maybe => ExtRetained::Maybe,
        },
        freed: verdict(e.freed),
        null_ok: verdict(e.null_ok),
        // A stated `maybe` next to a definite `returns` (realloc's `ptr`): it may come back.
        returned: e.returned == m::Verdict::Yes
            || (e.returned == m::Verdict::Maybe && *returns != m::Returns::Maybe),
        callback: e.callback.map(|c| match c {
            m::Callback::Called => CallbackUse::Called,
            m::Callback::Stored => CallbackUse::Stored,
            m::Callback::CalledAndStored => CallbackUse::CalledAndStored,
            m::Callback::None => CallbackUse::None,
            m::Callback::Maybe => CallbackUse::Maybe,
        }),
        deep_reads: matches!(e.reads, m::Reads::Deep | m::Reads::Maybe),
        deep_writes: matches!(
            e.writes,
            m::Writes::Deep | m::Writes::Indirect | m::Writes::Maybe
        ),
        freed_indirect: verdict(e.freed_indirect),
        pointee_is_pointer: p.ty.as_deref().is_some_and(|t| t.matches('*').count() >= 2),
        callback_args: e
            .callback_args
            .iter()
            .map(|a| match a {
                m::CallbackArg::Arg(n) => Some(*n),
                _ => None,
            })
            .collect(),
        out: e.out.as_ref().and_then(|o| match o {
            m::Returns::Scalar | m::Returns::Void => None,
            m::Returns::Owned { deallocator } => Some(ExtOut::Owned(deallocator.clone())),
            m::Returns::Alias { args, .. } => Some(ExtOut::Alias(args.clone())),
            m::Returns::Static | m::Returns::Borrowed | m::Returns::Maybe => Some(ExtOut::Unknown),
        }),
    }
}

fn returns(r: &m::Returns) -> ExtReturns {
    match r {
        m::Returns::Scalar => ExtReturns::Scalar,
        m::Returns::Void => ExtReturns::Void,
        m::Returns::Owned { deallocator } => ExtReturns::Owned(deallocator.clone()),
        // The engine follows one alias argument; more than one is treated as unknown.
        m::Returns::Alias { args, or_null } if args.len() == 1 => ExtReturns::Alias {
            arg: args[0],
            or_null: *or_null,
        },
        m::Returns::Alias { .. } => ExtReturns::Maybe,
        m::Returns::Static => ExtReturns::Static,
        m::Returns::Borrowed => ExtReturns::Borrowed,
        m::Returns::Maybe => ExtReturns::Maybe,
    }
}

/// Converts one model; public for tests and for the thread analysis.
pub fn ext_model(f: &m::FunctionModel, thread: Option<&m::ThreadModel>) -> ExtModel {
    let copy = f
        .copy
        .iter()
        .map(|c| match c.to {
            m::CopyTarget::Arg(to) => (ExtCopyTo::Arg(to), c.from),
            m::CopyTarget::Return => (ExtCopyTo::Return, c.from),
        })
        .collect();
    let varargs = f.varargs.unwrap_or(m::Varargs::None);
    ExtModel {
        name: f.name.clone(),
        source: f.source.clone(),
        params: f.params.iter().map(|p| param(p, &f.returns)).collect(),
        returns: returns(&f.returns),
        copy,
        noreturn: f.noreturn,
        assertion: f.assertion,
        runs_handlers: f.runs_handlers,
        varargs_read: matches!(varargs, m::Varargs::Reads | m::Varargs::Maybe),
        varargs_write: matches!(varargs, m::Varargs::Writes | m::Varargs::Maybe),
        sync: f.sync.as_ref().map(|s| {
            let op = match s.op {
                m::SyncOp::Lock | m::SyncOp::RdLock | m::SyncOp::WrLock => ExtSync::Lock,
                m::SyncOp::Unlock => ExtSync::Unlock,
                m::SyncOp::TryLock => ExtSync::TryLock,
                m::SyncOp::Once => ExtSync::Once,
                _ => ExtSync::Other,
            };
            (op, s.arg)
        }),
        mt_safe: thread.map(|t| t.mt == m::MtSafety::Safe),
        mt_tags: thread.map(|t| t.tags.clone()).unwrap_or_default(),
    }
}

impl ModelSource for LibcModels<'_> {
    fn lookup(&self, name: &str) -> Option<ExtModel> {
        let f = self.models.effect(name)?;
        Some(ext_model(f, self.models.thread(name)))
    }

    fn describe(&self) -> String {
        self.models.describe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memcpy_and_free_translate() {
        let src = LibcModels::new(m::Models::builtin());
        let memcpy = src.lookup("memcpy").expect("memcpy is modelled");
        assert_eq!(memcpy.copy, vec![(ExtCopyTo::Arg(0), 1)]);
        assert!(memcpy.params[0].writes.is_some());
        assert!(memcpy.params[1].writes.is_none());
        let free = src.lookup("free").expect("free is modelled");
        assert_eq!(free.params[0].freed, Verdict::Yes);
        assert!(src.lookup("no_such_function_anywhere").is_none());
    }
}
