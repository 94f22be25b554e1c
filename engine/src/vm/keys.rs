//! Dict keys and set elements as CPython hashes and compares them: a user class's `__hash__`
//! gives the hash (checked and reduced as `PyObject_Hash` does), and a key whose class defines
//! `__eq__` is compared by calling it, with the keys of equal hash already in the container, in
//! CPython's probe order (identity first, then `existing == key`).

use std::cell::RefCell;
use std::rc::Rc;

use super::{ExcKind, Vm};
use crate::value::{needs_py_eq, user_special, Dict, Key, PyResult, PySet, Value};

/// Does hashing `v` run Python code (a user `__hash__`, also inside a tuple)?
fn needs_py_hash(v: &Value) -> bool {
    match v {
        Value::Instance(_) => user_special(v, "__hash__").is_some(),
        Value::Tuple(t) => t.iter().any(needs_py_hash),
        _ => false,
    }
}

impl Vm {
    /// `hash(v)` for a dict key or set element, or TypeError.
    pub fn key(&mut self, v: Value) -> PyResult<Key> {
        let hash = self.hash_value(&v)?;
        Ok(Key { hash, value: v })
    }

    /// `key(v)` for a use that 3.14 names in the TypeError of an unhashable key: an exact
    /// TypeError from hashing becomes "cannot use 'T' as USE (MESSAGE)", as
    /// `dict_unhashable_type` / `set_unhashable_type` do.
    fn key_for(&mut self, v: Value, used_as: &str) -> PyResult<Key> {
        if !self.rules.unhashable_names_use {
            return self.key(v);
        }
        let t = self.type_name(&v).to_string();
        match self.key(v) {
            Err(crate::value::Flow::Exc(e))
                if Rc::ptr_eq(&self.class_of(&e), self.types.exc(ExcKind::TypeError)) =>
            {
                let message = self.str_of(&e)?;
                Err(self.type_error(format!("cannot use '{t}' as {used_as} ({message})")))
            }
            r => r,
        }
    }

    fn hash_value(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Instance(i) = v {
            if i.class.base_type.has_payload()
                && super::payload::user_defines(&i.class, "__hash__").is_none()
            {
                // The built-in type's hash: a tuple's, and none for dict, list and set.
                return match super::payload::payload_of(v) {
                    Some(p @ Value::Tuple(_)) => self.hash_value(&p),
                    _ => Err(self.unhashable(v)),
                };
            }
        }
        if needs_py_hash(v) {
            if let Value::Tuple(t) = v {
                let mut lanes = Vec::with_capacity(t.len());
                for x in t.iter() {
                    lanes.push(self.hash_value(x)?);
                }
                return Ok(crate::value::hash_tuple_lanes(&lanes));
            }
            return self.user_hash(v);
        }
        match crate::value::py_hash(v) {
            Some(hash) => Ok(hash),
            None => {
                // A tuple reports the element that is unhashable.
                if let Value::Tuple(t) = v {
                    for x in t.iter() {
                        self.hash_value(x)?;
                    }
                }
                Err(self.unhashable(v))
            }
        }
    }

    fn unhashable(&self, v: &Value) -> crate::value::Flow {
        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
    }

    /// `type(v).__hash__(v)`: None there makes `v` unhashable; the result must be an int,
    /// -1 becomes -2 and an int outside the machine range is hashed again (`PyObject_Hash`).
    fn user_hash(&mut self, v: &Value) -> PyResult<i64> {
        let Some(m) = user_special(v, "__hash__") else {
            return Err(self.unhashable(v));
        };
        if let Value::None = m {
            return Err(self.unhashable(v));
        }
        let m = self.bind(m, v);
        let r = self.call(&m, crate::value::Args::default())?;
        match r {
            Value::Int(-1) => Ok(-2),
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(i64::from(b.get())),
            Value::Big(_) => Ok(crate::value::py_hash(&r).unwrap_or(0)),
            Value::Instance(ref i) if i.class.is_subclass_of(&self.types.int) => {
                Ok(crate::value::py_hash(&r).unwrap_or(0))
            }
            _ => Err(self.type_error("__hash__ method should return an integer")),
        }
    }

    /// The key already in the container that equals `k` (found among `candidates`, the
    /// container's keys of the same hash in probe order), or `k` itself.
    fn canonical(&mut self, k: Key, candidates: Vec<Value>) -> PyResult<Key> {
        let py = needs_py_eq(&k.value);
        for c in candidates {
            let equal = if c.is(&k.value) {
                true
            } else if py || needs_py_eq(&c) {
                self.eq(&c, &k.value)?
            } else {
                crate::value::key_eq(&c, &k.value)
            };
            if equal {
                return Ok(Key {
                    hash: k.hash,
                    value: c,
                });
            }
        }
        Ok(k)
    }

    /// `v` as a key of `d`: hashed, and replaced by the equal key `d` already has when
    /// finding it runs a user `__eq__`.
    pub fn dict_key(&mut self, d: &Rc<RefCell<Dict>>, v: Value) -> PyResult<Key> {
        let k = self.key_for(v, "a dict key")?;
        let candidates = d.borrow().py_candidates(&k);
        match candidates {
            Some(c) => self.canonical(k, c),
            None => Ok(k),
        }
    }

    /// As `dict_key`, for a dict no Python code can reach yet.
    pub fn local_dict_key(&mut self, d: &Dict, v: Value) -> PyResult<Key> {
        let k = self.key_for(v, "a dict key")?;
        match d.py_candidates(&k) {
            Some(c) => self.canonical(k, c),
            None => Ok(k),
        }
    }

    /// `v` as an element of `s` (see `dict_key`).
    pub fn set_key(&mut self, s: &PySet, v: Value) -> PyResult<Key> {
        let k = self.key_for(v, "a set element")?;
        match s.py_candidates(k.hash, &k.value) {
            Some(c) => self.canonical(k, c),
            None => Ok(k),
        }
    }

    /// `v` as an element of the set `s` (a `set` or `frozenset` value).
    pub fn set_value_key(&mut self, s: &Value, v: Value) -> PyResult<Key> {
        let k = self.key_for(v, "a set element")?;
        let candidates = match s {
            Value::Set(s) => s.borrow().py_candidates(k.hash, &k.value),
            Value::FrozenSet(s) => s.py_candidates(k.hash, &k.value),
            _ => None,
        };
        match candidates {
            Some(c) => self.canonical(k, c),
            None => Ok(k),
        }
    }
}
