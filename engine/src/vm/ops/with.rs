//! The `with` statement: entering and the two exits.

use crate::value::{Args, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Vm};

impl Vm {
    /// `__enter__` and `__exit__` of a `with` statement's manager, or the error CPython raises
    /// when one is missing (3.14 looks `__exit__` up first and names the missing method).
    fn context_manager_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(mgr, "__enter__");
        let exit = self.lookup_special(mgr, "__exit__");
        let missing = match (&enter, &exit) {
            (Some(_), Some(_)) => None,
            _ if !self.rules.with_protocol_type_error => {
                let name = if enter.is_none() {
                    "__enter__"
                } else {
                    "__exit__"
                };
                return Err(self.err(ExcKind::AttributeError, name));
            }
            (_, None) if self.rules.with_names_missing_method => Some(" (missed __exit__ method)"),
            (None, _) if self.rules.with_names_missing_method => Some(" (missed __enter__ method)"),
            (None, _) => Some(""),
            (Some(_), None) => Some(" (missed __exit__ method)"),
        };
        match (enter, exit, missing) {
            (Some(enter), Some(exit), None) => Ok((enter, exit)),
            (_, _, detail) => {
                let (name, hint) = self.protocol_error_naming(mgr, ["__aenter__", "__aexit__"]);
                let hint = if hint {
                    " but it supports the asynchronous context manager protocol. \
                     Did you mean to use 'async with'?"
                } else {
                    ""
                };
                Err(self.type_error(format!(
                    "'{name}' object does not support the context manager protocol{}{hint}",
                    detail.unwrap_or("")
                )))
            }
        }
    }

    /// How a `with`/`async with` protocol error names the manager's type, and whether it
    /// suggests the other statement: 3.14 (`'%T'` and `_PyEval_SpecialMethodCanSuggest`) names
    /// the qualified type and suggests it when the type has both of the other protocol's
    /// methods; earlier versions name the type and suggest nothing.
    pub(crate) fn protocol_error_naming(&self, mgr: &Value, other: [&str; 2]) -> (String, bool) {
        let cls = self.class_of(mgr);
        if !self.rules.with_names_missing_method {
            return (self.type_name(mgr), false);
        }
        let hint = other.iter().all(|m| self.lookup_special(mgr, m).is_some());
        (cls.trace_name(), hint)
    }

    #[inline(never)]
    pub(in crate::vm) fn op_with_enter(&mut self, f: &mut Frame) -> PyResult<()> {
        let mgr = f.pop();
        let (enter, exit) = self.context_manager_methods(&mgr)?;
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
