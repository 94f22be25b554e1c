//! `dict`: an insertion-ordered hash map keyed by hashable values, with CPython's key equality.

use std::hash::{Hash, Hasher};

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use super::{key_eq, needs_py_eq, Value};

/// A hashable value with its Python hash.
#[derive(Clone)]
pub struct Key {
    pub hash: i64,
    pub value: Value,
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && key_eq(&self.value, &other.value)
    }
}

impl Eq for Key {}

#[derive(Clone, Default)]
pub struct Dict {
    pub map: IndexMap<Key, Value, FxBuildHasher>,
    /// Set once a key whose comparison runs Python code (a user `__eq__`) is inserted: from
    /// then on every lookup goes through `py_candidates`.
    pub py_keys: bool,
    /// Counts insertions of new keys and removals (never reset, also not by `clear`): an
    /// iterator that finds the size unchanged but this moved knows that keys were both added
    /// and removed, where CPython's answer depends on its table's holes and resizes.
    pub shape: u64,
}

impl Drop for Dict {
    fn drop(&mut self) {
        // CPython's dict deallocator releases each entry's key, then its value, first to last.
        crate::generator::release_in_order(self.map.drain(..).flat_map(|(k, v)| [k.value, v]));
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn get(&self, k: &Key) -> Option<&Value> {
        self.map.get(k)
    }

    pub fn insert(&mut self, k: Key, v: Value) -> Option<Value> {
        if !self.py_keys && needs_py_eq(&k.value) {
            self.py_keys = true;
        }
        let old = self.map.insert(k, v);
        if old.is_none() {
            self.shape += 1;
        }
        old
    }

    /// When finding `k` may run a user `__eq__`: the keys with its hash, in insertion order
    /// (CPython's probe order for equal hashes), for `Vm::dict_key` to compare with `k`.
    pub fn py_candidates(&self, k: &Key) -> Option<Vec<Value>> {
        if !self.py_keys && !needs_py_eq(&k.value) {
            return None;
        }
        use indexmap::map::RawEntryApiV1;
        use std::hash::BuildHasher;
        let h = self.map.hasher().hash_one(k);
        let mut found: Vec<Value> = Vec::new();
        self.map.raw_entry_v1().index_from_hash(h, |c| {
            if c.hash == k.hash {
                found.push(c.value.clone());
            }
            false
        });
        // The table's probe order is not the insertion order CPython's probing gives keys
        // of one hash: sort by position.
        let mut at: Vec<(usize, Value)> = found
            .into_iter()
            .map(|v| {
                let i = self.map.get_index_of(&Key {
                    hash: k.hash,
                    value: v.clone(),
                });
                (i.unwrap_or(usize::MAX), v)
            })
            .collect();
        at.sort_by_key(|(i, _)| *i);
        Some(at.into_iter().map(|(_, v)| v).collect())
    }

    pub fn remove(&mut self, k: &Key) -> Option<Value> {
        let old = self.map.shift_remove(k);
        if old.is_some() {
            self.shape += 1;
        }
        old
    }

    /// Remove the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Key, Value)> {
        let last = self.map.pop();
        if last.is_some() {
            self.shape += 1;
        }
        last
    }

    /// Empty it (`clear`), giving back the entries to release after the borrow has ended;
    /// `shape` moves on.
    pub fn take_all(&mut self) -> Dict {
        let shape = self.shape + 1;
        let old = std::mem::take(self);
        self.shape = shape;
        old
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }

    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map
            .get_index(i)
            .map(|(k, v)| (k.value.clone(), v.clone()))
    }
}

/// Why a dict iterator stopped with an error.
pub enum DictIterError {
    /// "dictionary changed size during iteration" (sticky, as CPython's `di_used = -1`).
    SizeChanged,
    /// Keys were added and removed while the size stayed: CPython's answer depends on its
    /// table's holes and resizes, which the engine does not model.
    Reshaped,
}

/// CPython's `dictiterobject`: the forward iterators of a dict and its views and, from 3.8,
/// the reverse ones (`dict_reversekeyiterator`, …).
pub struct DictIter {
    /// None once exhausted (CPython drops `di_dict`: later changes are not seen).
    pub dict: Option<std::rc::Rc<std::cell::RefCell<Dict>>>,
    /// Forward: the next entry's index; reverse: the entries still before the next one + 1.
    pub pos: usize,
    /// The dict's size when iteration began (`di_used`); `usize::MAX` after a size change.
    pub used: usize,
    /// The items left (`di->len`, what `__length_hint__` says).
    pub left: usize,
    pub shape: u64,
    pub kind: super::ViewKind,
    pub reverse: bool,
}

impl DictIter {
    pub fn new(
        dict: std::rc::Rc<std::cell::RefCell<Dict>>,
        kind: super::ViewKind,
        reverse: bool,
    ) -> DictIter {
        let (used, shape) = {
            let d = dict.borrow();
            (d.len(), d.shape)
        };
        DictIter {
            dict: Some(dict),
            pos: if reverse { used } else { 0 },
            used,
            left: used,
            shape,
            kind,
            reverse,
        }
    }

    /// `__next__` (dictiter_iternextkey and its siblings).
    pub fn next(&mut self) -> Result<Option<Value>, DictIterError> {
        let Some(dict) = &self.dict else {
            return Ok(None);
        };
        let d = dict.borrow();
        if d.len() != self.used {
            self.used = usize::MAX;
            return Err(DictIterError::SizeChanged);
        }
        if d.shape != self.shape {
            return Err(DictIterError::Reshaped);
        }
        let at = if self.reverse {
            self.pos.checked_sub(1)
        } else {
            Some(self.pos)
        };
        let entry = at.and_then(|i| d.entry_at(i));
        drop(d);
        let Some((k, v)) = entry else {
            self.dict = None;
            return Ok(None);
        };
        if self.reverse {
            self.pos -= 1;
        } else {
            self.pos += 1;
        }
        self.left = self.left.saturating_sub(1);
        Ok(Some(match self.kind {
            super::ViewKind::Keys => k,
            super::ViewKind::Values => v,
            super::ViewKind::Items => Value::tuple(vec![k, v]),
        }))
    }

    /// `__length_hint__` (dictiter_len): the items left while the size is unchanged, else 0.
    pub fn length_hint(&self) -> usize {
        match &self.dict {
            Some(d) if d.borrow().len() == self.used => self.left,
            _ => 0,
        }
    }
}
