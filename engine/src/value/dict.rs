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
        self.map.insert(k, v)
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
        self.map.shift_remove(k)
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
