//! The cyclic garbage collector: `gc.collect()` in the middle of a case and the teardown's
//! collection, by the algorithm of CPython's `Modules/gcmodule.c` (`Python/gc.c` from 3.13).
//!
//! The objects are the heap's tracked containers (lists, dicts, sets, instances, classes,
//! functions, cells, generators; `Heap::track`, in the order they were made), plus what they
//! reach that is not tracked itself (tuples, bound methods, iterators, …). Trial deletion:
//! each object's count of references (`Rc::strong_count`) minus the references other objects
//! of the set hold to it is what holds it from outside; an object held from outside is
//! reachable, and so is what it reaches; the rest is garbage. The garbage is finalized first
//! (generators closed, `__del__` called: each object once, in list order), what a finalizer
//! made reachable again survives, and the rest is cleared, which breaks the cycles.
//!
//! Generations: a collection of generation N looks at the objects of generations 0..=N and
//! moves the survivors one generation up, as CPython does; with the collector off while a
//! case runs (the tracer's setting) nothing else moves them.

mod count;
mod module;
mod traverse;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::heap::Tracked;
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::Vm;

pub use module::items as module_items;

/// The collector's part of the heap.
#[derive(Default)]
pub struct GcState {
    /// `gc.isenabled()`: off while a case runs, as the tracer sets it.
    pub enabled: Cell<bool>,
    /// Where generation 0 and generation 1 start in the heap's tracked list (what is before
    /// `young[1]` is in generation 2).
    young: [Cell<usize>; 2],
    /// A collection is running (one asked for by its finalizers finds nothing).
    collecting: Cell<bool>,
    /// Containers made while the collector was enabled (see [`GcState::tracked_one`]).
    made_while_enabled: Cell<u32>,
    /// Collections run so far.
    collections: Cell<u32>,
    /// The objects whose weak references the running collection has cleared.
    weak_cleared: RefCell<Vec<usize>>,
}

/// Containers made with the collector enabled beyond which CPython's automatic collection
/// (which the engine does not model) could have run.
pub const AUTOMATIC_LIMIT: u32 = 100;

impl GcState {
    /// One more container tracked.
    #[inline]
    pub fn tracked_one(&self) {
        if self.enabled.get() {
            self.made_while_enabled
                .set(self.made_while_enabled.get().saturating_add(1));
        }
    }

    /// Could CPython's automatic collection have run by now?
    pub fn automatic_may_have_run(&self) -> bool {
        self.made_while_enabled.get() > AUTOMATIC_LIMIT
    }

    /// Drop the dead entries of `tracked`, keeping the generations' boundaries.
    pub fn prune(&self, tracked: &mut Vec<Tracked>) {
        let marks = [self.young[0].get(), self.young[1].get()];
        let mut alive_before = [0usize; 2];
        let mut kept = 0usize;
        let mut i = 0usize;
        tracked.retain(|t| {
            for (k, m) in marks.iter().enumerate() {
                if i == *m {
                    alive_before[k] = kept;
                }
            }
            i += 1;
            let alive = t.alive();
            if alive {
                kept += 1;
            }
            alive
        });
        for (k, m) in marks.iter().enumerate() {
            if *m >= i {
                alive_before[k] = kept;
            }
            self.young[k].set(alive_before[k]);
        }
    }

    /// Has the running collection cleared the weak references to the object at `addr`?
    pub fn weak_cleared(&self, addr: usize) -> bool {
        self.weak_cleared
            .try_borrow()
            .is_ok_and(|w| !w.is_empty() && w.contains(&addr))
    }
}

/// Who asked for a collection.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Collect {
    /// `gc.collect()`: its count of unreachable objects is the result.
    Explicit,
    /// The teardown's `gc.collect(0)`: only the finalizers matter.
    Teardown,
}

/// One object of a collection.
struct Node {
    obj: Value,
    /// Holds its references from outside the set (trial deletion's `gc_refs`).
    refs: isize,
    reachable: bool,
    /// Made after the last collection (a tracked object of the young generations, or one
    /// such an object reaches that was made after it).
    known_young: bool,
}

impl Vm {
    /// Run the cyclic collector over generations `0..=generation`; the number of
    /// unreachable objects CPython would count (Explicit).
    pub fn gc_collect(&mut self, generation: usize, who: Collect) -> PyResult<i64> {
        if self.heap.gc.collecting.get() {
            return Ok(0);
        }
        self.heap.gc.collecting.set(true);
        let r = self.gc_collect_inner(generation.min(2), who);
        self.heap.gc.collecting.set(false);
        self.heap.gc.weak_cleared.borrow_mut().clear();
        let end = self.heap.tracked_len();
        let gc = &self.heap.gc;
        gc.young[0].set(end);
        if generation >= 1 {
            gc.young[1].set(end);
        }
        gc.collections.set(gc.collections.get() + 1);
        r
    }

    fn gc_collect_inner(&mut self, generation: usize, who: Collect) -> PyResult<i64> {
        let start = if generation >= 2 {
            0
        } else {
            self.heap.gc.young[generation].get()
        };
        if who == Collect::Teardown && !self.finalizer_pending(start) {
            // Nothing there has a finalizer left to run: what the collection would free goes
            // without running Python code (the run ends here), so it can be skipped.
            return Ok(0);
        }
        let old: std::collections::HashSet<usize> = self
            .heap
            .tracked_from(0)
            .iter()
            .take(start)
            .filter_map(|t| t.upgrade().and_then(|v| traverse::id(&v)))
            .collect();
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: HashMap<usize, usize> = HashMap::new();
        for t in self.heap.tracked_from(start) {
            let Some(v) = t.upgrade() else { continue };
            let Some(id) = traverse::id(&v) else { continue };
            if index.contains_key(&id) {
                continue;
            }
            index.insert(id, nodes.len());
            nodes.push(Node {
                obj: v,
                refs: 0,
                reachable: false,
                known_young: true,
            });
        }
        // What the young objects reach that is not tracked (tuples, methods, iterators, …).
        let previous = self.heap.gc.collections.get() > 0 && generation < 2;
        let mut buf = Vec::new();
        let mut i = 0;
        while i < nodes.len() {
            buf.clear();
            traverse::referents(&nodes[i].obj, &mut buf);
            let young = nodes[i].known_young;
            for r in buf.drain(..) {
                let Some(id) = traverse::id(&r) else { continue };
                if index.contains_key(&id) || old.contains(&id) {
                    continue;
                }
                index.insert(id, nodes.len());
                nodes.push(Node {
                    obj: r,
                    refs: 0,
                    reachable: false,
                    // An untracked object made before the last collection would be in an
                    // older generation: only a mutable young object tells it is young.
                    known_young: !previous || (young && is_mutable(&nodes[i].obj)),
                });
            }
            i += 1;
        }
        // Trial deletion: the references from outside the set.
        for n in nodes.iter_mut() {
            // The set's own handle is not a reference of the program.
            n.refs = traverse::strong_count(&n.obj) as isize - 1;
        }
        for i in 0..nodes.len() {
            buf.clear();
            traverse::referents(&nodes[i].obj, &mut buf);
            for r in buf.drain(..) {
                if let Some(&j) = traverse::id(&r).and_then(|id| index.get(&id)) {
                    nodes[j].refs -= 1;
                }
            }
        }
        if nodes.iter().any(|n| n.refs < 0) {
            return self.unsupported("gc.collect() over an object the collector cannot count");
        }
        mark_reachable(&mut nodes, &index, &mut buf);
        let unreachable: Vec<Value> = nodes
            .iter()
            .filter(|n| !n.reachable)
            .map(|n| n.obj.clone())
            .collect();
        let ambiguous = nodes.iter().any(|n| !n.reachable && !n.known_young);
        drop(index);
        drop(nodes);
        if who == Collect::Explicit && ambiguous {
            return self.unsupported(
                "gc.collect() of a young generation after an earlier collection (the generation of an untracked object)",
            );
        }
        if unreachable.is_empty() {
            return Ok(0);
        }
        if self.rules.gc_clears_weakrefs_first {
            *self.heap.gc.weak_cleared.borrow_mut() =
                unreachable.iter().filter_map(traverse::id).collect();
        }
        // Garbage whose finalizer ran at an earlier collection and that is still there (a
        // generator that ignored its close(): from 3.11 nothing clears its frame).
        let mut zombies: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for v in &unreachable {
            if let Value::Generator(g) = v {
                if g.finalized.get() && g.status() == crate::generator::GenStatus::Suspended {
                    zombies.extend(traverse::id(v));
                }
            }
        }
        // Hold the garbage weakly while it is finalized: what a finalizer frees goes then, as
        // in CPython (whose lists hold no reference).
        let held: Vec<Held> = unreachable.into_iter().map(Held::of).collect();
        for h in &held {
            let Some(obj) = h.get() else { continue };
            self.finalize_garbage(obj)?;
            release_strong_only(&held);
        }
        // What a finalizer made reachable again survives (`handle_resurrected_objects`).
        let alive: Vec<Value> = held.iter().filter_map(Held::get).collect();
        let final_garbage = still_unreachable(alive, &held);
        let count = match who {
            Collect::Explicit => {
                let mut total = 0i64;
                for v in &final_garbage {
                    if traverse::id(v).is_some_and(|id| zombies.contains(&id)) {
                        return self.unsupported(
                            "the count of gc.collect() over a generator that ignored its close() at an earlier collection",
                        );
                    }
                    match count::objects(v, self.config.target.minor) {
                        Ok(n) => total += i64::from(n),
                        Err(what) => {
                            return self.unsupported(&format!(
                                "the count of gc.collect() over {what} in a reference cycle"
                            ))
                        }
                    }
                }
                total
            }
            Collect::Teardown => 0,
        };
        drop(held);
        // Break the cycles (`delete_garbage`): each object's references are cleared in list
        // order, and what that frees goes (with its finalizers) before the next.
        let clears_generators = self.config.target.minor < 11;
        for v in final_garbage {
            clear(&v, clears_generators);
            drop(v);
            if self.heap.has_pending() {
                self.run_finalizers()?;
            }
        }
        Ok(count)
    }

    /// Is there a generator or instance from tracked index `start` on whose finalizer may
    /// still run?
    fn finalizer_pending(&self, start: usize) -> bool {
        self.heap.tracked_from(start).iter().any(|t| match t {
            Tracked::Generator(g) => g.upgrade().is_some_and(|g| {
                !g.finalized.get()
                    && matches!(
                        g.status(),
                        crate::generator::GenStatus::Created
                            | crate::generator::GenStatus::Suspended
                    )
            }),
            Tracked::Instance(i) => i.upgrade().is_some_and(|i| {
                !i.finalized.get() && matches!(i.class.lookup("__del__"), Some(Value::Func(_)))
            }),
            _ => false,
        })
    }

    /// Run `obj`'s finalizer if it has one and it has not run (PEP 442).
    fn finalize_garbage(&mut self, obj: Value) -> PyResult<()> {
        match &obj {
            Value::Generator(g) => {
                // `_PyGen_Finalize` closes a generator that has not started too (which
                // releases its frame, or from 3.12 to 3.13 only marks it finished).
                let status = g.status();
                if g.finalized.get()
                    || !matches!(
                        status,
                        crate::generator::GenStatus::Created
                            | crate::generator::GenStatus::Suspended
                    )
                {
                    return Ok(());
                }
                g.finalized.set(true);
                self.finalize_live(g.clone())?;
            }
            Value::Instance(i) => {
                if i.finalized.get() {
                    return Ok(());
                }
                let Some(del @ Value::Func(_)) = i.class.lookup("__del__") else {
                    return Ok(());
                };
                i.finalized.set(true);
                let bound = self.bind(del.clone(), &obj);
                match self.call(&bound, Args::default()) {
                    Ok(_) => {}
                    Err(Flow::Exc(e)) => self.unraisable_del(del, e)?,
                    Err(fatal) => return Err(fatal),
                }
            }
            _ => return Ok(()),
        }
        drop(obj);
        if self.heap.has_pending() {
            self.run_finalizers()?;
        }
        Ok(())
    }
}

/// Mark what is held from outside the set, and what that reaches (`move_unreachable`).
fn mark_reachable(nodes: &mut [Node], index: &HashMap<usize, usize>, buf: &mut Vec<Value>) {
    let mut work: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].refs > 0).collect();
    for &i in &work {
        nodes[i].reachable = true;
    }
    while let Some(i) = work.pop() {
        buf.clear();
        traverse::referents(&nodes[i].obj, buf);
        for r in buf.drain(..) {
            if let Some(&j) = traverse::id(&r).and_then(|id| index.get(&id)) {
                if !nodes[j].reachable {
                    nodes[j].reachable = true;
                    work.push(j);
                }
            }
        }
    }
}

/// Can the object's references change after it was made (so that an old one can point at a
/// young one)?
fn is_mutable(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Instance(_)
            | Value::Class(_)
            | Value::Func(_)
            | Value::Cell(_)
            | Value::Generator(_)
    )
}

/// The garbage that is still unreachable once the finalizers ran: `alive` minus what is held
/// from outside it (resurrected) and what that reaches.
fn still_unreachable(alive: Vec<Value>, held: &[Held]) -> Vec<Value> {
    let mut index = HashMap::new();
    let mut nodes: Vec<Node> = Vec::with_capacity(alive.len());
    for v in alive {
        if let Some(id) = traverse::id(&v) {
            index.insert(id, nodes.len());
            nodes.push(Node {
                obj: v,
                refs: 0,
                reachable: false,
                known_young: true,
            });
        }
    }
    for n in nodes.iter_mut() {
        // This list's handle, and the strong handle `held` keeps of an object without weak
        // references, are not the program's.
        let own = 1 + held.iter().filter(|h| h.is_strong(&n.obj)).count();
        n.refs = traverse::strong_count(&n.obj) as isize - own as isize;
    }
    let mut buf = Vec::new();
    for i in 0..nodes.len() {
        buf.clear();
        traverse::referents(&nodes[i].obj, &mut buf);
        for r in buf.drain(..) {
            if let Some(&j) = traverse::id(&r).and_then(|id| index.get(&id)) {
                nodes[j].refs -= 1;
            }
        }
    }
    mark_reachable(&mut nodes, &index, &mut buf);
    nodes
        .into_iter()
        .filter(|n| !n.reachable)
        .map(|n| n.obj)
        .collect()
}

/// Release the strongly held garbage that nothing but the collector holds any more (what a
/// finalizer freed in CPython), repeatedly, since one release can free the next.
fn release_strong_only(held: &[Held]) {
    loop {
        let mut freed = false;
        for h in held {
            if let Held::Strong(cell) = h {
                let only = cell
                    .borrow()
                    .as_ref()
                    .is_some_and(|v| traverse::strong_count(v) == 1);
                if only {
                    let v = cell.borrow_mut().take();
                    drop(v);
                    freed = true;
                }
            }
        }
        if !freed {
            return;
        }
    }
}

/// Clear the object's references (its `tp_clear`), dropping them outside the borrows. A
/// generator's frame is cleared before 3.11 (the frame object's `tp_clear`); from 3.11 the
/// frame is part of the generator, which has no `tp_clear`.
fn clear(v: &Value, clears_generators: bool) {
    match v {
        Value::List(l) => {
            let items = l.try_borrow_mut().map(|mut l| std::mem::take(&mut *l));
            drop(items);
        }
        Value::Dict(d) => {
            let items = d.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
            drop(items);
        }
        Value::Set(s) => {
            let items = s.try_borrow_mut().map(|mut s| std::mem::take(&mut *s));
            drop(items);
        }
        Value::Cell(c) => {
            let item = c.try_borrow_mut().map(|mut c| std::mem::take(&mut *c));
            drop(item);
        }
        Value::Instance(i) => {
            let dict = i.dict.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
            drop(dict);
            let live = i.live.try_borrow_mut().map(|mut d| d.take());
            drop(live);
            let slots = i.slots.try_borrow_mut().map(|mut s| {
                let n = s.len();
                std::mem::replace(&mut *s, vec![Value::Undef; n])
            });
            drop(slots);
            if let Some(exc) = &i.exc {
                let data = exc.try_borrow_mut().map(|mut e| std::mem::take(&mut *e));
                drop(data);
            }
        }
        Value::Func(f) => {
            let dict = f.dict.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
            drop(dict);
        }
        Value::Class(c) => {
            let dict = c.dict.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
            drop(dict);
        }
        Value::Generator(g) if clears_generators => {
            // A generator that ignored its close() keeps a suspended frame; clearing it
            // releases what the frame holds.
            let frame = g.state.try_borrow_mut().ok().and_then(|mut s| match &*s {
                crate::generator::GenState::Suspended(_)
                | crate::generator::GenState::Created(_)
                | crate::generator::GenState::ClosedKeepingFrame(_) => Some(std::mem::replace(
                    &mut *s,
                    crate::generator::GenState::Closed,
                )),
                _ => None,
            });
            drop(frame);
        }
        _ => {}
    }
}

/// A handle on one object of the garbage while it is finalized: weak where the object has
/// weak references (so that what a finalizer frees goes at once), strong otherwise.
enum Held {
    Weak(crate::heap::Tracked),
    Strong(RefCell<Option<Value>>),
}

impl Held {
    fn of(v: Value) -> Held {
        use std::rc::Rc;
        let t = match &v {
            Value::List(l) => Tracked::List(Rc::downgrade(l)),
            Value::Dict(d) => Tracked::Dict(Rc::downgrade(d)),
            Value::Set(s) => Tracked::Set(Rc::downgrade(s)),
            Value::Func(f) => Tracked::Func(Rc::downgrade(f)),
            Value::Class(c) => Tracked::Class(Rc::downgrade(c)),
            Value::Instance(i) => Tracked::Instance(Rc::downgrade(i)),
            Value::Cell(c) => Tracked::Cell(Rc::downgrade(c)),
            Value::Generator(g) => Tracked::Generator(Rc::downgrade(g)),
            _ => return Held::Strong(RefCell::new(Some(v))),
        };
        Held::Weak(t)
    }

    fn get(&self) -> Option<Value> {
        match self {
            Held::Weak(t) => t.upgrade(),
            Held::Strong(v) => v.borrow().clone(),
        }
    }

    fn is_strong(&self, v: &Value) -> bool {
        match self {
            Held::Weak(_) => false,
            Held::Strong(h) => h
                .borrow()
                .as_ref()
                .is_some_and(|h| traverse::id(h) == traverse::id(v)),
        }
    }
}
