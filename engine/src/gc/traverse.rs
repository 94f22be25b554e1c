//! What each kind of object holds: the `tp_traverse` of the collector. Every strong reference
//! an object owns to another container is reported once per reference it owns (the collector
//! subtracts each from the referent's count), and nothing else: a reference not reported
//! counts as one from outside (it keeps its referent alive, the safe side), while one
//! reported but not owned would let the collector free a live object.

use std::rc::Rc;

use crate::generator::{AwaitKind, GenState};
use crate::value::{FrameInfo, Iter, Value};
use crate::vm::Frame;

/// The identity of a container object (its allocation), or None for a value that holds no
/// references the collector follows (numbers, strings, code).
pub fn id(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Tuple(t) => crate::value::ThinRc::as_ptr(t) as usize,
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Set(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::FrozenSet(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Slice(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Func(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Builtin(b) => {
            b.recv.as_ref()?;
            Rc::as_ptr(b) as *const u8 as usize
        }
        Value::Method(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Class(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::Instance(i) => Rc::as_ptr(i) as *const u8 as usize,
        Value::Generator(g) => Rc::as_ptr(g) as *const u8 as usize,
        Value::Awaitable(a) => Rc::as_ptr(a) as *const u8 as usize,
        Value::Iter(i) => Rc::as_ptr(i) as *const u8 as usize,
        Value::DictView(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Module(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Super(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Frame(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Traceback(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::WeakRef(w) => Rc::as_ptr(w) as *const u8 as usize,
        Value::Undef
        | Value::None
        | Value::Ellipsis
        | Value::NotImplemented
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Big(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Code(_) => return None,
    })
}

/// How many references to the object exist (the collector's `ob_refcnt`).
pub fn strong_count(v: &Value) -> usize {
    match v {
        Value::Tuple(t) => crate::value::ThinRc::strong_count(t),
        Value::List(l) => Rc::strong_count(l),
        Value::Dict(d) => Rc::strong_count(d),
        Value::Set(s) => Rc::strong_count(s),
        Value::FrozenSet(s) => Rc::strong_count(s),
        Value::Slice(s) => Rc::strong_count(s),
        Value::Func(f) => Rc::strong_count(f),
        Value::Builtin(b) => Rc::strong_count(b),
        Value::Method(m) => Rc::strong_count(m),
        Value::Class(c) => Rc::strong_count(c),
        Value::Instance(i) => Rc::strong_count(i),
        Value::Generator(g) => Rc::strong_count(g),
        Value::Awaitable(a) => Rc::strong_count(a),
        Value::Iter(i) => Rc::strong_count(i),
        Value::DictView(d) => Rc::strong_count(d),
        Value::Module(m) => Rc::strong_count(m),
        Value::Super(s) => Rc::strong_count(s),
        Value::Frame(f) => Rc::strong_count(f),
        Value::Traceback(t) => Rc::strong_count(t),
        Value::Cell(c) => Rc::strong_count(c),
        Value::WeakRef(w) => Rc::strong_count(w),
        _ => usize::MAX,
    }
}

/// Push what `v` holds onto `out` (see the module comment). A container that is being
/// changed right now (borrowed) is not looked into: its references count as from outside.
pub fn referents(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Tuple(t) => out.extend(t.iter().filter(|x| id(x).is_some()).cloned()),
        Value::List(l) => {
            if let Ok(l) = l.try_borrow() {
                push_all(out, l.iter());
            }
        }
        Value::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for (k, v) in d.map.iter() {
                    push(out, &k.value);
                    push(out, v);
                }
            }
        }
        Value::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                for (_, x) in s.iter() {
                    push(out, &x);
                }
            }
        }
        Value::FrozenSet(s) => {
            for (_, x) in s.iter() {
                push(out, &x);
            }
        }
        Value::Slice(s) => push_all(out, s.iter()),
        Value::Func(f) => {
            out.push(Value::Dict(f.globals.clone()));
            push_all(out, f.defaults.iter());
            push_all(out, f.kwdefaults.iter().map(|(_, v)| v));
            out.extend(f.closure.iter().map(|c| Value::Cell(c.clone())));
            if let Ok(d) = f.dict.try_borrow() {
                push_all(out, d.values());
            }
        }
        Value::Builtin(b) => {
            if let Some(r) = &b.recv {
                push(out, r);
            }
        }
        Value::Method(m) => {
            push(out, &m.self_);
            push(out, &m.func);
        }
        Value::Class(c) => {
            out.extend(c.bases.iter().map(|b| Value::Class(b.clone())));
            out.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
            if let Ok(d) = c.dict.try_borrow() {
                push_all(out, d.values());
            }
        }
        Value::Instance(i) => {
            out.push(Value::Class(i.class.clone()));
            if let Ok(d) = i.dict.try_borrow() {
                push_all(out, d.values());
            }
            if let Ok(live) = i.live.try_borrow() {
                if let Some(d) = &*live {
                    out.push(Value::Dict(d.clone()));
                }
            }
            if let Ok(s) = i.slots.try_borrow() {
                push_all(out, s.iter());
            }
            if let Some(exc) = &i.exc {
                if let Ok(e) = exc.try_borrow() {
                    if let Some(a) = &e.args {
                        out.push(Value::Tuple(a.clone()));
                    }
                    push_opt(out, &e.context);
                    push_opt(out, &e.cause);
                    if let Some(t) = &e.traceback {
                        out.push(Value::Traceback(t.clone()));
                    }
                    if let Some(t) = &e.caught_tb {
                        out.push(Value::Traceback(t.clone()));
                    }
                    push_opt(out, &e.value);
                    if let Some(g) = &e.group {
                        push(out, &g.0);
                        push(out, &g.1);
                    }
                    if let Some(os) = &e.os {
                        push_opt(out, &os.errno);
                        push_opt(out, &os.strerror);
                        push_opt(out, &os.filename);
                        push_opt(out, &os.filename2);
                    }
                }
            }
        }
        Value::Generator(g) => {
            if let Ok(st) = g.state.try_borrow() {
                match &*st {
                    GenState::Created(f)
                    | GenState::Suspended(f)
                    | GenState::Delegating(f)
                    | GenState::ClosedKeepingFrame(f) => frame(f, out),
                    GenState::Running | GenState::Closed => {}
                }
            }
            if let Ok(e) = g.exc_item.try_borrow() {
                push_opt(out, &e);
            }
            if let Some(a) = &g.agen {
                if let Ok(h) = a.hooks.try_borrow() {
                    if let Some(Some(h)) = &*h {
                        push(out, h);
                    }
                }
            }
            push_opt(out, &g.origin);
        }
        Value::Awaitable(a) => {
            match &a.kind {
                AwaitKind::CoroWrapper(g) => out.push(Value::Generator(g.clone())),
                AwaitKind::ASend { agen, value } => {
                    out.push(Value::Generator(agen.clone()));
                    push(out, value);
                }
                AwaitKind::AThrow { agen, args } => {
                    out.push(Value::Generator(agen.clone()));
                    if let Some(args) = args {
                        push_all(out, args.iter());
                    }
                }
                AwaitKind::ANext { awaitable, default } => {
                    push(out, awaitable);
                    push(out, default);
                }
            }
            if let Ok(i) = a.inner.try_borrow() {
                push_opt(out, &i);
            }
        }
        Value::Iter(it) => {
            if let Ok(it) = it.try_borrow() {
                iter(&it, out);
            }
        }
        Value::DictView(d) => out.push(Value::Dict(d.dict.clone())),
        Value::Module(m) => out.push(Value::Dict(m.dict.clone())),
        Value::Super(s) => {
            out.push(Value::Class(s.class.clone()));
            push(out, &s.obj);
        }
        Value::Frame(f) => match &**f {
            // A generator's frame object does not keep its generator alive; the frame its
            // generator left behind is its own.
            FrameInfo::Generator(g) => {
                if let Ok(fin) = g.finished.try_borrow() {
                    if let Some(f) = &*fin {
                        frame(f, out);
                    }
                }
            }
            FrameInfo::Traceback(_) => {}
        },
        Value::Traceback(t) => {
            if let Some(n) = &t.next {
                out.push(Value::Traceback(n.clone()));
            }
            if let Ok(k) = t.keep.try_borrow() {
                push_all(out, k.iter());
            }
        }
        Value::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                push(out, &c);
            }
        }
        _ => {}
    }
}

/// What a frame (of a generator not running) holds.
pub fn frame(f: &Frame, out: &mut Vec<Value>) {
    push_all(out, f.stack.iter());
    push_all(out, f.locals.iter());
    out.extend(f.cells.iter().map(|c| Value::Cell(c.clone())));
    out.push(Value::Dict(f.globals.clone()));
}

fn iter(it: &Iter, out: &mut Vec<Value>) {
    match it {
        Iter::Seq { seq, .. } => push(out, seq),
        Iter::Range { .. } | Iter::Exhausted(_) => {}
        Iter::Dict(d) => {
            if let Some(d) = &d.dict {
                out.push(Value::Dict(d.clone()));
            }
        }
        Iter::Set { items, live, .. } => {
            push_all(out, items.iter());
            if let Some((s, _)) = live {
                out.push(Value::Set(s.clone()));
            }
        }
        Iter::Enumerate { it, .. } => push(out, it),
        Iter::Zip { its, .. } => push_all(out, its.iter()),
        Iter::Map { func, its } => {
            push(out, func);
            push_all(out, its.iter());
        }
        Iter::Filter { func, it } => {
            push(out, func);
            push(out, it);
        }
        Iter::GetItem { obj, .. } | Iter::Reversed { obj, .. } => push(out, obj),
        Iter::Callable { func, sentinel } => {
            push(out, func);
            push(out, sentinel);
        }
        // The tee's shared buffer is not an object the collector sees: what it holds counts
        // as held from outside.
        Iter::Tee { .. } => {}
    }
}

#[inline]
fn push(out: &mut Vec<Value>, v: &Value) {
    if id(v).is_some() {
        out.push(v.clone());
    }
}

fn push_opt(out: &mut Vec<Value>, v: &Option<Value>) {
    if let Some(v) = v {
        push(out, v);
    }
}

fn push_all<'a>(out: &mut Vec<Value>, vs: impl Iterator<Item = &'a Value>) {
    for v in vs {
        push(out, v);
    }
}
