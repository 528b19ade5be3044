; ModuleID = 'attrs.c'
source_filename = "attrs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@in_section = dso_local local_unnamed_addr global i32 42, section ".mydata", align 4, !dbg !0
@hidden_var = hidden local_unnamed_addr global i32 0, align 4, !dbg !8
@llvm.global_ctors = appending global [0 x { i32, ptr, ptr }] zeroinitializer

@alias_add = dso_local alias i32 (i32, i32), ptr @impl_add

@fast_add = dso_local ifunc i32 (i32, i32), ptr @resolve_add

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @impl_add(i32 noundef %a, i32 noundef %b) #0 !dbg !21 {
entry:
    #dbg_value(i32 %a, !25, !DIExpression(), !27)
    #dbg_value(i32 %b, !26, !DIExpression(), !27)
  %add = add nsw i32 %b, %a, !dbg !28
  ret i32 %add, !dbg !29
}

; Function Attrs: nounwind uwtable
define weak dso_local i32 @weak_hook(i32 noundef %x) local_unnamed_addr #1 !dbg !30 {
entry:
    #dbg_value(i32 %x, !34, !DIExpression(), !35)
  ret i32 %x, !dbg !36
}

; Function Attrs: nounwind uwtable
define dso_local i64 @cycles() local_unnamed_addr #1 !dbg !37 {
entry:
  %0 = tail call { i32, i32 } asm sideeffect "rdtsc", "={ax},={dx},~{dirflag},~{fpsr},~{flags}"() #4, !dbg !44, !srcloc !45
  %asmresult = extractvalue { i32, i32 } %0, 0, !dbg !44
  %asmresult1 = extractvalue { i32, i32 } %0, 1, !dbg !44
    #dbg_value(i32 %asmresult, !41, !DIExpression(), !46)
    #dbg_value(i32 %asmresult1, !43, !DIExpression(), !46)
  %conv = zext i32 %asmresult1 to i64, !dbg !47
  %shl = shl nuw i64 %conv, 32, !dbg !48
  %conv2 = zext i32 %asmresult to i64, !dbg !49
  %or = or disjoint i64 %shl, %conv2, !dbg !50
  ret i64 %or, !dbg !51
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 2) i32 @asm_goto(i32 noundef %x) local_unnamed_addr #1 !dbg !52 {
entry:
    #dbg_value(i32 %x, !54, !DIExpression(), !56)
  callbr void asm sideeffect "testl $0, $0; jne ${1:l}", "r,!i,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %x) #4
          to label %return [label %nonzero], !dbg !57, !srcloc !58

nonzero:                                          ; preds = %entry
    #dbg_label(!55, !59)
  br label %return, !dbg !60

return:                                           ; preds = %entry, %nonzero
  %retval.0 = phi i32 [ 1, %nonzero ], [ 0, %entry ], !dbg !56
  ret i32 %retval.0, !dbg !61
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <4 x float> @swizzle(<4 x float> noundef %v) local_unnamed_addr #2 !dbg !62 {
entry:
    #dbg_value(<4 x float> %v, !71, !DIExpression(), !72)
  %0 = fmul <4 x float> %v, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, !dbg !73
  %mul = shufflevector <4 x float> %0, <4 x float> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>, !dbg !73
  ret <4 x float> %mul, !dbg !74
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x i32> @vadd(<4 x i32> noundef %a, <4 x i32> noundef %b) local_unnamed_addr #2 !dbg !75 {
entry:
    #dbg_value(<4 x i32> %a, !81, !DIExpression(), !83)
    #dbg_value(<4 x i32> %b, !82, !DIExpression(), !83)
  %add = add <4 x i32> %b, %a, !dbg !84
  ret <4 x i32> %add, !dbg !85
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @lane(<4 x float> noundef %v, i32 noundef %i) local_unnamed_addr #2 !dbg !86 {
entry:
    #dbg_value(<4 x float> %v, !90, !DIExpression(), !92)
    #dbg_value(i32 %i, !91, !DIExpression(), !92)
  %vecext = extractelement <4 x float> %v, i32 %i, !dbg !93
  ret float %vecext, !dbg !94
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @mul128(i64 noundef %a.coerce0, i64 noundef %a.coerce1, i64 noundef %b.coerce0, i64 noundef %b.coerce1) local_unnamed_addr #0 !dbg !95 {
entry:
  %a.sroa.2.0.insert.ext = zext i64 %a.coerce1 to i128
  %a.sroa.2.0.insert.shift = shl nuw i128 %a.sroa.2.0.insert.ext, 64
  %a.sroa.0.0.insert.ext = zext i64 %a.coerce0 to i128
  %a.sroa.0.0.insert.insert = or disjoint i128 %a.sroa.2.0.insert.shift, %a.sroa.0.0.insert.ext
  %b.sroa.2.0.insert.ext = zext i64 %b.coerce1 to i128
  %b.sroa.2.0.insert.shift = shl nuw i128 %b.sroa.2.0.insert.ext, 64
  %b.sroa.0.0.insert.ext = zext i64 %b.coerce0 to i128
  %b.sroa.0.0.insert.insert = or disjoint i128 %b.sroa.2.0.insert.shift, %b.sroa.0.0.insert.ext
    #dbg_value(i128 %a.sroa.0.0.insert.insert, !100, !DIExpression(), !102)
    #dbg_value(i128 %b.sroa.0.0.insert.insert, !101, !DIExpression(), !102)
  %mul = mul nsw i128 %b.sroa.0.0.insert.insert, %a.sroa.0.0.insert.insert, !dbg !103
  %retval.sroa.0.0.extract.trunc = trunc i128 %mul to i64, !dbg !104
  %retval.sroa.2.0.extract.shift = lshr i128 %mul, 64, !dbg !104
  %retval.sroa.2.0.extract.trunc = trunc nuw i128 %retval.sroa.2.0.extract.shift to i64, !dbg !104
  %.fca.0.insert = insertvalue { i64, i64 } poison, i64 %retval.sroa.0.0.extract.trunc, 0, !dbg !104
  %.fca.1.insert = insertvalue { i64, i64 } %.fca.0.insert, i64 %retval.sroa.2.0.extract.trunc, 1, !dbg !104
  ret { i64, i64 } %.fca.1.insert, !dbg !104
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @ld_half(x86_fp80 noundef %x) local_unnamed_addr #0 !dbg !105 {
entry:
    #dbg_value(x86_fp80 %x, !110, !DIExpression(DW_OP_LLVM_fragment, 0, 80), !111)
  %div = fmul x86_fp80 %x, 0xK3FFE8000000000000000, !dbg !112
  ret x86_fp80 %div, !dbg !113
}

; Function Attrs: nounwind uwtable
define dso_local { double, double } @cmul(double noundef %a.coerce0, double noundef %a.coerce1, double noundef %b.coerce0, double noundef %b.coerce1) local_unnamed_addr #1 !dbg !114 {
entry:
    #dbg_value(double %a.coerce0, !119, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !121)
    #dbg_value(double %a.coerce1, !119, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !121)
    #dbg_value(double %b.coerce0, !120, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !121)
    #dbg_value(double %b.coerce1, !120, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !121)
  %mul_ac = fmul double %a.coerce0, %b.coerce0, !dbg !122
  %mul_bd = fmul double %a.coerce1, %b.coerce1, !dbg !122
  %mul_ad = fmul double %a.coerce0, %b.coerce1, !dbg !122
  %mul_bc = fmul double %a.coerce1, %b.coerce0, !dbg !122
  %mul_r = fsub double %mul_ac, %mul_bd, !dbg !122
  %mul_i = fadd double %mul_bc, %mul_ad, !dbg !122
  %isnan_cmp = fcmp uno double %mul_r, 0.000000e+00, !dbg !122
  br i1 %isnan_cmp, label %complex_mul_imag_nan, label %complex_mul_cont, !dbg !122, !prof !123

complex_mul_imag_nan:                             ; preds = %entry
  %isnan_cmp1 = fcmp uno double %mul_i, 0.000000e+00, !dbg !122
  br i1 %isnan_cmp1, label %complex_mul_libcall, label %complex_mul_cont, !dbg !122, !prof !123

complex_mul_libcall:                              ; preds = %complex_mul_imag_nan
  %call = tail call { double, double } @__muldc3(double noundef %a.coerce0, double noundef %a.coerce1, double noundef %b.coerce0, double noundef %b.coerce1) #4, !dbg !122
  %0 = extractvalue { double, double } %call, 0, !dbg !122
  %1 = extractvalue { double, double } %call, 1, !dbg !122
  br label %complex_mul_cont, !dbg !122

complex_mul_cont:                                 ; preds = %complex_mul_libcall, %complex_mul_imag_nan, %entry
  %real_mul_phi = phi double [ %mul_r, %entry ], [ %mul_r, %complex_mul_imag_nan ], [ %0, %complex_mul_libcall ], !dbg !122
  %imag_mul_phi = phi double [ %mul_i, %entry ], [ %mul_i, %complex_mul_imag_nan ], [ %1, %complex_mul_libcall ], !dbg !122
  %.fca.0.insert = insertvalue { double, double } poison, double %real_mul_phi, 0, !dbg !124
  %.fca.1.insert = insertvalue { double, double } %.fca.0.insert, double %imag_mul_phi, 1, !dbg !124
  ret { double, double } %.fca.1.insert, !dbg !124
}

declare { double, double } @__muldc3(double, double, double, double) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local zeroext i1 @is_set(i64 noundef %flags, i32 noundef %bit) local_unnamed_addr #0 !dbg !125 {
entry:
    #dbg_value(i64 %flags, !134, !DIExpression(), !136)
    #dbg_value(i32 %bit, !135, !DIExpression(), !136)
  %sh_prom = zext nneg i32 %bit to i64, !dbg !137
  %0 = shl nuw i64 1, %sh_prom, !dbg !138
  %1 = and i64 %0, %flags, !dbg !138
  %tobool = icmp ne i64 %1, 0, !dbg !138
  ret i1 %tobool, !dbg !139
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, -2147483648) i32 @likely_pos(i32 noundef %x) local_unnamed_addr #0 !dbg !140 {
entry:
    #dbg_value(i32 %x, !142, !DIExpression(), !143)
  %cmp = icmp sgt i32 %x, 0, !dbg !144
  br i1 %cmp, label %cond.end, label %cond.false, !dbg !145, !prof !146

cond.false:                                       ; preds = %entry
  %sub = sub nsw i32 0, %x, !dbg !147
  br label %cond.end, !dbg !145

cond.end:                                         ; preds = %entry, %cond.false
  %cond = phi i32 [ %sub, %cond.false ], [ %x, %entry ], !dbg !145
  ret i32 %cond, !dbg !148
}

; Function Attrs: disable_sanitizer_instrumentation nounwind uwtable
define internal ptr @resolve_add() #3 !dbg !149 {
entry:
  ret ptr @add_generic, !dbg !153
}

; Function Attrs: nounwind uwtable
define internal i32 @add_generic(i32 noundef %a, i32 noundef %b) #1 !dbg !154 {
entry:
    #dbg_value(i32 %a, !156, !DIExpression(), !158)
    #dbg_value(i32 %b, !157, !DIExpression(), !158)
  %add = add nsw i32 %a, %b, !dbg !159
  ret i32 %add, !dbg !160
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { disable_sanitizer_instrumentation nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "in_section", scope: !2, file: !3, line: 14, type: !10, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !7, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "attrs.c", directory: "/src", checksumkind: CSK_MD5, checksum: "3b0abeafe2a63c4464f5ba92d543b953")
!4 = !{!5, !6}
!5 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!6 = !DIBasicType(name: "__int128", size: 128, encoding: DW_ATE_signed)
!7 = !{!0, !8, !11}
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(name: "hidden_var", scope: !2, file: !3, line: 15, type: !10, isLocal: false, isDefinition: true)
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "initialized", scope: !2, file: !3, line: 16, type: !10, isLocal: true, isDefinition: true)
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!20 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!21 = distinct !DISubprogram(name: "impl_add", scope: !3, file: !3, line: 5, type: !22, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !24)
!22 = !DISubroutineType(types: !23)
!23 = !{!10, !10, !10}
!24 = !{!25, !26}
!25 = !DILocalVariable(name: "a", arg: 1, scope: !21, file: !3, line: 5, type: !10)
!26 = !DILocalVariable(name: "b", arg: 2, scope: !21, file: !3, line: 5, type: !10)
!27 = !DILocation(line: 0, scope: !21)
!28 = !DILocation(line: 5, column: 39, scope: !21)
!29 = !DILocation(line: 5, column: 30, scope: !21)
!30 = distinct !DISubprogram(name: "weak_hook", scope: !3, file: !3, line: 7, type: !31, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !33)
!31 = !DISubroutineType(types: !32)
!32 = !{!10, !10}
!33 = !{!34}
!34 = !DILocalVariable(name: "x", arg: 1, scope: !30, file: !3, line: 7, type: !10)
!35 = !DILocation(line: 0, scope: !30)
!36 = !DILocation(line: 7, column: 46, scope: !30)
!37 = distinct !DISubprogram(name: "cycles", scope: !3, file: !3, line: 19, type: !38, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !40)
!38 = !DISubroutineType(types: !39)
!39 = !{!5}
!40 = !{!41, !43}
!41 = !DILocalVariable(name: "lo", scope: !37, file: !3, line: 20, type: !42)
!42 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!43 = !DILocalVariable(name: "hi", scope: !37, file: !3, line: 20, type: !42)
!44 = !DILocation(line: 21, column: 5, scope: !37)
!45 = !{i64 879}
!46 = !DILocation(line: 0, scope: !37)
!47 = !DILocation(line: 22, column: 13, scope: !37)
!48 = !DILocation(line: 22, column: 31, scope: !37)
!49 = !DILocation(line: 22, column: 40, scope: !37)
!50 = !DILocation(line: 22, column: 38, scope: !37)
!51 = !DILocation(line: 22, column: 5, scope: !37)
!52 = distinct !DISubprogram(name: "asm_goto", scope: !3, file: !3, line: 25, type: !31, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !53)
!53 = !{!54, !55}
!54 = !DILocalVariable(name: "x", arg: 1, scope: !52, file: !3, line: 25, type: !10)
!55 = !DILabel(scope: !52, name: "nonzero", file: !3, line: 28)
!56 = !DILocation(line: 0, scope: !52)
!57 = !DILocation(line: 26, column: 5, scope: !52)
!58 = !{i64 991}
!59 = !DILocation(line: 28, column: 1, scope: !52)
!60 = !DILocation(line: 29, column: 5, scope: !52)
!61 = !DILocation(line: 30, column: 1, scope: !52)
!62 = distinct !DISubprogram(name: "swizzle", scope: !3, file: !3, line: 34, type: !63, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !70)
!63 = !DISubroutineType(types: !64)
!64 = !{!65, !65}
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "float4", file: !3, line: 32, baseType: !66)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !67, size: 128, flags: DIFlagVector, elements: !68)
!67 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!68 = !{!69}
!69 = !DISubrange(count: 4)
!70 = !{!71}
!71 = !DILocalVariable(name: "v", arg: 1, scope: !62, file: !3, line: 34, type: !65)
!72 = !DILocation(line: 0, scope: !62)
!73 = !DILocation(line: 34, column: 42, scope: !62)
!74 = !DILocation(line: 34, column: 28, scope: !62)
!75 = distinct !DISubprogram(name: "vadd", scope: !3, file: !3, line: 35, type: !76, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !80)
!76 = !DISubroutineType(types: !77)
!77 = !{!78, !78, !78}
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "int4", file: !3, line: 33, baseType: !79)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 128, flags: DIFlagVector, elements: !68)
!80 = !{!81, !82}
!81 = !DILocalVariable(name: "a", arg: 1, scope: !75, file: !3, line: 35, type: !78)
!82 = !DILocalVariable(name: "b", arg: 2, scope: !75, file: !3, line: 35, type: !78)
!83 = !DILocation(line: 0, scope: !75)
!84 = !DILocation(line: 35, column: 38, scope: !75)
!85 = !DILocation(line: 35, column: 29, scope: !75)
!86 = distinct !DISubprogram(name: "lane", scope: !3, file: !3, line: 36, type: !87, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !89)
!87 = !DISubroutineType(types: !88)
!88 = !{!67, !65, !10}
!89 = !{!90, !91}
!90 = !DILocalVariable(name: "v", arg: 1, scope: !86, file: !3, line: 36, type: !65)
!91 = !DILocalVariable(name: "i", arg: 2, scope: !86, file: !3, line: 36, type: !10)
!92 = !DILocation(line: 0, scope: !86)
!93 = !DILocation(line: 36, column: 38, scope: !86)
!94 = !DILocation(line: 36, column: 31, scope: !86)
!95 = distinct !DISubprogram(name: "mul128", scope: !3, file: !3, line: 38, type: !96, scopeLine: 38, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !99)
!96 = !DISubroutineType(types: !97)
!97 = !{!6, !6, !98}
!98 = !DIBasicType(name: "unsigned __int128", size: 128, encoding: DW_ATE_unsigned)
!99 = !{!100, !101}
!100 = !DILocalVariable(name: "a", arg: 1, scope: !95, file: !3, line: 38, type: !6)
!101 = !DILocalVariable(name: "b", arg: 2, scope: !95, file: !3, line: 38, type: !98)
!102 = !DILocation(line: 0, scope: !95)
!103 = !DILocation(line: 38, column: 61, scope: !95)
!104 = !DILocation(line: 38, column: 52, scope: !95)
!105 = distinct !DISubprogram(name: "ld_half", scope: !3, file: !3, line: 39, type: !106, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !109)
!106 = !DISubroutineType(types: !107)
!107 = !{!108, !108}
!108 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!109 = !{!110}
!110 = !DILocalVariable(name: "x", arg: 1, scope: !105, file: !3, line: 39, type: !108)
!111 = !DILocation(line: 0, scope: !105)
!112 = !DILocation(line: 39, column: 47, scope: !105)
!113 = !DILocation(line: 39, column: 38, scope: !105)
!114 = distinct !DISubprogram(name: "cmul", scope: !3, file: !3, line: 40, type: !115, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !118)
!115 = !DISubroutineType(types: !116)
!116 = !{!117, !117, !117}
!117 = !DIBasicType(name: "complex", size: 128, encoding: DW_ATE_complex_float)
!118 = !{!119, !120}
!119 = !DILocalVariable(name: "a", arg: 1, scope: !114, file: !3, line: 40, type: !117)
!120 = !DILocalVariable(name: "b", arg: 2, scope: !114, file: !3, line: 40, type: !117)
!121 = !DILocation(line: 0, scope: !114)
!122 = !DILocation(line: 40, column: 71, scope: !114)
!123 = !{!"branch_weights", i32 1, i32 1048575}
!124 = !DILocation(line: 40, column: 62, scope: !114)
!125 = distinct !DISubprogram(name: "is_set", scope: !3, file: !3, line: 41, type: !126, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !133)
!126 = !DISubroutineType(types: !127)
!127 = !{!128, !129, !42}
!128 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !130, line: 27, baseType: !131)
!130 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!131 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !132, line: 45, baseType: !5)
!132 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!133 = !{!134, !135}
!134 = !DILocalVariable(name: "flags", arg: 1, scope: !125, file: !3, line: 41, type: !129)
!135 = !DILocalVariable(name: "bit", arg: 2, scope: !125, file: !3, line: 41, type: !42)
!136 = !DILocation(line: 0, scope: !125)
!137 = !DILocation(line: 41, column: 60, scope: !125)
!138 = !DILocation(line: 41, column: 53, scope: !125)
!139 = !DILocation(line: 41, column: 46, scope: !125)
!140 = distinct !DISubprogram(name: "likely_pos", scope: !3, file: !3, line: 42, type: !31, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !141)
!141 = !{!142}
!142 = !DILocalVariable(name: "x", arg: 1, scope: !140, file: !3, line: 42, type: !10)
!143 = !DILocation(line: 0, scope: !140)
!144 = !DILocation(line: 42, column: 51, scope: !140)
!145 = !DILocation(line: 42, column: 32, scope: !140)
!146 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!147 = !DILocation(line: 42, column: 65, scope: !140)
!148 = !DILocation(line: 42, column: 25, scope: !140)
!149 = distinct !DISubprogram(name: "resolve_add", scope: !3, file: !3, line: 11, type: !150, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!150 = !DISubroutineType(types: !151)
!151 = !{!152}
!152 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!153 = !DILocation(line: 11, column: 45, scope: !149)
!154 = distinct !DISubprogram(name: "add_generic", scope: !3, file: !3, line: 10, type: !22, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !155)
!155 = !{!156, !157}
!156 = !DILocalVariable(name: "a", arg: 1, scope: !154, file: !3, line: 10, type: !10)
!157 = !DILocalVariable(name: "b", arg: 2, scope: !154, file: !3, line: 10, type: !10)
!158 = !DILocation(line: 0, scope: !154)
!159 = !DILocation(line: 10, column: 49, scope: !154)
!160 = !DILocation(line: 10, column: 40, scope: !154)
