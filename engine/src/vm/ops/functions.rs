//! Calls with keywords or unpacking, function and class creation, `super()`.

use crate::vm::{ExcKind, Flow};
use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::{Code, FunctionFlags};
use crate::value::{Args, Function, NameMap, PyResult, Str, Value};
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_call_kw(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let names = f.pop();
        let mut args = f.popn(n as usize);
        let func = f.pop();
        let kw = match &names {
            Value::Tuple(t) => {
                let at = args.len().saturating_sub(t.len());
                t.iter()
                    .map(|v| match v {
                        Value::Str(s) => s.clone(),
                        _ => Str::from(""),
                    })
                    .zip(args.drain(at..))
                    .collect()
            }
            _ => Vec::new(),
        };
        self.note_case_call(f);
        let r = self.call(&func, Args { pos: args, kw })?;
        f.stack.push(r);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_call_ex(&mut self, f: &mut Frame, has_kw: u32) -> PyResult<()> {
        let kw = if has_kw != 0 { Some(f.pop()) } else { None };
        let args = f.pop();
        let func = f.pop();
        let pos = match args {
            Value::Tuple(t) => t.to_vec(),
            other => match self.collect(&other) {
                Ok(items) => items,
                Err(Flow::Exc(e))
                    if self.is_exc_instance(&e, ExcKind::TypeError)
                        && !self.is_iterable(&other) =>
                {
                    let what = if self.rules.unpack_errors_say_value {
                        "Value".to_string()
                    } else {
                        format!("{} argument", self.callable_desc(&func)?)
                    };
                    return Err(self.type_error(format!(
                        "{what} after * must be an iterable, not {}",
                        self.type_name(&other)
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let mut kwv = Vec::new();
        if let Some(Value::Dict(d)) = kw {
            for (k, v) in d.borrow().items() {
                match k {
                    Value::Str(s) => kwv.push((s, v)),
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        self.note_case_call(f);
        let r = self.call(&func, Args { pos, kw: kwv })?;
        f.stack.push(r);
        Ok(())
    }

    /// A call from the case's own code (not a module written here) sets `case_line`, where
    /// `_warn(…, 2)` of those modules points (as for `Call`/`CallMethod`).
    fn note_case_call(&mut self, f: &Frame) {
        if Rc::ptr_eq(&f.globals, &self.globals) {
            self.case_line = f.line();
        }
    }

    /// How a call's argument errors name callable `func` (CPython's `_PyObject_FunctionStr`
    /// from 3.10; before, `PyEval_GetFuncName` and `PyEval_GetFuncDesc`).
    pub(in crate::vm) fn callable_desc(&mut self, func: &Value) -> PyResult<String> {
        if !self.rules.callable_named_by_qualname {
            let name = match func {
                Value::Func(_) | Value::Method(_) | Value::Builtin(_) => {
                    match self.getattr(func, "__name__") {
                        Ok(Value::Str(n)) => Some(n.to_string()),
                        Err(Flow::Exc(_)) | Ok(_) => None,
                        Err(e) => return Err(e),
                    }
                }
                _ => None,
            };
            return Ok(match name {
                Some(n) => format!("{n}()"),
                None => format!("{} object", self.type_name(func)),
            });
        }
        if let Value::Builtin(bf) = func {
            // A builtin function (module builtins) or a built-in method (no module).
            return Ok(match &bf.recv {
                Some(r) if !matches!(r, Value::Module(_)) => {
                    format!("{}.{}()", self.type_name(r), bf.name)
                }
                _ => format!("{}()", bf.name),
            });
        }
        let qualname = match self.getattr(func, "__qualname__") {
            Ok(q) => q,
            Err(Flow::Exc(_)) => return self.str_of(func),
            Err(e) => return Err(e),
        };
        let qualname = self.str_of(&qualname)?;
        let module = match self.getattr(func, "__module__") {
            Ok(Value::Str(m)) if &*m != "builtins" => Some(m.to_string()),
            Ok(_) | Err(Flow::Exc(_)) => None,
            Err(e) => return Err(e),
        };
        Ok(match module {
            Some(m) => format!("{m}.{qualname}()"),
            None => format!("{qualname}()"),
        })
    }

    #[inline(never)]
    pub(in crate::vm) fn op_make_function(
        &mut self,
        f: &mut Frame,
        flags: FunctionFlags,
    ) -> PyResult<()> {
        let code = f.pop();
        let closure = if flags.closure() { Some(f.pop()) } else { None };
        let kwdefaults = if flags.kwdefaults() {
            Some(f.pop())
        } else {
            None
        };
        let defaults = if flags.defaults() {
            Some(f.pop())
        } else {
            None
        };
        let code: Rc<Code> = match code {
            Value::Code(c) => c,
            _ => return self.unsupported("bad code object"),
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .map(|c| match c {
                    Value::Cell(c) => c.clone(),
                    _ => Rc::new(RefCell::new(Value::Undef)),
                })
                .collect(),
            _ => Vec::new(),
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => d
                .borrow()
                .items()
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Value::Str(s) => Some((s, v)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let func = Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals: f.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            dict: RefCell::new(NameMap::default()),
        };
        let func = Rc::new(func);
        self.heap
            .track(crate::heap::Tracked::Func(Rc::downgrade(&func)));
        f.stack.push(Value::Func(func));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_build_class(
        &mut self,
        f: &mut Frame,
        n: u32,
        kw: Vec<(crate::value::Str, Value)>,
    ) -> PyResult<()> {
        let bases = f.popn(n as usize);
        let name = f.pop();
        let body = f.pop();
        let c = self.build_class(body, name, bases, kw)?;
        f.stack.push(c);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_super(&mut self, f: &mut Frame) -> PyResult<()> {
        let obj = f.pop();
        let cls = f.pop();
        let sup = f.pop();
        let r = self.make_super(sup, cls, obj)?;
        f.stack.push(r);
        Ok(())
    }
}
