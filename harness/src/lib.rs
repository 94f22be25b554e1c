//! yieldspec's harness: case files, backends (engine, embedded CPython), running, diffing,
//! reference traces and the commands of the `yieldspec` CLI.

pub mod backend;
#[cfg(feature = "embedded-cpython")]
pub mod bench;
pub mod case;
pub mod commands;
#[cfg(feature = "embedded-cpython")]
pub mod cpython;
pub mod crash_note;
pub mod diff;
pub mod doctests;
pub mod engine_backend;
pub mod error;
pub mod explain;
pub mod finalization;
pub mod fuzz;
pub mod interrupt;
pub mod known_failures;
pub mod matrix;
pub mod metadata;
pub mod process;
pub mod reference;
pub mod report;
pub mod report_index;
pub mod statements;
pub mod stats;
pub mod tracer;
pub mod tracer_result;
