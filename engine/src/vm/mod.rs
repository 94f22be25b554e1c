//! The virtual machine: frames on the heap, the dispatch loop, exception unwinding and the
//! handled-exception stack (CPython's `exc_info` chain).

mod arith;
mod attr;
mod bind;
mod budget;
mod call;
mod compare;
mod descr;
mod exc;
mod exc_kind;
mod fastcall;
mod globals;
mod iter;
mod keys;
mod meta;
mod numconv;
mod ops;
pub mod origin;
pub mod payload;
mod pycall;
mod release;
pub(crate) mod repr;
mod subscr;

use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::compile::{BinOp, CmpOp, Code, Op, RaiseForm};
use crate::trace::Recorder;
use crate::value::{Class, Fatal, Flow, Globals, NameMap, PyResult, Str, Traceback, Truth, Value};
use crate::EngineConfig;
pub use arith::ZeroDiv;
pub use attr::{forget_methods, MethodSlot};
pub use exc::{Returns, Types};
pub use exc_kind::ExcKind;
pub use globals::GlobalSlot;
pub use repr::str_repr;

/// A try block in a frame: where to jump and how deep the value stack was.
#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

/// One activation of a code object. Generator frames live in their generator.
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    /// The value stack and the fast locals: dropped by `Frame`'s `Drop`, and only when they
    /// have a buffer (a recycled frame's have none, so dropping it runs no glue for them).
    pub stack: ManuallyDrop<Vec<Value>>,
    pub locals: ManuallyDrop<Vec<Value>>,
    /// Dropped by `Frame`'s `Drop` when it has a buffer (most frames have no cells).
    pub cells: ManuallyDrop<Vec<Rc<RefCell<Value>>>>,
    pub blocks: Vec<Block>,
    pub globals: Globals,
    /// Namespace of a class body (LoadName/StoreName).
    pub ns: Option<Rc<RefCell<NameMap>>>,
    pub id: u64,
    /// Before 3.13: the dict `locals()` and `f_locals` return (see
    /// `builtins::frames::frame_locals_dict`), made at the first call.
    pub locals_dict: std::cell::OnceCell<Rc<RefCell<crate::value::Dict>>>,
}

impl Drop for Frame {
    fn drop(&mut self) {
        // A recycled frame holds nothing more.
        if !self.locals.is_empty() || !self.stack.is_empty() {
            self.release_values();
        }
        // An empty vector without a buffer owns nothing: leaving it undropped leaks nothing.
        if self.locals.capacity() != 0 {
            // SAFETY: dropped here only, and the frame is not used after its drop.
            unsafe { ManuallyDrop::drop(&mut self.locals) }
        }
        if self.stack.capacity() != 0 {
            // SAFETY: as above.
            unsafe { ManuallyDrop::drop(&mut self.stack) }
        }
        if self.cells.capacity() != 0 {
            // SAFETY: as above.
            unsafe { ManuallyDrop::drop(&mut self.cells) }
        }
    }
}

impl Frame {
    /// A frame about to run `code` with bound `locals`; `stack` is an empty buffer (see
    /// [`Vm::take_buf`]).
    pub fn new(
        id: u64,
        code: Rc<Code>,
        globals: Globals,
        locals: Vec<Value>,
        stack: Vec<Value>,
    ) -> Frame {
        Frame {
            stack: ManuallyDrop::new(stack),
            pc: 0,
            locals: ManuallyDrop::new(locals),
            cells: ManuallyDrop::new(Vec::new()),
            blocks: Vec::new(),
            globals,
            ns: None,
            code,
            id,
            locals_dict: std::cell::OnceCell::new(),
        }
    }

    /// Release the values the frame holds in CPython's order (see `FrameClear`).
    fn release_values(&mut self) {
        crate::generator::release_frame(&mut self.locals, &mut self.stack);
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    /// Pop a value the caller knows is plain (a small int or bool it just checked or made,
    /// a plain value it tested): forgetting it is its drop, without a call into `Value`'s
    /// drop glue.
    #[inline(always)]
    fn discard_plain(&mut self) {
        let v = self.stack.pop();
        debug_assert!(v.as_ref().is_none_or(Value::is_plain));
        std::mem::forget(v);
    }

    #[inline]
    fn top(&self) -> Value {
        self.stack.last().cloned().unwrap_or_default()
    }

    fn popn(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    /// Is the frame suspended at a `yield from`?
    pub fn at_yield_from(&self) -> bool {
        matches!(self.code.ops.get(self.pc), Some(Op::YieldFrom))
    }
}

/// How a frame left `run_frame`.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// How a frame is (re)entered.
pub enum Resume {
    Start,
    Send(Value),
    Throw(Value),
    /// A delegated `yield from` finished with this value (set by throw()).
    YieldFromDone(Value),
    /// The subiterator of the `yield from` the frame is suspended at raised this exception
    /// (as if the `yield from` instruction itself had failed).
    YieldFromRaised(Value),
}

pub struct Vm {
    pub config: EngineConfig,
    /// What differs in the target version, built once from `config.target`.
    pub rules: crate::Rules,
    /// The current slice of fuel (see `budget`).
    pub fuel: u64,
    budget: budget::Budget,
    pub depth: u32,
    pub globals: Globals,
    pub builtins: Rc<NameMap>,
    pub types: Rc<Types>,
    /// Handled exceptions: one entry for the thread plus one per running generator.
    pub exc_stack: Vec<Option<Value>>,
    pub rec: Recorder,
    pub modules: NameMap,
    /// Methods of built-in types by (class address, name address); see `load_method`.
    pub method_cache: rustc_hash::FxHashMap<(usize, usize), (Str, Value)>,
    /// Classes the engine's Python modules define for CPython's C types (`collections.deque`):
    /// messages name them with their module, as CPython's `tp_name` does.
    pub c_types: Vec<Rc<crate::value::Class>>,
    /// Addresses of containers whose repr is being computed (for `[...]`).
    pub repr_stack: Vec<usize>,
    /// Line of the most recent call (warnings are attributed to it).
    pub current_line: u32,
    /// Line of the most recent call made by the case's own code (not by a module the engine
    /// writes in Python): where a warning with `stacklevel=2` from such a module points.
    pub case_line: u32,
    /// Bumped whenever a global name is added or removed (see `vm::globals`); starts at 1.
    pub globals_epoch: u64,
    /// Empty value buffers of finished frames, reused for the locals and stacks of new ones
    /// (saves an allocation and a free per call).
    bufs: Vec<Vec<Value>>,
    /// Generators entered by a resume of a `yield from` chain (see `generator::chain`).
    pub(crate) yield_chain: Vec<crate::generator::Level>,
    /// Labels of the generators whose frames run, innermost last (recorded only when
    /// control transfers are: `crate::generator::observe`).
    pub(crate) running_labels: Vec<String>,
    /// The `test.support.catch_unraisable_exception()` object in effect, if any.
    pub unraisable_catcher: Option<Value>,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer).
    pub asyncgen_hooks: (Option<Value>, Option<Value>),
    /// The class of `sys.get_asyncgen_hooks()`'s struct sequence, made at its first call.
    pub asyncgen_hooks_class: Option<Rc<crate::value::Class>>,
    /// What the engine's asyncio registered for its native hot paths.
    pub asyncio: crate::builtins::asyncio_native::Natives,
    /// The per-run heap state: finalizer queue, collector garbage, address and frame
    /// counters (see `crate::heap`).
    pub heap: Rc<crate::heap::Heap>,
    /// The reference and the proxy without callback that each object has (CPython hands
    /// them out again), by the object's address.
    pub weakrefs: rustc_hash::FxHashMap<
        (usize, crate::value::WeakKind),
        std::rc::Weak<crate::value::WeakRef>,
    >,
    /// The case's file name (its code objects' `co_filename`).
    pub filename: Str,
    /// The case's source text (quoted where CPython quotes a line of it).
    pub source: Rc<str>,
    /// Coroutine origin tracking and the frames it needs.
    pub origin: origin::Origin,
}

/// `a op b` on the two topmost stack values when both are small ints and `op` an ordering
/// or equality: the result replaces `a` (the caller pops `b`); false when the general path
/// must run.
#[inline]
fn int_cmp(stack: &mut [Value], op: CmpOp) -> bool {
    let [.., a, Value::Int(y)] = stack else {
        return false;
    };
    let Value::Int(x) = *a else {
        return false;
    };
    match compare::int_order(op, x, *y) {
        Some(r) => {
            // `a` is an int: overwriting it releases nothing.
            std::mem::forget(std::mem::replace(a, Value::bool(r)));
            true
        }
        None => false,
    }
}

/// `a op b` on the two topmost stack values in place when both are small ints and the
/// result is one too (add, subtract, multiply, floor division, modulo); false when the general path must run.
#[inline]
fn int_fast(stack: &mut [Value], op: BinOp) -> bool {
    let [.., Value::Int(x), Value::Int(y)] = stack else {
        return false;
    };
    let r = match op {
        BinOp::Add => x.checked_add(*y),
        BinOp::Sub => x.checked_sub(*y),
        BinOp::Mul => x.checked_mul(*y),
        // Floor division and modulo round toward negative infinity (None: zero divisor or
        // overflow, left to the general path).
        BinOp::FloorDiv => x.checked_div(*y).map(|q| {
            if (*x % *y != 0) && ((*x < 0) != (*y < 0)) {
                q - 1
            } else {
                q
            }
        }),
        BinOp::Mod => x.checked_rem(*y).map(|r| {
            if r != 0 && ((r < 0) != (*y < 0)) {
                r + *y
            } else {
                r
            }
        }),
        _ => None,
    };
    match r {
        Some(r) => {
            *x = r;
            true
        }
        None => false,
    }
}

/// The Python function `depth` slots below the top of the stack (a call's callee), if any.
#[inline]
fn func_below(stack: &[Value], depth: usize) -> Option<Rc<crate::value::Function>> {
    match stack.get(stack.len().checked_sub(depth)?) {
        Some(Value::Func(func)) => Some(func.clone()),
        _ => None,
    }
}

/// Outcome of one instruction that does not simply continue.
enum Step {
    Return(Value),
    Yield(Value),
}

impl Vm {
    pub fn new(config: &EngineConfig) -> Vm {
        crate::builtins::unicode_data::set_target(config.target);
        let (types, builtins) = crate::builtins::prelude();
        crate::value::set::set_reuses_dummies(
            crate::Rules::for_target(config.target).set_reuses_dummies,
        );
        let globals: Globals = Rc::new(RefCell::new(crate::value::Dict::new()));
        let (budget, fuel) = budget::Budget::start(config);
        Vm {
            fuel,
            budget,
            config: config.clone(),
            rules: crate::Rules::for_target(config.target),
            depth: 0,
            globals,
            builtins,
            types,
            exc_stack: vec![None],
            rec: Recorder::new(config.limits.output_cap),
            modules: NameMap::default(),
            method_cache: Default::default(),
            c_types: Vec::new(),
            repr_stack: Vec::new(),
            current_line: 0,
            case_line: 0,
            globals_epoch: globals::fresh_epoch(),
            bufs: Vec::new(),
            yield_chain: Vec::new(),
            running_labels: Vec::new(),
            unraisable_catcher: None,
            asyncgen_hooks: (None, None),
            asyncgen_hooks_class: None,
            asyncio: Default::default(),
            heap: crate::heap::Heap::for_rules(&crate::Rules::for_target(config.target)),
            weakrefs: Default::default(),
            filename: Str::from("<case>"),
            source: Rc::from(""),
            origin: origin::Origin::default(),
        }
    }

    #[inline]
    pub fn tick(&mut self) -> PyResult<()> {
        if self.fuel == 0 {
            return self.refuel();
        }
        self.fuel -= 1;
        Ok(())
    }

    pub fn unsupported<T>(&self, what: &str) -> PyResult<T> {
        Err(Self::unsupported_flow(what))
    }

    /// The error of [`Vm::unsupported`] (its location is filled in where it leaves the frame).
    pub fn unsupported_flow(what: &str) -> Flow {
        Flow::Fatal(Box::new(Fatal::Unsupported {
            what: what.to_string(),
            line: 0,
            column: 0,
        }))
    }

    /// What CPython (of the target version) has: see [`crate::cpython_names`].
    pub fn cpython(&self) -> &'static crate::cpython_names::Names {
        crate::cpython_names::of(self.config.target)
    }

    /// The handled exception `sys.exc_info()` would report.
    pub fn topmost_exc(&self) -> Option<Value> {
        self.exc_stack.iter().rev().find_map(|e| e.clone())
    }

    /// An empty value buffer for a frame's locals or stack, reused when one is free.
    #[inline]
    pub(crate) fn take_buf(&mut self) -> Vec<Value> {
        self.bufs.pop().unwrap_or_else(|| Vec::with_capacity(8))
    }

    /// Run a module-level code object (a top-level statement of a case, or of a module the
    /// engine has in Python source) in `globals`, on a fresh frame whose buffers are pooled
    /// after.
    #[inline]
    pub(crate) fn run_module_code(&mut self, code: Rc<Code>, globals: Globals) -> PyResult<Exit> {
        let stack = self.take_buf();
        let mut frame = Frame::new(self.heap.next_frame_id(), code, globals, Vec::new(), stack);
        let r = self.run_frame(&mut frame, Resume::Start);
        self.recycle(&mut frame);
        r
    }

    /// A frame is done: release its values (in the order dropping it would) and keep its
    /// buffers for new frames.
    pub(crate) fn recycle(&mut self, f: &mut Frame) {
        crate::generator::release_frame_in(&self.heap, &mut f.locals, &mut f.stack);
        drop(f.locals_dict.take());
        self.keep_buf(ManuallyDrop::into_inner(std::mem::take(&mut f.stack)));
        self.keep_buf(ManuallyDrop::into_inner(std::mem::take(&mut f.locals)));
    }

    /// Keep an empty buffer for a new frame (a small one, and a bounded number of them).
    #[inline]
    pub(crate) fn keep_buf(&mut self, buf: Vec<Value>) {
        if buf.capacity() != 0 && buf.capacity() <= 64 && self.bufs.len() < 512 {
            self.bufs.push(buf);
        }
    }

    /// Run a frame until it returns, yields or raises.
    pub fn run_frame(&mut self, f: &mut Frame, resume: Resume) -> PyResult<Exit> {
        if self.origin.tracking() {
            return self.run_frame_listed(f, resume);
        }
        self.run_frame_body(f, resume)
    }

    /// `run_frame` while coroutine origins are tracked: the frame is on `self.origin`'s list.
    #[cold]
    #[inline(never)]
    fn run_frame_listed(&mut self, f: &mut Frame, resume: Resume) -> PyResult<Exit> {
        self.origin.enter(&f.code, f.pc);
        let r = self.run_frame_body(f, resume);
        self.origin.leave();
        r
    }

    #[inline(always)]
    fn run_frame_body(&mut self, f: &mut Frame, resume: Resume) -> PyResult<Exit> {
        match resume {
            Resume::Start => {}
            Resume::Send(v) => f.stack.push(v),
            Resume::Throw(e)
                if self.rules.cleanup_throw
                    && f.at_yield_from()
                    && self.is_exc_instance(&e, ExcKind::StopIteration) =>
            {
                // 3.12+ (CLEANUP_THROW): a StopIteration thrown in at a `yield from`, or raised
                // there by the subiterator's throw(), ends the `yield from` with its value.
                self.add_traceback(&e, f);
                let v = self.stop_value(&e);
                drop(e);
                f.pop();
                f.stack.push(v);
                f.pc += 1;
            }
            Resume::Throw(e) => {
                self.add_traceback(&e, f);
                self.handle_exc(f, e)?;
            }
            Resume::YieldFromDone(v) => {
                f.pop();
                f.stack.push(v);
                f.pc += 1;
            }
            Resume::YieldFromRaised(e) => {
                f.pc += 1;
                self.add_traceback(&e, f);
                self.handle_exc(f, e)?;
            }
        }
        loop {
            let op = match f.code.ops.get(f.pc) {
                Some(op) => *op,
                None => return Ok(Exit::Return(Value::None)),
            };
            f.pc += 1;
            if self.step_plain(f, op) {
                continue;
            }
            // Leaving the frame releases nothing (the value moves out), so no finalizer can
            // be due; done here, the value goes out in registers rather than through
            // `step`'s result in memory.
            match op {
                Op::Yield => return Ok(Exit::Yield(f.pop())),
                Op::Return => return Ok(Exit::Return(f.pop())),
                _ => {}
            }
            if self.origin.tracking() {
                self.origin.at(f.pc);
            }
            let r = match op {
                Op::Call(_) | Op::CallMethod(_) => match self.call_simple(f, op) {
                    Some(r) => r.map(|()| None),
                    None => self.step(f, op),
                },
                _ => self.step(f, op),
            };
            if self.heap.has_pending() {
                // A finalizer's warning (a coroutine never awaited) comes from this line.
                self.current_line = self.release_line(f);
                self.run_finalizers()?
            }
            match r {
                Ok(None) => {}
                Ok(Some(Step::Return(v))) => return Ok(Exit::Return(v)),
                Ok(Some(Step::Yield(v))) => return Ok(Exit::Yield(v)),
                Err(Flow::Exc(e)) => {
                    if !matches!(
                        op,
                        Op::Reraise
                            | Op::CleanupReraise
                            | Op::Raise(RaiseForm::Reraise)
                            | Op::EndAsyncFor
                    ) {
                        self.add_traceback(&e, f);
                    }
                    self.handle_exc(f, e)?;
                }
                Err(fatal) => return Err(fatal),
            }
        }
    }

    /// An exception is raised in `f`: jump to the innermost handler (the exception pushed
    /// for it), or pop the frame's stack and let it leave the frame.
    #[inline(never)]
    fn handle_exc(&mut self, f: &mut Frame, exc: Value) -> PyResult<()> {
        match f.blocks.pop() {
            Some(b) => {
                self.note_caught(f, b, &exc);
                f.stack.truncate(b.depth as usize);
                if self.heap.has_pending() {
                    self.run_finalizers()?;
                }
                f.stack.push(exc);
                f.pc = b.handler as usize;
                Ok(())
            }
            None => {
                // No handler: like CPython, pop the value stack before the frame exits
                // (values dropped here are finalized while the frame is still the running
                // one); only the locals stay alive with the traceback.
                f.stack.clear();
                if self.rules.inlined_comprehensions
                    && f.code.kind == crate::compile::CodeKind::Comprehension
                {
                    // PEP 709: no frame of its own for the traceback to keep.
                    f.locals.clear();
                }
                if self.heap.has_pending() {
                    self.run_finalizers()?;
                }
                self.keep_frame_alive(&exc, f);
                Err(Flow::Exc(exc))
            }
        }
    }

    fn add_traceback(&mut self, exc: &Value, f: &Frame) {
        if let Some(data) = exc.exc() {
            let mut d = data.borrow_mut();
            let next = d.traceback.take();
            d.traceback = Some(Rc::new(Traceback {
                lineno: f.line(),
                next,
                keep: RefCell::new(Vec::new()),
                frame_id: f.id,
                code: f.code.clone(),
            }));
        }
    }

    /// A handler of `f` catches `exc`: CPython <= 3.11 stores the traceback the raise carried on
    /// the exception (`PyException_SetTraceback` in the eval loop's exception unwinding).
    /// 3.9 and 3.10 run except and finally bodies under an `EXCEPT_HANDLER` block, which is
    /// unwound without that; 3.11's cleanup handler catches like any other.
    fn note_caught(&self, f: &Frame, b: Block, exc: &Value) {
        if !self.rules.handler_stores_traceback {
            return;
        }
        let cleanup = matches!(f.code.ops.get(b.handler as usize), Some(Op::CleanupReraise));
        if cleanup && !self.rules.cleanup_handler_stores_traceback {
            return;
        }
        if let Some(d) = exc.exc() {
            let mut d = d.borrow_mut();
            d.caught_tb = d.traceback.clone();
        }
    }

    /// `_PyErr_ChainStackItem` on CPython 3.9-3.11 (an exception thrown into a generator that
    /// is handling one): it re-raises the exception with the traceback stored on it, dropping
    /// the one the raise carried, and with it the frames it passed through since it was last
    /// caught (e.g. a subgenerator's that it ended), whose values are released at once.
    pub fn drop_pending_traceback(&self, exc: &Value) {
        if !self.rules.chain_stack_item_drops_traceback {
            return;
        }
        if let Some(d) = exc.exc() {
            let old = {
                let mut d = d.borrow_mut();
                let stored = d.caught_tb.clone();
                std::mem::replace(&mut d.traceback, stored)
            };
            drop(old);
        }
    }

    /// The exception leaves `f`: its traceback keeps the frame's values alive, as CPython's
    /// traceback keeps the frame object.
    /// The locals `keep_frame_alive` gave the traceback of `exc` for the frame numbered
    /// `frame_id` (a copy: a generator's frame object shares them with the traceback).
    pub(crate) fn kept_locals(exc: &Value, frame_id: u64) -> Option<Vec<Value>> {
        let mut cur = exc.exc().and_then(|d| d.borrow().traceback.clone());
        while let Some(t) = cur {
            if t.frame_id == frame_id {
                return Some(t.keep.borrow().clone());
            }
            cur = t.next.clone();
        }
        None
    }

    fn keep_frame_alive(&mut self, exc: &Value, f: &mut Frame) {
        let tb = exc.exc().and_then(|d| d.borrow().traceback.clone());
        let mut cur = tb;
        while let Some(t) = cur {
            if t.frame_id == f.id {
                let mut keep = t.keep.borrow_mut();
                keep.append(&mut f.locals);
                return;
            }
            cur = t.next.clone();
        }
    }

    /// The hottest instructions when they neither fail nor release anything but plain values
    /// (so no finalizer can become due): done here, without the error and finalizer checks of
    /// the general loop. False (nothing done) when the general path must run the instruction.
    #[inline(always)]
    fn step_plain(&mut self, f: &mut Frame, op: Op) -> bool {
        match op {
            Op::LoadFast(i) => match f.locals.get(i as usize) {
                Some(v) if !matches!(v, Value::Undef) => {
                    let v = v.clone_fast();
                    f.stack.push(v);
                    true
                }
                _ => false,
            },
            Op::StoreFast(i) => {
                let Some(slot) = f.locals.get_mut(i as usize) else {
                    return false;
                };
                if !slot.is_plain() {
                    return false;
                }
                // The old value is plain: overwriting it releases nothing. A small int is
                // rebuilt from its payload rather than moved as 16 bytes: it was usually
                // stored just before (a sum, a sent or iterated value) as separate words,
                // which one 16-byte load cannot take from the store buffer.
                if let Some(&Value::Int(n)) = f.stack.last() {
                    std::mem::forget(std::mem::replace(slot, Value::Int(n)));
                    f.discard_plain();
                    return true;
                }
                match f.stack.pop() {
                    Some(v) => {
                        std::mem::forget(std::mem::replace(slot, v));
                        true
                    }
                    None => false,
                }
            }
            Op::Const(i) => match f.code.consts.get(i as usize) {
                Some(v) => {
                    let v = v.clone_fast();
                    f.stack.push(v);
                    true
                }
                None => false,
            },
            Op::LoadNone => {
                f.stack.push(Value::None);
                true
            }
            Op::LoadGlobal(i) => match self.load_global(f, i) {
                Some(v) => {
                    f.stack.push(v);
                    true
                }
                None => false,
            },
            Op::LoadDeref(i) => {
                let v = match f.cells.get(i as usize) {
                    Some(c) => match c.try_borrow() {
                        Ok(v) if !matches!(*v, Value::Undef) => v.clone_fast(),
                        _ => return false,
                    },
                    None => return false,
                };
                f.stack.push(v);
                true
            }
            Op::Pop if f.stack.last().is_some_and(Value::is_plain) => {
                f.discard_plain();
                true
            }
            Op::Dup => match f.stack.last() {
                Some(v) => {
                    let v = v.clone_fast();
                    f.stack.push(v);
                    true
                }
                None => false,
            },
            Op::Jump(t) if (t as usize) >= f.pc => {
                f.pc = t as usize;
                true
            }
            Op::Jump(t) if self.fuel > 0 => {
                self.fuel -= 1;
                f.pc = t as usize;
                true
            }
            Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
                let yes = match f.stack.last() {
                    Some(Value::Bool(b)) => b.get(),
                    Some(Value::Int(i)) => *i != 0,
                    Some(Value::None) => false,
                    _ => return false,
                };
                // A plain value: popping it releases nothing.
                f.discard_plain();
                if yes == matches!(op, Op::JumpIfTrue(_)) {
                    f.pc = t as usize;
                }
                true
            }
            Op::Bin(op) | Op::InBin(op) if int_fast(&mut f.stack, op) => {
                f.discard_plain();
                true
            }
            Op::Cmp(op) if int_cmp(&mut f.stack, op) => {
                f.discard_plain();
                true
            }
            Op::CmpJumpIfFalse(op, t) if int_cmp(&mut f.stack, op) => {
                f.discard_plain();
                // int_cmp left a bool: popping it releases nothing.
                let go = matches!(f.stack.last(), Some(Value::Bool(Truth::FALSE)));
                f.discard_plain();
                if go {
                    f.pc = t as usize;
                } else {
                    f.pc += 1;
                }
                true
            }
            Op::LoadFast2(p) => match (f.locals.get(p.first()), f.locals.get(p.second())) {
                (Some(x), Some(y)) if !matches!(x, Value::Undef) && !matches!(y, Value::Undef) => {
                    let (x, y) = (x.clone_fast(), y.clone_fast());
                    f.stack.push(x);
                    f.stack.push(y);
                    f.pc += 1;
                    true
                }
                _ => false,
            },
            Op::LoadFastMethod(p) => match f.locals.get(p.first()) {
                Some(v) if !matches!(v, Value::Undef) => {
                    match attr::cached_method(&f.code, p.second() as u32, Some(v)) {
                        Some(m) => {
                            let v = v.clone_fast();
                            f.stack.push(m);
                            f.stack.push(v);
                            f.pc += 1;
                        }
                        // Only the load: the `LoadMethod` after it runs next.
                        None => {
                            let v = v.clone_fast();
                            f.stack.push(v);
                        }
                    }
                    true
                }
                _ => false,
            },
            Op::LoadAttr(i) => self.load_shared_instance_attr(f, i),
            Op::ForIter(_) if self.fuel > 0 => match iter::fast_next(f.stack.last()) {
                Some(v) => {
                    self.fuel -= 1;
                    f.stack.push(v);
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Raise `exc` as a new exception (context chaining as `_PyErr_SetObject`).
    pub fn set_context(&self, exc: &Value) {
        let top = match self.topmost_exc() {
            Some(t) => t,
            None => return,
        };
        if top.is(exc) {
            return;
        }
        // Break a cycle if exc is already in top's context chain.
        let mut o = top.clone();
        loop {
            let ctx = o.exc().and_then(|d| d.borrow().context.clone());
            match ctx {
                Some(c) => {
                    if c.is(exc) {
                        if let Some(d) = o.exc() {
                            d.borrow_mut().context = None;
                        }
                        break;
                    }
                    o = c;
                }
                None => break,
            }
        }
        if let Some(d) = exc.exc() {
            d.borrow_mut().context = Some(top);
        }
    }

    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        crate::builtins::import(self, name)
    }

    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        self.types.class_of(v)
    }
}

impl Vm {
    /// The line a finalizer's warning (a coroutine never awaited) is attributed to when `f`
    /// released the object. CPython reports the line of the innermost Python frame; a frame
    /// of a module the engine writes in Python that stands for CPython's C code (asyncio's
    /// task step) names that line in the module's `_REPORT_LINE`: the line of the stdlib frame
    /// running there in CPython of the target version (events.py's `Handle._run`), or 0 for
    /// the case's line that called into the module.
    fn release_line(&self, f: &Frame) -> u32 {
        if Rc::ptr_eq(&f.globals, &self.globals) {
            return f.line();
        }
        match f.globals.borrow().get_name("_REPORT_LINE") {
            Some(Value::Int(0)) => self.case_line,
            Some(Value::Int(n)) => u32::try_from(*n).unwrap_or_else(|_| f.line()),
            _ => f.line(),
        }
    }
}
