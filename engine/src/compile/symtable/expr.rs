//! Scope analysis of expressions: names used and bound in expressions, comprehension and
//! lambda scopes, and where `yield`/`await` may appear.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{key, CResult, ScopeKind, Walker};

impl Walker<'_> {
    pub(super) fn comprehension(
        &mut self,
        node_key: usize,
        range: ruff_text_size::TextRange,
        gens: &[ast::Comprehension],
        elts: &[&ast::Expr],
        ch: &mut Vec<usize>,
        is_gen: bool,
    ) -> CResult<()> {
        let first = match gens.first() {
            Some(f) => f,
            None => return Ok(()),
        };
        self.expr(&first.iter, ch)?;
        self.push_scope(node_key, ScopeKind::Comprehension, ch);
        if let Some(s) = self.cur() {
            s.bound.insert(".0".into());
            s.varnames.push(".0".into());
            s.is_generator = is_gen;
            s.comprehension_range = Some(range);
        }
        let mut inner = Vec::new();
        let r = (|| {
            for (i, g) in gens.iter().enumerate() {
                if g.is_async {
                    if let Some(s) = self.cur() {
                        s.is_async = true;
                    }
                }
                if i > 0 {
                    self.expr(&g.iter, &mut inner)?;
                }
                self.target(&g.target, &mut inner)?;
                for c in &g.ifs {
                    self.expr(c, &mut inner)?;
                }
            }
            for e in elts {
                self.expr(e, &mut inner)?;
            }
            Ok(())
        })();
        self.stack.pop();
        r?;
        let mut is_async = false;
        if let Some(sc) = self.scopes.get_mut(&node_key) {
            sc.children = inner;
            is_async = sc.is_async;
        }
        if is_async && !is_gen {
            self.async_comprehension_allowed(range)?;
        }
        Ok(())
    }

    /// A list, set or dict comprehension that awaits is a coroutine its enclosing scope
    /// awaits: allowed directly in an `async def`, and from 3.11 in another comprehension,
    /// which then awaits too (an async generator expression is allowed anywhere).
    pub(super) fn async_comprehension_allowed(
        &mut self,
        range: ruff_text_size::TextRange,
    ) -> CResult<()> {
        let parent = self.stack.last().and_then(|k| self.scopes.get_mut(k));
        match parent {
            Some(p) if p.kind == ScopeKind::Function && p.is_async => Ok(()),
            Some(p)
                if p.kind == ScopeKind::Comprehension
                    && self.rules.async_comprehension_in_comprehension =>
            {
                p.is_async = true;
                Ok(())
            }
            _ => self.err(
                "asynchronous comprehension outside of an asynchronous function",
                &range,
                true,
            ),
        }
    }

    /// Is the innermost scope an `async def`?
    pub(super) fn in_async_function(&self) -> bool {
        self.stack
            .last()
            .and_then(|k| self.scopes.get(k))
            .is_some_and(|s| s.kind == ScopeKind::Function && s.is_async)
    }

    pub(super) fn in_comprehension(&self) -> bool {
        self.stack
            .last()
            .and_then(|k| self.scopes.get(k))
            .is_some_and(|s| s.kind == ScopeKind::Comprehension)
    }

    pub(super) fn expr(&mut self, e: &ast::Expr, ch: &mut Vec<usize>) -> CResult<()> {
        use ast::Expr as E;
        match e {
            E::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v, ch)?;
                }
            }
            E::Named(n) => {
                self.expr(&n.value, ch)?;
                if self.in_comprehension() {
                    let name = match &*n.target {
                        ast::Expr::Name(x) => x.id.to_string(),
                        _ => return self.err("assignment expression target", e, true),
                    };
                    let outer = self
                        .stack
                        .iter()
                        .rev()
                        .find(|k| {
                            self.scopes
                                .get(k)
                                .is_some_and(|s| s.kind != ScopeKind::Comprehension)
                        })
                        .copied();
                    let kind = outer.and_then(|k| self.scopes.get(&k)).map(|s| s.kind);
                    if kind == Some(ScopeKind::Class) {
                        return self.err(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e,
                            true,
                        );
                    }
                    for k in self.stack.clone().iter().rev() {
                        if Some(*k) == outer {
                            if let Some(s) = self.scopes.get_mut(k) {
                                s.bound.insert(name.clone());
                            }
                            break;
                        }
                        if let Some(s) = self.scopes.get_mut(k) {
                            if outer.is_some() {
                                s.nonlocals.insert(name.clone());
                            } else {
                                s.globals.insert(name.clone());
                            }
                            s.used.insert(name.clone());
                        }
                    }
                } else {
                    self.target(&n.target, ch)?;
                }
            }
            E::BinOp(b) => {
                self.expr(&b.left, ch)?;
                self.expr(&b.right, ch)?;
            }
            E::UnaryOp(u) => self.expr(&u.operand, ch)?,
            E::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p, ch)?;
                }
                let k = key(l);
                self.push_scope(k, ScopeKind::Function, ch);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                let mut inner = Vec::new();
                let r = self.expr(&l.body, &mut inner);
                self.stack.pop();
                r?;
                if let Some(sc) = self.scopes.get_mut(&k) {
                    sc.children = inner;
                }
            }
            E::If(i) => {
                self.expr(&i.test, ch)?;
                self.expr(&i.body, ch)?;
                self.expr(&i.orelse, ch)?;
            }
            E::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k, ch)?;
                    }
                    self.expr(&it.value, ch)?;
                }
            }
            E::Set(s) => {
                for x in &s.elts {
                    self.expr(x, ch)?;
                }
            }
            E::ListComp(c) => {
                self.comprehension(key(c), e.range(), &c.generators, &[&c.elt], ch, false)?
            }
            E::SetComp(c) => {
                self.comprehension(key(c), e.range(), &c.generators, &[&c.elt], ch, false)?
            }
            E::DictComp(c) => {
                let mut elts: Vec<&ast::Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                } else {
                    return self.err("dict comprehension unpacking", e, false);
                }
                elts.push(&c.value);
                self.comprehension(key(c), e.range(), &c.generators, &elts, ch, false)?
            }
            E::Generator(g) => {
                self.comprehension(key(g), e.range(), &g.generators, &[&g.elt], ch, true)?
            }
            E::Await(a) => {
                match self.stack.last().and_then(|k| self.scopes.get_mut(k)) {
                    Some(s) if s.kind == ScopeKind::Comprehension => s.is_async = true,
                    Some(s) if s.kind == ScopeKind::Function && s.is_async => {}
                    Some(s) if s.kind == ScopeKind::Function => {
                        return self.err("'await' outside async function", e, true)
                    }
                    _ => return self.err("'await' outside function", e, true),
                }
                self.expr(&a.value, ch)?;
            }
            E::Yield(y) => {
                self.mark_yield(e)?;
                if let Some(v) = &y.value {
                    self.expr(v, ch)?;
                }
            }
            E::YieldFrom(y) => {
                if self.in_async_function() {
                    return self.err("'yield from' inside async function", e, true);
                }
                self.mark_yield(e)?;
                self.expr(&y.value, ch)?;
            }
            E::Compare(c) => {
                self.expr(&c.left, ch)?;
                for x in c.comparators.iter() {
                    self.expr(x, ch)?;
                }
            }
            E::Call(c) => {
                if let E::Name(n) = &*c.func {
                    if n.id.as_str() == "super" && c.arguments.args.is_empty() {
                        // Zero-argument super() needs the __class__ cell.
                        self.use_name("__class__");
                        // From 3.12 (PEP 709) a list, set or dict comprehension runs in
                        // its function's frame: its super() binds the function's first
                        // argument, which the comprehension then reads as a free variable.
                        if let Some(first) = self.super_first_arg_outside() {
                            self.use_name(&first);
                        }
                    }
                }
                self.expr(&c.func, ch)?;
                for a in c.arguments.args.iter() {
                    self.expr(a, ch)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value, ch)?;
                }
            }
            E::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el, ch)?;
                }
            }
            E::TString(_) => return self.err("t-string", e, false),
            E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NumberLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_) => {
                if let E::NumberLiteral(n) = e {
                    if let ast::Number::Complex { .. } = n.value {
                        return self.err("complex numbers", e, false);
                    }
                }
            }
            E::Attribute(a) => self.expr(&a.value, ch)?,
            E::Subscript(s) => {
                self.expr(&s.value, ch)?;
                self.expr(&s.slice, ch)?;
            }
            E::Starred(s) => self.expr(&s.value, ch)?,
            E::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    self.use_name(n.id.as_str());
                } else {
                    self.bind(n.id.as_str());
                }
            }
            E::List(l) => {
                for x in &l.elts {
                    self.expr(x, ch)?;
                }
            }
            E::Tuple(t) => {
                for x in &t.elts {
                    self.expr(x, ch)?;
                }
            }
            E::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x, ch)?;
                }
            }
            E::IpyEscapeCommand(_) => return self.err("IPython escape", e, false),
        }
        Ok(())
    }

    pub(super) fn fstring_element(
        &mut self,
        el: &ast::InterpolatedStringElement,
        ch: &mut Vec<usize>,
    ) -> CResult<()> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression, ch)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.fstring_element(e, ch)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn mark_yield(&mut self, e: &ast::Expr) -> CResult<()> {
        let k = match self.stack.last() {
            Some(k) => *k,
            None => return self.err("'yield' outside function", e, true),
        };
        match self.scopes.get_mut(&k) {
            Some(s) if s.kind == ScopeKind::Function => {
                s.is_generator = true;
                match s.returns_value {
                    Some(r) if s.is_async => {
                        self.err("'return' with value in async generator", &r, true)
                    }
                    _ => Ok(()),
                }
            }
            Some(s) if s.kind == ScopeKind::Comprehension => {
                let gen = s.is_generator;
                let at = match s.comprehension_range {
                    Some(r) if self.rules.comprehension_error_at_comprehension => r,
                    _ => e.range(),
                };
                self.err(
                    if gen {
                        "'yield' inside generator expression"
                    } else {
                        "'yield' inside list comprehension"
                    },
                    &at,
                    true,
                )
            }
            _ => self.err("'yield' outside function", e, true),
        }
    }
}
