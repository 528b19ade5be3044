; ModuleID = 'control.c'
source_filename = "control.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }
%struct.ops = type { ptr, ptr, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"main\00", align 1, !dbg !0
@tls_name = dso_local thread_local global ptr @.str, align 8, !dbg !7
@refcount = dso_local global i32 1, align 4, !dbg !25
@tls_counter = internal thread_local global i32 0, align 4, !dbg !73
@env = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16, !dbg !45
@interp.table = internal global [3 x ptr] [ptr blockaddress(@interp, %op_inc), ptr blockaddress(@interp, %op_dec), ptr blockaddress(@interp, %op_halt)], align 16, !dbg !28
@big_counter = internal global i64 0, align 8, !dbg !75
@counter.calls = internal global i32 0, align 4, !dbg !40

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @run_ops(ptr noundef %o, ptr noundef %p) #0 !dbg !89 {
entry:
  %o.addr = alloca ptr, align 8
  %p.addr = alloca ptr, align 8
  %fd = alloca i32, align 4
  %buf = alloca ptr, align 8
  store ptr %o, ptr %o.addr, align 8
    #dbg_declare(ptr %o.addr, !116, !DIExpression(), !117)
  store ptr %p, ptr %p.addr, align 8
    #dbg_declare(ptr %p.addr, !118, !DIExpression(), !119)
    #dbg_declare(ptr %fd, !120, !DIExpression(), !121)
  %0 = load ptr, ptr %o.addr, align 8, !dbg !122
  %open = getelementptr inbounds %struct.ops, ptr %0, i32 0, i32 0, !dbg !123
  %1 = load ptr, ptr %open, align 8, !dbg !123
  %2 = load ptr, ptr %p.addr, align 8, !dbg !124
  %call = call i32 %1(ptr noundef %2, i32 noundef 0), !dbg !122
  store i32 %call, ptr %fd, align 4, !dbg !121
    #dbg_declare(ptr %buf, !125, !DIExpression(), !126)
  %3 = load ptr, ptr %o.addr, align 8, !dbg !127
  %alloc = getelementptr inbounds %struct.ops, ptr %3, i32 0, i32 2, !dbg !128
  %4 = load ptr, ptr %alloc, align 8, !dbg !128
  %call1 = call ptr %4(i64 noundef 16), !dbg !127
  store ptr %call1, ptr %buf, align 8, !dbg !126
  %5 = load ptr, ptr %o.addr, align 8, !dbg !129
  %close = getelementptr inbounds %struct.ops, ptr %5, i32 0, i32 1, !dbg !130
  %6 = load ptr, ptr %close, align 8, !dbg !130
  %7 = load ptr, ptr %buf, align 8, !dbg !131
  call void %6(ptr noundef %7), !dbg !129
  %8 = load i32, ptr %fd, align 4, !dbg !132
  ret i32 %8, !dbg !133
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @fire(ptr noundef %cb, ptr noundef %user) #0 !dbg !134 {
entry:
  %cb.addr = alloca ptr, align 8
  %user.addr = alloca ptr, align 8
  store ptr %cb, ptr %cb.addr, align 8
    #dbg_declare(ptr %cb.addr, !141, !DIExpression(), !142)
  store ptr %user, ptr %user.addr, align 8
    #dbg_declare(ptr %user.addr, !143, !DIExpression(), !144)
  %0 = load ptr, ptr %cb.addr, align 8, !dbg !145
  %1 = load ptr, ptr %user.addr, align 8, !dbg !146
  %2 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_counter), !dbg !147
  %3 = load i32, ptr %2, align 4, !dbg !148
  %inc = add nsw i32 %3, 1, !dbg !148
  store i32 %inc, ptr %2, align 4, !dbg !148
  call void %0(ptr noundef %1, i32 noundef %inc), !dbg !145
  ret void, !dbg !149
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: noinline nounwind uwtable
define dso_local void @sort_ints(ptr noundef %v, i64 noundef %n, ptr noundef %cmp) #0 !dbg !150 {
entry:
  %v.addr = alloca ptr, align 8
  %n.addr = alloca i64, align 8
  %cmp.addr = alloca ptr, align 8
  store ptr %v, ptr %v.addr, align 8
    #dbg_declare(ptr %v.addr, !154, !DIExpression(), !155)
  store i64 %n, ptr %n.addr, align 8
    #dbg_declare(ptr %n.addr, !156, !DIExpression(), !157)
  store ptr %cmp, ptr %cmp.addr, align 8
    #dbg_declare(ptr %cmp.addr, !158, !DIExpression(), !159)
  %0 = load ptr, ptr %v.addr, align 8, !dbg !160
  %1 = load i64, ptr %n.addr, align 8, !dbg !161
  %2 = load ptr, ptr %cmp.addr, align 8, !dbg !162
  call void @qsort(ptr noundef %0, i64 noundef %1, i64 noundef 4, ptr noundef %2), !dbg !163
  ret void, !dbg !164
}

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @fact(i32 noundef %n) #0 !dbg !165 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !168, !DIExpression(), !169)
  %0 = load i32, ptr %n.addr, align 4, !dbg !170
  %cmp = icmp ule i32 %0, 1, !dbg !171
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !170

cond.true:                                        ; preds = %entry
  br label %cond.end, !dbg !170

cond.false:                                       ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !172
  %conv = zext i32 %1 to i64, !dbg !172
  %2 = load i32, ptr %n.addr, align 4, !dbg !173
  %sub = sub i32 %2, 1, !dbg !174
  %call = call i64 @fact(i32 noundef %sub), !dbg !175
  %mul = mul i64 %conv, %call, !dbg !176
  br label %cond.end, !dbg !170

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i64 [ 1, %cond.true ], [ %mul, %cond.false ], !dbg !170
  ret i64 %cond, !dbg !177
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @parity(i32 noundef %n) #0 !dbg !178 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !181, !DIExpression(), !182)
  %0 = load i32, ptr %n.addr, align 4, !dbg !183
  %call = call i32 @is_even(i32 noundef %0), !dbg !184
  ret i32 %call, !dbg !185
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @is_even(i32 noundef %n) #0 !dbg !186 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !187, !DIExpression(), !188)
  %0 = load i32, ptr %n.addr, align 4, !dbg !189
  %cmp = icmp eq i32 %0, 0, !dbg !190
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !189

cond.true:                                        ; preds = %entry
  br label %cond.end, !dbg !189

cond.false:                                       ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !191
  %sub = sub i32 %1, 1, !dbg !192
  %call = call i32 @is_odd(i32 noundef %sub), !dbg !193
  br label %cond.end, !dbg !189

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ 1, %cond.true ], [ %call, %cond.false ], !dbg !189
  ret i32 %cond, !dbg !194
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @fail_hard(i32 noundef %code) #0 !dbg !195 {
entry:
  %code.addr = alloca i32, align 4
  store i32 %code, ptr %code.addr, align 4
    #dbg_declare(ptr %code.addr, !198, !DIExpression(), !199)
  %0 = load i32, ptr %code.addr, align 4, !dbg !200
  call void @longjmp(ptr noundef @env, i32 noundef %0) #7, !dbg !201
  unreachable, !dbg !201
}

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) #3

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @guarded(i32 noundef %x) #0 !dbg !202 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
    #dbg_declare(ptr %x.addr, !205, !DIExpression(), !206)
    #dbg_declare(ptr %r, !207, !DIExpression(), !208)
  %call = call i32 @_setjmp(ptr noundef @env) #8, !dbg !209
  store i32 %call, ptr %r, align 4, !dbg !208
  %0 = load i32, ptr %r, align 4, !dbg !210
  %cmp = icmp ne i32 %0, 0, !dbg !212
  br i1 %cmp, label %if.then, label %if.end, !dbg !213

if.then:                                          ; preds = %entry
  %1 = load i32, ptr %r, align 4, !dbg !214
  %sub = sub nsw i32 0, %1, !dbg !215
  store i32 %sub, ptr %retval, align 4, !dbg !216
  br label %return, !dbg !216

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %x.addr, align 4, !dbg !217
  %cmp1 = icmp slt i32 %2, 0, !dbg !219
  br i1 %cmp1, label %if.then2, label %if.end3, !dbg !220

if.then2:                                         ; preds = %if.end
  call void @fail_hard(i32 noundef 7), !dbg !221
  br label %if.end3, !dbg !221

if.end3:                                          ; preds = %if.then2, %if.end
  %3 = load i32, ptr %x.addr, align 4, !dbg !222
  store i32 %3, ptr %retval, align 4, !dbg !223
  br label %return, !dbg !223

return:                                           ; preds = %if.end3, %if.then
  %4 = load i32, ptr %retval, align 4, !dbg !224
  ret i32 %4, !dbg !224
}

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(ptr noundef) #4

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @interp(ptr noundef %code) #0 !dbg !30 {
entry:
  %code.addr = alloca ptr, align 8
  %acc = alloca i32, align 4
  store ptr %code, ptr %code.addr, align 8
    #dbg_declare(ptr %code.addr, !225, !DIExpression(), !226)
    #dbg_declare(ptr %acc, !227, !DIExpression(), !228)
  store i32 0, ptr %acc, align 4, !dbg !228
  %0 = load ptr, ptr %code.addr, align 8, !dbg !229
  %incdec.ptr = getelementptr inbounds i8, ptr %0, i32 1, !dbg !229
  store ptr %incdec.ptr, ptr %code.addr, align 8, !dbg !229
  %1 = load i8, ptr %0, align 1, !dbg !230
  %idxprom = zext i8 %1 to i64, !dbg !231
  %arrayidx = getelementptr inbounds [3 x ptr], ptr @interp.table, i64 0, i64 %idxprom, !dbg !231
  %2 = load ptr, ptr %arrayidx, align 8, !dbg !231
  br label %indirectgoto, !dbg !232

op_inc:                                           ; preds = %indirectgoto
    #dbg_label(!233, !234)
  %3 = load i32, ptr %acc, align 4, !dbg !235
  %inc = add nsw i32 %3, 1, !dbg !235
  store i32 %inc, ptr %acc, align 4, !dbg !235
  %4 = load ptr, ptr %code.addr, align 8, !dbg !236
  %incdec.ptr1 = getelementptr inbounds i8, ptr %4, i32 1, !dbg !236
  store ptr %incdec.ptr1, ptr %code.addr, align 8, !dbg !236
  %5 = load i8, ptr %4, align 1, !dbg !237
  %idxprom2 = zext i8 %5 to i64, !dbg !238
  %arrayidx3 = getelementptr inbounds [3 x ptr], ptr @interp.table, i64 0, i64 %idxprom2, !dbg !238
  %6 = load ptr, ptr %arrayidx3, align 8, !dbg !238
  br label %indirectgoto, !dbg !239

op_dec:                                           ; preds = %indirectgoto
    #dbg_label(!240, !241)
  %7 = load i32, ptr %acc, align 4, !dbg !242
  %dec = add nsw i32 %7, -1, !dbg !242
  store i32 %dec, ptr %acc, align 4, !dbg !242
  %8 = load ptr, ptr %code.addr, align 8, !dbg !243
  %incdec.ptr4 = getelementptr inbounds i8, ptr %8, i32 1, !dbg !243
  store ptr %incdec.ptr4, ptr %code.addr, align 8, !dbg !243
  %9 = load i8, ptr %8, align 1, !dbg !244
  %idxprom5 = zext i8 %9 to i64, !dbg !245
  %arrayidx6 = getelementptr inbounds [3 x ptr], ptr @interp.table, i64 0, i64 %idxprom5, !dbg !245
  %10 = load ptr, ptr %arrayidx6, align 8, !dbg !245
  br label %indirectgoto, !dbg !246

op_halt:                                          ; preds = %indirectgoto
    #dbg_label(!247, !248)
  %11 = load i32, ptr %acc, align 4, !dbg !249
  ret i32 %11, !dbg !250

indirectgoto:                                     ; preds = %op_dec, %op_inc, %entry
  %indirect.goto.dest = phi ptr [ %2, %entry ], [ %6, %op_inc ], [ %10, %op_dec ]
  indirectbr ptr %indirect.goto.dest, [label %op_inc, label %op_dec, label %op_halt]
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @classify(i32 noundef %c) #0 !dbg !251 {
entry:
  %retval = alloca i32, align 4
  %c.addr = alloca i32, align 4
  store i32 %c, ptr %c.addr, align 4
    #dbg_declare(ptr %c.addr, !252, !DIExpression(), !253)
  %0 = load i32, ptr %c.addr, align 4, !dbg !254
  switch i32 %0, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb1
    i32 2, label %sw.bb1
    i32 100, label %sw.bb2
    i32 -5, label %sw.bb3
  ], !dbg !255

sw.bb:                                            ; preds = %entry
  store i32 10, ptr %retval, align 4, !dbg !256
  br label %return, !dbg !256

sw.bb1:                                           ; preds = %entry, %entry
  store i32 20, ptr %retval, align 4, !dbg !258
  br label %return, !dbg !258

sw.bb2:                                           ; preds = %entry
  store i32 30, ptr %retval, align 4, !dbg !259
  br label %return, !dbg !259

sw.bb3:                                           ; preds = %entry
  store i32 40, ptr %retval, align 4, !dbg !260
  br label %return, !dbg !260

sw.default:                                       ; preds = %entry
  store i32 -1, ptr %retval, align 4, !dbg !261
  br label %return, !dbg !261

return:                                           ; preds = %sw.default, %sw.bb3, %sw.bb2, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4, !dbg !262
  ret i32 %1, !dbg !262
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @retain() #0 !dbg !263 {
entry:
  %.atomictmp = alloca i32, align 4
  %atomic-temp = alloca i32, align 4
  store i32 1, ptr %.atomictmp, align 4, !dbg !264
  %0 = load i32, ptr %.atomictmp, align 4, !dbg !264
  %1 = atomicrmw add ptr @refcount, i32 %0 seq_cst, align 4, !dbg !264
  store i32 %1, ptr %atomic-temp, align 4, !dbg !264
  %2 = load i32, ptr %atomic-temp, align 4, !dbg !264
  %add = add nsw i32 %2, 1, !dbg !265
  ret i32 %add, !dbg !266
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @release() #0 !dbg !267 {
entry:
  %.atomictmp = alloca i32, align 4
  %atomic-temp = alloca i32, align 4
  store i32 1, ptr %.atomictmp, align 4, !dbg !268
  %0 = load i32, ptr %.atomictmp, align 4, !dbg !268
  %1 = atomicrmw sub ptr @refcount, i32 %0 acq_rel, align 4, !dbg !268
  store i32 %1, ptr %atomic-temp, align 4, !dbg !268
  %2 = load i32, ptr %atomic-temp, align 4, !dbg !268
  %sub = sub nsw i32 %2, 1, !dbg !269
  ret i32 %sub, !dbg !270
}

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @bump() #0 !dbg !271 {
entry:
  %expect = alloca i64, align 8
  %atomic-temp = alloca i64, align 8
  %.atomictmp = alloca i64, align 8
  %cmpxchg.bool = alloca i8, align 1
    #dbg_declare(ptr %expect, !274, !DIExpression(), !275)
  %0 = load atomic i64, ptr @big_counter seq_cst, align 8, !dbg !276
  store i64 %0, ptr %atomic-temp, align 8, !dbg !276
  %1 = load i64, ptr %atomic-temp, align 8, !dbg !276
  store i64 %1, ptr %expect, align 8, !dbg !275
  br label %while.cond, !dbg !277

while.cond:                                       ; preds = %while.body, %entry
  %2 = load i64, ptr %expect, align 8, !dbg !278
  %add = add nsw i64 %2, 1, !dbg !278
  store i64 %add, ptr %.atomictmp, align 8, !dbg !278
  %3 = load i64, ptr %expect, align 8, !dbg !278
  %4 = load i64, ptr %.atomictmp, align 8, !dbg !278
  %5 = cmpxchg weak ptr @big_counter, i64 %3, i64 %4 seq_cst seq_cst, align 8, !dbg !278
  %6 = extractvalue { i64, i1 } %5, 0, !dbg !278
  %7 = extractvalue { i64, i1 } %5, 1, !dbg !278
  br i1 %7, label %cmpxchg.continue, label %cmpxchg.store_expected, !dbg !278

cmpxchg.store_expected:                           ; preds = %while.cond
  store i64 %6, ptr %expect, align 8, !dbg !278
  br label %cmpxchg.continue, !dbg !278

cmpxchg.continue:                                 ; preds = %cmpxchg.store_expected, %while.cond
  %storedv = zext i1 %7 to i8, !dbg !278
  store i8 %storedv, ptr %cmpxchg.bool, align 1, !dbg !278
  %8 = load i8, ptr %cmpxchg.bool, align 1, !dbg !278
  %loadedv = trunc i8 %8 to i1, !dbg !278
  %lnot = xor i1 %loadedv, true, !dbg !279
  br i1 %lnot, label %while.body, label %while.end, !dbg !277

while.body:                                       ; preds = %cmpxchg.continue
  br label %while.cond, !dbg !277, !llvm.loop !280

while.end:                                        ; preds = %cmpxchg.continue
  fence seq_cst, !dbg !283
  %9 = load i64, ptr %expect, align 8, !dbg !284
  ret i64 %9, !dbg !285
}

; Function Attrs: noinline nounwind uwtable
define dso_local ptr @thread_name() #0 !dbg !286 {
entry:
  %0 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_name), !dbg !289
  %1 = load ptr, ptr %0, align 8, !dbg !289
  ret ptr %1, !dbg !290
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @counter() #0 !dbg !42 {
entry:
  %0 = load i32, ptr @counter.calls, align 4, !dbg !291
  %inc = add nsw i32 %0, 1, !dbg !291
  store i32 %inc, ptr @counter.calls, align 4, !dbg !291
  ret i32 %inc, !dbg !292
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @kr_add(i32 noundef %a, i64 noundef %b) #0 !dbg !293 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i64, align 8
  store i32 %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !296, !DIExpression(), !297)
  store i64 %b, ptr %b.addr, align 8
    #dbg_declare(ptr %b.addr, !298, !DIExpression(), !299)
  %0 = load i32, ptr %a.addr, align 4, !dbg !300
  %1 = load i64, ptr %b.addr, align 8, !dbg !301
  %conv = trunc i64 %1 to i32, !dbg !302
  %add = add nsw i32 %0, %conv, !dbg !303
  ret i32 %add, !dbg !304
}

; Function Attrs: noinline nounwind uwtable
define dso_local ptr @dup_bytes(ptr noundef %src, i64 noundef %n) #0 !dbg !305 {
entry:
  %retval = alloca ptr, align 8
  %src.addr = alloca ptr, align 8
  %n.addr = alloca i64, align 8
  %p = alloca ptr, align 8
  store ptr %src, ptr %src.addr, align 8
    #dbg_declare(ptr %src.addr, !308, !DIExpression(), !309)
  store i64 %n, ptr %n.addr, align 8
    #dbg_declare(ptr %n.addr, !310, !DIExpression(), !311)
    #dbg_declare(ptr %p, !312, !DIExpression(), !313)
  %0 = load i64, ptr %n.addr, align 8, !dbg !314
  %call = call noalias ptr @malloc(i64 noundef %0) #9, !dbg !315
  store ptr %call, ptr %p, align 8, !dbg !313
  %1 = load ptr, ptr %p, align 8, !dbg !316
  %tobool = icmp ne ptr %1, null, !dbg !316
  br i1 %tobool, label %if.end, label %if.then, !dbg !318

if.then:                                          ; preds = %entry
  store ptr null, ptr %retval, align 8, !dbg !319
  br label %return, !dbg !319

if.end:                                           ; preds = %entry
  %2 = load ptr, ptr %p, align 8, !dbg !320
  %3 = load ptr, ptr %src.addr, align 8, !dbg !321
  %4 = load i64, ptr %n.addr, align 8, !dbg !322
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %2, ptr align 1 %3, i64 %4, i1 false), !dbg !323
  %5 = load ptr, ptr %p, align 8, !dbg !324
  store ptr %5, ptr %retval, align 8, !dbg !325
  br label %return, !dbg !325

return:                                           ; preds = %if.end, %if.then
  %6 = load ptr, ptr %retval, align 8, !dbg !326
  ret ptr %6, !dbg !326
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: noinline nounwind uwtable
define internal i32 @is_odd(i32 noundef %n) #0 !dbg !327 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !328, !DIExpression(), !329)
  %0 = load i32, ptr %n.addr, align 4, !dbg !330
  %cmp = icmp eq i32 %0, 0, !dbg !331
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !330

cond.true:                                        ; preds = %entry
  br label %cond.end, !dbg !330

cond.false:                                       ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4, !dbg !332
  %sub = sub i32 %1, 1, !dbg !333
  %call = call i32 @is_even(i32 noundef %sub), !dbg !334
  br label %cond.end, !dbg !330

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ 0, %cond.true ], [ %call, %cond.false ], !dbg !330
  ret i32 %cond, !dbg !335
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind returns_twice "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { noreturn nounwind }
attributes #8 = { nounwind returns_twice }
attributes #9 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!81, !82, !83, !84, !85, !86, !87}
!llvm.ident = !{!88}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "control.c", directory: "/src", checksumkind: CSK_MD5, checksum: "b44359a1a3cb6e35d151d210ced8a7bb")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "tls_name", scope: !9, file: !2, line: 19, type: !79, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !21, globals: !24, splitDebugInlining: false, nameTableKind: None)
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
!24 = !{!0, !7, !25, !28, !40, !45, !73, !75}
!25 = !DIGlobalVariableExpression(var: !26, expr: !DIExpression())
!26 = distinct !DIGlobalVariable(name: "refcount", scope: !9, file: !2, line: 20, type: !27, isLocal: false, isDefinition: true)
!27 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !22)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "table", scope: !30, file: !2, line: 49, type: !37, isLocal: true, isDefinition: true)
!30 = distinct !DISubprogram(name: "interp", scope: !2, file: !2, line: 48, type: !31, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!31 = !DISubroutineType(types: !32)
!32 = !{!22, !33}
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!34 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!35 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!36 = !{}
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !23, size: 192, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 3)
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(name: "calls", scope: !42, file: !2, line: 82, type: !22, isLocal: true, isDefinition: true)
!42 = distinct !DISubprogram(name: "counter", scope: !2, file: !2, line: 82, type: !43, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9)
!43 = !DISubroutineType(types: !44)
!44 = !{!22}
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(name: "env", scope: !9, file: !2, line: 17, type: !47, isLocal: true, isDefinition: true)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "jmp_buf", file: !48, line: 32, baseType: !49)
!48 = !DIFile(filename: "/usr/include/setjmp.h", directory: "", checksumkind: CSK_MD5, checksum: "cd7862ae7ed31595227c999638ae74e7")
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !50, size: 1600, elements: !71)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__jmp_buf_tag", file: !51, line: 26, size: 1600, elements: !52)
!51 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h", directory: "", checksumkind: CSK_MD5, checksum: "56a90a97e853c2bec1d9e290be5e92e4")
!52 = !{!53, !60, !61}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "__jmpbuf", scope: !50, file: !51, line: 32, baseType: !54, size: 512)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "__jmp_buf", file: !55, line: 31, baseType: !56)
!55 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/setjmp.h", directory: "", checksumkind: CSK_MD5, checksum: "80e7796efafaf357b5e64731e4f6ac30")
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 512, elements: !58)
!57 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!58 = !{!59}
!59 = !DISubrange(count: 8)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "__mask_was_saved", scope: !50, file: !51, line: 33, baseType: !22, size: 32, offset: 512)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "__saved_mask", scope: !50, file: !51, line: 34, baseType: !62, size: 1024, offset: 576)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "__sigset_t", file: !63, line: 8, baseType: !64)
!63 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h", directory: "", checksumkind: CSK_MD5, checksum: "acc6b14c0967857fec362a8d433e1cf2")
!64 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !63, line: 5, size: 1024, elements: !65)
!65 = !{!66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "__val", scope: !64, file: !63, line: 7, baseType: !67, size: 1024)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !68, size: 1024, elements: !69)
!68 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!69 = !{!70}
!70 = !DISubrange(count: 16)
!71 = !{!72}
!72 = !DISubrange(count: 1)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(name: "tls_counter", scope: !9, file: !2, line: 18, type: !22, isLocal: true, isDefinition: true)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(name: "big_counter", scope: !9, file: !2, line: 21, type: !77, isLocal: true, isDefinition: true)
!77 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !78)
!78 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64)
!80 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!81 = !{i32 7, !"Dwarf Version", i32 5}
!82 = !{i32 2, !"Debug Info Version", i32 3}
!83 = !{i32 1, !"wchar_size", i32 4}
!84 = !{i32 8, !"PIC Level", i32 2}
!85 = !{i32 7, !"PIE Level", i32 2}
!86 = !{i32 7, !"uwtable", i32 2}
!87 = !{i32 7, !"frame-pointer", i32 2}
!88 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!89 = distinct !DISubprogram(name: "run_ops", scope: !2, file: !2, line: 23, type: !90, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!90 = !DISubroutineType(types: !91)
!91 = !{!22, !92, !79}
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64)
!93 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !94)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ops", file: !2, line: 8, size: 256, elements: !95)
!95 = !{!96, !100, !104, !110}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "open", scope: !94, file: !2, line: 9, baseType: !97, size: 64)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!98 = !DISubroutineType(types: !99)
!99 = !{!22, !79, !22}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "close", scope: !94, file: !2, line: 10, baseType: !101, size: 64, offset: 64)
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !102, size: 64)
!102 = !DISubroutineType(types: !103)
!103 = !{null, !23}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !94, file: !2, line: 11, baseType: !105, size: 64, offset: 128)
!105 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !106, size: 64)
!106 = !DISubroutineType(types: !107)
!107 = !{!23, !108}
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !109, line: 18, baseType: !68)
!109 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!110 = !DIDerivedType(tag: DW_TAG_member, name: "cmp", scope: !94, file: !2, line: 12, baseType: !111, size: 64, offset: 192)
!111 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !112, size: 64)
!112 = !DISubroutineType(types: !113)
!113 = !{!22, !114, !114}
!114 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64)
!115 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!116 = !DILocalVariable(name: "o", arg: 1, scope: !89, file: !2, line: 23, type: !92)
!117 = !DILocation(line: 23, column: 31, scope: !89)
!118 = !DILocalVariable(name: "p", arg: 2, scope: !89, file: !2, line: 23, type: !79)
!119 = !DILocation(line: 23, column: 46, scope: !89)
!120 = !DILocalVariable(name: "fd", scope: !89, file: !2, line: 24, type: !22)
!121 = !DILocation(line: 24, column: 9, scope: !89)
!122 = !DILocation(line: 24, column: 14, scope: !89)
!123 = !DILocation(line: 24, column: 17, scope: !89)
!124 = !DILocation(line: 24, column: 22, scope: !89)
!125 = !DILocalVariable(name: "buf", scope: !89, file: !2, line: 25, type: !23)
!126 = !DILocation(line: 25, column: 11, scope: !89)
!127 = !DILocation(line: 25, column: 17, scope: !89)
!128 = !DILocation(line: 25, column: 20, scope: !89)
!129 = !DILocation(line: 26, column: 5, scope: !89)
!130 = !DILocation(line: 26, column: 8, scope: !89)
!131 = !DILocation(line: 26, column: 14, scope: !89)
!132 = !DILocation(line: 27, column: 12, scope: !89)
!133 = !DILocation(line: 27, column: 5, scope: !89)
!134 = distinct !DISubprogram(name: "fire", scope: !2, file: !2, line: 30, type: !135, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!135 = !DISubroutineType(types: !136)
!136 = !{null, !137, !23}
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "callback_t", file: !2, line: 15, baseType: !138)
!138 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !139, size: 64)
!139 = !DISubroutineType(types: !140)
!140 = !{null, !23, !22}
!141 = !DILocalVariable(name: "cb", arg: 1, scope: !134, file: !2, line: 30, type: !137)
!142 = !DILocation(line: 30, column: 22, scope: !134)
!143 = !DILocalVariable(name: "user", arg: 2, scope: !134, file: !2, line: 30, type: !23)
!144 = !DILocation(line: 30, column: 32, scope: !134)
!145 = !DILocation(line: 30, column: 40, scope: !134)
!146 = !DILocation(line: 30, column: 43, scope: !134)
!147 = !DILocation(line: 30, column: 51, scope: !134)
!148 = !DILocation(line: 30, column: 49, scope: !134)
!149 = !DILocation(line: 30, column: 65, scope: !134)
!150 = distinct !DISubprogram(name: "sort_ints", scope: !2, file: !2, line: 32, type: !151, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!151 = !DISubroutineType(types: !152)
!152 = !{null, !153, !108, !111}
!153 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!154 = !DILocalVariable(name: "v", arg: 1, scope: !150, file: !2, line: 32, type: !153)
!155 = !DILocation(line: 32, column: 21, scope: !150)
!156 = !DILocalVariable(name: "n", arg: 2, scope: !150, file: !2, line: 32, type: !108)
!157 = !DILocation(line: 32, column: 31, scope: !150)
!158 = !DILocalVariable(name: "cmp", arg: 3, scope: !150, file: !2, line: 32, type: !111)
!159 = !DILocation(line: 32, column: 40, scope: !150)
!160 = !DILocation(line: 32, column: 82, scope: !150)
!161 = !DILocation(line: 32, column: 85, scope: !150)
!162 = !DILocation(line: 32, column: 99, scope: !150)
!163 = !DILocation(line: 32, column: 76, scope: !150)
!164 = !DILocation(line: 32, column: 105, scope: !150)
!165 = distinct !DISubprogram(name: "fact", scope: !2, file: !2, line: 34, type: !166, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!166 = !DISubroutineType(types: !167)
!167 = !{!68, !13}
!168 = !DILocalVariable(name: "n", arg: 1, scope: !165, file: !2, line: 34, type: !13)
!169 = !DILocation(line: 34, column: 29, scope: !165)
!170 = !DILocation(line: 34, column: 41, scope: !165)
!171 = !DILocation(line: 34, column: 43, scope: !165)
!172 = !DILocation(line: 34, column: 54, scope: !165)
!173 = !DILocation(line: 34, column: 63, scope: !165)
!174 = !DILocation(line: 34, column: 65, scope: !165)
!175 = !DILocation(line: 34, column: 58, scope: !165)
!176 = !DILocation(line: 34, column: 56, scope: !165)
!177 = !DILocation(line: 34, column: 34, scope: !165)
!178 = distinct !DISubprogram(name: "parity", scope: !2, file: !2, line: 38, type: !179, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!179 = !DISubroutineType(types: !180)
!180 = !{!22, !13}
!181 = !DILocalVariable(name: "n", arg: 1, scope: !178, file: !2, line: 38, type: !13)
!182 = !DILocation(line: 38, column: 21, scope: !178)
!183 = !DILocation(line: 38, column: 41, scope: !178)
!184 = !DILocation(line: 38, column: 33, scope: !178)
!185 = !DILocation(line: 38, column: 26, scope: !178)
!186 = distinct !DISubprogram(name: "is_even", scope: !2, file: !2, line: 36, type: !179, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !36)
!187 = !DILocalVariable(name: "n", arg: 1, scope: !186, file: !2, line: 36, type: !13)
!188 = !DILocation(line: 36, column: 29, scope: !186)
!189 = !DILocation(line: 36, column: 41, scope: !186)
!190 = !DILocation(line: 36, column: 43, scope: !186)
!191 = !DILocation(line: 36, column: 61, scope: !186)
!192 = !DILocation(line: 36, column: 63, scope: !186)
!193 = !DILocation(line: 36, column: 54, scope: !186)
!194 = !DILocation(line: 36, column: 34, scope: !186)
!195 = distinct !DISubprogram(name: "fail_hard", scope: !2, file: !2, line: 40, type: !196, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!196 = !DISubroutineType(types: !197)
!197 = !{null, !22}
!198 = !DILocalVariable(name: "code", arg: 1, scope: !195, file: !2, line: 40, type: !22)
!199 = !DILocation(line: 40, column: 20, scope: !195)
!200 = !DILocation(line: 40, column: 41, scope: !195)
!201 = !DILocation(line: 40, column: 28, scope: !195)
!202 = distinct !DISubprogram(name: "guarded", scope: !2, file: !2, line: 41, type: !203, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!203 = !DISubroutineType(types: !204)
!204 = !{!22, !22}
!205 = !DILocalVariable(name: "x", arg: 1, scope: !202, file: !2, line: 41, type: !22)
!206 = !DILocation(line: 41, column: 17, scope: !202)
!207 = !DILocalVariable(name: "r", scope: !202, file: !2, line: 42, type: !22)
!208 = !DILocation(line: 42, column: 9, scope: !202)
!209 = !DILocation(line: 42, column: 13, scope: !202)
!210 = !DILocation(line: 43, column: 9, scope: !211)
!211 = distinct !DILexicalBlock(scope: !202, file: !2, line: 43, column: 9)
!212 = !DILocation(line: 43, column: 11, scope: !211)
!213 = !DILocation(line: 43, column: 9, scope: !202)
!214 = !DILocation(line: 43, column: 25, scope: !211)
!215 = !DILocation(line: 43, column: 24, scope: !211)
!216 = !DILocation(line: 43, column: 17, scope: !211)
!217 = !DILocation(line: 44, column: 9, scope: !218)
!218 = distinct !DILexicalBlock(scope: !202, file: !2, line: 44, column: 9)
!219 = !DILocation(line: 44, column: 11, scope: !218)
!220 = !DILocation(line: 44, column: 9, scope: !202)
!221 = !DILocation(line: 44, column: 16, scope: !218)
!222 = !DILocation(line: 45, column: 12, scope: !202)
!223 = !DILocation(line: 45, column: 5, scope: !202)
!224 = !DILocation(line: 46, column: 1, scope: !202)
!225 = !DILocalVariable(name: "code", arg: 1, scope: !30, file: !2, line: 48, type: !33)
!226 = !DILocation(line: 48, column: 33, scope: !30)
!227 = !DILocalVariable(name: "acc", scope: !30, file: !2, line: 50, type: !22)
!228 = !DILocation(line: 50, column: 9, scope: !30)
!229 = !DILocation(line: 51, column: 22, scope: !30)
!230 = !DILocation(line: 51, column: 17, scope: !30)
!231 = !DILocation(line: 51, column: 11, scope: !30)
!232 = !DILocation(line: 51, column: 5, scope: !30)
!233 = !DILabel(scope: !30, name: "op_inc", file: !2, line: 52)
!234 = !DILocation(line: 52, column: 1, scope: !30)
!235 = !DILocation(line: 53, column: 8, scope: !30)
!236 = !DILocation(line: 54, column: 22, scope: !30)
!237 = !DILocation(line: 54, column: 17, scope: !30)
!238 = !DILocation(line: 54, column: 11, scope: !30)
!239 = !DILocation(line: 54, column: 5, scope: !30)
!240 = !DILabel(scope: !30, name: "op_dec", file: !2, line: 55)
!241 = !DILocation(line: 55, column: 1, scope: !30)
!242 = !DILocation(line: 56, column: 8, scope: !30)
!243 = !DILocation(line: 57, column: 22, scope: !30)
!244 = !DILocation(line: 57, column: 17, scope: !30)
!245 = !DILocation(line: 57, column: 11, scope: !30)
!246 = !DILocation(line: 57, column: 5, scope: !30)
!247 = !DILabel(scope: !30, name: "op_halt", file: !2, line: 58)
!248 = !DILocation(line: 58, column: 1, scope: !30)
!249 = !DILocation(line: 59, column: 12, scope: !30)
!250 = !DILocation(line: 59, column: 5, scope: !30)
!251 = distinct !DISubprogram(name: "classify", scope: !2, file: !2, line: 62, type: !203, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!252 = !DILocalVariable(name: "c", arg: 1, scope: !251, file: !2, line: 62, type: !22)
!253 = !DILocation(line: 62, column: 18, scope: !251)
!254 = !DILocation(line: 63, column: 13, scope: !251)
!255 = !DILocation(line: 63, column: 5, scope: !251)
!256 = !DILocation(line: 64, column: 13, scope: !257)
!257 = distinct !DILexicalBlock(scope: !251, file: !2, line: 63, column: 16)
!258 = !DILocation(line: 65, column: 21, scope: !257)
!259 = !DILocation(line: 66, column: 15, scope: !257)
!260 = !DILocation(line: 67, column: 14, scope: !257)
!261 = !DILocation(line: 68, column: 14, scope: !257)
!262 = !DILocation(line: 70, column: 1, scope: !251)
!263 = distinct !DISubprogram(name: "retain", scope: !2, file: !2, line: 72, type: !43, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9)
!264 = !DILocation(line: 72, column: 27, scope: !263)
!265 = !DILocation(line: 72, column: 58, scope: !263)
!266 = !DILocation(line: 72, column: 20, scope: !263)
!267 = distinct !DISubprogram(name: "release", scope: !2, file: !2, line: 73, type: !43, scopeLine: 73, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9)
!268 = !DILocation(line: 73, column: 28, scope: !267)
!269 = !DILocation(line: 73, column: 90, scope: !267)
!270 = !DILocation(line: 73, column: 21, scope: !267)
!271 = distinct !DISubprogram(name: "bump", scope: !2, file: !2, line: 74, type: !272, scopeLine: 74, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!272 = !DISubroutineType(types: !273)
!273 = !{!78}
!274 = !DILocalVariable(name: "expect", scope: !271, file: !2, line: 75, type: !78)
!275 = !DILocation(line: 75, column: 15, scope: !271)
!276 = !DILocation(line: 75, column: 24, scope: !271)
!277 = !DILocation(line: 76, column: 5, scope: !271)
!278 = !DILocation(line: 76, column: 13, scope: !271)
!279 = !DILocation(line: 76, column: 12, scope: !271)
!280 = distinct !{!280, !277, !281, !282}
!281 = !DILocation(line: 76, column: 79, scope: !271)
!282 = !{!"llvm.loop.mustprogress"}
!283 = !DILocation(line: 77, column: 5, scope: !271)
!284 = !DILocation(line: 78, column: 12, scope: !271)
!285 = !DILocation(line: 78, column: 5, scope: !271)
!286 = distinct !DISubprogram(name: "thread_name", scope: !2, file: !2, line: 80, type: !287, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9)
!287 = !DISubroutineType(types: !288)
!288 = !{!79}
!289 = !DILocation(line: 80, column: 40, scope: !286)
!290 = !DILocation(line: 80, column: 33, scope: !286)
!291 = !DILocation(line: 82, column: 46, scope: !42)
!292 = !DILocation(line: 82, column: 39, scope: !42)
!293 = distinct !DISubprogram(name: "kr_add", scope: !2, file: !2, line: 84, type: !294, scopeLine: 84, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!294 = !DISubroutineType(types: !295)
!295 = !{!22, !22, !57}
!296 = !DILocalVariable(name: "a", arg: 1, scope: !293, file: !2, line: 84, type: !22)
!297 = !DILocation(line: 84, column: 22, scope: !293)
!298 = !DILocalVariable(name: "b", arg: 2, scope: !293, file: !2, line: 84, type: !57)
!299 = !DILocation(line: 84, column: 30, scope: !293)
!300 = !DILocation(line: 84, column: 42, scope: !293)
!301 = !DILocation(line: 84, column: 51, scope: !293)
!302 = !DILocation(line: 84, column: 46, scope: !293)
!303 = !DILocation(line: 84, column: 44, scope: !293)
!304 = !DILocation(line: 84, column: 35, scope: !293)
!305 = distinct !DISubprogram(name: "dup_bytes", scope: !2, file: !2, line: 86, type: !306, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !36)
!306 = !DISubroutineType(types: !307)
!307 = !{!23, !114, !108}
!308 = !DILocalVariable(name: "src", arg: 1, scope: !305, file: !2, line: 86, type: !114)
!309 = !DILocation(line: 86, column: 29, scope: !305)
!310 = !DILocalVariable(name: "n", arg: 2, scope: !305, file: !2, line: 86, type: !108)
!311 = !DILocation(line: 86, column: 41, scope: !305)
!312 = !DILocalVariable(name: "p", scope: !305, file: !2, line: 87, type: !23)
!313 = !DILocation(line: 87, column: 11, scope: !305)
!314 = !DILocation(line: 87, column: 22, scope: !305)
!315 = !DILocation(line: 87, column: 15, scope: !305)
!316 = !DILocation(line: 88, column: 10, scope: !317)
!317 = distinct !DILexicalBlock(scope: !305, file: !2, line: 88, column: 9)
!318 = !DILocation(line: 88, column: 9, scope: !305)
!319 = !DILocation(line: 88, column: 13, scope: !317)
!320 = !DILocation(line: 89, column: 12, scope: !305)
!321 = !DILocation(line: 89, column: 15, scope: !305)
!322 = !DILocation(line: 89, column: 20, scope: !305)
!323 = !DILocation(line: 89, column: 5, scope: !305)
!324 = !DILocation(line: 90, column: 12, scope: !305)
!325 = !DILocation(line: 90, column: 5, scope: !305)
!326 = !DILocation(line: 91, column: 1, scope: !305)
!327 = distinct !DISubprogram(name: "is_odd", scope: !2, file: !2, line: 37, type: !179, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !36)
!328 = !DILocalVariable(name: "n", arg: 1, scope: !327, file: !2, line: 37, type: !13)
!329 = !DILocation(line: 37, column: 28, scope: !327)
!330 = !DILocation(line: 37, column: 40, scope: !327)
!331 = !DILocation(line: 37, column: 42, scope: !327)
!332 = !DILocation(line: 37, column: 61, scope: !327)
!333 = !DILocation(line: 37, column: 63, scope: !327)
!334 = !DILocation(line: 37, column: 53, scope: !327)
!335 = !DILocation(line: 37, column: 33, scope: !327)
