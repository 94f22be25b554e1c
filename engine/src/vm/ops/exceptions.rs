//! Exception blocks, handlers and `raise`.

use crate::compile::RaiseForm;
use crate::value::{Flow, PyResult, Value};
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
