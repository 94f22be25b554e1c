//! Code generation for statements, including the exception-handling shapes (try/except,
//! try/finally, with) and early exits that run finally blocks (return/break/continue).

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::expr::binop;
use super::symtable::key;
use super::{
    CResult, CodeKind, Compiler, FBlock, FunctionFlags, LoopInfo, Op, ParamShape, RaiseForm,
    Signature,
};
use crate::value::{Str, Value};

/// CPython's SyntaxError for an exit from an except* clause (3.11+).
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [ast::Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a ast::Stmt) -> CResult<()> {
        use ast::Stmt as S;
        self.set_line(s);
        match s {
            S::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                let name = f.name.as_str();
                let qual = self.child_qualname(name);
                let line = self.index.line(f.range.start());
                self.set_line(s);
                let first_line = f
                    .decorator_list
                    .first()
                    .map_or(line, |d| self.index.line(d.range.start()));
                let _ = first_line;
                self.function_like(
                    key(f),
                    CodeKind::Function,
                    name,
                    &qual,
                    line,
                    Some(Signature {
                        params: &f.parameters,
                        returns: f.returns.as_deref(),
                    }),
                    |c| {
                        c.unit().doc = c.docstring(&f.body);
                        c.stmts(&f.body)?;
                        c.emit(Op::LoadNone);
                        c.emit(Op::Return);
                        Ok(())
                    },
                )?;
                for _ in &f.decorator_list {
                    self.emit(Op::Call(1));
                }
                self.store_name(name);
            }
            S::ClassDef(c) => {
                if c.decorator_list.iter().any(|_| false) {
                    return self.unsupported("class decorators", s);
                }
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                let name = c.name.as_str();
                let qual = self.child_qualname(name);
                let line = self.index.line(c.range.start());
                self.new_unit(Some(key(c)), CodeKind::Class, name, &qual, line);
                let r = (|| {
                    let g = self.name("__name__");
                    self.emit(Op::LoadGlobal(g));
                    let m = self.name("__module__");
                    self.emit(Op::StoreName(m));
                    self.emit_const(Value::str(&qual));
                    let q = self.name("__qualname__");
                    self.emit(Op::StoreName(q));
                    if let Some(doc) = self.docstring(&c.body) {
                        self.emit_const(Value::Str(doc));
                        let d = self.name("__doc__");
                        self.emit(Op::StoreName(d));
                    }
                    self.stmts(&c.body)?;
                    match self.deref_index("__class__") {
                        Some(i) if self.unit().cellvars.iter().any(|c| &**c == "__class__") => {
                            self.emit(Op::LoadClosure(i));
                        }
                        _ => {
                            self.emit(Op::LoadNone);
                        }
                    }
                    self.emit(Op::Return);
                    Ok(())
                })();
                if let Err(e) = r {
                    self.units.pop();
                    return Err(e);
                }
                let code = self.finish_unit(ParamShape::default());
                self.set_line(s);
                self.make_closure(code, FunctionFlags::default())?;
                self.emit_const(Value::str(name));
                let mut nbases = 0;
                if let Some(a) = &c.arguments {
                    for b in a.args.iter() {
                        if let ast::Expr::Starred(_) = b {
                            return self.unsupported("starred base classes", b);
                        }
                        self.expr(b)?;
                        nbases += 1;
                    }
                }
                let keywords = c.arguments.as_ref().map_or(&[][..], |a| &a.keywords[..]);
                if keywords.is_empty() {
                    self.emit(Op::BuildClass(nbases));
                } else {
                    let mut names = Vec::new();
                    for k in keywords {
                        let Some(arg) = &k.arg else {
                            return self.unsupported("class keyword arguments **", k);
                        };
                        self.expr(&k.value)?;
                        names.push(Value::str(arg.as_str()));
                    }
                    self.emit_const(Value::tuple(names));
                    self.emit(Op::BuildClassKw(nbases));
                }
                for _ in &c.decorator_list {
                    self.emit(Op::Call(1));
                }
                self.store_name(name);
            }
            S::Return(r) => {
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                if self.in_except_star(false) {
                    // CPython reports it at a constant return value on the statement's line
                    // (the location its compiler last set), else at the statement.
                    return match r.value.as_deref() {
                        Some(v @ ast::Expr::NumberLiteral(_))
                        | Some(v @ ast::Expr::StringLiteral(_))
                        | Some(v @ ast::Expr::BytesLiteral(_))
                        | Some(v @ ast::Expr::BooleanLiteral(_))
                        | Some(v @ ast::Expr::NoneLiteral(_))
                        | Some(v @ ast::Expr::EllipsisLiteral(_))
                            if self.index.line(v.range().start())
                                == self.index.line(s.range().start()) =>
                        {
                            self.syntax(EXCEPT_STAR_EXIT, v)
                        }
                        _ => self.syntax(EXCEPT_STAR_EXIT, s),
                    };
                }
                self.unwind(None, true)?;
                self.set_line(s);
                self.emit(Op::Return);
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            S::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            S::AugAssign(a) => self.aug_assign(a)?,
            S::AnnAssign(a) => self.ann_assign(a)?,
            S::For(f) if f.is_async => self.async_for(f)?,
            S::For(f) => {
                self.iter_expr(&f.iter)?;
                self.set_line(s);
                self.emit(Op::GetIter);
                let top = self.here();
                let fi = self.emit(Op::ForIter(0));
                self.store_target(&f.target)?;
                let id = self.push_loop(top, true);
                self.stmts(&f.body)?;
                self.unit().fblocks.pop();
                self.emit(Op::Jump(top as u32));
                self.patch_here(fi);
                self.stmts(&f.orelse)?;
                self.finish_loop(id);
            }
            S::While(w) => {
                let top = self.here();
                let always = matches!(&*w.test, ast::Expr::BooleanLiteral(b) if b.value);
                let exit = if always {
                    None
                } else {
                    self.expr(&w.test)?;
                    Some(self.emit(Op::JumpIfFalse(0)))
                };
                let id = self.push_loop(top, false);
                self.stmts(&w.body)?;
                self.unit().fblocks.pop();
                self.emit(Op::Jump(top as u32));
                if let Some(e) = exit {
                    self.patch_here(e);
                }
                self.stmts(&w.orelse)?;
                self.finish_loop(id);
            }
            S::If(i) => {
                self.expr(&i.test)?;
                let mut next = self.emit(Op::JumpIfFalse(0));
                self.stmts(&i.body)?;
                let mut ends = Vec::new();
                for c in &i.elif_else_clauses {
                    ends.push(self.emit(Op::Jump(0)));
                    self.patch_here(next);
                    match &c.test {
                        Some(t) => {
                            self.set_line(t);
                            self.expr(t)?;
                            next = self.emit(Op::JumpIfFalse(0));
                            self.stmts(&c.body)?;
                        }
                        None => {
                            self.stmts(&c.body)?;
                            next = usize::MAX;
                        }
                    }
                }
                if next != usize::MAX {
                    self.patch_here(next);
                }
                for e in ends {
                    self.patch_here(e);
                }
            }
            S::With(w) => self.with_items(&w.items, &w.body, w.is_async)?,
            S::Match(m) => self.match_stmt(m)?,
            S::TypeAlias(_) => return self.unsupported("type alias", s),
            S::Raise(r) => {
                let form = match (&r.exc, &r.cause) {
                    (None, _) => RaiseForm::Reraise,
                    (Some(e), None) => {
                        self.expr(e)?;
                        RaiseForm::Exc
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        RaiseForm::ExcFrom
                    }
                };
                self.set_line(s);
                self.emit(Op::Raise(form));
            }
            S::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            S::Assert(a) => {
                self.expr(&a.test)?;
                let j = self.emit(Op::JumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.set_line(s);
                self.emit(Op::Raise(RaiseForm::Exc));
                self.patch_here(j);
            }
            S::Import(i) => {
                for a in &i.names {
                    // `import a.b.c` imports a, a.b and a.b.c and binds `a`; `import a.b.c as
                    // d` binds the module a.b.c (which importing makes an attribute of a.b).
                    let full = a.name.as_str();
                    let n = self.name(full);
                    self.emit(Op::ImportName(n));
                    let bind = match (&a.asname, full.split_once('.')) {
                        (Some(alias), _) => alias.to_string(),
                        (None, Some((top, _))) => {
                            self.emit(Op::Pop);
                            let t = self.name(top);
                            self.emit(Op::ImportName(t));
                            top.to_string()
                        }
                        (None, None) => full.to_string(),
                    };
                    self.store_name(&bind);
                }
            }
            S::ImportFrom(i) => {
                let m = match &i.module {
                    Some(m) if i.level == 0 => m.as_str(),
                    _ => return self.unsupported("relative import", s),
                };
                if m == "__future__" {
                    return Ok(());
                }
                let n = self.name(m);
                self.emit(Op::ImportName(n));
                for a in &i.names {
                    let k = self.name(a.name.as_str());
                    self.emit(Op::ImportFrom(k));
                    let bind = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&bind);
                }
                self.emit(Op::Pop);
            }
            S::Global(_) | S::Nonlocal(_) | S::Pass(_) => {}
            S::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::Pop);
            }
            S::Break(_) => {
                let (idx, id, is_for) = match self.innermost_loop() {
                    Some(x) => x,
                    None => return self.syntax("'break' outside loop", s),
                };
                if self.in_except_star(true) {
                    return self.syntax(EXCEPT_STAR_EXIT, s);
                }
                self.unwind(Some(idx), false)?;
                if is_for {
                    self.emit(Op::Pop);
                }
                let j = self.emit(Op::Jump(0));
                self.unit().loops[id].breaks.push(j);
            }
            S::Continue(_) => {
                let (idx, id, _) = match self.innermost_loop() {
                    Some(x) => x,
                    None => return self.syntax("'continue' not properly in loop", s),
                };
                if self.in_except_star(true) {
                    return self.syntax(EXCEPT_STAR_EXIT, s);
                }
                self.unwind(Some(idx), false)?;
                let t = self.unit().loops[id].continue_target;
                self.emit(Op::Jump(t as u32));
            }
            S::IpyEscapeCommand(_) => return self.unsupported("IPython escape", s),
        }
        Ok(())
    }

    fn push_loop(&mut self, top: usize, is_for: bool) -> usize {
        let u = self.unit();
        u.loops.push(LoopInfo {
            continue_target: top,
            breaks: Vec::new(),
        });
        let id = u.loops.len() - 1;
        u.fblocks.push(FBlock::Loop { id, is_for });
        id
    }

    fn finish_loop(&mut self, id: usize) {
        let breaks = std::mem::take(&mut self.unit().loops[id].breaks);
        for b in breaks {
            self.patch_here(b);
        }
    }

    /// (fblock index, loop id, is_for) of the innermost loop.
    fn innermost_loop(&mut self) -> Option<(usize, usize, bool)> {
        let u = self.unit();
        for (i, b) in u.fblocks.iter().enumerate().rev() {
            if let FBlock::Loop { id, is_for } = b {
                return Some((i, *id, *is_for));
            }
        }
        None
    }

    /// Emit the code that leaves every fblock above `upto` (all of them when None).
    /// `ret`: a return value is on top of the stack and must be preserved.
    fn unwind(&mut self, upto: Option<usize>, ret: bool) -> CResult<()> {
        let blocks = self.unit().fblocks.clone();
        let stop = upto.map_or(0, |i| i + 1);
        for i in (stop..blocks.len()).rev() {
            match &blocks[i] {
                FBlock::Loop { is_for, .. } => {
                    if *is_for {
                        if ret {
                            self.emit(Op::Rot2);
                        }
                        self.emit(Op::Pop);
                    }
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::Finally { body } => {
                    self.emit(Op::PopBlock);
                    // While the finally body runs, a preserved return value sits on the
                    // stack: an exit from inside the body (return/break/continue) drops it.
                    let mut inner = blocks[..i].to_vec();
                    if ret {
                        inner.push(FBlock::PopValue);
                    }
                    let saved = std::mem::replace(&mut self.unit().fblocks, inner);
                    let r = self.stmts(body);
                    self.unit().fblocks = saved;
                    r?;
                }
                FBlock::FinallyExc => {
                    self.emit(Op::PopBlock);
                    if ret {
                        self.emit(Op::Rot2);
                        self.emit(Op::Pop);
                        self.emit(Op::Rot2);
                    } else {
                        self.emit(Op::Pop);
                    }
                    self.emit(Op::PopExcept);
                }
                FBlock::Handler { name } => {
                    if name.is_some() {
                        self.emit(Op::PopBlock);
                    }
                    self.emit(Op::PopBlock);
                    if ret {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::PopExcept);
                    if let Some(n) = name {
                        let n = n.clone();
                        self.emit(Op::LoadNone);
                        self.store_name(&n);
                        self.del_name(&n);
                    }
                }
                FBlock::With { is_async } => {
                    self.emit(Op::PopBlock);
                    if ret {
                        self.emit(Op::Rot2);
                    }
                    self.with_exit_normal(*is_async);
                }
                FBlock::PopValue => {
                    if ret {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                }
                // `in_except_star` refused the exit before it got here.
                FBlock::ExceptStar => {}
            }
        }
        Ok(())
    }

    /// What `try/except` and `try/except*` share: the body under an except block, `else`, a
    /// jump past the handlers (returned, to patch at the end), and the handlers' entry with
    /// the caught exception pushed under a cleanup block (returned: the handlers pop it).
    fn try_body(&mut self, t: &'a ast::StmtTry) -> CResult<(Vec<usize>, usize)> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(&t.orelse)?;
        let ends = vec![self.emit(Op::Jump(0))];
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupCleanup(0));
        Ok((ends, cleanup))
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.try_star(t);
        }
        let (mut ends, cleanup) = self.try_body(t)?;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let next = match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::ExcMatch);
                    Some(self.emit(Op::JumpIfFalse(0)))
                }
                None => None,
            };
            match &h.name {
                Some(n) => {
                    let n: Str = Str::from(n.as_str());
                    self.store_name(&n);
                    let named = self.emit(Op::SetupExcept(0));
                    self.unit().fblocks.push(FBlock::Handler {
                        name: Some(n.clone()),
                    });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopExcept);
                    self.emit(Op::LoadNone);
                    self.store_name(&n);
                    self.del_name(&n);
                    ends.push(self.emit(Op::Jump(0)));
                    self.patch_here(named);
                    self.emit(Op::LoadNone);
                    self.store_name(&n);
                    self.del_name(&n);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop);
                    self.unit().fblocks.push(FBlock::Handler { name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopExcept);
                    ends.push(self.emit(Op::Jump(0)));
                }
            }
            if let Some(n) = next {
                self.patch_here(n);
            }
        }
        self.emit(Op::Reraise);
        self.patch_here(cleanup);
        self.emit(Op::CleanupReraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Is an except* clause left by a `break`/`continue` (`to_loop`: up to the innermost
    /// loop) or a `return` (all the blocks of the function)?
    fn in_except_star(&mut self, to_loop: bool) -> bool {
        for b in self.unit().fblocks.iter().rev() {
            match b {
                FBlock::ExceptStar => return true,
                FBlock::Loop { .. } if to_loop => return false,
                _ => {}
            }
        }
        false
    }

    /// try/except* (PEP 654), as CPython 3.11 compiles it: the caught exception (`orig`) and
    /// a list of what the clauses raise stay on the stack under the part not matched yet;
    /// each clause takes its match, and the end raises what `PrepReraiseStar` makes of the
    /// list (the clauses' exceptions, and what of `orig` was reraised or left unmatched).
    fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let (mut ends, cleanup) = self.try_body(t)?;
        self.unit().fblocks.push(FBlock::ExceptStar);
        // [old, exc] -> [old, orig, [], exc]
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let ty = match &h.type_ {
                Some(ty) => ty,
                None => return self.syntax("expected one or more exception types", h),
            };
            self.expr(ty)?;
            let no_match = self.emit(Op::CheckEgMatch(0));
            // [old, orig, list, rest, match]
            match &h.name {
                Some(n) => self.store_name(n.as_str()),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let raised = self.emit(Op::SetupExcept(0));
            self.stmts(&h.body)?;
            self.emit(Op::PopBlock);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone);
                self.store_name(n.as_str());
                self.del_name(n.as_str());
            }
            let done = self.emit(Op::Jump(0));
            // The clause raised: [old, orig, list, rest, exc] -> its exception into the list.
            self.patch_here(raised);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone);
                self.store_name(n.as_str());
                self.del_name(n.as_str());
            }
            self.emit(Op::ListAppend(2));
            self.patch_here(done);
            self.patch_here(no_match);
            if i + 1 == n {
                // What no clause matched joins the list.
                self.emit(Op::ListAppend(1));
            }
        }
        self.unit().fblocks.pop();
        // [old, orig, list] -> [old, result] or [old]
        let nothing = self.emit(Op::PrepReraiseStar(0));
        self.emit(Op::PopBlock);
        self.emit(Op::Rot2);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.patch_here(nothing);
        self.emit(Op::PopBlock);
        self.emit(Op::PopExcept);
        ends.push(self.emit(Op::Jump(0)));
        self.patch_here(cleanup);
        self.emit(Op::CleanupReraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit()
            .fblocks
            .push(FBlock::Finally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(&t.finalbody)?;
        let end = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupCleanup(0));
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch_here(cleanup);
        self.emit(Op::CleanupReraise);
        self.patch_here(end);
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let (item, rest) = match items.split_first() {
            Some(x) => x,
            None => return self.stmts(body),
        };
        self.expr(&item.context_expr)?;
        self.set_line(item);
        if is_async {
            self.emit(Op::AsyncWithEnter);
            self.emit_await(1);
        } else {
            self.emit(Op::WithEnter);
        }
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::With { is_async });
        self.with_items(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.set_line(item);
        self.with_exit_normal(is_async);
        let end = self.emit(Op::Jump(0));
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupCleanup(0));
        if is_async {
            self.emit(Op::AsyncWithExitExc);
            self.emit_await(2);
        } else {
            self.emit(Op::WithExitExc);
        }
        let suppress = self.emit(Op::JumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch_here(suppress);
        self.emit(Op::PopBlock);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        let end2 = self.emit(Op::Jump(0));
        self.patch_here(cleanup);
        self.emit(Op::CleanupReraise);
        self.patch_here(end);
        self.patch_here(end2);
        Ok(())
    }

    /// Leave a with block normally: call `__exit__(None, None, None)` on top of the stack
    /// (for `async with`, call `__aexit__` and await it), leaving nothing.
    fn with_exit_normal(&mut self, is_async: bool) {
        if is_async {
            self.emit(Op::AsyncWithExitNormal);
            self.emit_await(2);
            self.emit(Op::Pop);
        } else {
            self.emit(Op::WithExitNormal);
        }
    }

    /// `async for`: `__aiter__` once, then await `__anext__()` until StopAsyncIteration.
    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        self.expr(&f.iter)?;
        self.set_line(f);
        self.emit(Op::GetAIter);
        let top = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.emit(Op::LoadNone);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        self.store_target(&f.target)?;
        let id = self.push_loop(top, true);
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::Jump(top as u32));
        self.patch_here(setup);
        self.set_line(f);
        self.emit(Op::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.finish_loop(id);
        Ok(())
    }

    /// `target: annotation [= value]`. The value is stored first; without one, an attribute's
    /// object and a subscript's object and index are still evaluated. The annotation is
    /// evaluated last where `Rules::annotations` says so, in a module or class body only;
    /// the engine keeps no `__annotations__`, so it is dropped.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        } else {
            match &*a.target {
                ast::Expr::Attribute(at) => {
                    self.expr(&at.value)?;
                    self.emit(Op::Pop);
                }
                ast::Expr::Subscript(sub) => {
                    self.expr(&sub.value)?;
                    self.emit(Op::Pop);
                    self.expr(&sub.slice)?;
                    self.emit(Op::Pop);
                }
                _ => {}
            }
        }
        let here = matches!(self.unit().kind, CodeKind::Module | CodeKind::Class);
        if here && self.rules.annotations.of_target(a.simple) {
            self.expr(&a.annotation)?;
            self.emit(Op::Pop);
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op);
        match &*a.target {
            ast::Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::InBin(op));
                self.store_name(n.id.as_str());
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let i = self.private_name(at.attr.as_str());
                self.emit(Op::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Op::InBin(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.expr(&a.value)?;
                self.emit(Op::InBin(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            other => return self.syntax("illegal expression for augmented assignment", other),
        }
        Ok(())
    }

    pub(super) fn store_target(&mut self, t: &ast::Expr) -> CResult<()> {
        match t {
            ast::Expr::Name(n) => self.store_name(n.id.as_str()),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.private_name(a.attr.as_str());
                self.emit(Op::StoreAttr(i));
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::StoreSubscr);
            }
            ast::Expr::Tuple(tu) => self.unpack_into(&tu.elts)?,
            ast::Expr::List(l) => self.unpack_into(&l.elts)?,
            ast::Expr::Starred(_) => {
                return self.syntax("starred assignment target must be in a list or tuple", t)
            }
            other => return self.syntax("cannot assign to expression", other),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &[ast::Expr]) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        match star {
            None => {
                self.emit(Op::Unpack(elts.len() as u32));
            }
            Some(i) => {
                let after = elts.len() - i - 1;
                if elts
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return self.syntax("multiple starred expressions in assignment", &elts[i]);
                }
                self.emit(Op::UnpackEx(i as u32 | (after as u32) << 16));
            }
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &ast::Expr) -> CResult<()> {
        match t {
            ast::Expr::Name(n) => self.del_name(n.id.as_str()),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.private_name(a.attr.as_str());
                self.emit(Op::DelAttr(i));
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::DelSubscr);
            }
            ast::Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            ast::Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => return self.syntax("cannot delete expression", other),
        }
        Ok(())
    }
}
