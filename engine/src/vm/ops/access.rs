//! Attribute and item access, and slices.

use std::cell::Cell;
use std::rc::Rc;

use crate::value::{NameMap, PyResult, Str, Value};
use crate::vm::attr::no_descriptor;
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_load_attr(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let name = f.code.names[i as usize].clone();
        let obj = f.pop();
        let v = self.getattr(&obj, &name)?;
        f.stack.push(v);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_store_attr(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let obj = f.pop();
        let v = f.pop();
        match &obj {
            // The common `self.x = v`: insert under the code's own name (no new key).
            Value::Instance(inst)
                if inst.exc.is_none()
                    && !inst.class.builtin
                    && !inst.class.attr_hooks
                    && inst.class.layout.dict
                    && inst.live.borrow().is_none()
                    && no_descriptor(
                        &inst.class,
                        &f.code.names[i as usize],
                        f.code.method_cache.get(i as usize),
                    ) =>
            {
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
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_del_attr(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let name = f.code.names[i as usize].clone();
        let obj = f.pop();
        self.delattr(&obj, &name)?;
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_subscr(&mut self, f: &mut Frame) -> PyResult<()> {
        let idx = f.pop();
        let obj = f.pop();
        let v = self.getitem(&obj, &idx)?;
        f.stack.push(v);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_store_subscr(&mut self, f: &mut Frame) -> PyResult<()> {
        let idx = f.pop();
        let obj = f.pop();
        let v = f.pop();
        self.setitem(&obj, idx, v)?;
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_del_subscr(&mut self, f: &mut Frame) -> PyResult<()> {
        let idx = f.pop();
        let obj = f.pop();
        self.delitem(&obj, &idx)?;
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_build_slice(&mut self, f: &mut Frame, n: u32) -> PyResult<()> {
        let step = if n == 3 { f.pop() } else { Value::None };
        let stop = f.pop();
        let start = f.pop();
        f.stack.push(Value::Slice(Rc::new([start, stop, step])));
        Ok(())
    }

    /// [`Vm::load_instance_attr`] when the instance on the stack is not its last reference:
    /// replacing it frees nothing, so no finalizer can become due (the dispatch loop's plain
    /// path runs it without its checks).
    #[inline]
    pub(in crate::vm) fn load_shared_instance_attr(&mut self, f: &mut Frame, i: u32) -> bool {
        match f.stack.last() {
            Some(Value::Instance(inst)) if Rc::strong_count(inst) > 1 => {
                self.load_instance_attr(f, i)
            }
            _ => false,
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
        // A class attribute that is an instance may be a data descriptor, which wins.
        if inst.exc.is_some()
            || is_dunder_class(name)
            || !no_descriptor(&inst.class, name, f.code.method_cache.get(i as usize))
        {
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
}

/// Is `name` `__class__`? (Most names are not dunder names: two byte compares decide.)
#[inline]
fn is_dunder_class(name: &str) -> bool {
    name.as_bytes().starts_with(b"__") && name == "__class__"
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
