//! The program model: generator functions, helper classes and a driver of top-level statements,
//! valid and terminating by construction (the generator keeps loops and calls bounded).
//!
//! Every generator function is `gN(a)` with an int parameter `a` and a local `x` (the last
//! received value, `None` at first); `gN` only calls `gM` with `M > N`, so calls never recurse.
//! The driver keeps generators in slots `s0..s3`.

use super::config::{Feature, Features};

/// What kind of functions a program's `gN` are (one kind per program).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Flavor {
    /// Generator functions.
    #[default]
    Sync,
    /// Coroutines ([`Feature::AsyncDef`]).
    Coroutine,
    /// Async generators ([`Feature::AsyncGen`]).
    AsyncGen,
}

/// A whole generated program.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Program {
    pub flavor: Flavor,
    /// `sys.set_asyncgen_hooks(...)` before the driver ([`Feature::AsyncgenHooks`]).
    pub hooks: bool,
    /// In a coroutine or async generator program, `with` statements are `async with`
    /// ([`Feature::AsyncWith`]).
    pub async_with: bool,
    /// `g0, g1, …`; `functions[i]` may only call `functions[j]` with `j > i`.
    pub functions: Vec<Function>,
    /// The top-level statements after the definitions.
    pub driver: Vec<Driver>,
    /// An asyncio program ([`Feature::Asyncio`]) instead of functions and a driver.
    pub tasks: Option<super::asyncio::Tasks>,
}

/// A generator function `gN(a)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Function {
    pub body: Vec<Stmt>,
}

/// An expression whose value is an int (or `None` for [`Expr::Recv`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Int(i64),
    /// The parameter `a` (always an int).
    Param,
    /// The last received value `x` (an int or None).
    Recv,
    /// The variable `iD` of the enclosing `for` loop at depth D.
    LoopVar(u8),
    /// `a + K`.
    ParamPlus(i64),
}

impl Expr {
    /// Whether the value is always an int (usable as an argument or in arithmetic).
    pub fn is_int(&self) -> bool {
        !matches!(self, Expr::Recv)
    }
}

/// What `yield from` (or a driving loop) iterates over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `gJ(arg)`.
    Gen { func: usize, arg: Expr },
    /// `[1, 2, ..]`.
    List(Vec<i64>),
    /// `range(n)`.
    Range(u8),
    /// `Count(n, ret)`: `__next__` only; StopIteration carries `ret`.
    Count { n: u8, ret: i64 },
    /// `Proto(n, ret)`: a Count with send/throw/close.
    Proto { n: u8, ret: i64 },
    /// `(repr(v) for v in SOURCE)`.
    Genexp(Box<Source>),
}

impl Source {
    pub fn feature(&self) -> Feature {
        match self {
            Source::Gen { .. } => Feature::YieldFromGen,
            Source::List(_) | Source::Range(_) => Feature::YieldFromSeq,
            Source::Count { .. } => Feature::YieldFromIter,
            Source::Proto { .. } => Feature::YieldFromProto,
            Source::Genexp(_) => Feature::YieldFromGenexp,
        }
    }
}

/// An exception the program raises or throws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exc {
    /// `E0` (a user class deriving from Exception) or `E1` (deriving from E0).
    User(u8),
    Value,
    Key,
    StopIteration(i64),
    GeneratorExit,
}

/// What an `except` clause catches (always bound to `e`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Catch {
    User(u8),
    Value,
    /// `(KeyError, E1)`.
    Tuple,
    StopIteration,
    /// `RuntimeError` (what PEP 479 turns StopIteration into).
    Runtime,
    GeneratorExit,
    Exception,
    BaseException,
}

/// A `raise` statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raise {
    New(Exc),
    /// `raise A from B`.
    From(Exc, Exc),
    /// `raise` inside an except clause.
    Reraise,
}

/// The condition of an `if`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cond {
    RecvIsNone,
    RecvEq(i64),
    ParamGt(i64),
    LoopVarEq(u8, i64),
}

/// A generator using another generator inside a generator body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Use {
    /// `for v in SOURCE: print(LABEL, v)`.
    For(Source),
    /// `print(LABEL, list(SOURCE))`.
    List(Source),
    /// `print(LABEL, next(iter(SOURCE), "end"))`.
    Next(Source),
    /// `print(LABEL, [repr(v) for v in SOURCE])` — a list comprehension.
    Comprehension(Source),
}

/// A statement inside a generator function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stmt {
    /// `print(LABEL, e)`.
    Print(Expr),
    /// `yield e`.
    Yield(Expr),
    /// `x = yield e` then `print(LABEL, "got", x)`.
    YieldRecv(Expr),
    /// `r = yield from SOURCE` then `print(LABEL, "result", r)`.
    YieldFrom(Source),
    Return(Option<Expr>),
    /// `return (e, "pair")` or `return ValueError(e)`: StopIteration wraps a tuple or an
    /// exception instance whole.
    ReturnCompound {
        tuple: bool,
        value: Expr,
    },
    Raise(Raise),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Option<Vec<Stmt>>,
    },
    /// `for iD in range(n):`.
    For {
        depth: u8,
        n: u8,
        body: Vec<Stmt>,
    },
    /// `wD = 0` / `while wD < n: wD += 1; …`.
    While {
        depth: u8,
        n: u8,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    If {
        cond: Cond,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with CM(LABEL, swallow):`.
    With {
        swallow: bool,
        body: Vec<Stmt>,
    },
    Use(Use),
    /// `print(LABEL, next(sN, "done"))`: drive a driver generator, maybe the running one.
    Reenter(u8),
}

/// An `except C as e:` clause; its body starts with a print of `repr(e)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handler {
    pub catch: Catch,
    pub body: Vec<Stmt>,
}

/// How `throw` is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThrowForm {
    /// `s.throw(E)`.
    Type,
    /// `s.throw(E("msg"))`.
    Instance,
    /// `s.throw(E, E("msg"), None)`.
    Triple,
    /// `s.throw(E, "msg")`: the type with a value to build it from.
    Pair,
    /// `s.throw()`: a TypeError about the arguments.
    NoArgs,
    /// `s.throw(E("msg"), 1)`: an instance with a separate value (TypeError).
    InstanceWithValue,
    /// `s.throw(E, None, 1)`: a third argument that is not a traceback (TypeError).
    BadTraceback,
    /// `s.throw(1)`: not an exception (TypeError).
    NotException,
}

impl ThrowForm {
    /// Whether the form is one of the misuses of [`Feature::ThrowMisuse`].
    pub fn is_misuse(self) -> bool {
        !matches!(
            self,
            ThrowForm::Type | ThrowForm::Instance | ThrowForm::Triple
        )
    }
}

/// A generator attribute the driver reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GiAttr {
    Running,
    /// `s.gi_frame is None`.
    FrameIsNone,
    /// `s.gi_code.co_name`.
    CodeName,
    /// `s.gi_yieldfrom` (its repr; addresses are normalised).
    YieldFrom,
    /// `s.__name__`.
    Name,
    /// `s.__qualname__`.
    Qualname,
    /// `repr(s)` (addresses are normalised).
    Repr,
}

/// A name attribute of a generator that the driver assigns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameAttr {
    Name,
    Qualname,
}

/// The container of a [`Driver::Bag`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BagKind {
    List,
    Tuple,
    Dict,
}

/// A top-level statement of the driver.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Driver {
    /// `sN = gJ(arg)`.
    Create { slot: u8, func: usize, arg: i64 },
    /// `sN = (repr(v) for v in gJ(arg))`.
    CreateGenexp { slot: u8, func: usize, arg: i64 },
    /// `next(sN)` or `next(sN, "default")`.
    Next { slot: u8, default: bool },
    /// `sN.send(v)`.
    Send { slot: u8, value: i64 },
    /// `sN.throw(...)`.
    Throw { slot: u8, exc: Exc, form: ThrowForm },
    /// `sN.close()`.
    Close { slot: u8 },
    /// `list(sN)`.
    List { slot: u8 },
    /// `for v in sN:` printing, breaking at `v == break_at`.
    For { slot: u8, break_at: Option<i64> },
    /// `del sN`.
    Del { slot: u8 },
    /// `bag = [sI, sJ, …]` (or a tuple, or a dict by name): one container holding several
    /// generators, released as a whole by a later [`Driver::DelBag`].
    Bag { slots: Vec<u8>, kind: BagKind },
    /// `del sI, sJ, …`.
    DelMany { slots: Vec<u8> },
    /// `del bag`: the container's release finalizes the generators in its deallocator's order.
    DelBag,
    /// `sN.gi_…`.
    Attr { slot: u8, attr: GiAttr },
    /// `inspect.getgeneratorstate(sN)`.
    State { slot: u8 },
    /// `list(gJ(arg))` on a fresh generator.
    Fresh { func: usize, arg: i64 },
    /// `sN, = map(gJ, [arg])`: the generator created by C code calling the function.
    MapCreate { slot: u8, func: usize, arg: i64 },
    /// `sN.__name__ = "nK"` (or `__qualname__`; `value: None` assigns an int: TypeError).
    Rename {
        slot: u8,
        attr: NameAttr,
        value: Option<i64>,
    },
    /// `refs.append(weakref.ref(sN))`: a weak reference that outlives the generator.
    WeakRef { slot: u8 },
    /// `[r() is None for r in refs]`: which generators the weak references saw die.
    RefsDead,
    /// A builtin consuming `sN` (see [`Consumer`]); `fail` is the value the key rejects
    /// or the length `zip` pairs with.
    Consume { slot: u8, how: Consumer, fail: i64 },
}

/// How [`Driver::Consume`] consumes a generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consumer {
    /// `max(sN, key=…)`, the key raising on `fail`.
    MaxKey,
    /// `min(sN, key=…, default=…)`.
    MinKey,
    /// `sorted(sN, key=…)`.
    SortedKey,
    /// `box.extend(sN)`, `box` printed afterwards.
    Extend,
    /// `box += sN`.
    Iadd,
    /// `box.update(enumerate(sN))` on a dict.
    DictUpdate,
    /// `box.update(sN)` on a set.
    SetUpdate,
    /// `dict(zip(sN, sN))`: one generator giving both keys and values.
    DictZip,
    /// `af(*sN, k=next(sN, …))`: the star-args are read before the keyword argument.
    StarArgs,
    /// `list(zip(sN, range(fail), strict=True))`.
    ZipStrict,
}

/// Helper definitions a program needs (rendered only when used).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Helpers {
    pub exceptions: bool,
    pub count: bool,
    pub proto: bool,
    pub cm: bool,
    pub inspect: bool,
    /// `import weakref` and the `refs` list.
    pub weakref: bool,
    /// The key and argument-printing functions of [`Driver::Consume`].
    pub consume: bool,
}

impl Driver {
    /// Whether it renders as an expression statement (whose value the trace records).
    pub fn is_expression(&self) -> bool {
        !matches!(
            self,
            Driver::Create { .. }
                | Driver::CreateGenexp { .. }
                | Driver::MapCreate { .. }
                | Driver::Rename { .. }
                | Driver::For { .. }
                | Driver::Del { .. }
                | Driver::Bag { .. }
                | Driver::DelMany { .. }
                | Driver::DelBag
                | Driver::Consume {
                    how: Consumer::Extend
                        | Consumer::Iadd
                        | Consumer::DictUpdate
                        | Consumer::SetUpdate,
                    ..
                }
        )
    }
}

impl Program {
    /// Which helper definitions the program uses.
    pub fn helpers(&self) -> Helpers {
        let mut h = Helpers::default();
        for f in &self.functions {
            walk(&f.body, &mut |s| stmt_helpers(s, &mut h));
        }
        for d in &self.driver {
            match d {
                Driver::Throw { exc, .. } => exc_helpers(exc, &mut h),
                Driver::State { .. } => h.inspect = true,
                Driver::WeakRef { .. } | Driver::RefsDead => h.weakref = true,
                Driver::Consume { .. } => h.consume = true,
                _ => {}
            }
        }
        h
    }
}

impl Program {
    /// The features the program really uses (a switched-on feature may go unused).
    pub fn features_used(&self) -> Features {
        let mut used = Features::none();
        let mut add = |f: Feature| used = used.with(f);
        match self.flavor {
            Flavor::Sync => {}
            Flavor::Coroutine => add(Feature::AsyncDef),
            Flavor::AsyncGen => add(Feature::AsyncGen),
        }
        if self.hooks {
            add(Feature::AsyncgenHooks);
        }
        if let Some(t) = &self.tasks {
            t.features_used(&mut add);
        }
        let async_with = self.async_with && self.flavor != Flavor::Sync;
        for f in &self.functions {
            walk(&f.body, &mut |s| {
                if async_with && matches!(s, Stmt::With { .. }) {
                    add(Feature::AsyncWith);
                }
                stmt_features(s, &mut add)
            });
        }
        for d in &self.driver {
            match d {
                Driver::CreateGenexp { .. } => add(Feature::Genexp),
                Driver::Send { .. } => add(Feature::Send),
                Driver::Throw { exc, form, .. } => {
                    add(Feature::Throw);
                    if *form == ThrowForm::Triple {
                        add(Feature::ThrowTriple);
                    }
                    if form.is_misuse() {
                        add(Feature::ThrowMisuse);
                    }
                    match exc {
                        Exc::StopIteration(_) => add(Feature::RaiseStopIteration),
                        Exc::GeneratorExit => add(Feature::GeneratorExit),
                        _ => {}
                    }
                }
                Driver::Close { .. } => add(Feature::Close),
                Driver::List { .. } | Driver::Fresh { .. } => add(Feature::ListDrive),
                Driver::For { .. } => add(Feature::ForDrive),
                Driver::Del { .. }
                | Driver::Bag { .. }
                | Driver::DelMany { .. }
                | Driver::DelBag => add(Feature::Del),
                Driver::Attr { .. } => add(Feature::GiAttrs),
                Driver::State { .. } => add(Feature::GetState),
                Driver::MapCreate { .. } => add(Feature::CallFromC),
                Driver::Rename { .. } => add(Feature::Rename),
                Driver::WeakRef { .. } | Driver::RefsDead => add(Feature::WeakRefs),
                Driver::Consume { .. } => add(Feature::Consume),
                Driver::Create { .. } | Driver::Next { .. } => {}
            }
        }
        used
    }
}

fn stmt_features(s: &Stmt, add: &mut dyn FnMut(Feature)) {
    match s {
        Stmt::YieldRecv(_) => add(Feature::YieldExpr),
        Stmt::YieldFrom(src) => source_features(src, add),
        Stmt::Return(_) => add(Feature::Return),
        Stmt::ReturnCompound { .. } => add(Feature::ReturnValues),
        Stmt::Raise(Raise::Reraise) => add(Feature::Raise),
        Stmt::Raise(Raise::New(e)) => exc_features(e, add),
        Stmt::Raise(Raise::From(a, b)) => {
            add(Feature::Raise);
            exc_features(a, add);
            exc_features(b, add);
        }
        Stmt::Try {
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            if !handlers.is_empty() {
                add(Feature::TryExcept);
            }
            for h in handlers {
                match h.catch {
                    Catch::GeneratorExit => add(Feature::GeneratorExit),
                    Catch::StopIteration | Catch::Runtime => add(Feature::RaiseStopIteration),
                    _ => {}
                }
            }
            if !orelse.is_empty() {
                add(Feature::TryElse);
            }
            if finalbody.is_some() {
                add(Feature::TryFinally);
            }
        }
        Stmt::For { .. } | Stmt::While { .. } => add(Feature::Loops),
        Stmt::Break | Stmt::Continue => add(Feature::BreakContinue),
        Stmt::If { .. } => add(Feature::Conditionals),
        Stmt::With { swallow, .. } => {
            add(Feature::With);
            if *swallow {
                add(Feature::SwallowingWith);
            }
        }
        Stmt::Use(Use::For(src) | Use::List(src) | Use::Next(src) | Use::Comprehension(src)) => {
            use_features(src, add)
        }
        Stmt::Reenter(_) => add(Feature::Reentrant),
        Stmt::Print(_) | Stmt::Yield(_) => {}
    }
}

fn source_features(src: &Source, add: &mut dyn FnMut(Feature)) {
    add(src.feature());
    if let Source::Genexp(inner) = src {
        add(Feature::Genexp);
        source_features(inner, add);
    }
}

fn use_features(src: &Source, add: &mut dyn FnMut(Feature)) {
    match src {
        Source::Gen { .. } => add(Feature::Calls),
        Source::Genexp(inner) => {
            add(Feature::Genexp);
            use_features(inner, add);
        }
        _ => {}
    }
}

fn exc_features(e: &Exc, add: &mut dyn FnMut(Feature)) {
    match e {
        Exc::StopIteration(_) => add(Feature::RaiseStopIteration),
        Exc::GeneratorExit => add(Feature::GeneratorExit),
        _ => add(Feature::Raise),
    }
}

/// Call `f` on every statement of `body`, nested ones included.
pub fn walk(body: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in body {
        f(s);
        match s {
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                walk(body, f);
                for h in handlers {
                    walk(&h.body, f);
                }
                walk(orelse, f);
                if let Some(fb) = finalbody {
                    walk(fb, f);
                }
            }
            Stmt::For { body, .. } | Stmt::While { body, .. } | Stmt::With { body, .. } => {
                walk(body, f)
            }
            Stmt::If { then, orelse, .. } => {
                walk(then, f);
                walk(orelse, f);
            }
            _ => {}
        }
    }
}

/// Whether `body` contains a yield (so the function is a generator).
pub fn has_yield(body: &[Stmt]) -> bool {
    let mut found = false;
    walk(body, &mut |s| {
        found |= matches!(s, Stmt::Yield(_) | Stmt::YieldRecv(_) | Stmt::YieldFrom(_));
    });
    found
}

fn stmt_helpers(s: &Stmt, h: &mut Helpers) {
    match s {
        Stmt::YieldFrom(src) => source_helpers(src, h),
        Stmt::Use(Use::For(src) | Use::List(src) | Use::Next(src) | Use::Comprehension(src)) => {
            source_helpers(src, h)
        }
        Stmt::Raise(Raise::New(e)) => exc_helpers(e, h),
        Stmt::Raise(Raise::From(a, b)) => {
            exc_helpers(a, h);
            exc_helpers(b, h);
        }
        Stmt::Try { handlers, .. } => {
            for handler in handlers {
                if matches!(handler.catch, Catch::User(_) | Catch::Tuple) {
                    h.exceptions = true;
                }
            }
        }
        Stmt::With { .. } => h.cm = true,
        _ => {}
    }
}

fn source_helpers(src: &Source, h: &mut Helpers) {
    match src {
        Source::Count { .. } => h.count = true,
        Source::Proto { .. } => {
            h.count = true;
            h.proto = true;
        }
        Source::Genexp(inner) => source_helpers(inner, h),
        _ => {}
    }
}

fn exc_helpers(e: &Exc, h: &mut Helpers) {
    if let Exc::User(_) = e {
        h.exceptions = true;
    }
}
