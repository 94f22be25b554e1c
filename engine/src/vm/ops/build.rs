//! Displays (tuple, list, set, dict), comprehension appends, unpacking, f-strings.

use crate::compile::{Conversion, FormatFlags};
use crate::value::{Dict, Flow, PyResult, PySet, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_build_tuple(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let items = f.popn(n as usize);
        f.stack.push(Value::tuple(items));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_build_list(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let items = f.popn(n as usize);
        f.stack.push(Value::list(items));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_build_set(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let items = f.popn(n as usize);
        let mut s = PySet::new();
        for it in items {
            self.set_add(&mut s, it)?;
        }
        f.stack.push(Value::set(s));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_build_map(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let items = f.popn(2 * n as usize);
        let mut d = Dict::new();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let key = self.local_dict_key(&d, k)?;
            d.insert(key, v);
        }
        f.stack.push(Value::dict(d));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_list_append(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let at = f.stack.len().saturating_sub(n as usize);
        if let Some(Value::List(l)) = f.stack.get(at) {
            l.borrow_mut().push(v);
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_set_add(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let at = f.stack.len().saturating_sub(n as usize);
        if let Some(Value::Set(s)) = f.stack.get(at).cloned() {
            let key = self.set_value_key(&Value::Set(s.clone()), v)?;
            s.borrow_mut().insert(key.hash, key.value);
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_map_add(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let k = f.pop();
        let at = f.stack.len().saturating_sub(n as usize);
        if let Some(Value::Dict(d)) = f.stack.get(at).cloned() {
            let key = self.dict_key(&d, k)?;
            d.borrow_mut().insert(key, v);
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_list_extend(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let at = f.stack.len().saturating_sub(n as usize);
        if let Some(Value::List(l)) = f.stack.get(at).cloned() {
            let items = match self.collect(&v) {
                Ok(items) => items,
                Err(Flow::Exc(e))
                    if self.is_exc_instance(&e, ExcKind::TypeError) && !self.is_iterable(&v) =>
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
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_set_update(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let at = f.stack.len().saturating_sub(n as usize);
        if let Some(Value::Set(s)) = f.stack.get(at).cloned() {
            for item in self.collect(&v)? {
                let key = self.set_value_key(&Value::Set(s.clone()), item)?;
                s.borrow_mut().insert(key.hash, key.value);
            }
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_dict_update(
        &mut self,
        f: &mut Frame,
        n: u32,
        merge: bool,
    ) -> PyResult<()> {
        let v = f.pop();
        let at = f.stack.len().saturating_sub(n as usize);
        if let Some(Value::Dict(d)) = f.stack.get(at).cloned() {
            let v = super::super::payload::payload_of(&v).unwrap_or(v);
            let items = match &v {
                Value::Dict(src) => src.borrow().items(),
                // Another mapping: its keys(), then each key's item (PyDict_Update).
                Value::Instance(_) if self.hasattr(&v, "keys")? => {
                    let mut items = Vec::new();
                    crate::builtins::for_each_pair(self, &v, |_, k, val| {
                        items.push((k, val));
                        Ok(())
                    })?;
                    items
                }
                _ => {
                    if merge {
                        let what = if self.rules.unpack_errors_say_value {
                            "Value".to_string()
                        } else {
                            format!("{} argument", self.merge_callee_desc(f, at)?)
                        };
                        return Err(self.type_error(format!(
                            "{what} after ** must be a mapping, not {}",
                            self.type_name(&v)
                        )));
                    }
                    return Err(self
                        .type_error(format!("'{}' object is not a mapping", self.type_name(&v))));
                }
            };
            for (k, val) in items {
                let key = self.dict_key(&d, k)?;
                if merge && d.borrow().get(&key).is_some() {
                    let k = self.str_of(&key.value)?;
                    let desc = self.merge_callee_desc(f, at)?;
                    return Err(self.type_error(format!(
                        "{desc} got multiple values for keyword argument '{k}'"
                    )));
                }
                d.borrow_mut().insert(key, val);
            }
        }
        Ok(())
    }

    /// The callable of the call whose keyword dict (at `at` on the stack, above the
    /// positional tuple) a `**` merges into, named for an error.
    fn merge_callee_desc(&mut self, f: &Frame, at: usize) -> PyResult<String> {
        match at.checked_sub(2).and_then(|i| f.stack.get(i)).cloned() {
            Some(func) => self.callable_desc(&func),
            None => Ok("function".to_string()),
        }
    }

    #[inline(never)]
    pub(in crate::vm) fn op_list_to_tuple(&mut self, f: &mut Frame) -> PyResult<()> {
        let v = f.pop();
        let t = match v {
            Value::List(l) => Value::tuple(l.borrow_mut().take_vec()),
            other => other,
        };
        f.stack.push(t);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_build_string(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let parts = f.popn(n as usize);
        let mut s = String::new();
        for p in parts {
            if let Value::Str(x) = p {
                s.push_str(&x);
            }
        }
        f.stack.push(Value::str(&s));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_format(&mut self, f: &mut Frame, flags: FormatFlags) -> PyResult<()> {
        let spec = if flags.has_spec() {
            Some(f.pop())
        } else {
            None
        };
        let v = f.pop();
        let v = match flags.conversion() {
            Conversion::Str => Value::str(&self.str_of(&v)?),
            Conversion::Repr => Value::str(&self.repr(&v)?),
            Conversion::Ascii => Value::str(&crate::format::ascii(&self.repr(&v)?)),
            Conversion::None => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        let s = self.format_value(&v, &spec)?;
        f.stack.push(Value::str(&s));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_unpack(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let v = f.pop();
        let items = self.unpack(&v, n as usize)?;
        f.stack.extend(items.into_iter().rev());
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_unpack_ex(&mut self, f: &mut Frame, arg: u32) -> PyResult<()> {
        let before = (arg & 0xffff) as usize;
        let after = (arg >> 16) as usize;
        let v = f.pop();
        let mut items = self.collect(&v).map_err(|e| match e {
            Flow::Exc(x)
                if self.is_exc_instance(&x, ExcKind::TypeError) && !self.is_iterable(&v) =>
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
        Ok(())
    }

    pub fn set_add(&mut self, s: &mut PySet, v: Value) -> PyResult<()> {
        let k = self.set_key(s, v)?;
        s.insert(k.hash, k.value);
        Ok(())
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
                            Value::Dict(d) if self.rules.unpack_counts_too_many => {
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
            let got = if self.rules.unpack_counts_too_many {
                format!(", got {}", items.len())
            } else {
                String::new()
            };
            return Err(self.value_error(format!("too many values to unpack (expected {n}{got})")));
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
