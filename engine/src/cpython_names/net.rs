//! The net under the engine: for every name CPython has (builtins, built-in types'
//! attributes, standard-library modules, attributes of the modules the engine provides), on
//! every recorded version, the engine either has it or says `unsupported` — never a
//! NameError, AttributeError or ModuleNotFoundError.

use yieldspec_trace::{Event, Outcome};

use super::{of, recorded_versions};
use crate::{EngineConfig, PythonVersion};

/// Defined before every probe: the objects the expressions of `SAMPLES` use.
const PRELUDE: &str = "\
class _C:
    def m(self):
        pass
def _g():
    yield 1
";

/// An expression giving an object of each built-in type the engine has and `builtins` does
/// not name (a type named in `builtins` is probed as the class itself).
const SAMPLES: &[(&str, &str)] = &[
    ("generator", "_g()"),
    ("function", "_g"),
    ("method", "_C().m"),
    ("builtin_function_or_method", "len"),
    ("list_iterator", "iter([])"),
    ("tuple_iterator", "iter(())"),
    ("str_iterator", "iter('')"),
    ("str_ascii_iterator", "iter('')"),
    ("range_iterator", "iter(range(1))"),
    ("dict_keyiterator", "iter({})"),
    ("dict_valueiterator", "iter({}.values())"),
    ("dict_itemiterator", "iter({}.items())"),
    ("dict_reversekeyiterator", "reversed({})"),
    ("dict_reversevalueiterator", "reversed({}.values())"),
    ("dict_reverseitemiterator", "reversed({}.items())"),
    ("set_iterator", "iter(set())"),
    ("list_reverseiterator", "reversed([])"),
    ("dict_keys", "{}.keys()"),
    ("dict_values", "{}.values()"),
    ("dict_items", "{}.items()"),
    ("NoneType", "None"),
    ("code", "_g.__code__"),
    ("frame", "_g().gi_frame"),
    ("module", "__import__('sys')"),
    ("int", "1"),
    ("bool", "True"),
    ("float", "1.5"),
    ("str", "'s'"),
    ("bytes", "b's'"),
    ("tuple", "()"),
    ("list", "[]"),
    ("dict", "{}"),
    ("set", "set()"),
    ("frozenset", "frozenset()"),
    ("range", "range(1)"),
    ("object", "object()"),
    ("enumerate", "enumerate([])"),
    ("zip", "zip()"),
    ("map", "map(len, [])"),
    ("filter", "filter(None, [])"),
    ("BaseException", "BaseException()"),
    ("Exception", "Exception()"),
    ("StopIteration", "StopIteration()"),
    ("ValueError", "ValueError()"),
];

/// What a probe gave: the names of the exceptions that escaped its statements, or `None`
/// when it was unsupported.
fn raised(source: &str, target: PythonVersion) -> Option<Vec<String>> {
    let config = EngineConfig {
        target,
        fuel: 100_000,
        ..EngineConfig::default()
    };
    match crate::run(source, "probe.py", &config) {
        Outcome::Completed { trace } => Some(
            trace
                .statements
                .iter()
                .flat_map(|s| &s.events)
                .filter_map(|e| match e {
                    Event::Raise { exception } => Some(exception.type_name.clone()),
                    _ => None,
                })
                .collect(),
        ),
        Outcome::Unsupported { .. } => None,
        other => panic!("{source}: {other:?}"),
    }
}

/// Probes `exprs` (one statement each) after `PRELUDE`; returns the ones that raised `exc`.
/// All in one case first; only when that is unsupported somewhere, each on its own.
fn failing(exprs: &[String], target: PythonVersion, exc: &str) -> Vec<String> {
    let all: String = exprs.iter().map(|e| format!("{e}\n")).collect();
    if let Some(r) = raised(&format!("{PRELUDE}{all}"), target) {
        if !r.iter().any(|t| t == exc) {
            return Vec::new();
        }
    }
    exprs
        .iter()
        .filter(|e| {
            raised(&format!("{PRELUDE}{e}\n"), target).is_some_and(|r| r.iter().any(|t| t == exc))
        })
        .cloned()
        .collect()
}

#[test]
fn every_builtin_name_is_known_or_unsupported() {
    for v in recorded_versions() {
        let mut names: Vec<&str> = of(v).builtins.iter().copied().collect();
        names.sort_unstable();
        let exprs: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let bad = failing(&exprs, v, "NameError");
        assert!(bad.is_empty(), "{v}: NameError for {bad:?}");
    }
}

#[test]
fn every_attribute_of_a_builtin_type_is_known_or_unsupported() {
    let mut probed = 0;
    for v in recorded_versions() {
        let names = of(v);
        let mut types: Vec<&str> = names.types.keys().copied().collect();
        types.sort_unstable();
        for t in types {
            let obj = match SAMPLES.iter().find(|(n, _)| *n == t) {
                Some((_, e)) => e.to_string(),
                None if names.builtins.contains(t) => t.to_string(),
                None => continue,
            };
            let mut attrs: Vec<&str> = names.types[t].iter().copied().collect();
            attrs.sort_unstable();
            let exprs: Vec<String> = attrs
                .iter()
                .map(|a| format!("getattr({obj}, {a:?})"))
                .collect();
            probed += exprs.len();
            let bad = failing(&exprs, v, "AttributeError");
            assert!(bad.is_empty(), "{v}: AttributeError for {bad:?}");
        }
    }
    assert!(probed > 10_000, "{probed}");
}

#[test]
fn every_stdlib_module_and_its_attributes_are_known_or_unsupported() {
    for v in recorded_versions() {
        let names = of(v);
        let mut mods: Vec<&str> = names.modules.iter().copied().collect();
        mods.sort_unstable();
        let exprs: Vec<String> = mods.iter().map(|m| format!("__import__({m:?})")).collect();
        let bad = failing(&exprs, v, "ModuleNotFoundError");
        assert!(bad.is_empty(), "{v}: ModuleNotFoundError for {bad:?}");
        let mut with_attrs: Vec<&str> = names.module_attrs.keys().copied().collect();
        with_attrs.sort_unstable();
        for m in with_attrs {
            let mut attrs: Vec<&str> = names.module_attrs[m].iter().copied().collect();
            attrs.sort_unstable();
            let exprs: Vec<String> = attrs
                .iter()
                .map(|a| format!("getattr(__import__({m:?}), {a:?})"))
                .collect();
            let bad = failing(&exprs, v, "AttributeError");
            assert!(bad.is_empty(), "{v}: AttributeError for {bad:?}");
        }
    }
}

#[test]
fn a_class_defining_an_ignored_special_method_is_unsupported() {
    for v in recorded_versions() {
        for s in &of(v).specials {
            let src = format!("class C:\n    def {s}(self):\n        pass\n");
            let modelled = super::ENGINE_SPECIALS.contains(s);
            assert_eq!(raised(&src, v).is_some(), modelled, "{v}: {s}");
        }
    }
}
