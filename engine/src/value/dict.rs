//! `dict`: an insertion-ordered hash map keyed by hashable values, with CPython's key equality.

use std::hash::{Hash, Hasher};

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use super::{key_eq, Value};

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
        self.map.insert(k, v)
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
