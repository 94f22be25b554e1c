//! Code generation for the `match` statement (PEP 634), shaped as CPython's compiler shapes
//! it (`compiler_match`, `compiler_pattern_*`): a pattern consumes its subject from the top
//! of the stack; the values it captures stay on the stack (rotated under whatever is still
//! being matched) and are bound to their names, in the order they were captured, only once
//! the whole pattern matched; a failure jumps to a label that pops what the pattern left.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{CResult, Compiler, Op};
use crate::compile::CmpOp;
use crate::value::Value;

/// A literal key of a mapping pattern, compared as CPython's set of seen keys compares it.
#[derive(PartialEq)]
enum ConstKey {
    Num(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

/// The state of one case's pattern (CPython's `pattern_context`).
struct PatternCtx {
    /// Names captured so far, in capture order; their values are on the stack.
    stores: Vec<String>,
    /// May a pattern here be irrefutable (a capture or wildcard on its own)?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the jumps that must pop n items and then fail.
    fail_pop: Vec<Vec<usize>>,
    /// Items on the stack above the captures that a failure must pop.
    on_top: usize,
    /// The last pattern compiled (where CPython before 3.12 reports an or-pattern's
    /// alternatives binding different names).
    last: ruff_text_size::TextRange,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            last: ruff_text_size::TextRange::default(),
        }
    }
}

fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let mut ends = Vec::new();
        for (i, case) in m.cases[..cases - usize::from(has_default)]
            .iter()
            .enumerate()
        {
            self.set_line(&case.pattern);
            let last = i + 1 == cases - usize::from(has_default);
            // Only copy the subject if this is not the last case to try.
            if !last {
                self.emit(Op::Dup);
            }
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == cases);
            self.pattern(&case.pattern, &mut pc)?;
            // It's a match: bind the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(g) = &case.guard {
                self.expr(g)?;
                self.set_line(&case.pattern);
                let j = self.emit(Op::JumpIfFalse(0));
                ensure(&mut pc, 0).push(j);
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.stmts(&case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            self.set_line(&case.pattern);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_line(&case.pattern);
            if let Some(g) = &case.guard {
                self.expr(g)?;
                ends.push(self.emit(Op::JumpIfFalse(0)));
            }
            self.stmts(&case.body)?;
        }
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Emit the failure labels: the one for n items pops one and falls into the one for n-1.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.iter().enumerate().rev() {
            for &j in jumps {
                self.patch_here(j);
            }
            if n > 0 {
                self.emit(Op::Pop);
            }
        }
    }

    /// A conditional jump to the failure of the pattern (the truth of TOS decides).
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx) {
        let pops = pc.on_top + pc.stores.len();
        let j = self.emit(Op::JumpIfFalse(0));
        ensure(pc, pops).push(j);
    }

    /// Bind `name` to TOS once the pattern matched (or drop it, for a wildcard).
    fn pattern_store(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
        at: &impl Ranged,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Op::Pop);
            return Ok(());
        };
        let name = name.as_str();
        if pc.stores.iter().any(|s| s == name) {
            return self.syntax(
                &format!("multiple assignments to name '{name}' in pattern"),
                at,
            );
        }
        // Rotate the value under the items still being matched and the earlier captures.
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(rotations);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn rotate(&mut self, n: usize) {
        if n >= 2 {
            self.emit(Op::RotN(n as u32));
        }
    }

    /// A sub-pattern may be irrefutable even where its parent may not.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult<()> {
        use ast::Pattern as P;
        self.set_line(p);
        pc.last = p.range();
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::Cmp(CmpOp::Eq));
                self.jump_to_fail_pop(pc);
            }
            P::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::bool(true),
                    ast::Singleton::False => Value::bool(false),
                });
                self.emit(Op::Cmp(CmpOp::Is));
                self.jump_to_fail_pop(pc);
            }
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match &a.name {
                            Some(n) => self.syntax(
                                &format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.as_str()
                                ),
                                p,
                            ),
                            None => self.syntax("wildcard makes remaining patterns unreachable", p),
                        };
                    }
                    self.pattern_store(a.name.as_ref(), pc, p)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Op::Dup);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store(a.name.as_ref(), pc, p)?;
                }
            },
            P::MatchStar(s) => self.pattern_store(s.name.as_ref(), pc, p)?,
            P::MatchSequence(s) => self.sequence_pattern(s, pc)?,
            P::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            P::MatchClass(c) => self.class_pattern(c, pc)?,
            P::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        seq: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let patterns = &seq.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(_) = q {
                if star.is_some() {
                    return self.syntax("multiple starred names in sequence pattern", seq);
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        // The subject stays on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_to_fail_pop(pc);
        match star {
            None => self.len_check(size, CmpOp::Eq, pc),
            Some(_) if size > 1 => self.len_check(size - 1, CmpOp::Ge, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::Pop);
        } else if star_wildcard {
            // `[a, *_, z]`: the items are read by subscription, not unpacked.
            let star = star.unwrap_or(size);
            pc.on_top += 1;
            for (i, q) in patterns.iter().enumerate() {
                if is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(Op::Dup);
                if i < star {
                    self.emit_const(Value::Int(i as i64));
                } else {
                    self.emit(Op::GetLen);
                    self.emit_const(Value::Int((size - i) as i64));
                    self.emit(Op::Bin(super::op::BinOp::Sub));
                }
                self.emit(Op::Subscr);
                self.subpattern(q, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Op::Pop);
        } else {
            match star {
                Some(i) => self.emit(Op::UnpackEx((i | ((size - i - 1) << 16)) as u32)),
                None => self.emit(Op::Unpack(size as u32)),
            };
            pc.on_top += size;
            for q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    /// Fail unless `len(TOS) <op> n` (TOS stays).
    fn len_check(&mut self, n: usize, op: CmpOp, pc: &mut PatternCtx) {
        self.emit(Op::GetLen);
        self.emit_const(Value::Int(n as i64));
        self.emit(Op::Cmp(op));
        self.jump_to_fail_pop(pc);
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return self.syntax("keys and patterns of a mapping pattern differ in number", m);
        }
        // The subject stays on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_to_fail_pop(pc);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::Pop);
            return Ok(());
        }
        if size > 0 {
            self.len_check(size, CmpOp::Ge, pc);
        }
        let mut seen: Vec<ConstKey> = Vec::new();
        for k in &m.keys {
            if let Some((key, repr)) = self.constant_key(k) {
                if seen.contains(&key) {
                    return self
                        .syntax(&format!("mapping pattern checks duplicate key ({repr})"), m);
                }
                seen.push(key);
            } else if !matches!(
                k,
                ast::Expr::Attribute(_)
                    | ast::Expr::NumberLiteral(_)
                    | ast::Expr::BinOp(_)
                    | ast::Expr::UnaryOp(_)
            ) {
                return self.syntax(
                    "mapping pattern keys may only match literals and attribute lookups",
                    k,
                );
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::MatchKeys);
        // The keys and the values (or None) are on top of the subject now.
        pc.on_top += 2;
        self.emit(Op::Dup);
        self.emit(Op::LoadNone);
        self.emit(Op::Cmp(CmpOp::IsNot));
        self.jump_to_fail_pop(pc);
        self.emit(Op::Unpack(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for q in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        // Matched: what comes next consumes the keys and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // subject, keys → subject, rest; then the subject goes.
                pc.on_top += 1;
                self.emit(Op::CopyDictWithoutKeys);
                self.pattern_store(Some(rest), pc, m)?;
                pc.on_top -= 1;
                self.emit(Op::Pop);
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    /// A literal key as CPython's duplicate-key check sees it (equal numbers are one key, as
    /// in a set), with its repr for the message; None for other keys.
    fn constant_key(&self, k: &ast::Expr) -> Option<(ConstKey, String)> {
        use ast::Expr as E;
        let number = |n: &ast::Number, neg: bool| -> Option<(ConstKey, String)> {
            let sign = if neg { "-" } else { "" };
            match n {
                ast::Number::Int(i) => {
                    let v = i.as_i64()?;
                    let v = if neg { -v } else { v };
                    Some((ConstKey::Num(v as f64), v.to_string()))
                }
                ast::Number::Float(f) => {
                    let v = if neg { -*f } else { *f };
                    Some((ConstKey::Num(v), crate::value::float::repr(v)))
                }
                ast::Number::Complex { .. } => {
                    let _ = sign;
                    None
                }
            }
        };
        match k {
            E::NumberLiteral(n) => number(&n.value, false),
            E::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                E::NumberLiteral(n) => number(&n.value, true),
                _ => None,
            },
            E::StringLiteral(s) => {
                let v = s.value.to_str().to_string();
                let r = crate::vm::repr::str_repr(&v);
                Some((ConstKey::Str(v), r))
            }
            E::BytesLiteral(b) => {
                let v: Vec<u8> = b.value.bytes().collect();
                let r = crate::vm::repr::bytes_repr(&v);
                Some((ConstKey::Bytes(v), r))
            }
            E::BooleanLiteral(b) => Some((
                ConstKey::Num(if b.value { 1.0 } else { 0.0 }),
                if b.value { "True" } else { "False" }.to_string(),
            )),
            E::NoneLiteral(_) => Some((ConstKey::None, "None".to_string())),
            _ => None,
        }
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let patterns = &c.arguments.patterns;
        let kwds = &c.arguments.keywords;
        let nargs = patterns.len();
        let mut names: Vec<Value> = Vec::new();
        for (i, k) in kwds.iter().enumerate() {
            let n = k.attr.as_str();
            if kwds[..i].iter().any(|o| o.attr.as_str() == n) {
                let msg = format!("attribute name repeated in class pattern: {n}");
                return self.syntax(&msg, &k.pattern);
            }
            names.push(Value::str(n));
        }
        let nattrs = names.len();
        self.expr(&c.cls)?;
        self.emit_const(Value::tuple(names));
        self.emit(Op::MatchClass(nargs as u32));
        self.emit(Op::Dup);
        self.emit(Op::LoadNone);
        self.emit(Op::Cmp(CmpOp::IsNot));
        // TOS is now the tuple of the attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc);
        self.emit(Op::Unpack((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for q in patterns.iter().chain(kwds.iter().map(|k| &k.pattern)) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.emit(Op::Pop);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let n = o.patterns.len();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let mut ends = Vec::new();
        for (i, alt) in o.patterns.iter().enumerate() {
            pc.stores = Vec::new();
            // An irrefutable alternative must be the last one, if it is allowed at all.
            pc.allow_irrefutable = i + 1 == n && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Dup);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len()
                        || ctl.iter().any(|name| !pc.stores.contains(name))
                    {
                        const MSG: &str = "alternative patterns bind different names";
                        return if self.rules.pattern_errors_at_pattern {
                            self.syntax(MSG, o)
                        } else {
                            self.syntax(MSG, &pc.last)
                        };
                    }
                    // Reorder the captures on the stack to the first alternative's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = &ctl[icontrol];
                        let istores = pc.stores.iter().position(|s| s == name).unwrap_or(0);
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            ends.push(self.emit(Op::Jump(0)));
            self.emit_fail_pops(pc);
        }
        // No alternative matched: pop the subject and fail.
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        self.emit(Op::Pop);
        let fail = self.emit(Op::Jump(0));
        let pops = pc.on_top + pc.stores.len();
        ensure(pc, pops).push(fail);
        for e in ends {
            self.patch_here(e);
        }
        // The captures sit above the subject's copy, which sits above whatever was on top and
        // the earlier captures: move each where it belongs.
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return self.syntax(
                    &format!("multiple assignments to name '{name}' in pattern"),
                    o,
                );
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Op::Pop);
        Ok(())
    }
}

/// The jumps of `pc`'s failure label for `pops` items.
fn ensure(pc: &mut PatternCtx, pops: usize) -> &mut Vec<usize> {
    if pc.fail_pop.len() <= pops {
        pc.fail_pop.resize_with(pops + 1, Vec::new);
    }
    &mut pc.fail_pop[pops]
}
