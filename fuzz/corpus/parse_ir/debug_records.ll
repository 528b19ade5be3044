; Debug records as LLVM 19+ prints them, including argument lists and odd operands.
target triple = "x86_64-pc-linux-gnu"

define i32 @f(i32 %a, i32 %b, ptr %p) !dbg !5 {
entry:
  %x = alloca i32, align 4, !DIAssignID !20
    #dbg_declare(ptr %x, !10, !DIExpression(), !14)
    #dbg_value(i32 %a, !11, !DIExpression(), !14)
    #dbg_value(!DIArgList(i32 %a, i32 %b), !12, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !14)
    #dbg_value(i32 poison, !11, !DIExpression(), !14)
    #dbg_value(ptr undef, !13, !DIExpression(DW_OP_deref), !14)
    #dbg_value(i64 42, !13, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !14)
  store i32 %a, ptr %x, align 4, !DIAssignID !21
    #dbg_assign(i32 %a, !10, !DIExpression(), !21, ptr %x, !DIExpression(), !14)
    #dbg_assign(i1 undef, !10, !DIExpression(), !20, ptr %x, !DIExpression(), !14)
  br label %next, !dbg !14

next:
    #dbg_label(!15, !14)
  %s = add i32 %a, %b, !dbg !16
  ret i32 %s, !dbg !16
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "hand", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "rec.c", directory: "/src")
!2 = !{}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !2)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8, !8, !9}
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!10 = !DILocalVariable(name: "x", scope: !5, file: !1, line: 2, type: !8)
!11 = !DILocalVariable(name: "a", arg: 1, scope: !5, file: !1, line: 1, type: !8)
!12 = !DILocalVariable(name: "sum", scope: !5, file: !1, line: 3, type: !8)
!13 = !DILocalVariable(name: "p", arg: 3, scope: !5, file: !1, line: 1, type: !9)
!14 = !DILocation(line: 2, column: 7, scope: !5)
!15 = !DILabel(scope: !5, name: "next", file: !1, line: 4)
!16 = !DILocation(line: 5, column: 3, scope: !17, inlinedAt: !18)
!17 = distinct !DILexicalBlock(scope: !5, file: !1, line: 4, column: 1)
!18 = distinct !DILocation(line: 9, column: 1, scope: !5)
!20 = distinct !DIAssignID()
!21 = distinct !DIAssignID()
