//! The descriptor protocol on user classes (`__get__`/`__set__`/`__delete__` of class
//! attributes, as `PyObject_GenericGetAttr` applies it), `__getattr__` as the fallback of a
//! failed lookup, and what a new class does to its attributes and bases (`__set_name__`,
//! `__init_subclass__`).

use std::rc::Rc;

use super::Vm;
use crate::value::{Args, Class, Flow, Instance, PyResult, Str, Value};
use crate::vm::ExcKind;

impl Vm {
    /// `type(v).name` bound to `v`, when `v` is an instance of a user class that has it.
    fn descr_slot(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(i) if i.exc.is_none() => i.class.lookup(name).map(|m| self.bind(m, v)),
            _ => None,
        }
    }

    /// Is `v` a data descriptor (its type defines `__set__` or `__delete__`)?
    pub(crate) fn is_data_descr(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc.is_none()
            && (i.class.lookup("__set__").is_some() || i.class.lookup("__delete__").is_some()))
    }

    /// `v.__get__(obj, cls)` when `v` is a descriptor; otherwise `v` (a function bound to
    /// `obj` when there is one).
    pub(super) fn descr_get(
        &mut self,
        v: Value,
        obj: Option<&Value>,
        cls: &Rc<Class>,
    ) -> PyResult<Value> {
        if let Some(get) = self.descr_slot(&v, "__get__") {
            let o = obj.cloned().unwrap_or(Value::None);
            return self.call(&get, Args::new(vec![o, Value::Class(cls.clone())]));
        }
        Ok(match obj {
            Some(o) => self.bind(v, o),
            None => v,
        })
    }

    /// `obj.name` for an instance of a user class: data descriptors of the class, then the
    /// instance's dict, then other class attributes; `__getattr__` when that fails with an
    /// AttributeError.
    pub(super) fn instance_getattr(
        &mut self,
        i: &Rc<Instance>,
        obj: &Value,
        name: &str,
        dict_first: impl FnOnce(&mut Vm) -> PyResult<Option<Value>>,
    ) -> PyResult<Value> {
        let r = self.instance_getattribute(i, obj, name, dict_first);
        match r {
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::AttributeError) => {
                match i.class.lookup("__getattr__") {
                    Some(ga) => {
                        let ga = self.bind(ga, obj);
                        self.call(&ga, Args::new(vec![Value::str(name)]))
                    }
                    None => Err(Flow::Exc(e)),
                }
            }
            r => r,
        }
    }

    pub(super) fn instance_getattribute(
        &mut self,
        i: &Rc<Instance>,
        obj: &Value,
        name: &str,
        dict_first: impl FnOnce(&mut Vm) -> PyResult<Option<Value>>,
    ) -> PyResult<Value> {
        let cls_attr = i.class.lookup(name);
        if let Some(d) = &cls_attr {
            if self.is_data_descr(d) {
                return self.descr_get(d.clone(), Some(obj), &i.class);
            }
        }
        if let Some(v) = dict_first(self)? {
            return Ok(v);
        }
        if i.class.base_type.has_payload() && super::payload::user_defines(&i.class, name).is_none()
        {
            if let Some(v) = self.payload_attr(obj, name, true) {
                return Ok(v);
            }
        }
        match cls_attr {
            Some(v) => self.descr_get(v, Some(obj), &i.class),
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// `obj.name = v` (or `del obj.name` for `None`) through a data descriptor of the class;
    /// false when the class has none for `name`.
    pub(super) fn descr_set(
        &mut self,
        i: &Rc<Instance>,
        obj: &Value,
        name: &str,
        v: Option<Value>,
    ) -> PyResult<bool> {
        let Some(d) = i.class.lookup(name) else {
            return Ok(false);
        };
        if !self.is_data_descr(&d) {
            return Ok(false);
        }
        let (slot, args) = match v {
            Some(v) => ("__set__", vec![obj.clone(), v]),
            None => ("__delete__", vec![obj.clone()]),
        };
        match self.descr_slot(&d, slot) {
            Some(m) => {
                self.call(&m, Args::new(args))?;
                Ok(true)
            }
            None => Err(self.err(ExcKind::AttributeError, slot.to_string())),
        }
    }

    /// After a class statement made `cls`: `__set_name__` of its attributes, then
    /// `__init_subclass__` of its nearest base that defines one.
    pub(crate) fn finish_class(
        &mut self,
        cls: &Rc<Class>,
        kw: Vec<(crate::value::Str, Value)>,
    ) -> PyResult<()> {
        let attrs: Vec<(Str, Value)> = cls
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in attrs {
            if let Some(m) = self.descr_slot(&v, "__set_name__") {
                let r = self.call(
                    &m,
                    Args::new(vec![Value::Class(cls.clone()), Value::Str(k.clone())]),
                );
                if let Err(Flow::Exc(e)) = r {
                    if self.rules.set_name_error_propagates {
                        return Err(Flow::Exc(e));
                    }
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance '{k}' in '{}'",
                        self.class_of(&v).name,
                        cls.name
                    );
                    let Flow::Exc(new) = self.err(ExcKind::RuntimeError, msg) else {
                        unreachable!()
                    };
                    self.setattr(&new, "__cause__", e)?;
                    return Err(Flow::Exc(new));
                }
                r?;
            }
        }
        let init = cls
            .mro
            .iter()
            .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
        match init {
            Some(f @ Value::Func(_)) => {
                let args = Args {
                    pos: vec![Value::Class(cls.clone())],
                    kw,
                };
                self.call(&f, args)?;
            }
            Some(Value::Builtin(_)) | None => {
                if !kw.is_empty() {
                    // object's: CPython's TypeError names the class, per version.
                    return self
                        .unsupported("class keyword arguments reaching object.__init_subclass__");
                }
            }
            // An explicit classmethod (or another descriptor): what it gives for the class.
            Some(other) => {
                let owner = cls.clone();
                let f = self.descr_get(other, None, &owner)?;
                self.call(
                    &f,
                    Args {
                        pos: Vec::new(),
                        kw,
                    },
                )?;
            }
        }
        Ok(())
    }
}
