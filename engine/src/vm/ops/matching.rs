//! The instructions of the `match` statement (PEP 634), as CPython's eval loop has them:
//! MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS, MATCH_CLASS and the `**rest` copy. The
//! parts that call back into Python (`get`, `__match_args__`, attribute lookups) are the
//! helpers `_match_keys`, `_match_class` and `_dict_without_keys` of `builtins.py`.

use super::super::{Frame, Vm};
use crate::value::{Args, Class, PyResult, Value};
use std::rc::Rc;

/// What a pattern asks of its subject's type.
#[derive(Clone, Copy)]
pub(in crate::vm) enum Kind {
    Sequence,
    Mapping,
}

impl Vm {
    /// MATCH_SEQUENCE / MATCH_MAPPING: CPython tests `Py_TPFLAGS_SEQUENCE` /
    /// `Py_TPFLAGS_MAPPING`, which list, tuple, range (sequences) and dict (mapping) have, their
    /// subclasses inherit, and `collections.abc.Sequence` / `Mapping` give the classes deriving
    /// from them (deque and the mapping proxy too). str, bytes and bytearray are not sequences
    /// here.
    pub(in crate::vm) fn op_match_kind(&mut self, f: &mut Frame, kind: Kind) {
        let cls = self.class_of(&f.top());
        let yes = match kind {
            Kind::Sequence => {
                let t = &self.types;
                cls.is_subclass_of(&t.list)
                    || cls.is_subclass_of(&t.tuple)
                    || cls.is_subclass_of(&t.range)
                    || has_abc(&cls, &["Sequence", "MutableSequence"], &["deque"])
            }
            Kind::Mapping => {
                cls.is_subclass_of(&self.types.dict)
                    || has_abc(&cls, &["Mapping", "MutableMapping"], &["mappingproxy"])
            }
        };
        f.stack.push(Value::bool(yes));
    }

    /// GET_LEN: push `len(TOS)`, TOS stays.
    pub(in crate::vm) fn op_get_len(&mut self, f: &mut Frame) -> PyResult<()> {
        let n = self.len(&f.top())?;
        f.stack.push(Value::Int(n as i64));
        Ok(())
    }

    /// MATCH_KEYS: subject, keys → subject, keys, values (a tuple) or None.
    pub(in crate::vm) fn op_match_keys(&mut self, f: &mut Frame) -> PyResult<()> {
        let n = f.stack.len();
        let subject = f.stack[n.saturating_sub(2)].clone();
        let keys = f.top();
        let helper = crate::builtins::py_builtin(self, "_match_keys")?;
        let r = self.call(&helper, Args::new(vec![subject, keys]))?;
        f.stack.push(r);
        Ok(())
    }

    /// MATCH_CLASS(nargs): subject, class, names → the tuple of attributes or None.
    pub(in crate::vm) fn op_match_class(&mut self, f: &mut Frame, nargs: u32) -> PyResult<()> {
        let names = f.pop();
        let cls = f.pop();
        let subject = f.pop();
        let helper = crate::builtins::py_builtin(self, "_match_class")?;
        let args = vec![subject, cls, Value::Int(i64::from(nargs)), names];
        let r = self.call(&helper, Args::new(args))?;
        f.stack.push(r);
        Ok(())
    }

    /// `**rest`: subject, keys → subject, a new dict of the subject's items without the keys.
    pub(in crate::vm) fn op_copy_dict_without_keys(&mut self, f: &mut Frame) -> PyResult<()> {
        let keys = f.pop();
        let subject = f.top();
        let helper = crate::builtins::py_builtin(self, "_dict_without_keys")?;
        let r = self.call(&helper, Args::new(vec![subject, keys]))?;
        f.stack.push(r);
        Ok(())
    }
}

/// Does `cls` derive from one of the `collections.abc` classes `abcs`, or from one of the
/// `builtin` types (by name, for types the engine may not have)?
fn has_abc(cls: &Rc<Class>, abcs: &[&str], builtin: &[&str]) -> bool {
    std::iter::once(cls).chain(cls.mro.iter()).any(|c| {
        let module = c.module_name();
        (abcs.contains(&&*c.name)
            && (&*module == "collections.abc" || &*module == "_collections_abc"))
            || (builtin.contains(&&*c.name)
                && (&*module == "collections" || &*module == "builtins"))
    })
}
