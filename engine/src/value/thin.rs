//! Thin reference-counted slices (`ThinRc<T>`) and the thin string `Str` built on them: one
//! pointer wide (the length lives in the heap block, next to the count), so a `Value` that
//! holds a string, bytes or a tuple is 16 bytes instead of the 24 a fat `Rc<[T]>` needs.
//!
//! Semantics are `Rc<[T]>`'s without weak references: clone bumps a count, the last drop
//! drops the items first to last and frees the block; identity is the block's address.

use std::alloc::{self, Layout};
use std::borrow::Borrow;
use std::cell::Cell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::{self, NonNull};

/// The start of every block: the count and the number of items that follow it.
#[repr(C)]
struct Header {
    strong: Cell<usize>,
    len: usize,
}

/// How the items of a block are released when its last reference goes.
pub trait Items: Sized {
    /// Drop the `len` items at `data`, each exactly once.
    ///
    /// # Safety
    /// `data` points to `len` initialised items that nothing else will use or drop.
    unsafe fn release(data: *mut Self, len: usize) {
        // SAFETY: as the caller promises.
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(data, len)) }
    }
}

impl Items for u8 {}

/// A reference-counted, immutable slice behind one thin pointer.
pub struct ThinRc<T: Items> {
    ptr: NonNull<Header>,
    /// Owns `T`s (for the drop checker); also keeps the type `!Send`/`!Sync` like `Rc`.
    _owns: PhantomData<T>,
}

impl<T: Items + Items> ThinRc<T> {
    /// Layout of a block of `len` items and the offset of the first item.
    fn layout(len: usize) -> (Layout, usize) {
        let items = Layout::array::<T>(len).unwrap_or_else(|_| capacity_overflow());
        let (layout, offset) = Layout::new::<Header>()
            .extend(items)
            .unwrap_or_else(|_| capacity_overflow());
        (layout.pad_to_align(), offset)
    }

    /// A block for `len` items with a count of one; the items are not yet written.
    fn allocate(len: usize) -> ThinRc<T> {
        let (layout, _) = Self::layout(len);
        // SAFETY: the layout is never zero-sized (it holds at least the header).
        let raw = unsafe { alloc::alloc(layout) } as *mut Header;
        let Some(ptr) = NonNull::new(raw) else {
            alloc::handle_alloc_error(layout)
        };
        // SAFETY: freshly allocated, properly aligned for a Header.
        unsafe {
            ptr.as_ptr().write(Header {
                strong: Cell::new(1),
                len,
            })
        };
        ThinRc {
            ptr,
            _owns: PhantomData,
        }
    }

    fn header(&self) -> &Header {
        // SAFETY: the block lives while any ThinRc points to it.
        unsafe { self.ptr.as_ref() }
    }

    fn data(&self) -> *mut T {
        let offset = Self::layout(0).1;
        // SAFETY: the items start `offset` bytes into the block (the offset does not depend
        // on the number of items).
        unsafe { (self.ptr.as_ptr() as *mut u8).add(offset) as *mut T }
    }

    /// Move the items of `v` into a new block.
    pub fn from_vec(mut v: Vec<T>) -> ThinRc<T> {
        let len = v.len();
        let r = Self::allocate(len);
        // SAFETY: the block has room for `len` items; the vector gives up ownership of the
        // moved items (its length is set to zero before it drops).
        unsafe {
            ptr::copy_nonoverlapping(v.as_ptr(), r.data(), len);
            v.set_len(0);
        }
        r
    }

    /// The block's address (the object's identity).
    pub fn as_ptr(this: &Self) -> *const u8 {
        this.ptr.as_ptr() as *const u8
    }

    /// Same block?
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.ptr == b.ptr
    }

    /// How many references to the block exist.
    pub fn strong_count(this: &Self) -> usize {
        // SAFETY: the block is alive while `this` is.
        unsafe { this.ptr.as_ref() }.strong.get()
    }
}

impl<T: Items + Copy> ThinRc<T> {
    /// A new block holding a copy of `items`.
    pub fn copy_from_slice(items: &[T]) -> ThinRc<T> {
        let r = Self::allocate(items.len());
        // SAFETY: the block has room for `items.len()` items; `T: Copy`.
        unsafe { ptr::copy_nonoverlapping(items.as_ptr(), r.data(), items.len()) };
        r
    }
}

#[cold]
fn capacity_overflow() -> ! {
    panic!("ThinRc: slice too large")
}

impl<T: Items + Items> Deref for ThinRc<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        // SAFETY: the block holds `len` initialised items.
        unsafe { std::slice::from_raw_parts(self.data(), self.header().len) }
    }
}

impl<T: Items + Items> Clone for ThinRc<T> {
    #[inline]
    fn clone(&self) -> Self {
        let h = self.header();
        let n = h.strong.get().wrapping_add(1);
        if n == 0 {
            // As `Rc`: a count that wraps would free a block still in use.
            std::process::abort();
        }
        h.strong.set(n);
        ThinRc {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<T: Items + Items> Drop for ThinRc<T> {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.strong.get() - 1;
        h.strong.set(n);
        if n == 0 {
            self.drop_slow();
        }
    }
}

impl<T: Items + Items> ThinRc<T> {
    #[inline(never)]
    fn drop_slow(&mut self) {
        let len = self.header().len;
        // SAFETY: this was the last reference: release the items (each exactly once), then
        // free the block with the layout it was allocated with.
        unsafe {
            T::release(self.data(), len);
            alloc::dealloc(self.ptr.as_ptr() as *mut u8, Self::layout(len).0);
        }
    }
}

impl<T: Items + Items> From<Vec<T>> for ThinRc<T> {
    fn from(v: Vec<T>) -> Self {
        ThinRc::from_vec(v)
    }
}

impl<T: Items + Clone> From<&[T]> for ThinRc<T> {
    fn from(items: &[T]) -> Self {
        ThinRc::from_vec(items.to_vec())
    }
}

impl<T: Items, const N: usize> From<[T; N]> for ThinRc<T> {
    fn from(items: [T; N]) -> Self {
        ThinRc::from_vec(Vec::from(items))
    }
}

impl<T: Items + Items> FromIterator<T> for ThinRc<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        ThinRc::from_vec(iter.into_iter().collect())
    }
}

impl<T: Items + PartialEq> PartialEq for ThinRc<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Items + Eq> Eq for ThinRc<T> {}

impl<T: Items + Hash> Hash for ThinRc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: Items + fmt::Debug> fmt::Debug for ThinRc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

/// An immutable, reference-counted string one pointer wide (names and `str` values).
#[derive(Clone)]
pub struct Str(ThinRc<u8>);

impl Str {
    /// The block's address (the object's identity).
    pub fn as_ptr(this: &Self) -> *const u8 {
        ThinRc::as_ptr(&this.0)
    }

    /// Same string object?
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        ThinRc::ptr_eq(&a.0, &b.0)
    }
}

impl Deref for Str {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        // SAFETY: a Str is only ever built from the bytes of a str.
        unsafe { std::str::from_utf8_unchecked(&self.0) }
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Self {
        Str(ThinRc::copy_from_slice(s.as_bytes()))
    }
}

impl From<String> for Str {
    fn from(s: String) -> Self {
        Str::from(s.as_str())
    }
}

impl From<&String> for Str {
    fn from(s: &String) -> Self {
        Str::from(s.as_str())
    }
}

impl From<Box<str>> for Str {
    fn from(s: Box<str>) -> Self {
        Str::from(&*s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Str {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Str::from(&*s)
    }
}

impl Default for Str {
    fn default() -> Self {
        Str::from("")
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Str {}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl Hash for Str {
    /// As `str` hashes, so maps keyed by `Str` can be searched with a `&str`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    impl Items for Rc<()> {}

    #[test]
    fn slices_keep_items_and_share_until_the_last_drop() {
        let probe = Rc::new(());
        let t: ThinRc<Rc<()>> = vec![probe.clone(), probe.clone()].into();
        assert_eq!(t.len(), 2);
        assert_eq!(Rc::strong_count(&probe), 3);
        let u = t.clone();
        assert!(ThinRc::ptr_eq(&t, &u));
        drop(t);
        assert_eq!(Rc::strong_count(&probe), 3);
        drop(u);
        assert_eq!(Rc::strong_count(&probe), 1);
        let empty: ThinRc<Rc<()>> = Vec::new().into();
        assert!(empty.is_empty());
    }

    #[test]
    fn strings_hash_and_compare_as_str() {
        use std::collections::HashMap;
        let a = Str::from("gen");
        let b = Str::from(String::from("gen"));
        assert_eq!(a, b);
        assert!(!Str::ptr_eq(&a, &b));
        assert_eq!(&*a, "gen");
        let mut m = HashMap::new();
        m.insert(a.clone(), 1);
        assert_eq!(m.get("gen"), Some(&1));
        assert_eq!(std::mem::size_of::<Str>(), std::mem::size_of::<usize>());
        assert_eq!(Str::from("é").len(), 2);
        assert_eq!(
            Str::from("a").cmp(&Str::from("b")),
            std::cmp::Ordering::Less
        );
    }
}
