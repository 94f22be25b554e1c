//! The Unicode data of CPython's str methods (`isalpha`, `isdecimal`, `isdigit`,
//! `isnumeric`, `isprintable`, `isidentifier`, `casefold`, `title`, …), recorded from CPython
//! by `engine/data/cpython/record_unicode.py` (newest version, with the characters each older
//! version had not assigned yet and the few whose properties changed since).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::PythonVersion;

const DATA: &str = include_str!("../../data/cpython/unicode.txt");

/// The character classes recorded as ranges.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    Alpha,
    Decimal,
    Digit,
    Numeric,
    Printable,
    IdStart,
    IdContinue,
    Titlecase,
}

impl Class {
    fn section(name: &str) -> Option<Class> {
        Some(match name {
            "alpha" => Class::Alpha,
            "decimal" => Class::Decimal,
            "digit" => Class::Digit,
            "numeric" => Class::Numeric,
            "printable" => Class::Printable,
            "idstart" => Class::IdStart,
            "idcont" => Class::IdContinue,
            "titlecase" => Class::Titlecase,
            _ => return None,
        })
    }
}

type Ranges = Vec<(u32, u32)>;

#[derive(Default)]
struct Tables {
    classes: HashMap<Class, Ranges>,
    casefold: HashMap<u32, Vec<char>>,
    titlemap: HashMap<u32, Vec<char>>,
    /// Per older minor version: unassigned there, and changed since.
    later: HashMap<u8, Ranges>,
    changed: HashMap<u8, Vec<u32>>,
}

fn hex(s: &str) -> u32 {
    u32::from_str_radix(s.trim(), 16).unwrap_or(0)
}

fn range(line: &str) -> (u32, u32) {
    match line.split_once('-') {
        Some((a, b)) => (hex(a), hex(b)),
        None => (hex(line), hex(line)),
    }
}

fn minor(version: &str) -> u8 {
    version
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or(0)
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables::default();
        let mut section = "";
        for line in DATA.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            if let Some(c) = Class::section(section) {
                t.classes.entry(c).or_default().push(range(line));
            } else if section == "casefold" || section == "titlemap" {
                let (cp, to) = line.split_once('=').unwrap_or((line, ""));
                let to: Vec<char> = to
                    .split(' ')
                    .filter_map(|h| char::from_u32(hex(h)))
                    .collect();
                let map = if section == "casefold" {
                    &mut t.casefold
                } else {
                    &mut t.titlemap
                };
                map.insert(hex(cp), to);
            } else if let Some(v) = section.strip_prefix("later ") {
                t.later.entry(minor(v)).or_default().push(range(line));
            } else if let Some(v) = section.strip_prefix("changed ") {
                t.changed.entry(minor(v)).or_default().push(hex(line));
            }
        }
        t
    })
}

fn in_ranges(r: &[(u32, u32)], c: u32) -> bool {
    r.binary_search_by(|&(a, b)| {
        if b < c {
            std::cmp::Ordering::Less
        } else if a > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// What the target's Unicode data say of one character.
pub enum Known {
    /// Not yet assigned in the target's Unicode version: no properties, maps to itself.
    Unassigned,
    /// Its properties differ in the target from the recorded newest version.
    Changed,
    Assigned,
}

/// The data of the target version `v` for `c`.
pub fn known(v: PythonVersion, c: char) -> Known {
    let t = tables();
    let newest = t.later.keys().max().map_or(0, |m| m + 1);
    if v.major > 3 || v.minor >= newest {
        return Known::Assigned;
    }
    // The versions before 3.8 use 3.8's data.
    let m = v.minor.max(8);
    let c = c as u32;
    if t.later.get(&m).is_some_and(|r| in_ranges(r, c)) {
        return Known::Unassigned;
    }
    if t.changed.get(&m).is_some_and(|l| l.contains(&c)) {
        return Known::Changed;
    }
    Known::Assigned
}

/// The value of a decimal digit (Unicode's digits come in runs of ten, 0 first), for
/// `int()` and `float()` of non-ASCII digits (the target's data).
pub fn decimal_value(v: PythonVersion, c: char) -> Option<u32> {
    if !matches!(known(v, c), Known::Assigned) {
        return None;
    }
    let r = tables().classes.get(&Class::Decimal)?;
    let i = r.partition_point(|&(_, b)| b < c as u32);
    let &(a, b) = r.get(i)?;
    (a..=b).contains(&(c as u32)).then(|| (c as u32 - a) % 10)
}

/// The target whose data `repr()` uses (set by each new Vm: repr has no Vm at hand).
pub fn set_target(v: PythonVersion) {
    TARGET.with(|t| t.set(v));
}

thread_local! {
    static TARGET: std::cell::Cell<PythonVersion> = const {
        std::cell::Cell::new(PythonVersion { major: 3, minor: 11 })
    };
}

/// Is `c` printable for the target of the running Vm (Py_UNICODE_ISPRINTABLE)?
pub fn printable_in_target(c: char) -> bool {
    let v = TARGET.with(|t| t.get());
    matches!(known(v, c), Known::Assigned | Known::Changed) && is(Class::Printable, c)
}

/// Is `c` in class `k` (in the newest recorded data)?
pub fn is(k: Class, c: char) -> bool {
    tables()
        .classes
        .get(&k)
        .is_some_and(|r| in_ranges(r, c as u32))
}

/// `c.casefold()` where it differs from `c.lower()`.
pub fn casefold_exception(c: char) -> Option<&'static [char]> {
    tables().casefold.get(&(c as u32)).map(Vec::as_slice)
}

/// `c.title()` where it differs from `c.upper()`.
pub fn title_exception(c: char) -> Option<&'static [char]> {
    tables().titlemap.get(&(c as u32)).map(Vec::as_slice)
}
