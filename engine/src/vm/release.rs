//! The end of a run: breaking the reference cycles its objects are left in, since the engine
//! counts references and has no general cyclic collector (README, "Deliberate differences").
//!
//! Without this, a run leaks what it leaves in a cycle — a function stopped before the teardown
//! (module namespace ↔ function globals), a class whose methods use `super()` (class ↔
//! `__class__` cell), objects that point at each other, the engine's Python-source modules it
//! imported — and a harness or fuzzer that runs
//! millions of cases in one process grows without end. Runs only after the finalizers are off,
//! so nothing released here runs Python code or records an event.

use crate::value::Value;

use super::Vm;

impl Vm {
    /// Empty the namespaces a finished run's objects can cycle through: the case's globals,
    /// every module it imported, and the classes, instances and closure cells it created
    /// that are still alive (`Heap::track`).
    pub fn release_cycles(&mut self) {
        debug_assert!(!self.heap.finalizers.get(), "finalizers must be off");
        // Values are dropped outside the borrows: a drop can reach any of these namespaces.
        let globals = std::mem::take(&mut *self.globals.borrow_mut());
        drop(globals);
        let modules = std::mem::take(&mut self.modules);
        let mut namespaces: Vec<crate::value::Dict> = Vec::with_capacity(modules.len());
        for module in modules.values() {
            if let Value::Module(m) = module {
                namespaces.push(std::mem::take(&mut *m.dict.borrow_mut()));
            }
        }
        drop(namespaces);
        drop(modules);
        for object in self.heap.take_tracked() {
            object.empty();
        }
        crate::builtins::forget_methods();
    }
}
