//! Coroutine origin tracking (`sys.set_coroutine_origin_tracking_depth`, `cr_origin`): while
//! it is on, the Python frames running, outermost first, each with the instruction it is at,
//! so that a new coroutine can record where it was created as CPython's `compute_cr_origin`
//! does. Off (the default), nothing is listed: a frame costs one test of the depth.

use std::rc::Rc;

use crate::compile::Code;
use crate::value::{Args, PyResult, Value};
use crate::vm::{ExcKind, Vm};

/// The running frames and the tracking depth.
#[derive(Default)]
pub struct Origin {
    /// How many frames a new coroutine records in `cr_origin` (0: tracking is off).
    pub depth: u32,
    /// The frames `run_frame` is running (and those a `yield from` resumes through), outermost
    /// first: the code and the index one past the instruction it is at.
    frames: Vec<(Rc<Code>, usize)>,
    /// Frames of `yield from` chains that the resume loop entered without listing them here
    /// (see `generator::chain`): while there are any, the list is not the whole stack.
    unlisted: u32,
}

impl Origin {
    #[inline]
    pub fn enter(&mut self, code: &Rc<Code>, pc: usize) {
        self.frames.push((code.clone(), pc));
    }

    #[inline]
    pub fn leave(&mut self) {
        self.frames.pop();
    }

    /// The innermost frame is at instruction `pc` (before it runs something that may call).
    #[inline]
    pub fn at(&mut self, pc: usize) {
        if let Some(top) = self.frames.last_mut() {
            top.1 = pc;
        }
    }

    /// Whether origins are tracked (frames are listed only then; `yield from` chains resume
    /// their levels in a loop, which lists none, only when not).
    #[inline]
    pub fn tracking(&self) -> bool {
        self.depth != 0
    }

    pub fn add_unlisted(&mut self, n: u32) {
        self.unlisted += n;
    }

    pub fn remove_unlisted(&mut self, n: u32) {
        self.unlisted -= n;
    }
}

impl Vm {
    /// `cr_origin` of a coroutine created now: `(filename, line, function name)` of the
    /// innermost `depth` frames, innermost first (the caller of the coroutine function first).
    pub(crate) fn coroutine_origin(&mut self) -> PyResult<Value> {
        // Frames entered before tracking was switched on are not listed (the module frame and
        // the functions running then): an origin that would reach them is not modelled.
        let listed = self.origin.frames.len();
        let running = self.depth as usize + 1;
        if self.origin.unlisted > 0 || (running > listed && self.origin.depth as usize > listed) {
            return self.unsupported(
                "cr_origin reaching frames that were running when origin tracking was switched on",
            );
        }
        let entries = self
            .origin
            .frames
            .iter()
            .rev()
            .take(self.origin.depth as usize)
            .map(|(code, pc)| {
                Value::tuple(vec![
                    Value::Str(self.filename.clone()),
                    Value::Int(i64::from(code.line_at(pc.saturating_sub(1)))),
                    Value::Str(code.name.clone()),
                ])
            })
            .collect();
        Ok(Value::tuple(entries))
    }

    /// The lines `warnings._warn_unawaited_coroutine` adds for a coroutine with an origin:
    /// `Coroutine created at (most recent call last)` and the frames, outermost first, as
    /// `traceback.format_list` writes them.
    pub(crate) fn origin_text(&self, origin: &Value) -> String {
        let mut out = String::from("\nCoroutine created at (most recent call last)\n");
        let Value::Tuple(entries) = origin else {
            return String::new();
        };
        for entry in entries.iter().rev() {
            let Value::Tuple(parts) = entry else { continue };
            let [Value::Str(file), Value::Int(line), Value::Str(name)] = &parts[..] else {
                continue;
            };
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            let text = usize::try_from(*line)
                .ok()
                .and_then(|l| l.checked_sub(1))
                .and_then(|i| self.source.lines().nth(i))
                .map(str::trim)
                .unwrap_or_default();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
        out.truncate(out.trim_end_matches('\n').len());
        out
    }

    /// `sys.set_coroutine_origin_tracking_depth(depth)`.
    pub(crate) fn set_origin_depth(&mut self, a: Args) -> PyResult<Value> {
        let kw = a.kw.iter().find(|(k, _)| &**k == "depth").map(|(_, v)| v);
        let v = match (a.pos.first(), kw) {
            (Some(v), None) | (None, Some(v)) => v.clone(),
            _ => return Err(self.type_error(
                "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)",
            )),
        };
        let Some(depth) = self.index_of(&v) else {
            return Err(crate::builtins::int_args::c_int_type_error(self, &v));
        };
        if depth < 0 {
            return Err(self.err(ExcKind::ValueError, "depth must be >= 0"));
        }
        self.origin.depth = u32::try_from(depth).unwrap_or(u32::MAX);
        Ok(Value::None)
    }

    /// `sys.get_coroutine_origin_tracking_depth()`.
    pub(crate) fn origin_depth(&self) -> Value {
        Value::Int(i64::from(self.origin.depth))
    }
}
