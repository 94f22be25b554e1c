//! The trace model every yieldspec backend produces: what a case observably did, per statement.
//!
//! A [`Trace`] follows the REPL semantics of `DESIGN.md`: one [`Statement`] per top-level
//! statement (its line, its source text and the [`Event`]s it caused), then the teardown of the
//! namespace after an end marker. Backends build traces; [`normalize`] removes what varies from
//! run to run (memory addresses, in one place); [`text`] renders the stable line-oriented form
//! that references are stored in and diffs are made of. The JSON form is the serde form of these
//! types.

pub mod normalize;
pub mod text;

use serde::{Deserialize, Serialize};

/// Version of the trace format; bumped when the text form changes.
pub const FORMAT_VERSION: u32 = 1;

/// Everything a case observably did on one backend.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trace {
    /// Which implementation really ran the case (for CPython: `sys.version`). Shown in the
    /// header of the text form, never compared.
    pub backend: String,
    /// One entry per top-level statement that ran, in order.
    pub statements: Vec<Statement>,
    /// The teardown after the last statement (after the end marker), in order.
    pub teardown: Vec<TeardownStep>,
}

/// One top-level statement and the events it caused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// 1-based line of the statement's first token (decorators included).
    pub line: u32,
    /// Source text from the statement's first token to the end of that line, right-trimmed.
    pub source: String,
    pub events: Vec<Event>,
}

/// One step of the namespace teardown: deleting one binding (`del NAME`, in reverse order of
/// first binding) or the final cycle collection (`gc`). Steps without events are omitted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeardownStep {
    /// `del NAME` or `gc`.
    pub label: String,
    pub events: Vec<Event>,
}

/// Something observable that happened while a statement (or a teardown step) ran.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// Text written to `sys.stdout`; consecutive writes are merged into one event.
    Out { text: String },
    /// Text written to `sys.stderr`; consecutive writes are merged into one event.
    Err { text: String },
    /// `repr` of the non-None value of an expression statement.
    Value { repr: String },
    /// An exception escaped the statement.
    Raise { exception: ExceptionInfo },
    /// An exception reported to `sys.unraisablehook` (e.g. by a failing generator finalizer).
    Unraisable {
        /// The hook's `err_msg` (default `Exception ignored in`).
        message: String,
        /// `repr` of the hook's `object`, or empty when it is None.
        object: String,
        exception: ExceptionInfo,
    },
    /// A warning that the active filters let through.
    Warning {
        category: String,
        message: String,
        line: u32,
    },
    /// The output cap was reached: later output of this case is dropped.
    Truncated { cap: usize },
    /// Control passed between the caller and a generator or coroutine, or between two of them
    /// (recorded only when asked for: `yieldspec explain`). `from` and `to` are `caller` or an
    /// object as `NAME at 0x<address>` (normalised like every address).
    Transfer {
        step: Step,
        from: String,
        to: String,
        /// The sent, yielded or returned value's repr, or the exception's type name; empty
        /// for `start`.
        value: String,
    },
}

/// The kind of a control transfer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// First entry into a generator's frame (`next`, `send(None)`, iteration).
    Start,
    /// A suspended frame resumed with a value (`next()` sends None).
    Send,
    /// An exception thrown in at the suspension point (`throw()`; `close()` and finalization
    /// throw GeneratorExit).
    Throw,
    /// The frame yielded a value and is suspended.
    Yield,
    /// The frame returned (the StopIteration value).
    Return,
    /// An exception left the frame.
    Raise,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Send => "send",
            Step::Throw => "throw",
            Step::Yield => "yield",
            Step::Return => "return",
            Step::Raise => "raise",
        }
    }
}

/// The observable parts of an exception.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionInfo {
    /// Type name as a traceback prints it: `qualname`, prefixed by the module unless that is
    /// `builtins` or `__main__`.
    pub type_name: String,
    /// `repr(exception)`.
    pub repr: String,
    /// For StopIteration (and subclasses): `repr(exception.value)`.
    pub value: Option<String>,
    /// Type name of `__cause__`, when set.
    pub cause: Option<String>,
    /// Type name of `__context__`, when set.
    pub context: Option<String>,
    pub suppress_context: bool,
}

/// Where in a case a problem was found (1-based line and column).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: u32,
    pub column: u32,
}

/// What running one case on one backend gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// The case ran to the end; here is what it did.
    Completed { trace: Trace },
    /// The file does not parse.
    SyntaxError {
        backend: String,
        message: String,
        location: Location,
    },
    /// The backend does not model a construct the case uses.
    Unsupported {
        backend: String,
        what: String,
        location: Location,
    },
    /// The case did not finish within its time or fuel budget; `partial` holds what it did
    /// until then (its teardown is not run).
    Timeout { budget: String, partial: Trace },
    /// The case went past its memory budget; `partial` holds what it did until then.
    Memory { budget: String, partial: Trace },
    /// The case changed the interpreter in a way that cannot be undone (a thread left
    /// running, an audit hook added): neither its trace nor any later case's on that
    /// interpreter can be trusted, so the backend goes on with a fresh one.
    Poisoned { backend: String, message: String },
    /// The backend itself failed on this case (a panic, a crashed interpreter).
    Crashed { backend: String, message: String },
    /// The backend could not run at all (interpreter missing, worker wedged, …).
    Error { backend: String, message: String },
}

impl Outcome {
    /// Short name of the outcome kind, as used in summaries and statistics.
    pub fn kind(&self) -> OutcomeKind {
        match self {
            Outcome::Completed { .. } => OutcomeKind::Completed,
            Outcome::SyntaxError { .. } => OutcomeKind::SyntaxError,
            Outcome::Unsupported { .. } => OutcomeKind::Unsupported,
            Outcome::Timeout { .. } => OutcomeKind::Timeout,
            Outcome::Memory { .. } => OutcomeKind::Memory,
            Outcome::Poisoned { .. } => OutcomeKind::Poisoned,
            Outcome::Crashed { .. } => OutcomeKind::Crashed,
            Outcome::Error { .. } => OutcomeKind::Error,
        }
    }

    /// What a case that stopped at a limit (time, memory) did until then.
    pub fn partial(&self) -> Option<&Trace> {
        match self {
            Outcome::Timeout { partial, .. } | Outcome::Memory { partial, .. } => Some(partial),
            _ => None,
        }
    }

    /// The trace, when the case completed.
    pub fn trace(&self) -> Option<&Trace> {
        match self {
            Outcome::Completed { trace } => Some(trace),
            _ => None,
        }
    }

    /// One line saying why there is no complete trace (None when there is one).
    pub fn reason(&self) -> Option<String> {
        match self {
            Outcome::Completed { .. } => None,
            Outcome::SyntaxError {
                message, location, ..
            } => Some(format!(
                "syntax error: {message} at {}:{}",
                location.line, location.column
            )),
            Outcome::Unsupported { what, location, .. } => Some(format!(
                "unsupported: {what} at {}:{}",
                location.line, location.column
            )),
            Outcome::Timeout { budget, .. } => Some(format!("timeout: {budget}")),
            Outcome::Memory { budget, .. } => Some(format!("memory: {budget}")),
            Outcome::Poisoned { message, .. } => Some(format!("poisoned: {message}")),
            Outcome::Crashed { message, .. } => Some(format!("crashed: {message}")),
            Outcome::Error { message, .. } => Some(format!("error: {message}")),
        }
    }
}

/// The kinds of [`Outcome`], for counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    Completed,
    SyntaxError,
    Unsupported,
    Timeout,
    Memory,
    Poisoned,
    Crashed,
    Error,
}

impl OutcomeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Completed => "completed",
            OutcomeKind::SyntaxError => "syntax error",
            OutcomeKind::Unsupported => "unsupported",
            OutcomeKind::Timeout => "timeout",
            OutcomeKind::Memory => "memory",
            OutcomeKind::Poisoned => "poisoned",
            OutcomeKind::Crashed => "crashed",
            OutcomeKind::Error => "error",
        }
    }
}

/// What a backend records besides the trace's usual events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detail {
    /// The trace only.
    #[default]
    Trace,
    /// Also every control transfer of a generator or coroutine ([`Event::Transfer`]), for
    /// `yieldspec explain`.
    Transfers,
}

/// Limits every backend applies the same way, so that traces stay comparable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// Characters of stdout+stderr (and of each `repr`) kept per case; past it, output is
    /// dropped and one [`Event::Truncated`] is recorded.
    pub output_cap: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            output_cap: 1 << 20,
        }
    }
}
