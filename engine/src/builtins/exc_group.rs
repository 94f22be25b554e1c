//! What the engine gives the exception groups written in Python (`builtins.py`): the hidden
//! `message`/`exceptions` slots (`_eg_set`, `_eg_get`), `BaseException.add_note` (3.11+), and the
//! two steps of `except*` that the eval loop runs (CPython's `CHECK_EG_MATCH` and
//! `PREP_RERAISE_STAR`), which call into the Python side for the group algebra.

use std::rc::Rc;

use crate::value::{Args, BuiltinFn, BuiltinKind, Flow, PyResult, Value};
use crate::vm::{ExcKind, Vm};

/// `_eg_set(self, message, excs)`: store a group's message and exception tuple.
pub fn eg_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match &a.pos[..] {
        [e, msg, excs] if e.exc().is_some() => {
            if let Some(d) = e.exc() {
                d.borrow_mut().group = Some(Box::new((msg.clone(), excs.clone())));
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("_eg_set(exception, message, exceptions)")),
    }
}

/// `_eg_get(self)`: `(message, excs)` of a group made by `BaseExceptionGroup.__new__`.
pub fn eg_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(g) = a.pos.first().and_then(group_of) {
        return Ok(Value::tuple(vec![g.0, g.1]));
    }
    Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object"))
}

/// The (message, exceptions) of a group instance.
pub fn group_of(v: &Value) -> Option<(Value, Value)> {
    let d = v.exc()?;
    let d = d.borrow();
    d.group.as_ref().map(|g| (g.0.clone(), g.1.clone()))
}

/// `exc.add_note` bound to `exc` (3.11+).
pub fn add_note_method(exc: &Value) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name: "add_note",
        recv: Some(exc.clone()),
        kind: BuiltinKind::Method(add_note),
    }))
}

/// `BaseException.add_note(note)`, as exceptions.c: `__notes__` made a list on first use.
fn add_note(vm: &mut Vm, exc: &Value, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    let note = &a.pos[0];
    if !matches!(note, Value::Str(_)) {
        let got = vm.type_name(note);
        return Err(vm.type_error(if vm.rules.add_note_clinic_message {
            format!("add_note() argument must be str, not {got}")
        } else {
            format!("note must be a str, not '{got}'")
        }));
    }
    let notes = match vm.getattr(exc, "__notes__") {
        Ok(n) => n,
        Err(Flow::Exc(e)) if vm.is_exc_instance(&e, ExcKind::AttributeError) => {
            let n = Value::list(Vec::new());
            vm.setattr(exc, "__notes__", n.clone())?;
            vm.getattr(exc, "__notes__")?
        }
        Err(e) => return Err(e),
    };
    match &notes {
        Value::List(l) => {
            l.borrow_mut().push(note.clone());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
