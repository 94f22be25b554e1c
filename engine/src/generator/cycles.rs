//! The teardown's cyclic collection of what the case left in reference cycles: suspended
//! generators and instances with `__del__` that are still alive once every name of the case
//! is gone can only be held by a cycle (`self.gen = self._run()`, a list that holds itself),
//! which CPython's collector finalizes at the teardown's `gc.collect()`.

use super::GenStatus;
use crate::compile::GenKind;
use crate::heap::Tracked;
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::Vm;

impl Vm {
    /// Finalize the case's objects left in reference cycles, as CPython's `finalize_garbage`
    /// does: every finalizer first, in the order the objects were made (the collector's list
    /// order, with the collector off while the case ran), each one once. Only the case's own
    /// objects count (generators of its functions, instances of its classes): the engine's
    /// library modules stay reachable from `sys.modules` in CPython. Clearing the cycles
    /// afterwards runs no Python code there, so the engine leaves that to the end of the run.
    pub fn finalize_unreachable(&mut self) -> PyResult<()> {
        let found: Vec<Value> = self
            .heap
            .tracked()
            .iter()
            .filter_map(|t| match t {
                Tracked::Generator(w) => w
                    .upgrade()
                    .filter(|g| {
                        g.kind() == GenKind::Generator
                            && !g.finalized.get()
                            && g.status() == GenStatus::Suspended
                    })
                    .map(Value::Generator),
                Tracked::Instance(w) => w
                    .upgrade()
                    .filter(|i| {
                        !i.finalized.get()
                            && !i.class.builtin
                            && &*i.class.module == "__main__"
                            && matches!(i.class.lookup("__del__"), Some(Value::Func(_)))
                    })
                    .map(Value::Instance),
                Tracked::Class(_) | Tracked::Cell(_) => None,
            })
            .collect();
        for object in found {
            match &object {
                Value::Generator(g) => {
                    g.finalized.set(true);
                    match self.gen_close(g) {
                        Ok(_) => {}
                        Err(Flow::Exc(e)) => {
                            self.unraisable(object.clone(), super::Ignored::ClosingGenerator, e)?
                        }
                        Err(fatal) => return Err(fatal),
                    }
                }
                Value::Instance(i) => {
                    i.finalized.set(true);
                    let Some(del) = i.class.lookup("__del__") else {
                        continue;
                    };
                    let bound = self.bind(del.clone(), &object);
                    match self.call(&bound, Args::default()) {
                        Ok(_) => {}
                        Err(Flow::Exc(e)) => {
                            self.unraisable(del, super::Ignored::CallingDeallocator, e)?
                        }
                        Err(fatal) => return Err(fatal),
                    }
                }
                _ => {}
            }
            if self.heap.has_pending() {
                self.run_finalizers()?;
            }
        }
        Ok(())
    }
}
