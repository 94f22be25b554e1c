//! The less frequent opcodes: names in other scopes, displays, unpacking, function and class
//! creation, exception blocks, raise, with, import, yield from.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Block, Frame, Step, Vm};
use crate::compile::{Code, Op};
use crate::generator::GenResult;
use crate::value::{Args, Dict, Flow, Function, Key, NameMap, PyResult, PySet, Str, Value};

impl Vm {
    pub(super) fn step_slow(&mut self, f: &mut Frame, op: Op) -> PyResult<Option<Step>> {
        match op {
            Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                if let Op::LoadClassDeref(_) = op {
                    let name = self.deref_name(f, i);
                    if let Some(ns) = &f.ns {
                        if let Some(v) = ns.borrow().get(&name) {
                            f.stack.push(v.clone());
                            return Ok(None);
                        }
                    }
                }
                let v = match f.cells.get(i as usize) {
                    Some(c) => c.borrow().clone(),
                    None => Value::Undef,
                };
                if let Value::Undef = v {
                    return Err(self.unbound_deref(f, i));
                }
                f.stack.push(v);
            }
            Op::StoreDeref(i) => {
                let v = f.pop();
                if let Some(c) = f.cells.get(i as usize) {
                    let old = std::mem::replace(&mut *c.borrow_mut(), v);
                    drop(old);
                }
            }
            Op::DelDeref(i) => {
                let old = match f.cells.get(i as usize) {
                    Some(c) => std::mem::take(&mut *c.borrow_mut()),
                    None => Value::Undef,
                };
                if let Value::Undef = old {
                    return Err(self.unbound_deref(f, i));
                }
            }
            Op::LoadClosure(i) => {
                let c = f.cells.get(i as usize).cloned();
                f.stack.push(c.map(Value::Cell).unwrap_or(Value::None));
            }
            Op::DelGlobal(i) => {
                let name = f.code.names[i as usize].clone();
                let old = f.globals.borrow_mut().shift_remove(&name);
                self.globals_changed();
                if old.is_none() {
                    return Err(self.name_error(&name));
                }
                drop(old);
            }
            Op::LoadName(i) => {
                let v = match &f.ns {
                    None => self.load_global(f, i),
                    Some(ns) => {
                        let name = &f.code.names[i as usize];
                        let mut v = ns.borrow().get(name).cloned();
                        if v.is_none() {
                            v = f.globals.borrow().get(name).cloned();
                        }
                        if v.is_none() {
                            v = self.builtins.get(name).cloned();
                        }
                        v
                    }
                };
                let name = f.code.names[i as usize].clone();
                match v {
                    Some(v) => f.stack.push(v),
                    None => return Err(self.name_error(&name)),
                }
            }
            Op::StoreName(i) => {
                let v = f.pop();
                let old = match &f.ns {
                    Some(ns) => ns.borrow_mut().insert(f.code.names[i as usize].clone(), v),
                    None => self.store_global(f, i, v),
                };
                drop(old);
            }
            Op::DelName(i) => {
                let name = f.code.names[i as usize].clone();
                let old = match &f.ns {
                    Some(ns) => ns.borrow_mut().shift_remove(&name),
                    None => {
                        self.globals_changed();
                        f.globals.borrow_mut().shift_remove(&name)
                    }
                };
                if old.is_none() {
                    return Err(self.name_error(&name));
                }
                drop(old);
            }
            Op::LoadAttr(i) => {
                let name = f.code.names[i as usize].clone();
                let obj = f.pop();
                let v = self.getattr(&obj, &name)?;
                f.stack.push(v);
            }
            Op::StoreAttr(i) => {
                let obj = f.pop();
                let v = f.pop();
                match &obj {
                    // The common `self.x = v`: insert under the code's own name (no new key).
                    Value::Instance(inst) if inst.exc.is_none() => {
                        let name = &f.code.names[i as usize];
                        let hint = f.code.attr_cache.get(i as usize);
                        let old = attr_set(&mut inst.dict.borrow_mut(), name, v, hint);
                        drop(old);
                    }
                    _ => {
                        let name = f.code.names[i as usize].clone();
                        self.setattr(&obj, &name, v)?;
                    }
                }
            }
            Op::DelAttr(i) => {
                let name = f.code.names[i as usize].clone();
                let obj = f.pop();
                self.delattr(&obj, &name)?;
            }
            Op::Subscr => {
                let idx = f.pop();
                let obj = f.pop();
                let v = self.getitem(&obj, &idx)?;
                f.stack.push(v);
            }
            Op::StoreSubscr => {
                let idx = f.pop();
                let obj = f.pop();
                let v = f.pop();
                self.setitem(&obj, idx, v)?;
            }
            Op::DelSubscr => {
                let idx = f.pop();
                let obj = f.pop();
                self.delitem(&obj, &idx)?;
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { f.pop() } else { Value::None };
                let stop = f.pop();
                let start = f.pop();
                f.stack.push(Value::Slice(Rc::new([start, stop, step])));
            }
            Op::Unary(u) => {
                let v = f.pop();
                let r = self.unary(&v, u)?;
                f.stack.push(r);
            }
            Op::Not => {
                let v = f.pop();
                let b = self.truthy(&v)?;
                f.stack.push(Value::bool(!b));
            }
            Op::BuildTuple(n) => {
                let items = f.popn(n as usize);
                f.stack.push(Value::tuple(items));
            }
            Op::BuildList(n) => {
                let items = f.popn(n as usize);
                f.stack.push(Value::list(items));
            }
            Op::BuildSet(n) => {
                let items = f.popn(n as usize);
                let mut s = PySet::new();
                for it in items {
                    self.set_add(&mut s, it)?;
                }
                f.stack.push(Value::Set(Rc::new(RefCell::new(s))));
            }
            Op::BuildMap(n) => {
                let items = f.popn(2 * n as usize);
                let mut d = Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    let key = self.dict_key(k)?;
                    d.insert(key, v);
                }
                f.stack.push(Value::Dict(Rc::new(RefCell::new(d))));
            }
            Op::ListAppend(n) => {
                let v = f.pop();
                let at = f.stack.len().saturating_sub(n as usize);
                if let Some(Value::List(l)) = f.stack.get(at) {
                    l.borrow_mut().push(v);
                }
            }
            Op::SetAdd(n) => {
                let v = f.pop();
                let at = f.stack.len().saturating_sub(n as usize);
                if let Some(Value::Set(s)) = f.stack.get(at).cloned() {
                    let key = self.set_element(v)?;
                    s.borrow_mut().insert(key.hash, key.value);
                }
            }
            Op::MapAdd(n) => {
                let v = f.pop();
                let k = f.pop();
                let at = f.stack.len().saturating_sub(n as usize);
                if let Some(Value::Dict(d)) = f.stack.get(at).cloned() {
                    let key = self.dict_key(k)?;
                    d.borrow_mut().insert(key, v);
                }
            }
            Op::ListExtend(n) => {
                let v = f.pop();
                let at = f.stack.len().saturating_sub(n as usize);
                if let Some(Value::List(l)) = f.stack.get(at).cloned() {
                    let items = match self.collect(&v) {
                        Ok(items) => items,
                        Err(Flow::Exc(e))
                            if self.is_exc_instance(&e, "TypeError") && !self.is_iterable(&v) =>
                        {
                            return Err(self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&v)
                            )))
                        }
                        Err(e) => return Err(e),
                    };
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate(n) => {
                let v = f.pop();
                let at = f.stack.len().saturating_sub(n as usize);
                if let Some(Value::Set(s)) = f.stack.get(at).cloned() {
                    for item in self.collect(&v)? {
                        let key = self.set_element(item)?;
                        s.borrow_mut().insert(key.hash, key.value);
                    }
                }
            }
            Op::DictUpdate(n) | Op::DictMerge(n) => {
                let v = f.pop();
                let at = f.stack.len().saturating_sub(n as usize);
                if let Some(Value::Dict(d)) = f.stack.get(at).cloned() {
                    let items = match &v {
                        Value::Dict(src) => src.borrow().items(),
                        _ => {
                            if let Op::DictMerge(_) = op {
                                return Err(self.type_error(format!(
                                    "argument after ** must be a mapping, not {}",
                                    self.type_name(&v)
                                )));
                            }
                            return Err(self.type_error(format!(
                                "'{}' object is not a mapping",
                                self.type_name(&v)
                            )));
                        }
                    };
                    for (k, val) in items {
                        let key = self.dict_key(k)?;
                        if let Op::DictMerge(_) = op {
                            if d.borrow().get(&key).is_some() {
                                let k = self.str_of(&key.value)?;
                                return Err(self.type_error(format!(
                                    "function got multiple values for keyword argument '{k}'"
                                )));
                            }
                        }
                        d.borrow_mut().insert(key, val);
                    }
                }
            }
            Op::ListToTuple => {
                let v = f.pop();
                let t = match v {
                    Value::List(l) => Value::tuple(l.borrow_mut().take_vec()),
                    other => other,
                };
                f.stack.push(t);
            }
            Op::BuildString(n) => {
                let parts = f.popn(n as usize);
                let mut s = String::new();
                for p in parts {
                    if let Value::Str(x) = p {
                        s.push_str(&x);
                    }
                }
                f.stack.push(Value::str(&s));
            }
            Op::Format(flags) => {
                let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                let v = f.pop();
                let v = match flags & 3 {
                    1 => Value::str(&self.str_of(&v)?),
                    2 => Value::str(&self.repr(&v)?),
                    3 => Value::str(&crate::format::ascii(&self.repr(&v)?)),
                    _ => v,
                };
                let spec = match &spec {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let s = self.format_value(&v, &spec)?;
                f.stack.push(Value::str(&s));
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = f.top();
                if !self.truthy(&v)? {
                    f.pc = t as usize;
                } else {
                    f.stack.pop();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = f.top();
                if self.truthy(&v)? {
                    f.pc = t as usize;
                } else {
                    f.stack.pop();
                }
            }
            Op::GetIter => {
                let v = f.pop();
                let it = self.iter(&v)?;
                f.stack.push(it);
            }
            Op::GetYieldFromIter => {
                let v = f.pop();
                let it = match v {
                    Value::Generator(_) => v,
                    other => {
                        let it = self.iter(&other)?;
                        let sequence = matches!(
                            other,
                            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)
                        );
                        if sequence && self.config.target >= crate::PythonVersion::new(3, 15) {
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
            }
            Op::Unpack(n) => {
                let v = f.pop();
                let items = self.unpack(&v, n as usize)?;
                f.stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx(arg) => {
                let before = (arg & 0xffff) as usize;
                let after = (arg >> 16) as usize;
                let v = f.pop();
                let mut items = self.collect(&v).map_err(|e| match e {
                    Flow::Exc(x)
                        if self.is_exc_instance(&x, "TypeError") && !self.is_iterable(&v) =>
                    {
                        self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(&v)
                        ))
                    }
                    other => other,
                })?;
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - after);
                let mid = items.split_off(before);
                for v in tail.into_iter().rev() {
                    f.stack.push(v);
                }
                f.stack.push(Value::list(mid));
                for v in items.into_iter().rev() {
                    f.stack.push(v);
                }
            }
            Op::CallKw(n) => {
                let names = f.pop();
                let mut args = f.popn(n as usize);
                let func = f.pop();
                let names: Vec<Str> = match &names {
                    Value::Tuple(t) => t
                        .iter()
                        .map(|v| match v {
                            Value::Str(s) => s.clone(),
                            _ => Str::from(""),
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let kwvals = args.split_off(args.len().saturating_sub(names.len()));
                let kw = names.into_iter().zip(kwvals).collect();
                let r = self.call(&func, Args { pos: args, kw })?;
                f.stack.push(r);
            }
            Op::CallEx(has_kw) => {
                let kw = if has_kw != 0 { Some(f.pop()) } else { None };
                let args = f.pop();
                let func = f.pop();
                let pos = match args {
                    Value::Tuple(t) => t.to_vec(),
                    other => self.collect(&other)?,
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
                let r = self.call(&func, Args { pos, kw: kwv })?;
                f.stack.push(r);
            }
            Op::MakeFunction(flags) => {
                let code = f.pop();
                let closure = if flags & 4 != 0 { Some(f.pop()) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(f.pop()) } else { None };
                let defaults = if flags & 1 != 0 { Some(f.pop()) } else { None };
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
                f.stack.push(Value::Func(Rc::new(func)));
            }
            Op::BuildClass(n) => {
                let bases = f.popn(n as usize);
                let name = f.pop();
                let body = f.pop();
                let c = self.build_class(body, name, bases)?;
                f.stack.push(c);
            }
            Op::Super => {
                let obj = f.pop();
                let cls = f.pop();
                let sup = f.pop();
                let r = self.make_super(sup, cls, obj)?;
                f.stack.push(r);
            }
            Op::SetupExcept(t) => f.blocks.push(Block {
                handler: t,
                depth: f.stack.len() as u32,
            }),
            Op::SetupCleanup(t) => f.blocks.push(Block {
                handler: t,
                depth: f.stack.len().saturating_sub(1) as u32,
            }),
            Op::PopBlock => {
                f.blocks.pop();
            }
            Op::PushExcInfo => {
                let exc = f.pop();
                let slot = self.exc_stack.last_mut();
                let old = match slot {
                    Some(s) => s.replace(exc.clone()),
                    None => None,
                };
                f.stack.push(old.unwrap_or(Value::None));
                f.stack.push(exc);
            }
            Op::PopExcept => {
                let old = f.pop();
                let restored = if old.is_none() { None } else { Some(old) };
                if let Some(s) = self.exc_stack.last_mut() {
                    let prev = std::mem::replace(s, restored);
                    drop(prev);
                }
            }
            Op::ExcMatch => {
                let spec = f.pop();
                let exc = f.top();
                let m = self.exc_matches(&exc, &spec)?;
                f.stack.push(Value::bool(m));
            }
            Op::Reraise => {
                let exc = f.pop();
                return Err(Flow::Exc(exc));
            }
            Op::CleanupReraise => {
                let exc = f.pop();
                let old = f.pop();
                if let Some(s) = self.exc_stack.last_mut() {
                    *s = if old.is_none() { None } else { Some(old) };
                }
                return Err(Flow::Exc(exc));
            }
            Op::Raise(n) => return Err(self.op_raise(f, n)),
            Op::WithEnter => {
                let mgr = f.pop();
                let (enter, exit) = self.context_manager_methods(&mgr)?;
                f.stack.push(exit);
                let r = self.call(&enter, Args::default())?;
                f.stack.push(r);
            }
            Op::WithExitNormal => {
                let exit = f.pop();
                self.call(
                    &exit,
                    Args::new(vec![Value::None, Value::None, Value::None]),
                )?;
            }
            Op::WithExitExc => {
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
                let b = self.truthy(&r)?;
                f.stack.push(Value::bool(b));
            }
            Op::LoadAssertionError => {
                f.stack.push(Value::Class(self.types.exc("AssertionError")));
            }
            Op::ImportName(i) => {
                let name = f.code.names[i as usize].clone();
                let m = self.import(&name)?;
                f.stack.push(m);
            }
            Op::ImportFrom(i) => {
                let name = f.code.names[i as usize].clone();
                let m = f.top();
                let v = match self.getattr(&m, &name) {
                    Ok(v) => v,
                    Err(Flow::Exc(_)) => {
                        let mname = match &m {
                            Value::Module(md) => md.name.to_string(),
                            _ => "?".into(),
                        };
                        return Err(self.err(
                            "ImportError",
                            format!(
                                "cannot import name '{name}' from '{mname}' (unknown location)"
                            ),
                        ));
                    }
                    Err(e) => return Err(e),
                };
                f.stack.push(v);
            }
            _ => return self.unsupported("opcode"),
        }
        Ok(None)
    }

    fn deref_name(&self, f: &Frame, i: u32) -> Str {
        let nc = f.code.cellvars.len();
        let i = i as usize;
        if i < nc {
            f.code.cellvars[i].clone()
        } else {
            f.code
                .freevars
                .get(i - nc)
                .cloned()
                .unwrap_or_else(|| Str::from("?"))
        }
    }

    fn unbound_deref(&self, f: &Frame, i: u32) -> Flow {
        let name = self.deref_name(f, i);
        if (i as usize) < f.code.cellvars.len() {
            self.unbound_local(Some(name))
        } else {
            self.err(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn op_raise(&mut self, f: &mut Frame, n: u32) -> Flow {
        match n {
            0 => match self.topmost_exc() {
                Some(e) => Flow::Exc(e),
                None => self.err("RuntimeError", "No active exception to reraise"),
            },
            _ => {
                let cause = if n == 2 { Some(f.pop()) } else { None };
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

    /// What a subgenerator's resume means to the `yield from` delegating to it: a
    /// StopIteration raised out of it (3.6, without PEP 479) ends the `yield from` with its
    /// value, as from any iterator.
    #[inline]
    pub(crate) fn sub_generator_result(&mut self, r: PyResult<GenResult>) -> PyResult<GenResult> {
        match r {
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, "StopIteration") => {
                Ok(GenResult::Return(self.stop_value(&e)))
            }
            r => r,
        }
    }

    /// The common `obj.x` of an instance attribute, straight from its dict: true when done
    /// (the attribute replaced the instance on the stack), false when the general path must
    /// run.
    #[inline]
    pub(super) fn load_instance_attr(&mut self, f: &mut Frame, i: u32) -> bool {
        let Some(Value::Instance(inst)) = f.stack.last() else {
            return false;
        };
        let Some(name) = f.code.names.get(i as usize) else {
            return false;
        };
        if inst.exc.is_some() || &**name == "__class__" {
            return false;
        }
        let Some(v) = attr_get(&inst.dict.borrow(), name, f.code.attr_cache.get(i as usize)) else {
            return false;
        };
        match f.stack.last_mut() {
            Some(top) => {
                let obj = std::mem::replace(top, v);
                drop(obj);
                true
            }
            None => false,
        }
    }

    pub(super) fn op_yield_from(&mut self, f: &mut Frame) -> PyResult<Option<Step>> {
        let v = f.pop();
        // The subgenerator is borrowed from the stack (the frame is not reachable from self).
        let r = match f.stack.last() {
            Some(Value::Generator(g)) => {
                let r = self.gen_resume(g, super::Resume::Send(v));
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
                    Err(Flow::Exc(e)) if self.is_exc_instance(&e, "StopIteration") => {
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

    /// Hashable key (`hash()`), or TypeError.
    pub fn key(&self, v: Value) -> PyResult<Key> {
        self.hashed(v, "")
    }

    /// A dict key, or TypeError (3.14 names the use: `cannot use 'list' as a dict key (…)`).
    pub fn dict_key(&self, v: Value) -> PyResult<Key> {
        self.hashed(v, "a dict key")
    }

    /// A set element, or TypeError (3.14: `cannot use 'list' as a set element (…)`).
    pub fn set_element(&self, v: Value) -> PyResult<Key> {
        self.hashed(v, "a set element")
    }

    fn hashed(&self, v: Value, used_as: &str) -> PyResult<Key> {
        let unhashable = match &v {
            Value::Instance(i)
                if i.exc.is_none()
                    && i.class.lookup("__eq__").is_some()
                    && i.class.lookup("__hash__").is_none() =>
            {
                Some(i.class.name.to_string())
            }
            _ => None,
        };
        let hash = match unhashable {
            Some(_) => None,
            None => crate::value::py_hash(&v),
        };
        match hash {
            Some(hash) => Ok(Key { hash, value: v }),
            None => {
                let t = unhashable.unwrap_or_else(|| self.type_name(&v).to_string());
                Err(self.type_error(
                    if used_as.is_empty() || self.config.target < crate::PythonVersion::new(3, 14) {
                        format!("unhashable type: '{t}'")
                    } else {
                        format!("cannot use '{t}' as {used_as} (unhashable type: '{t}')")
                    },
                ))
            }
        }
    }

    pub fn set_add(&self, s: &mut PySet, v: Value) -> PyResult<()> {
        let k = self.set_element(v)?;
        s.insert(k.hash, k.value);
        Ok(())
    }

    /// `__enter__` and `__exit__` of a `with` statement's manager, or the error CPython raises
    /// when one is missing (3.14 looks `__exit__` up first and names the missing method).
    fn context_manager_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let t = self.config.target;
        let enter = self.lookup_special(mgr, "__enter__");
        let exit = self.lookup_special(mgr, "__exit__");
        let missing = match (&enter, &exit) {
            (Some(_), Some(_)) => None,
            _ if t < crate::PythonVersion::new(3, 11) => {
                let name = if enter.is_none() { "__enter__" } else { "__exit__" };
                return Err(self.err("AttributeError", name));
            }
            (_, None) if t >= crate::PythonVersion::new(3, 14) => Some(" (missed __exit__ method)"),
            (None, _) if t >= crate::PythonVersion::new(3, 14) => {
                Some(" (missed __enter__ method)")
            }
            (None, _) => Some(""),
            (Some(_), None) => Some(" (missed __exit__ method)"),
        };
        match (enter, exit, missing) {
            (Some(enter), Some(exit), None) => Ok((enter, exit)),
            (_, _, detail) => Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                self.class_of(mgr).name,
                detail.unwrap_or("")
            ))),
        }
    }

    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().to_vec(),
            _ => {
                if !self.is_iterable(v) {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    )));
                }
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        // 3.14 gives the size of a dict (as of a list or tuple, below)
                        let got = match v {
                            Value::Dict(d) if self.config.target >= crate::PythonVersion::new(3, 14) => {
                                format!(", got {}", d.borrow().len())
                            }
                            _ => String::new(),
                        };
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {n}{got})"
                        )));
                    }
                }
                out
            }
        };
        if items.len() > n {
            let got = if self.config.target >= crate::PythonVersion::new(3, 14) {
                format!(", got {}", items.len())
            } else {
                String::new()
            };
            return Err(self.value_error(format!(
                "too many values to unpack (expected {n}{got})"
            )));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }
}

/// Is `key` (a dict's key) the attribute name `name`? The same string object in the common
/// case (stored and loaded by the same code), else compared by content.
#[inline]
fn same_name(key: &Str, name: &Str) -> bool {
    Str::ptr_eq(key, name) || **key == **name
}

/// An instance attribute's value: first at the index `hint` remembers (where this name was last
/// found in an instance dict, usually the same for all instances of a class), else by hashing.
#[inline]
fn attr_get(dict: &NameMap, name: &Str, hint: Option<&Cell<u32>>) -> Option<Value> {
    let hint = hint?;
    if let Some((k, v)) = dict.get_index(hint.get() as usize) {
        if same_name(k, name) {
            return Some(v.clone());
        }
    }
    let (index, _, v) = dict.get_full(&**name)?;
    hint.set(u32::try_from(index).unwrap_or(0));
    Some(v.clone())
}

/// `dict[name] = v` for an instance dict, found through `hint` as in [`attr_get`]; the old
/// value is returned for the caller to release after the dict's borrow ends.
#[inline]
fn attr_set(dict: &mut NameMap, name: &Str, v: Value, hint: Option<&Cell<u32>>) -> Option<Value> {
    if let Some(hint) = hint {
        if let Some((k, slot)) = dict.get_index_mut(hint.get() as usize) {
            if same_name(k, name) {
                return Some(std::mem::replace(slot, v));
            }
        }
        let (index, old) = dict.insert_full(name.clone(), v);
        hint.set(u32::try_from(index).unwrap_or(0));
        return old;
    }
    dict.insert(name.clone(), v)
}
