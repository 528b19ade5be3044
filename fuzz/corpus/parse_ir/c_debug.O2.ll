; ModuleID = 'debug.c'
source_filename = "debug.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rect = type { i32, i32 }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local range(i32 -1, -2147483648) i32 @total_area(ptr nocapture noundef readonly %rs, i32 noundef %n) local_unnamed_addr #0 !dbg !10 {
entry:
    #dbg_value(ptr %rs, !21, !DIExpression(), !28)
    #dbg_value(i32 %n, !22, !DIExpression(), !28)
    #dbg_value(i32 0, !23, !DIExpression(), !28)
    #dbg_value(i32 0, !25, !DIExpression(), !29)
  %cmp7 = icmp sgt i32 %n, 0, !dbg !30
  br i1 %cmp7, label %for.body.preheader, label %for.cond.cleanup, !dbg !32

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext nneg i32 %n to i64, !dbg !30
  %xtraiter = and i64 %wide.trip.count, 3, !dbg !32
  %0 = icmp ult i32 %n, 4, !dbg !32
  br i1 %0, label %for.cond.cleanup.loopexit.unr-lcssa, label %for.body.preheader.new, !dbg !32

for.body.preheader.new:                           ; preds = %for.body.preheader
  %unroll_iter = and i64 %wide.trip.count, 2147483644, !dbg !32
  br label %for.body, !dbg !32

for.cond.cleanup.loopexit.unr-lcssa:              ; preds = %for.body, %for.body.preheader
  %add.lcssa.ph = phi i32 [ poison, %for.body.preheader ], [ %add.3, %for.body ]
  %indvars.iv.unr = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next.3, %for.body ]
  %sum.08.unr = phi i32 [ 0, %for.body.preheader ], [ %add.3, %for.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !32
  br i1 %lcmp.mod.not, label %for.cond.cleanup, label %for.body.epil, !dbg !32

for.body.epil:                                    ; preds = %for.cond.cleanup.loopexit.unr-lcssa, %for.body.epil
  %indvars.iv.epil = phi i64 [ %indvars.iv.next.epil, %for.body.epil ], [ %indvars.iv.unr, %for.cond.cleanup.loopexit.unr-lcssa ]
  %sum.08.epil = phi i32 [ %add.epil, %for.body.epil ], [ %sum.08.unr, %for.cond.cleanup.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %for.body.epil ], [ 0, %for.cond.cleanup.loopexit.unr-lcssa ]
    #dbg_value(i64 %indvars.iv.epil, !25, !DIExpression(), !29)
    #dbg_value(i32 %sum.08.epil, !23, !DIExpression(), !28)
  %arrayidx.epil = getelementptr inbounds %struct.rect, ptr %rs, i64 %indvars.iv.epil, !dbg !33
  %tmp.sroa.0.0.copyload.epil = load i64, ptr %arrayidx.epil, align 4, !dbg !33
    #dbg_value(i64 %tmp.sroa.0.0.copyload.epil, !24, !DIExpression(), !28)
  %r.sroa.0.0.extract.trunc.i.epil = trunc i64 %tmp.sroa.0.0.copyload.epil to i32
  %r.sroa.2.0.extract.shift.i.epil = lshr i64 %tmp.sroa.0.0.copyload.epil, 32
  %r.sroa.2.0.extract.trunc.i.epil = trunc nuw i64 %r.sroa.2.0.extract.shift.i.epil to i32
    #dbg_value(i32 %r.sroa.0.0.extract.trunc.i.epil, !35, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !40)
    #dbg_value(i32 %r.sroa.2.0.extract.trunc.i.epil, !35, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !40)
  %mul.i.epil = mul nsw i32 %r.sroa.2.0.extract.trunc.i.epil, %r.sroa.0.0.extract.trunc.i.epil, !dbg !42
  %add.epil = add nsw i32 %mul.i.epil, %sum.08.epil, !dbg !43
    #dbg_value(i32 %add.epil, !23, !DIExpression(), !28)
  %indvars.iv.next.epil = add nuw nsw i64 %indvars.iv.epil, 1, !dbg !44
    #dbg_value(i64 %indvars.iv.next.epil, !25, !DIExpression(), !29)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !32
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !32
  br i1 %epil.iter.cmp.not, label %for.cond.cleanup, label %for.body.epil, !dbg !32, !llvm.loop !45

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit.unr-lcssa, %for.body.epil, %entry
  %sum.0.lcssa = phi i32 [ 0, %entry ], [ %add.lcssa.ph, %for.cond.cleanup.loopexit.unr-lcssa ], [ %add.epil, %for.body.epil ], !dbg !28
  %.sum.0 = tail call i32 @llvm.smax.i32(i32 %sum.0.lcssa, i32 -1), !dbg !28
  ret i32 %.sum.0, !dbg !47

for.body:                                         ; preds = %for.body, %for.body.preheader.new
  %indvars.iv = phi i64 [ 0, %for.body.preheader.new ], [ %indvars.iv.next.3, %for.body ]
  %sum.08 = phi i32 [ 0, %for.body.preheader.new ], [ %add.3, %for.body ]
  %niter = phi i64 [ 0, %for.body.preheader.new ], [ %niter.next.3, %for.body ]
    #dbg_value(i64 %indvars.iv, !25, !DIExpression(), !29)
    #dbg_value(i32 %sum.08, !23, !DIExpression(), !28)
  %arrayidx = getelementptr inbounds %struct.rect, ptr %rs, i64 %indvars.iv, !dbg !33
  %tmp.sroa.0.0.copyload = load i64, ptr %arrayidx, align 4, !dbg !33
    #dbg_value(i64 %tmp.sroa.0.0.copyload, !24, !DIExpression(), !28)
  %r.sroa.0.0.extract.trunc.i = trunc i64 %tmp.sroa.0.0.copyload to i32
  %r.sroa.2.0.extract.shift.i = lshr i64 %tmp.sroa.0.0.copyload, 32
  %r.sroa.2.0.extract.trunc.i = trunc nuw i64 %r.sroa.2.0.extract.shift.i to i32
    #dbg_value(i32 %r.sroa.0.0.extract.trunc.i, !35, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !40)
    #dbg_value(i32 %r.sroa.2.0.extract.trunc.i, !35, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !40)
  %mul.i = mul nsw i32 %r.sroa.2.0.extract.trunc.i, %r.sroa.0.0.extract.trunc.i, !dbg !42
  %add = add nsw i32 %mul.i, %sum.08, !dbg !43
    #dbg_value(i32 %add, !23, !DIExpression(), !28)
  %indvars.iv.next = or disjoint i64 %indvars.iv, 1, !dbg !44
    #dbg_value(i64 %indvars.iv.next, !25, !DIExpression(), !29)
  %arrayidx.1 = getelementptr inbounds %struct.rect, ptr %rs, i64 %indvars.iv.next, !dbg !33
  %tmp.sroa.0.0.copyload.1 = load i64, ptr %arrayidx.1, align 4, !dbg !33
    #dbg_value(i64 %tmp.sroa.0.0.copyload.1, !24, !DIExpression(), !28)
  %r.sroa.0.0.extract.trunc.i.1 = trunc i64 %tmp.sroa.0.0.copyload.1 to i32
  %r.sroa.2.0.extract.shift.i.1 = lshr i64 %tmp.sroa.0.0.copyload.1, 32
  %r.sroa.2.0.extract.trunc.i.1 = trunc nuw i64 %r.sroa.2.0.extract.shift.i.1 to i32
    #dbg_value(i32 %r.sroa.0.0.extract.trunc.i.1, !35, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !40)
    #dbg_value(i32 %r.sroa.2.0.extract.trunc.i.1, !35, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !40)
  %mul.i.1 = mul nsw i32 %r.sroa.2.0.extract.trunc.i.1, %r.sroa.0.0.extract.trunc.i.1, !dbg !42
  %add.1 = add nsw i32 %mul.i.1, %add, !dbg !43
    #dbg_value(i32 %add.1, !23, !DIExpression(), !28)
  %indvars.iv.next.1 = or disjoint i64 %indvars.iv, 2, !dbg !44
    #dbg_value(i64 %indvars.iv.next.1, !25, !DIExpression(), !29)
  %arrayidx.2 = getelementptr inbounds %struct.rect, ptr %rs, i64 %indvars.iv.next.1, !dbg !33
  %tmp.sroa.0.0.copyload.2 = load i64, ptr %arrayidx.2, align 4, !dbg !33
    #dbg_value(i64 %tmp.sroa.0.0.copyload.2, !24, !DIExpression(), !28)
  %r.sroa.0.0.extract.trunc.i.2 = trunc i64 %tmp.sroa.0.0.copyload.2 to i32
  %r.sroa.2.0.extract.shift.i.2 = lshr i64 %tmp.sroa.0.0.copyload.2, 32
  %r.sroa.2.0.extract.trunc.i.2 = trunc nuw i64 %r.sroa.2.0.extract.shift.i.2 to i32
    #dbg_value(i32 %r.sroa.0.0.extract.trunc.i.2, !35, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !40)
    #dbg_value(i32 %r.sroa.2.0.extract.trunc.i.2, !35, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !40)
  %mul.i.2 = mul nsw i32 %r.sroa.2.0.extract.trunc.i.2, %r.sroa.0.0.extract.trunc.i.2, !dbg !42
  %add.2 = add nsw i32 %mul.i.2, %add.1, !dbg !43
    #dbg_value(i32 %add.2, !23, !DIExpression(), !28)
  %indvars.iv.next.2 = or disjoint i64 %indvars.iv, 3, !dbg !44
    #dbg_value(i64 %indvars.iv.next.2, !25, !DIExpression(), !29)
  %arrayidx.3 = getelementptr inbounds %struct.rect, ptr %rs, i64 %indvars.iv.next.2, !dbg !33
  %tmp.sroa.0.0.copyload.3 = load i64, ptr %arrayidx.3, align 4, !dbg !33
    #dbg_value(i64 %tmp.sroa.0.0.copyload.3, !24, !DIExpression(), !28)
  %r.sroa.0.0.extract.trunc.i.3 = trunc i64 %tmp.sroa.0.0.copyload.3 to i32
  %r.sroa.2.0.extract.shift.i.3 = lshr i64 %tmp.sroa.0.0.copyload.3, 32
  %r.sroa.2.0.extract.trunc.i.3 = trunc nuw i64 %r.sroa.2.0.extract.shift.i.3 to i32
    #dbg_value(i32 %r.sroa.0.0.extract.trunc.i.3, !35, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !40)
    #dbg_value(i32 %r.sroa.2.0.extract.trunc.i.3, !35, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !40)
  %mul.i.3 = mul nsw i32 %r.sroa.2.0.extract.trunc.i.3, %r.sroa.0.0.extract.trunc.i.3, !dbg !42
  %add.3 = add nsw i32 %mul.i.3, %add.2, !dbg !43
    #dbg_value(i32 %add.3, !23, !DIExpression(), !28)
  %indvars.iv.next.3 = add nuw nsw i64 %indvars.iv, 4, !dbg !44
    #dbg_value(i64 %indvars.iv.next.3, !25, !DIExpression(), !29)
  %niter.next.3 = add i64 %niter, 4, !dbg !32
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter, !dbg !32
  br i1 %niter.ncmp.3, label %for.cond.cleanup.loopexit.unr-lcssa, label %for.body, !dbg !32, !llvm.loop !48
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @fill(ptr nocapture noundef writeonly %out, i32 noundef %w) local_unnamed_addr #2 !dbg !51 {
entry:
    #dbg_value(ptr %out, !56, !DIExpression(), !59)
    #dbg_value(i32 %w, !57, !DIExpression(), !59)
    #dbg_value(i32 %w, !58, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !59)
  %mul = shl nsw i32 %w, 1, !dbg !60
    #dbg_value(i32 %mul, !58, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !59)
  store i32 %w, ptr %out, align 4, !dbg !61, !tbaa !62
  %r.sroa.4.0..sroa_idx = getelementptr inbounds i8, ptr %out, i64 4, !dbg !61
  store i32 %mul, ptr %r.sroa.4.0..sroa_idx, align 4, !dbg !61, !tbaa !62
  ret void, !dbg !66
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 -2147483645, -2147483648) i32 @escaped(i32 noundef %w) local_unnamed_addr #3 !dbg !67 {
entry:
  %arr = alloca [4 x i32], align 16, !DIAssignID !76
    #dbg_assign(i1 undef, !72, !DIExpression(), !76, ptr %arr, !DIExpression(), !77)
    #dbg_value(i32 %w, !71, !DIExpression(), !77)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %arr) #6, !dbg !78
  store i32 %w, ptr %arr, align 16, !dbg !79, !tbaa !62, !DIAssignID !80
    #dbg_assign(i32 %w, !72, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !80, ptr %arr, !DIExpression(), !77)
  call void @init(ptr noundef nonnull %arr) #6, !dbg !81
    #dbg_assign(i32 3, !72, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !82, ptr %arr, !DIExpression(DW_OP_plus_uconst, 4), !77)
  %0 = load i32, ptr %arr, align 16, !dbg !83, !tbaa !62
  %add = add nsw i32 %0, 3, !dbg !84
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %arr) #6, !dbg !85
  ret i32 %add, !dbg !86
}

declare !dbg !87 void @init(ptr noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #5

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7, !8}
!llvm.ident = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "debug.c", directory: "/src", checksumkind: CSK_MD5, checksum: "dd5778667d6c850189b711616137cb6e")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!9 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!10 = distinct !DISubprogram(name: "total_area", scope: !1, file: !1, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !20)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !14, !13}
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!16 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rect", file: !1, line: 3, size: 64, elements: !17)
!17 = !{!18, !19}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !16, file: !1, line: 3, baseType: !13, size: 32)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "h", scope: !16, file: !1, line: 3, baseType: !13, size: 32, offset: 32)
!20 = !{!21, !22, !23, !24, !25, !27}
!21 = !DILocalVariable(name: "rs", arg: 1, scope: !10, file: !1, line: 7, type: !14)
!22 = !DILocalVariable(name: "n", arg: 2, scope: !10, file: !1, line: 7, type: !13)
!23 = !DILocalVariable(name: "sum", scope: !10, file: !1, line: 8, type: !13)
!24 = !DILocalVariable(name: "tmp", scope: !10, file: !1, line: 9, type: !16)
!25 = !DILocalVariable(name: "i", scope: !26, file: !1, line: 10, type: !13)
!26 = distinct !DILexicalBlock(scope: !10, file: !1, line: 10, column: 5)
!27 = !DILabel(scope: !10, name: "fail", file: !1, line: 17)
!28 = !DILocation(line: 0, scope: !10)
!29 = !DILocation(line: 0, scope: !26)
!30 = !DILocation(line: 10, column: 23, scope: !31)
!31 = distinct !DILexicalBlock(scope: !26, file: !1, line: 10, column: 5)
!32 = !DILocation(line: 10, column: 5, scope: !26)
!33 = !DILocation(line: 11, column: 15, scope: !34)
!34 = distinct !DILexicalBlock(scope: !31, file: !1, line: 10, column: 33)
!35 = !DILocalVariable(name: "r", arg: 1, scope: !36, file: !1, line: 5, type: !16)
!36 = distinct !DISubprogram(name: "area", scope: !1, file: !1, line: 5, type: !37, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !39)
!37 = !DISubroutineType(types: !38)
!38 = !{!13, !16}
!39 = !{!35}
!40 = !DILocation(line: 0, scope: !36, inlinedAt: !41)
!41 = distinct !DILocation(line: 12, column: 16, scope: !34)
!42 = !DILocation(line: 5, column: 45, scope: !36, inlinedAt: !41)
!43 = !DILocation(line: 12, column: 13, scope: !34)
!44 = !DILocation(line: 10, column: 29, scope: !31)
!45 = distinct !{!45, !46}
!46 = !{!"llvm.loop.unroll.disable"}
!47 = !DILocation(line: 19, column: 1, scope: !10)
!48 = distinct !{!48, !32, !49, !50}
!49 = !DILocation(line: 13, column: 5, scope: !26)
!50 = !{!"llvm.loop.mustprogress"}
!51 = distinct !DISubprogram(name: "fill", scope: !1, file: !1, line: 21, type: !52, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !55)
!52 = !DISubroutineType(types: !53)
!53 = !{null, !54, !13}
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!55 = !{!56, !57, !58}
!56 = !DILocalVariable(name: "out", arg: 1, scope: !51, file: !1, line: 21, type: !54)
!57 = !DILocalVariable(name: "w", arg: 2, scope: !51, file: !1, line: 21, type: !13)
!58 = !DILocalVariable(name: "r", scope: !51, file: !1, line: 22, type: !16)
!59 = !DILocation(line: 0, scope: !51)
!60 = !DILocation(line: 22, column: 27, scope: !51)
!61 = !DILocation(line: 23, column: 12, scope: !51)
!62 = !{!63, !63, i64 0}
!63 = !{!"int", !64, i64 0}
!64 = !{!"omnipotent char", !65, i64 0}
!65 = !{!"Simple C/C++ TBAA"}
!66 = !DILocation(line: 24, column: 1, scope: !51)
!67 = distinct !DISubprogram(name: "escaped", scope: !1, file: !1, line: 27, type: !68, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !70)
!68 = !DISubroutineType(types: !69)
!69 = !{!13, !13}
!70 = !{!71, !72}
!71 = !DILocalVariable(name: "w", arg: 1, scope: !67, file: !1, line: 27, type: !13)
!72 = !DILocalVariable(name: "arr", scope: !67, file: !1, line: 28, type: !73)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 128, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 4)
!76 = distinct !DIAssignID()
!77 = !DILocation(line: 0, scope: !67)
!78 = !DILocation(line: 28, column: 5, scope: !67)
!79 = !DILocation(line: 29, column: 12, scope: !67)
!80 = distinct !DIAssignID()
!81 = !DILocation(line: 30, column: 5, scope: !67)
!82 = distinct !DIAssignID()
!83 = !DILocation(line: 32, column: 12, scope: !67)
!84 = !DILocation(line: 32, column: 19, scope: !67)
!85 = !DILocation(line: 33, column: 1, scope: !67)
!86 = !DILocation(line: 32, column: 5, scope: !67)
!87 = !DISubprogram(name: "init", scope: !1, file: !1, line: 26, type: !88, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!88 = !DISubroutineType(types: !89)
!89 = !{null, !90}
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
