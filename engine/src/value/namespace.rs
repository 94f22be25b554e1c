//! A module's namespace is a `dict` (what `globals()` returns, live): the name-keyed
//! operations the VM uses on it, searching by `&str` without building a key value.

use std::hash::{Hash, Hasher};

use indexmap::Equivalent;

use super::hash::hash_str;
use super::{Dict, Key, NameMap, Str, Value};

/// A search for the str key `name` (hashed as `Key` hashes: by its Python hash).
struct NameQuery<'a> {
    hash: i64,
    name: &'a str,
}

impl Hash for NameQuery<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<Key> for NameQuery<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        key.hash == self.hash && matches!(&key.value, Value::Str(s) if **s == *self.name)
    }
}

fn query(name: &str) -> NameQuery<'_> {
    NameQuery {
        hash: hash_str(name),
        name,
    }
}

/// The dict key of name `name`.
fn name_key(name: Str) -> Key {
    Key {
        hash: hash_str(&name),
        value: Value::Str(name),
    }
}

impl Dict {
    /// A namespace holding `names` in their order.
    pub fn from_names(names: NameMap) -> Dict {
        let mut d = Dict::new();
        for (k, v) in names {
            d.insert(name_key(k), v);
        }
        d
    }

    /// The value of str key `name`.
    pub fn get_name(&self, name: &str) -> Option<&Value> {
        self.map.get(&query(name))
    }

    /// The index, key and value of str key `name`.
    pub fn get_name_full(&self, name: &str) -> Option<(usize, &Key, &Value)> {
        self.map.get_full(&query(name))
    }

    /// Bind `name`; the old value is returned (for the caller to release).
    pub fn set_name(&mut self, name: Str, v: Value) -> Option<Value> {
        self.insert(name_key(name), v)
    }

    /// Bind `name`, returning its index and the old value.
    pub fn set_name_full(&mut self, name: Str, v: Value) -> (usize, Option<Value>) {
        let shape = self.shape;
        let (index, old) = self.map.insert_full(name_key(name), v);
        self.shape = shape + u64::from(old.is_none());
        (index, old)
    }

    /// Unbind `name` (keeping the order of the others); the old value is returned.
    pub fn del_name(&mut self, name: &str) -> Option<Value> {
        let old = self.map.shift_remove(&query(name));
        if old.is_some() {
            self.shape += 1;
        }
        old
    }

    /// The str keys, in order.
    pub fn names(&self) -> Vec<Str> {
        self.map
            .keys()
            .filter_map(|k| match &k.value {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }
}
