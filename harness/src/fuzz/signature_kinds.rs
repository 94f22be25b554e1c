//! The kinds of generator objects a program makes (generator, coroutine, async generator),
//! read from its source with ruff's parser: after reduction, the feature of the program that
//! names an output-only difference (see [`super::signature::Signature::after_reduction`]).

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};

/// A kind of object a program can make that runs a suspendable frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A `def` whose body yields, a lambda that yields, a generator expression.
    Generator,
    /// An `async def` that does not yield.
    Coroutine,
    /// An `async def` that yields, an asynchronous generator expression.
    AsyncGenerator,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
        }
    }
}

/// The kinds a program's source makes, in [`Kind`]'s order, each once; None when ruff cannot
/// parse it (nothing is guessed from the text then).
pub fn kinds_of(source: &str) -> Option<Vec<Kind>> {
    let parsed = ruff_python_parser::parse_module(source).ok()?;
    let mut finder = KindFinder::default();
    finder.visit_body(parsed.suite());
    let mut kinds = finder.kinds;
    kinds.sort();
    kinds.dedup();
    Some(kinds)
}

/// Collects the kinds of every function, lambda and generator expression of a module.
#[derive(Default)]
struct KindFinder {
    kinds: Vec<Kind>,
}

impl<'a> Visitor<'a> for KindFinder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            let yields = body_yields(&def.body);
            match (def.is_async, yields) {
                (false, true) => self.kinds.push(Kind::Generator),
                (true, false) => self.kinds.push(Kind::Coroutine),
                (true, true) => self.kinds.push(Kind::AsyncGenerator),
                (false, false) => {}
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Lambda(lambda) if expr_yields(&lambda.body) => {
                self.kinds.push(Kind::Generator);
            }
            Expr::Generator(genexp) => {
                // asynchronous when a `for` is `async for`, or when it awaits anywhere but in
                // the first iterable (which is evaluated outside it)
                let awaits = expr_awaits(&genexp.elt)
                    || genexp.generators.iter().enumerate().any(|(k, c)| {
                        c.ifs.iter().any(expr_awaits) || (k > 0 && expr_awaits(&c.iter))
                    });
                let is_async = awaits || genexp.generators.iter().any(|c| c.is_async);
                self.kinds.push(if is_async {
                    Kind::AsyncGenerator
                } else {
                    Kind::Generator
                });
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Whether a function body yields (not counting functions, lambdas and classes inside it).
fn body_yields(body: &[Stmt]) -> bool {
    let mut finder = Finds {
        target: Target::Yield,
        found: false,
    };
    finder.visit_body(body);
    finder.found
}

fn expr_yields(expr: &Expr) -> bool {
    let mut finder = Finds {
        target: Target::Yield,
        found: false,
    };
    finder.visit_expr(expr);
    finder.found
}

fn expr_awaits(expr: &Expr) -> bool {
    let mut finder = Finds {
        target: Target::Await,
        found: false,
    };
    finder.visit_expr(expr);
    finder.found
}

/// What [`Finds`] looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Yield,
    Await,
}

/// Finds a `yield` (or `yield from`) or an `await` in one scope: it does not enter nested
/// functions, lambdas or classes (nor, for `await`, generator expressions, which are scopes of
/// their own).
struct Finds {
    target: Target,
    found: bool,
}

impl<'a> Visitor<'a> for Finds {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found || matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            return;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found {
            return;
        }
        match (expr, self.target) {
            (Expr::Lambda(_), _) => {}
            (Expr::Generator(_), Target::Await) => {}
            (Expr::Yield(_) | Expr::YieldFrom(_), Target::Yield)
            | (Expr::Await(_), Target::Await) => {
                self.found = true;
            }
            _ => walk_expr(self, expr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(source: &str) -> Vec<&'static str> {
        kinds_of(source)
            .unwrap()
            .into_iter()
            .map(Kind::name)
            .collect()
    }

    #[test]
    fn functions_lambdas_and_generator_expressions_are_kinds() {
        // a plain function, a class and a list comprehension make none
        assert!(
            names("def f():\n    return [v for v in range(3)]\nclass C:\n    pass\n").is_empty()
        );
        assert_eq!(names("def g():\n    yield 1\n"), ["generator"]);
        assert_eq!(names("def g():\n    x = yield from h()\n"), ["generator"]);
        assert_eq!(names("async def c():\n    await x\n"), ["coroutine"]);
        assert_eq!(names("async def a():\n    yield\n"), ["async generator"]);
        assert_eq!(names("s = (repr(v) for v in range(2))\n"), ["generator"]);
        assert_eq!(
            names("s = (repr(v) async for v in g0(0))\n"),
            ["async generator"]
        );
        assert_eq!(names("f = lambda: (yield)\n"), ["generator"]);
        // each kind once, in one order, whatever the program's order
        assert_eq!(
            names("async def a():\n    yield\ndef g():\n    yield\nasync def c():\n    pass\ndef h():\n    yield\n"),
            ["generator", "coroutine", "async generator"]
        );
    }

    #[test]
    fn a_yield_belongs_to_its_own_function() {
        // the outer function only defines a generator; the inner one yields
        assert_eq!(
            names("async def outer():\n    def inner():\n        yield\n    return inner\n"),
            ["generator", "coroutine"]
        );
        // a decorated generator function (types.coroutine) is a generator
        assert_eq!(
            names("import types\n@types.coroutine\ndef sus(v):\n    return (yield v)\nasync def g1(a):\n    await sus(a)\n"),
            ["generator", "coroutine"]
        );
        // an await in a generator expression's element makes it asynchronous; one in its
        // first iterable is evaluated outside it
        assert_eq!(
            names("async def c():\n    return (await v for v in x)\n"),
            ["coroutine", "async generator"]
        );
        assert_eq!(
            names("async def c():\n    return (v for v in await x)\n"),
            ["generator", "coroutine"]
        );
    }

    #[test]
    fn a_source_ruff_cannot_parse_has_no_kinds() {
        assert_eq!(kinds_of("def f(:\n"), None);
    }
}
