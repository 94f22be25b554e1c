//! `itertools.tee` (CPython's generator doctests use it), modelled on CPython's linked blocks
//! of 57 buffered values so that buffered values are released when CPython releases them; the
//! module's other iterators are in `itertools.py`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::{Args, Iter, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::Vm;

/// Values per block of a tee's shared buffer (CPython's `LINKCELLS`): a block is released once
/// every tee iterator has moved past it, and the values in it with it.
pub const LINKCELLS: usize = 57;

/// One block of the buffer that the tee iterators of one `tee()` call share.
pub struct TeeData {
    /// The underlying iterator (every block holds it, as in CPython).
    it: Value,
    /// Values read so far into this block (at most [`LINKCELLS`]).
    values: Vec<Value>,
    /// The next block, created when an iterator moves past the last cell of this one.
    next: Option<Rc<RefCell<TeeData>>>,
    /// Set while the underlying iterator is advanced for this block.
    running: bool,
}

impl TeeData {
    pub fn new(it: Value) -> Rc<RefCell<TeeData>> {
        Rc::new(RefCell::new(TeeData {
            it,
            values: Vec::new(),
            next: None,
            running: false,
        }))
    }
}

impl Drop for TeeData {
    fn drop(&mut self) {
        // CPython clears a block's iterator, then its values in order, then the next block
        // (the blocks no other tee still needs), in a loop rather than by recursion.
        let mut order = vec![std::mem::take(&mut self.it)];
        order.append(&mut self.values);
        let mut next = self.next.take();
        while let Some(block) = next {
            next = match Rc::try_unwrap(block) {
                Ok(cell) => {
                    let mut data = cell.into_inner();
                    order.push(std::mem::take(&mut data.it));
                    order.append(&mut data.values);
                    data.next.take()
                }
                Err(_) => None,
            };
        }
        crate::generator::release_in_order(order.into_iter());
    }
}

/// `itertools.tee`, for the module `itertools.py` (which has the other names).
pub fn tee_builtin() -> Value {
    super::func("tee", tee)
}

/// `itertools.tee(iterable, n=2)`, in CPython's order of steps: `n` checked, `iter()` of the
/// iterable, then either the iterator's own `__copy__` or a new tee over `iter()` of it again.
fn tee(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        // Argument Clinic names the module from 3.9 on.
        let name = if vm.rules.itertools_qualified_keywords {
            "itertools.tee"
        } else {
            "tee"
        };
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    super::arity(vm, "tee", &a, 1, 2)?;
    let n = match a.pos.get(1) {
        None => 2,
        Some(v) => vm.index_arg(v)?,
    };
    if n < 0 {
        return Err(vm.value_error(if vm.rules.tee_negative_message {
            "n cannot be negative"
        } else {
            "n must be >= 0"
        }));
    }
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let it = vm.iter(&a.pos[0])?;
    let copy = match &it {
        Value::Instance(_) => vm.lookup_special(&it, "__copy__"),
        _ => None,
    };
    vm.claim((n as usize).saturating_mul(std::mem::size_of::<Value>()))?;
    let mut out = Vec::with_capacity(n as usize);
    match copy {
        Some(copy) => {
            out.push(it);
            for _ in 1..n {
                vm.tick()?;
                out.push(vm.call(&copy, Args::default())?);
            }
        }
        None => {
            let first = from_iterable(vm, &it)?;
            drop(it);
            for _ in 1..n {
                vm.tick()?;
                out.push(copy_tee(&first));
            }
            out.insert(0, first);
        }
    }
    Ok(Value::tuple(out))
}

/// CPython's `tee_fromiterable`: `iter()` of the value; a tee is copied, anything else gets a
/// new buffer.
fn from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let it = vm.iter(v)?;
    if let Value::Iter(cell) = &it {
        if matches!(&*cell.borrow(), Iter::Tee { .. }) {
            return Ok(copy_tee(&it));
        }
    }
    Ok(Value::Iter(Rc::new(RefCell::new(Iter::Tee {
        data: TeeData::new(it),
        index: 0,
    }))))
}

/// A new tee iterator at the same place in the same buffer (`tee.__copy__`).
pub(super) fn copy_tee(t: &Value) -> Value {
    match t {
        Value::Iter(cell) => match &*cell.borrow() {
            Iter::Tee { data, index } => Value::Iter(Rc::new(RefCell::new(Iter::Tee {
                data: data.clone(),
                index: *index,
            }))),
            _ => t.clone(),
        },
        _ => t.clone(),
    }
}

/// One step of a tee iterator: the buffered value at its place, reading one more from the
/// underlying iterator when it is the first to get there; None when that iterator is
/// exhausted (the next call asks it again, as CPython does).
pub fn tee_next(vm: &mut Vm, cell: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
    let (mut data, mut index) = match &*cell.borrow() {
        Iter::Tee { data, index } => (data.clone(), *index),
        _ => return Ok(None),
    };
    if index >= LINKCELLS {
        let link = {
            let mut d = data.borrow_mut();
            let it = d.it.clone();
            d.next.get_or_insert_with(|| TeeData::new(it)).clone()
        };
        data = link;
        index = 0;
        *cell.borrow_mut() = Iter::Tee {
            data: data.clone(),
            index,
        };
    }
    let buffered = data.borrow().values.get(index).cloned();
    let value = match buffered {
        Some(v) => v,
        None => {
            let it = {
                let mut d = data.borrow_mut();
                if d.running {
                    drop(d);
                    return Err(vm.err(ExcKind::RuntimeError, "cannot re-enter the tee iterator"));
                }
                d.running = true;
                d.it.clone()
            };
            let r = vm.next(&it);
            drop(it);
            let mut d = data.borrow_mut();
            d.running = false;
            match r? {
                Some(v) => {
                    d.values.push(v.clone());
                    v
                }
                None => return Ok(None),
            }
        }
    };
    if let Iter::Tee { index: i, .. } = &mut *cell.borrow_mut() {
        *i = index + 1;
    }
    Ok(Some(value))
}
