//! Hand-written bindings to `examples/handles`. Some declarations are wrong on purpose:
//! `ffiscope check examples/handles-sys` points them out.
#![allow(non_camel_case_types)]

use std::ffi::{c_char, c_int, c_uchar, c_ulong, c_void, CStr};

#[repr(C)]
pub struct hd_handle {
    _private: [u8; 0],
}

#[repr(C)]
pub struct hd_stream {
    pub next_in: *const c_uchar,
    pub avail_in: usize,
    pub next_out: *mut c_uchar,
    pub avail_out: usize,
    pub state: *mut c_void,
    // `opaque` is missing: the Rust struct is 8 bytes shorter than C's.
}

extern "C" {
    pub fn hd_open(name: *const c_char) -> *mut hd_handle;
    pub fn hd_close(h: *mut hd_handle);
    // C keeps `user` in the handle: a reference here invites a dangling pointer.
    pub fn hd_set_user(h: *mut hd_handle, user: &mut c_void);
    pub fn hd_name(h: *const hd_handle) -> *const c_char;
    // C's `len` is size_t: 64 bits, not 32.
    pub fn hd_checksum(sum: c_ulong, buf: *const c_uchar, len: u32) -> c_ulong;
    // C writes through `bytes_out`: `*const` is a lie.
    pub fn hd_stats(h: *const hd_handle, bytes_out: *const usize, calls_out: *mut c_int) -> c_int;
    pub fn hd_stream_init(strm: *mut hd_stream, level: c_int) -> c_int;
    pub fn hd_stream_end(strm: *mut hd_stream) -> c_int;
}

/// A safe owner of an `hd_handle`.
pub struct Handle(*mut hd_handle);

impl Handle {
    pub fn open(name: &CStr) -> Option<Handle> {
        // SAFETY: `name` is a valid C string; hd_open copies it.
        let h = unsafe { hd_open(name.as_ptr()) };
        (!h.is_null()).then_some(Handle(h))
    }

    pub fn name(&self) -> &CStr {
        // SAFETY: hd_name returns a pointer into the handle, valid while `self` lives.
        unsafe { CStr::from_ptr(hd_name(self.0)) }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle came from hd_open and is closed once.
        unsafe { hd_close(self.0) }
    }
}

pub fn checksum(buf: &[u8]) -> u64 {
    // SAFETY: hd_checksum only reads `buf`; the length is truncated (see FFI0003).
    unsafe { hd_checksum(1, buf.as_ptr(), buf.len() as u32) as u64 }
}
