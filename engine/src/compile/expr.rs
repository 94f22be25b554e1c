//! Code generation for expressions (including comprehensions, lambdas and f-strings).

use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast as ast;

use super::symtable::{key, ScopeKind};
use super::{
    BinOp, CResult, CmpOp, CodeKind, Compiler, Conversion, FormatFlags, FunctionFlags, Op,
    ParamShape, Prologue, Signature, UnOp,
};
use crate::rules::GenexpYieldLine;
use crate::value::{int, ThinRc, Value};
use ruff_text_size::Ranged;

pub(super) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

fn parse_int(text: &str) -> Option<Value> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(int::from_big)
}

impl Compiler<'_> {
    pub(super) fn expr(&mut self, e: &ast::Expr) -> CResult<()> {
        use ast::Expr as E;
        match e {
            E::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let v = match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => match parse_int(&i.to_string()) {
                            Some(v) => v,
                            None => return self.unsupported("integer literal", e),
                        },
                    };
                    self.emit_const(v);
                }
                ast::Number::Float(f) => self.emit_const(Value::float(*f)),
                ast::Number::Complex { .. } => return self.unsupported("complex numbers", e),
            },
            E::StringLiteral(s) => {
                let v = Value::str(s.value.to_str());
                self.emit_const(v);
            }
            E::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.emit_const(Value::Bytes(ThinRc::from(bytes)));
            }
            E::BooleanLiteral(b) => self.emit_const(Value::bool(b.value)),
            E::NoneLiteral(_) => {
                self.emit(Op::LoadNone);
            }
            E::EllipsisLiteral(_) => self.emit_const(Value::Ellipsis),
            E::Name(n) => self.load_name(n.id.as_str()),
            E::BoolOp(b) => {
                let mut jumps = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let j = match b.op {
                            ast::BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0)),
                            ast::BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0)),
                        };
                        jumps.push(j);
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            E::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store_target(&n.target)?;
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(e);
                self.emit(Op::Bin(binop(b.op)));
            }
            E::UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => self.emit(Op::Not),
                    ast::UnaryOp::USub => self.emit(Op::Unary(UnOp::Neg)),
                    ast::UnaryOp::UAdd => self.emit(Op::Unary(UnOp::Pos)),
                    ast::UnaryOp::Invert => self.emit(Op::Unary(UnOp::Invert)),
                };
            }
            E::Lambda(l) => {
                let qual = self.child_qualname("<lambda>");
                let line = self.index.line(l.range.start());
                self.function_like(
                    key(l),
                    CodeKind::Lambda,
                    "<lambda>",
                    &qual,
                    line,
                    l.parameters.as_deref().map(Signature::of_lambda),
                    |c| {
                        c.expr(&l.body)?;
                        c.emit(Op::Return);
                        Ok(())
                    },
                )?;
            }
            E::If(i) => {
                self.expr(&i.test)?;
                let j = self.emit(Op::JumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump(0));
                self.patch_here(j);
                self.expr(&i.orelse)?;
                self.patch_here(end);
            }
            E::Dict(d) => {
                let has_unpack = d.items.iter().any(|i| i.key.is_none());
                if !has_unpack {
                    for it in &d.items {
                        if let Some(k) = &it.key {
                            self.expr(k)?;
                        }
                        self.expr(&it.value)?;
                    }
                    self.emit(Op::BuildMap(d.items.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(&it.value)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            E::Set(s) => self.sequence(&s.elts, Seq::Set)?,
            E::List(l) => self.sequence(&l.elts, Seq::List)?,
            E::Tuple(t) => self.sequence(&t.elts, Seq::Tuple)?,
            E::ListComp(c) => {
                self.comprehension(key(c), "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            E::SetComp(c) => {
                self.comprehension(key(c), "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            E::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(
                    key(c),
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                )?,
                None => return self.unsupported("dict comprehension unpacking", e),
            },
            E::Generator(g) => {
                let line = self.genexp_yield_line(g);
                self.comprehension(
                    key(g),
                    "<genexpr>",
                    &g.generators,
                    CompKind::Gen(&g.elt, line),
                )?
            }
            E::Await(a) => {
                self.expr(&a.value)?;
                self.set_line(e);
                self.emit_await(0);
            }
            E::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.set_line(e);
                self.emit(Op::Yield);
            }
            E::YieldFrom(y) => {
                // 3.15 folds a list display iterated by `yield from` into a tuple, as every
                // version does for a `for` loop's
                if self.rules.yield_from_sequence_direct {
                    self.iter_expr(&y.value)?;
                } else {
                    self.expr(&y.value)?;
                }
                self.set_line(e);
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
            E::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                if n == 1 {
                    if matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.iter_expr(&c.comparators[0])?;
                    } else {
                        self.expr(&c.comparators[0])?;
                    }
                    self.set_line(e);
                    self.emit(Op::Cmp(cmpop(c.ops[0])));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                        self.expr(right)?;
                        if i + 1 < n {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Cmp(cmpop(*op)));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Cmp(cmpop(*op)));
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanups {
                        self.patch_here(c);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch_here(end);
                }
            }
            E::Call(c) => self.call(e, c)?,
            E::FString(f) => {
                let mut n = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            self.emit_const(Value::str(&l.value));
                            n += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            for el in fs.elements.iter() {
                                n += self.fstring_element(el)?;
                            }
                        }
                    }
                }
                if n != 1 {
                    self.emit(Op::BuildString(n));
                }
            }
            E::TString(_) => return self.unsupported("t-string", e),
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.private_name(a.attr.as_str());
                self.set_line(e);
                self.emit(Op::LoadAttr(i));
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.set_line(e);
                self.emit(Op::Subscr);
            }
            E::Starred(_) => return self.syntax("can't use starred expression here", e),
            E::Slice(_) => return self.unsupported("slice outside subscript", e),
            E::IpyEscapeCommand(_) => return self.unsupported("IPython escape", e),
        }
        Ok(())
    }

    /// An iterable position (`for` target, comprehension source, `in` operand): a list
    /// display becomes a tuple, as CPython's AST optimizer does.
    pub(super) fn iter_expr(&mut self, e: &ast::Expr) -> CResult<()> {
        if let ast::Expr::List(l) = e {
            if !l.elts.iter().any(|x| matches!(x, ast::Expr::Starred(_))) {
                return self.sequence(&l.elts, Seq::Tuple);
            }
        }
        self.expr(e)
    }

    /// An `async for` iterable of a comprehension: before 3.14 the AST optimizer folds a list
    /// display there into a tuple as it does for `for` (an `async for` statement's is left).
    fn async_comp_iter(&mut self, e: &ast::Expr) -> CResult<()> {
        if self.rules.ast_folds_constants {
            self.iter_expr(e)
        } else {
            self.expr(e)
        }
    }

    pub(super) fn subscript_index(&mut self, s: &ast::Expr) -> CResult<()> {
        if let ast::Expr::Slice(sl) = s {
            for part in [&sl.lower, &sl.upper] {
                match part {
                    Some(x) => self.expr(x)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
            }
            match &sl.step {
                Some(x) => {
                    self.expr(x)?;
                    self.emit(Op::BuildSlice(3));
                }
                None => {
                    self.emit(Op::BuildSlice(2));
                }
            }
            Ok(())
        } else {
            self.expr(s)
        }
    }

    /// Returns how many string pieces were pushed.
    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> CResult<u32> {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                self.emit_const(Value::str(&l.value));
                Ok(1)
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut n = 0;
                let mut conv = match i.conversion {
                    ast::ConversionFlag::None => Conversion::None,
                    ast::ConversionFlag::Str => Conversion::Str,
                    ast::ConversionFlag::Repr => Conversion::Repr,
                    ast::ConversionFlag::Ascii => Conversion::Ascii,
                };
                if let Some(d) = &i.debug_text {
                    let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                    self.emit_const(Value::str(&text));
                    n += 1;
                    if conv == Conversion::None && i.format_spec.is_none() {
                        conv = Conversion::Repr;
                    }
                }
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    let mut k = 0;
                    for e in spec.elements.iter() {
                        k += self.fstring_element(e)?;
                    }
                    if k != 1 {
                        self.emit(Op::BuildString(k));
                    }
                }
                let flags = FormatFlags::new(conv, i.format_spec.is_some());
                self.emit(Op::Format(flags));
                Ok(n + 1)
            }
        }
    }

    fn sequence(&mut self, elts: &[ast::Expr], kind: Seq) -> CResult<()> {
        let starred = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::List => Op::BuildList(n),
                Seq::Tuple => Op::BuildTuple(n),
                Seq::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            Seq::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        };
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(match kind {
                        Seq::Set => Op::SetUpdate(1),
                        _ => Op::ListExtend(1),
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(match kind {
                        Seq::Set => Op::SetAdd(1),
                        _ => Op::ListAppend(1),
                    });
                }
            }
        }
        if let Seq::Tuple = kind {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    /// The local zero-argument `super()` binds: the first local of the frame it runs in
    /// (CPython reads `localsplus[0]`), so a comprehension's iterator `.0`, or from 3.12 in
    /// an inlined list, set or dict comprehension the function's first argument (the
    /// symbol table made it a free variable there). None when the frame has no argument.
    fn super_first_arg(&self) -> Option<String> {
        let info = self.scope_info()?;
        if info.kind == ScopeKind::Comprehension {
            if let Some(outer) = self.inlined_function_scope() {
                return outer.first_arg.clone();
            }
            return Some(".0".to_string());
        }
        let u = self.units.last()?;
        if u.kind == CodeKind::Module {
            return None;
        }
        info.first_arg.clone()
    }

    /// The function scope a 3.12+ list, set or dict comprehension is inlined into.
    fn inlined_function_scope(&self) -> Option<&super::symtable::ScopeInfo> {
        if !self.rules.inlined_comprehensions {
            return None;
        }
        for u in self.units.iter().rev() {
            let info = self.scopes.get(&u.scope?)?;
            match (u.kind, info.kind) {
                (CodeKind::Comprehension, _) => continue,
                (_, ScopeKind::Function) => return Some(info),
                _ => return None,
            }
        }
        None
    }

    fn call(&mut self, e: &ast::Expr, c: &ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        let has_dstar = args.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super().
        if let ast::Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && args.args.is_empty() && args.keywords.is_empty() {
                let in_method = self.scope_info().is_some_and(|s| {
                    s.kind != ScopeKind::Class && s.freevars.iter().any(|f| f == "__class__")
                });
                if in_method {
                    self.load_name("super");
                    self.load_name("__class__");
                    match self.super_first_arg() {
                        Some(f) => self.load_name(&f),
                        None => {
                            self.emit(Op::LoadNone);
                        }
                    }
                    self.set_line(e);
                    self.emit(Op::Super);
                    return Ok(());
                }
            }
        }
        if !has_star && !has_dstar {
            if let ast::Expr::Attribute(a) = &*c.func {
                if args.keywords.is_empty() {
                    self.expr(&a.value)?;
                    let i = self.private_name(a.attr.as_str());
                    self.set_line(&*c.func);
                    self.emit(Op::LoadMethod(i));
                    for x in args.args.iter() {
                        self.expr(x)?;
                    }
                    self.set_line(e);
                    self.emit(Op::CallMethod(args.args.len() as u32));
                    return Ok(());
                }
            }
            self.expr(&c.func)?;
            for x in args.args.iter() {
                self.expr(x)?;
            }
            if args.keywords.is_empty() {
                self.set_line(e);
                self.emit(Op::Call(args.args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in args.keywords.iter() {
                    self.expr(&k.value)?;
                    if let Some(a) = &k.arg {
                        names.push(Value::str(a.as_str()));
                    }
                }
                self.emit_const(Value::tuple(names));
                self.set_line(e);
                self.emit(Op::CallKw((args.args.len() + args.keywords.len()) as u32));
            }
            return Ok(());
        }
        self.expr(&c.func)?;
        // Positional arguments as a tuple; a lone `*it` is made one by the call, after the
        // keyword arguments are evaluated (as CPython's CALL_FUNCTION_EX).
        if let [ast::Expr::Starred(s)] = &args.args[..] {
            self.expr(&s.value)?;
        } else {
            self.positional_tuple(args)?;
        }
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            self.emit(Op::BuildMap(0));
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(a) => {
                        self.emit_const(Value::str(a.as_str()));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge(1));
                    }
                }
            }
        }
        self.set_line(e);
        self.emit(Op::CallEx(u32::from(has_kw)));
        Ok(())
    }

    /// The positional arguments of a call with `*` as one tuple on the stack.
    fn positional_tuple(&mut self, args: &ast::Arguments) -> CResult<()> {
        self.emit(Op::BuildList(0));
        for a in args.args.iter() {
            match a {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        Ok(())
    }

    /// Compile a function-like body into a new code object and emit MakeFunction for it
    /// (defaults evaluated here, in the enclosing scope).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn function_like(
        &mut self,
        scope: usize,
        kind: CodeKind,
        name: &str,
        qualname: &str,
        line: u32,
        sig: Option<Signature<'_>>,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let mut flags = FunctionFlags::default();
        let mut shape = ParamShape::default();
        if let Some(Signature { params: p, returns }) = sig {
            let pos: Vec<&ast::ParameterWithDefault> =
                p.posonlyargs.iter().chain(p.args.iter()).collect();
            let defaults: Vec<&ast::Expr> =
                pos.iter().filter_map(|a| a.default.as_deref()).collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple(defaults.len() as u32));
                flags = flags.with_defaults();
            }
            let kwd: Vec<&ast::ParameterWithDefault> = p
                .kwonlyargs
                .iter()
                .filter(|a| a.default.is_some())
                .collect();
            if !kwd.is_empty() {
                for a in &kwd {
                    self.emit_const(Value::str(a.parameter.name.as_str()));
                    if let Some(d) = &a.default {
                        self.expr(d)?;
                    }
                }
                self.emit(Op::BuildMap(kwd.len() as u32));
                flags = flags.with_kwdefaults();
            }
            if self.rules.annotations.of_functions() {
                // Evaluated for their effects (a NameError, a call); the engine keeps no
                // `__annotations__`, which is unsupported where read.
                for a in super::symtable::annotations(p).chain(returns) {
                    self.expr(a)?;
                    self.emit(Op::Pop);
                }
            }
            shape = ParamShape {
                argcount: pos.len(),
                posonly: p.posonlyargs.len(),
                kwonly: p.kwonlyargs.len(),
                varargs: p.vararg.is_some(),
                varkw: p.kwarg.is_some(),
                prologue: Prologue::None,
            };
        }
        self.new_unit(Some(scope), kind, name, qualname, line);
        if let Err(err) = body(self) {
            self.units.pop();
            return Err(err);
        }
        let code = self.finish_unit(shape);
        self.make_closure(code, flags)
    }

    pub(super) fn make_closure(
        &mut self,
        code: Rc<super::Code>,
        mut flags: FunctionFlags,
    ) -> CResult<()> {
        if !code.freevars.is_empty() {
            let frees = code.freevars.clone();
            for f in frees.iter() {
                match self.deref_index(f) {
                    Some(i) => {
                        self.emit(Op::LoadClosure(i));
                    }
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
            }
            self.emit(Op::BuildTuple(frees.len() as u32));
            flags = flags.with_closure();
        }
        self.emit_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    /// The line a generator expression's yield carries (see [`GenexpYieldLine`]).
    fn genexp_yield_line(&self, g: &ast::ExprGenerator) -> u32 {
        match self.rules.genexp_yield_line {
            GenexpYieldLine::Element => self.index.line(g.elt.range().start()),
            GenexpYieldLine::LastComparison => {
                let mut line = self.index.line(g.range().start());
                for c in g.generators.iter().flat_map(|c| c.ifs.iter()) {
                    self.last_condition_comparison(c, &mut line);
                }
                line
            }
        }
    }

    /// The line of the last comparison 3.10's `compiler_jump_if` visits in condition `e`.
    fn last_condition_comparison(&self, e: &ast::Expr, line: &mut u32) {
        match e {
            ast::Expr::Compare(_) => *line = self.index.line(e.range().start()),
            ast::Expr::BoolOp(b) => {
                for v in &b.values {
                    self.last_condition_comparison(v, line);
                }
            }
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.last_condition_comparison(&u.operand, line)
            }
            ast::Expr::If(i) => {
                for v in [&i.test, &i.body, &i.orelse] {
                    self.last_condition_comparison(v, line);
                }
            }
            _ => {}
        }
    }

    fn comprehension(
        &mut self,
        scope: usize,
        name: &str,
        gens: &[ast::Comprehension],
        kind: CompKind,
    ) -> CResult<()> {
        let first = match gens.first() {
            Some(f) => f,
            None => return Ok(()),
        };
        let qual = self.child_qualname(name);
        let line = self.index.line(first.range.start());
        let code_kind = if let CompKind::Gen(..) = kind {
            CodeKind::GenExpr
        } else {
            CodeKind::Comprehension
        };
        let genexp_prologue = code_kind == CodeKind::GenExpr && self.rules.genexp_takes_iterable;
        let outer_line = self.unit().line;
        self.new_unit(Some(scope), code_kind, name, &qual, outer_line);
        let _ = line;
        let r = (|| {
            match kind {
                CompKind::List(_) => {
                    self.emit(Op::BuildList(0));
                }
                CompKind::Set(_) => {
                    self.emit(Op::BuildSet(0));
                }
                CompKind::Dict(..) => {
                    self.emit(Op::BuildMap(0));
                }
                CompKind::Gen(..) => {}
            }
            self.comp_level(gens, 0, kind, genexp_prologue)?;
            if let CompKind::Gen(..) = kind {
                self.emit(Op::LoadNone);
            }
            self.emit(Op::Return);
            Ok(())
        })();
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let is_async = self.scopes.get(&scope).is_some_and(|s| s.is_async);
        let prologue = match (genexp_prologue, first.is_async) {
            (false, _) => Prologue::None,
            (true, false) => Prologue::Iter,
            (true, true) => Prologue::AIter,
        };
        let code = self.finish_unit(ParamShape {
            argcount: 1,
            prologue,
            ..Default::default()
        });
        self.make_closure(code, FunctionFlags::default())?;
        if genexp_prologue {
            // 3.15: the iterable itself; the generator expression's call takes its iterator.
            self.expr(&first.iter)?;
        } else if first.is_async {
            self.async_comp_iter(&first.iter)?;
            self.emit(Op::GetAIter);
        } else {
            self.iter_expr(&first.iter)?;
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        // A comprehension that awaits is a coroutine the enclosing code awaits (an async
        // generator expression is left to the caller).
        if is_async && !matches!(kind, CompKind::Gen(..)) {
            self.emit_await(0);
        }
        Ok(())
    }

    /// Level `i` of a comprehension; with `prologue` the first level's iterator is already
    /// on the stack (see [`Prologue`]).
    fn comp_level(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        kind: CompKind,
        prologue: bool,
    ) -> CResult<()> {
        let g = &gens[i];
        if i == 0 {
            if !prologue {
                self.emit(Op::LoadFast(0));
            }
        } else if g.is_async {
            self.async_comp_iter(&g.iter)?;
            self.emit(Op::GetAIter);
        } else {
            self.iter_expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let top = self.here();
        let fi = if g.is_async {
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetANext);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
            self.emit(Op::PopBlock);
            setup
        } else {
            self.emit(Op::ForIter(0))
        };
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for c in &g.ifs {
            self.expr(c)?;
            skips.push(self.emit(Op::JumpIfFalse(0)));
        }
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, kind, prologue)?;
        } else {
            // Depth of the collection below the iterators: one per level plus itself.
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(e, line) => {
                    self.expr(e)?;
                    self.unit().line = line;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, top);
        }
        self.emit(Op::Jump(top as u32));
        self.patch_here(fi);
        if g.is_async {
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Seq {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
    /// The element and the line its yield carries.
    Gen(&'a ast::Expr, u32),
}
