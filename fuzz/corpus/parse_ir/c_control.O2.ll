; ModuleID = 'control.c'
source_filename = "control.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }

@.str = private unnamed_addr constant [5 x i8] c"main\00", align 1, !dbg !0
@tls_name = dso_local thread_local local_unnamed_addr global ptr @.str, align 8, !dbg !7
@refcount = dso_local global i32 1, align 4, !dbg !25
@tls_counter = internal thread_local unnamed_addr global i32 0, align 4, !dbg !78
@env = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16, !dbg !50
@interp.table = internal unnamed_addr constant [3 x ptr] [ptr blockaddress(@interp, %op_inc), ptr blockaddress(@interp, %indirectgoto.backedge), ptr blockaddress(@interp, %op_halt)], align 16, !dbg !28
@big_counter = internal global i64 0, align 8, !dbg !80
@counter.calls = internal unnamed_addr global i32 0, align 4, !dbg !45

; Function Attrs: nounwind uwtable
define dso_local i32 @run_ops(ptr nocapture noundef readonly %o, ptr noundef %p) local_unnamed_addr #0 !dbg !94 {
entry:
    #dbg_value(ptr %o, !122, !DIExpression(), !126)
    #dbg_value(ptr %p, !123, !DIExpression(), !126)
  %0 = load ptr, ptr %o, align 8, !dbg !127, !tbaa !128
  %call = tail call i32 %0(ptr noundef %p, i32 noundef 0) #17, !dbg !133
    #dbg_value(i32 %call, !124, !DIExpression(), !126)
  %alloc = getelementptr inbounds i8, ptr %o, i64 16, !dbg !134
  %1 = load ptr, ptr %alloc, align 8, !dbg !134, !tbaa !135
  %call1 = tail call ptr %1(i64 noundef 16) #17, !dbg !136
    #dbg_value(ptr %call1, !125, !DIExpression(), !126)
  %close = getelementptr inbounds i8, ptr %o, i64 8, !dbg !137
  %2 = load ptr, ptr %close, align 8, !dbg !137, !tbaa !138
  tail call void %2(ptr noundef %call1) #17, !dbg !139
  ret i32 %call, !dbg !140
}

; Function Attrs: nounwind uwtable
define dso_local void @fire(ptr nocapture noundef readonly %cb, ptr noundef %user) local_unnamed_addr #0 !dbg !141 {
entry:
    #dbg_value(ptr %cb, !149, !DIExpression(), !151)
    #dbg_value(ptr %user, !150, !DIExpression(), !151)
  %0 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_counter), !dbg !152
  %1 = load i32, ptr %0, align 4, !dbg !153, !tbaa !154
  %inc = add nsw i32 %1, 1, !dbg !153
  store i32 %inc, ptr %0, align 4, !dbg !153, !tbaa !154
  tail call void %cb(ptr noundef %user, i32 noundef %inc) #17, !dbg !156
  ret void, !dbg !157
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: nofree nounwind uwtable
define dso_local void @sort_ints(ptr noundef %v, i64 noundef %n, ptr nocapture noundef %cmp) local_unnamed_addr #2 !dbg !158 {
entry:
    #dbg_value(ptr %v, !163, !DIExpression(), !166)
    #dbg_value(i64 %n, !164, !DIExpression(), !166)
    #dbg_value(ptr %cmp, !165, !DIExpression(), !166)
  tail call void @qsort(ptr noundef %v, i64 noundef %n, i64 noundef 4, ptr noundef %cmp) #17, !dbg !167
  ret void, !dbg !168
}

; Function Attrs: nofree
declare !dbg !169 void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i64 @fact(i32 noundef %n) local_unnamed_addr #4 !dbg !174 {
entry:
    #dbg_value(i32 %n, !178, !DIExpression(), !179)
  %cmp3 = icmp ult i32 %n, 2, !dbg !180
  br i1 %cmp3, label %cond.end, label %cond.false.preheader, !dbg !181

cond.false.preheader:                             ; preds = %entry
  %0 = zext i32 %n to i64, !dbg !181
  %1 = add nsw i64 %0, -1, !dbg !181
  %2 = add nsw i64 %0, -2, !dbg !181
  %xtraiter = and i64 %1, 7, !dbg !181
  %3 = icmp ult i64 %2, 7, !dbg !181
  br i1 %3, label %cond.end.loopexit.unr-lcssa, label %cond.false.preheader.new, !dbg !181

cond.false.preheader.new:                         ; preds = %cond.false.preheader
  %unroll_iter = and i64 %1, -8, !dbg !181
  br label %cond.false, !dbg !181

cond.false:                                       ; preds = %cond.false, %cond.false.preheader.new
  %indvars.iv = phi i64 [ %0, %cond.false.preheader.new ], [ %indvars.iv.next.7, %cond.false ]
  %accumulator.tr4 = phi i64 [ 1, %cond.false.preheader.new ], [ %mul.7, %cond.false ]
  %niter = phi i64 [ 0, %cond.false.preheader.new ], [ %niter.next.7, %cond.false ]
    #dbg_value(i64 %indvars.iv, !178, !DIExpression(), !179)
  %indvars.iv.next = add nsw i64 %indvars.iv, -1, !dbg !182
  %mul = mul i64 %accumulator.tr4, %indvars.iv, !dbg !183
    #dbg_value(i64 %indvars.iv.next, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next, !178, !DIExpression(), !179)
  %indvars.iv.next.1 = add nsw i64 %indvars.iv, -2, !dbg !182
  %mul.1 = mul i64 %mul, %indvars.iv.next, !dbg !183
    #dbg_value(i64 %indvars.iv.next.1, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next.1, !178, !DIExpression(), !179)
  %indvars.iv.next.2 = add nsw i64 %indvars.iv, -3, !dbg !182
  %mul.2 = mul i64 %mul.1, %indvars.iv.next.1, !dbg !183
    #dbg_value(i64 %indvars.iv.next.2, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next.2, !178, !DIExpression(), !179)
  %indvars.iv.next.3 = add nsw i64 %indvars.iv, -4, !dbg !182
  %mul.3 = mul i64 %mul.2, %indvars.iv.next.2, !dbg !183
    #dbg_value(i64 %indvars.iv.next.3, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next.3, !178, !DIExpression(), !179)
  %indvars.iv.next.4 = add nsw i64 %indvars.iv, -5, !dbg !182
  %mul.4 = mul i64 %mul.3, %indvars.iv.next.3, !dbg !183
    #dbg_value(i64 %indvars.iv.next.4, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next.4, !178, !DIExpression(), !179)
  %indvars.iv.next.5 = add nsw i64 %indvars.iv, -6, !dbg !182
  %mul.5 = mul i64 %mul.4, %indvars.iv.next.4, !dbg !183
    #dbg_value(i64 %indvars.iv.next.5, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next.5, !178, !DIExpression(), !179)
  %indvars.iv.next.6 = add nsw i64 %indvars.iv, -7, !dbg !182
  %mul.6 = mul i64 %mul.5, %indvars.iv.next.5, !dbg !183
    #dbg_value(i64 %indvars.iv.next.6, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
    #dbg_value(i64 %indvars.iv.next.6, !178, !DIExpression(), !179)
  %indvars.iv.next.7 = add nsw i64 %indvars.iv, -8, !dbg !182
  %mul.7 = mul i64 %mul.6, %indvars.iv.next.6, !dbg !183
    #dbg_value(i64 %indvars.iv.next.7, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
  %niter.next.7 = add i64 %niter, 8, !dbg !181
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter, !dbg !181
  br i1 %niter.ncmp.7, label %cond.end.loopexit.unr-lcssa, label %cond.false, !dbg !181

cond.end.loopexit.unr-lcssa:                      ; preds = %cond.false, %cond.false.preheader
  %mul.lcssa.ph = phi i64 [ poison, %cond.false.preheader ], [ %mul.7, %cond.false ]
  %indvars.iv.unr = phi i64 [ %0, %cond.false.preheader ], [ %indvars.iv.next.7, %cond.false ]
  %accumulator.tr4.unr = phi i64 [ 1, %cond.false.preheader ], [ %mul.7, %cond.false ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !181
  br i1 %lcmp.mod.not, label %cond.end, label %cond.false.epil, !dbg !181

cond.false.epil:                                  ; preds = %cond.end.loopexit.unr-lcssa, %cond.false.epil
  %indvars.iv.epil = phi i64 [ %indvars.iv.next.epil, %cond.false.epil ], [ %indvars.iv.unr, %cond.end.loopexit.unr-lcssa ]
  %accumulator.tr4.epil = phi i64 [ %mul.epil, %cond.false.epil ], [ %accumulator.tr4.unr, %cond.end.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %cond.false.epil ], [ 0, %cond.end.loopexit.unr-lcssa ]
    #dbg_value(i64 %indvars.iv.epil, !178, !DIExpression(), !179)
  %indvars.iv.next.epil = add nsw i64 %indvars.iv.epil, -1, !dbg !182
  %mul.epil = mul i64 %accumulator.tr4.epil, %indvars.iv.epil, !dbg !183
    #dbg_value(i64 %indvars.iv.next.epil, !178, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !179)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !181
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !181
  br i1 %epil.iter.cmp.not, label %cond.end, label %cond.false.epil, !dbg !181, !llvm.loop !184

cond.end:                                         ; preds = %cond.end.loopexit.unr-lcssa, %cond.false.epil, %entry
  %accumulator.tr.lcssa = phi i64 [ 1, %entry ], [ %mul.lcssa.ph, %cond.end.loopexit.unr-lcssa ], [ %mul.epil, %cond.false.epil ]
  ret i64 %accumulator.tr.lcssa, !dbg !186
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local range(i32 0, 2) i32 @parity(i32 noundef %n) local_unnamed_addr #4 !dbg !187 {
entry:
    #dbg_value(i32 %n, !191, !DIExpression(), !192)
  br label %tailrecurse.i

tailrecurse.i:                                    ; preds = %cond.false.i.i, %entry
  %n.tr.i = phi i32 [ %n, %entry ], [ %sub.i.i, %cond.false.i.i ]
    #dbg_value(i32 %n.tr.i, !193, !DIExpression(), !196)
  switch i32 %n.tr.i, label %cond.false.i.i [
    i32 0, label %is_even.exit
    i32 1, label %is_even.exit.loopexit
  ], !dbg !198

cond.false.i.i:                                   ; preds = %tailrecurse.i
  %sub.i.i = add i32 %n.tr.i, -2, !dbg !199
  br label %tailrecurse.i, !dbg !204

is_even.exit.loopexit:                            ; preds = %tailrecurse.i
  br label %is_even.exit, !dbg !205

is_even.exit:                                     ; preds = %tailrecurse.i, %is_even.exit.loopexit
  %cond.i = phi i32 [ 0, %is_even.exit.loopexit ], [ 1, %tailrecurse.i ], !dbg !198
  ret i32 %cond.i, !dbg !205
}

; Function Attrs: noreturn nounwind uwtable
define dso_local void @fail_hard(i32 noundef %code) local_unnamed_addr #5 !dbg !206 {
entry:
    #dbg_value(i32 %code, !210, !DIExpression(), !211)
  tail call void @longjmp(ptr noundef nonnull @env, i32 noundef %code) #18, !dbg !212
  unreachable, !dbg !212
}

; Function Attrs: noreturn nounwind
declare !dbg !213 void @longjmp(ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nounwind uwtable
define dso_local i32 @guarded(i32 noundef %x) local_unnamed_addr #0 !dbg !217 {
entry:
    #dbg_value(i32 %x, !221, !DIExpression(), !223)
  %call = call i32 @_setjmp(ptr noundef nonnull @env) #19, !dbg !224
    #dbg_value(i32 %call, !222, !DIExpression(), !223)
  %cmp.not = icmp eq i32 %call, 0, !dbg !225
  br i1 %cmp.not, label %if.end, label %if.then, !dbg !227

if.then:                                          ; preds = %entry
  %sub = sub nsw i32 0, %call, !dbg !228
  br label %cleanup, !dbg !229

if.end:                                           ; preds = %entry
  %cmp1 = icmp slt i32 %x, 0, !dbg !230
  br i1 %cmp1, label %if.then2, label %cleanup, !dbg !232

if.then2:                                         ; preds = %if.end
    #dbg_value(i32 7, !210, !DIExpression(), !233)
  call void @longjmp(ptr noundef nonnull @env, i32 noundef 7) #18, !dbg !235
  unreachable, !dbg !235

cleanup:                                          ; preds = %if.end, %if.then
  %retval.0 = phi i32 [ %sub, %if.then ], [ %x, %if.end ], !dbg !223
  ret i32 %retval.0, !dbg !236
}

; Function Attrs: nounwind returns_twice
declare !dbg !237 i32 @_setjmp(ptr noundef) local_unnamed_addr #7

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define dso_local i32 @interp(ptr nocapture noundef readonly %code) #8 !dbg !30 {
entry:
    #dbg_value(ptr %code, !37, !DIExpression(), !240)
    #dbg_value(i32 0, !38, !DIExpression(), !240)
    #dbg_value(ptr %code, !37, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !240)
  br label %indirectgoto, !dbg !241

op_inc:                                           ; preds = %indirectgoto
    #dbg_label(!39, !242)
    #dbg_value(i32 %inc, !38, !DIExpression(), !240)
    #dbg_value(ptr %code.addr.0, !37, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !240)
  br label %indirectgoto.backedge, !dbg !243

indirectgoto.backedge:                            ; preds = %indirectgoto, %op_inc
  %.sink = phi i32 [ 1, %op_inc ], [ -1, %indirectgoto ]
  %inc = add nsw i32 %acc.0, %.sink, !dbg !240
  br label %indirectgoto, !dbg !240

op_halt:                                          ; preds = %indirectgoto
    #dbg_label(!41, !244)
  ret i32 %acc.0, !dbg !245

indirectgoto:                                     ; preds = %indirectgoto.backedge, %entry
  %code.pn = phi ptr [ %code, %entry ], [ %code.addr.0, %indirectgoto.backedge ]
  %acc.0 = phi i32 [ 0, %entry ], [ %inc, %indirectgoto.backedge ], !dbg !240
  %idxprom.pn.in = load i8, ptr %code.pn, align 1, !dbg !240, !tbaa !246
  %idxprom.pn = zext i8 %idxprom.pn.in to i64, !dbg !240
  %indirect.goto.dest.in = getelementptr inbounds [3 x ptr], ptr @interp.table, i64 0, i64 %idxprom.pn, !dbg !240
  %code.addr.0 = getelementptr inbounds i8, ptr %code.pn, i64 1, !dbg !240
  %indirect.goto.dest = load ptr, ptr %indirect.goto.dest.in, align 8, !dbg !240, !tbaa !247
    #dbg_value(i32 %acc.0, !38, !DIExpression(), !240)
    #dbg_value(ptr %code.addr.0, !37, !DIExpression(), !240)
  indirectbr ptr %indirect.goto.dest, [label %op_inc, label %indirectgoto.backedge, label %op_halt]
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -1, 41) i32 @classify(i32 noundef %c) local_unnamed_addr #9 !dbg !248 {
entry:
    #dbg_value(i32 %c, !250, !DIExpression(), !251)
  switch i32 %c, label %sw.default [
    i32 0, label %return
    i32 1, label %sw.bb1
    i32 2, label %sw.bb1
    i32 100, label %sw.bb2
    i32 -5, label %sw.bb3
  ], !dbg !252

sw.bb1:                                           ; preds = %entry, %entry
  br label %return, !dbg !253

sw.bb2:                                           ; preds = %entry
  br label %return, !dbg !255

sw.bb3:                                           ; preds = %entry
  br label %return, !dbg !256

sw.default:                                       ; preds = %entry
  br label %return, !dbg !257

return:                                           ; preds = %entry, %sw.default, %sw.bb3, %sw.bb2, %sw.bb1
  %retval.0 = phi i32 [ -1, %sw.default ], [ 40, %sw.bb3 ], [ 30, %sw.bb2 ], [ 20, %sw.bb1 ], [ 10, %entry ], !dbg !258
  ret i32 %retval.0, !dbg !259
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @retain() local_unnamed_addr #10 !dbg !260 {
entry:
  %0 = atomicrmw add ptr @refcount, i32 1 seq_cst, align 4, !dbg !261
  %add = add nsw i32 %0, 1, !dbg !262
  ret i32 %add, !dbg !263
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local range(i32 -2147483648, 2147483647) i32 @release() local_unnamed_addr #10 !dbg !264 {
entry:
  %0 = atomicrmw sub ptr @refcount, i32 1 acq_rel, align 4, !dbg !265
  %sub = add nsw i32 %0, -1, !dbg !266
  ret i32 %sub, !dbg !267
}

; Function Attrs: nofree norecurse nounwind uwtable
define dso_local i64 @bump() local_unnamed_addr #11 !dbg !268 {
entry:
  %0 = load atomic i64, ptr @big_counter seq_cst, align 8, !dbg !273
    #dbg_value(i64 %0, !272, !DIExpression(), !274)
  br label %while.cond, !dbg !275

while.cond:                                       ; preds = %while.cond, %entry
  %expect.0 = phi i64 [ %0, %entry ], [ %3, %while.cond ], !dbg !276
    #dbg_value(i64 %expect.0, !272, !DIExpression(), !274)
  %add = add nsw i64 %expect.0, 1, !dbg !277
  %1 = cmpxchg weak ptr @big_counter, i64 %expect.0, i64 %add seq_cst seq_cst, align 8, !dbg !277
  %2 = extractvalue { i64, i1 } %1, 1, !dbg !277
  %3 = extractvalue { i64, i1 } %1, 0
    #dbg_value(i64 undef, !272, !DIExpression(), !274)
  br i1 %2, label %while.end, label %while.cond, !dbg !275, !llvm.loop !278

while.end:                                        ; preds = %while.cond
  fence seq_cst, !dbg !281
  ret i64 %expect.0, !dbg !282
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable
define dso_local ptr @thread_name() local_unnamed_addr #12 !dbg !283 {
entry:
  %0 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_name), !dbg !286
  %1 = load ptr, ptr %0, align 8, !dbg !286, !tbaa !247
  ret ptr %1, !dbg !287
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @counter() local_unnamed_addr #13 !dbg !47 {
entry:
  %0 = load i32, ptr @counter.calls, align 4, !dbg !288, !tbaa !154
  %inc = add nsw i32 %0, 1, !dbg !288
  store i32 %inc, ptr @counter.calls, align 4, !dbg !288, !tbaa !154
  ret i32 %inc, !dbg !289
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @kr_add(i32 noundef %a, i64 noundef %b) local_unnamed_addr #9 !dbg !290 {
entry:
    #dbg_value(i32 %a, !294, !DIExpression(), !296)
    #dbg_value(i64 %b, !295, !DIExpression(), !296)
  %conv = trunc i64 %b to i32, !dbg !297
  %add = add nsw i32 %conv, %a, !dbg !298
  ret i32 %add, !dbg !299
}

; Function Attrs: mustprogress nofree nounwind willreturn uwtable
define dso_local noalias noundef ptr @dup_bytes(ptr nocapture noundef readonly %src, i64 noundef %n) local_unnamed_addr #14 !dbg !300 {
entry:
    #dbg_value(ptr %src, !304, !DIExpression(), !307)
    #dbg_value(i64 %n, !305, !DIExpression(), !307)
  %call = tail call noalias ptr @malloc(i64 noundef %n) #20, !dbg !308
    #dbg_value(ptr %call, !306, !DIExpression(), !307)
  %tobool.not = icmp eq ptr %call, null, !dbg !309
  br i1 %tobool.not, label %cleanup, label %if.end, !dbg !311

if.end:                                           ; preds = %entry
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %call, ptr align 1 %src, i64 %n, i1 false), !dbg !312
  br label %cleanup, !dbg !313

cleanup:                                          ; preds = %entry, %if.end
  ret ptr %call, !dbg !314
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !315 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #16

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind returns_twice "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nofree norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nofree nounwind willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #17 = { nounwind }
attributes #18 = { noreturn nounwind }
attributes #19 = { nounwind returns_twice }
attributes #20 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!86, !87, !88, !89, !90, !91, !92}
!llvm.ident = !{!93}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "control.c", directory: "/src", checksumkind: CSK_MD5, checksum: "b44359a1a3cb6e35d151d210ced8a7bb")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "tls_name", scope: !9, file: !2, line: 19, type: !84, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !21, globals: !24, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11}
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "memory_order", file: !12, line: 68, baseType: !13, size: 32, elements: !14)
!12 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/stdatomic.h", directory: "", checksumkind: CSK_MD5, checksum: "f17199a988fe91afffaf0f943ef87096")
!13 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19, !20}
!15 = !DIEnumerator(name: "memory_order_relaxed", value: 0)
!16 = !DIEnumerator(name: "memory_order_consume", value: 1)
!17 = !DIEnumerator(name: "memory_order_acquire", value: 2)
!18 = !DIEnumerator(name: "memory_order_release", value: 3)
!19 = !DIEnumerator(name: "memory_order_acq_rel", value: 4)
!20 = !DIEnumerator(name: "memory_order_seq_cst", value: 5)
!21 = !{!22, !23}
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!24 = !{!0, !7, !25, !28, !45, !50, !78, !80}
!25 = !DIGlobalVariableExpression(var: !26, expr: !DIExpression())
!26 = distinct !DIGlobalVariable(name: "refcount", scope: !9, file: !2, line: 20, type: !27, isLocal: false, isDefinition: true)
!27 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !22)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "table", scope: !30, file: !2, line: 49, type: !42, isLocal: true, isDefinition: true)
!30 = distinct !DISubprogram(name: "interp", scope: !2, file: !2, line: 48, type: !31, scopeLine: 48, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !36)
!31 = !DISubroutineType(types: !32)
!32 = !{!22, !33}
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!34 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!35 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!36 = !{!37, !38, !39, !40, !41}
!37 = !DILocalVariable(name: "code", arg: 1, scope: !30, file: !2, line: 48, type: !33)
!38 = !DILocalVariable(name: "acc", scope: !30, file: !2, line: 50, type: !22)
!39 = !DILabel(scope: !30, name: "op_inc", file: !2, line: 52)
!40 = !DILabel(scope: !30, name: "op_dec", file: !2, line: 55)
!41 = !DILabel(scope: !30, name: "op_halt", file: !2, line: 58)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !23, size: 192, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 3)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(name: "calls", scope: !47, file: !2, line: 82, type: !22, isLocal: true, isDefinition: true)
!47 = distinct !DISubprogram(name: "counter", scope: !2, file: !2, line: 82, type: !48, scopeLine: 82, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9)
!48 = !DISubroutineType(types: !49)
!49 = !{!22}
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "env", scope: !9, file: !2, line: 17, type: !52, isLocal: true, isDefinition: true)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "jmp_buf", file: !53, line: 32, baseType: !54)
!53 = !DIFile(filename: "/usr/include/setjmp.h", directory: "", checksumkind: CSK_MD5, checksum: "cd7862ae7ed31595227c999638ae74e7")
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 1600, elements: !76)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__jmp_buf_tag", file: !56, line: 26, size: 1600, elements: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h", directory: "", checksumkind: CSK_MD5, checksum: "56a90a97e853c2bec1d9e290be5e92e4")
!57 = !{!58, !65, !66}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "__jmpbuf", scope: !55, file: !56, line: 32, baseType: !59, size: 512)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "__jmp_buf", file: !60, line: 31, baseType: !61)
!60 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/setjmp.h", directory: "", checksumkind: CSK_MD5, checksum: "80e7796efafaf357b5e64731e4f6ac30")
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !62, size: 512, elements: !63)
!62 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!63 = !{!64}
!64 = !DISubrange(count: 8)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "__mask_was_saved", scope: !55, file: !56, line: 33, baseType: !22, size: 32, offset: 512)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "__saved_mask", scope: !55, file: !56, line: 34, baseType: !67, size: 1024, offset: 576)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "__sigset_t", file: !68, line: 8, baseType: !69)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h", directory: "", checksumkind: CSK_MD5, checksum: "acc6b14c0967857fec362a8d433e1cf2")
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !68, line: 5, size: 1024, elements: !70)
!70 = !{!71}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "__val", scope: !69, file: !68, line: 7, baseType: !72, size: 1024)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !73, size: 1024, elements: !74)
!73 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!74 = !{!75}
!75 = !DISubrange(count: 16)
!76 = !{!77}
!77 = !DISubrange(count: 1)
!78 = !DIGlobalVariableExpression(var: !79, expr: !DIExpression())
!79 = distinct !DIGlobalVariable(name: "tls_counter", scope: !9, file: !2, line: 18, type: !22, isLocal: true, isDefinition: true)
!80 = !DIGlobalVariableExpression(var: !81, expr: !DIExpression())
!81 = distinct !DIGlobalVariable(name: "big_counter", scope: !9, file: !2, line: 21, type: !82, isLocal: true, isDefinition: true)
!82 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !83)
!83 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64)
!85 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!86 = !{i32 7, !"Dwarf Version", i32 5}
!87 = !{i32 2, !"Debug Info Version", i32 3}
!88 = !{i32 1, !"wchar_size", i32 4}
!89 = !{i32 8, !"PIC Level", i32 2}
!90 = !{i32 7, !"PIE Level", i32 2}
!91 = !{i32 7, !"uwtable", i32 2}
!92 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!93 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!94 = distinct !DISubprogram(name: "run_ops", scope: !2, file: !2, line: 23, type: !95, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !121)
!95 = !DISubroutineType(types: !96)
!96 = !{!22, !97, !84}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!98 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !99)
!99 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ops", file: !2, line: 8, size: 256, elements: !100)
!100 = !{!101, !105, !109, !115}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "open", scope: !99, file: !2, line: 9, baseType: !102, size: 64)
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !103, size: 64)
!103 = !DISubroutineType(types: !104)
!104 = !{!22, !84, !22}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "close", scope: !99, file: !2, line: 10, baseType: !106, size: 64, offset: 64)
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !107, size: 64)
!107 = !DISubroutineType(types: !108)
!108 = !{null, !23}
!109 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !99, file: !2, line: 11, baseType: !110, size: 64, offset: 128)
!110 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !111, size: 64)
!111 = !DISubroutineType(types: !112)
!112 = !{!23, !113}
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !114, line: 18, baseType: !73)
!114 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!115 = !DIDerivedType(tag: DW_TAG_member, name: "cmp", scope: !99, file: !2, line: 12, baseType: !116, size: 64, offset: 192)
!116 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !117, size: 64)
!117 = !DISubroutineType(types: !118)
!118 = !{!22, !119, !119}
!119 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !120, size: 64)
!120 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!121 = !{!122, !123, !124, !125}
!122 = !DILocalVariable(name: "o", arg: 1, scope: !94, file: !2, line: 23, type: !97)
!123 = !DILocalVariable(name: "p", arg: 2, scope: !94, file: !2, line: 23, type: !84)
!124 = !DILocalVariable(name: "fd", scope: !94, file: !2, line: 24, type: !22)
!125 = !DILocalVariable(name: "buf", scope: !94, file: !2, line: 25, type: !23)
!126 = !DILocation(line: 0, scope: !94)
!127 = !DILocation(line: 24, column: 17, scope: !94)
!128 = !{!129, !130, i64 0}
!129 = !{!"ops", !130, i64 0, !130, i64 8, !130, i64 16, !130, i64 24}
!130 = !{!"any pointer", !131, i64 0}
!131 = !{!"omnipotent char", !132, i64 0}
!132 = !{!"Simple C/C++ TBAA"}
!133 = !DILocation(line: 24, column: 14, scope: !94)
!134 = !DILocation(line: 25, column: 20, scope: !94)
!135 = !{!129, !130, i64 16}
!136 = !DILocation(line: 25, column: 17, scope: !94)
!137 = !DILocation(line: 26, column: 8, scope: !94)
!138 = !{!129, !130, i64 8}
!139 = !DILocation(line: 26, column: 5, scope: !94)
!140 = !DILocation(line: 27, column: 5, scope: !94)
!141 = distinct !DISubprogram(name: "fire", scope: !2, file: !2, line: 30, type: !142, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !148)
!142 = !DISubroutineType(types: !143)
!143 = !{null, !144, !23}
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "callback_t", file: !2, line: 15, baseType: !145)
!145 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !146, size: 64)
!146 = !DISubroutineType(types: !147)
!147 = !{null, !23, !22}
!148 = !{!149, !150}
!149 = !DILocalVariable(name: "cb", arg: 1, scope: !141, file: !2, line: 30, type: !144)
!150 = !DILocalVariable(name: "user", arg: 2, scope: !141, file: !2, line: 30, type: !23)
!151 = !DILocation(line: 0, scope: !141)
!152 = !DILocation(line: 30, column: 51, scope: !141)
!153 = !DILocation(line: 30, column: 49, scope: !141)
!154 = !{!155, !155, i64 0}
!155 = !{!"int", !131, i64 0}
!156 = !DILocation(line: 30, column: 40, scope: !141)
!157 = !DILocation(line: 30, column: 65, scope: !141)
!158 = distinct !DISubprogram(name: "sort_ints", scope: !2, file: !2, line: 32, type: !159, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !162)
!159 = !DISubroutineType(types: !160)
!160 = !{null, !161, !113, !116}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!162 = !{!163, !164, !165}
!163 = !DILocalVariable(name: "v", arg: 1, scope: !158, file: !2, line: 32, type: !161)
!164 = !DILocalVariable(name: "n", arg: 2, scope: !158, file: !2, line: 32, type: !113)
!165 = !DILocalVariable(name: "cmp", arg: 3, scope: !158, file: !2, line: 32, type: !116)
!166 = !DILocation(line: 0, scope: !158)
!167 = !DILocation(line: 32, column: 76, scope: !158)
!168 = !DILocation(line: 32, column: 105, scope: !158)
!169 = !DISubprogram(name: "qsort", scope: !170, file: !170, line: 851, type: !171, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!170 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!171 = !DISubroutineType(types: !172)
!172 = !{null, !23, !113, !113, !173}
!173 = !DIDerivedType(tag: DW_TAG_typedef, name: "__compar_fn_t", file: !170, line: 829, baseType: !116)
!174 = distinct !DISubprogram(name: "fact", scope: !2, file: !2, line: 34, type: !175, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !177)
!175 = !DISubroutineType(types: !176)
!176 = !{!73, !13}
!177 = !{!178}
!178 = !DILocalVariable(name: "n", arg: 1, scope: !174, file: !2, line: 34, type: !13)
!179 = !DILocation(line: 0, scope: !174)
!180 = !DILocation(line: 34, column: 43, scope: !174)
!181 = !DILocation(line: 34, column: 41, scope: !174)
!182 = !DILocation(line: 34, column: 65, scope: !174)
!183 = !DILocation(line: 34, column: 56, scope: !174)
!184 = distinct !{!184, !185}
!185 = !{!"llvm.loop.unroll.disable"}
!186 = !DILocation(line: 34, column: 34, scope: !174)
!187 = distinct !DISubprogram(name: "parity", scope: !2, file: !2, line: 38, type: !188, scopeLine: 38, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !190)
!188 = !DISubroutineType(types: !189)
!189 = !{!22, !13}
!190 = !{!191}
!191 = !DILocalVariable(name: "n", arg: 1, scope: !187, file: !2, line: 38, type: !13)
!192 = !DILocation(line: 0, scope: !187)
!193 = !DILocalVariable(name: "n", arg: 1, scope: !194, file: !2, line: 36, type: !13)
!194 = distinct !DISubprogram(name: "is_even", scope: !2, file: !2, line: 36, type: !188, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !195)
!195 = !{!193}
!196 = !DILocation(line: 0, scope: !194, inlinedAt: !197)
!197 = distinct !DILocation(line: 38, column: 33, scope: !187)
!198 = !DILocation(line: 36, column: 41, scope: !194, inlinedAt: !197)
!199 = !DILocation(line: 37, column: 63, scope: !200, inlinedAt: !203)
!200 = distinct !DISubprogram(name: "is_odd", scope: !2, file: !2, line: 37, type: !188, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !201)
!201 = !{!202}
!202 = !DILocalVariable(name: "n", arg: 1, scope: !200, file: !2, line: 37, type: !13)
!203 = distinct !DILocation(line: 36, column: 54, scope: !194, inlinedAt: !197)
!204 = !DILocation(line: 37, column: 53, scope: !200, inlinedAt: !203)
!205 = !DILocation(line: 38, column: 26, scope: !187)
!206 = distinct !DISubprogram(name: "fail_hard", scope: !2, file: !2, line: 40, type: !207, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !209)
!207 = !DISubroutineType(types: !208)
!208 = !{null, !22}
!209 = !{!210}
!210 = !DILocalVariable(name: "code", arg: 1, scope: !206, file: !2, line: 40, type: !22)
!211 = !DILocation(line: 0, scope: !206)
!212 = !DILocation(line: 40, column: 28, scope: !206)
!213 = !DISubprogram(name: "longjmp", scope: !53, file: !53, line: 54, type: !214, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!214 = !DISubroutineType(types: !215)
!215 = !{null, !216, !22}
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!217 = distinct !DISubprogram(name: "guarded", scope: !2, file: !2, line: 41, type: !218, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !220)
!218 = !DISubroutineType(types: !219)
!219 = !{!22, !22}
!220 = !{!221, !222}
!221 = !DILocalVariable(name: "x", arg: 1, scope: !217, file: !2, line: 41, type: !22)
!222 = !DILocalVariable(name: "r", scope: !217, file: !2, line: 42, type: !22)
!223 = !DILocation(line: 0, scope: !217)
!224 = !DILocation(line: 42, column: 13, scope: !217)
!225 = !DILocation(line: 43, column: 11, scope: !226)
!226 = distinct !DILexicalBlock(scope: !217, file: !2, line: 43, column: 9)
!227 = !DILocation(line: 43, column: 9, scope: !217)
!228 = !DILocation(line: 43, column: 24, scope: !226)
!229 = !DILocation(line: 43, column: 17, scope: !226)
!230 = !DILocation(line: 44, column: 11, scope: !231)
!231 = distinct !DILexicalBlock(scope: !217, file: !2, line: 44, column: 9)
!232 = !DILocation(line: 44, column: 9, scope: !217)
!233 = !DILocation(line: 0, scope: !206, inlinedAt: !234)
!234 = distinct !DILocation(line: 44, column: 16, scope: !231)
!235 = !DILocation(line: 40, column: 28, scope: !206, inlinedAt: !234)
!236 = !DILocation(line: 46, column: 1, scope: !217)
!237 = !DISubprogram(name: "_setjmp", scope: !53, file: !53, line: 45, type: !238, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!238 = !DISubroutineType(types: !239)
!239 = !{!22, !216}
!240 = !DILocation(line: 0, scope: !30)
!241 = !DILocation(line: 51, column: 5, scope: !30)
!242 = !DILocation(line: 52, column: 1, scope: !30)
!243 = !DILocation(line: 54, column: 5, scope: !30)
!244 = !DILocation(line: 58, column: 1, scope: !30)
!245 = !DILocation(line: 59, column: 5, scope: !30)
!246 = !{!131, !131, i64 0}
!247 = !{!130, !130, i64 0}
!248 = distinct !DISubprogram(name: "classify", scope: !2, file: !2, line: 62, type: !218, scopeLine: 62, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !249)
!249 = !{!250}
!250 = !DILocalVariable(name: "c", arg: 1, scope: !248, file: !2, line: 62, type: !22)
!251 = !DILocation(line: 0, scope: !248)
!252 = !DILocation(line: 63, column: 5, scope: !248)
!253 = !DILocation(line: 65, column: 21, scope: !254)
!254 = distinct !DILexicalBlock(scope: !248, file: !2, line: 63, column: 16)
!255 = !DILocation(line: 66, column: 15, scope: !254)
!256 = !DILocation(line: 67, column: 14, scope: !254)
!257 = !DILocation(line: 68, column: 14, scope: !254)
!258 = !DILocation(line: 0, scope: !254)
!259 = !DILocation(line: 70, column: 1, scope: !248)
!260 = distinct !DISubprogram(name: "retain", scope: !2, file: !2, line: 72, type: !48, scopeLine: 72, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9)
!261 = !DILocation(line: 72, column: 27, scope: !260)
!262 = !DILocation(line: 72, column: 58, scope: !260)
!263 = !DILocation(line: 72, column: 20, scope: !260)
!264 = distinct !DISubprogram(name: "release", scope: !2, file: !2, line: 73, type: !48, scopeLine: 73, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9)
!265 = !DILocation(line: 73, column: 28, scope: !264)
!266 = !DILocation(line: 73, column: 90, scope: !264)
!267 = !DILocation(line: 73, column: 21, scope: !264)
!268 = distinct !DISubprogram(name: "bump", scope: !2, file: !2, line: 74, type: !269, scopeLine: 74, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !271)
!269 = !DISubroutineType(types: !270)
!270 = !{!83}
!271 = !{!272}
!272 = !DILocalVariable(name: "expect", scope: !268, file: !2, line: 75, type: !83)
!273 = !DILocation(line: 75, column: 24, scope: !268)
!274 = !DILocation(line: 0, scope: !268)
!275 = !DILocation(line: 76, column: 5, scope: !268)
!276 = !DILocation(line: 75, column: 15, scope: !268)
!277 = !DILocation(line: 76, column: 13, scope: !268)
!278 = distinct !{!278, !275, !279, !280}
!279 = !DILocation(line: 76, column: 79, scope: !268)
!280 = !{!"llvm.loop.mustprogress"}
!281 = !DILocation(line: 77, column: 5, scope: !268)
!282 = !DILocation(line: 78, column: 5, scope: !268)
!283 = distinct !DISubprogram(name: "thread_name", scope: !2, file: !2, line: 80, type: !284, scopeLine: 80, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9)
!284 = !DISubroutineType(types: !285)
!285 = !{!84}
!286 = !DILocation(line: 80, column: 40, scope: !283)
!287 = !DILocation(line: 80, column: 33, scope: !283)
!288 = !DILocation(line: 82, column: 46, scope: !47)
!289 = !DILocation(line: 82, column: 39, scope: !47)
!290 = distinct !DISubprogram(name: "kr_add", scope: !2, file: !2, line: 84, type: !291, scopeLine: 84, flags: DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !293)
!291 = !DISubroutineType(types: !292)
!292 = !{!22, !22, !62}
!293 = !{!294, !295}
!294 = !DILocalVariable(name: "a", arg: 1, scope: !290, file: !2, line: 84, type: !22)
!295 = !DILocalVariable(name: "b", arg: 2, scope: !290, file: !2, line: 84, type: !62)
!296 = !DILocation(line: 0, scope: !290)
!297 = !DILocation(line: 84, column: 46, scope: !290)
!298 = !DILocation(line: 84, column: 44, scope: !290)
!299 = !DILocation(line: 84, column: 35, scope: !290)
!300 = distinct !DISubprogram(name: "dup_bytes", scope: !2, file: !2, line: 86, type: !301, scopeLine: 86, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !303)
!301 = !DISubroutineType(types: !302)
!302 = !{!23, !119, !113}
!303 = !{!304, !305, !306}
!304 = !DILocalVariable(name: "src", arg: 1, scope: !300, file: !2, line: 86, type: !119)
!305 = !DILocalVariable(name: "n", arg: 2, scope: !300, file: !2, line: 86, type: !113)
!306 = !DILocalVariable(name: "p", scope: !300, file: !2, line: 87, type: !23)
!307 = !DILocation(line: 0, scope: !300)
!308 = !DILocation(line: 87, column: 15, scope: !300)
!309 = !DILocation(line: 88, column: 10, scope: !310)
!310 = distinct !DILexicalBlock(scope: !300, file: !2, line: 88, column: 9)
!311 = !DILocation(line: 88, column: 9, scope: !300)
!312 = !DILocation(line: 89, column: 5, scope: !300)
!313 = !DILocation(line: 90, column: 5, scope: !300)
!314 = !DILocation(line: 91, column: 1, scope: !300)
!315 = !DISubprogram(name: "malloc", scope: !170, file: !170, line: 553, type: !111, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
