; Global variable, alias and ifunc forms, comdats, sections, attribute groups and metadata.
source_filename = "globals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

$inline_fn = comdat any
$"quoted comdat" = comdat largest
$data_comdat = comdat nodeduplicate
$linkonce_odr_var = comdat exactmatch

@ext = external global i32, align 4
@ext_const = external constant [0 x i8]
@ext_weak = extern_weak global ptr
@ext_dso = external dso_local global i64, !dbg !20
@plain = global i32 1, align 4
@common_var = common global i64 0, align 8
@internal_var = internal global i32 3, align 4, !dbg !0
@private_var = private global i8 4
@weak_var = weak global i32 5
@weak_odr_var = weak_odr global i32 6, comdat($data_comdat)
@linkonce_var = linkonce global i32 7
@linkonce_odr_var = linkonce_odr hidden global i32 8, comdat
@avail = available_externally global i32 9
@appending = appending global [1 x ptr] [ptr @inline_fn]
@llvm.used = appending global [2 x ptr] [ptr @plain, ptr @sect], section "llvm.metadata"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]
@tls = thread_local global i32 0, align 4
@tls_ld = internal thread_local(localdynamic) global i32 1, align 4
@tls_ie = thread_local(initialexec) global ptr null
@tls_le = hidden thread_local(localexec) unnamed_addr global i32 2
@tls_ext = external thread_local global i32
@const = constant i32 10
@const_internal = internal constant [3 x i32] [i32 1, i32 2, i32 3], align 4
@unnamed = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@local_unnamed = internal local_unnamed_addr global i32 0, align 4
@sect = global i32 0, section ".data.custom", align 4
@sect_const = constant i32 0, section "__DATA,__const", partition "part1"
@vis = protected global i32 0
@dllimp = external dllimport global i32
@dsoloc = dso_local global i32 11, align 4, !dbg !22
@dsopre = dso_preemptable global i32 12
@addrsp = addrspace(1) global i32 13
@externally_init = externally_initialized global i32 0
@code_model = global i32 0, code_model "small"
@sanitized = global i32 0, no_sanitize_address
@"\01escaped" = global i32 14
@"with space" = global i32 15
@0 = private constant i32 16
@1 = internal global ptr @0

@alias = alias i32, ptr @plain
@alias_internal = internal alias i32, ptr @internal_var
@alias_fn = dso_local alias void (), ptr @inline_fn
@alias_weak = weak hidden alias void (), ptr @inline_fn
@alias_gep = alias i8, getelementptr (i8, ptr @const_internal, i64 4)
@alias_of_alias = alias i32, ptr @alias
@ifn = ifunc void (), ptr @resolver
@ifn_local = internal ifunc i32 (i32), ptr @resolver

define linkonce_odr void @inline_fn() comdat {
  ret void
}

define internal ptr @resolver() {
  ret ptr @inline_fn
}

define internal void @ctor() #0 section ".text.startup" {
  ret void
}

define weak_odr hidden void @in_comdat() comdat($"quoted comdat") align 16 {
  ret void
}

define available_externally i32 @avail_fn() {
  ret i32 0
}

define void @extern_weak_decl_user() {
  call void @weak_decl()
  ret void
}

declare extern_weak void @weak_decl()
declare dllimport i32 @imported(i32)
declare hidden i32 @hidden_decl() #1

define dso_local noundef i32 @attrs_fn(i32 noundef signext %a, ptr noalias nocapture noundef readonly align 4 dereferenceable(8) %p, ptr inreg %r) local_unnamed_addr #0 section ".text.hot" gc "statepoint-example" prefix i32 123 prologue i8 1 personality ptr @resolver !dbg !10 !prof !30 {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

define internal zeroext i1 @cc_fn(i64 %x, i64 %y) unnamed_addr #2 align 32 {
  ret i1 true
}

define x86_stdcallcc void @stdcall() {
  ret void
}

define cc 10 void @cc_num() {
  ret void
}

define void @uses_attrs() "frame-pointer"="all" "no-trapping-math"="true" nounwind uwtable(sync) allockind("alloc,zeroed") {
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { alwaysinline cold allocsize(0,1) memory(argmem: readwrite, inaccessiblemem: read) "empty" vscale_range(1,16) }

!llvm.dbg.cu = !{!4}
!llvm.module.flags = !{!12, !13, !14}
!llvm.ident = !{!15}
!named.empty = !{}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "internal_var", scope: !4, file: !5, line: 3, type: !6, isLocal: true, isDefinition: true)
!2 = !{}
!3 = !{!0, !21}
!4 = distinct !DICompileUnit(language: DW_LANG_C11, file: !5, producer: "clang version 19.1.7", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !3, splitDebugInlining: false, nameTableKind: None)
!5 = !DIFile(filename: "globals.c", directory: "/src", checksumkind: CSK_MD5, checksum: "0123456789abcdef0123456789abcdef")
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = !DISubroutineType(types: !8)
!8 = !{!6, !6, !9, !9}
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!10 = distinct !DISubprogram(name: "attrs_fn", scope: !5, file: !5, line: 12, type: !7, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !2)
!11 = !{i32 7, !"Dwarf Version", i32 5}
!12 = !{i32 2, !"Debug Info Version", i32 3}
!13 = !{i32 1, !"wchar_size", i32 4}
!14 = !{i32 8, !"PIC Level", i32 2}
!15 = !{!"clang version 19.1.7"}
!20 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression(DW_OP_constu, 42, DW_OP_stack_value))
!21 = !DIGlobalVariableExpression(var: !24, expr: !DIExpression())
!22 = !DIGlobalVariableExpression(var: !24, expr: !DIExpression(DW_OP_plus_uconst, 4))
!23 = distinct !DIGlobalVariable(name: "ext_dso", scope: !4, file: !5, line: 1, type: !6, isLocal: false, isDefinition: false)
!24 = distinct !DIGlobalVariable(name: "dsoloc", linkageName: "dsoloc_mangled", scope: !4, file: !5, line: 2, type: !25, isLocal: false, isDefinition: true, align: 32, annotations: !26)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !6)
!26 = !{!27}
!27 = !{!"btf_decl_tag", !"tag1"}
!30 = !{!"function_entry_count", i64 1000}
