; ModuleID = 'cleanup.c'
source_filename = "cleanup.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline uwtable
define dso_local i32 @with_cleanup(i32 noundef %n) #0 personality ptr @__gcc_personality_v0 !dbg !14 {
entry:
  %n.addr = alloca i32, align 4
  %buf = alloca ptr, align 8
  %exn.slot = alloca ptr, align 8
  %ehselector.slot = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
    #dbg_declare(ptr %n.addr, !19, !DIExpression(), !20)
    #dbg_declare(ptr %buf, !21, !DIExpression(), !23)
  %0 = load i32, ptr %n.addr, align 4, !dbg !24
  %conv = sext i32 %0 to i64, !dbg !25
  %mul = mul i64 4, %conv, !dbg !26
  %call = call noalias ptr @malloc(i64 noundef %mul) #5, !dbg !27
  store ptr %call, ptr %buf, align 8, !dbg !23
  %1 = load ptr, ptr %buf, align 8, !dbg !28
  invoke void @may_throw(ptr noundef %1)
          to label %invoke.cont unwind label %lpad, !dbg !29

invoke.cont:                                      ; preds = %entry
  %2 = load ptr, ptr %buf, align 8, !dbg !30
  %tobool = icmp ne ptr %2, null, !dbg !30
  br i1 %tobool, label %cond.true, label %cond.false, !dbg !30

cond.true:                                        ; preds = %invoke.cont
  %3 = load ptr, ptr %buf, align 8, !dbg !31
  %arrayidx = getelementptr inbounds i32, ptr %3, i64 0, !dbg !31
  %4 = load i32, ptr %arrayidx, align 4, !dbg !31
  br label %cond.end, !dbg !30

cond.false:                                       ; preds = %invoke.cont
  br label %cond.end, !dbg !30

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %4, %cond.true ], [ -1, %cond.false ], !dbg !30
  call void @release(ptr noundef %buf), !dbg !32
  ret i32 %cond, !dbg !32

lpad:                                             ; preds = %entry
  %5 = landingpad { ptr, i32 }
          cleanup, !dbg !32
  %6 = extractvalue { ptr, i32 } %5, 0, !dbg !32
  store ptr %6, ptr %exn.slot, align 8, !dbg !32
  %7 = extractvalue { ptr, i32 } %5, 1, !dbg !32
  store i32 %7, ptr %ehselector.slot, align 4, !dbg !32
  invoke void @release(ptr noundef %buf)
          to label %invoke.cont1 unwind label %terminate.lpad, !dbg !32

invoke.cont1:                                     ; preds = %lpad
  br label %eh.resume, !dbg !32

eh.resume:                                        ; preds = %invoke.cont1
  %exn = load ptr, ptr %exn.slot, align 8, !dbg !32
  %sel = load i32, ptr %ehselector.slot, align 4, !dbg !32
  %lpad.val = insertvalue { ptr, i32 } poison, ptr %exn, 0, !dbg !32
  %lpad.val2 = insertvalue { ptr, i32 } %lpad.val, i32 %sel, 1, !dbg !32
  resume { ptr, i32 } %lpad.val2, !dbg !32

terminate.lpad:                                   ; preds = %lpad
  %8 = landingpad { ptr, i32 }
          catch ptr null, !dbg !32
  call void @abort() #6, !dbg !32
  unreachable, !dbg !32
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind uwtable
define internal void @release(ptr noundef %pp) #2 !dbg !33 {
entry:
  %pp.addr = alloca ptr, align 8
  store ptr %pp, ptr %pp.addr, align 8
    #dbg_declare(ptr %pp.addr, !37, !DIExpression(), !38)
  %0 = load ptr, ptr %pp.addr, align 8, !dbg !39
  %1 = load ptr, ptr %0, align 8, !dbg !40
  call void @free(ptr noundef %1) #7, !dbg !41
  ret void, !dbg !42
}

declare void @may_throw(ptr noundef) #3

declare i32 @__gcc_personality_v0(...)

declare void @abort()

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

attributes #0 = { noinline uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { noreturn nounwind }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!6, !7, !8, !9, !10, !11, !12}
!llvm.ident = !{!13}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cleanup.c", directory: "/src", checksumkind: CSK_MD5, checksum: "3b70b635079d6400a686b03d02e2c5b5")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !4, line: 18, baseType: !5)
!4 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!5 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!6 = !{i32 7, !"Dwarf Version", i32 5}
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = !{i32 1, !"wchar_size", i32 4}
!9 = !{i32 8, !"PIC Level", i32 2}
!10 = !{i32 7, !"PIE Level", i32 2}
!11 = !{i32 7, !"uwtable", i32 2}
!12 = !{i32 7, !"frame-pointer", i32 2}
!13 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!14 = distinct !DISubprogram(name: "with_cleanup", scope: !1, file: !1, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !18)
!15 = !DISubroutineType(types: !16)
!16 = !{!17, !17}
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !{}
!19 = !DILocalVariable(name: "n", arg: 1, scope: !14, file: !1, line: 7, type: !17)
!20 = !DILocation(line: 7, column: 22, scope: !14)
!21 = !DILocalVariable(name: "buf", scope: !14, file: !1, line: 8, type: !22)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64)
!23 = !DILocation(line: 8, column: 10, scope: !14)
!24 = !DILocation(line: 8, column: 79, scope: !14)
!25 = !DILocation(line: 8, column: 71, scope: !14)
!26 = !DILocation(line: 8, column: 69, scope: !14)
!27 = !DILocation(line: 8, column: 50, scope: !14)
!28 = !DILocation(line: 9, column: 15, scope: !14)
!29 = !DILocation(line: 9, column: 5, scope: !14)
!30 = !DILocation(line: 10, column: 12, scope: !14)
!31 = !DILocation(line: 10, column: 18, scope: !14)
!32 = !DILocation(line: 11, column: 1, scope: !14)
!33 = distinct !DISubprogram(name: "release", scope: !1, file: !1, line: 5, type: !34, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !18)
!34 = !DISubroutineType(types: !35)
!35 = !{null, !36}
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!37 = !DILocalVariable(name: "pp", arg: 1, scope: !33, file: !1, line: 5, type: !36)
!38 = !DILocation(line: 5, column: 27, scope: !33)
!39 = !DILocation(line: 5, column: 39, scope: !33)
!40 = !DILocation(line: 5, column: 38, scope: !33)
!41 = !DILocation(line: 5, column: 33, scope: !33)
!42 = !DILocation(line: 5, column: 44, scope: !33)
