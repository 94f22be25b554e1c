//! Warnings as CPython's default filters show them: once per `(text, category, line)` key
//! of the module's `__warningregistry__`.

use std::cell::RefCell;
use std::rc::Rc;

use yieldspec_trace::Event;

use crate::value::{PyResult, Value};
use crate::vm::{ExcKind, Vm};

impl Vm {
    /// Issue a warning from the current line (the default filters show it once per
    /// location in `__main__`).
    pub fn warn(&mut self, category: ExcKind, message: &str) -> PyResult<()> {
        self.warn_at(category.name(), message, self.current_line)
    }

    /// Issue a warning of the category named `category`, attributed to `line`. CPython's
    /// default filters show it once per `(text, category, line)` key of the module's
    /// `__warningregistry__`, a global dict its first warning creates: a later binding than
    /// the case's earlier names, so the teardown deletes it in its turn, and what warns after
    /// that starts a new registry (the same warning is shown again).
    pub fn warn_at(&mut self, category: &str, message: &str, line: u32) -> PyResult<()> {
        // Once the case has imported `warnings`, its filters decide.
        if let Some(m) = self.modules.get("warnings").cloned() {
            let class = match self.builtins.get(category) {
                Some(c @ Value::Class(_)) => c.clone(),
                _ => return self.unsupported(&format!("a warning of category {category}")),
            };
            let f = self.getattr(&m, "_engine_warn")?;
            let args = vec![class, Value::str(message), Value::Int(i64::from(line))];
            self.call(&f, crate::value::Args::new(args))?;
            return Ok(());
        }
        let registry = self.warning_registry();
        let class = match self.builtins.get(category) {
            Some(c @ Value::Class(_)) => c.clone(),
            _ => Value::str(category),
        };
        let key = self.key(Value::tuple(vec![
            Value::str(message),
            class,
            Value::Int(i64::from(line)),
        ]))?;
        if registry
            .borrow_mut()
            .insert(key, Value::bool(true))
            .is_none()
        {
            self.show_warning(category.into(), message.into(), line);
        }
        Ok(())
    }

    /// Record the `warning` event of a warning shown.
    pub(crate) fn show_warning(&mut self, category: String, message: String, line: u32) {
        self.rec.add(Event::Warning {
            category,
            message,
            line,
        });
    }

    /// The module's `__warningregistry__`, created when missing (or not a dict).
    pub(crate) fn warning_registry(&mut self) -> Rc<RefCell<crate::value::Dict>> {
        const NAME: &str = "__warningregistry__";
        if let Some(Value::Dict(d)) = self.globals.borrow().get_name(NAME) {
            return d.clone();
        }
        let d = Rc::new(RefCell::new(crate::value::Dict::new()));
        self.globals
            .borrow_mut()
            .set_name(NAME.into(), Value::Dict(d.clone()));
        self.globals_changed();
        d
    }
}
