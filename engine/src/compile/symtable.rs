//! Scope analysis: which names are local, cell, free or global in each function, class and
//! comprehension scope (CPython's symtable rules).

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap, FxHashSet as HashSet};

/// Insertion-ordered sets with a fast hash (names are short strings).
type IndexSet<T> = indexmap::IndexSet<T, FxBuildHasher>;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{CResult, CompileError, LineIndex};
use crate::Rules;

mod expr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Function,
    Class,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

pub struct ScopeInfo {
    pub kind: ScopeKind,
    /// Parameters first, then other locals in order of first binding.
    pub varnames: Vec<String>,
    pub bound: IndexSet<String>,
    pub used: IndexSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Each name a `nonlocal` statement declares, with the statement's line and column.
    nonlocal_at: Vec<(String, u32, u32)>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// A function's first positional parameter: the object zero-argument `super()` binds.
    pub first_arg: Option<String>,
    /// An `async def`, or a comprehension with `async for` or `await` in it (CPython's
    /// `ste_coroutine`): with `is_generator`, it decides the kind of object a call makes.
    pub is_async: bool,
    /// Where the first `return value` of the scope is (`'return' with value in async
    /// generator` is reported there when a `yield` comes after it).
    returns_value: Option<ruff_text_size::TextRange>,
    /// A comprehension's own extent (CPython before 3.10 reports errors in it there).
    comprehension_range: Option<ruff_text_size::TextRange>,
    pub children: Vec<usize>,
    resolved: HashMap<String, NameScope>,
}

impl ScopeInfo {
    fn new(kind: ScopeKind) -> ScopeInfo {
        ScopeInfo {
            kind,
            varnames: Vec::new(),
            bound: IndexSet::default(),
            used: IndexSet::default(),
            globals: HashSet::default(),
            nonlocals: HashSet::default(),
            nonlocal_at: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            first_arg: None,
            is_async: false,
            returns_value: None,
            comprehension_range: None,
            children: Vec::new(),
            resolved: HashMap::default(),
        }
    }

    pub fn scope_of(&self, n: &str) -> NameScope {
        self.resolved
            .get(n)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

/// The key of a scope: the address of its AST node.
pub fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Walker<'a> {
    scopes: HashMap<usize, ScopeInfo>,
    /// Stack of scope keys being built (empty = module).
    stack: Vec<usize>,
    index: &'a LineIndex,
    src: &'a str,
    rules: &'a Rules,
}

pub fn analyze(
    module: &ast::ModModule,
    index: &LineIndex,
    src: &str,
    rules: &Rules,
) -> CResult<HashMap<usize, ScopeInfo>> {
    let mut w = Walker {
        scopes: HashMap::default(),
        stack: Vec::new(),
        index,
        src,
        rules,
    };
    let mut top = Vec::new();
    for s in &module.body {
        w.stmt(s, &mut top)?;
    }
    for &k in &top {
        check_nonlocals(&w.scopes, k, &HashSet::default())?;
    }
    for k in top {
        resolve(&mut w.scopes, k, &HashSet::default());
    }
    Ok(w.scopes)
}

/// `nonlocal NAME` needs NAME bound in an enclosing function scope (CPython's symtable:
/// "no binding for nonlocal 'NAME' found"); `visible` holds what the enclosing functions bind.
fn check_nonlocals(
    scopes: &HashMap<usize, ScopeInfo>,
    k: usize,
    visible: &HashSet<String>,
) -> CResult<()> {
    let Some(s) = scopes.get(&k) else {
        return Ok(());
    };
    for (n, line, column) in &s.nonlocal_at {
        if !visible.contains(n) {
            return Err(CompileError::Syntax {
                message: format!("no binding for nonlocal '{n}' found"),
                line: *line,
                column: *column,
            });
        }
    }
    let mut child_visible = visible.clone();
    if s.kind != ScopeKind::Class {
        for n in s.bound.iter().chain(s.nonlocals.iter()) {
            if !s.globals.contains(n) {
                child_visible.insert(n.clone());
            }
        }
    }
    for &c in &s.children {
        check_nonlocals(scopes, c, &child_visible)?;
    }
    Ok(())
}

/// The annotations of a function's parameters, in the order CPython evaluates them (3.8-3.13:
/// the positional parameters after `/` first, then those before it, `*args`, keyword-only,
/// `**kwargs`; the return annotation comes after these).
pub(super) fn annotations(p: &ast::Parameters) -> impl Iterator<Item = &ast::Expr> {
    p.args
        .iter()
        .chain(&p.posonlyargs)
        .map(|a| &a.parameter)
        .chain(p.vararg.as_deref())
        .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
        .chain(p.kwarg.as_deref())
        .filter_map(|a| a.annotation.as_deref())
}

/// Resolve names of scope `k` given the names visible from enclosing function scopes; returns
/// the free names the scope needs from its parent.
fn resolve(
    scopes: &mut HashMap<usize, ScopeInfo>,
    k: usize,
    visible: &HashSet<String>,
) -> Vec<String> {
    let (kind, children, names): (ScopeKind, Vec<usize>, Vec<String>) = match scopes.get(&k) {
        Some(s) => (
            s.kind,
            s.children.clone(),
            s.bound.iter().chain(s.used.iter()).cloned().collect(),
        ),
        None => return Vec::new(),
    };
    let mut resolved: HashMap<String, NameScope> = HashMap::default();
    let mut frees: IndexSet<String> = IndexSet::default();
    if let Some(s) = scopes.get(&k) {
        for n in &names {
            let sc = if s.globals.contains(n) {
                NameScope::GlobalExplicit
            } else if s.nonlocals.contains(n) {
                NameScope::Free
            } else if s.bound.contains(n) {
                NameScope::Local
            } else if visible.contains(n) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            if sc == NameScope::Free {
                frees.insert(n.clone());
            }
            resolved.insert(n.clone(), sc);
        }
    }
    // What children may see.
    let mut child_visible = visible.clone();
    match kind {
        ScopeKind::Class => {
            child_visible.insert("__class__".to_string());
        }
        _ => {
            for (n, sc) in &resolved {
                if matches!(sc, NameScope::Local | NameScope::Free) {
                    child_visible.insert(n.clone());
                }
            }
        }
    }
    let mut cells: IndexSet<String> = IndexSet::default();
    for c in children {
        for f in resolve(scopes, c, &child_visible) {
            if kind == ScopeKind::Class && f == "__class__" {
                cells.insert(f);
                continue;
            }
            match resolved.get(&f) {
                Some(NameScope::Local) if kind != ScopeKind::Class => {
                    cells.insert(f.clone());
                    resolved.insert(f, NameScope::Cell);
                }
                Some(NameScope::Free) => {}
                _ => {
                    // Pass through: the free variable comes from further out.
                    frees.insert(f.clone());
                    if kind != ScopeKind::Class || !resolved.contains_key(&f) {
                        resolved.entry(f).or_insert(NameScope::Free);
                    }
                }
            }
        }
    }
    if let Some(s) = scopes.get_mut(&k) {
        s.resolved = resolved;
        s.cellvars = cells.into_iter().collect();
        s.freevars = frees.iter().cloned().collect();
        // Locals get slots (parameters already have theirs).
        if kind != ScopeKind::Class {
            let bound: Vec<String> = s.bound.iter().cloned().collect();
            for n in bound {
                if (s.scope_of(&n) == NameScope::Local || s.scope_of(&n) == NameScope::Cell)
                    && !s.varnames.contains(&n)
                {
                    s.varnames.push(n);
                }
            }
        }
    }
    frees.into_iter().collect()
}

impl Walker<'_> {
    fn err<T>(&self, what: &str, node: &impl Ranged, syntax: bool) -> CResult<T> {
        let (line, column) = self.index.line_col(self.src, node.range().start());
        Err(if syntax {
            CompileError::Syntax {
                message: what.into(),
                line,
                column,
            }
        } else {
            CompileError::Unsupported {
                what: what.into(),
                line,
                column,
            }
        })
    }

    /// The first argument of the function an inlined (3.12+) comprehension runs in, when
    /// the current scope is such a comprehension.
    fn super_first_arg_outside(&self) -> Option<String> {
        if !self.rules.inlined_comprehensions {
            return None;
        }
        let mut inlined = false;
        for k in self.stack.iter().rev() {
            let s = self.scopes.get(k)?;
            match s.kind {
                ScopeKind::Comprehension if !s.is_generator => inlined = true,
                ScopeKind::Function if inlined => return s.first_arg.clone(),
                _ => return None,
            }
        }
        None
    }

    /// Whether an annotated assignment here evaluates its annotation (in a module or class
    /// body, see `Rules::annotations`).
    fn annotations_evaluated_here(&self, simple: bool) -> bool {
        self.rules.annotations.of_target(simple)
            && self
                .stack
                .last()
                .and_then(|k| self.scopes.get(k))
                .is_none_or(|s| s.kind == ScopeKind::Class)
    }

    fn cur(&mut self) -> Option<&mut ScopeInfo> {
        let k = *self.stack.last()?;
        self.scopes.get_mut(&k)
    }

    fn bind(&mut self, n: &str) {
        if let Some(s) = self.cur() {
            s.bound.insert(n.to_string());
        }
    }

    fn use_name(&mut self, n: &str) {
        if let Some(s) = self.cur() {
            s.used.insert(n.to_string());
        }
    }

    fn push_scope(&mut self, k: usize, kind: ScopeKind, parent_children: &mut Vec<usize>) {
        parent_children.push(k);
        self.scopes.insert(k, ScopeInfo::new(kind));
        self.stack.push(k);
    }

    fn children_of_current(&mut self) -> Vec<usize> {
        Vec::new()
    }

    fn stmts(&mut self, body: &[ast::Stmt], ch: &mut Vec<usize>) -> CResult<()> {
        for s in body {
            self.stmt(s, ch)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters, ch: &mut Vec<usize>) -> CResult<()> {
        // Defaults are evaluated in the enclosing scope.
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d, ch)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names: Vec<String> = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            names.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.to_string());
        }
        for a in &p.kwonlyargs {
            names.push(a.parameter.name.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.to_string());
        }
        // CPython slot order: positional, kw-only, *args, **kwargs.
        let mut ordered: Vec<String> = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            ordered.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            ordered.push(v.name.to_string());
        }
        if let Some(k) = &p.kwarg {
            ordered.push(k.name.to_string());
        }
        let first_arg = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .next()
            .map(|a| a.parameter.name.to_string());
        if let Some(s) = self.cur() {
            s.first_arg = first_arg;
            for n in &ordered {
                s.bound.insert(n.clone());
                if !s.varnames.contains(n) {
                    s.varnames.push(n.clone());
                }
            }
        }
    }

    /// A pattern binds its capture names; its values, classes and keys are expressions.
    fn pattern(&mut self, p: &ast::Pattern, ch: &mut Vec<usize>) -> CResult<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value, ch)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q, ch)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k, ch)?;
                }
                for q in &m.patterns {
                    self.pattern(q, ch)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls, ch)?;
                for q in &c.arguments.patterns {
                    self.pattern(q, ch)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern, ch)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q, ch)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q, ch)?;
                }
            }
        }
        Ok(())
    }

    /// Where the parser of CPython 3.8/3.9 (which has no `match`) fails on a match statement:
    /// `match` is a name there, so a subject that can continue an expression after a name
    /// (`(`, `[`, an operator) makes `match …` an expression and what follows the colon is
    /// the error; otherwise the subject's first token is.
    fn pre_match_error_at(&self, m: &ast::StmtMatch) -> ruff_text_size::TextRange {
        let after = m.range.start() + ruff_text_size::TextSize::from(5);
        let rest = &self.src[after.to_usize()..];
        let lead = rest.len() - rest.trim_start().len();
        let first = rest.trim_start().chars().next().unwrap_or(' ');
        let start = if matches!(first, '(' | '[' | '-' | '+' | '*') {
            // `match (x):` reads as an annotated target whose annotation is missing: the
            // error is at the first token after the colon (a comment, or the line's end).
            let end = m.subject.range().end().to_usize();
            let colon = end + self.src[end..].find(':').unwrap_or(0) + 1;
            let tail = &self.src[colon..];
            let skip = tail.len() - tail.trim_start_matches([' ', '\t']).len();
            ruff_text_size::TextSize::try_from(colon + skip).unwrap_or(after)
        } else {
            after + ruff_text_size::TextSize::try_from(lead).unwrap_or_default()
        };
        ruff_text_size::TextRange::at(start, 1.into())
    }

    fn stmt(&mut self, s: &ast::Stmt, ch: &mut Vec<usize>) -> CResult<()> {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression, ch)?;
                }
                self.params(&f.parameters, ch)?;
                if self.rules.annotations.of_functions() {
                    for a in annotations(&f.parameters).chain(f.returns.as_deref()) {
                        self.expr(a, ch)?;
                    }
                }
                self.bind(f.name.as_str());
                let k = key(f);
                self.push_scope(k, ScopeKind::Function, ch);
                if let Some(sc) = self.cur() {
                    sc.is_async = f.is_async;
                }
                self.declare_params(&f.parameters);
                let mut inner = self.children_of_current();
                let r = self.stmts(&f.body, &mut inner);
                self.stack.pop();
                r?;
                if let Some(sc) = self.scopes.get_mut(&k) {
                    sc.children = inner;
                }
            }
            S::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression, ch)?;
                }
                if let Some(a) = &c.arguments {
                    // `metaclass=` and keywords for `__init_subclass__` (or a metaclass's
                    // `__new__`); `**kwargs` is not modelled.
                    if a.keywords.iter().any(|k| k.arg.is_none()) {
                        return self.err("class keyword arguments **", s, false);
                    }
                    for b in a.args.iter() {
                        self.expr(b, ch)?;
                    }
                    for k in a.keywords.iter() {
                        self.expr(&k.value, ch)?;
                    }
                }
                if c.type_params.is_some() {
                    return self.err("type parameters", s, false);
                }
                self.bind(c.name.as_str());
                let k = key(c);
                self.push_scope(k, ScopeKind::Class, ch);
                let mut inner = Vec::new();
                let r = self.stmts(&c.body, &mut inner);
                self.stack.pop();
                r?;
                if let Some(sc) = self.scopes.get_mut(&k) {
                    sc.children = inner;
                }
            }
            S::Return(r) => {
                if self.stack.is_empty() {
                    return self.err("'return' outside function", s, true);
                }
                if let Some(v) = &r.value {
                    if let Some(sc) = self.cur() {
                        if sc.is_async && sc.is_generator {
                            return self.err("'return' with value in async generator", s, true);
                        }
                        sc.returns_value.get_or_insert(r.range);
                    }
                    self.expr(v, ch)?;
                }
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.target(t, ch)?;
                }
            }
            S::Assign(a) => {
                self.expr(&a.value, ch)?;
                for t in &a.targets {
                    self.target(t, ch)?;
                }
            }
            S::AugAssign(a) => {
                self.expr(&a.value, ch)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target, ch)?;
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v, ch)?;
                }
                self.target(&a.target, ch)?;
                if self.annotations_evaluated_here(a.simple) {
                    self.expr(&a.annotation, ch)?;
                }
            }
            S::For(f) => {
                if f.is_async && !self.in_async_function() {
                    return self.err("'async for' outside async function", s, true);
                }
                self.expr(&f.iter, ch)?;
                self.target(&f.target, ch)?;
                self.stmts(&f.body, ch)?;
                self.stmts(&f.orelse, ch)?;
            }
            S::While(w) => {
                self.expr(&w.test, ch)?;
                self.stmts(&w.body, ch)?;
                self.stmts(&w.orelse, ch)?;
            }
            S::If(i) => {
                self.expr(&i.test, ch)?;
                self.stmts(&i.body, ch)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t, ch)?;
                    }
                    self.stmts(&c.body, ch)?;
                }
            }
            S::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return self.err("'async with' outside async function", s, true);
                }
                for it in &w.items {
                    self.expr(&it.context_expr, ch)?;
                    if let Some(t) = &it.optional_vars {
                        self.target(t, ch)?;
                    }
                }
                self.stmts(&w.body, ch)?;
            }
            S::Match(m) => {
                if !self.rules.match_statement {
                    return self.err("invalid syntax", &self.pre_match_error_at(m), true);
                }
                self.expr(&m.subject, ch)?;
                for case in &m.cases {
                    self.pattern(&case.pattern, ch)?;
                    if let Some(g) = &case.guard {
                        self.expr(g, ch)?;
                    }
                    self.stmts(&case.body, ch)?;
                }
            }
            S::TypeAlias(_) => return self.err("type alias", s, false),
            S::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e, ch)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e, ch)?;
                }
            }
            S::Try(t) => {
                if t.is_star && !self.rules.exception_groups {
                    // Before 3.11 the parser rejects `except*` at its star.
                    if let Some(ast::ExceptHandler::ExceptHandler(h)) = t.handlers.first() {
                        let start = h.range().start();
                        let off = self.src[start.to_usize()..].find('*').unwrap_or(6);
                        let star =
                            start + ruff_text_size::TextSize::try_from(off).unwrap_or_default();
                        let at = ruff_text_size::TextRange::at(star, 1.into());
                        return self.err("invalid syntax", &at, true);
                    }
                }
                self.stmts(&t.body, ch)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(e) = &h.type_ {
                        self.expr(e, ch)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body, ch)?;
                }
                self.stmts(&t.orelse, ch)?;
                self.stmts(&t.finalbody, ch)?;
            }
            S::Assert(a) => {
                self.expr(&a.test, ch)?;
                if let Some(m) = &a.msg {
                    self.expr(m, ch)?;
                }
            }
            S::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&n);
                }
            }
            S::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return self.err("import *", s, false);
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.bind(&n);
                }
            }
            S::Global(g) => {
                if let Some(sc) = self.cur() {
                    for n in &g.names {
                        sc.globals.insert(n.to_string());
                    }
                }
            }
            S::Nonlocal(g) => {
                if self.stack.is_empty() {
                    return self.err("nonlocal declaration not allowed at module level", s, true);
                }
                let (line, column) = self.index.line_col(self.src, s.range().start());
                if let Some(sc) = self.cur() {
                    for n in &g.names {
                        sc.nonlocals.insert(n.to_string());
                        sc.nonlocal_at.push((n.to_string(), line, column));
                    }
                }
            }
            S::Expr(e) => self.expr(&e.value, ch)?,
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            S::IpyEscapeCommand(_) => return self.err("IPython escape", s, false),
        }
        Ok(())
    }

    fn target(&mut self, t: &ast::Expr, ch: &mut Vec<usize>) -> CResult<()> {
        match t {
            ast::Expr::Name(n) => self.bind(n.id.as_str()),
            ast::Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e, ch)?;
                }
            }
            ast::Expr::List(l) => {
                for e in &l.elts {
                    self.target(e, ch)?;
                }
            }
            ast::Expr::Starred(s) => self.target(&s.value, ch)?,
            other => self.expr(other, ch)?,
        }
        Ok(())
    }
}
