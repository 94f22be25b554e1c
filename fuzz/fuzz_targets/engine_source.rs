//! The engine alone on arbitrary source text: parse errors, unsupported constructs, runaway
//! loops and deep recursion must all come back as outcomes; a panic or a crash is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The engine's memory budget counts what a case holds through this allocator (as in the
/// `yieldspec` binary), so that a case growing without end is a `memory` outcome, well below
/// libFuzzer's `-rss_limit_mb`.
#[global_allocator]
static GLOBAL: yieldspec_engine::memory::Counting<std::alloc::System> =
    yieldspec_engine::memory::Counting(std::alloc::System);

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
