; ModuleID = 'debug.c'
source_filename = "debug.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rect = type { i32, i32 }

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @total_area(ptr noundef %rs, i32 noundef %n) #0 !dbg !10 {
entry:
  %retval = alloca i32, align 4
  %rs.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %sum = alloca i32, align 4
  %tmp = alloca %struct.rect, align 4
  %i = alloca i32, align 4
  store ptr %rs, ptr %rs.addr, align 8
  tail call void @llvm.dbg.declare(metadata ptr %rs.addr, metadata !21, metadata !DIExpression()), !dbg !22
  store i32 %n, ptr %n.addr, align 4
  tail call void @llvm.dbg.declare(metadata ptr %n.addr, metadata !23, metadata !DIExpression()), !dbg !24
  tail call void @llvm.dbg.declare(metadata ptr %sum, metadata !25, metadata !DIExpression()), !dbg !26
  store i32 0, ptr %sum, align 4, !dbg !26
  tail call void @llvm.dbg.declare(metadata ptr %tmp, metadata !27, metadata !DIExpression()), !dbg !28
  tail call void @llvm.dbg.declare(metadata ptr %i, metadata !29, metadata !DIExpression()), !dbg !31
  store i32 0, ptr %i, align 4, !dbg !31
  br label %for.cond, !dbg !32

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4, !dbg !33
  %1 = load i32, ptr %n.addr, align 4, !dbg !35
  %cmp = icmp slt i32 %0, %1, !dbg !36
  br i1 %cmp, label %for.body, label %for.end, !dbg !37

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %rs.addr, align 8, !dbg !38
  %3 = load i32, ptr %i, align 4, !dbg !40
  %idxprom = sext i32 %3 to i64, !dbg !38
  %arrayidx = getelementptr inbounds %struct.rect, ptr %2, i64 %idxprom, !dbg !38
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %tmp, ptr align 4 %arrayidx, i64 8, i1 false), !dbg !38
  %4 = load i64, ptr %tmp, align 4, !dbg !41
  %call = call i32 @area(i64 %4), !dbg !41
  %5 = load i32, ptr %sum, align 4, !dbg !42
  %add = add nsw i32 %5, %call, !dbg !42
  store i32 %add, ptr %sum, align 4, !dbg !42
  br label %for.inc, !dbg !43

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %i, align 4, !dbg !44
  %inc = add nsw i32 %6, 1, !dbg !44
  store i32 %inc, ptr %i, align 4, !dbg !44
  br label %for.cond, !dbg !45, !llvm.loop !46

for.end:                                          ; preds = %for.cond
  %7 = load i32, ptr %sum, align 4, !dbg !49
  %cmp1 = icmp slt i32 %7, 0, !dbg !51
  br i1 %cmp1, label %if.then, label %if.end, !dbg !52

if.then:                                          ; preds = %for.end
  br label %fail, !dbg !53

if.end:                                           ; preds = %for.end
  %8 = load i32, ptr %sum, align 4, !dbg !54
  store i32 %8, ptr %retval, align 4, !dbg !55
  br label %return, !dbg !55

fail:                                             ; preds = %if.then
  tail call void @llvm.dbg.label(metadata !56), !dbg !57
  store i32 -1, ptr %retval, align 4, !dbg !58
  br label %return, !dbg !58

return:                                           ; preds = %fail, %if.end
  %9 = load i32, ptr %retval, align 4, !dbg !59
  ret i32 %9, !dbg !59
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define internal i32 @area(i64 %r.coerce) #0 !dbg !60 {
entry:
  %r = alloca %struct.rect, align 4
  store i64 %r.coerce, ptr %r, align 4
  tail call void @llvm.dbg.declare(metadata ptr %r, metadata !63, metadata !DIExpression()), !dbg !64
  %w = getelementptr inbounds %struct.rect, ptr %r, i32 0, i32 0, !dbg !65
  %0 = load i32, ptr %w, align 4, !dbg !65
  %h = getelementptr inbounds %struct.rect, ptr %r, i32 0, i32 1, !dbg !66
  %1 = load i32, ptr %h, align 4, !dbg !66
  %mul = mul nsw i32 %0, %1, !dbg !67
  ret i32 %mul, !dbg !68
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @fill(ptr noundef %out, i32 noundef %w) #0 !dbg !69 {
entry:
  %out.addr = alloca ptr, align 8
  %w.addr = alloca i32, align 4
  %r = alloca %struct.rect, align 4
  store ptr %out, ptr %out.addr, align 8
  tail call void @llvm.dbg.declare(metadata ptr %out.addr, metadata !73, metadata !DIExpression()), !dbg !74
  store i32 %w, ptr %w.addr, align 4
  tail call void @llvm.dbg.declare(metadata ptr %w.addr, metadata !75, metadata !DIExpression()), !dbg !76
  tail call void @llvm.dbg.declare(metadata ptr %r, metadata !77, metadata !DIExpression()), !dbg !78
  %w1 = getelementptr inbounds %struct.rect, ptr %r, i32 0, i32 0, !dbg !79
  %0 = load i32, ptr %w.addr, align 4, !dbg !80
  store i32 %0, ptr %w1, align 4, !dbg !79
  %h = getelementptr inbounds %struct.rect, ptr %r, i32 0, i32 1, !dbg !79
  %1 = load i32, ptr %w.addr, align 4, !dbg !81
  %mul = mul nsw i32 %1, 2, !dbg !82
  store i32 %mul, ptr %h, align 4, !dbg !79
  %2 = load ptr, ptr %out.addr, align 8, !dbg !83
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %r, i64 8, i1 false), !dbg !84
  ret void, !dbg !85
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @escaped(i32 noundef %w) #0 !dbg !86 {
entry:
  %w.addr = alloca i32, align 4
  %arr = alloca [4 x i32], align 16
  store i32 %w, ptr %w.addr, align 4
  tail call void @llvm.dbg.declare(metadata ptr %w.addr, metadata !89, metadata !DIExpression()), !dbg !90
  tail call void @llvm.dbg.declare(metadata ptr %arr, metadata !91, metadata !DIExpression()), !dbg !95
  %0 = load i32, ptr %w.addr, align 4, !dbg !96
  %arrayidx = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 0, !dbg !97
  store i32 %0, ptr %arrayidx, align 16, !dbg !98
  %arraydecay = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 0, !dbg !99
  call void @init(ptr noundef %arraydecay), !dbg !100
  %arrayidx1 = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 1, !dbg !101
  store i32 3, ptr %arrayidx1, align 4, !dbg !102
  %arrayidx2 = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 0, !dbg !103
  %1 = load i32, ptr %arrayidx2, align 16, !dbg !103
  %arrayidx3 = getelementptr inbounds [4 x i32], ptr %arr, i64 0, i64 1, !dbg !104
  %2 = load i32, ptr %arrayidx3, align 4, !dbg !104
  %add = add nsw i32 %1, %2, !dbg !105
  ret i32 %add, !dbg !106
}

declare void @init(ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.label(metadata) #3

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7, !8}
!llvm.ident = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "debug.c", directory: "/src", checksumkind: CSK_MD5, checksum: "dd5778667d6c850189b711616137cb6e")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 7, !"frame-pointer", i32 2}
!9 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!10 = distinct !DISubprogram(name: "total_area", scope: !1, file: !1, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !20)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !14, !13}
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!16 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rect", file: !1, line: 3, size: 64, elements: !17)
!17 = !{!18, !19}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !16, file: !1, line: 3, baseType: !13, size: 32)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "h", scope: !16, file: !1, line: 3, baseType: !13, size: 32, offset: 32)
!20 = !{}
!21 = !DILocalVariable(name: "rs", arg: 1, scope: !10, file: !1, line: 7, type: !14)
!22 = !DILocation(line: 7, column: 35, scope: !10)
!23 = !DILocalVariable(name: "n", arg: 2, scope: !10, file: !1, line: 7, type: !13)
!24 = !DILocation(line: 7, column: 43, scope: !10)
!25 = !DILocalVariable(name: "sum", scope: !10, file: !1, line: 8, type: !13)
!26 = !DILocation(line: 8, column: 9, scope: !10)
!27 = !DILocalVariable(name: "tmp", scope: !10, file: !1, line: 9, type: !16)
!28 = !DILocation(line: 9, column: 17, scope: !10)
!29 = !DILocalVariable(name: "i", scope: !30, file: !1, line: 10, type: !13)
!30 = distinct !DILexicalBlock(scope: !10, file: !1, line: 10, column: 5)
!31 = !DILocation(line: 10, column: 14, scope: !30)
!32 = !DILocation(line: 10, column: 10, scope: !30)
!33 = !DILocation(line: 10, column: 21, scope: !34)
!34 = distinct !DILexicalBlock(scope: !30, file: !1, line: 10, column: 5)
!35 = !DILocation(line: 10, column: 25, scope: !34)
!36 = !DILocation(line: 10, column: 23, scope: !34)
!37 = !DILocation(line: 10, column: 5, scope: !30)
!38 = !DILocation(line: 11, column: 15, scope: !39)
!39 = distinct !DILexicalBlock(scope: !34, file: !1, line: 10, column: 33)
!40 = !DILocation(line: 11, column: 18, scope: !39)
!41 = !DILocation(line: 12, column: 16, scope: !39)
!42 = !DILocation(line: 12, column: 13, scope: !39)
!43 = !DILocation(line: 13, column: 5, scope: !39)
!44 = !DILocation(line: 10, column: 29, scope: !34)
!45 = !DILocation(line: 10, column: 5, scope: !34)
!46 = distinct !{!46, !37, !47, !48}
!47 = !DILocation(line: 13, column: 5, scope: !30)
!48 = !{!"llvm.loop.mustprogress"}
!49 = !DILocation(line: 14, column: 9, scope: !50)
!50 = distinct !DILexicalBlock(scope: !10, file: !1, line: 14, column: 9)
!51 = !DILocation(line: 14, column: 13, scope: !50)
!52 = !DILocation(line: 14, column: 9, scope: !10)
!53 = !DILocation(line: 15, column: 9, scope: !50)
!54 = !DILocation(line: 16, column: 12, scope: !10)
!55 = !DILocation(line: 16, column: 5, scope: !10)
!56 = !DILabel(scope: !10, name: "fail", file: !1, line: 17)
!57 = !DILocation(line: 17, column: 1, scope: !10)
!58 = !DILocation(line: 18, column: 5, scope: !10)
!59 = !DILocation(line: 19, column: 1, scope: !10)
!60 = distinct !DISubprogram(name: "area", scope: !1, file: !1, line: 5, type: !61, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !20)
!61 = !DISubroutineType(types: !62)
!62 = !{!13, !16}
!63 = !DILocalVariable(name: "r", arg: 1, scope: !60, file: !1, line: 5, type: !16)
!64 = !DILocation(line: 5, column: 29, scope: !60)
!65 = !DILocation(line: 5, column: 43, scope: !60)
!66 = !DILocation(line: 5, column: 49, scope: !60)
!67 = !DILocation(line: 5, column: 45, scope: !60)
!68 = !DILocation(line: 5, column: 34, scope: !60)
!69 = distinct !DISubprogram(name: "fill", scope: !1, file: !1, line: 21, type: !70, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !20)
!70 = !DISubroutineType(types: !71)
!71 = !{null, !72, !13}
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!73 = !DILocalVariable(name: "out", arg: 1, scope: !69, file: !1, line: 21, type: !72)
!74 = !DILocation(line: 21, column: 24, scope: !69)
!75 = !DILocalVariable(name: "w", arg: 2, scope: !69, file: !1, line: 21, type: !13)
!76 = !DILocation(line: 21, column: 33, scope: !69)
!77 = !DILocalVariable(name: "r", scope: !69, file: !1, line: 22, type: !16)
!78 = !DILocation(line: 22, column: 17, scope: !69)
!79 = !DILocation(line: 22, column: 21, scope: !69)
!80 = !DILocation(line: 22, column: 22, scope: !69)
!81 = !DILocation(line: 22, column: 25, scope: !69)
!82 = !DILocation(line: 22, column: 27, scope: !69)
!83 = !DILocation(line: 23, column: 6, scope: !69)
!84 = !DILocation(line: 23, column: 12, scope: !69)
!85 = !DILocation(line: 24, column: 1, scope: !69)
!86 = distinct !DISubprogram(name: "escaped", scope: !1, file: !1, line: 27, type: !87, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !20)
!87 = !DISubroutineType(types: !88)
!88 = !{!13, !13}
!89 = !DILocalVariable(name: "w", arg: 1, scope: !86, file: !1, line: 27, type: !13)
!90 = !DILocation(line: 27, column: 17, scope: !86)
!91 = !DILocalVariable(name: "arr", scope: !86, file: !1, line: 28, type: !92)
!92 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 128, elements: !93)
!93 = !{!94}
!94 = !DISubrange(count: 4)
!95 = !DILocation(line: 28, column: 9, scope: !86)
!96 = !DILocation(line: 29, column: 14, scope: !86)
!97 = !DILocation(line: 29, column: 5, scope: !86)
!98 = !DILocation(line: 29, column: 12, scope: !86)
!99 = !DILocation(line: 30, column: 10, scope: !86)
!100 = !DILocation(line: 30, column: 5, scope: !86)
!101 = !DILocation(line: 31, column: 5, scope: !86)
!102 = !DILocation(line: 31, column: 12, scope: !86)
!103 = !DILocation(line: 32, column: 12, scope: !86)
!104 = !DILocation(line: 32, column: 21, scope: !86)
!105 = !DILocation(line: 32, column: 19, scope: !86)
!106 = !DILocation(line: 32, column: 5, scope: !86)
