//! The compiler's SyntaxWarnings for a misused literal (CPython 3.8+, `check_compare`,
//! `check_caller`, `check_subscripter`, `check_index` and the assert check of compile.c):
//! `x is 1`, `5()`, `5[0]`, `"a"[1.0]`, `assert (x, "message")`. The checks see the AST after
//! CPython's constant folding (before 3.14), so `x is -1` and `"a"[1 + 2.0]` warn there too;
//! the folding is modelled as far as it decides a warning (the constant's type, and whether
//! folding succeeds within CPython's size limits).

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Number, Operator, Stmt, UnaryOp};
use ruff_text_size::Ranged;

use crate::Rules;

/// One warning: the byte offset of the expression or statement, and the message.
pub struct LiteralWarning {
    pub offset: usize,
    pub message: String,
}

/// The warnings of a module, in the order CPython's compiler gives them.
pub fn literal_warnings(body: &[Stmt], rules: &Rules) -> Vec<LiteralWarning> {
    if !rules.literal_misuse_warnings {
        return Vec::new();
    }
    let mut checker = Checker {
        rules,
        found: Vec::new(),
    };
    checker.visit_body(body);
    checker.found
}

/// A constant after folding: what the checks need of it.
#[derive(Clone)]
enum Const {
    NoneValue,
    Bool,
    Ellipsis,
    /// An int, with its value when it fits in an i128.
    Int(Option<i128>),
    Float(f64),
    Complex,
    /// A str or bytes and its length.
    Str(usize),
    Bytes(usize),
    Tuple(Vec<Const>),
}

/// CPython's ast_opt.c limits: folding stops at results larger than these.
const MAX_INT_BITS: u32 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;

impl Const {
    fn type_name(&self) -> &'static str {
        match self {
            Const::NoneValue => "NoneType",
            Const::Bool => "bool",
            Const::Ellipsis => "ellipsis",
            Const::Int(_) => "int",
            Const::Float(_) => "float",
            Const::Complex => "complex",
            Const::Str(_) => "str",
            Const::Bytes(_) => "bytes",
            Const::Tuple(_) => "tuple",
        }
    }

    /// An int (or bool) value; `Some(None)` for an int too large to hold.
    fn int(&self) -> Option<Option<i128>> {
        match self {
            Const::Int(v) => Some(*v),
            // The value of a bool is not tracked: 0 or 1 only matters for a zero divisor,
            // and a bool operand is rare enough to leave unfolded.
            _ => None,
        }
    }

    fn is_number(&self) -> bool {
        matches!(
            self,
            Const::Int(_) | Const::Float(_) | Const::Complex | Const::Bool
        )
    }

    fn len(&self) -> Option<usize> {
        match self {
            Const::Str(n) | Const::Bytes(n) => Some(*n),
            Const::Tuple(t) => Some(t.len()),
            _ => None,
        }
    }
}

fn bits(v: i128) -> u32 {
    128 - v.unsigned_abs().leading_zeros()
}

struct Checker<'r> {
    rules: &'r Rules,
    found: Vec<LiteralWarning>,
}

impl Checker<'_> {
    fn warn(&mut self, node: &impl Ranged, message: String) {
        self.found.push(LiteralWarning {
            offset: usize::from(node.start()),
            message,
        });
    }

    /// The expression as a constant, as CPython's AST optimizer leaves it.
    fn fold(&self, e: &Expr) -> Option<Const> {
        let folds = self.rules.ast_folds_constants;
        Some(match e {
            Expr::NoneLiteral(_) => Const::NoneValue,
            Expr::BooleanLiteral(_) => Const::Bool,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => Const::Int(i.as_i64().map(i128::from)),
                Number::Float(f) => Const::Float(*f),
                Number::Complex { .. } => Const::Complex,
            },
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().chars().count()),
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().count()),
            Expr::Tuple(t) if t.ctx == ExprContext::Load => {
                let mut items = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    // 3.14 folds no nested tuple or operator here: only plain literals.
                    if !folds && matches!(x, Expr::Tuple(_) | Expr::UnaryOp(_) | Expr::BinOp(_)) {
                        return None;
                    }
                    items.push(self.fold(x)?);
                }
                Const::Tuple(items)
            }
            Expr::UnaryOp(u) if folds => {
                let v = self.fold(&u.operand)?;
                match (u.op, v) {
                    (UnaryOp::Not, _) => Const::Bool,
                    (UnaryOp::USub, Const::Int(i)) => Const::Int(i.and_then(i128::checked_neg)),
                    (UnaryOp::USub, Const::Float(f)) => Const::Float(-f),
                    (UnaryOp::UAdd, c @ (Const::Int(_) | Const::Float(_))) => c,
                    (UnaryOp::USub | UnaryOp::UAdd, Const::Complex) => Const::Complex,
                    (UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert, Const::Bool) => {
                        Const::Int(None)
                    }
                    (UnaryOp::Invert, Const::Int(i)) => Const::Int(i.map(|i| !i)),
                    _ => return None,
                }
            }
            Expr::BinOp(b) if folds => {
                let l = self.fold(&b.left)?;
                let r = self.fold(&b.right)?;
                fold_binop(b.op, &l, &r)?
            }
            Expr::Subscript(s) if folds && s.ctx == ExprContext::Load => {
                let v = self.fold(&s.value)?;
                let Some(Some(i)) = self.fold(&s.slice)?.int() else {
                    return None;
                };
                let n = v.len()? as i128;
                let i = if i < 0 { i + n } else { i };
                if i < 0 || i >= n {
                    return None;
                }
                match v {
                    Const::Str(_) => Const::Str(1),
                    Const::Bytes(_) => Const::Int(Some(0)),
                    Const::Tuple(t) => t[i as usize].clone(),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    /// CPython's `infer_type`: the type an expression certainly has, by its kind.
    fn infer_type(&self, e: &Expr) -> Option<&'static str> {
        Some(match e {
            Expr::Tuple(_) => "tuple",
            Expr::List(_) | Expr::ListComp(_) => "list",
            Expr::Dict(_) | Expr::DictComp(_) => "dict",
            Expr::Set(_) | Expr::SetComp(_) => "set",
            Expr::Generator(_) => "generator",
            Expr::Lambda(_) => "function",
            Expr::FString(_) => "str",
            _ => return self.fold(e).map(|c| c.type_name()),
        })
    }

    fn check_compare(&mut self, c: &ast::ExprCompare) {
        let is_arg = |me: &Self, e: &Expr| {
            !matches!(
                me.fold(e),
                Some(
                    Const::Int(_)
                        | Const::Float(_)
                        | Const::Complex
                        | Const::Str(_)
                        | Const::Bytes(_)
                        | Const::Tuple(_)
                )
            )
        };
        let mut left_expr = &*c.left;
        let mut left = is_arg(self, left_expr);
        for (op, right_expr) in c.ops.iter().zip(c.comparators.iter()) {
            let right = is_arg(self, right_expr);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left && right) {
                let literal = if !left { left_expr } else { right_expr };
                let (word, instead) = if *op == CmpOp::Is {
                    ("is", "==")
                } else {
                    ("is not", "!=")
                };
                let what = if self.rules.is_literal_names_type {
                    format!("'{}' literal", self.infer_type(literal).unwrap_or("object"))
                } else {
                    "a literal".to_string()
                };
                self.warn(
                    c,
                    format!("\"{word}\" with {what}. Did you mean \"{instead}\"?"),
                );
                return;
            }
            left = right;
            left_expr = right_expr;
        }
    }

    fn check_caller(&mut self, func: &Expr) {
        let warns = matches!(
            func,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        ) || self.fold(func).is_some();
        if let (true, Some(t)) = (warns, self.infer_type(func)) {
            self.warn(
                func,
                format!("'{t}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    fn check_subscript(&mut self, s: &ast::ExprSubscript) {
        let value = &*s.value;
        let folded = self.fold(value);
        let not_subscriptable = match &folded {
            Some(c) => c.is_number() || matches!(c, Const::NoneValue | Const::Ellipsis),
            None => matches!(
                value,
                Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)
            ),
        };
        if not_subscriptable {
            let t = self.infer_type(value).unwrap_or("object");
            self.warn(
                value,
                format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let index_type = match &*s.slice {
            Expr::Slice(_) => return,
            slice => match self.infer_type(slice) {
                None | Some("int" | "bool") => return,
                Some(t) => t,
            },
        };
        let sequence = match &folded {
            Some(c) => matches!(c, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)),
            None => matches!(
                value,
                Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)
            ),
        };
        if sequence {
            let t = self.infer_type(value).unwrap_or("object");
            self.warn(
                value,
                format!(
                    "{t} indices must be integers or slices, not {index_type}; perhaps you \
                     missed a comma?"
                ),
            );
        }
    }

    /// A comprehension's parts in the order the compiler visits them: the outermost
    /// iterable last when the comprehension is a function of its own (before 3.12, and
    /// genexps always), first when it is inlined (PEP 709).
    fn visit_comprehension_parts(
        &mut self,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        inlined: bool,
    ) {
        let Some((first, rest)) = generators.split_first() else {
            return;
        };
        if inlined {
            self.visit_expr(&first.iter);
        }
        self.visit_expr(&first.target);
        for e in &first.ifs {
            self.visit_expr(e);
        }
        for g in rest {
            self.visit_comprehension(g);
        }
        for e in elts {
            self.visit_expr(e);
        }
        if !inlined {
            self.visit_expr(&first.iter);
        }
    }
}

fn fold_binop(op: Operator, l: &Const, r: &Const) -> Option<Const> {
    use Const::*;
    // Sequences: concatenation and repetition within the size limits.
    match (op, l, r) {
        (Operator::Add, Str(a), Str(b)) => return Some(Str(a + b)),
        (Operator::Add, Bytes(a), Bytes(b)) => return Some(Bytes(a + b)),
        (Operator::Add, Tuple(a), Tuple(b)) => {
            return Some(Tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
        (Operator::Mult, seq @ (Str(_) | Bytes(_) | Tuple(_)), Int(n))
        | (Operator::Mult, Int(n), seq @ (Str(_) | Bytes(_) | Tuple(_))) => {
            let size = seq.len()?;
            let n = usize::try_from((*n)?).unwrap_or(0);
            let limit = if matches!(seq, Tuple(_)) {
                MAX_COLLECTION_SIZE
            } else {
                MAX_STR_SIZE
            };
            if size != 0 && n > limit / size {
                return None;
            }
            return Some(match seq {
                Str(_) => Str(size * n),
                Bytes(_) => Bytes(size * n),
                Tuple(t) => Tuple(t.iter().cycle().take(size * n).cloned().collect()),
                _ => return None,
            });
        }
        _ => {}
    }
    if !l.is_number() || !r.is_number() || matches!(l, Bool) || matches!(r, Bool) {
        return None;
    }
    let complex = matches!(l, Complex) || matches!(r, Complex);
    let float = matches!(l, Float(_)) || matches!(r, Float(_));
    let zero = |c: &Const| match c {
        Int(Some(0)) => true,
        Float(f) => *f == 0.0,
        _ => false,
    };
    let as_f64 = |c: &Const| match c {
        Int(Some(i)) => Some(*i as f64),
        Float(f) => Some(*f),
        _ => None,
    };
    match op {
        Operator::MatMult => None,
        Operator::Div => {
            if zero(r) || complex {
                return if zero(r) { None } else { Some(Complex) };
            }
            Some(Float(as_f64(l)? / as_f64(r)?))
        }
        Operator::FloorDiv | Operator::Mod => {
            if complex || zero(r) {
                return None;
            }
            if float {
                return Some(Float(0.0));
            }
            Some(Int(None))
        }
        Operator::Add | Operator::Sub | Operator::Mult => {
            if complex {
                return Some(Complex);
            }
            if float {
                let (a, b) = (as_f64(l)?, as_f64(r)?);
                let v = match op {
                    Operator::Add => a + b,
                    Operator::Sub => a - b,
                    _ => a * b,
                };
                return v.is_finite().then_some(Float(v));
            }
            let (a, b) = (l.int()?, r.int()?);
            if op == Operator::Mult {
                // safe_multiply: no fold past 128 bits of result.
                let (a, b) = (a?, b?);
                if a != 0 && b != 0 && bits(a) + bits(b) > MAX_INT_BITS {
                    return None;
                }
                return Some(Int(a.checked_mul(b)));
            }
            Some(Int(match (a, b, op) {
                (Some(a), Some(b), Operator::Add) => a.checked_add(b),
                (Some(a), Some(b), _) => a.checked_sub(b),
                _ => None,
            }))
        }
        Operator::Pow => {
            if complex {
                return if zero(l) { None } else { Some(Complex) };
            }
            if float {
                let v = as_f64(l)?.powf(as_f64(r)?);
                return v.is_finite().then_some(Float(v));
            }
            let (a, b) = (l.int()??, r.int()??);
            if b < 0 {
                return if a == 0 { None } else { Some(Float(0.0)) };
            }
            // safe_power: no fold when the result may pass 128 bits.
            if a != 0 && b > 0 && u128::from(bits(a)) > u128::from(MAX_INT_BITS) / b as u128 {
                return None;
            }
            Some(Int(u32::try_from(b).ok().and_then(|b| a.checked_pow(b))))
        }
        Operator::LShift
        | Operator::RShift
        | Operator::BitAnd
        | Operator::BitOr
        | Operator::BitXor => {
            if float || complex {
                return None;
            }
            let (a, b) = (l.int()?, r.int()?);
            if matches!(op, Operator::LShift | Operator::RShift) {
                let b = b?;
                if b < 0 {
                    return None;
                }
                if op == Operator::LShift {
                    let a = a?;
                    if a != 0
                        && (b > i128::from(MAX_INT_BITS)
                            || i128::from(bits(a)) > i128::from(MAX_INT_BITS) - b)
                    {
                        return None;
                    }
                    return Some(Int(a.checked_shl(b as u32)));
                }
                return Some(Int(a.map(|a| a >> b.min(127))));
            }
            Some(Int(match (a, b) {
                (Some(a), Some(b)) => Some(match op {
                    Operator::BitAnd => a & b,
                    Operator::BitOr => a | b,
                    _ => a ^ b,
                }),
                _ => None,
            }))
        }
    }
}

impl<'a> Visitor<'a> for Checker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assert(a) => {
                let warns = match &*a.test {
                    Expr::Tuple(t) if !t.elts.is_empty() => {
                        self.rules.assert_warns_constant_tuple
                            || !self.rules.ast_folds_constants
                            || self.fold(&a.test).is_none()
                    }
                    _ => false,
                };
                if warns {
                    self.warn(
                        stmt,
                        "assertion is always true, perhaps remove parentheses?".to_string(),
                    );
                }
                walk_stmt(self, stmt);
            }
            // The compiler makes the class body's code before it evaluates the bases.
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                self.visit_body(&c.body);
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        // A constant the optimizer folded is not compiled: nothing in it is checked.
        if !matches!(expr, Expr::Tuple(_)) && self.fold(expr).is_some() {
            return;
        }
        let inlined = self.rules.inlined_comprehensions;
        match expr {
            Expr::Compare(c) => self.check_compare(c),
            Expr::Call(c) => self.check_caller(&c.func),
            Expr::Subscript(s) if s.ctx == ExprContext::Load => self.check_subscript(s),
            Expr::ListComp(c) => {
                return self.visit_comprehension_parts(&c.generators, &[&c.elt], inlined)
            }
            Expr::SetComp(c) => {
                return self.visit_comprehension_parts(&c.generators, &[&c.elt], inlined)
            }
            Expr::Generator(c) => {
                return self.visit_comprehension_parts(&c.generators, &[&c.elt], false)
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                return self.visit_comprehension_parts(&c.generators, &elts, inlined);
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
