//! The per-run state of the object heap: the queue of finalizers and releases that CPython's
//! reference counting would run at a decref, the frames the cyclic collector would free, and
//! the counters of fake addresses and frame ids. One `Heap` per run, owned by the run's `Vm`
//! and dropped with it, so nothing of one run reaches the next.
//!
//! Drop glue (a generator, instance or container released by an instruction) has no VM at
//! hand: it reaches the heap of the run executing on its thread through [`with`], which the
//! runner installs for the run's duration with [`Heap::enter`]. That one slot holds no state
//! of its own; outside a run it is empty and a drop queues nothing.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use crate::generator::{FrameClear, Generator, Pending};
use crate::value::{Class, Dict, Function, Instance, ListBuf, PySet, Value};
use crate::vm::Frame;

/// The first fake address handed out in a run (each run sees the same sequence).
const FIRST_ADDR: usize = 0x7f3a_1c00_0000;

pub struct Heap {
    /// Work queued by drops, run last entry first (see `generator::pending`).
    pub(crate) pending: RefCell<VecDeque<Pending>>,
    /// `pending` is not empty (read on the hot paths).
    pub(crate) has_pending: Cell<bool>,
    /// Entries ever added to the queue: a release compares it before and after a value's drop
    /// to see whether that drop queued something.
    pub(crate) queued: Cell<u64>,
    /// Finalizers are queued at all (off after a limit stopped the run, and at its very end).
    pub(crate) finalizers: Cell<bool>,
    /// Off while the cyclic collector releases frames: it finalizes everything it found
    /// before it clears anything, so nothing there waits for a finalizer.
    pub(crate) defer: Cell<bool>,
    /// Frames of finalized generators that CPython would leave in a reference cycle (see
    /// `frame_in_tb_cycle`); released by the cyclic collector step of the teardown.
    pub(crate) garbage: RefCell<Vec<Frame>>,
    /// The order in which frames clear their values (the target version's).
    pub(crate) frame_clear: Cell<FrameClear>,
    next_addr: Cell<usize>,
    next_frame: Cell<u64>,
    /// The objects of the run that reference cycles commonly go through, emptied at its end
    /// (`Vm::release_cycles`): classes (their methods' `__class__` cell), instances of
    /// classes (`self.parent.children`, an event loop and its tasks), closure cells (a nested
    /// function that calls itself).
    tracked: RefCell<Vec<Tracked>>,
    /// The length of `tracked` at which the dead entries are dropped next.
    prune_at: Cell<usize>,
    /// The cyclic collector's state (`gc` module, engine/src/gc).
    pub(crate) gc: crate::gc::GcState,
}

impl Heap {
    pub fn new() -> Rc<Heap> {
        Rc::new(Heap {
            pending: RefCell::new(VecDeque::new()),
            has_pending: Cell::new(false),
            queued: Cell::new(0),
            finalizers: Cell::new(true),
            defer: Cell::new(true),
            garbage: RefCell::new(Vec::new()),
            frame_clear: Cell::new(FrameClear::LocalsFirstToLast),
            next_addr: Cell::new(FIRST_ADDR),
            next_frame: Cell::new(1),
            tracked: RefCell::new(Vec::new()),
            prune_at: Cell::new(PRUNE_MIN),
            gc: crate::gc::GcState::default(),
        })
    }

    /// A heap whose frames clear their values in `rules`' order.
    pub fn for_rules(rules: &crate::Rules) -> Rc<Heap> {
        let heap = Heap::new();
        heap.frame_clear.set(if rules.frame_clear_stack_top_down {
            FrameClear::StackTopDown
        } else {
            FrameClear::LocalsFirstToLast
        });
        heap
    }

    /// Make `heap` the one drop glue on this thread reaches until the scope is dropped (the
    /// previous one, if any, is back then).
    pub fn enter(heap: &Rc<Heap>) -> HeapScope {
        let prev = CURRENT.with(|c| c.replace(Some(heap.clone())));
        HeapScope { prev }
    }

    /// Are there dropped objects waiting for their finalizer?
    #[inline]
    pub fn has_pending(&self) -> bool {
        self.has_pending.get()
    }

    /// A fresh fake address for an object whose identity must survive moves.
    pub fn fresh_addr(&self) -> usize {
        let v = self.next_addr.get();
        self.next_addr.set(v + 0x40);
        v
    }

    /// Remember an object for [`Heap::take_tracked`]. The list stays bounded by twice what is
    /// alive: the dead entries are dropped whenever it has doubled since the last time (a
    /// `Weak` keeps only the allocation, not the object's contents, until then).
    #[inline]
    pub fn track(&self, object: Tracked) {
        let Ok(mut tracked) = self.tracked.try_borrow_mut() else {
            return;
        };
        if tracked.len() >= self.prune_at.get() {
            self.gc.prune(&mut tracked);
            self.prune_at.set((tracked.len() * 2).max(PRUNE_MIN));
        }
        tracked.push(object);
        self.gc.tracked_one();
    }

    /// The tracked objects from index `from` on (the collector's young generations).
    pub(crate) fn tracked_from(&self, from: usize) -> Vec<Tracked> {
        self.tracked
            .borrow()
            .get(from..)
            .map(<[Tracked]>::to_vec)
            .unwrap_or_default()
    }

    /// How many objects are tracked (dead ones not pruned yet included).
    pub(crate) fn tracked_len(&self) -> usize {
        self.tracked.borrow().len()
    }

    /// The objects the run tracked (see [`Heap::track`]).
    pub fn take_tracked(&self) -> Vec<Tracked> {
        std::mem::take(&mut *self.tracked.borrow_mut())
    }

    /// The next frame id (ids tell frames apart in tracebacks).
    #[inline]
    pub fn next_frame_id(&self) -> u64 {
        let v = self.next_frame.get();
        self.next_frame.set(v + 1);
        v
    }
}

/// The length below which [`Heap::track`] never prunes.
const PRUNE_MIN: usize = 256;

/// An object [`Heap::track`] remembers.
#[derive(Clone)]
pub enum Tracked {
    Class(Weak<Class>),
    Instance(Weak<Instance>),
    Cell(Weak<RefCell<Value>>),
    /// A generator, coroutine or async generator.
    Generator(Weak<Generator>),
    List(Weak<RefCell<ListBuf>>),
    Dict(Weak<RefCell<Dict>>),
    Set(Weak<RefCell<PySet>>),
    Func(Weak<Function>),
}

impl Tracked {
    pub(crate) fn alive(&self) -> bool {
        match self {
            Tracked::Class(c) => c.strong_count() > 0,
            Tracked::Instance(i) => i.strong_count() > 0,
            Tracked::Cell(c) => c.strong_count() > 0,
            Tracked::Generator(g) => g.strong_count() > 0,
            Tracked::List(l) => l.strong_count() > 0,
            Tracked::Dict(d) => d.strong_count() > 0,
            Tracked::Set(s) => s.strong_count() > 0,
            Tracked::Func(f) => f.strong_count() > 0,
        }
    }

    /// The object, while it is alive.
    pub(crate) fn upgrade(&self) -> Option<Value> {
        Some(match self {
            Tracked::Class(c) => Value::Class(c.upgrade()?),
            Tracked::Instance(i) => Value::Instance(i.upgrade()?),
            Tracked::Cell(c) => Value::Cell(c.upgrade()?),
            Tracked::Generator(g) => Value::Generator(g.upgrade()?),
            Tracked::List(l) => Value::List(l.upgrade()?),
            Tracked::Dict(d) => Value::Dict(d.upgrade()?),
            Tracked::Set(s) => Value::Set(s.upgrade()?),
            Tracked::Func(f) => Value::Func(f.upgrade()?),
        })
    }

    /// Drop what the object references (its namespace, or the cell's value), if it is alive.
    pub fn empty(self) {
        match self {
            Tracked::Class(c) => {
                if let Some(c) = c.upgrade() {
                    let dict = std::mem::take(&mut *c.dict_mut());
                    drop(dict);
                }
            }
            Tracked::Instance(i) => {
                if let Some(i) = i.upgrade() {
                    let dict = std::mem::take(&mut *i.dict.borrow_mut());
                    drop(dict);
                    let slots = std::mem::take(&mut *i.slots.borrow_mut());
                    drop(slots);
                    if let Some(exc) = &i.exc {
                        let data = std::mem::take(&mut *exc.borrow_mut());
                        drop(data);
                    }
                }
            }
            Tracked::Cell(c) => {
                if let Some(c) = c.upgrade() {
                    let value = std::mem::take(&mut *c.borrow_mut());
                    drop(value);
                }
            }
            Tracked::Generator(g) => {
                if let Some(g) = g.upgrade() {
                    let frame = g.state.try_borrow_mut().ok().map(|mut s| {
                        std::mem::replace(&mut *s, crate::generator::GenState::Closed)
                    });
                    drop(frame);
                }
            }
            Tracked::List(l) => {
                if let Some(l) = l.upgrade() {
                    let items = std::mem::take(&mut *l.borrow_mut());
                    drop(items);
                }
            }
            Tracked::Dict(d) => {
                if let Some(d) = d.upgrade() {
                    let items = std::mem::take(&mut *d.borrow_mut());
                    drop(items);
                }
            }
            Tracked::Set(s) => {
                if let Some(s) = s.upgrade() {
                    let items = std::mem::take(&mut *s.borrow_mut());
                    drop(items);
                }
            }
            Tracked::Func(f) => {
                if let Some(f) = f.upgrade() {
                    let dict = std::mem::take(&mut *f.dict.borrow_mut());
                    drop(dict);
                }
            }
        }
    }
}

/// Installed by [`Heap::enter`]; puts the previous heap back when dropped.
pub struct HeapScope {
    prev: Option<Rc<Heap>>,
}

impl Drop for HeapScope {
    fn drop(&mut self) {
        let prev = self.prev.take();
        // The heap being left is dropped outside the slot's borrow (its drop may reach here).
        let left = CURRENT.try_with(|c| c.replace(prev)).ok().flatten();
        drop(left);
    }
}

thread_local! {
    /// The heap of the run executing on this thread (see the module comment).
    static CURRENT: RefCell<Option<Rc<Heap>>> = const { RefCell::new(None) };
}

/// `f` on the heap of the run executing on this thread; None outside a run (or while the
/// thread's locals are torn down).
#[inline]
pub fn with<R>(f: impl FnOnce(&Heap) -> R) -> Option<R> {
    CURRENT
        .try_with(|c| match c.try_borrow() {
            Ok(h) => h.as_deref().map(f),
            Err(_) => None,
        })
        .ok()
        .flatten()
}

/// Remember a new container object for the cyclic collector (see [`Heap::track`]); nothing
/// outside a run.
#[inline]
pub fn track(object: impl FnOnce() -> Tracked) {
    with(|h| h.track(object()));
}

/// A fresh fake address from the running heap (0 outside a run).
pub fn fresh_addr() -> usize {
    with(Heap::fresh_addr).unwrap_or(0)
}
