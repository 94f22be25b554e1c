//! The Python tracer (`tracer.py`) that the CPython backends run cases under, embedded or as a
//! process (and its reduced form for MicroPython), and the one figure of it the engine must
//! know to match its traces.

/// The tracer module's source.
pub const TRACER_SOURCE: &str = include_str!("tracer.py");

/// The reduced tracer the process backend runs on MicroPython, which lacks what tracer.py
/// needs (`tracer_micro.py` says what it cannot observe).
pub const MICRO_TRACER_SOURCE: &str = include_str!("tracer_micro.py");

/// Python frames the tracer occupies below a case's top-level code: CPython counts them
/// against the recursion limit, so the engine is told to (`EngineConfig::host_frames`) for its
/// RecursionErrors to come at the depth of the reference traces.
pub const TRACER_FRAMES: u32 = 6;
