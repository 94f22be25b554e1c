//! Allocation-free calls of the hottest builtins (`gen.send(v)`, `lst.append(v)`,
//! `lst.pop()`, `next(gen)`): the arguments are borrowed from the value stack instead of
//! being moved into an `Args`.

use super::{Frame, Vm};
use crate::heap::Tracked;
use std::rc::Rc;

use crate::value::{BuiltinFn, BuiltinKind, Class, Instance, NameMap, PyResult, Value};

impl Vm {
    /// `recv.name(*args)` for an unbound builtin method; `None` when the general path must
    /// run (other methods, unusual arguments, error cases).
    #[inline]
    fn fast_method(
        &mut self,
        bf: &BuiltinFn,
        recv: &Value,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        if bf.recv.is_some() || !matches!(bf.kind, BuiltinKind::Method(_)) {
            return None;
        }
        match (recv, args) {
            (Value::Generator(g), [v]) if bf.name == "send" => {
                Some(self.gen_send(g, v.clone_fast()))
            }
            (Value::Generator(g), []) if bf.name == "__next__" && g.kind().is_generator() => {
                Some(self.next_raw(recv))
            }
            (Value::List(l), [v]) if bf.name == "append" => {
                l.try_borrow_mut().ok()?.push(v.clone_fast());
                Some(Ok(Value::None))
            }
            (Value::List(l), []) if bf.name == "pop" => {
                let v = l.try_borrow_mut().ok()?.pop()?;
                Some(Ok(v))
            }
            (Value::List(l), [Value::Int(i)]) if bf.name == "pop" => {
                let mut l = l.try_borrow_mut().ok()?;
                let n = l.len() as i64;
                let j = if *i < 0 { *i + n } else { *i };
                if j < 0 || j >= n {
                    return None;
                }
                Some(Ok(l.remove(j as usize)))
            }
            _ => None,
        }
    }

    /// `CallMethod(n)` with a builtin method below its receiver and arguments; false (stack
    /// untouched) when the general path must run.
    #[inline]
    pub(super) fn try_fast_call_method(&mut self, f: &mut Frame, n: usize) -> PyResult<bool> {
        let Some(at) = f.stack.len().checked_sub(n + 2) else {
            return Ok(false);
        };
        let Value::Builtin(bf) = &f.stack[at] else {
            return Ok(false);
        };
        // The frame's stack is not reachable from `self`: the callee may borrow it.
        let r = match self.fast_method(bf, &f.stack[at + 1], &f.stack[at + 2..]) {
            Some(r) => r,
            None => return Ok(false),
        };
        release(f, at, 2);
        f.stack.push(r?);
        Ok(true)
    }

    /// `Call(n)` of a builtin function; false (stack untouched) when the general path must
    /// run.
    #[inline]
    pub(super) fn try_fast_call(&mut self, f: &mut Frame, n: usize) -> PyResult<bool> {
        let Some(at) = f.stack.len().checked_sub(n + 1) else {
            return Ok(false);
        };
        let bf = match &f.stack[at] {
            Value::Builtin(bf) => bf,
            Value::Class(c) if !c.builtin && !c.is_exception() => {
                let c = c.clone();
                return self.fast_instantiate(f, &c, at, n);
            }
            _ => return Ok(false),
        };
        if bf.recv.is_some() || !matches!(bf.kind, BuiltinKind::Func(_)) {
            return Ok(false);
        }
        let r = match &f.stack[at + 1..] {
            [it @ Value::Iter(_)] if bf.name == "next" => self.next_raw(it),
            [] if matches!(bf.name, "globals" | "locals" | "vars") => {
                crate::builtins::frame_builtin(self, f, bf.name)
            }
            [it @ Value::Generator(g)] if bf.name == "next" && g.kind().is_generator() => {
                self.next_raw(it)
            }
            _ => return Ok(false),
        };
        release(f, at, 1);
        f.stack.push(r?);
        Ok(true)
    }

    /// `Class(*args)` of a class statement's class whose `__init__` is a Python function:
    /// the arguments are bound straight from the stack (as [`Vm::instantiate`] otherwise).
    fn fast_instantiate(
        &mut self,
        f: &mut Frame,
        cls: &Rc<Class>,
        at: usize,
        n: usize,
    ) -> PyResult<bool> {
        // `__init__` a Python function, no Python `__new__` (by the type attribute cache).
        let crate::value::Ctor::Init(init) = cls.ctor() else {
            return Ok(false);
        };
        if cls.base_type.has_payload() || cls.meta.is_some() {
            return Ok(false);
        }
        let inst = Rc::new(Instance::new(cls.clone(), NameMap::default(), None));
        self.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
        let inst = Value::Instance(inst);
        let r = self.call_function_from_stack(&init, Some(inst.clone()), &mut f.stack, n);
        // Like the general path: the arguments are gone, the class goes after the call.
        f.stack.truncate(at + 1);
        f.stack.pop();
        drop(init);
        let r = r?;
        if !r.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            )));
        }
        f.stack.push(inst);
        Ok(true)
    }
}

/// Drop the callable and its arguments from `f.stack[at..]` in the order the general path
/// does: the arguments first to last, then the `before` values below them, top down.
fn release(f: &mut Frame, at: usize, before: usize) {
    let args = at + before;
    if f.stack.len() == args + 1 {
        // One argument (the common case), often a plain value: no call into the drop glue.
        if let Some(v) = f.stack.pop() {
            v.release();
        }
    } else {
        // `truncate` drops the arguments first to last.
        f.stack.truncate(args);
    }
    for _ in 0..before {
        f.stack.pop();
    }
}
