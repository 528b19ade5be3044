; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { i32, i32 }
%struct.big = type { [4 x double], i8 }
%struct.flags = type { i8, i64 }
%union.value = type { ptr }
%struct.tagged = type { i32, %union.value }
%struct.packet = type { i16, i8, [0 x i8] }
%struct.packed_hdr = type <{ i8, i32, i16 }>
%struct.aligned16 = type { i8, [15 x i8] }
%struct.outer = type { %struct.anon, %union.anon, ptr, [2 x [3 x %struct.point]] }
%struct.anon = type { i32, i32 }
%union.anon = type { i64 }

@names.n = internal constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr null], align 16, !dbg !0
@.str = private unnamed_addr constant [2 x i8] c"a\00", align 1, !dbg !28
@.str.1 = private unnamed_addr constant [2 x i8] c"b\00", align 1, !dbg !33

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @make_point(i32 noundef %x, i32 noundef %y) #0 !dbg !46 {
entry:
  %retval = alloca %struct.point, align 4
  %x.addr = alloca i32, align 4
  %y.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
    #dbg_declare(ptr %x.addr, !54, !DIExpression(), !55)
  store i32 %y, ptr %y.addr, align 4
    #dbg_declare(ptr %y.addr, !56, !DIExpression(), !57)
    #dbg_declare(ptr %retval, !58, !DIExpression(), !59)
  %x1 = getelementptr inbounds %struct.point, ptr %retval, i32 0, i32 0, !dbg !60
  %0 = load i32, ptr %x.addr, align 4, !dbg !61
  store i32 %0, ptr %x1, align 4, !dbg !60
  %y2 = getelementptr inbounds %struct.point, ptr %retval, i32 0, i32 1, !dbg !60
  %1 = load i32, ptr %y.addr, align 4, !dbg !62
  store i32 %1, ptr %y2, align 4, !dbg !60
  %2 = load i64, ptr %retval, align 4, !dbg !63
  ret i64 %2, !dbg !63
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @make_big(ptr dead_on_unwind noalias writable sret(%struct.big) align 8 %agg.result, double noundef %a) #0 !dbg !64 {
entry:
  %a.addr = alloca double, align 8
  store double %a, ptr %a.addr, align 8
    #dbg_declare(ptr %a.addr, !75, !DIExpression(), !76)
    #dbg_declare(ptr %agg.result, !77, !DIExpression(), !78)
  %d = getelementptr inbounds %struct.big, ptr %agg.result, i32 0, i32 0, !dbg !79
  %0 = load double, ptr %a.addr, align 8, !dbg !80
  store double %0, ptr %d, align 8, !dbg !81
  %arrayinit.element = getelementptr inbounds double, ptr %d, i64 1, !dbg !81
  %1 = load double, ptr %a.addr, align 8, !dbg !82
  store double %1, ptr %arrayinit.element, align 8, !dbg !81
  %arrayinit.element1 = getelementptr inbounds double, ptr %d, i64 2, !dbg !81
  %2 = load double, ptr %a.addr, align 8, !dbg !83
  store double %2, ptr %arrayinit.element1, align 8, !dbg !81
  %arrayinit.element2 = getelementptr inbounds double, ptr %d, i64 3, !dbg !81
  %3 = load double, ptr %a.addr, align 8, !dbg !84
  store double %3, ptr %arrayinit.element2, align 8, !dbg !81
  %tag = getelementptr inbounds %struct.big, ptr %agg.result, i32 0, i32 1, !dbg !79
  store i8 98, ptr %tag, align 8, !dbg !79
  ret void, !dbg !85
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @point_sum(i64 %p.coerce) #0 !dbg !86 {
entry:
  %p = alloca %struct.point, align 4
  store i64 %p.coerce, ptr %p, align 4
    #dbg_declare(ptr %p, !89, !DIExpression(), !90)
  %x = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 0, !dbg !91
  %0 = load i32, ptr %x, align 4, !dbg !91
  %y = getelementptr inbounds %struct.point, ptr %p, i32 0, i32 1, !dbg !92
  %1 = load i32, ptr %y, align 4, !dbg !92
  %add = add nsw i32 %0, %1, !dbg !93
  ret i32 %add, !dbg !94
}

; Function Attrs: noinline nounwind uwtable
define dso_local double @big_first(ptr noundef byval(%struct.big) align 8 %b) #0 !dbg !95 {
entry:
    #dbg_declare(ptr %b, !98, !DIExpression(), !99)
  %d = getelementptr inbounds %struct.big, ptr %b, i32 0, i32 0, !dbg !100
  %arrayidx = getelementptr inbounds [4 x double], ptr %d, i64 0, i64 0, !dbg !101
  %0 = load double, ptr %arrayidx, align 8, !dbg !101
  %tag = getelementptr inbounds %struct.big, ptr %b, i32 0, i32 1, !dbg !102
  %1 = load i8, ptr %tag, align 8, !dbg !102
  %conv = sext i8 %1 to i32, !dbg !103
  %conv1 = sitofp i32 %conv to double, !dbg !103
  %add = fadd double %0, %conv1, !dbg !104
  ret double %add, !dbg !105
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @flag_mode(ptr noundef %f) #0 !dbg !106 {
entry:
  %f.addr = alloca ptr, align 8
  store ptr %f, ptr %f.addr, align 8
    #dbg_declare(ptr %f.addr, !119, !DIExpression(), !120)
  %0 = load ptr, ptr %f.addr, align 8, !dbg !121
  %bf.load = load i8, ptr %0, align 8, !dbg !122
  %bf.clear = and i8 %bf.load, -2, !dbg !122
  %bf.set = or i8 %bf.clear, 1, !dbg !122
  store i8 %bf.set, ptr %0, align 8, !dbg !122
  %1 = load ptr, ptr %f.addr, align 8, !dbg !123
  %wide = getelementptr inbounds %struct.flags, ptr %1, i32 0, i32 1, !dbg !124
  %bf.load1 = load i64, ptr %wide, align 8, !dbg !125
  %bf.clear2 = and i64 %bf.load1, -1099511627776, !dbg !125
  %bf.set3 = or i64 %bf.clear2, 4886718345, !dbg !125
  store i64 %bf.set3, ptr %wide, align 8, !dbg !125
  %2 = load ptr, ptr %f.addr, align 8, !dbg !126
  %bf.load4 = load i8, ptr %2, align 8, !dbg !127
  %bf.lshr = lshr i8 %bf.load4, 1, !dbg !127
  %bf.clear5 = and i8 %bf.lshr, 7, !dbg !127
  %bf.cast = zext i8 %bf.clear5 to i32, !dbg !127
  %3 = load ptr, ptr %f.addr, align 8, !dbg !128
  %bf.load6 = load i8, ptr %3, align 8, !dbg !129
  %bf.ashr = ashr i8 %bf.load6, 4, !dbg !129
  %bf.cast7 = sext i8 %bf.ashr to i32, !dbg !129
  %add = add i32 %bf.cast, %bf.cast7, !dbg !130
  ret i32 %add, !dbg !131
}

; Function Attrs: noinline nounwind uwtable
define dso_local float @value_as_float(ptr %v.coerce) #0 !dbg !132 {
entry:
  %v = alloca %union.value, align 8
  %coerce.dive = getelementptr inbounds %union.value, ptr %v, i32 0, i32 0
  store ptr %v.coerce, ptr %coerce.dive, align 8
    #dbg_declare(ptr %v, !146, !DIExpression(), !147)
  %0 = load float, ptr %v, align 8, !dbg !148
  ret float %0, !dbg !149
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @tagged_int(ptr noundef %t) #0 !dbg !150 {
entry:
  %t.addr = alloca ptr, align 8
  store ptr %t, ptr %t.addr, align 8
    #dbg_declare(ptr %t.addr, !159, !DIExpression(), !160)
  %0 = load ptr, ptr %t.addr, align 8, !dbg !161
  %kind = getelementptr inbounds %struct.tagged, ptr %0, i32 0, i32 0, !dbg !162
  %1 = load i32, ptr %kind, align 8, !dbg !162
  %cmp = icmp eq i32 %1, 0, !dbg !163
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !161

cond.true:                                        ; preds = %entry
  %2 = load ptr, ptr %t.addr, align 8, !dbg !164
  %v = getelementptr inbounds %struct.tagged, ptr %2, i32 0, i32 1, !dbg !165
  %3 = load i32, ptr %v, align 8, !dbg !166
  br label %cond.end, !dbg !161

cond.false:                                       ; preds = %entry
  br label %cond.end, !dbg !161

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %3, %cond.true ], [ -1, %cond.false ], !dbg !161
  ret i32 %cond, !dbg !167
}

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @packet_size(ptr noundef %p) #0 !dbg !168 {
entry:
  %p.addr = alloca ptr, align 8
  store ptr %p, ptr %p.addr, align 8
    #dbg_declare(ptr %p.addr, !191, !DIExpression(), !192)
  %0 = load ptr, ptr %p.addr, align 8, !dbg !193
  %len = getelementptr inbounds %struct.packet, ptr %0, i32 0, i32 0, !dbg !194
  %1 = load i16, ptr %len, align 2, !dbg !194
  %conv = zext i16 %1 to i64, !dbg !193
  %add = add i64 4, %conv, !dbg !195
  ret i64 %add, !dbg !196
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @packed_get(ptr noundef %h) #0 !dbg !197 {
entry:
  %h.addr = alloca ptr, align 8
  store ptr %h, ptr %h.addr, align 8
    #dbg_declare(ptr %h.addr, !207, !DIExpression(), !208)
  %0 = load ptr, ptr %h.addr, align 8, !dbg !209
  %i = getelementptr inbounds %struct.packed_hdr, ptr %0, i32 0, i32 1, !dbg !210
  %1 = load i32, ptr %i, align 1, !dbg !210
  %2 = load ptr, ptr %h.addr, align 8, !dbg !211
  %s = getelementptr inbounds %struct.packed_hdr, ptr %2, i32 0, i32 2, !dbg !212
  %3 = load i16, ptr %s, align 1, !dbg !212
  %conv = sext i16 %3 to i32, !dbg !211
  %add = add nsw i32 %1, %conv, !dbg !213
  ret i32 %add, !dbg !214
}

; Function Attrs: noinline nounwind uwtable
define dso_local signext i8 @aligned_get(i8 %a.coerce) #0 !dbg !215 {
entry:
  %a = alloca %struct.aligned16, align 16
  %coerce.dive = getelementptr inbounds %struct.aligned16, ptr %a, i32 0, i32 0
  store i8 %a.coerce, ptr %coerce.dive, align 16
    #dbg_declare(ptr %a, !221, !DIExpression(), !222)
  %c = getelementptr inbounds %struct.aligned16, ptr %a, i32 0, i32 0, !dbg !223
  %0 = load i8, ptr %c, align 16, !dbg !223
  ret i8 %0, !dbg !224
}

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @outer_get(ptr noundef %o, i32 noundef %i, i32 noundef %j) #0 !dbg !225 {
entry:
  %o.addr = alloca ptr, align 8
  %i.addr = alloca i32, align 4
  %j.addr = alloca i32, align 4
  store ptr %o, ptr %o.addr, align 8
    #dbg_declare(ptr %o.addr, !246, !DIExpression(), !247)
  store i32 %i, ptr %i.addr, align 4
    #dbg_declare(ptr %i.addr, !248, !DIExpression(), !249)
  store i32 %j, ptr %j.addr, align 4
    #dbg_declare(ptr %j.addr, !250, !DIExpression(), !251)
  %0 = load ptr, ptr %o.addr, align 8, !dbg !252
  %inner = getelementptr inbounds %struct.outer, ptr %0, i32 0, i32 0, !dbg !253
  %a = getelementptr inbounds %struct.anon, ptr %inner, i32 0, i32 0, !dbg !254
  %1 = load i32, ptr %a, align 8, !dbg !254
  %conv = sext i32 %1 to i64, !dbg !252
  %2 = load ptr, ptr %o.addr, align 8, !dbg !255
  %3 = getelementptr inbounds %struct.outer, ptr %2, i32 0, i32 1, !dbg !256
  %4 = load i64, ptr %3, align 8, !dbg !256
  %add = add nsw i64 %conv, %4, !dbg !257
  %5 = load ptr, ptr %o.addr, align 8, !dbg !258
  %pts = getelementptr inbounds %struct.outer, ptr %5, i32 0, i32 3, !dbg !259
  %6 = load i32, ptr %i.addr, align 4, !dbg !260
  %idxprom = sext i32 %6 to i64, !dbg !258
  %arrayidx = getelementptr inbounds [2 x [3 x %struct.point]], ptr %pts, i64 0, i64 %idxprom, !dbg !258
  %7 = load i32, ptr %j.addr, align 4, !dbg !261
  %idxprom1 = sext i32 %7 to i64, !dbg !258
  %arrayidx2 = getelementptr inbounds [3 x %struct.point], ptr %arrayidx, i64 0, i64 %idxprom1, !dbg !258
  %y = getelementptr inbounds %struct.point, ptr %arrayidx2, i32 0, i32 1, !dbg !262
  %8 = load i32, ptr %y, align 4, !dbg !262
  %conv3 = sext i32 %8 to i64, !dbg !258
  %add4 = add nsw i64 %add, %conv3, !dbg !263
  ret i64 %add4, !dbg !264
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @handle_use(ptr noundef %h, i32 noundef %c) #0 !dbg !265 {
entry:
  %h.addr = alloca ptr, align 8
  %c.addr = alloca i32, align 4
  store ptr %h, ptr %h.addr, align 8
    #dbg_declare(ptr %h.addr, !272, !DIExpression(), !273)
  store i32 %c, ptr %c.addr, align 4
    #dbg_declare(ptr %c.addr, !274, !DIExpression(), !275)
  %0 = load ptr, ptr %h.addr, align 8, !dbg !276
  %cmp = icmp ne ptr %0, null, !dbg !277
  br i1 %cmp, label %cond.true, label %cond.false, !dbg !276

cond.true:                                        ; preds = %entry
  %1 = load i32, ptr %c.addr, align 4, !dbg !278
  br label %cond.end, !dbg !276

cond.false:                                       ; preds = %entry
  br label %cond.end, !dbg !276

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %1, %cond.true ], [ 11, %cond.false ], !dbg !276
  ret i32 %cond, !dbg !279
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @matrix_sum(i32 noundef %n, ptr noundef %m, ptr noundef align 4 dereferenceable(16) %v, ptr noalias noundef %out) #0 !dbg !280 {
entry:
  %n.addr = alloca i32, align 4
  %m.addr = alloca ptr, align 8
  %v.addr = alloca ptr, align 8
  %out.addr = alloca ptr, align 8
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !289, !DIExpression(), !290)
  store ptr %m, ptr %m.addr, align 8
    #dbg_declare(ptr %m.addr, !291, !DIExpression(), !292)
  store ptr %v, ptr %v.addr, align 8
    #dbg_declare(ptr %v.addr, !293, !DIExpression(), !294)
  store ptr %out, ptr %out.addr, align 8
    #dbg_declare(ptr %out.addr, !295, !DIExpression(), !296)
    #dbg_declare(ptr %s, !297, !DIExpression(), !298)
  store i32 0, ptr %s, align 4, !dbg !298
    #dbg_declare(ptr %i, !299, !DIExpression(), !301)
  store i32 0, ptr %i, align 4, !dbg !301
  br label %for.cond, !dbg !302

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !303
  %1 = load i32, ptr %n.addr, align 4, !dbg !305
  %cmp = icmp slt i32 %0, %1, !dbg !306
  br i1 %cmp, label %for.body, label %for.end, !dbg !307

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %m.addr, align 8, !dbg !308
  %3 = load i32, ptr %i, align 4, !dbg !309
  %idxprom = sext i32 %3 to i64, !dbg !308
  %arrayidx = getelementptr inbounds [4 x i32], ptr %2, i64 %idxprom, !dbg !308
  %4 = load ptr, ptr %v.addr, align 8, !dbg !310
  %arrayidx1 = getelementptr inbounds i32, ptr %4, i64 0, !dbg !310
  %5 = load i32, ptr %arrayidx1, align 4, !dbg !310
  %and = and i32 %5, 3, !dbg !311
  %idxprom2 = sext i32 %and to i64, !dbg !308
  %arrayidx3 = getelementptr inbounds [4 x i32], ptr %arrayidx, i64 0, i64 %idxprom2, !dbg !308
  %6 = load i32, ptr %arrayidx3, align 4, !dbg !308
  %7 = load i32, ptr %s, align 4, !dbg !312
  %add = add nsw i32 %7, %6, !dbg !312
  store i32 %add, ptr %s, align 4, !dbg !312
  br label %for.inc, !dbg !313

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4, !dbg !314
  %inc = add nsw i32 %8, 1, !dbg !314
  store i32 %inc, ptr %i, align 4, !dbg !314
  br label %for.cond, !dbg !315, !llvm.loop !316

for.end:                                          ; preds = %for.cond
  %9 = load i32, ptr %s, align 4, !dbg !319
  %conv = trunc i32 %9 to i8, !dbg !320
  %10 = load ptr, ptr %out.addr, align 8, !dbg !321
  %arrayidx4 = getelementptr inbounds i8, ptr %10, i64 0, !dbg !321
  store i8 %conv, ptr %arrayidx4, align 1, !dbg !322
  %11 = load i32, ptr %s, align 4, !dbg !323
  ret i32 %11, !dbg !324
}

; Function Attrs: noinline nounwind uwtable
define dso_local ptr @names() #0 !dbg !2 {
entry:
  ret ptr @names.n, !dbg !325
}

; Function Attrs: noinline nounwind uwtable
define dso_local ptr @vol_ptr(ptr noundef %pp) #0 !dbg !326 {
entry:
  %pp.addr = alloca ptr, align 8
  store ptr %pp, ptr %pp.addr, align 8
    #dbg_declare(ptr %pp.addr, !334, !DIExpression(), !335)
  %0 = load ptr, ptr %pp.addr, align 8, !dbg !336
  %1 = load volatile ptr, ptr %0, align 8, !dbg !337
  ret ptr %1, !dbg !338
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!11}
!llvm.module.flags = !{!38, !39, !40, !41, !42, !43, !44}
!llvm.ident = !{!45}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "n", scope: !2, file: !3, line: 48, type: !35, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "names", scope: !3, file: !3, line: 48, type: !4, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11)
!3 = !DIFile(filename: "structs.c", directory: "/src", checksumkind: CSK_MD5, checksum: "3fd96f36fc75273d25e077d374c55eff")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64)
!7 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!8 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64)
!9 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !12, retainedTypes: !24, globals: !27, splitDebugInlining: false, nameTableKind: None)
!12 = !{!13, !19}
!13 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "kind", file: !3, line: 17, baseType: !14, size: 32, elements: !15)
!14 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!15 = !{!16, !17, !18}
!16 = !DIEnumerator(name: "K_INT", value: 0)
!17 = !DIEnumerator(name: "K_FLOAT", value: 5)
!18 = !DIEnumerator(name: "K_PTR", value: 6)
!19 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 28, baseType: !14, size: 32, elements: !20)
!20 = !{!21, !22, !23}
!21 = !DIEnumerator(name: "RED", value: 0)
!22 = !DIEnumerator(name: "GREEN", value: 10)
!23 = !DIEnumerator(name: "BLUE", value: 11)
!24 = !{!14, !25, !26}
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!27 = !{!28, !33, !0}
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(scope: null, file: !3, line: 48, type: !30, isLocal: true, isDefinition: true)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 16, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 2)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(scope: null, file: !3, line: 48, type: !30, isLocal: true, isDefinition: true)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !7, size: 192, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 3)
!38 = !{i32 7, !"Dwarf Version", i32 5}
!39 = !{i32 2, !"Debug Info Version", i32 3}
!40 = !{i32 1, !"wchar_size", i32 4}
!41 = !{i32 8, !"PIC Level", i32 2}
!42 = !{i32 7, !"PIE Level", i32 2}
!43 = !{i32 7, !"uwtable", i32 2}
!44 = !{i32 7, !"frame-pointer", i32 2}
!45 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!46 = distinct !DISubprogram(name: "make_point", scope: !3, file: !3, line: 30, type: !47, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!47 = !DISubroutineType(types: !48)
!48 = !{!49, !25, !25}
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "point", file: !3, line: 6, size: 64, elements: !50)
!50 = !{!51, !52}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !49, file: !3, line: 6, baseType: !25, size: 32)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !49, file: !3, line: 6, baseType: !25, size: 32, offset: 32)
!53 = !{}
!54 = !DILocalVariable(name: "x", arg: 1, scope: !46, file: !3, line: 30, type: !25)
!55 = !DILocation(line: 30, column: 29, scope: !46)
!56 = !DILocalVariable(name: "y", arg: 2, scope: !46, file: !3, line: 30, type: !25)
!57 = !DILocation(line: 30, column: 36, scope: !46)
!58 = !DILocalVariable(name: "p", scope: !46, file: !3, line: 30, type: !49)
!59 = !DILocation(line: 30, column: 54, scope: !46)
!60 = !DILocation(line: 30, column: 58, scope: !46)
!61 = !DILocation(line: 30, column: 59, scope: !46)
!62 = !DILocation(line: 30, column: 62, scope: !46)
!63 = !DILocation(line: 30, column: 66, scope: !46)
!64 = distinct !DISubprogram(name: "make_big", scope: !3, file: !3, line: 31, type: !65, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!65 = !DISubroutineType(types: !66)
!66 = !{!67, !71}
!67 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !3, line: 7, size: 320, elements: !68)
!68 = !{!69, !74}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !67, file: !3, line: 7, baseType: !70, size: 256)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !71, size: 256, elements: !72)
!71 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!72 = !{!73}
!73 = !DISubrange(count: 4)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !67, file: !3, line: 7, baseType: !10, size: 8, offset: 256)
!75 = !DILocalVariable(name: "a", arg: 1, scope: !64, file: !3, line: 31, type: !71)
!76 = !DILocation(line: 31, column: 28, scope: !64)
!77 = !DILocalVariable(name: "b", scope: !64, file: !3, line: 31, type: !67)
!78 = !DILocation(line: 31, column: 44, scope: !64)
!79 = !DILocation(line: 31, column: 48, scope: !64)
!80 = !DILocation(line: 31, column: 50, scope: !64)
!81 = !DILocation(line: 31, column: 49, scope: !64)
!82 = !DILocation(line: 31, column: 53, scope: !64)
!83 = !DILocation(line: 31, column: 56, scope: !64)
!84 = !DILocation(line: 31, column: 59, scope: !64)
!85 = !DILocation(line: 31, column: 69, scope: !64)
!86 = distinct !DISubprogram(name: "point_sum", scope: !3, file: !3, line: 32, type: !87, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!87 = !DISubroutineType(types: !88)
!88 = !{!25, !49}
!89 = !DILocalVariable(name: "p", arg: 1, scope: !86, file: !3, line: 32, type: !49)
!90 = !DILocation(line: 32, column: 28, scope: !86)
!91 = !DILocation(line: 32, column: 42, scope: !86)
!92 = !DILocation(line: 32, column: 48, scope: !86)
!93 = !DILocation(line: 32, column: 44, scope: !86)
!94 = !DILocation(line: 32, column: 33, scope: !86)
!95 = distinct !DISubprogram(name: "big_first", scope: !3, file: !3, line: 33, type: !96, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!96 = !DISubroutineType(types: !97)
!97 = !{!71, !67}
!98 = !DILocalVariable(name: "b", arg: 1, scope: !95, file: !3, line: 33, type: !67)
!99 = !DILocation(line: 33, column: 29, scope: !95)
!100 = !DILocation(line: 33, column: 43, scope: !95)
!101 = !DILocation(line: 33, column: 41, scope: !95)
!102 = !DILocation(line: 33, column: 52, scope: !95)
!103 = !DILocation(line: 33, column: 50, scope: !95)
!104 = !DILocation(line: 33, column: 48, scope: !95)
!105 = !DILocation(line: 33, column: 34, scope: !95)
!106 = distinct !DISubprogram(name: "flag_mode", scope: !3, file: !3, line: 34, type: !107, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!107 = !DISubroutineType(types: !108)
!108 = !{!14, !109}
!109 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !110, size: 64)
!110 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "flags", file: !3, line: 8, size: 128, elements: !111)
!111 = !{!112, !113, !114, !115, !117}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "ready", scope: !110, file: !3, line: 9, baseType: !14, size: 1, flags: DIFlagBitField, extraData: i64 0)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !110, file: !3, line: 10, baseType: !14, size: 3, offset: 1, flags: DIFlagBitField, extraData: i64 0)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "level", scope: !110, file: !3, line: 11, baseType: !25, size: 4, offset: 4, flags: DIFlagBitField, extraData: i64 0)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "wide", scope: !110, file: !3, line: 13, baseType: !116, size: 40, offset: 64, flags: DIFlagBitField, extraData: i64 64)
!116 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "ok", scope: !110, file: !3, line: 14, baseType: !118, size: 1, offset: 104, flags: DIFlagBitField, extraData: i64 64)
!118 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!119 = !DILocalVariable(name: "f", arg: 1, scope: !106, file: !3, line: 34, type: !109)
!120 = !DILocation(line: 34, column: 34, scope: !106)
!121 = !DILocation(line: 34, column: 39, scope: !106)
!122 = !DILocation(line: 34, column: 48, scope: !106)
!123 = !DILocation(line: 34, column: 53, scope: !106)
!124 = !DILocation(line: 34, column: 56, scope: !106)
!125 = !DILocation(line: 34, column: 61, scope: !106)
!126 = !DILocation(line: 34, column: 86, scope: !106)
!127 = !DILocation(line: 34, column: 89, scope: !106)
!128 = !DILocation(line: 34, column: 106, scope: !106)
!129 = !DILocation(line: 34, column: 109, scope: !106)
!130 = !DILocation(line: 34, column: 94, scope: !106)
!131 = !DILocation(line: 34, column: 79, scope: !106)
!132 = distinct !DISubprogram(name: "value_as_float", scope: !3, file: !3, line: 35, type: !133, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!133 = !DISubroutineType(types: !134)
!134 = !{!135, !136}
!135 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!136 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "value", file: !3, line: 16, size: 64, elements: !137)
!137 = !{!138, !139, !140, !142}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !136, file: !3, line: 16, baseType: !25, size: 32)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !136, file: !3, line: 16, baseType: !135, size: 32)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !136, file: !3, line: 16, baseType: !141, size: 64)
!141 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "bytes", scope: !136, file: !3, line: 16, baseType: !143, size: 64)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 64, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 8)
!146 = !DILocalVariable(name: "v", arg: 1, scope: !132, file: !3, line: 35, type: !136)
!147 = !DILocation(line: 35, column: 34, scope: !132)
!148 = !DILocation(line: 35, column: 48, scope: !132)
!149 = !DILocation(line: 35, column: 39, scope: !132)
!150 = distinct !DISubprogram(name: "tagged_int", scope: !3, file: !3, line: 36, type: !151, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!151 = !DISubroutineType(types: !152)
!152 = !{!25, !153}
!153 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !154, size: 64)
!154 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !155)
!155 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "tagged", file: !3, line: 17, size: 128, elements: !156)
!156 = !{!157, !158}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !155, file: !3, line: 17, baseType: !13, size: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !155, file: !3, line: 17, baseType: !136, size: 64, offset: 64)
!159 = !DILocalVariable(name: "t", arg: 1, scope: !150, file: !3, line: 36, type: !153)
!160 = !DILocation(line: 36, column: 37, scope: !150)
!161 = !DILocation(line: 36, column: 49, scope: !150)
!162 = !DILocation(line: 36, column: 52, scope: !150)
!163 = !DILocation(line: 36, column: 57, scope: !150)
!164 = !DILocation(line: 36, column: 68, scope: !150)
!165 = !DILocation(line: 36, column: 71, scope: !150)
!166 = !DILocation(line: 36, column: 73, scope: !150)
!167 = !DILocation(line: 36, column: 42, scope: !150)
!168 = distinct !DISubprogram(name: "packet_size", scope: !3, file: !3, line: 37, type: !169, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!169 = !DISubroutineType(types: !170)
!170 = !{!171, !174}
!171 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !172, line: 18, baseType: !173)
!172 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!173 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!174 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !175, size: 64)
!175 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !176)
!176 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "packet", file: !3, line: 18, size: 32, elements: !177)
!177 = !{!178, !184, !187}
!178 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !176, file: !3, line: 18, baseType: !179, size: 16)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !180, line: 25, baseType: !181)
!180 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!181 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !182, line: 40, baseType: !183)
!182 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!183 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !176, file: !3, line: 18, baseType: !185, size: 8, offset: 16)
!185 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !180, line: 24, baseType: !186)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !182, line: 38, baseType: !26)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !176, file: !3, line: 18, baseType: !188, offset: 24)
!188 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, elements: !189)
!189 = !{!190}
!190 = !DISubrange(count: -1)
!191 = !DILocalVariable(name: "p", arg: 1, scope: !168, file: !3, line: 37, type: !174)
!192 = !DILocation(line: 37, column: 41, scope: !168)
!193 = !DILocation(line: 37, column: 65, scope: !168)
!194 = !DILocation(line: 37, column: 68, scope: !168)
!195 = !DILocation(line: 37, column: 63, scope: !168)
!196 = !DILocation(line: 37, column: 46, scope: !168)
!197 = distinct !DISubprogram(name: "packed_get", scope: !3, file: !3, line: 38, type: !198, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!198 = !DISubroutineType(types: !199)
!199 = !{!25, !200}
!200 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !201, size: 64)
!201 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "packed_hdr", file: !3, line: 19, size: 56, elements: !202)
!202 = !{!203, !204, !205}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !201, file: !3, line: 19, baseType: !10, size: 8)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !201, file: !3, line: 19, baseType: !25, size: 32, offset: 8)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !201, file: !3, line: 19, baseType: !206, size: 16, offset: 40)
!206 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!207 = !DILocalVariable(name: "h", arg: 1, scope: !197, file: !3, line: 38, type: !200)
!208 = !DILocation(line: 38, column: 35, scope: !197)
!209 = !DILocation(line: 38, column: 47, scope: !197)
!210 = !DILocation(line: 38, column: 50, scope: !197)
!211 = !DILocation(line: 38, column: 54, scope: !197)
!212 = !DILocation(line: 38, column: 57, scope: !197)
!213 = !DILocation(line: 38, column: 52, scope: !197)
!214 = !DILocation(line: 38, column: 40, scope: !197)
!215 = distinct !DISubprogram(name: "aligned_get", scope: !3, file: !3, line: 39, type: !216, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!216 = !DISubroutineType(types: !217)
!217 = !{!10, !218}
!218 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "aligned16", file: !3, line: 20, size: 128, align: 128, elements: !219)
!219 = !{!220}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !218, file: !3, line: 20, baseType: !10, size: 8)
!221 = !DILocalVariable(name: "a", arg: 1, scope: !215, file: !3, line: 39, type: !218)
!222 = !DILocation(line: 39, column: 35, scope: !215)
!223 = !DILocation(line: 39, column: 49, scope: !215)
!224 = !DILocation(line: 39, column: 40, scope: !215)
!225 = distinct !DISubprogram(name: "outer_get", scope: !3, file: !3, line: 40, type: !226, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!226 = !DISubroutineType(types: !227)
!227 = !{!228, !229, !25, !25}
!228 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!229 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !230, size: 64)
!230 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "outer", file: !3, line: 21, size: 576, elements: !231)
!231 = !{!232, !237, !242, !243}
!232 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !230, file: !3, line: 22, baseType: !233, size: 64)
!233 = distinct !DICompositeType(tag: DW_TAG_structure_type, scope: !230, file: !3, line: 22, size: 64, elements: !234)
!234 = !{!235, !236}
!235 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !233, file: !3, line: 22, baseType: !25, size: 32)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !233, file: !3, line: 22, baseType: !25, size: 32, offset: 32)
!237 = !DIDerivedType(tag: DW_TAG_member, scope: !230, file: !3, line: 23, baseType: !238, size: 64, offset: 64)
!238 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !230, file: !3, line: 23, size: 64, elements: !239)
!239 = !{!240, !241}
!240 = !DIDerivedType(tag: DW_TAG_member, name: "l", scope: !238, file: !3, line: 23, baseType: !228, size: 64)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !238, file: !3, line: 23, baseType: !71, size: 64)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !230, file: !3, line: 24, baseType: !8, size: 64, offset: 128)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "pts", scope: !230, file: !3, line: 25, baseType: !244, size: 384, offset: 192)
!244 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 384, elements: !245)
!245 = !{!32, !37}
!246 = !DILocalVariable(name: "o", arg: 1, scope: !225, file: !3, line: 40, type: !229)
!247 = !DILocation(line: 40, column: 30, scope: !225)
!248 = !DILocalVariable(name: "i", arg: 2, scope: !225, file: !3, line: 40, type: !25)
!249 = !DILocation(line: 40, column: 37, scope: !225)
!250 = !DILocalVariable(name: "j", arg: 3, scope: !225, file: !3, line: 40, type: !25)
!251 = !DILocation(line: 40, column: 44, scope: !225)
!252 = !DILocation(line: 40, column: 56, scope: !225)
!253 = !DILocation(line: 40, column: 59, scope: !225)
!254 = !DILocation(line: 40, column: 65, scope: !225)
!255 = !DILocation(line: 40, column: 69, scope: !225)
!256 = !DILocation(line: 40, column: 72, scope: !225)
!257 = !DILocation(line: 40, column: 67, scope: !225)
!258 = !DILocation(line: 40, column: 76, scope: !225)
!259 = !DILocation(line: 40, column: 79, scope: !225)
!260 = !DILocation(line: 40, column: 83, scope: !225)
!261 = !DILocation(line: 40, column: 86, scope: !225)
!262 = !DILocation(line: 40, column: 89, scope: !225)
!263 = !DILocation(line: 40, column: 74, scope: !225)
!264 = !DILocation(line: 40, column: 49, scope: !225)
!265 = distinct !DISubprogram(name: "handle_use", scope: !3, file: !3, line: 41, type: !266, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!266 = !DISubroutineType(types: !267)
!267 = !{!25, !268, !271}
!268 = !DIDerivedType(tag: DW_TAG_typedef, name: "handle_t", file: !3, line: 27, baseType: !269)
!269 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !270, size: 64)
!270 = !DICompositeType(tag: DW_TAG_structure_type, name: "opaque_handle", file: !3, line: 27, flags: DIFlagFwdDecl)
!271 = !DIDerivedType(tag: DW_TAG_typedef, name: "color_t", file: !3, line: 28, baseType: !19)
!272 = !DILocalVariable(name: "h", arg: 1, scope: !265, file: !3, line: 41, type: !268)
!273 = !DILocation(line: 41, column: 25, scope: !265)
!274 = !DILocalVariable(name: "c", arg: 2, scope: !265, file: !3, line: 41, type: !271)
!275 = !DILocation(line: 41, column: 36, scope: !265)
!276 = !DILocation(line: 41, column: 48, scope: !265)
!277 = !DILocation(line: 41, column: 50, scope: !265)
!278 = !DILocation(line: 41, column: 62, scope: !265)
!279 = !DILocation(line: 41, column: 41, scope: !265)
!280 = distinct !DISubprogram(name: "matrix_sum", scope: !3, file: !3, line: 42, type: !281, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!281 = !DISubroutineType(types: !282)
!282 = !{!25, !25, !283, !285, !287}
!283 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !284, size: 64)
!284 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, elements: !72)
!285 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !286, size: 64)
!286 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!287 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !288)
!288 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!289 = !DILocalVariable(name: "n", arg: 1, scope: !280, file: !3, line: 42, type: !25)
!290 = !DILocation(line: 42, column: 20, scope: !280)
!291 = !DILocalVariable(name: "m", arg: 2, scope: !280, file: !3, line: 42, type: !283)
!292 = !DILocation(line: 42, column: 27, scope: !280)
!293 = !DILocalVariable(name: "v", arg: 3, scope: !280, file: !3, line: 42, type: !285)
!294 = !DILocation(line: 42, column: 45, scope: !280)
!295 = !DILocalVariable(name: "out", arg: 4, scope: !280, file: !3, line: 42, type: !287)
!296 = !DILocation(line: 42, column: 82, scope: !280)
!297 = !DILocalVariable(name: "s", scope: !280, file: !3, line: 43, type: !25)
!298 = !DILocation(line: 43, column: 9, scope: !280)
!299 = !DILocalVariable(name: "i", scope: !300, file: !3, line: 44, type: !25)
!300 = distinct !DILexicalBlock(scope: !280, file: !3, line: 44, column: 5)
!301 = !DILocation(line: 44, column: 14, scope: !300)
!302 = !DILocation(line: 44, column: 10, scope: !300)
!303 = !DILocation(line: 44, column: 21, scope: !304)
!304 = distinct !DILexicalBlock(scope: !300, file: !3, line: 44, column: 5)
!305 = !DILocation(line: 44, column: 25, scope: !304)
!306 = !DILocation(line: 44, column: 23, scope: !304)
!307 = !DILocation(line: 44, column: 5, scope: !300)
!308 = !DILocation(line: 44, column: 38, scope: !304)
!309 = !DILocation(line: 44, column: 40, scope: !304)
!310 = !DILocation(line: 44, column: 43, scope: !304)
!311 = !DILocation(line: 44, column: 48, scope: !304)
!312 = !DILocation(line: 44, column: 35, scope: !304)
!313 = !DILocation(line: 44, column: 33, scope: !304)
!314 = !DILocation(line: 44, column: 29, scope: !304)
!315 = !DILocation(line: 44, column: 5, scope: !304)
!316 = distinct !{!316, !307, !317, !318}
!317 = !DILocation(line: 44, column: 51, scope: !300)
!318 = !{!"llvm.loop.mustprogress"}
!319 = !DILocation(line: 45, column: 29, scope: !280)
!320 = !DILocation(line: 45, column: 14, scope: !280)
!321 = !DILocation(line: 45, column: 5, scope: !280)
!322 = !DILocation(line: 45, column: 12, scope: !280)
!323 = !DILocation(line: 46, column: 12, scope: !280)
!324 = !DILocation(line: 46, column: 5, scope: !280)
!325 = !DILocation(line: 48, column: 80, scope: !2)
!326 = distinct !DISubprogram(name: "vol_ptr", scope: !3, file: !3, line: 49, type: !327, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !53)
!327 = !DISubroutineType(types: !328)
!328 = !{!329, !331}
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !330, size: 64)
!330 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !25)
!331 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !332, size: 64)
!332 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !333)
!333 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!334 = !DILocalVariable(name: "pp", arg: 1, scope: !326, file: !3, line: 49, type: !331)
!335 = !DILocation(line: 49, column: 38, scope: !326)
!336 = !DILocation(line: 49, column: 52, scope: !326)
!337 = !DILocation(line: 49, column: 51, scope: !326)
!338 = !DILocation(line: 49, column: 44, scope: !326)
