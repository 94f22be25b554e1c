//! Compiler from ruff's AST to the engine's bytecode: one `Code` per function, class body,
//! comprehension and top-level statement.

mod expr;
pub mod literal_warnings;
mod op;
mod pattern;
pub mod pep765;
mod stmt;
pub mod symtable;

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextSize};

use crate::value::{Str, Value};
use crate::Rules;
use symtable::{NameScope, ScopeInfo, ScopeKind};

pub use op::{BinOp, CmpOp, Conversion, FormatFlags, FunctionFlags, Op, Pair, RaiseForm, UnOp};

/// The kind of object calling a generator-like code object makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// A generator whose code `types.coroutine` marked (`CO_ITERABLE_COROUTINE`): still a
    /// generator, but `await` accepts it.
    IterableCoroutine,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
    GenExpr,
}

/// What a call of a generator's code does in its frame before it makes the generator
/// (CPython: the instructions before `RETURN_GENERATOR`). 3.15's generator expressions are
/// passed their first iterable as `.0` and take its iterator there (`GET_ITER` /
/// `GET_AITER`), so its error is the call's and the iterator waits on the frame's stack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prologue {
    #[default]
    None,
    Iter,
    AIter,
}

/// A compiled code object.
pub struct Code {
    pub name: Str,
    pub qualname: Str,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: Vec<Str>,
    pub varnames: Vec<Str>,
    pub nlocals: usize,
    pub cellvars: Vec<Str>,
    pub freevars: Vec<Str>,
    /// (cell index, local slot) for parameters that are captured.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
    pub is_generator: bool,
    /// What a call makes when `is_generator` (`types.coroutine` marks a generator function's
    /// code in place, as CPython replaces its `__code__` by one with `CO_ITERABLE_COROUTINE`).
    pub gen_kind: std::cell::Cell<GenKind>,
    /// What a call does before it makes the generator.
    pub prologue: Prologue,
    pub firstlineno: u32,
    /// A function's docstring (its `__doc__`).
    pub doc: Option<Str>,
    /// Per entry of `names`: where `LoadGlobal`/`LoadName` last found it (see `vm::globals`).
    pub global_cache: Box<[std::cell::Cell<crate::vm::GlobalSlot>]>,
    /// Per entry of `names`: the index in an instance's dict where `LoadAttr`/`StoreAttr`
    /// last found it (a hint, checked against the key there; see `vm::ops`).
    pub attr_cache: Box<[std::cell::Cell<u32>]>,
    /// Per entry of `names`: the builtin method `LoadMethod` last found for a receiver of a
    /// built-in type, with that receiver's variant (see `vm::attr`).
    pub method_cache: Box<[crate::vm::MethodSlot]>,
    /// A native body standing in for this code (hot functions of a module the engine writes
    /// in Python, asyncio.py's): set by that module's native setup, tried before a frame is
    /// made (see [`NativeBody`]).
    pub native: std::cell::Cell<Option<NativeBody>>,
    /// For a `__del__`: a native check that the call has nothing to do for this instance
    /// (then the instance is released without being resurrected for it).
    pub del_idle: std::cell::Cell<Option<DelIdle>>,
}

/// A native check that a `__del__` has nothing to do for an instance.
pub type DelIdle = fn(&crate::value::Instance) -> bool;

/// A native body of a Python function: given its bound arguments (the frame's locals, in
/// order), the call's outcome, or None when the function's own code must run (a case the
/// native does not cover; it has changed nothing then).
pub type NativeBody = fn(&mut crate::vm::Vm, &mut [Value]) -> Option<crate::value::PyResult<Value>>;

impl Code {
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines
            .get(pc)
            .or(self.lines.last())
            .copied()
            .unwrap_or(self.firstlineno)
    }
}

/// A top-level statement ready to run.
pub struct TopStatement {
    pub line: u32,
    pub source: String,
    pub code: Rc<Code>,
}

/// Why compiling failed.
pub enum CompileError {
    Unsupported {
        what: String,
        line: u32,
        column: u32,
    },
    Syntax {
        message: String,
        line: u32,
        column: u32,
    },
}

pub type CResult<T> = Result<T, CompileError>;

pub(crate) use crate::line_index::LineIndex;

/// Compile a parsed module into its top-level statements.
pub fn compile_module<'a>(
    src: &'a str,
    module: &'a ast::ModModule,
    rules: &Rules,
) -> CResult<Vec<TopStatement>> {
    let index = LineIndex::new(src);
    let mut rules = *rules;
    if future_annotations(module) {
        rules.annotations = if rules.pep563_evaluates_complex_targets {
            crate::rules::Annotations::ComplexTargets
        } else {
            crate::rules::Annotations::Deferred
        };
    }
    let scopes = symtable::analyze(module, &index, src, &rules)?;
    let mut c = Compiler {
        src,
        index,
        scopes,
        units: Vec::new(),
        rules,
    };
    let mut out = Vec::new();
    for stmt in &module.body {
        let start = stmt_start(stmt);
        let line = c.index.line(start);
        let line_start = c.index.line_start(line);
        let source = src
            .get(line_start..)
            .and_then(|rest| rest.split(['\n', '\r']).next())
            .and_then(|l| l.get(usize::from(start) - line_start..))
            .unwrap_or("")
            .trim_end()
            .to_string();
        let code = c.compile_top(stmt)?;
        out.push(TopStatement { line, source, code });
    }
    Ok(out)
}

/// `from __future__ import annotations` (PEP 563) among the module's statements.
fn future_annotations(module: &ast::ModModule) -> bool {
    module.body.iter().any(|s| {
        matches!(s, ast::Stmt::ImportFrom(i)
            if i.level == 0
                && i.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations"))
    })
}

/// Offset of a statement's first token (its first decorator's `@`).
fn stmt_start(stmt: &ast::Stmt) -> TextSize {
    match stmt {
        ast::Stmt::FunctionDef(f) => f
            .decorator_list
            .first()
            .map_or(f.range.start(), |d| d.range.start()),
        ast::Stmt::ClassDef(c) => c
            .decorator_list
            .first()
            .map_or(c.range.start(), |d| d.range.start()),
        s => s.range().start(),
    }
}

#[derive(Clone)]
enum FBlock<'a> {
    /// A loop; `id` indexes `Unit::loops`.
    Loop { id: usize, is_for: bool },
    /// The protected body of a try/except (a SetupExcept is active).
    TryExcept,
    /// The protected body of a try/finally: the finally body to run when leaving early.
    Finally { body: &'a [ast::Stmt] },
    /// Inside the exceptional copy of a finally body: stack holds old exc_info and exc.
    FinallyExc,
    /// Inside an except handler's body (a SetupCleanup is active; stack holds old exc_info).
    Handler { name: Option<Str> },
    /// Inside a with body: SetupExcept active, __exit__ (or __aexit__) on the stack.
    With { is_async: bool },
    /// Inside a finally body run by an early `return`: the pending return value is on the stack.
    PopValue,
    /// Inside the handlers of a try/except* (`break`, `continue` and `return` cannot leave it).
    ExceptStar,
}

struct LoopInfo {
    continue_target: usize,
    breaks: Vec<usize>,
}

struct Unit<'a> {
    scope: Option<usize>,
    kind: CodeKind,
    name: Str,
    qualname: Str,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Str>,
    name_idx: HashMap<Str, u32>,
    varnames: Vec<Str>,
    slots: HashMap<Str, u32>,
    cellvars: Vec<Str>,
    freevars: Vec<Str>,
    fblocks: Vec<FBlock<'a>>,
    loops: Vec<LoopInfo>,
    line: u32,
    firstlineno: u32,
    doc: Option<Str>,
    /// The name of the innermost class around this code: private names (`__x`) in it are
    /// mangled (`_Class__x`), as CPython's compiler does.
    private: Option<Str>,
}

struct Compiler<'a> {
    src: &'a str,
    index: LineIndex,
    scopes: HashMap<usize, ScopeInfo>,
    units: Vec<Unit<'a>>,
    rules: Rules,
}

/// Where a name lives, as the code generator sees it.
enum Access {
    Fast(u32),
    Deref(u32),
    ClassDeref(u32),
    Global(u32),
    Name(u32),
}

impl<'a> Compiler<'a> {
    /// The docstring of a function or class body: its first statement when that is a string
    /// literal; from 3.13 the compiler strips its indentation (`_PyCompile_CleanDoc`).
    fn docstring(&self, body: &[ast::Stmt]) -> Option<Str> {
        let ast::Stmt::Expr(e) = body.first()? else {
            return None;
        };
        let ast::Expr::StringLiteral(s) = &*e.value else {
            return None;
        };
        let text = s.value.to_str();
        if !self.rules.docstring_dedented {
            return Some(Str::from(text));
        }
        Some(Str::from(clean_doc(text).as_str()))
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn unsupported<T>(&self, what: &str, node: &impl Ranged) -> CResult<T> {
        let (line, column) = self.index.line_col(self.src, node.range().start());
        Err(CompileError::Unsupported {
            what: what.to_string(),
            line,
            column,
        })
    }

    fn syntax<T>(&self, msg: &str, node: &impl Ranged) -> CResult<T> {
        let (line, column) = self.index.line_col(self.src, node.range().start());
        Err(CompileError::Syntax {
            message: msg.to_string(),
            line,
            column,
        })
    }

    fn set_line(&mut self, node: &impl Ranged) -> u32 {
        let l = self.index.line(node.range().start());
        let u = self.unit();
        let old = u.line;
        u.line = l;
        old
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(u.line);
        u.ops.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().ops.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let u = self.unit();
        let op = u.ops[at];
        match op.with_target(target as u32) {
            Some(jump) => u.ops[at] = jump,
            None => debug_assert!(false, "patching {op:?}, which does not jump"),
        }
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn konst(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    /// `await` the value on top of the stack (`at` as in [`Op::GetAwaitable`]).
    fn emit_await(&mut self, at: u32) {
        self.emit(Op::GetAwaitable(at));
        self.emit(Op::LoadNone);
        self.emit(Op::YieldFrom);
    }

    fn emit_const(&mut self, v: Value) {
        let k = self.konst(v);
        self.emit(Op::Const(k));
    }

    fn name(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_idx.get(n) {
            return i;
        }
        let s: Str = Str::from(n);
        u.names.push(s.clone());
        let i = (u.names.len() - 1) as u32;
        u.name_idx.insert(s, i);
        i
    }

    /// The names-table index of `n` as an attribute or a global/class-namespace name: a
    /// private name inside a class is mangled (`__x` in `class _K` is `_K__x`).
    fn private_name(&mut self, n: &str) -> u32 {
        match self.unit().private.clone() {
            Some(class) => {
                let stripped = class.trim_start_matches('_');
                if n.starts_with("__")
                    && !n.ends_with("__")
                    && !n.contains('.')
                    && !stripped.is_empty()
                {
                    self.name(&format!("_{stripped}{n}"))
                } else {
                    self.name(n)
                }
            }
            None => self.name(n),
        }
    }

    fn scope_info(&self) -> Option<&ScopeInfo> {
        let key = self.units.last()?.scope?;
        self.scopes.get(&key)
    }

    fn access(&mut self, n: &str) -> Access {
        let u = self.units.last().expect("unit");
        if u.kind == CodeKind::Module {
            return Access::Global(self.private_name(n));
        }
        let scope = self.scope_info().map(|s| (s.kind, s.scope_of(n)));
        match scope {
            Some((ScopeKind::Class, sc)) => match sc {
                NameScope::GlobalExplicit => Access::Global(self.private_name(n)),
                NameScope::Free => match self.deref_index(n) {
                    None => Access::Name(self.private_name(n)),
                    Some(i) => {
                        if self.scope_info().is_some_and(|s| s.nonlocals.contains(n)) {
                            Access::Deref(i)
                        } else {
                            Access::ClassDeref(i)
                        }
                    }
                },
                _ => Access::Name(self.private_name(n)),
            },
            Some((_, sc)) => match sc {
                NameScope::Local => match self.unit().slots.get(n) {
                    Some(&s) => Access::Fast(s),
                    None => Access::Global(self.private_name(n)),
                },
                NameScope::Cell | NameScope::Free => match self.deref_index(n) {
                    Some(i) => Access::Deref(i),
                    None => Access::Global(self.private_name(n)),
                },
                NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                    Access::Global(self.private_name(n))
                }
            },
            None => Access::Global(self.private_name(n)),
        }
    }

    fn deref_index(&mut self, n: &str) -> Option<u32> {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == n) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| &**c == n)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    fn load_name(&mut self, n: &str) {
        let op = match self.access(n) {
            Access::Fast(i) => Op::LoadFast(i),
            Access::Deref(i) => Op::LoadDeref(i),
            Access::ClassDeref(i) => Op::LoadClassDeref(i),
            Access::Global(i) => Op::LoadGlobal(i),
            Access::Name(i) => Op::LoadName(i),
        };
        self.emit(op);
    }

    fn store_name(&mut self, n: &str) {
        let op = match self.access(n) {
            Access::Fast(i) => Op::StoreFast(i),
            Access::Deref(i) | Access::ClassDeref(i) => Op::StoreDeref(i),
            Access::Global(i) => Op::StoreGlobal(i),
            Access::Name(i) => Op::StoreName(i),
        };
        self.emit(op);
    }

    fn del_name(&mut self, n: &str) {
        let op = match self.access(n) {
            Access::Fast(i) => Op::DelFast(i),
            Access::Deref(i) | Access::ClassDeref(i) => Op::DelDeref(i),
            Access::Global(i) => Op::DelGlobal(i),
            Access::Name(i) => Op::DelName(i),
        };
        self.emit(op);
    }

    fn new_unit(
        &mut self,
        scope: Option<usize>,
        kind: CodeKind,
        name: &str,
        qualname: &str,
        line: u32,
    ) {
        let mut u = Unit {
            scope,
            kind,
            name: Str::from(name),
            qualname: Str::from(qualname),
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_idx: HashMap::default(),
            varnames: Vec::new(),
            slots: HashMap::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            fblocks: Vec::new(),
            loops: Vec::new(),
            line,
            firstlineno: line,
            doc: None,
            private: if kind == CodeKind::Class {
                Some(Str::from(name))
            } else {
                self.units.last().and_then(|u| u.private.clone())
            },
        };
        if let Some(info) = scope.and_then(|k| self.scopes.get(&k)) {
            for v in &info.varnames {
                let s: Str = Str::from(v.as_str());
                u.slots.insert(s.clone(), u.varnames.len() as u32);
                u.varnames.push(s);
            }
            u.cellvars = info
                .cellvars
                .iter()
                .map(|s| Str::from(s.as_str()))
                .collect();
            u.freevars = info
                .freevars
                .iter()
                .map(|s| Str::from(s.as_str()))
                .collect();
        }
        self.units.push(u);
    }

    fn finish_unit(&mut self, params: ParamShape) -> Rc<Code> {
        let u = self.units.pop().expect("unit");
        let info = u.scope.and_then(|k| self.scopes.get(&k));
        let is_generator = info.is_some_and(|i| i.is_generator || i.is_async);
        let gen_kind = match info.map(|i| (i.is_async, i.is_generator)) {
            Some((true, true)) => GenKind::AsyncGenerator,
            Some((true, false)) => GenKind::Coroutine,
            _ => GenKind::Generator,
        };
        let mut cell_params = Vec::new();
        for (ci, c) in u.cellvars.iter().enumerate() {
            if let Some(&slot) = u.slots.get(c) {
                if (slot as usize) < params.total() {
                    cell_params.push((ci as u32, slot));
                }
            }
        }
        let mut ops = u.ops;
        fuse(&mut ops);
        let global_cache = u.names.iter().map(|_| Default::default()).collect();
        let attr_cache = u.names.iter().map(|_| Default::default()).collect();
        let method_cache = u.names.iter().map(|_| Default::default()).collect();
        Rc::new(Code {
            global_cache,
            attr_cache,
            method_cache,
            native: Default::default(),
            del_idle: Default::default(),
            name: u.name,
            qualname: u.qualname,
            kind: u.kind,
            ops,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            nlocals: u.varnames.len(),
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: params.argcount,
            posonly: params.posonly,
            kwonly: params.kwonly,
            varargs: params.varargs,
            varkw: params.varkw,
            is_generator,
            gen_kind: std::cell::Cell::new(gen_kind),
            prologue: params.prologue,
            firstlineno: u.firstlineno,
            doc: u.doc,
        })
    }

    fn compile_top(&mut self, stmt: &'a ast::Stmt) -> CResult<Rc<Code>> {
        let line = self.index.line(stmt.range().start());
        self.new_unit(None, CodeKind::Module, "<module>", "<module>", line);
        let r = (|| {
            if let ast::Stmt::Expr(e) = stmt {
                self.set_line(stmt);
                self.expr(&e.value)?;
                self.emit(Op::Return);
            } else {
                self.stmt(stmt)?;
                self.emit(Op::LoadNone);
                self.emit(Op::Return);
            }
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        Ok(self.finish_unit(ParamShape::default()))
    }

    /// Qualified name for a new scope named `name` inside the current unit.
    fn child_qualname(&self, name: &str) -> String {
        let u = match self.units.last() {
            Some(u) => u,
            None => return name.to_string(),
        };
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }
}

/// A function's parameters and return annotation, as `function_like` compiles them.
#[derive(Clone, Copy)]
struct Signature<'s> {
    params: &'s ast::Parameters,
    returns: Option<&'s ast::Expr>,
}

impl<'s> Signature<'s> {
    fn of_lambda(params: &'s ast::Parameters) -> Self {
        Signature {
            params,
            returns: None,
        }
    }
}

#[derive(Default, Clone, Copy)]
struct ParamShape {
    argcount: usize,
    posonly: usize,
    kwonly: usize,
    varargs: bool,
    varkw: bool,
    prologue: Prologue,
}

impl ParamShape {
    fn total(&self) -> usize {
        self.argcount + self.kwonly + self.varargs as usize + self.varkw as usize
    }
}

/// Fuse common pairs of instructions into one (`CmpJumpIfFalse`, `LoadFast2`,
/// `LoadFastMethod`) in place: the
/// first instruction of a pair is replaced and the second is kept where it was, so no jump
/// target moves and a jump to the second still finds it; the fused instruction goes on past
/// the second when it did the work of both. Each instruction keeps its line.
fn fuse(ops: &mut [Op]) {
    for i in 0..ops.len().saturating_sub(1) {
        ops[i] = match (ops[i], ops[i + 1]) {
            (Op::Cmp(op), Op::JumpIfFalse(t)) => Op::CmpJumpIfFalse(op, t),
            (Op::LoadFast(a), Op::LoadFast(b)) => match (u16::try_from(a), u16::try_from(b)) {
                (Ok(a), Ok(b)) => Op::LoadFast2(Pair::new(a, b)),
                _ => continue,
            },
            (Op::LoadFast(a), Op::LoadMethod(i)) => match (u16::try_from(a), u16::try_from(i)) {
                (Ok(a), Ok(i)) => Op::LoadFastMethod(Pair::new(a, i)),
                _ => continue,
            },
            _ => continue,
        };
    }
}

/// CPython 3.13's `_PyCompile_CleanDoc`: tabs expanded, the first line's leading spaces
/// dropped, and from the other lines the smallest indentation of those that are not blank.
fn clean_doc(doc: &str) -> String {
    let mut expanded = String::with_capacity(doc.len());
    let mut col = 0;
    for ch in doc.chars() {
        match ch {
            '\t' => {
                let n = 8 - col % 8;
                expanded.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                expanded.push(ch);
                col = 0;
            }
            _ => {
                expanded.push(ch);
                col += 1;
            }
        }
    }
    let lines: Vec<&str> = expanded.split('\n').collect();
    let margin = lines[1..]
        .iter()
        .filter(|l| l.chars().any(|c| c != ' '))
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::with_capacity(lines.len());
    out.push(lines[0].trim_start_matches(' '));
    for l in &lines[1..] {
        let spaces = l.len() - l.trim_start_matches(' ').len();
        out.push(&l[spaces.min(margin)..]);
    }
    out.join("\n")
}
