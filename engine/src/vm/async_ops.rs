//! The opcodes of `await`, `async for` and `async with` (the delegation itself is the
//! `yield from` instruction, as in CPython before 3.11).

use super::{Frame, Step, Vm};
use crate::compile::Op;
use crate::value::{Args, Flow, PyResult, Value};

impl Vm {
    pub(super) fn step_async(&mut self, f: &mut Frame, op: Op) -> PyResult<Option<Step>> {
        match op {
            Op::GetAwaitable(at) => {
                let v = f.pop();
                let it = self.get_awaitable(v, at)?;
                f.stack.push(it);
            }
            Op::GetAIter => {
                let v = f.pop();
                let it = self.get_aiter(v)?;
                f.stack.push(it);
            }
            Op::GetANext => {
                let it = f.top();
                let aw = self.get_anext(&it)?;
                f.stack.push(aw);
            }
            Op::EndAsyncFor => {
                let exc = f.pop();
                if self.is_exc_instance(&exc, "StopAsyncIteration") {
                    drop(exc);
                    f.pop();
                } else {
                    return Err(Flow::Exc(exc));
                }
            }
            Op::AsyncWithEnter => {
                let mgr = f.pop();
                let (exit, entered) = self.async_with_enter(&mgr)?;
                f.stack.push(exit);
                f.stack.push(entered);
            }
            Op::AsyncWithExitNormal => {
                let exit = f.pop();
                let r = self.call(
                    &exit,
                    Args::new(vec![Value::None, Value::None, Value::None]),
                )?;
                f.stack.push(r);
            }
            Op::AsyncWithExitExc => {
                let n = f.stack.len();
                let exc = f.top();
                let exit = if n >= 3 {
                    f.stack[n - 3].clone()
                } else {
                    Value::None
                };
                let tb = exc
                    .exc()
                    .and_then(|d| d.borrow().traceback.clone())
                    .map_or(Value::None, Value::Traceback);
                let ty = Value::Class(self.class_of(&exc));
                let r = self.call(&exit, Args::new(vec![ty, exc, tb]))?;
                f.stack.push(r);
            }
            _ => return self.unsupported("opcode"),
        }
        Ok(None)
    }
}
