//! The tracer's result as the harness reads it: [`RawResult`], from the tracer's JSON (the
//! process backend, and any reply the embedded backend cannot read directly) or straight from
//! the Python dict `tracer.run_case_result` returns (the embedded backend: no `json.dumps` in
//! Python and no JSON parse in Rust per case), and the [`Outcome`] it stands for.
//!
//! Reading the dict follows the serde form field by field (a missing defaulted field is its
//! default, every other field must be there with its type); whatever it does not accept is read
//! through JSON instead, so both ways give the same outcome.

use serde::Deserialize;
use yieldspec_trace::{Location, Outcome, Statement, TeardownStep, Trace};

/// The tracer's reply.
#[derive(Debug, Deserialize)]
pub struct RawResult {
    status: String,
    backend: String,
    #[serde(default)]
    statements: Vec<Statement>,
    #[serde(default)]
    teardown: Vec<TeardownStep>,
    #[serde(default)]
    message: String,
    #[serde(default)]
    line: u32,
    #[serde(default)]
    column: u32,
}

/// Turn the tracer's JSON into an outcome (shared by the process and embedded backends).
pub fn parse_reply(json: &str, fallback_backend: String, budget: &str) -> Outcome {
    match serde_json::from_str::<RawResult>(json) {
        Ok(raw) => raw.into_outcome(budget),
        Err(e) => Outcome::Crashed {
            backend: fallback_backend,
            message: format!("unreadable tracer reply: {e}"),
        },
    }
}

impl RawResult {
    /// The outcome this reply stands for; `budget` names the time budget of a timeout.
    pub fn into_outcome(self, budget: &str) -> Outcome {
        let trace = Trace {
            backend: self.backend.clone(),
            statements: self.statements,
            teardown: self.teardown,
        };
        match self.status.as_str() {
            "completed" => Outcome::Completed { trace },
            "timeout" => Outcome::Timeout {
                budget: budget.to_string(),
                partial: trace,
            },
            "syntax_error" => Outcome::SyntaxError {
                backend: self.backend,
                message: self.message,
                location: Location {
                    line: self.line,
                    column: self.column,
                },
            },
            "poisoned" => Outcome::Poisoned {
                backend: self.backend,
                message: self.message,
            },
            "exited" => Outcome::Crashed {
                backend: self.backend,
                message: self.message,
            },
            "tracer_error" => Outcome::Crashed {
                backend: self.backend,
                message: format!("the tracer failed: {}", self.message),
            },
            other => Outcome::Crashed {
                backend: self.backend,
                message: format!("tracer reported unknown status {other:?}"),
            },
        }
    }
}

/// Reading the dict straight from Python (the embedded backend).
#[cfg(feature = "embedded-cpython")]
mod py {
    use pyo3::exceptions::PyTypeError;
    use pyo3::prelude::*;
    use pyo3::types::{PyBool, PyDict, PyList};
    use yieldspec_trace::{Event, ExceptionInfo, Step};

    use super::*;

    impl RawResult {
        /// Read the dict `run_case_result` returns; Err when it is not in the form the JSON reader
        /// accepts (the caller then goes through JSON).
        pub fn from_py(result: &Bound<'_, PyAny>) -> PyResult<RawResult> {
            let d = result.cast::<PyDict>()?;
            Ok(RawResult {
                status: req(d, "status")?,
                backend: req(d, "backend")?,
                statements: opt_list(d, "statements", statement)?,
                teardown: opt_list(d, "teardown", teardown_step)?,
                message: opt(d, "message")?.unwrap_or_default(),
                line: opt_u32(d, "line")?.unwrap_or_default(),
                column: opt_u32(d, "column")?.unwrap_or_default(),
            })
        }
    }

    fn statement(obj: &Bound<'_, PyAny>) -> PyResult<Statement> {
        let d = obj.cast::<PyDict>()?;
        Ok(Statement {
            line: u32_of(&item(d, "line")?)?,
            source: req(d, "source")?,
            events: list(&item(d, "events")?, event)?,
        })
    }

    fn teardown_step(obj: &Bound<'_, PyAny>) -> PyResult<TeardownStep> {
        let d = obj.cast::<PyDict>()?;
        Ok(TeardownStep {
            label: req(d, "label")?,
            events: list(&item(d, "events")?, event)?,
        })
    }

    fn event(obj: &Bound<'_, PyAny>) -> PyResult<Event> {
        let d = obj.cast::<PyDict>()?;
        let kind: String = req(d, "kind")?;
        Ok(match kind.as_str() {
            "out" => Event::Out {
                text: req(d, "text")?,
            },
            "err" => Event::Err {
                text: req(d, "text")?,
            },
            "value" => Event::Value {
                repr: req(d, "repr")?,
            },
            "raise" => Event::Raise {
                exception: exception(&item(d, "exception")?)?,
            },
            "unraisable" => Event::Unraisable {
                message: req(d, "message")?,
                object: req(d, "object")?,
                exception: exception(&item(d, "exception")?)?,
            },
            "warning" => Event::Warning {
                category: req(d, "category")?,
                message: req(d, "message")?,
                line: u32_of(&item(d, "line")?)?,
            },
            "truncated" => {
                let cap = item(d, "cap")?;
                not_bool(&cap)?;
                Event::Truncated {
                    cap: cap.extract()?,
                }
            }
            "transfer" => Event::Transfer {
                step: step(&req(d, "step")?)?,
                from: req(d, "from")?,
                to: req(d, "to")?,
                value: req(d, "value")?,
            },
            _ => return Err(PyTypeError::new_err("unknown event kind")),
        })
    }

    fn step(name: &str) -> PyResult<Step> {
        serde_json::from_value(serde_json::Value::String(name.into()))
            .map_err(|_| PyTypeError::new_err("unknown transfer step"))
    }

    fn exception(obj: &Bound<'_, PyAny>) -> PyResult<ExceptionInfo> {
        let d = obj.cast::<PyDict>()?;
        Ok(ExceptionInfo {
            type_name: req(d, "type_name")?,
            repr: req(d, "repr")?,
            value: opt(d, "value")?,
            cause: opt(d, "cause")?,
            context: opt(d, "context")?,
            suppress_context: item(d, "suppress_context")?.cast::<PyBool>()?.is_true(),
        })
    }

    fn item<'py>(d: &Bound<'py, PyDict>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        d.get_item(key)?
            .ok_or_else(|| PyTypeError::new_err("missing field"))
    }

    /// A required string field.
    fn req(d: &Bound<'_, PyDict>, key: &str) -> PyResult<String> {
        item(d, key)?.extract()
    }

    /// An optional string field: missing or None is None.
    fn opt(d: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<String>> {
        match d.get_item(key)? {
            Some(v) if !v.is_none() => Ok(Some(v.extract()?)),
            _ => Ok(None),
        }
    }

    /// A defaulted integer field: missing is None (None itself is not a number).
    fn opt_u32(d: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<u32>> {
        d.get_item(key)?.map(|v| u32_of(&v)).transpose()
    }

    /// A defaulted list field: missing is empty.
    fn opt_list<T>(
        d: &Bound<'_, PyDict>,
        key: &str,
        each: fn(&Bound<'_, PyAny>) -> PyResult<T>,
    ) -> PyResult<Vec<T>> {
        match d.get_item(key)? {
            Some(v) => list(&v, each),
            None => Ok(Vec::new()),
        }
    }

    fn list<T>(
        obj: &Bound<'_, PyAny>,
        each: fn(&Bound<'_, PyAny>) -> PyResult<T>,
    ) -> PyResult<Vec<T>> {
        obj.cast::<PyList>()?.iter().map(|v| each(&v)).collect()
    }

    /// An integer (JSON has no bools that are numbers).
    fn u32_of(v: &Bound<'_, PyAny>) -> PyResult<u32> {
        not_bool(v)?;
        v.extract()
    }

    fn not_bool(v: &Bound<'_, PyAny>) -> PyResult<()> {
        if v.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err("a bool is not a number"));
        }
        Ok(())
    }
}
