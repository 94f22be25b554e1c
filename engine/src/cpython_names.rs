//! What CPython has, per version: builtin names, built-in types' attributes, standard-library
//! modules and their attributes, special method names — recorded from each CPython by
//! `engine/data/cpython/record_names.py`. A name CPython has and the engine lacks is
//! `unsupported`, never a NameError, AttributeError or ModuleNotFoundError.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::PythonVersion;

/// The recorded files, oldest version first.
const FILES: [(u8, &str); 8] = [
    (8, include_str!("../data/cpython/names-3.8.txt")),
    (9, include_str!("../data/cpython/names-3.9.txt")),
    (10, include_str!("../data/cpython/names-3.10.txt")),
    (11, include_str!("../data/cpython/names-3.11.txt")),
    (12, include_str!("../data/cpython/names-3.12.txt")),
    (13, include_str!("../data/cpython/names-3.13.txt")),
    (14, include_str!("../data/cpython/names-3.14.txt")),
    (15, include_str!("../data/cpython/names-3.15.txt")),
];

type NameSet = HashSet<&'static str>;

/// One CPython version's names.
#[derive(Default)]
pub struct Names {
    /// `dir(builtins)`.
    pub builtins: NameSet,
    /// `dir(T)` by `T.__name__`, for the built-in types and the types of common objects.
    pub types: HashMap<&'static str, NameSet>,
    /// The standard library's module names (top-level, plus a few dotted ones).
    pub modules: NameSet,
    /// `dir(M)` for the modules the engine provides in part.
    pub module_attrs: HashMap<&'static str, NameSet>,
    /// Dunder names some class of CPython defines as a method: the special methods.
    pub specials: NameSet,
}

impl Names {
    fn parse(text: &'static str) -> Names {
        let mut n = Names::default();
        let mut current: Option<&mut NameSet> = None;
        for line in text.lines() {
            if let Some(title) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = Some(match title.split_once(' ') {
                    Some(("type", t)) => n.types.entry(t).or_default(),
                    Some(("module", m)) => n.module_attrs.entry(m).or_default(),
                    _ => match title {
                        "builtins" => &mut n.builtins,
                        "modules" => &mut n.modules,
                        _ => &mut n.specials,
                    },
                });
            } else if let Some(set) = current.as_deref_mut() {
                set.insert(line);
            }
        }
        n
    }

    /// Does CPython's `T` (by name) have attribute `name`?
    pub fn type_has(&self, type_name: &str, name: &str) -> bool {
        self.types.get(type_name).is_some_and(|s| s.contains(name))
    }

    /// Does CPython's module `module` have attribute `name`?
    pub fn module_has(&self, module: &str, name: &str) -> bool {
        self.module_attrs
            .get(module)
            .is_some_and(|s| s.contains(name))
    }
}

/// The special methods the engine consults when a user class defines them. A class that
/// defines another of CPython's special methods is unsupported (the engine would ignore it).
pub const ENGINE_SPECIALS: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__iter__",
    "__next__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__call__",
    "__bool__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__matmul__",
    "__rmatmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__int__",
    "__float__",
    "__enter__",
    "__exit__",
    "__del__",
    "__reversed__",
    "__copy__",
    "__new__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__init_subclass__",
    "__format__",
    "__hash__",
    "__index__",
    "__missing__",
    // math.floor() and math.ceil() (engine/src/builtins/math.py)
    "__floor__",
    "__ceil__",
    // PEP 560 and the isinstance()/issubclass() hooks of an instance
    "__class_getitem__",
    "__mro_entries__",
    "__instancecheck__",
    "__subclasscheck__",
    // what abc.ABCMeta (engine/src/builtins/abc.py) asks a class
    "__subclasshook__",
    // what copy.deepcopy (engine/src/builtins/copy.py) asks an object
    "__deepcopy__",
    // coroutines and async generators (PEP 492/525)
    "__await__",
    "__aiter__",
    "__anext__",
    "__aenter__",
    "__aexit__",
];

/// Is `name` a special method of CPython's that the engine ignores on a user class? Special
/// methods are all dunder names, so the others (most of a class's names) are not looked up.
pub fn ignored_special(names: &Names, name: &str) -> bool {
    name.len() > 4
        && name.starts_with("__")
        && name.ends_with("__")
        && names.specials.contains(name)
        && !ENGINE_SPECIALS.contains(&name)
}

/// The names of the recorded CPython nearest to `v` (3.8 for older targets).
pub fn of(v: PythonVersion) -> &'static Names {
    static CACHE: [OnceLock<Names>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];
    let i = FILES
        .iter()
        .rposition(|(minor, _)| v.major > 3 || *minor <= v.minor)
        .unwrap_or(0);
    CACHE[i].get_or_init(|| Names::parse(FILES[i].1))
}

/// The versions recorded (for tests).
#[cfg(test)]
pub fn recorded_versions() -> impl Iterator<Item = PythonVersion> {
    FILES.iter().map(|(m, _)| v(&format!("3.{m}")))
}

#[cfg(test)]
fn v(text: &str) -> PythonVersion {
    text.parse().expect("a version")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_has_every_section() {
        for v in recorded_versions() {
            let n = of(v);
            assert!(n.builtins.contains("print"), "{v}");
            assert!(n.type_has("generator", "send"), "{v}");
            assert!(n.modules.contains("itertools"), "{v}");
            assert!(n.module_has("sys", "exc_info"), "{v}");
            assert!(n.specials.contains("__getattr__"), "{v}");
        }
        assert!(of(v("3.10")).builtins.contains("aiter"));
        // ignored_special looks up dunder names only
        for v in recorded_versions() {
            for name in &of(v).specials {
                assert!(
                    name.len() > 4 && name.starts_with("__") && name.ends_with("__"),
                    "{v}: {name}"
                );
            }
        }
        assert!(!of(v("3.9")).builtins.contains("aiter"));
        assert!(!of(v("3.6")).builtins.contains("aiter"));
    }
}

#[cfg(test)]
mod net;
