//! How many of CPython's tracked objects one engine object of the garbage stands for: what
//! `gc.collect()` counts. CPython's objects and the engine's do not match one to one (an
//! instance's `__dict__` is an object of its own before 3.11, a generator's frame before
//! 3.11, a closure a tuple of cells); where the engine cannot tell the count, the kind is
//! named and the collection is `unsupported`.

use crate::generator::GenState;
use crate::value::{Iter, SeqKind, Value};

/// The number of CPython objects `v` stands for in the garbage of a collection on CPython
/// 3.`minor`, or what keeps the engine from telling.
pub fn objects(v: &Value, minor: u8) -> Result<u32, &'static str> {
    Ok(match v {
        Value::List(_) | Value::Set(_) | Value::Cell(_) | Value::Method(_) => 1,
        Value::FrozenSet(_) | Value::DictView(_) | Value::WeakRef(_) | Value::Super(_) => 1,
        Value::Builtin(_) => 1,
        // From 3.14 a tuple made of untracked objects is not tracked from the start.
        Value::Tuple(t) if minor >= 14 => u32::from(tuple_tracked_314(t)),
        Value::Tuple(t) => u32::from(!t.is_empty()),
        // From 3.14 every dict is tracked.
        Value::Dict(_) if minor >= 14 => 1,
        // Before, a dict holding no container is not tracked.
        Value::Dict(d) => match d.try_borrow() {
            Ok(d) => u32::from(dict_tracked(d.map.iter().flat_map(|(k, v)| [&k.value, v]))?),
            Err(_) => return Err("a dict"),
        },
        Value::Instance(i) => {
            if i.exc.is_some() {
                return Err("an exception");
            }
            if i.class.builtin
                || i.class.base_type.has_payload()
                || !i.class.layout.slots.is_empty()
            {
                return Err("an instance of a built-in type's subclass");
            }
            let live = i.live.borrow();
            let attrs = i.dict.borrow();
            if attrs.len() + live.as_ref().map_or(0, |d| d.borrow().len()) > 20 {
                return Err("an instance with many attributes");
            }
            let dict = match &*live {
                // `__dict__` was asked for: a dict object in every version.
                Some(_) if minor >= 14 => true,
                Some(d) => {
                    let d = d.borrow();
                    dict_tracked(d.map.iter().flat_map(|(k, v)| [&k.value, v]))?
                }
                // Before 3.11 the attributes live in a dict object of their own.
                None if minor < 11 && !attrs.is_empty() => dict_tracked(attrs.values())?,
                None => false,
            };
            1 + u32::from(dict)
        }
        Value::Func(f) => {
            if !f.defaults.is_empty() || !f.kwdefaults.is_empty() || !f.dict.borrow().is_empty() {
                return Err("a function with defaults or attributes");
            }
            1 + u32::from(!f.closure.is_empty())
        }
        Value::Generator(g) => {
            if g.origin.is_some() {
                return Err("a coroutine with its origin");
            }
            let (frame, kept) = match &*g.state.borrow() {
                GenState::Closed => (false, false),
                GenState::ClosedKeepingFrame(_) => (false, true),
                GenState::Created(_)
                | GenState::Suspended(_)
                | GenState::Delegating(_)
                | GenState::Running => (true, false),
            };
            if minor < 11 {
                // The frame object, while the generator has one.
                1 + u32::from(frame)
            } else if g.code.qualname.contains('<') && (frame || kept || minor == 13) {
                // From 3.11 the frame holds the function (3.13 until the generator goes), and
                // a nested function may be held by nothing else.
                return Err("a generator of a nested function");
            } else {
                // From 3.11 the frame is part of the generator (a frame object made for it
                // is not tracked while the generator owns the frame).
                1
            }
        }
        Value::Iter(it) => match &*it.borrow() {
            Iter::Range { .. } => 0,
            Iter::Seq {
                virtual_seq: true, ..
            } => 0,
            Iter::Seq {
                kind: SeqKind::Other,
                ..
            } => return Err("an iterator"),
            Iter::Tee { .. } => return Err("a tee iterator"),
            _ => 1,
        },
        Value::Class(_) => return Err("a class"),
        Value::Module(_) => return Err("a module"),
        Value::Traceback(_) | Value::Frame(_) => return Err("a traceback or frame"),
        Value::Awaitable(_) => return Err("an awaitable of a coroutine"),
        Value::Slice(_) => return Err("a slice"),
        _ => 0,
    })
}

/// Is a tuple made at run time tracked on CPython 3.14+ (it holds a tracked object)?
fn tuple_tracked_314(t: &crate::value::ThinRc<Value>) -> bool {
    t.iter().any(|x| match x {
        Value::Tuple(inner) => tuple_tracked_314(inner),
        Value::Builtin(_) => true,
        x => super::traverse::id(x).is_some(),
    })
}

/// Does CPython track a dict holding these keys and values (one that holds a container is
/// tracked; one that holds only atoms is not)?
fn dict_tracked<'a>(items: impl Iterator<Item = &'a Value>) -> Result<bool, &'static str> {
    for v in items {
        match v {
            // A tuple of atoms may have been untracked by an earlier collection.
            Value::Tuple(t) if t.iter().all(|x| super::traverse::id(x).is_none()) => {
                return Err("a dict holding a tuple")
            }
            Value::Builtin(b) if b.recv.is_none() => return Ok(true),
            Value::Slice(_) => return Err("a dict holding a slice"),
            v if super::traverse::id(v).is_some() => return Ok(true),
            _ => {}
        }
    }
    Ok(false)
}
