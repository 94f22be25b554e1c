//! The commonest call straight from the dispatch loop: a Python function whose arguments
//! bind positionally, called by `Call` or `CallMethod` (its frame runs, or its generator or
//! coroutine is made).
//! The callee moves off the value stack instead of being cloned, and the arguments move
//! into the new frame's locals without the general call layers in between.

use super::bind::simple_binding;
use super::{Frame, Vm};
use crate::compile::Op;
use crate::value::{PyResult, Value};
use std::rc::Rc;

impl Vm {
    /// Run `op` (a `Call` or `CallMethod`) when its callee is such a function; None (nothing
    /// done) when the general path must run it.
    #[inline(never)]
    pub(super) fn call_simple(&mut self, f: &mut Frame, op: Op) -> Option<PyResult<()>> {
        // How many values above the callee's slot become the callee's arguments.
        let given = match op {
            Op::Call(n) => n as usize,
            // `[method, receiver, args...]`: the receiver is the first argument (a slot below
            // a plain callable is `Undef`, never a function, so that form is not taken here).
            Op::CallMethod(n) => n as usize + 1,
            _ => return None,
        };
        let at = f.stack.len().checked_sub(given + 1)?;
        let Some(Value::Func(func)) = f.stack.get(at) else {
            return None;
        };
        let code = &func.code;
        if !simple_binding(func, given) {
            return None;
        }
        self.current_line = f.line();
        if Rc::ptr_eq(&f.globals, &self.globals) {
            self.case_line = self.current_line;
        }
        if let Err(e) = self.tick() {
            return Some(Err(e));
        }
        let (argcount, nlocals) = (code.argcount, code.nlocals.max(code.argcount));
        let func = match std::mem::take(&mut f.stack[at]) {
            Value::Func(func) => func,
            other => {
                f.stack[at] = other;
                return None;
            }
        };
        // The locals: every slot `Undef`, then the arguments moved in from the top of the
        // stack down (each replaces an `Undef`: nothing to drop), then the defaults of the
        // parameters not given.
        let mut locals = self.take_buf();
        crate::value::fill_undef(&mut locals, nlocals);
        for slot in locals[..given].iter_mut().rev() {
            if let Some(v) = f.stack.pop() {
                std::mem::forget(std::mem::replace(slot, v));
            }
        }
        // The callee's slot, `Undef` now: popping it releases nothing.
        f.discard_plain();
        if given < argcount {
            let first_default = argcount - func.defaults.len();
            for (slot, d) in locals[given..argcount]
                .iter_mut()
                .zip(&func.defaults[given - first_default..])
            {
                std::mem::forget(std::mem::replace(slot, d.clone()));
            }
        }
        if let Some(native) = func.code.native.get() {
            if let Some(r) = native(self, &mut locals) {
                // The arguments go as a returning frame's locals go.
                crate::generator::release_frame_in(&self.heap, &mut locals, &mut Vec::new());
                self.keep_buf(locals);
                drop(func);
                return Some(self.push_result(f, r));
            }
        }
        if func.code.is_generator {
            let r = self.make_generator(&func, locals);
            drop(func);
            return Some(self.push_result(f, r));
        }
        let stack = self.take_buf();
        let id = self.heap.next_frame_id();
        let mut frame = Frame::new(id, func.code.clone(), func.globals.clone(), locals, stack);
        if !func.code.cellvars.is_empty() || !func.closure.is_empty() {
            self.make_cells(&func, &mut frame);
        }
        let r = self.run_call_frame(&mut frame);
        drop(frame);
        drop(func);
        Some(self.push_result(f, r))
    }

    #[inline(always)]
    fn push_result(&mut self, f: &mut Frame, r: PyResult<Value>) -> PyResult<()> {
        match r {
            Ok(v) => {
                f.stack.push(v);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}
