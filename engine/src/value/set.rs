//! `set` / `frozenset`: an open-addressing table that follows CPython's probing and resizing,
//! so that iteration order (and so printing) matches CPython for ints.

use super::{key_eq, needs_py_eq, Value};

const MINSIZE: usize = 8;

thread_local! {
    /// Does an insertion reuse the first dummy slot of its probe (every CPython but 3.9,
    /// whose `set_add_entry` passes over dummies)? Set from the target's rules when a VM is
    /// made: a thread runs one case at a time.
    static REUSE_DUMMIES: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Follow the target's rule for dummy slots (see `REUSE_DUMMIES`).
pub fn set_reuses_dummies(yes: bool) {
    REUSE_DUMMIES.with(|r| r.set(yes));
}
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The slots CPython's set lookup visits for `hash` in a table of `mask + 1` slots: runs of
/// `LINEAR_PROBES + 1` neighbours (while they fit), then the perturbed jump. Never ends: the
/// callers stop at an empty slot, which a table below its fill limit always has.
struct Probe {
    mask: usize,
    perturb: u64,
    /// The start of the current run and the offset in it.
    i: usize,
    j: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            mask,
            perturb: hash as u64,
            i: (hash as u64 as usize) & mask,
            j: 0,
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let run = if self.i + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
        if self.j > run {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.j = 0;
        }
        let idx = self.i + self.j;
        self.j += 1;
        Some(idx)
    }
}

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct PySet {
    table: Vec<Slot>,
    used: usize,
    fill: usize,
    /// Set once an element whose comparison runs Python code (a user `__eq__`) is added:
    /// from then on every lookup goes through `py_candidates`.
    pub py_elems: bool,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: vec![Slot::Empty; MINSIZE],
            used: 0,
            fill: 0,
            py_elems: false,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Index of the slot holding an equal element, or None.
    fn find(&self, hash: i64, v: &Value) -> Option<usize> {
        let mask = self.mask();
        for idx in Probe::new(hash, mask) {
            match &self.table[idx] {
                Slot::Empty => return None,
                Slot::Full(h, e) if *h == hash && (e.is(v) || key_eq(e, v)) => return Some(idx),
                _ => {}
            }
        }
        unreachable!("a probe sequence never ends")
    }

    /// When finding `v` may run a user `__eq__`: the elements with its hash in CPython's
    /// probe order, for `Vm::set_key` to compare with `v`.
    pub fn py_candidates(&self, hash: i64, v: &Value) -> Option<Vec<Value>> {
        if !self.py_elems && !needs_py_eq(v) {
            return None;
        }
        let mut out = Vec::new();
        let mask = self.mask();
        for idx in Probe::new(hash, mask) {
            match &self.table[idx] {
                Slot::Empty => return Some(out),
                Slot::Full(h, e) if *h == hash => out.push(e.clone()),
                _ => {}
            }
        }
        unreachable!("a probe sequence never ends")
    }

    pub fn contains_hashed(&self, hash: i64, v: &Value) -> bool {
        self.find(hash, v).is_some()
    }

    pub fn contains(&self, e: &(i64, Value)) -> bool {
        self.find(e.0, &e.1).is_some()
    }

    /// Insert (hash, v); returns false if it was already present.
    pub fn insert(&mut self, hash: i64, v: Value) -> bool {
        if !self.py_elems && needs_py_eq(&v) {
            self.py_elems = true;
        }
        let mask = self.mask();
        let mut freeslot: Option<usize> = None;
        for idx in Probe::new(hash, mask) {
            match &self.table[idx] {
                Slot::Empty => {
                    let target = freeslot.unwrap_or(idx);
                    if freeslot.is_none() {
                        self.fill += 1;
                    }
                    self.table[target] = Slot::Full(hash, v);
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        let n = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(n);
                    }
                    return true;
                }
                Slot::Dummy => {
                    if freeslot.is_none() && REUSE_DUMMIES.with(|r| r.get()) {
                        freeslot = Some(idx);
                    }
                }
                Slot::Full(h, e) => {
                    if *h == hash && (e.is(&v) || key_eq(e, &v)) {
                        return false;
                    }
                }
            }
        }
        unreachable!("a probe sequence never ends")
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.used = 0;
        self.fill = 0;
        for s in old {
            if let Slot::Full(h, v) = s {
                self.insert_clean(h, v);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, v: Value) {
        let mask = self.mask();
        for idx in Probe::new(hash, mask) {
            if let Slot::Empty = self.table[idx] {
                self.table[idx] = Slot::Full(hash, v);
                self.used += 1;
                self.fill += 1;
                return;
            }
        }
        unreachable!("a probe sequence never ends")
    }

    pub fn remove(&mut self, hash: i64, v: &Value) -> bool {
        match self.find(hash, v) {
            Some(i) => {
                self.table[i] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// Remove and return an arbitrary element (CPython's `pop` order: first full slot).
    pub fn pop(&mut self) -> Option<Value> {
        let idx = self
            .table
            .iter()
            .position(|s| matches!(s, Slot::Full(..)))?;
        let old = std::mem::replace(&mut self.table[idx], Slot::Dummy);
        self.used -= 1;
        match old {
            Slot::Full(_, v) => Some(v),
            _ => None,
        }
    }

    /// A new set with this one's elements (CPython's `set_copy`: a merge into an empty set).
    pub fn merged_copy(&self) -> PySet {
        let mut out = PySet::new();
        out.merge(self);
        out
    }

    /// Add `other`'s elements as CPython's `set_merge` does: the table presized for both, then
    /// copied slot by slot (an empty table of the same size, `other` without dummies), or
    /// inserted in `other`'s iteration order.
    pub fn merge(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        self.py_elems |= other.py_elems;
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        let clean = self.fill == 0;
        for (h, v) in other.entries() {
            if clean {
                self.insert_clean(h, v);
            } else {
                self.insert(h, v);
            }
        }
    }

    pub fn clear(&mut self) {
        *self = PySet::new();
    }

    /// (hash, element) pairs in iteration order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(h, v) => Some((*h, v.clone())),
            _ => None,
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.entries()
    }
}
