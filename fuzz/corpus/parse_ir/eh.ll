; Exception handling: invoke/landingpad/resume (Itanium), callbr (asm goto) and the
; funclet pads of Windows EH (catchswitch/catchpad/catchret/cleanuppad/cleanupret).
target triple = "x86_64-pc-windows-msvc"

@typeinfo = external constant ptr
@filter_ti = external constant ptr

declare i32 @__gxx_personality_v0(...)
declare i32 @__CxxFrameHandler3(...)
declare void @may_throw(i32)
declare i32 @may_throw_i32()
declare ptr @__cxa_begin_catch(ptr)
declare void @__cxa_end_catch()
declare void @cleanup_fn(ptr)

define i32 @itanium(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 %x)
          to label %cont unwind label %lpad

cont:
  %r = invoke i32 @may_throw_i32()
          to label %done unwind label %lpad2

done:
  ret i32 %r

lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
          catch ptr @typeinfo
          catch ptr null
          filter [1 x ptr] [ptr @filter_ti]
  %exn = extractvalue { ptr, i32 } %lp, 0
  %sel = extractvalue { ptr, i32 } %lp, 1
  %c = call ptr @__cxa_begin_catch(ptr %exn)
  call void @__cxa_end_catch()
  ret i32 -1

lpad2:
  %lp2 = landingpad { ptr, i32 }
          cleanup
  call void @cleanup_fn(ptr null)
  resume { ptr, i32 } %lp2
}

define i32 @asm_goto(i32 %x) {
entry:
  callbr void asm "testl $0, $0; jne ${1:l}", "r,!i,~{dirflag},~{fpsr},~{flags}"(i32 %x)
          to label %fallthrough [label %taken]

fallthrough:
  %v = callbr i32 asm "mov $1, $0; jmp ${2:l}", "=r,r,!i,!i"(i32 %x)
          to label %ret [label %taken, label %other]

taken:
  ret i32 1

other:
  ret i32 2

ret:
  ret i32 %v
}

define void @msvc_catch() personality ptr @__CxxFrameHandler3 {
entry:
  invoke void @may_throw(i32 1)
          to label %exit unwind label %catch.dispatch

catch.dispatch:
  %cs = catchswitch within none [label %catch, label %catch.all] unwind to caller

catch:
  %cp = catchpad within %cs [ptr @typeinfo, i32 8, ptr null]
  call void @may_throw(i32 2) [ "funclet"(token %cp) ]
  catchret from %cp to label %exit

catch.all:
  %cp2 = catchpad within %cs [ptr null, i32 64, ptr null]
  catchret from %cp2 to label %exit

exit:
  ret void
}

define void @msvc_cleanup() personality ptr @__CxxFrameHandler3 {
entry:
  invoke void @may_throw(i32 1)
          to label %exit unwind label %ehcleanup

ehcleanup:
  %cl = cleanuppad within none []
  call void @cleanup_fn(ptr null) [ "funclet"(token %cl) ]
  cleanupret from %cl unwind to caller

exit:
  ret void
}

define void @msvc_nested() personality ptr @__CxxFrameHandler3 {
entry:
  invoke void @may_throw(i32 1)
          to label %exit unwind label %outer

outer:
  %cl = cleanuppad within none []
  invoke void @may_throw(i32 2) [ "funclet"(token %cl) ]
          to label %outer.done unwind label %dispatch

outer.done:
  cleanupret from %cl unwind label %dispatch

dispatch:
  %cs = catchswitch within none [label %handler] unwind to caller

handler:
  %cp = catchpad within %cs [ptr null, i32 64, ptr null]
  catchret from %cp to label %exit

exit:
  ret void
}
