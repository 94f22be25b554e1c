//! `--finalization`: when the trace records a finalizer's events — at the exact moment CPython
//! runs it (the default), or at the end of the statement that made its object garbage, after
//! the collector has run (`at-gc`, for comparing runtimes without reference counting).

use std::fmt;

/// The finalization mode of a run (the tracer's `finalization` option).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Finalization {
    /// CPython's timing: a finalizer's events are recorded where it ran (at `del`, at the
    /// last reference); the teardown deletes names, then collects.
    #[default]
    Exact,
    /// After every top-level statement the collector runs until it frees nothing more, and
    /// every finalizer's events are recorded at that statement's end, one group per finalizer,
    /// groups in a canonical order; the teardown collects before it deletes names. CPython
    /// (finalizes at `del`) and PyPy (at the next collection) then give the same trace.
    AtGc,
}

impl Finalization {
    /// The name on the command line and in the tracer's options.
    pub fn as_str(self) -> &'static str {
        match self {
            Finalization::Exact => "exact",
            Finalization::AtGc => "at-gc",
        }
    }
}

impl fmt::Display for Finalization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The options object the Python tracer (`tracer.py`) takes with every case.
pub fn tracer_options(
    run: &crate::backend::RunConfig,
) -> serde_json::Map<String, serde_json::Value> {
    let mut options = serde_json::Map::new();
    options.insert("output_cap".into(), run.limits.output_cap.into());
    options.insert("isolate".into(), run.isolation.full().into());
    if run.finalization != Finalization::Exact {
        options.insert("finalization".into(), run.finalization.as_str().into());
    }
    if run.detail == yieldspec_trace::Detail::Transfers {
        options.insert("transfers".into(), true.into());
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::RunConfig;

    #[test]
    fn the_default_sends_no_finalization_option() {
        let exact = tracer_options(&RunConfig::default());
        assert!(!exact.contains_key("finalization"));
        let at_gc = tracer_options(&RunConfig {
            finalization: Finalization::AtGc,
            ..RunConfig::default()
        });
        assert_eq!(at_gc["finalization"], "at-gc");
    }
}
