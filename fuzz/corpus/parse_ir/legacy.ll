; Forms from clang 15-18 that LLVM 19 no longer accepts: llvm.dbg.* intrinsic calls with
; metadata operands, icmp/mul/shl/and/or constant expressions, `inrange` on a GEP index,
; and the old `nocapture` spelling.
target triple = "x86_64-pc-linux-gnu"

@g = global i32 0
@vt = constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr null, ptr @f, ptr @f] }
@vptr = global ptr getelementptr inbounds ({ [4 x ptr] }, ptr @vt, i32 0, inrange i32 0, i32 2)
@cmp = global i1 icmp eq (ptr @g, ptr null)
@fcmp = global i1 fcmp olt (float 1.0, float 2.0)
@mul = global i64 mul (i64 ptrtoint (ptr @g to i64), i64 3)
@shl = global i64 shl (i64 ptrtoint (ptr @g to i64), i64 2)
@and = global i64 and (i64 ptrtoint (ptr @g to i64), i64 -8)
@or = global i64 or (i64 ptrtoint (ptr @g to i64), i64 1)
@lshr = global i64 lshr (i64 ptrtoint (ptr @g to i64), i64 3)
@sel = global i32 select (i1 icmp eq (ptr @g, ptr null), i32 1, i32 2)
@ee = global i32 extractelement (<2 x i32> <i32 1, i32 2>, i32 1)
@zx = global i64 zext (i32 ptrtoint (ptr @g to i32) to i64)

declare void @llvm.dbg.declare(metadata, metadata, metadata)
declare void @llvm.dbg.value(metadata, metadata, metadata)
declare void @llvm.dbg.label(metadata)
declare void @llvm.dbg.assign(metadata, metadata, metadata, metadata, metadata, metadata)

define i32 @f(i32 noundef %a, ptr nocapture noundef readonly %p) !dbg !5 {
entry:
  %x = alloca i32, align 4, !DIAssignID !20
  call void @llvm.dbg.declare(metadata ptr %x, metadata !10, metadata !DIExpression()), !dbg !14
  call void @llvm.dbg.value(metadata i32 %a, metadata !11, metadata !DIExpression()), !dbg !14
  call void @llvm.dbg.value(metadata !DIArgList(i32 %a, i32 %a), metadata !12, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value)), !dbg !14
  call void @llvm.dbg.value(metadata i32 undef, metadata !11, metadata !DIExpression()), !dbg !14
  call void @llvm.dbg.assign(metadata i32 %a, metadata !10, metadata !DIExpression(), metadata !20, metadata ptr %x, metadata !DIExpression()), !dbg !14
  call void @llvm.dbg.label(metadata !15), !dbg !14
  %c = icmp eq i32 %a, ptrtoint (ptr @g to i32)
  %v = load i32, ptr %p
  ret i32 %v, !dbg !14
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "clang version 16.0.6", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "legacy.c", directory: "/src")
!2 = !{}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, scopeLine: 1, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !2)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8, !9}
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!10 = !DILocalVariable(name: "x", scope: !5, file: !1, line: 2, type: !8)
!11 = !DILocalVariable(name: "a", arg: 1, scope: !5, file: !1, line: 1, type: !8)
!12 = !DILocalVariable(name: "twice", scope: !5, file: !1, line: 3, type: !8)
!13 = !DILocalVariable(name: "p", arg: 2, scope: !5, file: !1, line: 1, type: !9)
!14 = !DILocation(line: 2, column: 7, scope: !5)
!15 = !DILabel(scope: !5, name: "out", file: !1, line: 4)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!20 = distinct !DIAssignID()
