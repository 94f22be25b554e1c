//! `yield from`: the iterator it delegates to and each round of delegation.

use crate::generator::GenResult;
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Step, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_get_yield_from_iter(&mut self, f: &mut Frame) -> PyResult<()> {
        let v = f.pop();
        let it = match v {
            Value::Generator(g) if g.kind().is_generator() => Value::Generator(g),
            Value::Generator(g) if g.kind() == crate::compile::GenKind::Coroutine => {
                // Only a generator marked by types.coroutine may delegate to one.
                if f.code.gen_kind.get() != crate::compile::GenKind::IterableCoroutine {
                    return Err(self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                Value::Generator(g)
            }
            other => {
                let it = self.iter(&other)?;
                // 3.15 delegates to a list, tuple, str or bytes without an iterator object
                // (`gi_yieldfrom` shows the sequence itself).
                let sequence = matches!(
                    other,
                    Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)
                );
                if sequence && self.rules.yield_from_sequence_direct {
                    if let Value::Iter(i) = &it {
                        if let crate::value::Iter::Seq { virtual_seq, .. } = &mut *i.borrow_mut() {
                            *virtual_seq = true;
                        }
                    }
                }
                it
            }
        };
        f.stack.push(it);
        Ok(())
    }

    /// What a subgenerator's resume means to the `yield from` delegating to it: a
    /// StopIteration raised out of it (3.6, without PEP 479) ends the `yield from` with its
    /// value, as from any iterator.
    #[inline]
    pub(crate) fn sub_generator_result(&mut self, r: PyResult<GenResult>) -> PyResult<GenResult> {
        match r {
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopIteration) => {
                Ok(GenResult::Return(self.stop_value(&e)))
            }
            r => r,
        }
    }

    pub(super) fn op_yield_from(&mut self, f: &mut Frame) -> PyResult<Option<Step>> {
        let v = f.pop();
        // The subgenerator is borrowed from the stack (the frame is not reachable from self).
        let r = match f.stack.last() {
            Some(Value::Generator(g)) => {
                let r = self.gen_resume(g, crate::vm::Resume::Send(v));
                self.sub_generator_result(r)?
            }
            _ => {
                let it = f.top();
                let res = if let Value::None = v {
                    self.next_raw(&it)
                } else {
                    match self.getattr(&crate::value::Iter::shown(&it), "send") {
                        Ok(m) => self.call(&m, Args::new(vec![v])),
                        Err(e) => Err(e),
                    }
                };
                match res {
                    Ok(y) => GenResult::Yield(y),
                    Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopIteration) => {
                        GenResult::Return(self.stop_value(&e))
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        match r {
            GenResult::Yield(y) => {
                // Stay on this instruction: resuming sends into the subiterator again.
                f.pc -= 1;
                Ok(Some(Step::Yield(y)))
            }
            GenResult::Return(val) => {
                f.pop();
                f.stack.push(val);
                Ok(None)
            }
        }
    }
}
