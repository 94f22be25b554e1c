//! The queue of work that CPython's reference counting would do at a decref and the engine
//! does right after the instruction that dropped the last reference: finalizing dropped
//! suspended generators, and releasing the values a container or frame still held when one of
//! its earlier values queued a finalizer (CPython finishes that finalizer, and what it frees,
//! before it decrefs the next value). Also the frames the cyclic collector would free.

use std::collections::VecDeque;

use super::Generator;
use crate::heap::{self, Heap};
use crate::value::{Instance, Value};
use crate::vm::Frame;

/// One entry of the queue.
pub enum Pending {
    /// A dropped suspended generator, to be closed.
    Finalize(Generator),
    /// Values still to be released after the entries queued above, the next one last (so
    /// that releasing one is a pop, and the rest go back into the queue without a copy).
    Release(Vec<Value>),
    /// A dropped instance whose class has `__del__`, resurrected for it.
    Del(Instance),
    /// An asend/athrow/aclose awaitable dropped before it was awaited: CPython 3.13 warns
    /// (this message) where it is dropped.
    UnawaitedMethod(String),
}

/// Are finalizers queued at all (not after a timeout, not at the very end, not outside a run)?
pub fn enabled() -> bool {
    heap::with(|h| h.finalizers.get()).unwrap_or(false)
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
    heap::with(|h| {
        if let Ok(mut p) = h.pending.try_borrow_mut() {
            if let Some(e) = slot.take() {
                match p.len().checked_sub(above as usize) {
                    Some(at) if above != 0 => p.insert(at, e),
                    Some(_) => p.push_back(e),
                    None => p.push_front(e),
                }
            }
            h.has_pending.set(true);
            h.queued.set(h.queued.get() + 1);
        }
    });
}

#[inline]
fn queued() -> u64 {
    heap::with(|h| h.queued.get()).unwrap_or(0)
}

/// Keep the frame of a finalized generator for the cyclic collector step.
pub(super) fn keep_in_cycle(f: Frame) {
    let mut slot = Some(f);
    heap::with(|h| {
        if let Ok(mut g) = h.garbage.try_borrow_mut() {
            g.extend(slot.take());
        }
    });
}

/// Take the queue (the caller runs it last entry first).
pub(super) fn take_batch(heap: &Heap) -> VecDeque<Pending> {
    let batch = std::mem::take(&mut *heap.pending.borrow_mut());
    heap.has_pending.set(false);
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

/// The running heap's frame clearing order (the target version's).
fn frame_clear() -> FrameClear {
    heap::with(|h| h.frame_clear.get()).unwrap_or(FrameClear::LocalsFirstToLast)
}

/// Release the values of a frame that is cleared (its locals and its stack), in the target
/// version's order (see [`FrameClear`]), leaving the buffers empty with their capacity (they go
/// back to the buffer pool).
#[inline]
pub fn release_frame(locals: &mut Vec<Value>, stack: &mut Vec<Value>) {
    if frame_clear() == FrameClear::StackTopDown {
        stack.reverse();
        locals.reverse();
        release_bufs([stack, locals], queued);
    } else {
        release_bufs([locals, stack], queued);
    }
}

/// [`release_frame`] with the running heap at hand (the VM's own, which is the one
/// installed for the run), without looking it up in the thread's slot for every value.
#[inline]
pub fn release_frame_in(heap: &Heap, locals: &mut Vec<Value>, stack: &mut Vec<Value>) {
    let queued = || heap.queued.get();
    if heap.frame_clear.get() == FrameClear::StackTopDown {
        stack.reverse();
        locals.reverse();
        release_bufs([stack, locals], queued);
    } else {
        release_bufs([locals, stack], queued);
    }
}

/// The values a traceback kept of a frame (its locals, in order), released in the order the
/// frame would clear them.
pub fn release_kept_locals(next: Option<Value>, mut kept: Vec<Value>) {
    if frame_clear() == FrameClear::StackTopDown {
        kept.reverse();
    }
    release_in_order(next.into_iter().chain(kept));
}

/// [`release_in_order`] over the values of `bufs`, each first to last, leaving them empty
/// with their capacity.
/// `queued` reads the running heap's count of queued entries.
#[inline]
fn release_bufs(bufs: [&mut Vec<Value>; 2], queued: impl Fn() -> u64 + Copy) {
    let before = queued();
    let [first, second] = bufs;
    if let Some(i) = release_until_queued(first, before, queued) {
        return release_rest(first, i + 1, second, before);
    }
    forget_plain(first);
    if let Some(i) = release_until_queued(second, before, queued) {
        return release_rest(second, i + 1, &mut Vec::new(), before);
    }
    forget_plain(second);
}

/// Drop the values of `buf` in order (leaving `Undef` or plain values behind) until one of
/// the drops queues something; its index.
#[inline(always)]
fn release_until_queued(buf: &mut [Value], before: u64, queued: impl Fn() -> u64) -> Option<usize> {
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
    if !heap::with(|h| h.defer.get()).unwrap_or(false) {
        values.for_each(drop);
        return;
    }
    let mut rest: Vec<Value> = values.filter(|v| !v.is_plain()).collect();
    if !rest.is_empty() {
        rest.reverse();
        insert(Pending::Release(rest), queued().wrapping_sub(before));
    }
}

/// Release the values of a queued [`Pending::Release`] (the next one last) until one of the
/// drops queues something; the rest go back into the queue behind it as they are, so that a
/// container whose every item queues a finalizer is released in linear time.
pub(super) fn release_queued(mut values: Vec<Value>) {
    let before = queued();
    while let Some(v) = values.pop() {
        if v.is_plain() {
            std::mem::forget(v);
            continue;
        }
        drop(v);
        if queued() != before {
            if !values.is_empty() {
                if heap::with(|h| h.defer.get()).unwrap_or(false) {
                    insert(Pending::Release(values), queued().wrapping_sub(before));
                } else {
                    values.into_iter().rev().for_each(drop);
                }
            }
            return;
        }
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
pub fn collect_cycles(heap: &Heap) {
    let mut frames: Vec<Frame> = std::mem::take(&mut *heap.garbage.borrow_mut());
    frames.sort_by_key(|f| std::cmp::Reverse(f.id));
    let before = heap.pending.borrow().len();
    heap.defer.set(false);
    drop(frames);
    heap.defer.set(true);
    // The collector finalizes the unreachable objects in its list order: the order they were
    // tracked in, i.e. generators oldest first, whichever frame held them. The queue runs
    // last-queued first, so the generators this collection released go in newest first.
    if let Ok(mut p) = heap.pending.try_borrow_mut() {
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
}

/// Stop queueing finalizers (after a limit stopped the run, and at its end): what is queued
/// is dropped, and the frames kept for the collector are released.
pub fn disable_finalizers(heap: &Heap) {
    heap.finalizers.set(false);
    let drained: Vec<Pending> = heap.pending.borrow_mut().drain(..).collect();
    drop(drained);
    heap.has_pending.set(false);
    collect_cycles(heap);
}
