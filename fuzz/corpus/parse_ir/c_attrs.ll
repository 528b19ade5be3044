; ModuleID = 'attrs.c'
source_filename = "attrs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@in_section = dso_local global i32 42, section ".mydata", align 4, !dbg !0
@initialized = internal global i32 0, align 4, !dbg !11
@hidden_var = hidden global i32 0, align 4, !dbg !8
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]

@alias_add = dso_local alias i32 (i32, i32), ptr @impl_add

@fast_add = dso_local ifunc i32 (i32, i32), ptr @resolve_add

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @impl_add(i32 noundef %a, i32 noundef %b) #0 !dbg !21 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !25, !DIExpression(), !26)
  store i32 %b, ptr %b.addr, align 4
    #dbg_declare(ptr %b.addr, !27, !DIExpression(), !28)
  %0 = load i32, ptr %a.addr, align 4, !dbg !29
  %1 = load i32, ptr %b.addr, align 4, !dbg !30
  %add = add nsw i32 %0, %1, !dbg !31
  ret i32 %add, !dbg !32
}

; Function Attrs: noinline nounwind uwtable
define weak dso_local i32 @weak_hook(i32 noundef %x) #0 !dbg !33 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
    #dbg_declare(ptr %x.addr, !36, !DIExpression(), !37)
  %0 = load i32, ptr %x.addr, align 4, !dbg !38
  ret i32 %0, !dbg !39
}

; Function Attrs: noinline nounwind uwtable
define internal void @init() #0 !dbg !40 {
entry:
  store i32 1, ptr @initialized, align 4, !dbg !43
  ret void, !dbg !44
}

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @cycles() #0 !dbg !45 {
entry:
  %lo = alloca i32, align 4
  %hi = alloca i32, align 4
    #dbg_declare(ptr %lo, !48, !DIExpression(), !50)
    #dbg_declare(ptr %hi, !51, !DIExpression(), !52)
  %0 = call { i32, i32 } asm sideeffect "rdtsc", "={ax},={dx},~{dirflag},~{fpsr},~{flags}"() #3, !dbg !53, !srcloc !54
  %asmresult = extractvalue { i32, i32 } %0, 0, !dbg !53
  %asmresult1 = extractvalue { i32, i32 } %0, 1, !dbg !53
  store i32 %asmresult, ptr %lo, align 4, !dbg !53
  store i32 %asmresult1, ptr %hi, align 4, !dbg !53
  %1 = load i32, ptr %hi, align 4, !dbg !55
  %conv = zext i32 %1 to i64, !dbg !56
  %shl = shl i64 %conv, 32, !dbg !57
  %2 = load i32, ptr %lo, align 4, !dbg !58
  %conv2 = zext i32 %2 to i64, !dbg !58
  %or = or i64 %shl, %conv2, !dbg !59
  ret i64 %or, !dbg !60
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @asm_goto(i32 noundef %x) #0 !dbg !61 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
    #dbg_declare(ptr %x.addr, !62, !DIExpression(), !63)
  %0 = load i32, ptr %x.addr, align 4, !dbg !64
  callbr void asm sideeffect "testl $0, $0; jne ${1:l}", "r,!i,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %0) #3
          to label %asm.fallthrough [label %nonzero], !dbg !65, !srcloc !66

asm.fallthrough:                                  ; preds = %entry
  store i32 0, ptr %retval, align 4, !dbg !67
  br label %return, !dbg !67

nonzero:                                          ; preds = %entry
    #dbg_label(!68, !69)
  store i32 1, ptr %retval, align 4, !dbg !70
  br label %return, !dbg !70

return:                                           ; preds = %nonzero, %asm.fallthrough
  %1 = load i32, ptr %retval, align 4, !dbg !71
  ret i32 %1, !dbg !71
}

; Function Attrs: noinline nounwind uwtable
define dso_local <4 x float> @swizzle(<4 x float> noundef %v) #1 !dbg !72 {
entry:
  %v.addr = alloca <4 x float>, align 16
  store <4 x float> %v, ptr %v.addr, align 16
    #dbg_declare(ptr %v.addr, !80, !DIExpression(), !81)
  %0 = load <4 x float>, ptr %v.addr, align 16, !dbg !82
  %1 = shufflevector <4 x float> %0, <4 x float> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>, !dbg !82
  %mul = fmul <4 x float> %1, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, !dbg !83
  ret <4 x float> %mul, !dbg !84
}

; Function Attrs: noinline nounwind uwtable
define dso_local <4 x i32> @vadd(<4 x i32> noundef %a, <4 x i32> noundef %b) #1 !dbg !85 {
entry:
  %a.addr = alloca <4 x i32>, align 16
  %b.addr = alloca <4 x i32>, align 16
  store <4 x i32> %a, ptr %a.addr, align 16
    #dbg_declare(ptr %a.addr, !90, !DIExpression(), !91)
  store <4 x i32> %b, ptr %b.addr, align 16
    #dbg_declare(ptr %b.addr, !92, !DIExpression(), !93)
  %0 = load <4 x i32>, ptr %a.addr, align 16, !dbg !94
  %1 = load <4 x i32>, ptr %b.addr, align 16, !dbg !95
  %add = add <4 x i32> %0, %1, !dbg !96
  ret <4 x i32> %add, !dbg !97
}

; Function Attrs: noinline nounwind uwtable
define dso_local float @lane(<4 x float> noundef %v, i32 noundef %i) #1 !dbg !98 {
entry:
  %v.addr = alloca <4 x float>, align 16
  %i.addr = alloca i32, align 4
  store <4 x float> %v, ptr %v.addr, align 16
    #dbg_declare(ptr %v.addr, !101, !DIExpression(), !102)
  store i32 %i, ptr %i.addr, align 4
    #dbg_declare(ptr %i.addr, !103, !DIExpression(), !104)
  %0 = load <4 x float>, ptr %v.addr, align 16, !dbg !105
  %1 = load i32, ptr %i.addr, align 4, !dbg !106
  %vecext = extractelement <4 x float> %0, i32 %1, !dbg !105
  ret float %vecext, !dbg !107
}

; Function Attrs: noinline nounwind uwtable
define dso_local { i64, i64 } @mul128(i64 noundef %a.coerce0, i64 noundef %a.coerce1, i64 noundef %b.coerce0, i64 noundef %b.coerce1) #0 !dbg !108 {
entry:
  %retval = alloca i128, align 16
  %a = alloca i128, align 16
  %b = alloca i128, align 16
  %a.addr = alloca i128, align 16
  %b.addr = alloca i128, align 16
  %0 = getelementptr inbounds { i64, i64 }, ptr %a, i32 0, i32 0
  store i64 %a.coerce0, ptr %0, align 16
  %1 = getelementptr inbounds { i64, i64 }, ptr %a, i32 0, i32 1
  store i64 %a.coerce1, ptr %1, align 8
  %a1 = load i128, ptr %a, align 16
  %2 = getelementptr inbounds { i64, i64 }, ptr %b, i32 0, i32 0
  store i64 %b.coerce0, ptr %2, align 16
  %3 = getelementptr inbounds { i64, i64 }, ptr %b, i32 0, i32 1
  store i64 %b.coerce1, ptr %3, align 8
  %b2 = load i128, ptr %b, align 16
  store i128 %a1, ptr %a.addr, align 16
    #dbg_declare(ptr %a.addr, !112, !DIExpression(), !113)
  store i128 %b2, ptr %b.addr, align 16
    #dbg_declare(ptr %b.addr, !114, !DIExpression(), !115)
  %4 = load i128, ptr %a.addr, align 16, !dbg !116
  %5 = load i128, ptr %b.addr, align 16, !dbg !117
  %mul = mul nsw i128 %4, %5, !dbg !118
  store i128 %mul, ptr %retval, align 16, !dbg !119
  %6 = load { i64, i64 }, ptr %retval, align 16, !dbg !119
  ret { i64, i64 } %6, !dbg !119
}

; Function Attrs: noinline nounwind uwtable
define dso_local x86_fp80 @ld_half(x86_fp80 noundef %x) #0 !dbg !120 {
entry:
  %x.addr = alloca x86_fp80, align 16
  store x86_fp80 %x, ptr %x.addr, align 16
    #dbg_declare(ptr %x.addr, !124, !DIExpression(), !125)
  %0 = load x86_fp80, ptr %x.addr, align 16, !dbg !126
  %div = fdiv x86_fp80 %0, 0xK40008000000000000000, !dbg !127
  ret x86_fp80 %div, !dbg !128
}

; Function Attrs: noinline nounwind uwtable
define dso_local { double, double } @cmul(double noundef %a.coerce0, double noundef %a.coerce1, double noundef %b.coerce0, double noundef %b.coerce1) #0 !dbg !129 {
entry:
  %retval = alloca { double, double }, align 8
  %a = alloca { double, double }, align 8
  %b = alloca { double, double }, align 8
  %0 = getelementptr inbounds { double, double }, ptr %a, i32 0, i32 0
  store double %a.coerce0, ptr %0, align 8
  %1 = getelementptr inbounds { double, double }, ptr %a, i32 0, i32 1
  store double %a.coerce1, ptr %1, align 8
  %2 = getelementptr inbounds { double, double }, ptr %b, i32 0, i32 0
  store double %b.coerce0, ptr %2, align 8
  %3 = getelementptr inbounds { double, double }, ptr %b, i32 0, i32 1
  store double %b.coerce1, ptr %3, align 8
    #dbg_declare(ptr %a, !133, !DIExpression(), !134)
    #dbg_declare(ptr %b, !135, !DIExpression(), !136)
  %a.realp = getelementptr inbounds { double, double }, ptr %a, i32 0, i32 0, !dbg !137
  %a.real = load double, ptr %a.realp, align 8, !dbg !137
  %a.imagp = getelementptr inbounds { double, double }, ptr %a, i32 0, i32 1, !dbg !137
  %a.imag = load double, ptr %a.imagp, align 8, !dbg !137
  %b.realp = getelementptr inbounds { double, double }, ptr %b, i32 0, i32 0, !dbg !138
  %b.real = load double, ptr %b.realp, align 8, !dbg !138
  %b.imagp = getelementptr inbounds { double, double }, ptr %b, i32 0, i32 1, !dbg !138
  %b.imag = load double, ptr %b.imagp, align 8, !dbg !138
  %mul_ac = fmul double %a.real, %b.real, !dbg !139
  %mul_bd = fmul double %a.imag, %b.imag, !dbg !139
  %mul_ad = fmul double %a.real, %b.imag, !dbg !139
  %mul_bc = fmul double %a.imag, %b.real, !dbg !139
  %mul_r = fsub double %mul_ac, %mul_bd, !dbg !139
  %mul_i = fadd double %mul_ad, %mul_bc, !dbg !139
  %isnan_cmp = fcmp uno double %mul_r, %mul_r, !dbg !139
  br i1 %isnan_cmp, label %complex_mul_imag_nan, label %complex_mul_cont, !dbg !139, !prof !140

complex_mul_imag_nan:                             ; preds = %entry
  %isnan_cmp1 = fcmp uno double %mul_i, %mul_i, !dbg !139
  br i1 %isnan_cmp1, label %complex_mul_libcall, label %complex_mul_cont, !dbg !139, !prof !140

complex_mul_libcall:                              ; preds = %complex_mul_imag_nan
  %call = call { double, double } @__muldc3(double noundef %a.real, double noundef %a.imag, double noundef %b.real, double noundef %b.imag) #3, !dbg !139
  %4 = extractvalue { double, double } %call, 0, !dbg !139
  %5 = extractvalue { double, double } %call, 1, !dbg !139
  br label %complex_mul_cont, !dbg !139

complex_mul_cont:                                 ; preds = %complex_mul_libcall, %complex_mul_imag_nan, %entry
  %real_mul_phi = phi double [ %mul_r, %entry ], [ %mul_r, %complex_mul_imag_nan ], [ %4, %complex_mul_libcall ], !dbg !139
  %imag_mul_phi = phi double [ %mul_i, %entry ], [ %mul_i, %complex_mul_imag_nan ], [ %5, %complex_mul_libcall ], !dbg !139
  %retval.realp = getelementptr inbounds { double, double }, ptr %retval, i32 0, i32 0, !dbg !141
  %retval.imagp = getelementptr inbounds { double, double }, ptr %retval, i32 0, i32 1, !dbg !141
  store double %real_mul_phi, ptr %retval.realp, align 8, !dbg !141
  store double %imag_mul_phi, ptr %retval.imagp, align 8, !dbg !141
  %6 = load { double, double }, ptr %retval, align 8, !dbg !141
  ret { double, double } %6, !dbg !141
}

declare { double, double } @__muldc3(double, double, double, double)

; Function Attrs: noinline nounwind uwtable
define dso_local zeroext i1 @is_set(i64 noundef %flags, i32 noundef %bit) #0 !dbg !142 {
entry:
  %flags.addr = alloca i64, align 8
  %bit.addr = alloca i32, align 4
  store i64 %flags, ptr %flags.addr, align 8
    #dbg_declare(ptr %flags.addr, !150, !DIExpression(), !151)
  store i32 %bit, ptr %bit.addr, align 4
    #dbg_declare(ptr %bit.addr, !152, !DIExpression(), !153)
  %0 = load i64, ptr %flags.addr, align 8, !dbg !154
  %1 = load i32, ptr %bit.addr, align 4, !dbg !155
  %sh_prom = zext i32 %1 to i64, !dbg !156
  %shr = lshr i64 %0, %sh_prom, !dbg !156
  %and = and i64 %shr, 1, !dbg !157
  %tobool = icmp ne i64 %and, 0, !dbg !158
  ret i1 %tobool, !dbg !159
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @likely_pos(i32 noundef %x) #0 !dbg !160 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
    #dbg_declare(ptr %x.addr, !161, !DIExpression(), !162)
  %0 = load i32, ptr %x.addr, align 4, !dbg !163
  %cmp = icmp sgt i32 %0, 0, !dbg !164
  %conv = zext i1 %cmp to i32, !dbg !164
  %conv1 = sext i32 %conv to i64, !dbg !163
  %tobool = icmp ne i64 %conv1, 0, !dbg !165
  br i1 %tobool, label %cond.true, label %cond.false, !dbg !165

cond.true:                                        ; preds = %entry
  %1 = load i32, ptr %x.addr, align 4, !dbg !166
  br label %cond.end, !dbg !165

cond.false:                                       ; preds = %entry
  %2 = load i32, ptr %x.addr, align 4, !dbg !167
  %sub = sub nsw i32 0, %2, !dbg !168
  br label %cond.end, !dbg !165

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %1, %cond.true ], [ %sub, %cond.false ], !dbg !165
  ret i32 %cond, !dbg !169
}

; Function Attrs: disable_sanitizer_instrumentation noinline nounwind uwtable
define internal ptr @resolve_add() #2 !dbg !170 {
entry:
  ret ptr @add_generic, !dbg !174
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @add_generic(i32 noundef %a, i32 noundef %b) #0 !dbg !175 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
    #dbg_declare(ptr %a.addr, !176, !DIExpression(), !177)
  store i32 %b, ptr %b.addr, align 4
    #dbg_declare(ptr %b.addr, !178, !DIExpression(), !179)
  %0 = load i32, ptr %a.addr, align 4, !dbg !180
  %1 = load i32, ptr %b.addr, align 4, !dbg !181
  %add = add nsw i32 %0, %1, !dbg !182
  ret i32 %add, !dbg !183
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { disable_sanitizer_instrumentation noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18, !19}
!llvm.ident = !{!20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "in_section", scope: !2, file: !3, line: 14, type: !10, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !7, splitDebugInlining: false, nameTableKind: None)
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
!19 = !{i32 7, !"frame-pointer", i32 2}
!20 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!21 = distinct !DISubprogram(name: "impl_add", scope: !3, file: !3, line: 5, type: !22, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!22 = !DISubroutineType(types: !23)
!23 = !{!10, !10, !10}
!24 = !{}
!25 = !DILocalVariable(name: "a", arg: 1, scope: !21, file: !3, line: 5, type: !10)
!26 = !DILocation(line: 5, column: 18, scope: !21)
!27 = !DILocalVariable(name: "b", arg: 2, scope: !21, file: !3, line: 5, type: !10)
!28 = !DILocation(line: 5, column: 25, scope: !21)
!29 = !DILocation(line: 5, column: 37, scope: !21)
!30 = !DILocation(line: 5, column: 41, scope: !21)
!31 = !DILocation(line: 5, column: 39, scope: !21)
!32 = !DILocation(line: 5, column: 30, scope: !21)
!33 = distinct !DISubprogram(name: "weak_hook", scope: !3, file: !3, line: 7, type: !34, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!34 = !DISubroutineType(types: !35)
!35 = !{!10, !10}
!36 = !DILocalVariable(name: "x", arg: 1, scope: !33, file: !3, line: 7, type: !10)
!37 = !DILocation(line: 7, column: 41, scope: !33)
!38 = !DILocation(line: 7, column: 53, scope: !33)
!39 = !DILocation(line: 7, column: 46, scope: !33)
!40 = distinct !DISubprogram(name: "init", scope: !3, file: !3, line: 17, type: !41, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2)
!41 = !DISubroutineType(types: !42)
!42 = !{null}
!43 = !DILocation(line: 17, column: 67, scope: !40)
!44 = !DILocation(line: 17, column: 72, scope: !40)
!45 = distinct !DISubprogram(name: "cycles", scope: !3, file: !3, line: 19, type: !46, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!46 = !DISubroutineType(types: !47)
!47 = !{!5}
!48 = !DILocalVariable(name: "lo", scope: !45, file: !3, line: 20, type: !49)
!49 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!50 = !DILocation(line: 20, column: 14, scope: !45)
!51 = !DILocalVariable(name: "hi", scope: !45, file: !3, line: 20, type: !49)
!52 = !DILocation(line: 20, column: 18, scope: !45)
!53 = !DILocation(line: 21, column: 5, scope: !45)
!54 = !{i64 879}
!55 = !DILocation(line: 22, column: 28, scope: !45)
!56 = !DILocation(line: 22, column: 13, scope: !45)
!57 = !DILocation(line: 22, column: 31, scope: !45)
!58 = !DILocation(line: 22, column: 40, scope: !45)
!59 = !DILocation(line: 22, column: 38, scope: !45)
!60 = !DILocation(line: 22, column: 5, scope: !45)
!61 = distinct !DISubprogram(name: "asm_goto", scope: !3, file: !3, line: 25, type: !34, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!62 = !DILocalVariable(name: "x", arg: 1, scope: !61, file: !3, line: 25, type: !10)
!63 = !DILocation(line: 25, column: 18, scope: !61)
!64 = !DILocation(line: 26, column: 46, scope: !61)
!65 = !DILocation(line: 26, column: 5, scope: !61)
!66 = !{i64 991}
!67 = !DILocation(line: 27, column: 5, scope: !61)
!68 = !DILabel(scope: !61, name: "nonzero", file: !3, line: 28)
!69 = !DILocation(line: 28, column: 1, scope: !61)
!70 = !DILocation(line: 29, column: 5, scope: !61)
!71 = !DILocation(line: 30, column: 1, scope: !61)
!72 = distinct !DISubprogram(name: "swizzle", scope: !3, file: !3, line: 34, type: !73, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!73 = !DISubroutineType(types: !74)
!74 = !{!75, !75}
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "float4", file: !3, line: 32, baseType: !76)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 128, flags: DIFlagVector, elements: !78)
!77 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!78 = !{!79}
!79 = !DISubrange(count: 4)
!80 = !DILocalVariable(name: "v", arg: 1, scope: !72, file: !3, line: 34, type: !75)
!81 = !DILocation(line: 34, column: 23, scope: !72)
!82 = !DILocation(line: 34, column: 35, scope: !72)
!83 = !DILocation(line: 34, column: 42, scope: !72)
!84 = !DILocation(line: 34, column: 28, scope: !72)
!85 = distinct !DISubprogram(name: "vadd", scope: !3, file: !3, line: 35, type: !86, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!86 = !DISubroutineType(types: !87)
!87 = !{!88, !88, !88}
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "int4", file: !3, line: 33, baseType: !89)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 128, flags: DIFlagVector, elements: !78)
!90 = !DILocalVariable(name: "a", arg: 1, scope: !85, file: !3, line: 35, type: !88)
!91 = !DILocation(line: 35, column: 16, scope: !85)
!92 = !DILocalVariable(name: "b", arg: 2, scope: !85, file: !3, line: 35, type: !88)
!93 = !DILocation(line: 35, column: 24, scope: !85)
!94 = !DILocation(line: 35, column: 36, scope: !85)
!95 = !DILocation(line: 35, column: 40, scope: !85)
!96 = !DILocation(line: 35, column: 38, scope: !85)
!97 = !DILocation(line: 35, column: 29, scope: !85)
!98 = distinct !DISubprogram(name: "lane", scope: !3, file: !3, line: 36, type: !99, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!99 = !DISubroutineType(types: !100)
!100 = !{!77, !75, !10}
!101 = !DILocalVariable(name: "v", arg: 1, scope: !98, file: !3, line: 36, type: !75)
!102 = !DILocation(line: 36, column: 19, scope: !98)
!103 = !DILocalVariable(name: "i", arg: 2, scope: !98, file: !3, line: 36, type: !10)
!104 = !DILocation(line: 36, column: 26, scope: !98)
!105 = !DILocation(line: 36, column: 38, scope: !98)
!106 = !DILocation(line: 36, column: 40, scope: !98)
!107 = !DILocation(line: 36, column: 31, scope: !98)
!108 = distinct !DISubprogram(name: "mul128", scope: !3, file: !3, line: 38, type: !109, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!109 = !DISubroutineType(types: !110)
!110 = !{!6, !6, !111}
!111 = !DIBasicType(name: "unsigned __int128", size: 128, encoding: DW_ATE_unsigned)
!112 = !DILocalVariable(name: "a", arg: 1, scope: !108, file: !3, line: 38, type: !6)
!113 = !DILocation(line: 38, column: 26, scope: !108)
!114 = !DILocalVariable(name: "b", arg: 2, scope: !108, file: !3, line: 38, type: !111)
!115 = !DILocation(line: 38, column: 47, scope: !108)
!116 = !DILocation(line: 38, column: 59, scope: !108)
!117 = !DILocation(line: 38, column: 73, scope: !108)
!118 = !DILocation(line: 38, column: 61, scope: !108)
!119 = !DILocation(line: 38, column: 52, scope: !108)
!120 = distinct !DISubprogram(name: "ld_half", scope: !3, file: !3, line: 39, type: !121, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!121 = !DISubroutineType(types: !122)
!122 = !{!123, !123}
!123 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!124 = !DILocalVariable(name: "x", arg: 1, scope: !120, file: !3, line: 39, type: !123)
!125 = !DILocation(line: 39, column: 33, scope: !120)
!126 = !DILocation(line: 39, column: 45, scope: !120)
!127 = !DILocation(line: 39, column: 47, scope: !120)
!128 = !DILocation(line: 39, column: 38, scope: !120)
!129 = distinct !DISubprogram(name: "cmul", scope: !3, file: !3, line: 40, type: !130, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!130 = !DISubroutineType(types: !131)
!131 = !{!132, !132, !132}
!132 = !DIBasicType(name: "complex", size: 128, encoding: DW_ATE_complex_float)
!133 = !DILocalVariable(name: "a", arg: 1, scope: !129, file: !3, line: 40, type: !132)
!134 = !DILocation(line: 40, column: 38, scope: !129)
!135 = !DILocalVariable(name: "b", arg: 2, scope: !129, file: !3, line: 40, type: !132)
!136 = !DILocation(line: 40, column: 57, scope: !129)
!137 = !DILocation(line: 40, column: 69, scope: !129)
!138 = !DILocation(line: 40, column: 73, scope: !129)
!139 = !DILocation(line: 40, column: 71, scope: !129)
!140 = !{!"branch_weights", i32 1, i32 1048575}
!141 = !DILocation(line: 40, column: 62, scope: !129)
!142 = distinct !DISubprogram(name: "is_set", scope: !3, file: !3, line: 41, type: !143, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!143 = !DISubroutineType(types: !144)
!144 = !{!145, !146, !49}
!145 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!146 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !147, line: 27, baseType: !148)
!147 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !149, line: 45, baseType: !5)
!149 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!150 = !DILocalVariable(name: "flags", arg: 1, scope: !142, file: !3, line: 41, type: !146)
!151 = !DILocation(line: 41, column: 23, scope: !142)
!152 = !DILocalVariable(name: "bit", arg: 2, scope: !142, file: !3, line: 41, type: !49)
!153 = !DILocation(line: 41, column: 39, scope: !142)
!154 = !DILocation(line: 41, column: 54, scope: !142)
!155 = !DILocation(line: 41, column: 63, scope: !142)
!156 = !DILocation(line: 41, column: 60, scope: !142)
!157 = !DILocation(line: 41, column: 68, scope: !142)
!158 = !DILocation(line: 41, column: 53, scope: !142)
!159 = !DILocation(line: 41, column: 46, scope: !142)
!160 = distinct !DISubprogram(name: "likely_pos", scope: !3, file: !3, line: 42, type: !34, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !24)
!161 = !DILocalVariable(name: "x", arg: 1, scope: !160, file: !3, line: 42, type: !10)
!162 = !DILocation(line: 42, column: 20, scope: !160)
!163 = !DILocation(line: 42, column: 49, scope: !160)
!164 = !DILocation(line: 42, column: 51, scope: !160)
!165 = !DILocation(line: 42, column: 32, scope: !160)
!166 = !DILocation(line: 42, column: 61, scope: !160)
!167 = !DILocation(line: 42, column: 66, scope: !160)
!168 = !DILocation(line: 42, column: 65, scope: !160)
!169 = !DILocation(line: 42, column: 25, scope: !160)
!170 = distinct !DISubprogram(name: "resolve_add", scope: !3, file: !3, line: 11, type: !171, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2)
!171 = !DISubroutineType(types: !172)
!172 = !{!173}
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!174 = !DILocation(line: 11, column: 45, scope: !170)
!175 = distinct !DISubprogram(name: "add_generic", scope: !3, file: !3, line: 10, type: !22, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !24)
!176 = !DILocalVariable(name: "a", arg: 1, scope: !175, file: !3, line: 10, type: !10)
!177 = !DILocation(line: 10, column: 28, scope: !175)
!178 = !DILocalVariable(name: "b", arg: 2, scope: !175, file: !3, line: 10, type: !10)
!179 = !DILocation(line: 10, column: 35, scope: !175)
!180 = !DILocation(line: 10, column: 47, scope: !175)
!181 = !DILocation(line: 10, column: 51, scope: !175)
!182 = !DILocation(line: 10, column: 49, scope: !175)
!183 = !DILocation(line: 10, column: 40, scope: !175)
