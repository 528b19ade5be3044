; Constant and constant-expression forms in global initializers and operands (LLVM 19).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S = type { i32, [2 x i16], ptr }
%struct.P = type <{ i8, i64 }>
%struct.vt = type { [3 x ptr] }

@i = global i32 -42
@big = global i128 170141183460469231731687303715884105727
@huge = global i256 -57896044618658097711785492504343953926634992332820282019728792003956564819968
@hexu = global i64 u0xFFFFFFFFFFFFFFFF
@hexs = global i16 s0x7FFF
@b = global i1 true
@f = global float 0x3FB99999A0000000
@d = global double -1.250000e+00
@h = global half 0xH3C00
@bf = global bfloat 0xR3F80
@ld = global x86_fp80 0xK3FFF8000000000000000
@q = global fp128 0xL00000000000000003FFF000000000000
@pq = global ppc_fp128 0xM3FF00000000000000000000000000000
@str = private unnamed_addr constant [12 x i8] c"hello \22q\22\5C\0A\00", align 1
@bytes = constant [4 x i8] c"\00\FF\80A"
@s = global %struct.S { i32 1, [2 x i16] [i16 2, i16 3], ptr @i }
@nested = global [2 x %struct.S] [%struct.S { i32 1, [2 x i16] zeroinitializer, ptr null }, %struct.S { i32 2, [2 x i16] [i16 -1, i16 0], ptr getelementptr inbounds (i8, ptr @str, i64 6) }]
@packed = global %struct.P <{ i8 1, i64 2 }>
@anon = global { i32, { ptr, <2 x float> } } { i32 7, { ptr, <2 x float> } { ptr @s, <2 x float> <float 1.0, float 2.5> } }
@vec = global <4 x i32> <i32 1, i32 -2, i32 3, i32 4>
@undefs = global { i32, ptr, i8 } { i32 undef, ptr poison, i8 0 }
@zero = global %struct.S zeroinitializer
@empty = global {} zeroinitializer
@emptyarr = global [0 x i32] []
@gep1 = global ptr getelementptr (%struct.S, ptr @s, i64 0, i32 1, i64 1)
@gep2 = global ptr getelementptr inbounds nuw (%struct.S, ptr @zero, i32 0, i32 2)
@gep3 = global ptr getelementptr inbounds inrange(-16, 8) (i8, ptr @vtable, i64 16)
@gep4 = global ptr getelementptr nusw (i8, ptr @vtable, i64 8)
@vtable = constant %struct.vt { [3 x ptr] [ptr null, ptr @func, ptr @alias_fn] }
@p2i = global i64 ptrtoint (ptr @i to i64)
@i2p = global ptr inttoptr (i64 4096 to ptr)
@asc = global ptr addrspace(1) addrspacecast (ptr @i to ptr addrspace(1))
@sum = global i64 add (i64 ptrtoint (ptr @i to i64), i64 8)
@diff = global i64 sub (i64 ptrtoint (ptr @s to i64), i64 ptrtoint (ptr @i to i64))
@x = global i64 xor (i64 ptrtoint (ptr @i to i64), i64 -1)
@nsw = global i32 add nsw (i32 ptrtoint (ptr @i to i32), i32 1)
@ba = global ptr blockaddress(@func, %target)
@dle = global ptr dso_local_equivalent @func
@ncfi = global ptr no_cfi @func
@spl = global <4 x i32> splat (i32 7)
@splf = global <2 x double> splat (double 1.5)
@auth = global ptr ptrauth (ptr @func, i32 0)
@auth2 = global ptr ptrauth (ptr @func, i32 2, i64 1234, ptr @auth2)
@"\01quoted" = global ptr @"name with \22quote\22"
@"name with \22quote\22" = global i8 0
@trunc = global i16 trunc (i64 65537 to i16)
@bc = global ptr @func
@fns = global [2 x ptr] [ptr @func, ptr @func_decl]

declare void @func_decl()
@alias_fn = alias void (), ptr @func

define void @func() {
entry:
  br label %target

target:
  ret void
}

define i64 @operands(ptr %p) {
  %1 = getelementptr i8, ptr getelementptr inbounds (%struct.S, ptr @s, i64 0, i32 1), i64 1
  store ptr blockaddress(@func, %target), ptr %p
  store <4 x i32> splat (i32 -1), ptr %p
  store { i32, ptr } { i32 5, ptr @s }, ptr %p
  store [2 x i8] c"ok", ptr %p
  %2 = add i64 ptrtoint (ptr @i to i64), 1
  %3 = icmp eq ptr %p, getelementptr (i8, ptr @i, i64 4)
  %4 = select i1 %3, i64 %2, i64 sub (i64 0, i64 ptrtoint (ptr @s to i64))
  ret i64 %4
}
