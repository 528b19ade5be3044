; Syntax from LLVM 20-22 (clang 20-22 output), which llvm-as-19 rejects: `samesign`,
; `captures(...)`, `initializes(...)`, GEP `nusw nuw`, `trunc nuw`, `dead_on_unwind`,
; `nocreateundeforpoison`, and `#dbg_declare_value`-free records with `!annotation`.
target triple = "x86_64-pc-linux-gnu"

@g = global [4 x i32] zeroinitializer
@gp = global ptr getelementptr inbounds nuw (i8, ptr @g, i64 4)

define noundef i32 @f(ptr noundef readonly captures(none) %p, ptr captures(address, read_provenance) %q, ptr dead_on_unwind writable initializes((0, 4), (8, 12)) %out, i32 %a, i32 %b) local_unnamed_addr #0 {
entry:
  %c = icmp samesign ult i32 %a, %b
  %c2 = icmp samesign eq i32 %a, 0
  %g = getelementptr inbounds nuw i8, ptr %p, i64 4
  %g2 = getelementptr nusw nuw [4 x i32], ptr @g, i64 0, i64 1
  %t = trunc nuw i32 %a to i8
  %l = load i32, ptr %g, align 4, !noundef !0, !annotation !1
  store i32 %l, ptr %out, align 4
  %s = select i1 %c, i32 %l, i32 %b, !prof !2
  %u = uitofp nneg i32 %s to float
  %f = fadd nnan ninf nsz arcp contract afn float %u, 1.0
  %z = zext nneg i8 %t to i32
  %r = or disjoint i32 %z, 256
  ret i32 %r
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite, target_mem0: read) denormal_fpenv(preservesign) "no-trapping-math"="true" }

!0 = !{}
!1 = !{!"auto-init"}
!2 = !{!"branch_weights", !"expected", i32 2000, i32 1}
