//! Calls: Python functions (frames; the binding is in `bind`), builtins, bound methods,
//! classes (instantiation), class creation (`class` statements) and `super()`.

use std::cell::RefCell;
use std::rc::Rc;

use super::bind::simple_binding;
use super::{Exit, Frame, Resume, Vm};
use crate::compile::{CodeKind, Prologue};
use crate::generator::Generator;
use crate::heap::Tracked;
use crate::value::{
    Args, BuiltinFn, BuiltinKind, Class, Ctor, Flow, Function, Instance, NameMap, PyResult, Str,
    Super, TypeId, Value,
};
use crate::vm::ExcKind;

impl Vm {
    pub fn call(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        match func {
            Value::Func(f) => self.call_function(f, None, args),
            Value::Method(m) => {
                let m = m.clone();
                match &m.func {
                    Value::Func(f) => self.call_function(f, Some(m.self_.clone()), args),
                    other => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(m.self_.clone());
                        pos.extend(args.pos);
                        self.call(other, Args { pos, kw: args.kw })
                    }
                }
            }
            Value::Builtin(b) => {
                let b = b.clone();
                match b.kind {
                    BuiltinKind::Func(fp) => fp(self, args),
                    BuiltinKind::Method(mp) => match &b.recv {
                        Some(r) => mp(self, r, args),
                        None => {
                            let mut args = args;
                            if args.pos.is_empty() {
                                return Err(self.type_error(format!(
                                    "unbound method {}() needs an argument",
                                    b.name
                                )));
                            }
                            let recv = args.pos.remove(0);
                            let recv = super::payload::payload_of(&recv).unwrap_or(recv);
                            mp(self, &recv, args)
                        }
                    },
                }
            }
            Value::Class(c) => {
                let c = c.clone();
                self.instantiate(&c, args)
            }
            Value::Instance(_) => match self.lookup_special(func, "__call__") {
                Some(m) => self.call(&m, args),
                None => Err(self.not_callable(func)),
            },
            Value::WeakRef(w) => match w.kind {
                crate::value::WeakKind::Ref => {
                    if !args.pos.is_empty() || !args.kw.is_empty() {
                        return self.unsupported("calling a weak reference with arguments");
                    }
                    Ok(w.target.get().unwrap_or(Value::None))
                }
                crate::value::WeakKind::Proxy => {
                    let target = self.proxy_target(w)?;
                    self.call(&target, args)
                }
            },
            _ => Err(self.not_callable(func)),
        }
    }

    fn not_callable(&self, v: &Value) -> Flow {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Call `a` (an unbound method found by LoadMethod) with `b` as its first argument.
    pub(super) fn call_method_form(
        &mut self,
        a: &Value,
        b: Value,
        args: &mut Vec<Value>,
    ) -> PyResult<Value> {
        match a {
            Value::Func(f) => {
                let f = f.clone();
                self.call_function(&f, Some(b), Args::new(std::mem::take(args)))
            }
            Value::Builtin(bf) if bf.recv.is_none() => match bf.kind {
                BuiltinKind::Method(mp) => {
                    let b = super::payload::payload_of(&b).unwrap_or(b);
                    mp(self, &b, Args::new(std::mem::take(args)))
                }
                BuiltinKind::Func(fp) => {
                    let mut pos = vec![b];
                    pos.append(args);
                    fp(self, Args::new(pos))
                }
            },
            other => {
                let mut pos = vec![b];
                pos.append(args);
                self.call(other, Args::new(pos))
            }
        }
    }

    /// Call a Python function: bind arguments, then run its frame (or make a generator).
    pub fn call_function(
        &mut self,
        f: &Rc<Function>,
        self_: Option<Value>,
        args: Args,
    ) -> PyResult<Value> {
        self.tick()?;
        let given = args.pos.len() + usize::from(self_.is_some());
        let locals = if args.kw.is_empty() && simple_binding(f, given) {
            let size = f.code.nlocals.max(f.code.argcount);
            let locals = match self_ {
                // The positional arguments' vector becomes the locals when it has room.
                None if args.pos.capacity() >= size => args.pos,
                _ => {
                    let mut locals = self.take_buf();
                    locals.reserve(size);
                    locals.extend(self_);
                    locals.extend(args.pos);
                    locals
                }
            };
            self.finish_simple_binding(f, locals)
        } else if let Some(slots) = super::bind::keyword_slots(f, given, &args.kw) {
            self.bind_keywords(f, self_, args, &slots)
        } else {
            self.bind_args(f, self_, args)?
        };
        self.enter_function(f, locals)
    }

    /// Call a Python function with the `n` topmost values of `stack` as its positional
    /// arguments (after `self_`), binding them straight into the new frame when the signature
    /// allows it; otherwise as [`Vm::call_function`].
    pub(super) fn call_function_from_stack(
        &mut self,
        f: &Rc<Function>,
        self_: Option<Value>,
        stack: &mut Vec<Value>,
        n: usize,
    ) -> PyResult<Value> {
        let code = &f.code;
        let given = n + usize::from(self_.is_some());
        let at = stack.len() - n;
        if !simple_binding(f, given) {
            let args = stack.split_off(at);
            return self.call_function(f, self_, Args::new(args));
        }
        self.tick()?;
        let mut locals = self.take_buf();
        locals.reserve(code.nlocals.max(code.argcount));
        if let Some(s) = self_ {
            locals.push(s);
        }
        for v in &mut stack[at..] {
            locals.push(std::mem::take(v));
        }
        // What is left above `at` is `Undef` (nothing to drop).
        stack.truncate(at);
        let locals = self.finish_simple_binding(f, locals);
        self.enter_function(f, locals)
    }

    /// Start a call of `f` with bound `locals`: make its generator or run its frame.
    fn enter_function(&mut self, f: &Rc<Function>, mut locals: Vec<Value>) -> PyResult<Value> {
        let code = &f.code;
        if let Some(native) = code.native.get() {
            if let Some(r) = native(self, &mut locals) {
                // The arguments go as a returning frame's locals go.
                crate::generator::release_frame_in(&self.heap, &mut locals, &mut Vec::new());
                self.keep_buf(locals);
                return r;
            }
        }
        if code.is_generator {
            return self.make_generator(f, locals);
        }
        let stack = self.take_buf();
        let id = self.heap.next_frame_id();
        let mut frame = Frame::new(id, code.clone(), f.globals.clone(), locals, stack);
        self.make_cells(f, &mut frame);
        self.run_call_frame(&mut frame)
    }

    /// The cells of a new frame of `f`: its own (parameters among them get their values) and
    /// its closure's.
    #[inline(never)]
    pub(super) fn make_cells(&mut self, f: &Function, frame: &mut Frame) {
        let code = &f.code;
        if !code.cellvars.is_empty() || !f.closure.is_empty() {
            *frame.cells = code
                .cellvars
                .iter()
                .map(|_| {
                    let cell = Rc::new(RefCell::new(Value::Undef));
                    self.heap.track(Tracked::Cell(Rc::downgrade(&cell)));
                    cell
                })
                .chain(f.closure.iter().cloned())
                .collect();
            for &(ci, slot) in &code.cell_params {
                let v = std::mem::take(&mut frame.locals[slot as usize]);
                *frame.cells[ci as usize].borrow_mut() = v;
            }
        }
    }

    /// The generator (coroutine, async generator) a call of `f` makes: its frame is made on
    /// the heap where it stays.
    pub(super) fn make_generator(
        &mut self,
        f: &Rc<Function>,
        locals: Vec<Value>,
    ) -> PyResult<Value> {
        let code = &f.code;
        let stack = self.take_buf();
        let id = self.heap.next_frame_id();
        let mut frame = Box::new(Frame::new(
            id,
            code.clone(),
            f.globals.clone(),
            locals,
            stack,
        ));
        self.make_cells(f, &mut frame);
        match code.prologue {
            Prologue::None => {}
            Prologue::Iter => {
                let it = self.iter(&frame.locals[0])?;
                frame.stack.push(it);
            }
            Prologue::AIter => {
                let it = self.get_aiter(frame.locals[0].clone())?;
                frame.stack.push(it);
            }
        }
        let mut g = Generator::new(frame, f);
        if code.gen_kind.get() == crate::compile::GenKind::Coroutine && self.origin.depth != 0 {
            g.origin = Some(self.coroutine_origin()?);
        }
        let g = Rc::new(g);
        self.heap.track(Tracked::Generator(Rc::downgrade(&g)));
        Ok(Value::Generator(g))
    }

    pub(crate) fn enter_frame(&mut self) -> PyResult<()> {
        if !self.depth_allows_frame() {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    /// Is there room for one more frame below the recursion limit?
    #[inline]
    pub(crate) fn depth_allows_frame(&self) -> bool {
        self.depth
            < self
                .config
                .recursion_limit
                .saturating_sub(self.config.host_frames)
    }

    pub(super) fn run_call_frame(&mut self, frame: &mut Frame) -> PyResult<Value> {
        self.enter_frame()?;
        let r = self.run_frame(frame, Resume::Start);
        self.depth -= 1;
        self.recycle(frame);
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v) => Ok(v),
        }
    }

    /// `cls(*args)`.
    pub fn instantiate(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if let Some(meta) = &cls.meta {
            // A metaclass `__call__` (type's calls `type_call`, which is what follows).
            if let Some(call @ Value::Func(_)) = meta.lookup("__call__") {
                let pos = [vec![Value::Class(cls.clone())], args.pos].concat();
                return self.call(&call, Args { pos, kw: args.kw });
            }
        }
        self.type_call(cls, args)
    }

    /// `type.__call__(cls, *args)`: `__new__`, then `__init__`.
    pub(crate) fn type_call(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if Vm::is_metaclass(cls) {
            return self.call_metaclass(cls, args);
        }
        if cls.meta.is_some() && !cls.base_type.has_payload() && !cls.is_exception() {
            // An abstract class cannot be made (object_new's check, after its excess-argument
            // check when neither __init__ nor __new__ is overridden).
            let plain = !matches!(cls.lookup("__init__"), Some(Value::Func(_)))
                && !matches!(cls.lookup("__new__"), Some(Value::Func(_)));
            if plain && (!args.pos.is_empty() || !args.kw.is_empty()) {
                return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
            }
            if !matches!(cls.lookup("__new__"), Some(Value::Func(_))) {
                self.check_abstract(cls)?;
            }
        }
        if cls.builtin && cls.base_type != TypeId::BaseException && cls.base_type != TypeId::Object
        {
            return crate::builtins::construct(self, cls, args);
        }
        if cls.builtin
            && cls.base_type == TypeId::Object
            && (!args.pos.is_empty() || !args.kw.is_empty())
        {
            return Err(self.type_error("object() takes no arguments"));
        }
        if !cls.builtin && !cls.is_exception() && !cls.base_type.has_payload() {
            // The common class: no Python `__new__`, and an `__init__` found through the
            // type attribute cache.
            match cls.ctor() {
                Ctor::Init(init) => {
                    let inst = self.new_instance(cls);
                    let r = self.call_function(&init, Some(inst.clone()), args)?;
                    if !r.is_none() {
                        return Err(self.type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                    return Ok(inst);
                }
                Ctor::BuiltinInit => {
                    let inst = self.new_instance(cls);
                    if !args.pos.is_empty() || !args.kw.is_empty() {
                        return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
                    }
                    return Ok(inst);
                }
                Ctor::Other => {}
            }
        }
        let user_new = match cls.lookup("__new__") {
            Some(f @ Value::Func(_)) => Some(f),
            _ => None,
        };
        if user_new.is_none() && cls.base_type.has_payload() {
            return self.payload_instantiate(cls, args);
        }
        let inst = if let Some(new) = user_new {
            // A user __new__ (an implicit staticmethod): __init__ runs only on an instance
            // of the class.
            let pos = [vec![Value::Class(cls.clone())], args.pos.clone()].concat();
            let inst = self.call(
                &new,
                Args {
                    pos,
                    kw: args.kw.clone(),
                },
            )?;
            if !self.is_instance_of(&inst, cls) {
                return Ok(inst);
            }
            inst
        } else if cls.is_exception() {
            let e = if cls.is_subclass_of(self.types.exc(ExcKind::OSError)) {
                let user_init = matches!(cls.lookup("__init__"), Some(Value::Func(_)));
                self.new_os_error(cls, args.pos.clone(), user_init)?
            } else {
                self.new_exception(cls, args.pos.clone())
            };
            // StopIteration.value is set by StopIteration.__init__, which a user __init__
            // may not call.
            if let (Some(Value::Func(_)), Some(d)) = (cls.lookup("__init__"), e.exc()) {
                if d.borrow().value.is_some() {
                    d.borrow_mut().value = Some(Value::None);
                }
            }
            e
        } else {
            self.new_instance(cls)
        };
        match cls.lookup("__init__") {
            Some(Value::Func(init)) => {
                let r = self.call_function(&init, Some(inst.clone()), args)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            Some(other) if !cls.is_exception() => {
                if let Value::Builtin(_) = other {
                    if (!args.pos.is_empty() || !args.kw.is_empty())
                        && !matches!(cls.lookup("__new__"), Some(Value::Func(_)))
                    {
                        return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
                    }
                } else {
                    self.call(
                        &other,
                        Args {
                            pos: [vec![inst.clone()], args.pos].concat(),
                            kw: args.kw,
                        },
                    )?;
                }
            }
            _ => {
                if cls.is_exception() && !args.kw.is_empty() {
                    return Err(
                        self.type_error(format!("{}() takes no keyword arguments", cls.name))
                    );
                }
            }
        }
        Ok(inst)
    }

    /// A new plain instance of `cls` (tracked for the cycle collector).
    fn new_instance(&mut self, cls: &Rc<Class>) -> Value {
        let inst = Rc::new(Instance::new(cls.clone(), NameMap::default(), None));
        self.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
        Value::Instance(inst)
    }

    pub(super) fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        mut kw: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let explicit_meta = kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kw.remove(i).1);
        let name: Str = match name {
            Value::Str(s) => s,
            _ => Str::from("?"),
        };
        let func = match body {
            Value::Func(f) => f,
            _ => return self.unsupported("class body"),
        };
        let (bases, orig_bases) = self.update_bases(bases)?;
        let meta = self.statement_meta(explicit_meta, &bases)?;
        let (base_classes, mro) = match &meta {
            // The metaclass makes the class from the bases as they are.
            Some(_) => (Vec::new(), Vec::new()),
            None => self.class_bases(bases.clone())?,
        };
        // Run the body in a fresh namespace.
        let ns = Rc::new(RefCell::new(NameMap::default()));
        let code = func.code.clone();
        let stack = self.take_buf();
        let id = self.heap.next_frame_id();
        let mut frame = Frame::new(id, code.clone(), func.globals.clone(), Vec::new(), stack);
        frame.ns = Some(ns.clone());
        *frame.cells = code
            .cellvars
            .iter()
            .map(|_| Rc::new(RefCell::new(Value::Undef)))
            .chain(func.closure.iter().cloned())
            .collect();
        let cell = self.run_call_frame(&mut frame)?;
        drop(frame);
        let mut dict = std::mem::take(&mut *ns.borrow_mut());
        if let Some(orig) = orig_bases {
            dict.insert(Str::from("__orig_bases__"), orig);
        }
        if let Some(meta) = meta {
            let made = self.build_class_with_meta(&meta, name, bases, dict, kw)?;
            if let Value::Cell(c) = cell {
                *c.borrow_mut() = made.clone();
            }
            return Ok(made);
        }
        let cls = self.make_class(name, base_classes, mro, dict, None)?;
        if let Value::Cell(c) = cell {
            *c.borrow_mut() = Value::Class(cls.clone());
        }
        self.finish_class(&cls, kw)?;
        let _ = CodeKind::Class;
        Ok(Value::Class(cls))
    }

    /// PEP 560's `update_bases`: a base that is not a class and has `__mro_entries__` is
    /// replaced by what that returns (given the original bases); the original bases when any
    /// was replaced (the new class's `__orig_bases__`).
    fn update_bases(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        if !self.rules.class_getitem || bases.iter().all(|b| matches!(b, Value::Class(_))) {
            return Ok((bases, None));
        }
        let orig = Value::tuple(bases.clone());
        let mut out = Vec::new();
        let mut changed = false;
        for b in bases {
            if matches!(b, Value::Class(_)) {
                out.push(b);
                continue;
            }
            let meth = match self.getattr(&b, "__mro_entries__") {
                Ok(m) => m,
                Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::AttributeError) => {
                    out.push(b);
                    continue;
                }
                Err(f) => return Err(f),
            };
            let entries = self.call(&meth, Args::new(vec![orig.clone()]))?;
            let Value::Tuple(t) = entries else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(t.iter().cloned());
            changed = true;
        }
        Ok((out, changed.then_some(orig)))
    }

    /// The bases of a new class (object when there are none) and its MRO without itself.
    pub(crate) fn class_bases(&mut self, bases: Vec<Value>) -> PyResult<(Classes, Classes)> {
        let mut base_classes = Vec::new();
        for b in bases {
            match b {
                Value::Class(c) => {
                    if c.builtin
                        && !matches!(
                            c.base_type,
                            TypeId::Object | TypeId::BaseException | TypeId::Type
                        )
                        && !c.base_type.has_payload()
                    {
                        return self.unsupported(&format!("subclassing built-in type {}", c.name));
                    }
                    base_classes.push(c)
                }
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(&other)
                    )))
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        let mro = self.c3_mro(&base_classes)?;
        Ok((base_classes, mro))
    }

    /// type_new: the class `name` with these bases and namespace (before `__set_name__` and
    /// `__init_subclass__`, which [`Vm::finish_class`] runs).
    pub(crate) fn make_class(
        &mut self,
        name: Str,
        base_classes: Vec<Rc<Class>>,
        mro: Vec<Rc<Class>>,
        mut dict: NameMap,
        meta: Option<Rc<Class>>,
    ) -> PyResult<Rc<Class>> {
        let base_type = if mro.iter().any(|c| c.is_exception()) {
            TypeId::BaseException
        } else if mro.iter().any(|c| c.base_type == TypeId::Type) {
            // A metaclass: its instances are classes.
            TypeId::Type
        } else {
            mro.iter()
                .map(|c| c.base_type)
                .find(|t| t.has_payload())
                .unwrap_or(TypeId::Object)
        };
        let qualname = match dict.shift_remove("__qualname__") {
            Some(Value::Str(s)) => s,
            _ => name.clone(),
        };
        let module = match dict.get("__module__") {
            Some(Value::Str(s)) => s.clone(),
            _ => Str::from("__main__"),
        };
        // The engine's collections.abc defines `Buffer.__buffer__` (abstract, never called).
        if &*module != "collections.abc" {
            for k in dict.keys() {
                self.check_special(k)?;
            }
        }
        let new_layout = self.new_layout(&name, &base_classes, &mro, &dict)?;
        // As type_new: after the namespace and the layout's descriptors, `__doc__` is always
        // in the class's dict (None without a docstring), and a class defining __eq__ but not
        // __hash__ is unhashable.
        let mut late = Vec::new();
        if !dict.contains_key("__doc__") {
            late.push((Str::from("__doc__"), Value::None));
        }
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            late.push((Str::from("__hash__"), Value::None));
        }
        let attr_hooks = ["__setattr__", "__delattr__"]
            .iter()
            .any(|h| dict.contains_key(*h))
            || mro.iter().any(|c| c.attr_hooks);
        let cls = Class {
            name,
            qualname: RefCell::new(qualname),
            module,
            bases: base_classes,
            mro,
            dict: RefCell::new(std::mem::take(&mut dict)),
            base_type,
            builtin: false,
            attr_hooks,
            layout: new_layout.layout.clone(),
            cache: Default::default(),
            meta,
        }
        .into_rc();
        self.add_layout_descriptors(&cls, &new_layout)?;
        cls.dict_mut().extend(late);
        self.heap.track(Tracked::Class(Rc::downgrade(&cls)));
        Ok(cls)
    }

    /// A class attribute named like one of CPython's special methods the engine does not
    /// consult is unsupported.
    pub(crate) fn check_special(&self, name: &str) -> PyResult<()> {
        if crate::cpython_names::ignored_special(self.cpython(), name) {
            return self.unsupported(&format!("special method {name} on a class"));
        }
        Ok(())
    }

    /// C3 linearisation of the bases (without the new class itself).
    fn c3_mro(&self, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
        let mut seqs: Vec<Vec<Rc<Class>>> = bases
            .iter()
            .map(|b| {
                let mut v = vec![b.clone()];
                v.extend(b.mro.iter().cloned());
                v
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Rc<Class>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = &s[0];
                let in_tail = seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)));
                if !in_tail {
                    found = Some(cand.clone());
                    break;
                }
            }
            let c = match found {
                Some(c) => c,
                None => {
                    return Err(
                        self.type_error("Cannot create a consistent method resolution order (MRO)")
                    )
                }
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    pub(super) fn make_super(&mut self, sup: Value, cls: Value, obj: Value) -> PyResult<Value> {
        let is_builtin_super = matches!(&sup, Value::Class(c) if Rc::ptr_eq(c, &self.types.super_));
        if !is_builtin_super {
            return self.call(&sup, Args::default());
        }
        let cls = match cls {
            Value::Class(c) => c,
            _ => return Err(self.err(ExcKind::RuntimeError, "super(): empty __class__ cell")),
        };
        if let Value::None | Value::Undef = obj {
            return Err(self.err(ExcKind::RuntimeError, "super(): no arguments"));
        }
        self.new_super(cls, obj)
    }

    /// `super(cls, obj)`: `obj` must be an instance of `cls` or a subclass of it (CPython's
    /// `supercheck`), e.g. not the iterator a generator expression's zero-argument
    /// `super()` finds as its first local.
    pub(crate) fn new_super(&mut self, cls: Rc<Class>, obj: Value) -> PyResult<Value> {
        let ok = match &obj {
            Value::Class(c) => c.is_subclass_of(&cls) || self.is_instance_of(&obj, &cls),
            other => self.is_instance_of(other, &cls),
        };
        if !ok {
            let msg = if self.rules.super_check_names_object {
                let what = match &obj {
                    Value::Class(c) => format!("type {}", c.name),
                    other => format!("instance of {}", self.type_name(other)),
                };
                format!(
                    "super(type, obj): obj ({what}) is not an instance or subtype of type ({}).",
                    cls.name
                )
            } else {
                "super(type, obj): obj must be an instance or subtype of type".to_string()
            };
            return Err(self.type_error(msg));
        }
        Ok(Value::Super(Rc::new(Super { class: cls, obj })))
    }

    /// Attribute lookup through `super()`.
    pub(super) fn super_getattr(&mut self, s: &Super, name: &str) -> PyResult<Value> {
        // CPython calls `attr.__get__(obj, starttype)`, with no instance when the super
        // object is bound to a class.
        let (start_cls, bind_to) = match &s.obj {
            // supercheck: a class that is a subclass of the super's class is the start (a
            // class bound through its metaclass is an instance: `super()` in a metaclass).
            Value::Class(c) if c.is_subclass_of(&s.class) => (c.clone(), None),
            other => (self.class_of(other), Some(other.clone())),
        };
        let mut chain = vec![start_cls.clone()];
        chain.extend(start_cls.mro.iter().cloned());
        let pos = chain.iter().position(|c| Rc::ptr_eq(c, &s.class));
        if let Some(p) = pos {
            for c in &chain[p + 1..] {
                if c.builtin && c.base_type.has_payload() {
                    if name == "__new__" {
                        if let Some(v) = self.payload_class_attr(c, name) {
                            return Ok(v);
                        }
                    }
                    if let Some(v) = bind_to
                        .as_ref()
                        .and_then(|o| self.payload_attr(o, name, true))
                    {
                        return Ok(v);
                    }
                }
                let found = c.dict.borrow().get(name).cloned();
                if let Some(v) = found {
                    return self.descr_get(v, bind_to.as_ref(), &start_cls);
                }
            }
        }
        Err(self.err(
            ExcKind::AttributeError,
            format!("'super' object has no attribute '{name}'"),
        ))
    }

    /// Bind a class attribute to an instance (functions become methods).
    pub fn bind(&self, v: Value, obj: &Value) -> Value {
        match v {
            Value::Func(_) => Value::Method(Rc::new(crate::value::Method {
                self_: obj.clone(),
                func: v,
            })),
            Value::Builtin(b) if b.recv.is_none() => {
                if let BuiltinKind::Method(_) = b.kind {
                    Value::Builtin(Rc::new(BuiltinFn {
                        name: b.name,
                        recv: Some(obj.clone()),
                        kind: b.kind,
                    }))
                } else {
                    Value::Builtin(b)
                }
            }
            other => other,
        }
    }
}

/// Classes in order (bases, an MRO).
type Classes = Vec<Rc<Class>>;
