//! Rendering a [`Program`] to Python source in the case format: a `# case:` / `# tags:` header,
//! the helper classes it uses, the generator functions, then the driver. Every interesting point
//! prints a unique label (`g1.4`), so the trace shows where each event came from.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::sync::LazyLock;

use super::config::GenConfig;
use super::program::*;
use crate::statements::Span;

// The helpers are kept short: compiling them is a large part of CPython's cost per program.
const HELPER_EXCEPTIONS: &str = "\
class E0(Exception): pass
class E1(E0): pass
";

const HELPER_COUNT: &str = "\
class Count:
    def __init__(self, n, ret):
        self.i, self.n, self.ret = 0, n, ret
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.ret)
        print(\"Count next\", self.i)
        return self.i * 10
";

const HELPER_PROTO: &str = "\
class Proto(Count):
    def send(self, v):
        print(\"Proto send\", v)
        return self.__next__()
    def throw(self, typ, val=None, tb=None):
        print(\"Proto throw\", repr(typ), repr(val))
        if self.i % 2 == 0:
            return self.__next__()
        raise typ if val is None else val
    def close(self):
        print(\"Proto close\", self.i)
";

const HELPER_CM: &str = "\
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        print(self.label, \"enter\")
    def __exit__(self, typ, val, tb):
        print(self.label, \"exit\", typ and typ.__name__)
        return self.swallow
";

const HELPER_CONSUME: &str = "\
def kf(v, fail):
    print(\"key\", repr(v))
    if v == fail:
        raise ValueError(\"key fails\")
    return repr(v)
def af(*args, **kw):
    print(\"args\", args, kw)
";

// Coroutine programs: `yield` becomes an await of `sus(v)` (a types.coroutine generator) or
// of `Sus(v)` (an __await__ class), `yield from SOURCE` an await of `Aw(SOURCE)`.
const HELPER_CORO: &str = "\
import types
@types.coroutine
def sus(v):
    return (yield v)
class Sus:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)
class Aw:
    def __init__(self, it):
        self.it = it
    def __await__(self):
        return iter(self.it)
";

// Async generator programs: `AIt` makes a sync iterable async, `drive` runs an async
// generator to its end by hand (its own yields end each __anext__ step).
const HELPER_AGEN: &str = "\
class AIt:
    def __init__(self, it):
        self.it = iter(it)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration
def drive(ag):
    out = []
    while True:
        try:
            ag.__anext__().send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            return out
";

const HELPER_ACM: &str = "\
class ACM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    async def __aenter__(self):
        print(self.label, \"aenter\")
    async def __aexit__(self, typ, val, tb):
        print(self.label, \"aexit\", typ and typ.__name__)
        return self.swallow
";

const HELPER_HOOKS: &str = "\
import sys
def firstiter(ag):
    print(\"firstiter\", ag.__qualname__)
def finalizer(ag):
    print(\"finalizer\", ag.__qualname__)
    try:
        ag.aclose().send(None)
    except StopIteration:
        pass
sys.set_asyncgen_hooks(firstiter, finalizer)
";

/// The header lines of a rendered case.
#[derive(Clone, Debug)]
pub struct Header {
    /// The `# case:` line's text.
    pub description: String,
    /// Tags for the `# tags:` line.
    pub tags: BTreeSet<&'static str>,
}

impl Header {
    /// A header naming where the program came from, tagged by the features switched on.
    pub fn for_config(description: String, config: &GenConfig) -> Header {
        let mut tags: BTreeSet<&'static str> = config.features.iter().map(|f| f.tag()).collect();
        tags.insert("generator");
        Header { description, tags }
    }
}

/// Render a program as a case file.
pub fn render(program: &Program, header: &Header) -> String {
    render_with_statements(program, header).0
}

/// Render a program as a case file, with the spans of its top-level statements (exactly what
/// [`crate::statements::spans`] finds in the text, without parsing it again).
pub fn render_with_statements(program: &Program, header: &Header) -> (String, Vec<Span>) {
    let mut r = Renderer {
        flavor: program.flavor,
        async_with: program.async_with && program.flavor != Flavor::Sync,
        ..Renderer::default()
    };
    let _ = writeln!(r.out, "# case: {}", header.description);
    let tags: Vec<&str> = header.tags.iter().copied().collect();
    let _ = writeln!(r.out, "# tags: {}", tags.join(" "));
    if let Some(tasks) = &program.tasks {
        for (i, (text, expr)) in super::asyncio::render(tasks).into_iter().enumerate() {
            if i > 0 {
                r.out.push('\n');
            }
            r.top(expr, |r| r.out.push_str(&text));
        }
        return (r.out, r.spans);
    }
    let helpers = program.helpers();
    if helpers.inspect {
        r.top(false, |r| r.out.push_str("import inspect\n"));
    }
    if helpers.weakref {
        r.top(false, |r| r.out.push_str("import weakref\n"));
        r.top(false, |r| r.out.push_str("refs = []\n"));
    }
    let async_cm = helpers.cm && r.async_with;
    for (used, text, spans) in [
        (helpers.exceptions, HELPER_EXCEPTIONS, &HELPER_SPANS[0]),
        (helpers.count, HELPER_COUNT, &HELPER_SPANS[1]),
        (helpers.proto, HELPER_PROTO, &HELPER_SPANS[2]),
        (helpers.consume, HELPER_CONSUME, &HELPER_SPANS[4]),
        (helpers.cm && !async_cm, HELPER_CM, &HELPER_SPANS[3]),
        (
            program.flavor == Flavor::Coroutine,
            HELPER_CORO,
            &HELPER_SPANS[5],
        ),
        (
            program.flavor == Flavor::AsyncGen,
            HELPER_AGEN,
            &HELPER_SPANS[6],
        ),
        (async_cm, HELPER_ACM, &HELPER_SPANS[7]),
        (program.hooks, HELPER_HOOKS, &HELPER_SPANS[8]),
    ] {
        if used {
            r.out.push('\n');
            r.helper(text, spans);
        }
    }
    for (i, f) in program.functions.iter().enumerate() {
        r.out.push('\n');
        r.top(false, |r| r.function(i, f));
    }
    r.out.push('\n');
    for (i, d) in program.driver.iter().enumerate() {
        r.top(d.is_expression(), |r| r.driver(i, d));
    }
    (r.out, r.spans)
}

/// The statements of each helper text, relative to its start.
static HELPER_SPANS: LazyLock<[Vec<Span>; 9]> = LazyLock::new(|| {
    [
        HELPER_EXCEPTIONS,
        HELPER_COUNT,
        HELPER_PROTO,
        HELPER_CM,
        HELPER_CONSUME,
        HELPER_CORO,
        HELPER_AGEN,
        HELPER_ACM,
        HELPER_HOOKS,
    ]
    .map(|text| crate::statements::spans(text).expect("the helpers are valid Python"))
});

#[derive(Default)]
struct Renderer {
    out: String,
    flavor: Flavor,
    /// `with` renders as `async with ACM(...)`.
    async_with: bool,
    func: usize,
    label: usize,
    /// Top-level statements so far, and the line of `out`'s end (counted up to `counted`).
    spans: Vec<Span>,
    line: u32,
    counted: usize,
}

impl Renderer {
    /// The 1-based line where the next character of `out` goes.
    fn current_line(&mut self) -> u32 {
        let fresh = &self.out.as_bytes()[self.counted..];
        self.line += fresh.iter().filter(|&&b| b == b'\n').count() as u32;
        self.counted = self.out.len();
        self.line + 1
    }

    /// Render one top-level statement (starting at column 0, ending with a newline) and record it.
    fn top(&mut self, expr: bool, render: impl FnOnce(&mut Self)) {
        let line = self.current_line();
        let start = self.out.len();
        render(self);
        self.spans.push(Span {
            line,
            col: 0,
            start: start as u32,
            end: self.out.trim_end_matches('\n').len() as u32,
            expr,
            future: false,
        });
    }

    /// Append a helper text, recording its statements from their precomputed spans.
    fn helper(&mut self, text: &str, spans: &[Span]) {
        let line = self.current_line() - 1;
        let base = self.out.len() as u32;
        self.out.push_str(text);
        self.spans.extend(spans.iter().map(|s| Span {
            line: s.line + line,
            start: s.start + base,
            end: s.end + base,
            ..s.clone()
        }));
    }

    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn label(&mut self) -> String {
        self.label += 1;
        format!("\"g{}.{}\"", self.func, self.label)
    }

    fn function(&mut self, index: usize, f: &Function) {
        self.func = index;
        self.label = 0;
        let prefix = if self.flavor == Flavor::Sync {
            ""
        } else {
            "async "
        };
        self.line(0, &format!("{prefix}def g{index}(a):"));
        self.line(1, "x = None");
        self.line(1, &format!("print(\"g{index} start\", a)"));
        self.block(1, &f.body);
    }

    fn block(&mut self, indent: usize, body: &[Stmt]) {
        if body.is_empty() {
            self.line(indent, "pass");
        }
        for s in body {
            self.stmt(indent, s);
        }
    }

    fn stmt(&mut self, ind: usize, s: &Stmt) {
        match s {
            Stmt::Print(e) => {
                let l = self.label();
                self.line(ind, &format!("print({l}, {})", expr(e)));
            }
            Stmt::Yield(e) if self.flavor == Flavor::Coroutine => {
                self.line(ind, &format!("await sus({})", expr(e)))
            }
            Stmt::Yield(e) => self.line(ind, &format!("yield {}", expr(e))),
            Stmt::YieldRecv(e) => {
                let l = self.label();
                let y = if self.flavor == Flavor::Coroutine {
                    "await Sus"
                } else {
                    "yield "
                };
                self.line(ind, &format!("x = {y}({})", expr(e)));
                self.line(ind, &format!("print({l}, \"got\", x)"));
            }
            Stmt::YieldFrom(src) => {
                let l = self.label();
                match (self.flavor, src) {
                    (Flavor::Sync, _) => {
                        self.line(ind, &format!("r = yield from {}", self.source(src)))
                    }
                    (Flavor::Coroutine, Source::Gen { func, arg }) => {
                        self.line(ind, &format!("r = await g{func}({})", expr(arg)))
                    }
                    (Flavor::Coroutine, _) => {
                        self.line(ind, &format!("r = await Aw({})", self.source(src)))
                    }
                    (Flavor::AsyncGen, _) => {
                        let it = match src {
                            Source::Gen { func, arg } => format!("g{func}({})", expr(arg)),
                            _ => format!("AIt({})", self.source(src)),
                        };
                        self.line(ind, "r = None");
                        self.line(ind, &format!("async for r in {it}:"));
                        self.line(ind + 1, "yield r");
                    }
                }
                self.line(ind, &format!("print({l}, \"result\", r)"));
            }
            Stmt::Return(None) => self.line(ind, "return"),
            // An async generator cannot return a value (a SyntaxError).
            Stmt::Return(Some(_)) | Stmt::ReturnCompound { .. }
                if self.flavor == Flavor::AsyncGen =>
            {
                self.line(ind, "return")
            }
            Stmt::Return(Some(e)) => self.line(ind, &format!("return {}", expr(e))),
            Stmt::ReturnCompound { tuple: true, value } => {
                self.line(ind, &format!("return ({}, \"pair\")", expr(value)))
            }
            Stmt::ReturnCompound {
                tuple: false,
                value,
            } => self.line(ind, &format!("return ValueError({})", expr(value))),
            Stmt::Raise(r) => {
                let l = self.label();
                let text = match r {
                    Raise::New(e) => format!("raise {}", exc_value(e, &l)),
                    Raise::From(a, b) => {
                        format!("raise {} from {}", exc_value(a, &l), exc_value(b, &l))
                    }
                    Raise::Reraise => "raise".to_string(),
                };
                self.line(ind, &text);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.line(ind, "try:");
                self.block(ind + 1, body);
                for h in handlers {
                    let l = self.label();
                    self.line(ind, &format!("except {} as e:", catch(&h.catch)));
                    self.line(ind + 1, &format!("print({l}, \"caught\", repr(e))"));
                    for s in &h.body {
                        self.stmt(ind + 1, s);
                    }
                }
                if !orelse.is_empty() {
                    let l = self.label();
                    self.line(ind, "else:");
                    self.line(ind + 1, &format!("print({l}, \"else\")"));
                    for s in orelse {
                        self.stmt(ind + 1, s);
                    }
                }
                if let Some(fb) = finalbody {
                    let l = self.label();
                    self.line(ind, "finally:");
                    self.line(ind + 1, &format!("print({l}, \"finally\")"));
                    for s in fb {
                        self.stmt(ind + 1, s);
                    }
                }
            }
            Stmt::For { depth, n, body } => {
                self.line(ind, &format!("for i{depth} in range({n}):"));
                self.block(ind + 1, body);
            }
            Stmt::While { depth, n, body } => {
                self.line(ind, &format!("w{depth} = 0"));
                self.line(ind, &format!("while w{depth} < {n}:"));
                self.line(ind + 1, &format!("w{depth} += 1"));
                for s in body {
                    self.stmt(ind + 1, s);
                }
            }
            Stmt::Break => self.line(ind, "break"),
            Stmt::Continue => self.line(ind, "continue"),
            Stmt::If { cond, then, orelse } => {
                self.line(ind, &format!("if {}:", condition(cond)));
                self.block(ind + 1, then);
                if !orelse.is_empty() {
                    self.line(ind, "else:");
                    self.block(ind + 1, orelse);
                }
            }
            Stmt::With { swallow, body } => {
                let l = self.label();
                let sw = if *swallow { "True" } else { "False" };
                if self.async_with {
                    self.line(ind, &format!("async with ACM({l}, {sw}):"));
                } else {
                    self.line(ind, &format!("with CM({l}, {sw}):"));
                }
                self.block(ind + 1, body);
            }
            Stmt::Use(u) => {
                let l = self.label();
                if self.flavor == Flavor::AsyncGen {
                    if let Use::For(Source::Gen { func, arg })
                    | Use::List(Source::Gen { func, arg })
                    | Use::Next(Source::Gen { func, arg })
                    | Use::Comprehension(Source::Gen { func, arg }) = u
                    {
                        // Async generators use each other asynchronously.
                        let call = format!("g{func}({})", expr(arg));
                        match u {
                            Use::For(_) => {
                                self.line(ind, &format!("async for v in {call}:"));
                                self.line(ind + 1, &format!("print({l}, v)"));
                            }
                            Use::List(_) => {
                                self.line(ind, &format!("print({l}, [v async for v in {call}])"))
                            }
                            Use::Next(_) => {
                                self.line(ind, &format!("print({l}, await {call}.__anext__())"))
                            }
                            Use::Comprehension(_) => self
                                .line(ind, &format!("print({l}, [repr(v) async for v in {call}])")),
                        }
                        return;
                    }
                }
                match u {
                    Use::For(src) => {
                        self.line(ind, &format!("for v in {}:", self.source(src)));
                        self.line(ind + 1, &format!("print({l}, v)"));
                    }
                    Use::List(src) => {
                        self.line(ind, &format!("print({l}, list({}))", self.source(src)))
                    }
                    Use::Next(src) => self.line(
                        ind,
                        &format!("print({l}, next(iter({}), \"end\"))", self.source(src)),
                    ),
                    Use::Comprehension(src) => self.line(
                        ind,
                        &format!("print({l}, [repr(v) for v in {}])", self.source(src)),
                    ),
                }
            }
            Stmt::Reenter(slot) => {
                let l = self.label();
                let step = match self.flavor {
                    Flavor::Sync => format!("next(s{slot}, \"done\")"),
                    Flavor::Coroutine => format!("s{slot}.send(None)"),
                    Flavor::AsyncGen => format!("s{slot}.__anext__().send(None)"),
                };
                self.line(ind, &format!("print({l}, {step})"));
            }
        }
    }

    fn driver(&mut self, index: usize, d: &Driver) {
        let msg = format!("\"d{index}\"");
        if self.flavor != Flavor::Sync {
            if let Driver::For { slot, break_at } = d {
                let it = match self.flavor {
                    Flavor::Coroutine => format!("s{slot}.__await__()"),
                    _ => format!("drive(s{slot})"),
                };
                self.line(0, &format!("for v in {it}:"));
                self.line(1, &format!("print({msg}, v)"));
                if let Some(k) = break_at {
                    self.line(1, &format!("if v == {k}:"));
                    self.line(2, "break");
                }
                return;
            }
            if let Some(text) = self.async_driver(index, d) {
                self.line(0, &text);
                return;
            }
        }
        let text = match d {
            Driver::Create { slot, func, arg } => format!("s{slot} = g{func}({arg})"),
            Driver::CreateGenexp { slot, func, arg } => {
                format!("s{slot} = (repr(v) for v in g{func}({arg}))")
            }
            Driver::Next {
                slot,
                default: false,
            } => format!("next(s{slot})"),
            Driver::Next {
                slot,
                default: true,
            } => format!("next(s{slot}, \"default\")"),
            Driver::Send { slot, value } => format!("s{slot}.send({value})"),
            Driver::Throw { slot, exc, form } => match form {
                ThrowForm::Type => format!("s{slot}.throw({})", exc_type(exc)),
                ThrowForm::Instance => format!("s{slot}.throw({})", exc_value(exc, &msg)),
                ThrowForm::Triple => format!(
                    "s{slot}.throw({}, {}, None)",
                    exc_type(exc),
                    exc_value(exc, &msg)
                ),
                ThrowForm::Pair => format!("s{slot}.throw({}, {msg})", exc_type(exc)),
                ThrowForm::NoArgs => format!("s{slot}.throw()"),
                ThrowForm::InstanceWithValue => {
                    format!("s{slot}.throw({}, 1)", exc_value(exc, &msg))
                }
                ThrowForm::BadTraceback => format!("s{slot}.throw({}, None, 1)", exc_type(exc)),
                ThrowForm::NotException => format!("s{slot}.throw(1)"),
            },
            Driver::MapCreate { slot, func, arg } => format!("s{slot}, = map(g{func}, [{arg}])"),
            Driver::Rename { slot, attr, value } => {
                let name = match attr {
                    NameAttr::Name => "__name__",
                    NameAttr::Qualname => "__qualname__",
                };
                match value {
                    Some(k) => format!("s{slot}.{name} = \"n{k}\""),
                    None => format!("s{slot}.{name} = {index}"),
                }
            }
            Driver::WeakRef { slot } => format!("refs.append(weakref.ref(s{slot}))"),
            Driver::RefsDead => "[r() is None for r in refs]".into(),
            Driver::Close { slot } => format!("s{slot}.close()"),
            Driver::Consume { slot, how, fail } => {
                let key = format!("key=lambda v: kf(v, {fail})");
                let expr = match how {
                    Consumer::MaxKey => Some(format!("max(s{slot}, {key})")),
                    Consumer::MinKey => Some(format!("min(s{slot}, {key}, default=\"empty\")")),
                    Consumer::SortedKey => Some(format!("sorted(s{slot}, {key})")),
                    Consumer::DictZip => Some(format!("dict(zip(s{slot}, s{slot}))")),
                    Consumer::StarArgs => Some(format!("af(*s{slot}, k=next(s{slot}, \"none\"))")),
                    Consumer::ZipStrict => {
                        Some(format!("list(zip(s{slot}, range({fail}), strict=True))"))
                    }
                    _ => None,
                };
                if let Some(text) = expr {
                    self.line(0, &text);
                    return;
                }
                let (init, op, shown) = match how {
                    Consumer::Extend => ("[0]", format!("box.extend(s{slot})"), "box"),
                    Consumer::Iadd => ("[0]", format!("box += s{slot}"), "box"),
                    Consumer::DictUpdate => {
                        ("{}", format!("box.update(enumerate(s{slot}))"), "box")
                    }
                    _ => (
                        "set()",
                        format!("box.update(s{slot})"),
                        "sorted(map(repr, box))",
                    ),
                };
                self.line(0, "try:");
                self.line(1, &format!("box = {init}"));
                self.line(1, &op);
                self.line(0, "finally:");
                self.line(1, &format!("print({msg}, {shown})"));
                return;
            }
            Driver::List { slot } => format!("list(s{slot})"),
            Driver::For { slot, break_at } => {
                self.line(0, &format!("for v in s{slot}:"));
                self.line(1, &format!("print({msg}, v)"));
                if let Some(k) = break_at {
                    self.line(1, &format!("if v == {k}:"));
                    self.line(2, "break");
                }
                return;
            }
            Driver::Del { slot } => format!("del s{slot}"),
            Driver::Bag { slots, kind } => match kind {
                BagKind::List => format!("bag = [{}]", slot_list(slots, "s{}")),
                BagKind::Tuple => format!("bag = ({},)", slot_list(slots, "s{}")),
                BagKind::Dict => format!("bag = {{{}}}", slot_list(slots, "\"s{}\": s{}")),
            },
            Driver::DelMany { slots } => format!("del {}", slot_list(slots, "s{}")),
            Driver::DelBag => "del bag".into(),
            Driver::Attr { slot, attr } => match attr {
                GiAttr::Running => format!("s{slot}.gi_running"),
                GiAttr::FrameIsNone => format!("s{slot}.gi_frame is None"),
                GiAttr::CodeName => format!("s{slot}.gi_code.co_name"),
                GiAttr::YieldFrom => format!("s{slot}.gi_yieldfrom"),
                GiAttr::Name => format!("s{slot}.__name__"),
                GiAttr::Qualname => format!("s{slot}.__qualname__"),
                GiAttr::Repr => format!("repr(s{slot})"),
            },
            Driver::State { slot } => format!("inspect.getgeneratorstate(s{slot})"),
            Driver::Fresh { func, arg } => format!("list(g{func}({arg}))"),
        };
        self.line(0, &text);
    }
}

/// `pattern` (each `{}` standing for the slot number) for every slot, comma-separated.
fn slot_list(slots: &[u8], pattern: &str) -> String {
    slots
        .iter()
        .map(|s| pattern.replace("{}", &s.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn expr(e: &Expr) -> String {
    match e {
        Expr::Int(k) => k.to_string(),
        Expr::Param => "a".into(),
        Expr::Recv => "x".into(),
        Expr::LoopVar(d) => format!("i{d}"),
        Expr::ParamPlus(k) => format!("a + {k}"),
    }
}

impl Renderer {
    /// What iterates over `s` synchronously: a coroutine through its `__await__()` wrapper, an
    /// async generator through `drive` (the list of what it yields).
    fn source(&self, s: &Source) -> String {
        match s {
            Source::Gen { func, arg } => match self.flavor {
                Flavor::Sync => format!("g{func}({})", expr(arg)),
                Flavor::Coroutine => format!("g{func}({}).__await__()", expr(arg)),
                Flavor::AsyncGen => format!("drive(g{func}({}))", expr(arg)),
            },
            Source::Genexp(inner) => format!("(repr(v) for v in {})", self.source(inner)),
            other => source(other),
        }
    }

    /// A driver statement of a coroutine or async generator program, where it differs from
    /// the generator program's.
    fn async_driver(&self, index: usize, d: &Driver) -> Option<String> {
        let msg = format!("\"d{index}\"");
        let coro = self.flavor == Flavor::Coroutine;
        Some(match d {
            Driver::CreateGenexp { slot, func, arg } if coro => {
                format!("s{slot} = (repr(v) for v in g{func}({arg}).__await__())")
            }
            Driver::CreateGenexp { slot, func, arg } => {
                format!("s{slot} = (repr(v) async for v in g{func}({arg}))")
            }
            Driver::Next { slot, default } => match (coro, default) {
                (true, false) => format!("s{slot}.send(None)"),
                (true, true) => format!("next(s{slot}.__await__(), \"default\")"),
                (false, false) => format!("s{slot}.__anext__().send(None)"),
                (false, true) => format!("s{slot}.asend(None).send(None)"),
            },
            Driver::Send { slot, value } if !coro => format!("s{slot}.asend({value}).send(None)"),
            Driver::Throw { slot, exc, form } if !coro => {
                let args = match form {
                    ThrowForm::Type => exc_type(exc),
                    ThrowForm::Instance => exc_value(exc, &msg),
                    ThrowForm::Triple => {
                        format!("{}, {}, None", exc_type(exc), exc_value(exc, &msg))
                    }
                    ThrowForm::Pair => format!("{}, {msg}", exc_type(exc)),
                    ThrowForm::NoArgs => String::new(),
                    ThrowForm::InstanceWithValue => format!("{}, 1", exc_value(exc, &msg)),
                    ThrowForm::BadTraceback => format!("{}, None, 1", exc_type(exc)),
                    ThrowForm::NotException => "1".into(),
                };
                format!("s{slot}.athrow({args}).send(None)")
            }
            Driver::Close { slot } if !coro => format!("s{slot}.aclose().send(None)"),
            Driver::List { slot } if coro => format!("list(s{slot}.__await__())"),
            Driver::List { slot } => format!("drive(s{slot})"),
            Driver::Fresh { func, arg } if coro => format!("list(g{func}({arg}).__await__())"),
            Driver::Fresh { func, arg } => format!("drive(g{func}({arg}))"),
            Driver::Attr { slot, attr } => {
                let p = if coro { "cr" } else { "ag" };
                match attr {
                    GiAttr::Running => format!("s{slot}.{p}_running"),
                    GiAttr::FrameIsNone => format!("s{slot}.{p}_frame is None"),
                    GiAttr::CodeName => format!("s{slot}.{p}_code.co_name"),
                    GiAttr::YieldFrom => format!("s{slot}.{p}_await"),
                    _ => return None,
                }
            }
            Driver::State { slot } if coro => format!("inspect.getcoroutinestate(s{slot})"),
            // inspect.getasyncgenstate is 3.12+ only.
            Driver::State { slot } => format!("s{slot}.ag_running"),
            _ => return None,
        })
    }
}

fn source(s: &Source) -> String {
    match s {
        Source::Gen { func, arg } => format!("g{func}({})", expr(arg)),
        Source::List(items) => {
            let items: Vec<String> = items.iter().map(i64::to_string).collect();
            format!("[{}]", items.join(", "))
        }
        Source::Range(n) => format!("range({n})"),
        Source::Count { n, ret } => format!("Count({n}, {ret})"),
        Source::Proto { n, ret } => format!("Proto({n}, {ret})"),
        Source::Genexp(inner) => format!("(repr(v) for v in {})", source(inner)),
    }
}

fn condition(c: &Cond) -> String {
    match c {
        Cond::RecvIsNone => "x is None".into(),
        Cond::RecvEq(k) => format!("x == {k}"),
        Cond::ParamGt(k) => format!("a > {k}"),
        Cond::LoopVarEq(d, k) => format!("i{d} == {k}"),
    }
}

fn exc_type(e: &Exc) -> String {
    match e {
        Exc::User(k) => format!("E{k}"),
        Exc::Value => "ValueError".into(),
        Exc::Key => "KeyError".into(),
        Exc::StopIteration(_) => "StopIteration".into(),
        Exc::GeneratorExit => "GeneratorExit".into(),
    }
}

fn exc_value(e: &Exc, label: &str) -> String {
    match e {
        Exc::StopIteration(k) => format!("StopIteration({k})"),
        Exc::GeneratorExit => "GeneratorExit()".into(),
        other => format!("{}({label})", exc_type(other)),
    }
}

fn catch(c: &Catch) -> String {
    match c {
        Catch::User(k) => format!("E{k}"),
        Catch::Value => "ValueError".into(),
        Catch::Tuple => "(KeyError, E1)".into(),
        Catch::StopIteration => "StopIteration".into(),
        Catch::Runtime => "RuntimeError".into(),
        Catch::GeneratorExit => "GeneratorExit".into(),
        Catch::Exception => "Exception".into(),
        Catch::BaseException => "BaseException".into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::fuzz::{generate_from, program_bytes, to_case};

    #[test]
    fn recorded_statements_are_what_the_parser_finds() {
        for index in 0..300 {
            let generated = generate_from(&program_bytes(7, index));
            let case = to_case(&generated, "fuzz.py", "test".into());
            assert_eq!(
                case.statements,
                crate::statements::spans(&case.source),
                "program {index}:\n{}",
                case.source
            );
        }
    }
}
