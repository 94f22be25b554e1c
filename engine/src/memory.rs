//! Memory accounting for the engine's memory budget: [`Counting`] wraps a global allocator
//! and keeps, per thread, the bytes allocated minus the bytes freed there ([`live`]). A case's
//! values never leave the thread it runs on (they are `Rc`s), so the growth of that count while
//! a case runs is the memory the case holds. A program that does not install [`Counting`] as
//! its global allocator has no count: [`live`] stays 0 and only the size checks of single
//! allocations (`Vm::claim`) apply.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// Bytes allocated minus bytes freed on this thread since it started (0 without [`Counting`]).
pub fn live() -> isize {
    LIVE.with(Cell::get)
}

#[inline]
fn add(delta: isize) {
    // `try_with`: nothing to count once the thread's locals are gone (at thread exit).
    let _ = LIVE.try_with(|c| c.set(c.get().wrapping_add(delta)));
}

/// A global allocator that counts what each thread holds (see the module docs).
pub struct Counting<A>(pub A);

// SAFETY: every call is forwarded to the wrapped allocator unchanged; the count is a side
// effect on a thread-local cell without a destructor.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc_zeroed(layout);
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout);
        add(-(layout.size() as isize));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if !p.is_null() {
            add(new_size as isize - layout.size() as isize);
        }
        p
    }
}
