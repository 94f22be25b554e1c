//! PEP 765 (CPython 3.14): the compiler warns (`SyntaxWarning`) about a `return`, `break` or
//! `continue` that leaves a `finally` block.

use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

/// One warning: the statement's byte offset and its keyword.
pub struct FinallyExit {
    pub offset: usize,
    pub keyword: &'static str,
}

impl FinallyExit {
    pub fn message(&self) -> String {
        format!("'{}' in a 'finally' block", self.keyword)
    }
}

/// The innermost construct around a statement that decides whether it leaves a `finally`
/// block. CPython's AST pass keeps a stack of these: a function body and a loop body each
/// start a new context, so a `return` inside a loop that is inside a `finally` is not warned
/// about (nor, of course, a `break` or `continue` of that loop), while a loop's `else` clause
/// stays in the enclosing context.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Outside,
    Finally,
    FunctionBody,
    LoopBody,
}

struct Finder {
    context: Context,
    found: Vec<FinallyExit>,
}

impl Finder {
    fn within(&mut self, context: Context, body: &[Stmt]) {
        let outer = std::mem::replace(&mut self.context, context);
        self.visit_body(body);
        self.context = outer;
    }
}

impl<'a> StatementVisitor<'a> for Finder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let keyword = match stmt {
            Stmt::Return(_) => Some("return"),
            Stmt::Break(_) => Some("break"),
            Stmt::Continue(_) => Some("continue"),
            _ => None,
        };
        if let Some(keyword) = keyword {
            if self.context == Context::Finally {
                self.found.push(FinallyExit {
                    offset: usize::from(stmt.start()),
                    keyword,
                });
            }
            return;
        }
        match stmt {
            Stmt::FunctionDef(f) => self.within(Context::FunctionBody, &f.body),
            Stmt::For(ast::StmtFor { body, orelse, .. })
            | Stmt::While(ast::StmtWhile { body, orelse, .. }) => {
                self.within(Context::LoopBody, body);
                self.visit_body(orelse);
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for handler in &t.handlers {
                    self.visit_except_handler(handler);
                }
                self.visit_body(&t.orelse);
                self.within(Context::Finally, &t.finalbody);
            }
            _ => walk_stmt(self, stmt),
        }
    }
}

/// The `return`/`break`/`continue` statements of `body` that leave a `finally` block, in the
/// order CPython's compiler reports them.
pub fn finally_exits(body: &[Stmt]) -> Vec<FinallyExit> {
    let mut finder = Finder {
        context: Context::Outside,
        found: Vec::new(),
    };
    finder.visit_body(body);
    finder.found
}
