; ModuleID = 'seh.c'
source_filename = "seh.c"
target datalayout = "e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-windows-msvc19.33.0"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @try_except(ptr noundef %p) #0 personality ptr @__C_specific_handler !dbg !9 {
entry:
  %retval = alloca i32, align 4
  %p.addr = alloca ptr, align 8
  %__exception_code = alloca i32, align 4
  store ptr %p, ptr %p.addr, align 8
    #dbg_declare(ptr %p.addr, !15, !DIExpression(), !16)
  %0 = load ptr, ptr %p.addr, align 8, !dbg !17
  invoke void @risky(ptr noundef %0) #5
          to label %invoke.cont unwind label %catch.dispatch, !dbg !17

catch.dispatch:                                   ; preds = %entry
  %1 = catchswitch within none [label %__except.ret] unwind to caller, !dbg !19

__except.ret:                                     ; preds = %catch.dispatch
  %2 = catchpad within %1 [ptr @"?filt$0@0@try_except@@"], !dbg !19
  catchret from %2 to label %__except, !dbg !19

__except:                                         ; preds = %__except.ret
  %3 = call i32 @llvm.eh.exceptioncode(token %2), !dbg !19
  store i32 %3, ptr %__exception_code, align 4, !dbg !19
  store i32 -1, ptr %retval, align 4, !dbg !20
  br label %return, !dbg !20

invoke.cont:                                      ; preds = %entry
  br label %__try.cont, !dbg !19

__try.cont:                                       ; preds = %invoke.cont
  store i32 0, ptr %retval, align 4, !dbg !22
  br label %return, !dbg !22

return:                                           ; preds = %__try.cont, %__except
  %4 = load i32, ptr %retval, align 4, !dbg !23
  ret i32 %4, !dbg !23
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @"?filt$0@0@try_except@@"(ptr noundef %exception_pointers, ptr noundef %frame_pointer) #0 !dbg !24 {
entry:
  %frame_pointer.addr = alloca ptr, align 8
  %exception_pointers.addr = alloca ptr, align 8
  %__exception_code = alloca i32, align 4
  store ptr %frame_pointer, ptr %frame_pointer.addr, align 8
    #dbg_declare(ptr %frame_pointer.addr, !26, !DIExpression(), !28)
  store ptr %exception_pointers, ptr %exception_pointers.addr, align 8
    #dbg_declare(ptr %exception_pointers.addr, !29, !DIExpression(), !28)
  %0 = getelementptr inbounds { ptr, ptr }, ptr %exception_pointers, i32 0, i32 0, !dbg !30
  %1 = load ptr, ptr %0, align 8, !dbg !30
  %2 = load i32, ptr %1, align 4, !dbg !30
  store i32 %2, ptr %__exception_code, align 4, !dbg !30
  %call = call i32 @filter(i32 noundef 0), !dbg !30
  ret i32 %call, !dbg !30
}

declare dso_local i32 @filter(i32 noundef) #1

declare dso_local void @risky(ptr noundef) #1

declare dso_local i32 @__C_specific_handler(...)

; Function Attrs: nounwind memory(none)
declare i32 @llvm.eh.exceptioncode(token) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @try_finally(ptr noundef %p) #0 personality ptr @__C_specific_handler !dbg !31 {
entry:
  %p.addr = alloca ptr, align 8
  %r = alloca i32, align 4
  call void (...) @llvm.localescape(ptr %r)
  store ptr %p, ptr %p.addr, align 8
    #dbg_declare(ptr %p.addr, !32, !DIExpression(), !33)
    #dbg_declare(ptr %r, !34, !DIExpression(), !35)
  store i32 0, ptr %r, align 4, !dbg !35
  %0 = load ptr, ptr %p.addr, align 8, !dbg !36
  invoke void @risky(ptr noundef %0) #5
          to label %invoke.cont unwind label %ehcleanup, !dbg !36

invoke.cont:                                      ; preds = %entry
  store i32 1, ptr %r, align 4, !dbg !38
  %1 = call ptr @llvm.localaddress(), !dbg !39
  call void @"?fin$0@0@try_finally@@"(i8 noundef 0, ptr noundef %1), !dbg !39
  %2 = load i32, ptr %r, align 4, !dbg !40
  ret i32 %2, !dbg !40

ehcleanup:                                        ; preds = %entry
  %3 = cleanuppad within none [], !dbg !39
  %4 = call ptr @llvm.localaddress(), !dbg !39
  call void @"?fin$0@0@try_finally@@"(i8 noundef 1, ptr noundef %4) [ "funclet"(token %3) ], !dbg !39
  cleanupret from %3 unwind to caller, !dbg !39
}

; Function Attrs: noinline nounwind uwtable
define internal void @"?fin$0@0@try_finally@@"(i8 noundef %abnormal_termination, ptr noundef %frame_pointer) #0 !dbg !41 {
entry:
  %frame_pointer.addr = alloca ptr, align 8
  %abnormal_termination.addr = alloca i8, align 1
  %r = call ptr @llvm.localrecover(ptr @try_finally, ptr %frame_pointer, i32 0)
  store ptr %frame_pointer, ptr %frame_pointer.addr, align 8
    #dbg_declare(ptr %frame_pointer.addr, !42, !DIExpression(), !43)
  store i8 %abnormal_termination, ptr %abnormal_termination.addr, align 1
    #dbg_declare(ptr %abnormal_termination.addr, !44, !DIExpression(), !43)
  %0 = load i32, ptr %r, align 4, !dbg !46
  %add = add nsw i32 %0, 2, !dbg !46
  store i32 %add, ptr %r, align 4, !dbg !46
  ret void, !dbg !48
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.localrecover(ptr, ptr, i32 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.localaddress() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.localescape(...) #4

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn }
attributes #5 = { noinline }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "seh.c", directory: "/src", checksumkind: CSK_MD5, checksum: "20a9fe7ee924b71eefdc37682c7e8cb2")
!2 = !{i32 2, !"CodeView", i32 1}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 2}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 1, !"MaxTLSAlign", i32 65536}
!8 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!9 = distinct !DISubprogram(name: "try_except", scope: !1, file: !1, line: 6, type: !10, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !14)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!14 = !{}
!15 = !DILocalVariable(name: "p", arg: 1, scope: !9, file: !1, line: 6, type: !13)
!16 = !DILocation(line: 6, scope: !9)
!17 = !DILocation(line: 8, scope: !18)
!18 = distinct !DILexicalBlock(scope: !9, file: !1, line: 7)
!19 = !DILocation(line: 9, scope: !18)
!20 = !DILocation(line: 10, scope: !21)
!21 = distinct !DILexicalBlock(scope: !9, file: !1, line: 9)
!22 = !DILocation(line: 12, scope: !9)
!23 = !DILocation(line: 13, scope: !9)
!24 = distinct !DISubprogram(linkageName: "?filt$0@0@try_except@@", scope: !1, file: !1, line: 9, type: !25, scopeLine: 9, flags: DIFlagArtificial, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !14)
!25 = !DISubroutineType(types: !14)
!26 = !DILocalVariable(name: "frame_pointer", arg: 2, scope: !24, type: !27, flags: DIFlagArtificial)
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!28 = !DILocation(line: 0, scope: !24)
!29 = !DILocalVariable(name: "exception_pointers", arg: 1, scope: !24, type: !27, flags: DIFlagArtificial)
!30 = !DILocation(line: 9, scope: !24)
!31 = distinct !DISubprogram(name: "try_finally", scope: !1, file: !1, line: 15, type: !10, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !14)
!32 = !DILocalVariable(name: "p", arg: 1, scope: !31, file: !1, line: 15, type: !13)
!33 = !DILocation(line: 15, scope: !31)
!34 = !DILocalVariable(name: "r", scope: !31, file: !1, line: 16, type: !12)
!35 = !DILocation(line: 16, scope: !31)
!36 = !DILocation(line: 18, scope: !37)
!37 = distinct !DILexicalBlock(scope: !31, file: !1, line: 17)
!38 = !DILocation(line: 19, scope: !37)
!39 = !DILocation(line: 20, scope: !37)
!40 = !DILocation(line: 23, scope: !31)
!41 = distinct !DISubprogram(linkageName: "?fin$0@0@try_finally@@", scope: !1, file: !1, line: 20, type: !25, scopeLine: 20, flags: DIFlagArtificial, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !14)
!42 = !DILocalVariable(name: "frame_pointer", arg: 2, scope: !41, type: !27, flags: DIFlagArtificial)
!43 = !DILocation(line: 0, scope: !41)
!44 = !DILocalVariable(name: "abnormal_termination", arg: 1, scope: !41, type: !45, flags: DIFlagArtificial)
!45 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!46 = !DILocation(line: 21, scope: !47)
!47 = distinct !DILexicalBlock(scope: !41, file: !1, line: 20)
!48 = !DILocation(line: 22, scope: !41)
