//! Exception blocks, handlers and `raise`.

use crate::compile::RaiseForm;
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Block, Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_setup_except(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        f.blocks.push(Block {
            handler: t,
            depth: f.stack.len() as u32,
        });
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_setup_cleanup(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        f.blocks.push(Block {
            handler: t,
            depth: f.stack.len().saturating_sub(1) as u32,
        });
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_pop_block(&mut self, f: &mut Frame) -> PyResult<()> {
        f.blocks.pop();
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_push_exc_info(&mut self, f: &mut Frame) -> PyResult<()> {
        let exc = f.pop();
        let slot = self.exc_stack.last_mut();
        let old = match slot {
            Some(s) => s.replace(exc.clone()),
            None => None,
        };
        f.stack.push(old.unwrap_or(Value::None));
        f.stack.push(exc);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_pop_except(&mut self, f: &mut Frame) -> PyResult<()> {
        let old = f.pop();
        let restored = if old.is_none() { None } else { Some(old) };
        if let Some(s) = self.exc_stack.last_mut() {
            let prev = std::mem::replace(s, restored);
            drop(prev);
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_exc_match(&mut self, f: &mut Frame) -> PyResult<()> {
        let spec = f.pop();
        let exc = f.top();
        let m = self.exc_matches(&exc, &spec)?;
        f.stack.push(Value::bool(m));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_check_eg_match(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        let spec = f.pop();
        self.check_except_star_type(&spec)?;
        let exc = f.top();
        match self.exception_group_match(&exc, &spec)? {
            None => f.pc = t as usize,
            Some((matched, rest)) => {
                f.pop();
                f.stack.push(rest);
                f.stack.push(matched.clone());
                if let Some(s) = self.exc_stack.last_mut() {
                    let old = s.replace(matched);
                    drop(old);
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_prep_reraise_star(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        let list = f.pop();
        let orig = f.pop();
        let prep = crate::builtins::py_builtin(self, "_prep_reraise_star")?;
        let r = self.call(&prep, Args::new(vec![orig, list]))?;
        if r.is_none() {
            f.pc = t as usize;
        } else {
            f.stack.push(r);
        }
        Ok(())
    }

    /// `except* T`: T must be an exception class or a tuple of them, and none of them an
    /// exception group class.
    fn check_except_star_type(&mut self, spec: &Value) -> PyResult<()> {
        const CANNOT_CATCH: &str =
            "catching classes that do not inherit from BaseException is not allowed";
        let classes: Vec<Value> = match spec {
            Value::Tuple(t) => t.iter().cloned().collect(),
            other => vec![other.clone()],
        };
        let group = crate::builtins::py_builtin(self, "BaseExceptionGroup")?;
        let group = match &group {
            Value::Class(c) => c.clone(),
            _ => return self.unsupported("BaseExceptionGroup"),
        };
        let mut is_group = false;
        for c in &classes {
            match c {
                Value::Class(c) if c.is_exception() => is_group |= c.is_subclass_of(&group),
                _ => return Err(self.type_error(CANNOT_CATCH)),
            }
        }
        if is_group {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// CPython's `exception_group_match`: (match, rest) of `exc` against `spec`, or None when
    /// nothing matches. An exception that matches whole is the match (wrapped in a group when it
    /// is not one); a group that matches in part is split by its `split` method.
    fn exception_group_match(
        &mut self,
        exc: &Value,
        spec: &Value,
    ) -> PyResult<Option<(Value, Value)>> {
        let is_group = crate::builtins::group_of(exc).is_some();
        if self.exc_matches(exc, spec)? {
            if is_group {
                return Ok(Some((exc.clone(), Value::None)));
            }
            let group = crate::builtins::py_builtin(self, "BaseExceptionGroup")?;
            let args = vec![Value::str(""), Value::tuple(vec![exc.clone()])];
            let wrapped = self.call(&group, Args::new(args))?;
            let tb = exc.exc().and_then(|d| d.borrow().traceback.clone());
            if let (Some(d), Some(tb)) = (wrapped.exc(), tb) {
                let mut d = d.borrow_mut();
                d.caught_tb = Some(tb.clone());
                d.traceback = Some(tb);
            }
            return Ok(Some((wrapped, Value::None)));
        }
        if !is_group {
            return Ok(None);
        }
        let split = self.getattr(exc, "split")?;
        let pair = self.call(&split, Args::new(vec![spec.clone()]))?;
        let owner = self.type_name(exc);
        let (matched, rest) = match &pair {
            Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            Value::Tuple(t) => {
                return Err(self.type_error(format!(
                    "{owner}.split must return a 2-tuple, got tuple of size {}",
                    t.len()
                )))
            }
            other => {
                let got = self.type_name(other);
                return Err(
                    self.type_error(format!("{owner}.split must return a tuple, not {got}"))
                );
            }
        };
        if matched.is_none() {
            return Ok(None);
        }
        Ok(Some((matched, rest)))
    }

    #[inline(never)]
    pub(in crate::vm) fn op_reraise(&mut self, f: &mut Frame) -> PyResult<()> {
        let exc = f.pop();
        Err(Flow::Exc(exc))
    }

    #[inline(never)]
    pub(in crate::vm) fn op_cleanup_reraise(&mut self, f: &mut Frame) -> PyResult<()> {
        let exc = f.pop();
        let old = f.pop();
        if let Some(s) = self.exc_stack.last_mut() {
            *s = if old.is_none() { None } else { Some(old) };
        }
        Err(Flow::Exc(exc))
    }

    #[inline(never)]
    pub(in crate::vm) fn op_load_assertion_error(&mut self, f: &mut Frame) -> PyResult<()> {
        f.stack.push(Value::Class(
            self.types.exc(ExcKind::AssertionError).clone(),
        ));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_raise(&mut self, f: &mut Frame, form: RaiseForm) -> Flow {
        match form {
            RaiseForm::Reraise => match self.topmost_exc() {
                Some(e) => Flow::Exc(e),
                None => self.err(ExcKind::RuntimeError, "No active exception to reraise"),
            },
            RaiseForm::Exc | RaiseForm::ExcFrom => {
                let cause = if form == RaiseForm::ExcFrom {
                    Some(f.pop())
                } else {
                    None
                };
                let v = f.pop();
                let exc = match self.make_raisable(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if let Some(c) = cause {
                    let c = match c {
                        Value::None => None,
                        other => match self.make_raisable(other) {
                            Ok(c) => Some(c),
                            Err(Flow::Exc(_)) => {
                                return self
                                    .type_error("exception causes must derive from BaseException")
                            }
                            Err(e) => return e,
                        },
                    };
                    if let Some(d) = exc.exc() {
                        let mut d = d.borrow_mut();
                        d.cause = c;
                        d.suppress_context = true;
                    }
                }
                self.set_context(&exc);
                Flow::Exc(exc)
            }
        }
    }
}
