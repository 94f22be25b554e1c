//! Names in enclosing, class, module and global scopes: cells, `LoadName` and the deletes.

use crate::value::{Flow, PyResult, Str, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_load_deref(
        &mut self,
        f: &mut Frame,
        i: u32,
        class: bool,
    ) -> PyResult<()> {
        if class {
            let name = self.deref_name(f, i);
            if let Some(ns) = &f.ns {
                if let Some(v) = ns.borrow().get(&name) {
                    f.stack.push(v.clone());
                    return Ok(());
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
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_store_deref(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let v = f.pop();
        if let Some(c) = f.cells.get(i as usize) {
            let old = std::mem::replace(&mut *c.borrow_mut(), v);
            drop(old);
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_del_deref(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let old = match f.cells.get(i as usize) {
            Some(c) => std::mem::take(&mut *c.borrow_mut()),
            None => Value::Undef,
        };
        if let Value::Undef = old {
            return Err(self.unbound_deref(f, i));
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_load_closure(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let c = f.cells.get(i as usize).cloned();
        f.stack.push(c.map(Value::Cell).unwrap_or(Value::None));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_del_global(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let name = f.code.names[i as usize].clone();
        let old = f.globals.borrow_mut().del_name(&name);
        self.globals_changed();
        if old.is_none() {
            return Err(self.name_error(&name));
        }
        drop(old);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_load_name(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let v = match &f.ns {
            None => self.load_global(f, i),
            Some(ns) => {
                let name = &f.code.names[i as usize];
                let mut v = ns.borrow().get(name).cloned();
                if v.is_none() {
                    v = f.globals.borrow().get_name(name).cloned();
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
            None => {
                let v = self.fallback_builtin(&name)?;
                f.stack.push(v);
            }
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_store_name(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let v = f.pop();
        let old = match &f.ns {
            Some(ns) => ns.borrow_mut().insert(f.code.names[i as usize].clone(), v),
            None => self.store_global(f, i, v),
        };
        drop(old);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_del_name(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let name = f.code.names[i as usize].clone();
        let old = match &f.ns {
            Some(ns) => ns.borrow_mut().shift_remove(&name),
            None => {
                self.globals_changed();
                f.globals.borrow_mut().del_name(&name)
            }
        };
        if old.is_none() {
            return Err(self.name_error(&name));
        }
        drop(old);
        Ok(())
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
        } else if self.rules.unbound_local_new_message {
            self.err(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        } else {
            self.err(
                ExcKind::NameError,
                format!("free variable '{name}' referenced before assignment in enclosing scope"),
            )
        }
    }
}
