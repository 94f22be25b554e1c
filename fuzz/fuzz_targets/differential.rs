//! Differential fuzzing: bytes → generated generator program → run on two backends (default
//! `cpython` vs `engine`; set YIELDSPEC_LEFT / YIELDSPEC_RIGHT) → panic on a divergence.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yieldspec::fuzz::targets::differential(data);
});

/// Embedded CPython keeps its caches and interned objects for the life of the process, which
/// LeakSanitizer would report after every input; leaks are not what this target looks for.
#[no_mangle]
pub extern "C" fn __lsan_default_options() -> *const std::ffi::c_char {
    c"detect_leaks=0".as_ptr()
}
