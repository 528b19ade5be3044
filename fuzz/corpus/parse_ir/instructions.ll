; Every ordinary instruction kind, in the spelling LLVM 19 prints (verified with llvm-as-19).
source_filename = "instructions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pair = type { i32, ptr }
%struct.node = type { ptr, %struct.pair, [4 x i8] }
%struct.opaque = type opaque
%union.u = type { double }
%packed = type <{ i8, i32 }>

@counter = global i32 0, align 4
@table = global [2 x ptr] zeroinitializer

declare i32 @printf(ptr noundef, ...)
declare void @use(ptr)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)

define i32 @memory(ptr noundef %p, i64 %n) {
entry:
  %a = alloca i32, align 4
  %arr = alloca i8, i64 %n, align 16
  %two = alloca %struct.pair, i32 2, align 8, addrspace(0)
  store i32 7, ptr %a, align 4
  store volatile i32 8, ptr %a
  store atomic i32 9, ptr %a seq_cst, align 4
  store atomic volatile i32 10, ptr %a syncscope("singlethread") release, align 4
  %x = load i32, ptr %a, align 4, !tbaa !0
  %y = load volatile i32, ptr %p
  %z = load atomic i32, ptr %p acquire, align 4
  %w = load atomic volatile i32, ptr @counter syncscope("agent") monotonic, align 4
  %g1 = getelementptr %struct.pair, ptr %two, i64 1, i32 1
  %g2 = getelementptr inbounds %struct.node, ptr %p, i64 0, i32 1, i32 0
  %g3 = getelementptr inbounds nuw [4 x i8], ptr %arr, i64 0, i64 %n
  %g4 = getelementptr nusw i8, ptr %p, i64 -4
  %g5 = getelementptr inbounds <2 x i32>, ptr %p, <2 x i64> <i64 0, i64 1>
  %g6 = getelementptr [2 x ptr], ptr @table, i64 0, i64 1
  %s1 = add i32 %x, %y
  %s2 = add nuw nsw i32 %s1, 1
  %s3 = sub nsw i32 %s2, %z
  %s4 = mul nuw i32 %s3, %w
  %s5 = udiv exact i32 %s4, 2
  %s6 = sdiv i32 %s5, -3
  %s7 = urem i32 %s6, 5
  %s8 = srem i32 %s7, 7
  %s9 = shl nuw nsw i32 %s8, 2
  %s10 = lshr exact i32 %s9, 1
  %s11 = ashr i32 %s10, 1
  %s12 = and i32 %s11, 255
  %s13 = or disjoint i32 %s12, 256
  %s14 = xor i32 %s13, -1
  ret i32 %s14
}

define double @floats(double %a, float %b, half %h, fp128 %q, x86_fp80 %e, bfloat %bf) {
  %1 = fadd double %a, 1.000000e+00
  %2 = fsub fast double %1, 0x3FF0000000000000
  %3 = fmul nnan ninf nsz double %2, %a
  %4 = fdiv arcp contract afn reassoc double %3, 2.5e-1
  %5 = frem double %4, 3.0
  %6 = fneg double %5
  %7 = fneg nnan float %b
  %8 = fpext float %7 to double
  %9 = fptrunc double %6 to float
  %10 = fpext half %h to double
  %11 = fpext half 0xH3C00 to float
  %12 = fptrunc fp128 0xL00000000000000003FFF000000000000 to double
  %13 = fptrunc x86_fp80 0xK3FFF8000000000000000 to double
  %14 = fpext bfloat 0xR3F80 to float
  %15 = fadd double %8, %10
  ret double %15
}

define i64 @casts(i32 %i, ptr %p, double %d, ptr addrspace(1) %q) {
  %t = trunc i32 %i to i8
  %t2 = trunc nuw nsw i32 %i to i16
  %z = zext i8 %t to i64
  %z2 = zext nneg i8 %t to i32
  %s = sext i16 %t2 to i64
  %fu = fptoui double %d to i32
  %fs = fptosi double %d to i64
  %uf = uitofp i32 %i to double
  %uf2 = uitofp nneg i32 %i to float
  %sf = sitofp i64 %s to double
  %pi = ptrtoint ptr %p to i64
  %ip = inttoptr i64 %pi to ptr
  %bc = bitcast double %d to i64
  %bv = bitcast <2 x i32> <i32 1, i32 2> to i64
  %as = addrspacecast ptr addrspace(1) %q to ptr
  %r = add i64 %z, %s
  ret i64 %r
}

define i1 @compares(i32 %a, i32 %b, float %x, ptr %p) {
  %c1 = icmp eq i32 %a, %b
  %c2 = icmp ne ptr %p, null
  %c3 = icmp ugt i32 %a, 10
  %c4 = icmp uge i32 %a, %b
  %c5 = icmp ult i32 %a, %b
  %c6 = icmp ule i32 %a, %b
  %c7 = icmp sgt i32 %a, -1
  %c8 = icmp sge i32 %a, %b
  %c9 = icmp slt i32 %a, %b
  %c10 = icmp sle i32 %a, %b
  %f1 = fcmp oeq float %x, 0.000000e+00
  %f2 = fcmp fast une float %x, %x
  %f3 = fcmp uno float %x, %x
  %f4 = fcmp true float %x, %x
  %vc = icmp slt <4 x i32> zeroinitializer, <i32 1, i32 2, i32 3, i32 4>
  %and = and i1 %c1, %c2
  ret i1 %and
}

define i32 @control(i32 %n, ptr %target) {
entry:
  %cmp = icmp sgt i32 %n, 0
  br i1 %cmp, label %loop, label %exit

loop:                                             ; preds = %loop, %entry
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i32 [ 1, %entry ], [ %mul, %loop ]
  %mul = mul i32 %acc, 2
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %loop

exit:                                             ; preds = %loop, %entry
  %res = phi i32 [ 0, %entry ], [ %mul, %loop ]
  %sel = select i1 %cmp, i32 %res, i32 -1
  %fsel = select nnan i1 %cmp, float 1.0, float 2.0
  switch i32 %sel, label %dflt [
    i32 0, label %zero
    i32 -1, label %neg
    i32 100, label %zero
  ]

zero:
  indirectbr ptr %target, [label %dflt, label %neg]

neg:
  br label %dflt

dflt:
  %fr = freeze i32 %sel
  %frp = freeze ptr %target
  ret i32 %fr

dead:                                             ; No predecessors!
  unreachable
}

define i32 @calls(ptr %fp, i32 %x) {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @counter, i32 noundef %x, double 1.0)
  %2 = tail call i32 %fp(i32 %x)
  %3 = call i32 (i32, ...) %fp(i32 1, i32 2)
  call void @use(ptr nonnull align 8 dereferenceable(16) %fp) #0
  notail call void @use(ptr null)
  %4 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %x, i32 1)
  %5 = extractvalue { i32, i1 } %4, 0
  %6 = extractvalue { i32, i1 } %4, 1
  %7 = insertvalue { i32, i1 } undef, i32 %5, 0
  %8 = insertvalue { i32, { i8, ptr } } poison, ptr %fp, 1, 1
  call fastcc void @by_val(ptr byval(%struct.pair) align 8 %fp, ptr sret(%struct.pair) %fp) nounwind
  %9 = call noundef nonnull ptr @ret_ptr(ptr nocapture readonly %fp, ptr returned writeonly %fp)
  %10 = call i32 asm sideeffect "bswap $0", "=r,r,~{dirflag},~{fpsr},~{flags}"(i32 %x) #1, !srcloc !2
  call void asm "nop", ""()
  %11 = call i32 @musttail_caller(ptr %fp, i32 %5) [ "deopt"(i32 1, ptr %fp) ]
  %12 = call i32 @llvm.ctpop.i32(i32 %x), !range !3
  ret i32 %11
}

define internal fastcc void @by_val(ptr byval(%struct.pair) align 8 %a, ptr sret(%struct.pair) %b) {
  ret void
}

define private ptr @ret_ptr(ptr nocapture readonly %a, ptr returned writeonly %b) {
  ret ptr %b
}

define i32 @musttail_caller(ptr %fp, i32 %x) {
  %r = musttail call i32 @musttail_caller(ptr %fp, i32 %x)
  ret i32 %r
}

declare i32 @llvm.ctpop.i32(i32)

define void @atomics(ptr %p, i64 %v) {
  %o1 = atomicrmw add ptr %p, i64 %v seq_cst, align 8
  %o2 = atomicrmw volatile xchg ptr %p, i64 0 syncscope("singlethread") monotonic, align 8
  %o3 = atomicrmw fadd ptr %p, double 1.0 acq_rel
  %o4 = atomicrmw umax ptr %p, i64 %v release
  %o5 = atomicrmw uinc_wrap ptr %p, i64 3 acquire
  %c1 = cmpxchg ptr %p, i64 0, i64 %v seq_cst seq_cst, align 8
  %c2 = cmpxchg weak volatile ptr %p, i64 %v, i64 1 syncscope("agent") acq_rel monotonic
  %ok = extractvalue { i64, i1 } %c2, 1
  fence acquire
  fence syncscope("singlethread") seq_cst
  ret void
}

define i32 @varargs(i32 %n, ...) {
  %ap = alloca ptr, align 8
  call void @llvm.va_start.p0(ptr %ap)
  %v = va_arg ptr %ap, i32
  %d = va_arg ptr %ap, double
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %v
}

define <4 x float> @vectors(<4 x float> %a, <4 x float> %b, float %s, i32 %i) {
  %e = extractelement <4 x float> %a, i32 %i
  %e2 = extractelement <4 x float> %a, i64 0
  %ins = insertelement <4 x float> %a, float %s, i32 0
  %sh = shufflevector <4 x float> %a, <4 x float> %b, <4 x i32> <i32 0, i32 4, i32 1, i32 5>
  %sh2 = shufflevector <4 x float> %ins, <4 x float> poison, <4 x i32> zeroinitializer
  %sv = shufflevector <vscale x 4 x i32> zeroinitializer, <vscale x 4 x i32> poison, <vscale x 4 x i32> zeroinitializer
  %add = fadd <4 x float> %sh, %sh2
  ret <4 x float> %add
}

define void @"quoted name"(ptr %"arg with space", i32 %0) {
"block one":
  %"val 1" = load i32, ptr %"arg with space"
  br label %"block two"

"block two":
  ret void
}

define i32 @numbered(i32 %0, i32 %1) {
  %3 = add i32 %0, %1
  br label %4

4:
  %5 = phi i32 [ %3, %2 ]
  ret i32 %5
}

attributes #0 = { nounwind }
attributes #1 = { nounwind memory(none) }

!0 = !{!1, !1, i64 0}
!1 = !{!"int", !4, i64 0}
!2 = !{i64 12345}
!3 = !{i32 0, i32 33}
!4 = !{!"omnipotent char"}
