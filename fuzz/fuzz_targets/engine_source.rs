//! The engine alone on arbitrary source text: parse errors, unsupported constructs, runaway
//! loops and deep recursion must all come back as outcomes; a panic or a crash is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Panics when the engine reports a crash (a caught panic); libFuzzer's panic hook also
    // aborts on the panic itself, and a stack overflow or abort is a crash of its own.
    yieldspec_engine::fuzz_one(data);
});

/// As in `engine_no_panic`: the engine does not collect general reference cycles (README,
/// "Deliberate differences"), so arbitrary programs leak them; panics are what this looks for.
#[no_mangle]
pub extern "C" fn __lsan_default_options() -> *const std::ffi::c_char {
    c"detect_leaks=0".as_ptr()
}
