//! The queue of work that CPython's reference counting would do at a decref and the engine
//! does right after the instruction that dropped the last reference: finalizing dropped
//! suspended generators, and releasing the values a container or frame still held when one of
//! its earlier values queued a finalizer (CPython finishes that finalizer, and what it frees,
//! before it decrefs the next value). Also the frames the cyclic collector would free.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use super::Generator;
use crate::value::{Instance, Value};
use crate::vm::Frame;

/// One entry of the queue.
pub enum Pending {
    /// A dropped suspended generator, to be closed.
    Finalize(Generator),
    /// Values still to be released, in CPython's order, after the entries queued above.
    Release(Vec<Value>),
    /// A dropped instance whose class has `__del__`, resurrected for it.
    Del(Instance),
    /// An asend/athrow/aclose awaitable dropped before it was awaited: CPython 3.13 warns
    /// (this message) where it is dropped.
    UnawaitedMethod(String),
}

thread_local! {
    static PENDING: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Entries ever added to the queue: a release compares it before and after a value's drop
    /// to see whether that drop queued something.
    static QUEUED: Cell<u64> = const { Cell::new(0) };
    static DISABLED: Cell<bool> = const { Cell::new(false) };
    /// The order in which a frame clears its values (set per run from the target version).
    static FRAME_CLEAR: Cell<FrameClear> = const { Cell::new(FrameClear::LocalsFirstToLast) };
    /// Off while the cyclic collector releases frames: it finalizes everything it found
    /// before it clears anything, so nothing there waits for a finalizer.
    static DEFER: Cell<bool> = const { Cell::new(true) };
    /// Frames of finalized generators that CPython would leave in a reference cycle (see
    /// `frame_in_tb_cycle`); released by the cyclic collector step of the teardown.
    static GARBAGE: RefCell<Vec<Frame>> = const { RefCell::new(Vec::new()) };
}

/// Are finalizers queued at all (not after a timeout, not at the very end)?
pub fn enabled() -> bool {
    !DISABLED.try_with(|c| c.get()).unwrap_or(true)
}

/// Queue a dropped suspended generator for its finalizer.
pub(super) fn queue_finalizer(g: Generator) {
    queue(Pending::Finalize(g));
}

/// Queue the warning about an async generator method's awaitable never awaited.
pub fn queue_unawaited_method(message: String) {
    queue(Pending::UnawaitedMethod(message));
}

/// Queue a dropped instance for its `__del__`.
pub fn queue_del(i: Instance) {
    queue(Pending::Del(i));
}

fn queue(entry: Pending) {
    insert(entry, 0);
}

/// Put `entry` in the queue below the `above` entries last added (the queue runs from its
/// end); if the queue is not available (a drop during its own teardown), `entry` is dropped.
fn insert(entry: Pending, above: u64) {
    let mut slot = Some(entry);
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if let Some(e) = slot.take() {
                match p.len().checked_sub(above as usize) {
                    Some(at) if above != 0 => p.insert(at, e),
                    Some(_) => p.push_back(e),
                    None => p.push_front(e),
                }
            }
        }
    });
    if slot.is_none() {
        let _ = HAS_PENDING.try_with(|c| c.set(true));
        let _ = QUEUED.try_with(|c| c.set(c.get() + 1));
    }
}

fn queued() -> u64 {
    QUEUED.try_with(|c| c.get()).unwrap_or(0)
}

/// Keep the frame of a finalized generator for the cyclic collector step.
pub(super) fn keep_in_cycle(f: Frame) {
    let mut slot = Some(f);
    let _ = GARBAGE.try_with(|g| {
        if let Ok(mut g) = g.try_borrow_mut() {
            g.extend(slot.take());
        }
    });
}

/// Take the queue (the caller runs it last entry first).
pub(super) fn take_batch() -> VecDeque<Pending> {
    let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    HAS_PENDING.with(|c| c.set(false));
    batch
}

/// Release `values`, given in the order CPython's deallocator of their holder decrefs them.
/// As soon as one of them queues a finalizer, the rest wait in the queue behind what it
/// queued, so that they are released after that finalizer has run (and what it released in
/// turn), as under CPython's immediate reference counting: a value the finalized generator's
/// frame also held is then freed by this release, not by the frame.
#[inline]
pub fn release_in_order(mut values: impl Iterator<Item = Value>) {
    let before = queued();
    while let Some(v) = values.next() {
        if v.is_plain() {
            std::mem::forget(v);
            continue;
        }
        drop(v);
        if queued() != before {
            return wait_behind(values, before);
        }
    }
}

/// The order in which CPython clears a frame's values (its fast locals, then its value stack,
/// as laid out in one array): up to 3.13 from the first local up (`_PyFrame_ClearLocals`
/// counts up to the stack top), from 3.14 from the stack top down to the first local.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameClear {
    LocalsFirstToLast,
    StackTopDown,
}

/// Set the frame clearing order for the runs on this thread.
pub fn set_frame_clear(order: FrameClear) {
    FRAME_CLEAR.with(|c| c.set(order));
}

/// Release the values of a frame that is cleared (its locals and its stack), in the target
/// version's order (see [`FrameClear`]), leaving the buffers empty with their capacity (they go
/// back to the buffer pool).
#[inline]
pub fn release_frame(locals: &mut Vec<Value>, stack: &mut Vec<Value>) {
    if FRAME_CLEAR.with(|c| c.get()) == FrameClear::StackTopDown {
        stack.reverse();
        locals.reverse();
        release_bufs([stack, locals]);
    } else {
        release_bufs([locals, stack]);
    }
}

/// The values a traceback kept of a frame (its locals, in order), released in the order the
/// frame would clear them.
pub fn release_kept_locals(next: Option<Value>, mut kept: Vec<Value>) {
    if FRAME_CLEAR.with(|c| c.get()) == FrameClear::StackTopDown {
        kept.reverse();
    }
    release_in_order(next.into_iter().chain(kept));
}

/// [`release_in_order`] over the values of `bufs`, each first to last, leaving them empty
/// with their capacity.
#[inline]
fn release_bufs(bufs: [&mut Vec<Value>; 2]) {
    let before = queued();
    let [first, second] = bufs;
    if let Some(i) = release_until_queued(first, before) {
        return release_rest(first, i + 1, second, before);
    }
    forget_plain(first);
    if let Some(i) = release_until_queued(second, before) {
        return release_rest(second, i + 1, &mut Vec::new(), before);
    }
    forget_plain(second);
}

/// Drop the values of `buf` in order (leaving `Undef` or plain values behind) until one of
/// the drops queues something; its index.
#[inline(always)]
fn release_until_queued(buf: &mut [Value], before: u64) -> Option<usize> {
    for (i, slot) in buf.iter_mut().enumerate() {
        if slot.is_plain() {
            continue;
        }
        drop(std::mem::take(slot));
        if queued() != before {
            return Some(i);
        }
    }
    None
}

/// A drop in [`release_bufs`] queued something: the values of `buf` from `from` on and all of
/// `then` wait behind it.
#[cold]
#[inline(never)]
fn release_rest(buf: &mut Vec<Value>, from: usize, then: &mut Vec<Value>, before: u64) {
    wait_behind(buf.drain(from..).chain(then.drain(..)), before);
    forget_plain(buf);
}

/// Empty a buffer whose items are all plain (or taken), without running their drop glue.
#[inline]
fn forget_plain(buf: &mut Vec<Value>) {
    debug_assert!(buf.iter().all(Value::is_plain));
    // SAFETY: shrinking the length only leaks the items past it, and plain values own nothing.
    unsafe { buf.set_len(0) }
}

/// A release queued something since the count was `before`: the values still to release wait
/// in the queue below what was queued (or go now, during the cyclic collection).
#[cold]
#[inline(never)]
fn wait_behind(values: impl Iterator<Item = Value>, before: u64) {
    if !DEFER.try_with(|d| d.get()).unwrap_or(false) {
        values.for_each(drop);
        return;
    }
    let rest: Vec<Value> = values.filter(|v| !v.is_plain()).collect();
    if !rest.is_empty() {
        insert(Pending::Release(rest), queued().wrapping_sub(before));
    }
}

/// Does the frame hold (on its stack, in its locals or cells) an exception whose traceback
/// (or that of an exception in its context/cause chain) passes through the frame itself?
/// In CPython such a traceback holds the frame object, which takes over the frame's values
/// when the generator clears it: frame object -> value -> exception -> traceback -> frame
/// object is a reference cycle only the cyclic collector frees.
pub(super) fn frame_in_tb_cycle(f: &Frame) -> bool {
    let cells = f
        .cells
        .iter()
        .map(|c| c.borrow().clone())
        .collect::<Vec<_>>();
    f.stack
        .iter()
        .chain(f.locals.iter())
        .chain(cells.iter())
        .any(|v| exc_links_frame(v, f.id))
}

fn exc_links_frame(v: &Value, id: u64) -> bool {
    let mut cur = v.clone();
    for _ in 0..64 {
        let Some(d) = cur.exc() else { return false };
        let (tb, next) = {
            let d = d.borrow();
            (
                d.traceback.clone(),
                d.context.clone().or_else(|| d.cause.clone()),
            )
        };
        let mut t = tb;
        while let Some(x) = t {
            if x.frame_id == id {
                return true;
            }
            t = x.next.clone();
        }
        match next {
            Some(n) => cur = n,
            None => return false,
        }
    }
    false
}

/// Release the frames kept in reference cycles (the teardown's `gc.collect()`); the
/// generators that go with them are queued for their finalizers.
pub fn collect_cycles() {
    let mut frames: Vec<Frame> = GARBAGE
        .try_with(|g| std::mem::take(&mut *g.borrow_mut()))
        .unwrap_or_default();
    frames.sort_by_key(|f| std::cmp::Reverse(f.id));
    let before = PENDING.with(|p| p.borrow().len());
    let _ = DEFER.try_with(|d| d.set(false));
    drop(frames);
    let _ = DEFER.try_with(|d| d.set(true));
    // The collector finalizes the unreachable objects in its list order: the order they were
    // tracked in, i.e. generators oldest first, whichever frame held them. The queue runs
    // last-queued first, so the generators this collection released go in newest first.
    PENDING.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            let released = p.make_contiguous();
            if let Some(released) = released.get_mut(before..) {
                released.sort_by_key(|e| match e {
                    Pending::Finalize(g) => std::cmp::Reverse(g.addr),
                    Pending::Release(_) | Pending::Del(_) | Pending::UnawaitedMethod(_) => {
                        std::cmp::Reverse(0)
                    }
                });
            }
        }
    });
}

/// Are there dropped generators waiting for their finalizer?
#[inline]
pub fn has_pending() -> bool {
    HAS_PENDING.with(|c| c.get())
}

/// Stop (or restart) queueing finalizers, e.g. after a timeout.
pub fn set_finalizers_enabled(on: bool) {
    DISABLED.with(|c| c.set(!on));
    if !on {
        let drained: Vec<Pending> = PENDING
            .try_with(|p| p.borrow_mut().drain(..).collect())
            .unwrap_or_default();
        drop(drained);
        HAS_PENDING.with(|c| c.set(false));
        collect_cycles();
    }
}
