//! `await`, `async for` and `async with` (the delegation itself is the `yield from`
//! instruction, as in CPython before 3.11).

use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_get_awaitable(&mut self, f: &mut Frame, at: u32) -> PyResult<()> {
        let v = f.pop();
        let it = self.get_awaitable(v, at)?;
        f.stack.push(it);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_get_aiter(&mut self, f: &mut Frame) -> PyResult<()> {
        let v = f.pop();
        let it = self.get_aiter(v)?;
        f.stack.push(it);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_get_anext(&mut self, f: &mut Frame) -> PyResult<()> {
        let it = f.top();
        let aw = self.get_anext(&it)?;
        f.stack.push(aw);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_end_async_for(&mut self, f: &mut Frame) -> PyResult<()> {
        let exc = f.pop();
        if !self.is_exc_instance(&exc, ExcKind::StopAsyncIteration) {
            return Err(Flow::Exc(exc));
        }
        drop(exc);
        f.pop();
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_async_with_enter(&mut self, f: &mut Frame) -> PyResult<()> {
        let mgr = f.pop();
        let (exit, entered) = self.async_with_enter(&mgr)?;
        f.stack.push(exit);
        f.stack.push(entered);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_async_with_exit_normal(&mut self, f: &mut Frame) -> PyResult<()> {
        let exit = f.pop();
        let r = self.call(
            &exit,
            Args::new(vec![Value::None, Value::None, Value::None]),
        )?;
        f.stack.push(r);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_async_with_exit_exc(&mut self, f: &mut Frame) -> PyResult<()> {
        let r = self.call_exit_with_exception(f)?;
        f.stack.push(r);
        Ok(())
    }
}
