//! Unit tests of individual effect models: what the engine will be told.

use ffiscope_models::{
    Callback, CallbackArg, CopyEffect, CopyTarget, Models, Reads, Retained, Returns, SyncEffect,
    SyncOp, Varargs, Verdict, Writes,
};

fn m() -> &'static Models {
    Models::builtin()
}

#[test]
fn memcpy() {
    let f = m().effect("memcpy").unwrap();
    assert!(f.source.contains("C11 7.24.2.1"));
    assert_eq!(
        f.returns,
        Returns::Alias {
            args: vec![0],
            or_null: false
        }
    );
    assert_eq!(
        f.copy,
        [CopyEffect {
            to: CopyTarget::Arg(0),
            from: 1
        }]
    );
    assert_eq!(f.params.len(), 3);
    let dest = f.pointer(0).unwrap();
    assert_eq!(
        (
            dest.reads,
            dest.writes,
            dest.freed,
            dest.null_ok,
            dest.returned
        ),
        (
            Reads::No,
            Writes::Direct,
            Verdict::No,
            Verdict::No,
            Verdict::Yes
        )
    );
    assert_eq!(dest.retained, Retained::No);
    let src = f.pointer(1).unwrap();
    assert_eq!(
        (src.reads, src.writes, src.returned),
        (Reads::Yes, Writes::No, Verdict::No)
    );
    // copying bytes is not retention
    assert_eq!(src.retained, Retained::No);
    assert!(f.pointer(2).is_none());
    assert!(!f.noreturn && f.varargs.is_none() && f.sync.is_none());
}

#[test]
fn free() {
    let f = m().effect("free").unwrap();
    assert_eq!(f.returns, Returns::Void);
    let p = f.pointer(0).unwrap();
    assert_eq!(p.freed, Verdict::Yes);
    assert_eq!(p.null_ok, Verdict::Yes, "free(NULL) does nothing");
    assert_eq!((p.reads, p.writes), (Reads::No, Writes::No));
    assert_eq!(p.freed_indirect, Verdict::No);
}

#[test]
fn malloc_family() {
    let free = Returns::Owned {
        deallocator: "free".into(),
    };
    for name in [
        "malloc",
        "calloc",
        "realloc",
        "reallocarray",
        "aligned_alloc",
        "strdup",
    ] {
        assert_eq!(m().effect(name).unwrap().returns, free, "{name}");
    }
    let r = m().effect("realloc").unwrap();
    assert_eq!(r.pointer(0).unwrap().freed, Verdict::Yes);
    assert_eq!(r.pointer(0).unwrap().null_ok, Verdict::Yes);
    assert_eq!(
        r.copy,
        [CopyEffect {
            to: CopyTarget::Return,
            from: 0
        }]
    );
    let pm = m().effect("posix_memalign").unwrap();
    assert_eq!(pm.pointer(0).unwrap().out.as_ref(), Some(&free));
    assert_eq!(
        m().effect("fopen").unwrap().returns,
        Returns::Owned {
            deallocator: "fclose".into()
        }
    );
}

#[test]
fn setvbuf_retains_its_buffer_in_the_stream() {
    let f = m().effect("setvbuf").unwrap();
    assert_eq!(f.returns, Returns::Scalar);
    let buf = f.pointer(1).unwrap();
    assert_eq!(buf.retained, Retained::Arg(0));
    assert_eq!(buf.retained.verdict(), Verdict::Yes);
    assert_eq!(buf.null_ok, Verdict::Yes);
    assert!(buf.condition.is_some());
    let stream = f.pointer(0).unwrap();
    assert_eq!(stream.null_ok, Verdict::No);
    assert!(stream.writes.may());
    assert_eq!(
        m().effect("setbuf").unwrap().pointer(1).unwrap().retained,
        Retained::Arg(0)
    );
}

#[test]
fn pthread_create_hands_arg_to_a_thread() {
    let f = m().effect("pthread_create").unwrap();
    assert_eq!(f.params.len(), 4);
    let thread = f.pointer(0).unwrap();
    assert_eq!(thread.writes, Writes::Direct);
    assert_eq!(f.pointer(1).unwrap().null_ok, Verdict::Yes);
    let start = f.pointer(2).unwrap();
    assert_eq!(start.callback, Some(Callback::Stored));
    assert_eq!(start.callback_args, [CallbackArg::Arg(3)]);
    let arg = f.pointer(3).unwrap();
    assert_eq!(arg.retained, Retained::Thread);
    // the thread may do anything with it, free it included: never "no"
    assert_eq!(arg.reads, Reads::Maybe);
    assert_eq!(arg.writes, Writes::Maybe);
    assert_eq!(arg.freed, Verdict::Maybe);
    // start_routine decides whether NULL is fine
    assert_eq!(arg.null_ok, Verdict::Maybe);
}

#[test]
fn qsort_calls_compar_on_elements_of_base() {
    let f = m().effect("qsort").unwrap();
    let base = f.pointer(0).unwrap();
    assert_eq!((base.reads, base.writes), (Reads::Yes, Writes::Direct));
    assert_eq!(base.retained, Retained::No);
    let compar = f.pointer(3).unwrap();
    assert_eq!(compar.callback, Some(Callback::Called));
    assert_eq!(
        compar.callback_args,
        [CallbackArg::Arg(0), CallbackArg::Arg(0)]
    );
    assert_eq!(compar.retained, Retained::No);
    let b = m().effect("bsearch").unwrap();
    assert_eq!(
        b.returns,
        Returns::Alias {
            args: vec![1],
            or_null: true
        }
    );
    assert_eq!(b.pointer(1).unwrap().returned, Verdict::Yes);
}

#[test]
fn strtok_keeps_its_string_in_a_static() {
    let f = m().effect("strtok").unwrap();
    let s = f.pointer(0).unwrap();
    assert_eq!(s.retained, Retained::Global("strtok.state".into()));
    assert_eq!(s.writes, Writes::Direct, "it overwrites delimiters");
    // NULL continues an earlier string; with none (or a freed one) glibc crashes.
    assert_eq!(s.null_ok, Verdict::Maybe);
    assert_eq!(s.returned, Verdict::Yes);
    assert_eq!(
        f.returns,
        Returns::Alias {
            args: vec![0],
            or_null: true
        }
    );
    assert_eq!(f.returns_global, ["strtok.state"]);
    assert_eq!(f.globals.writes, ["strtok.state"]);
    let r = m().effect("strtok_r").unwrap();
    assert_eq!(r.pointer(0).unwrap().retained, Retained::Arg(2));
    assert_eq!(r.returns.alias_args(), [0, 2]);
    assert_eq!(r.pointer(2).unwrap().returned, Verdict::Yes);
}

#[test]
fn out_pointers_into_arguments_are_retention() {
    let f = m().effect("strtol").unwrap();
    assert_eq!(f.pointer(0).unwrap().retained, Retained::Arg(1));
    let end = f.pointer(1).unwrap();
    assert_eq!(end.null_ok, Verdict::Yes);
    assert_eq!(
        end.out,
        Some(Returns::Alias {
            args: vec![0],
            or_null: false
        })
    );
    let g = m().effect("getaddrinfo").unwrap();
    assert_eq!(
        g.pointer(3).unwrap().out,
        Some(Returns::Owned {
            deallocator: "freeaddrinfo".into()
        })
    );
    let fa = m()
        .effect("freeaddrinfo")
        .unwrap()
        .pointer(0)
        .unwrap()
        .clone();
    assert_eq!((fa.freed, fa.freed_indirect), (Verdict::Yes, Verdict::Yes));
    assert_eq!(
        m().effect("putenv").unwrap().pointer(0).unwrap().retained,
        Retained::Global("environ".into())
    );
    assert_eq!(
        m().effect("pthread_setspecific")
            .unwrap()
            .pointer(1)
            .unwrap()
            .retained,
        Retained::Global("pthread.specific".into())
    );
}

#[test]
fn null_acceptance() {
    assert_eq!(
        m().effect("strlen").unwrap().pointer(0).unwrap().null_ok,
        Verdict::No
    );
    assert_eq!(
        m().effect("fflush").unwrap().pointer(0).unwrap().null_ok,
        Verdict::Yes
    );
    // NULL only with size 0: neither a proof of safety nor of a dereference
    let s = m().effect("snprintf").unwrap().pointer(0).unwrap().clone();
    assert_eq!(s.null_ok, Verdict::Maybe);
    assert!(s.condition.unwrap().contains("size 0"));
    assert_eq!(
        m().effect("qsort").unwrap().pointer(0).unwrap().null_ok,
        Verdict::Maybe
    );
}

#[test]
fn synchronization() {
    let lock = m().effect("pthread_mutex_lock").unwrap();
    assert_eq!(
        lock.sync,
        Some(SyncEffect {
            op: SyncOp::Lock,
            arg: 0
        })
    );
    assert_eq!(
        m().effect("pthread_mutex_unlock").unwrap().sync.unwrap().op,
        SyncOp::Unlock
    );
    assert_eq!(
        m().effect("mtx_trylock").unwrap().sync.unwrap().op,
        SyncOp::TryLock
    );
    assert_eq!(
        m().effect("pthread_rwlock_rdlock")
            .unwrap()
            .sync
            .unwrap()
            .op,
        SyncOp::RdLock
    );
    assert_eq!(
        m().effect("pthread_once").unwrap().sync.unwrap().op,
        SyncOp::Once
    );
    let wait = m().effect("pthread_cond_wait").unwrap().sync.unwrap();
    assert_eq!((wait.op, wait.arg), (SyncOp::Wait, 1));
    assert_eq!(
        m().effect("__atomic_load").unwrap().sync.unwrap().op,
        SyncOp::Atomic
    );
}

#[test]
fn variadic_and_noreturn() {
    assert_eq!(m().effect("printf").unwrap().varargs, Some(Varargs::Reads));
    assert!(m().effect("printf").unwrap().assumption.is_some());
    assert_eq!(
        m().effect("__isoc99_sscanf").unwrap().varargs,
        Some(Varargs::Writes)
    );
    assert_eq!(m().effect("open").unwrap().varargs, Some(Varargs::None));
    assert_eq!(m().effect("ioctl").unwrap().varargs, Some(Varargs::Maybe));
    assert_eq!(m().effect("memcpy").unwrap().varargs, None);
    for name in [
        "exit",
        "_exit",
        "abort",
        "longjmp",
        "siglongjmp",
        "__assert_fail",
        "__stack_chk_fail",
        "pthread_exit",
    ] {
        assert!(m().effect(name).unwrap().noreturn, "{name}");
    }
    assert!(!m().effect("setjmp").unwrap().noreturn);
}

#[test]
fn intrinsics() {
    let f = m().effect("llvm.memcpy.p0.p0.i64").unwrap();
    assert_eq!(
        f.copy,
        [CopyEffect {
            to: CopyTarget::Arg(0),
            from: 1
        }]
    );
    assert_eq!(f.pointer(0).unwrap().writes, Writes::Direct);
    assert_eq!(f.pointer(1).unwrap().reads, Reads::Yes);
    let s = m().effect("llvm.memset.p0.i64").unwrap();
    assert_eq!(s.pointer(0).unwrap().writes, Writes::Direct);
    assert!(s.copy.is_empty());
    let d = m().effect("llvm.dbg.declare").unwrap();
    assert!(d.params.iter().all(|p| p.pointer.is_none()));
    let t = m().effect("llvm.threadlocal.address.p0").unwrap();
    assert_eq!(t.returns.alias_args(), [0]);
    assert_eq!(m().intrinsic("llvm.va_copy.p0").unwrap().copy.len(), 1);
    // struct copies dereference both operands
    assert_eq!(f.pointer(0).unwrap().null_ok, Verdict::No);
    assert_eq!(f.pointer(1).unwrap().null_ok, Verdict::No);
}
