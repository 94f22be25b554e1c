//! The storage of a `list`: a vector whose front can be removed in amortised constant time.
//!
//! `lst.pop(0)` (queues, round-robin schedulers) is O(n) in CPython, a `memmove` of 8-byte
//! pointers; with the engine's wider values the same move would cost three times as much. A
//! `ListBuf` instead leaves a gap at the front: removing the first item takes it out and moves
//! the start, and the gap is closed (one move of the live items) only once it is at least as
//! large as what is left, so each item is moved at most once per removal on average. All other
//! operations act on the live items, which are always one contiguous slice (`Deref` to
//! `[Value]`), and are released from the last to the first, as CPython's list deallocator does.

use std::ops::{Deref, DerefMut, RangeBounds};

use super::Value;

/// Below this many removed slots the gap is never closed (closing costs a move of the rest).
const MIN_GAP: usize = 16;

/// The items of a list: `buf[head..]`; the slots before `head` are `Value::Undef`.
#[derive(Default, Clone)]
pub struct ListBuf {
    buf: Vec<Value>,
    head: usize,
}

impl Drop for ListBuf {
    fn drop(&mut self) {
        // CPython's list deallocator releases the items from the last to the first.
        crate::generator::release_in_order(self.buf.drain(..).rev());
    }
}

impl From<Vec<Value>> for ListBuf {
    fn from(buf: Vec<Value>) -> Self {
        ListBuf { buf, head: 0 }
    }
}

impl Deref for ListBuf {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        self.buf.get(self.head..).unwrap_or_default()
    }
}

impl DerefMut for ListBuf {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        self.buf.get_mut(self.head..).unwrap_or_default()
    }
}

impl ListBuf {
    /// The live items as a vector (the list is left empty).
    pub fn take_vec(&mut self) -> Vec<Value> {
        let mut v = std::mem::take(&mut self.buf);
        if self.head > 0 {
            v.drain(..self.head);
        }
        self.head = 0;
        v
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.buf.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Value> {
        if self.buf.len() > self.head {
            let v = self.buf.pop();
            if self.buf.len() == self.head {
                self.buf.clear();
                self.head = 0;
            }
            v
        } else {
            None
        }
    }

    /// Remove and return item `i` (panics when out of range, like `Vec::remove`; callers check).
    pub fn remove(&mut self, i: usize) -> Value {
        if i == 0 && !self.is_empty() {
            let v = std::mem::take(&mut self.buf[self.head]);
            self.head += 1;
            if self.head == self.buf.len() {
                self.buf.clear();
                self.head = 0;
            } else if self.head >= MIN_GAP && self.head >= self.buf.len() - self.head {
                self.buf.drain(..self.head);
                self.head = 0;
            }
            return v;
        }
        self.buf.remove(self.head + i)
    }

    /// Remove items `start..end` (`start <= end <= len`) and return them in order.
    pub fn remove_range(&mut self, start: usize, end: usize) -> Vec<Value> {
        self.buf.drain(self.head + start..self.head + end).collect()
    }

    /// Insert `v` before item `i` (`i <= len`); at the front the gap is used when there is one.
    pub fn insert(&mut self, i: usize, v: Value) {
        if i == 0 && self.head > 0 {
            self.head -= 1;
            self.buf[self.head] = v;
        } else {
            self.buf.insert(self.head + i, v);
        }
    }

    pub fn extend<I: IntoIterator<Item = Value>>(&mut self, items: I) {
        self.buf.extend(items);
    }

    /// Replace the items in `range` with `items`, returning the removed ones.
    pub fn splice<R: RangeBounds<usize>>(&mut self, range: R, items: Vec<Value>) -> Vec<Value> {
        use std::ops::Bound;
        let start = match range.start_bound() {
            Bound::Included(&s) => s,
            Bound::Excluded(&s) => s + 1,
            Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            Bound::Included(&e) => e + 1,
            Bound::Excluded(&e) => e,
            Bound::Unbounded => self.len(),
        };
        self.buf
            .splice(self.head + start..self.head + end, items)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(l: &ListBuf) -> Vec<i64> {
        l.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn front_removal_keeps_order_and_closes_the_gap() {
        let mut l = ListBuf::from((0..100).map(Value::Int).collect::<Vec<_>>());
        for k in 0..60 {
            match l.remove(0) {
                Value::Int(i) => assert_eq!(i, k),
                _ => panic!("not an int"),
            }
            l.push(Value::Int(100 + k));
        }
        assert_eq!(ints(&l), (60..160).collect::<Vec<_>>());
        assert!(l.head < MIN_GAP.max(l.len()) + 1);
        l.insert(0, Value::Int(-5));
        l.insert(2, Value::Int(-7));
        assert_eq!(ints(&l)[..4], [-5, 60, -7, 61]);
        assert_eq!(ints(&ListBuf::from(l.splice(1..3, vec![]))), [60, -7]);
        l.splice(2.., vec![]);
        assert_eq!(ints(&l), [-5, 61]);
        assert!(matches!(l.pop(), Some(Value::Int(61))));
        assert!(matches!(l.pop(), Some(Value::Int(-5))));
        assert!(l.pop().is_none());
        assert_eq!(l.take_vec().len(), 0);
    }
}
