//! The engine alone on generated generator programs: it must return an outcome, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yieldspec::fuzz::targets::engine_no_panic(data);
});
