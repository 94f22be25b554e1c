//! The str methods that depend on Unicode data (`isalpha`, `isdigit`, `isprintable`,
//! `upper`, `casefold`, `title`, …), as unicodeobject.c does them, with the target
//! version's data ([`super::unicode_data`]): characters the target's Unicode had not assigned
//! have no properties; those whose properties changed since are `unsupported`.

use super::methods::{new_str, s, MethodTable};
use super::unicode_data::{self as ud, Class, Known};
use crate::value::{PyResult, Value};
use crate::vm::Vm;

/// The target's view of `c`: Some(true) assigned, Some(false) unassigned; unsupported when
/// its data changed since the recorded version.
fn assigned(vm: &Vm, method: &str, c: char) -> PyResult<bool> {
    match ud::known(vm.config.target, c) {
        Known::Assigned => Ok(true),
        Known::Unassigned => Ok(false),
        Known::Changed => vm.unsupported(&format!(
            "str.{method}() of {c:?} (U+{:04X}), whose Unicode data changed after CPython {}.{}",
            c as u32, vm.config.target.major, vm.config.target.minor
        )),
    }
}

/// Every character (at least one) in one of `classes`.
fn all_in(vm: &Vm, r: &Value, method: &str, classes: &[Class]) -> PyResult<Value> {
    let text = s(r);
    if text.is_empty() {
        return Ok(Value::bool(false));
    }
    for c in text.chars() {
        if !assigned(vm, method, c)? || !classes.iter().any(|&k| ud::is(k, c)) {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

/// Cased letters: Uppercase, Lowercase (Unicode's derived properties, as Rust's char
/// methods give them) and titlecase (Lt).
#[derive(Clone, Copy, PartialEq)]
enum Case {
    Upper,
    Lower,
    Title,
    Uncased,
}

fn case_of(vm: &Vm, method: &str, c: char) -> PyResult<Case> {
    if !assigned(vm, method, c)? {
        return Ok(Case::Uncased);
    }
    Ok(if ud::is(Class::Titlecase, c) {
        Case::Title
    } else if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else {
        Case::Uncased
    })
}

/// The full lowercase of the character at byte `at` of `text` (a capital sigma is final or
/// not by its neighbours, which Rust's `str::to_lowercase` decides as CPython does).
fn lower_at(text: &str, at: usize, c: char, out: &mut String) {
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let offset = text[..at].to_lowercase().len();
    let lowered = text.to_lowercase();
    out.push(if lowered[offset..].starts_with('ς') {
        'ς'
    } else {
        'σ'
    });
}

fn upper_of(c: char, out: &mut String) {
    out.extend(c.to_uppercase());
}

fn title_of(c: char, out: &mut String) {
    match ud::title_exception(c) {
        Some(t) => out.extend(t.iter()),
        None => upper_of(c, out),
    }
}

/// Map each character by `f`, characters the target has not assigned unchanged.
fn map_chars(
    vm: &Vm,
    r: &Value,
    method: &str,
    mut f: impl FnMut(&str, usize, char, &mut String) -> PyResult<()>,
) -> PyResult<Value> {
    let text = s(r);
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c.is_ascii() || assigned(vm, method, c)? {
            f(text, at, c, &mut out)?;
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

pub(super) const STR_UNICODE_METHODS: MethodTable = &[
    ("isalpha", |vm, r, _| {
        all_in(vm, r, "isalpha", &[Class::Alpha])
    }),
    ("isalnum", |vm, r, _| {
        all_in(
            vm,
            r,
            "isalnum",
            &[Class::Alpha, Class::Decimal, Class::Digit, Class::Numeric],
        )
    }),
    ("isdecimal", |vm, r, _| {
        all_in(vm, r, "isdecimal", &[Class::Decimal])
    }),
    ("isdigit", |vm, r, _| {
        all_in(vm, r, "isdigit", &[Class::Digit])
    }),
    ("isnumeric", |vm, r, _| {
        all_in(vm, r, "isnumeric", &[Class::Numeric])
    }),
    ("isprintable", |vm, r, _| {
        for c in s(r).chars() {
            if !assigned(vm, "isprintable", c)? || !ud::is(Class::Printable, c) {
                return Ok(Value::bool(false));
            }
        }
        Ok(Value::bool(true))
    }),
    ("isidentifier", |vm, r, _| {
        let mut cs = s(r).chars();
        let Some(first) = cs.next() else {
            return Ok(Value::bool(false));
        };
        if !assigned(vm, "isidentifier", first)? || !ud::is(Class::IdStart, first) {
            return Ok(Value::bool(false));
        }
        for c in cs {
            if !assigned(vm, "isidentifier", c)? || !ud::is(Class::IdContinue, c) {
                return Ok(Value::bool(false));
            }
        }
        Ok(Value::bool(true))
    }),
    ("isupper", |vm, r, _| {
        let mut cased = false;
        for c in s(r).chars() {
            match case_of(vm, "isupper", c)? {
                Case::Lower | Case::Title => return Ok(Value::bool(false)),
                Case::Upper => cased = true,
                Case::Uncased => {}
            }
        }
        Ok(Value::bool(cased))
    }),
    ("islower", |vm, r, _| {
        let mut cased = false;
        for c in s(r).chars() {
            match case_of(vm, "islower", c)? {
                Case::Upper | Case::Title => return Ok(Value::bool(false)),
                Case::Lower => cased = true,
                Case::Uncased => {}
            }
        }
        Ok(Value::bool(cased))
    }),
    ("istitle", |vm, r, _| {
        // Upper and titlecase letters only after uncased characters, lowercase ones only
        // after cased ones, and at least one cased character.
        let (mut cased, mut prev_cased) = (false, false);
        for c in s(r).chars() {
            match case_of(vm, "istitle", c)? {
                Case::Upper | Case::Title => {
                    if prev_cased {
                        return Ok(Value::bool(false));
                    }
                    prev_cased = true;
                    cased = true;
                }
                Case::Lower => {
                    if !prev_cased {
                        return Ok(Value::bool(false));
                    }
                    prev_cased = true;
                    cased = true;
                }
                Case::Uncased => prev_cased = false,
            }
        }
        Ok(Value::bool(cased))
    }),
    ("upper", |vm, r, _| {
        map_chars(vm, r, "upper", |_, _, c, out| {
            upper_of(c, out);
            Ok(())
        })
    }),
    ("lower", |vm, r, _| {
        map_chars(vm, r, "lower", |text, at, c, out| {
            lower_at(text, at, c, out);
            Ok(())
        })
    }),
    ("casefold", |vm, r, _| {
        map_chars(vm, r, "casefold", |_, _, c, out| {
            match ud::casefold_exception(c) {
                Some(f) => out.extend(f.iter()),
                None => out.extend(c.to_lowercase()),
            }
            Ok(())
        })
    }),
    ("swapcase", |vm, r, _| {
        map_chars(vm, r, "swapcase", |text, at, c, out| {
            if c.is_uppercase() {
                lower_at(text, at, c, out);
            } else if c.is_lowercase() {
                upper_of(c, out);
            } else {
                out.push(c);
            }
            Ok(())
        })
    }),
    ("title", |vm, r, _| {
        let mut prev_cased = false;
        map_chars(vm, r, "title", |text, at, c, out| {
            if prev_cased {
                lower_at(text, at, c, out);
            } else {
                title_of(c, out);
            }
            prev_cased = case_of(vm, "title", c)? != Case::Uncased;
            Ok(())
        })
    }),
    ("capitalize", |vm, r, _| {
        let mut first = true;
        map_chars(vm, r, "capitalize", |text, at, c, out| {
            if std::mem::take(&mut first) {
                title_of(c, out);
            } else {
                lower_at(text, at, c, out);
            }
            Ok(())
        })
    }),
];
