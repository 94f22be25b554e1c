//! Module-level name lookups and stores (`LoadGlobal`/`StoreGlobal`, and `LoadName`/`StoreName`
//! outside class bodies) with a per-name cache: where the name was found last time (its index
//! in the globals map, or in the builtins), valid while the set of global names is unchanged. Adding or removing a
//! global bumps [`Vm::globals_epoch`]; rebinding an existing one keeps every index, so it does
//! not. Only an index is cached, never a value (a cached reference would keep objects alive
//! past `del` and change finalization timing), and a hit is checked against the address of the
//! key found there (a second line of defence: any change of the key set also bumps the epoch).
//! Epochs are unique in the process, not per VM: the code of the engine's Python-source modules
//! is shared by every run on a thread (`builtins::pymodule`), and an entry a previous run left
//! must never be valid for a later run's globals map that happens to get the same address.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The last globals epoch handed out in this process.
static LAST_EPOCH: AtomicU64 = AtomicU64::new(0);

/// A globals epoch no VM of this process has used before (epochs start at 1).
pub(crate) fn fresh_epoch() -> u64 {
    LAST_EPOCH.fetch_add(1, Ordering::Relaxed) + 1
}

use super::{Frame, Vm};
use crate::value::{Key, Str, Value};

/// Where a name was found, as of a globals epoch.
#[derive(Clone, Copy, Default)]
pub struct GlobalSlot {
    /// The epoch the entry is valid for (0: empty; epochs start at 1).
    epoch: u64,
    /// The globals map it was looked up in.
    globals: usize,
    /// The name's index in that map or in the builtins.
    index: u32,
    /// The address of the key at that index.
    key: usize,
    /// The globals dict's `shape` when a name was found in the builtins: a global of that
    /// name added through the dict itself (`globals()[name] = v`), which bumps no epoch,
    /// changes the shape.
    shape: u64,
    place: Place,
}

impl GlobalSlot {
    /// Does the entry still describe `globals` (no global name added or removed since)?
    #[inline]
    fn valid(&self, epoch: u64, globals: usize) -> bool {
        self.epoch == epoch && self.globals == globals
    }
}

#[derive(Clone, Copy, Default)]
enum Place {
    #[default]
    Globals,
    Builtins,
}

fn key_addr(key: &Key) -> usize {
    match &key.value {
        Value::Str(s) => Str::as_ptr(s) as usize,
        _ => 0,
    }
}

fn name_addr(key: &Str) -> usize {
    Str::as_ptr(key) as usize
}

impl Vm {
    /// A global name's key set changed (a name was added or removed): cached places expire.
    #[inline]
    pub(crate) fn globals_changed(&mut self) {
        self.globals_epoch = fresh_epoch();
    }

    /// The value of global name `i` of `f`'s code, from its globals or the builtins; None when
    /// it is bound in neither.
    #[inline]
    pub(super) fn load_global(&mut self, f: &Frame, i: u32) -> Option<Value> {
        let i = i as usize;
        let slot = f.code.global_cache.get(i)?;
        let globals_addr = Rc::as_ptr(&f.globals) as usize;
        let cached = slot.get();
        if cached.valid(self.globals_epoch, globals_addr) {
            let hit = match cached.place {
                Place::Globals => f
                    .globals
                    .borrow()
                    .map
                    .get_index(cached.index as usize)
                    .filter(|(k, _)| key_addr(k) == cached.key)
                    .map(|(_, v)| v.clone()),
                Place::Builtins if f.globals.borrow().shape == cached.shape => self
                    .builtins
                    .get_index(cached.index as usize)
                    .filter(|(k, _)| name_addr(k) == cached.key)
                    .map(|(_, v)| v.clone()),
                Place::Builtins => None,
            };
            if hit.is_some() {
                return hit;
            }
        }
        let name = f.code.names.get(i)?;
        let found = f
            .globals
            .borrow()
            .get_name_full(name)
            .map(|(index, k, v)| (Place::Globals, index, key_addr(k), v.clone()));
        let (place, index, key, v) = match found {
            Some(f) => f,
            None => {
                let (index, k, v) = self.builtins.get_full(name)?;
                (Place::Builtins, index, name_addr(k), v.clone())
            }
        };
        let shape = f.globals.borrow().shape;
        self.remember(slot, globals_addr, place, index, key, shape);
        Some(v)
    }

    /// `globals[name] = v` for global name `i` of `f`'s code, through the same cache as loads
    /// (an existing name is rebound in place, without hashing it); returns the old value for
    /// the caller to release.
    pub(super) fn store_global(&mut self, f: &Frame, i: u32, v: Value) -> Option<Value> {
        let i = i as usize;
        let slot = f.code.global_cache.get(i)?;
        let globals_addr = Rc::as_ptr(&f.globals) as usize;
        let cached = slot.get();
        if cached.valid(self.globals_epoch, globals_addr) && matches!(cached.place, Place::Globals)
        {
            let mut g = f.globals.borrow_mut();
            if let Some((k, old)) = g.map.get_index_mut(cached.index as usize) {
                if key_addr(k) == cached.key {
                    return Some(std::mem::replace(old, v));
                }
            }
        }
        let name = f.code.names.get(i)?.clone();
        let (index, key, old) = {
            let mut g = f.globals.borrow_mut();
            let (index, old) = g.set_name_full(name, v);
            let key = g.map.get_index(index).map_or(0, |(k, _)| key_addr(k));
            (index, key, old)
        };
        if old.is_none() {
            self.globals_changed();
        }
        self.remember(slot, globals_addr, Place::Globals, index, key, 0);
        old
    }

    /// Note in `slot` where its name was found, as of the current epoch.
    fn remember(
        &self,
        slot: &Cell<GlobalSlot>,
        globals: usize,
        place: Place,
        index: usize,
        key: usize,
        shape: u64,
    ) {
        if let Ok(index) = u32::try_from(index) {
            slot.set(GlobalSlot {
                epoch: self.globals_epoch,
                globals,
                index,
                key,
                shape,
                place,
            });
        }
    }
}
