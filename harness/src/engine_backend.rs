//! The `engine` backend: the Rust semantics engine, with a panic turned into a `Crashed`
//! outcome as a last line of defence.

use std::panic::{catch_unwind, AssertUnwindSafe};

use yieldspec_engine::{EngineConfig, PythonVersion};
use yieldspec_trace::Outcome;

use crate::backend::{Backend, RunConfig};
use crate::case::Case;

pub struct EngineBackend {
    config: EngineConfig,
    named_target: bool,
}

impl EngineBackend {
    pub fn new(target: Option<PythonVersion>, run: &RunConfig) -> Self {
        let defaults = EngineConfig::default();
        EngineBackend {
            config: EngineConfig {
                target: target.unwrap_or(defaults.target),
                fuel: run.fuel,
                limits: run.limits,
                detail: run.detail,
                time_budget: Some(run.timeout),
                memory: run.memory,
                host_frames: crate::tracer::TRACER_FRAMES,
                ..defaults
            },
            named_target: target.is_some(),
        }
    }
}

impl Backend for EngineBackend {
    fn name(&self) -> String {
        if self.named_target {
            format!("engine:{}", self.config.target)
        } else {
            "engine".into()
        }
    }

    fn describe(&self) -> String {
        yieldspec_engine::describe(&self.config)
    }

    fn python_version(&self) -> String {
        self.config.target.to_string()
    }

    fn run(&mut self, case: &Case) -> Outcome {
        let filename = case.filename();
        let result = catch_unwind(AssertUnwindSafe(|| {
            yieldspec_engine::run(&case.source, &filename, &self.config)
        }));
        result.unwrap_or_else(|payload| {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic payload".into());
            Outcome::Crashed {
                backend: self.describe(),
                message: format!("engine panicked: {message}"),
            }
        })
    }
}
