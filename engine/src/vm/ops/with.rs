//! The `with` statement: entering and the two exits.

use crate::value::{Args, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_with_enter(&mut self, f: &mut Frame) -> PyResult<()> {
        let mgr = f.pop();
        let cls = self.class_of(&mgr);
        let enter = self.lookup_special(&mgr, "__enter__");
        let enter = match enter {
            Some(e) => e,
            None => {
                if !self.rules.with_protocol_type_error {
                    return Err(self.err(ExcKind::AttributeError, "__enter__"));
                }
                return Err(self.type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    cls.name
                )));
            }
        };
        let exit = match self.lookup_special(&mgr, "__exit__") {
            Some(e) => e,
            None => {
                if !self.rules.with_protocol_type_error {
                    return Err(self.err(ExcKind::AttributeError, "__exit__"));
                }
                return Err(self.type_error(format!(
                        "'{}' object does not support the context manager protocol (missed __exit__ method)",
                        cls.name
                    )));
            }
        };
        f.stack.push(exit);
        let r = self.call(&enter, Args::default())?;
        f.stack.push(r);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_with_exit_normal(&mut self, f: &mut Frame) -> PyResult<()> {
        let exit = f.pop();
        self.call(
            &exit,
            Args::new(vec![Value::None, Value::None, Value::None]),
        )?;
        Ok(())
    }

    /// Call the `__exit__` (or `__aexit__`) kept three below the exception on top of the
    /// stack with that exception's type, value and traceback; shared by `with` and
    /// `async with`.
    pub(in crate::vm) fn call_exit_with_exception(&mut self, f: &Frame) -> PyResult<Value> {
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
        self.call(&exit, Args::new(vec![ty, exc, tb]))
    }

    #[inline(never)]
    pub(in crate::vm) fn op_with_exit_exc(&mut self, f: &mut Frame) -> PyResult<()> {
        let r = self.call_exit_with_exception(f)?;
        let b = self.truthy(&r)?;
        f.stack.push(Value::bool(b));
        Ok(())
    }
}
