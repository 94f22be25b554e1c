//! `import` and `from … import`.

use crate::value::{Flow, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_import_name(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let name = f.code.names[i as usize].clone();
        let m = self.import(&name)?;
        f.stack.push(m);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_import_from(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
        let name = f.code.names[i as usize].clone();
        let m = f.top();
        if let Value::Module(md) = &m {
            // `from package import submodule` (`_handle_fromlist`): imported if the package
            // does not have it yet.
            let full = format!("{}.{name}", md.name);
            if md.dict.borrow().get_name(&name).is_none() && crate::builtins::is_submodule(&full) {
                let sub = self.import(&full)?;
                f.stack.push(sub);
                return Ok(());
            }
        }
        let v = match self.getattr(&m, &name) {
            Ok(v) => v,
            Err(Flow::Exc(_)) => {
                let mname = match &m {
                    Value::Module(md) => md.name.to_string(),
                    _ => "?".into(),
                };
                return Err(self.err(
                    ExcKind::ImportError,
                    format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                ));
            }
            Err(e) => return Err(e),
        };
        f.stack.push(v);
        Ok(())
    }
}
