; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [7 x i8] c"%d %s\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [2 x i8] c"x\00", align 1, !dbg !7

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @sum_ints(i32 noundef %count, ...) #0 !dbg !22 {
entry:
  %count.addr = alloca i32, align 4
  %ap = alloca [1 x %struct.__va_list_tag], align 16
  %total = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %count, ptr %count.addr, align 4
    #dbg_declare(ptr %count.addr, !27, !DIExpression(), !28)
    #dbg_declare(ptr %ap, !29, !DIExpression(), !46)
  %arraydecay = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !47
  call void @llvm.va_start.p0(ptr %arraydecay), !dbg !47
    #dbg_declare(ptr %total, !48, !DIExpression(), !49)
  store i32 0, ptr %total, align 4, !dbg !49
    #dbg_declare(ptr %i, !50, !DIExpression(), !52)
  store i32 0, ptr %i, align 4, !dbg !52
  br label %for.cond, !dbg !53

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !54
  %1 = load i32, ptr %count.addr, align 4, !dbg !56
  %cmp = icmp slt i32 %0, %1, !dbg !57
  br i1 %cmp, label %for.body, label %for.end, !dbg !58

for.body:                                         ; preds = %for.cond
  %arraydecay1 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !59
  %gp_offset_p = getelementptr inbounds %struct.__va_list_tag, ptr %arraydecay1, i32 0, i32 0, !dbg !59
  %gp_offset = load i32, ptr %gp_offset_p, align 16, !dbg !59
  %fits_in_gp = icmp ule i32 %gp_offset, 40, !dbg !59
  br i1 %fits_in_gp, label %vaarg.in_reg, label %vaarg.in_mem, !dbg !59

vaarg.in_reg:                                     ; preds = %for.body
  %2 = getelementptr inbounds %struct.__va_list_tag, ptr %arraydecay1, i32 0, i32 3, !dbg !59
  %reg_save_area = load ptr, ptr %2, align 16, !dbg !59
  %3 = getelementptr i8, ptr %reg_save_area, i32 %gp_offset, !dbg !59
  %4 = add i32 %gp_offset, 8, !dbg !59
  store i32 %4, ptr %gp_offset_p, align 16, !dbg !59
  br label %vaarg.end, !dbg !59

vaarg.in_mem:                                     ; preds = %for.body
  %overflow_arg_area_p = getelementptr inbounds %struct.__va_list_tag, ptr %arraydecay1, i32 0, i32 2, !dbg !59
  %overflow_arg_area = load ptr, ptr %overflow_arg_area_p, align 8, !dbg !59
  %overflow_arg_area.next = getelementptr i8, ptr %overflow_arg_area, i32 8, !dbg !59
  store ptr %overflow_arg_area.next, ptr %overflow_arg_area_p, align 8, !dbg !59
  br label %vaarg.end, !dbg !59

vaarg.end:                                        ; preds = %vaarg.in_mem, %vaarg.in_reg
  %vaarg.addr = phi ptr [ %3, %vaarg.in_reg ], [ %overflow_arg_area, %vaarg.in_mem ], !dbg !59
  %5 = load i32, ptr %vaarg.addr, align 4, !dbg !59
  %6 = load i32, ptr %total, align 4, !dbg !60
  %add = add nsw i32 %6, %5, !dbg !60
  store i32 %add, ptr %total, align 4, !dbg !60
  br label %for.inc, !dbg !61

for.inc:                                          ; preds = %vaarg.end
  %7 = load i32, ptr %i, align 4, !dbg !62
  %inc = add nsw i32 %7, 1, !dbg !62
  store i32 %inc, ptr %i, align 4, !dbg !62
  br label %for.cond, !dbg !63, !llvm.loop !64

for.end:                                          ; preds = %for.cond
  %arraydecay2 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !67
  call void @llvm.va_end.p0(ptr %arraydecay2), !dbg !67
  %8 = load i32, ptr %total, align 4, !dbg !68
  ret i32 %8, !dbg !69
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #1

; Function Attrs: noinline nounwind uwtable
define dso_local double @avg(i32 noundef %n, ...) #0 !dbg !70 {
entry:
  %n.addr = alloca i32, align 4
  %ap = alloca [1 x %struct.__va_list_tag], align 16
  %copy = alloca [1 x %struct.__va_list_tag], align 16
  %s = alloca double, align 8
  %i = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !74, !DIExpression(), !75)
    #dbg_declare(ptr %ap, !76, !DIExpression(), !77)
    #dbg_declare(ptr %copy, !78, !DIExpression(), !79)
  %arraydecay = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !80
  call void @llvm.va_start.p0(ptr %arraydecay), !dbg !80
  %arraydecay1 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %copy, i64 0, i64 0, !dbg !81
  %arraydecay2 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !81
  call void @llvm.va_copy.p0(ptr %arraydecay1, ptr %arraydecay2), !dbg !81
    #dbg_declare(ptr %s, !82, !DIExpression(), !83)
  store double 0.000000e+00, ptr %s, align 8, !dbg !83
    #dbg_declare(ptr %i, !84, !DIExpression(), !86)
  store i32 0, ptr %i, align 4, !dbg !86
  br label %for.cond, !dbg !87

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !88
  %1 = load i32, ptr %n.addr, align 4, !dbg !90
  %cmp = icmp ult i32 %0, %1, !dbg !91
  br i1 %cmp, label %for.body, label %for.end, !dbg !92

for.body:                                         ; preds = %for.cond
  %arraydecay3 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %copy, i64 0, i64 0, !dbg !93
  %fp_offset_p = getelementptr inbounds %struct.__va_list_tag, ptr %arraydecay3, i32 0, i32 1, !dbg !93
  %fp_offset = load i32, ptr %fp_offset_p, align 4, !dbg !93
  %fits_in_fp = icmp ule i32 %fp_offset, 160, !dbg !93
  br i1 %fits_in_fp, label %vaarg.in_reg, label %vaarg.in_mem, !dbg !93

vaarg.in_reg:                                     ; preds = %for.body
  %2 = getelementptr inbounds %struct.__va_list_tag, ptr %arraydecay3, i32 0, i32 3, !dbg !93
  %reg_save_area = load ptr, ptr %2, align 16, !dbg !93
  %3 = getelementptr i8, ptr %reg_save_area, i32 %fp_offset, !dbg !93
  %4 = add i32 %fp_offset, 16, !dbg !93
  store i32 %4, ptr %fp_offset_p, align 4, !dbg !93
  br label %vaarg.end, !dbg !93

vaarg.in_mem:                                     ; preds = %for.body
  %overflow_arg_area_p = getelementptr inbounds %struct.__va_list_tag, ptr %arraydecay3, i32 0, i32 2, !dbg !93
  %overflow_arg_area = load ptr, ptr %overflow_arg_area_p, align 8, !dbg !93
  %overflow_arg_area.next = getelementptr i8, ptr %overflow_arg_area, i32 8, !dbg !93
  store ptr %overflow_arg_area.next, ptr %overflow_arg_area_p, align 8, !dbg !93
  br label %vaarg.end, !dbg !93

vaarg.end:                                        ; preds = %vaarg.in_mem, %vaarg.in_reg
  %vaarg.addr = phi ptr [ %3, %vaarg.in_reg ], [ %overflow_arg_area, %vaarg.in_mem ], !dbg !93
  %5 = load double, ptr %vaarg.addr, align 8, !dbg !93
  %6 = load double, ptr %s, align 8, !dbg !94
  %add = fadd double %6, %5, !dbg !94
  store double %add, ptr %s, align 8, !dbg !94
  br label %for.inc, !dbg !95

for.inc:                                          ; preds = %vaarg.end
  %7 = load i32, ptr %i, align 4, !dbg !96
  %inc = add i32 %7, 1, !dbg !96
  store i32 %inc, ptr %i, align 4, !dbg !96
  br label %for.cond, !dbg !97, !llvm.loop !98

for.end:                                          ; preds = %for.cond
  %arraydecay4 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %copy, i64 0, i64 0, !dbg !100
  call void @llvm.va_end.p0(ptr %arraydecay4), !dbg !100
  %arraydecay5 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !101
  call void @llvm.va_end.p0(ptr %arraydecay5), !dbg !101
  %8 = load i32, ptr %n.addr, align 4, !dbg !102
  %tobool = icmp ne i32 %8, 0, !dbg !102
  br i1 %tobool, label %cond.true, label %cond.false, !dbg !102

cond.true:                                        ; preds = %for.end
  %9 = load double, ptr %s, align 8, !dbg !103
  %10 = load i32, ptr %n.addr, align 4, !dbg !104
  %conv = uitofp i32 %10 to double, !dbg !104
  %div = fdiv double %9, %conv, !dbg !105
  br label %cond.end, !dbg !102

cond.false:                                       ; preds = %for.end
  br label %cond.end, !dbg !102

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi double [ %div, %cond.true ], [ 0.000000e+00, %cond.false ], !dbg !102
  ret double %cond, !dbg !106
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @log_msg(ptr noundef %out, ptr noundef %fmt, ...) #0 !dbg !107 {
entry:
  %out.addr = alloca ptr, align 8
  %fmt.addr = alloca ptr, align 8
  %ap = alloca [1 x %struct.__va_list_tag], align 16
  %r = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 8
    #dbg_declare(ptr %out.addr, !170, !DIExpression(), !171)
  store ptr %fmt, ptr %fmt.addr, align 8
    #dbg_declare(ptr %fmt.addr, !172, !DIExpression(), !173)
    #dbg_declare(ptr %ap, !174, !DIExpression(), !175)
  %arraydecay = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !176
  call void @llvm.va_start.p0(ptr %arraydecay), !dbg !176
    #dbg_declare(ptr %r, !177, !DIExpression(), !178)
  %0 = load ptr, ptr %out.addr, align 8, !dbg !179
  %1 = load ptr, ptr %fmt.addr, align 8, !dbg !180
  %arraydecay1 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !181
  %call = call i32 @vfprintf(ptr noundef %0, ptr noundef %1, ptr noundef %arraydecay1) #4, !dbg !182
  store i32 %call, ptr %r, align 4, !dbg !178
  %arraydecay2 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %ap, i64 0, i64 0, !dbg !183
  call void @llvm.va_end.p0(ptr %arraydecay2), !dbg !183
  %2 = load i32, ptr %r, align 4, !dbg !184
  ret i32 %2, !dbg !185
}

; Function Attrs: nounwind
declare i32 @vfprintf(ptr noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @vlog(ptr noalias noundef %fmt, ptr noundef %ap) #0 !dbg !186 {
entry:
  %fmt.addr = alloca ptr, align 8
  %ap.addr = alloca ptr, align 8
  store ptr %fmt, ptr %fmt.addr, align 8
    #dbg_declare(ptr %fmt.addr, !191, !DIExpression(), !192)
  store ptr %ap, ptr %ap.addr, align 8
    #dbg_declare(ptr %ap.addr, !193, !DIExpression(), !194)
  %0 = load ptr, ptr %fmt.addr, align 8, !dbg !195
  %1 = load ptr, ptr %ap.addr, align 8, !dbg !196
  %call = call i32 @vprintf(ptr noundef %0, ptr noundef %1) #4, !dbg !197
  ret i32 %call, !dbg !198
}

; Function Attrs: nounwind
declare i32 @vprintf(ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @call_variadic() #0 !dbg !199 {
entry:
  %call = call i32 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3), !dbg !202
  %call1 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 4, ptr noundef @.str.1), !dbg !203
  %add = add nsw i32 %call, %call1, !dbg !204
  ret i32 %add, !dbg !205
}

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!14, !15, !16, !17, !18, !19, !20}
!llvm.ident = !{!21}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "varargs.c", directory: "/src", checksumkind: CSK_MD5, checksum: "d4fc75e12e9cef1ee8f05d62add93ec7")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 2)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !13, splitDebugInlining: false, nameTableKind: None)
!13 = !{!0, !7}
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 7, !"PIE Level", i32 2}
!19 = !{i32 7, !"uwtable", i32 2}
!20 = !{i32 7, !"frame-pointer", i32 2}
!21 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!22 = distinct !DISubprogram(name: "sum_ints", scope: !2, file: !2, line: 5, type: !23, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !26)
!23 = !DISubroutineType(types: !24)
!24 = !{!25, !25, null}
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !{}
!27 = !DILocalVariable(name: "count", arg: 1, scope: !22, file: !2, line: 5, type: !25)
!28 = !DILocation(line: 5, column: 18, scope: !22)
!29 = !DILocalVariable(name: "ap", scope: !22, file: !2, line: 6, type: !30)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !31, line: 52, baseType: !32)
!31 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "__gnuc_va_list", file: !33, line: 12, baseType: !34)
!33 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !2, baseType: !35)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !36, size: 192, elements: !44)
!36 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !37)
!37 = !{!38, !40, !41, !43}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !36, file: !2, line: 6, baseType: !39, size: 32)
!39 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !36, file: !2, line: 6, baseType: !39, size: 32, offset: 32)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !36, file: !2, line: 6, baseType: !42, size: 64, offset: 64)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !36, file: !2, line: 6, baseType: !42, size: 64, offset: 128)
!44 = !{!45}
!45 = !DISubrange(count: 1)
!46 = !DILocation(line: 6, column: 13, scope: !22)
!47 = !DILocation(line: 7, column: 5, scope: !22)
!48 = !DILocalVariable(name: "total", scope: !22, file: !2, line: 8, type: !25)
!49 = !DILocation(line: 8, column: 9, scope: !22)
!50 = !DILocalVariable(name: "i", scope: !51, file: !2, line: 9, type: !25)
!51 = distinct !DILexicalBlock(scope: !22, file: !2, line: 9, column: 5)
!52 = !DILocation(line: 9, column: 14, scope: !51)
!53 = !DILocation(line: 9, column: 10, scope: !51)
!54 = !DILocation(line: 9, column: 21, scope: !55)
!55 = distinct !DILexicalBlock(scope: !51, file: !2, line: 9, column: 5)
!56 = !DILocation(line: 9, column: 25, scope: !55)
!57 = !DILocation(line: 9, column: 23, scope: !55)
!58 = !DILocation(line: 9, column: 5, scope: !51)
!59 = !DILocation(line: 10, column: 18, scope: !55)
!60 = !DILocation(line: 10, column: 15, scope: !55)
!61 = !DILocation(line: 10, column: 9, scope: !55)
!62 = !DILocation(line: 9, column: 33, scope: !55)
!63 = !DILocation(line: 9, column: 5, scope: !55)
!64 = distinct !{!64, !58, !65, !66}
!65 = !DILocation(line: 10, column: 18, scope: !51)
!66 = !{!"llvm.loop.mustprogress"}
!67 = !DILocation(line: 11, column: 5, scope: !22)
!68 = !DILocation(line: 12, column: 12, scope: !22)
!69 = !DILocation(line: 12, column: 5, scope: !22)
!70 = distinct !DISubprogram(name: "avg", scope: !2, file: !2, line: 15, type: !71, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !26)
!71 = !DISubroutineType(types: !72)
!72 = !{!73, !39, null}
!73 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!74 = !DILocalVariable(name: "n", arg: 1, scope: !70, file: !2, line: 15, type: !39)
!75 = !DILocation(line: 15, column: 21, scope: !70)
!76 = !DILocalVariable(name: "ap", scope: !70, file: !2, line: 16, type: !30)
!77 = !DILocation(line: 16, column: 13, scope: !70)
!78 = !DILocalVariable(name: "copy", scope: !70, file: !2, line: 16, type: !30)
!79 = !DILocation(line: 16, column: 17, scope: !70)
!80 = !DILocation(line: 17, column: 5, scope: !70)
!81 = !DILocation(line: 18, column: 5, scope: !70)
!82 = !DILocalVariable(name: "s", scope: !70, file: !2, line: 19, type: !73)
!83 = !DILocation(line: 19, column: 12, scope: !70)
!84 = !DILocalVariable(name: "i", scope: !85, file: !2, line: 20, type: !39)
!85 = distinct !DILexicalBlock(scope: !70, file: !2, line: 20, column: 5)
!86 = !DILocation(line: 20, column: 19, scope: !85)
!87 = !DILocation(line: 20, column: 10, scope: !85)
!88 = !DILocation(line: 20, column: 26, scope: !89)
!89 = distinct !DILexicalBlock(scope: !85, file: !2, line: 20, column: 5)
!90 = !DILocation(line: 20, column: 30, scope: !89)
!91 = !DILocation(line: 20, column: 28, scope: !89)
!92 = !DILocation(line: 20, column: 5, scope: !85)
!93 = !DILocation(line: 21, column: 14, scope: !89)
!94 = !DILocation(line: 21, column: 11, scope: !89)
!95 = !DILocation(line: 21, column: 9, scope: !89)
!96 = !DILocation(line: 20, column: 34, scope: !89)
!97 = !DILocation(line: 20, column: 5, scope: !89)
!98 = distinct !{!98, !92, !99, !66}
!99 = !DILocation(line: 21, column: 14, scope: !85)
!100 = !DILocation(line: 22, column: 5, scope: !70)
!101 = !DILocation(line: 23, column: 5, scope: !70)
!102 = !DILocation(line: 24, column: 12, scope: !70)
!103 = !DILocation(line: 24, column: 16, scope: !70)
!104 = !DILocation(line: 24, column: 20, scope: !70)
!105 = !DILocation(line: 24, column: 18, scope: !70)
!106 = !DILocation(line: 24, column: 5, scope: !70)
!107 = distinct !DISubprogram(name: "log_msg", scope: !2, file: !2, line: 27, type: !108, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !26)
!108 = !DISubroutineType(types: !109)
!109 = !{!25, !110, !168, null}
!110 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !111, size: 64)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !112, line: 7, baseType: !113)
!112 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !114, line: 49, size: 1728, elements: !115)
!114 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!115 = !{!116, !117, !119, !120, !121, !122, !123, !124, !125, !126, !127, !128, !129, !132, !134, !135, !136, !140, !142, !144, !146, !149, !151, !154, !157, !158, !159, !163, !164}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !113, file: !114, line: 51, baseType: !25, size: 32)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !113, file: !114, line: 54, baseType: !118, size: 64, offset: 64)
!118 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !113, file: !114, line: 55, baseType: !118, size: 64, offset: 128)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !113, file: !114, line: 56, baseType: !118, size: 64, offset: 192)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !113, file: !114, line: 57, baseType: !118, size: 64, offset: 256)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !113, file: !114, line: 58, baseType: !118, size: 64, offset: 320)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !113, file: !114, line: 59, baseType: !118, size: 64, offset: 384)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !113, file: !114, line: 60, baseType: !118, size: 64, offset: 448)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !113, file: !114, line: 61, baseType: !118, size: 64, offset: 512)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !113, file: !114, line: 64, baseType: !118, size: 64, offset: 576)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !113, file: !114, line: 65, baseType: !118, size: 64, offset: 640)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !113, file: !114, line: 66, baseType: !118, size: 64, offset: 704)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !113, file: !114, line: 68, baseType: !130, size: 64, offset: 768)
!130 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !131, size: 64)
!131 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !114, line: 36, flags: DIFlagFwdDecl)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !113, file: !114, line: 70, baseType: !133, size: 64, offset: 832)
!133 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !113, size: 64)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !113, file: !114, line: 72, baseType: !25, size: 32, offset: 896)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !113, file: !114, line: 73, baseType: !25, size: 32, offset: 928)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !113, file: !114, line: 74, baseType: !137, size: 64, offset: 960)
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !138, line: 152, baseType: !139)
!138 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!139 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !113, file: !114, line: 77, baseType: !141, size: 16, offset: 1024)
!141 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !113, file: !114, line: 78, baseType: !143, size: 8, offset: 1040)
!143 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!144 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !113, file: !114, line: 79, baseType: !145, size: 8, offset: 1048)
!145 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !44)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !113, file: !114, line: 81, baseType: !147, size: 64, offset: 1088)
!147 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !148, size: 64)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !114, line: 43, baseType: null)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !113, file: !114, line: 89, baseType: !150, size: 64, offset: 1152)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !138, line: 153, baseType: !139)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !113, file: !114, line: 91, baseType: !152, size: 64, offset: 1216)
!152 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !153, size: 64)
!153 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !114, line: 37, flags: DIFlagFwdDecl)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !113, file: !114, line: 92, baseType: !155, size: 64, offset: 1280)
!155 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !156, size: 64)
!156 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !114, line: 38, flags: DIFlagFwdDecl)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !113, file: !114, line: 93, baseType: !133, size: 64, offset: 1344)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !113, file: !114, line: 94, baseType: !42, size: 64, offset: 1408)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !113, file: !114, line: 95, baseType: !160, size: 64, offset: 1472)
!160 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !161, line: 18, baseType: !162)
!161 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!162 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !113, file: !114, line: 96, baseType: !25, size: 32, offset: 1536)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !113, file: !114, line: 98, baseType: !165, size: 160, offset: 1568)
!165 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !166)
!166 = !{!167}
!167 = !DISubrange(count: 20)
!168 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !169, size: 64)
!169 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!170 = !DILocalVariable(name: "out", arg: 1, scope: !107, file: !2, line: 27, type: !110)
!171 = !DILocation(line: 27, column: 19, scope: !107)
!172 = !DILocalVariable(name: "fmt", arg: 2, scope: !107, file: !2, line: 27, type: !168)
!173 = !DILocation(line: 27, column: 36, scope: !107)
!174 = !DILocalVariable(name: "ap", scope: !107, file: !2, line: 28, type: !30)
!175 = !DILocation(line: 28, column: 13, scope: !107)
!176 = !DILocation(line: 29, column: 5, scope: !107)
!177 = !DILocalVariable(name: "r", scope: !107, file: !2, line: 30, type: !25)
!178 = !DILocation(line: 30, column: 9, scope: !107)
!179 = !DILocation(line: 30, column: 22, scope: !107)
!180 = !DILocation(line: 30, column: 27, scope: !107)
!181 = !DILocation(line: 30, column: 32, scope: !107)
!182 = !DILocation(line: 30, column: 13, scope: !107)
!183 = !DILocation(line: 31, column: 5, scope: !107)
!184 = !DILocation(line: 32, column: 12, scope: !107)
!185 = !DILocation(line: 32, column: 5, scope: !107)
!186 = distinct !DISubprogram(name: "vlog", scope: !2, file: !2, line: 35, type: !187, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !26)
!187 = !DISubroutineType(types: !188)
!188 = !{!25, !189, !190}
!189 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !168)
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64)
!191 = !DILocalVariable(name: "fmt", arg: 1, scope: !186, file: !2, line: 35, type: !189)
!192 = !DILocation(line: 35, column: 31, scope: !186)
!193 = !DILocalVariable(name: "ap", arg: 2, scope: !186, file: !2, line: 35, type: !190)
!194 = !DILocation(line: 35, column: 44, scope: !186)
!195 = !DILocation(line: 35, column: 65, scope: !186)
!196 = !DILocation(line: 35, column: 70, scope: !186)
!197 = !DILocation(line: 35, column: 57, scope: !186)
!198 = !DILocation(line: 35, column: 50, scope: !186)
!199 = distinct !DISubprogram(name: "call_variadic", scope: !2, file: !2, line: 37, type: !200, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12)
!200 = !DISubroutineType(types: !201)
!201 = !{!25}
!202 = !DILocation(line: 37, column: 34, scope: !199)
!203 = !DILocation(line: 37, column: 57, scope: !199)
!204 = !DILocation(line: 37, column: 55, scope: !199)
!205 = !DILocation(line: 37, column: 27, scope: !199)
