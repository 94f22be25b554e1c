//! Top-level statement boundaries of a case, found once with ruff's parser and handed to the
//! Python tracer, which then compiles each statement from its own source text instead of
//! parsing the file into a Python AST first (about twice as fast; the fuzzer's hot path).
//! When ruff cannot parse the file, no boundaries are sent and the tracer parses it itself, so
//! CPython alone decides what is a syntax error.

use ruff_python_ast::Stmt;
use ruff_text_size::Ranged;
use serde::Serialize;

/// One top-level statement: byte offsets into the UTF-8 source, its 1-based line and the byte
/// column where it starts, whether it is an expression statement or a `__future__` import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub start: u32,
    pub end: u32,
    pub expr: bool,
    pub future: bool,
}

/// The statements of `source`, or None when ruff cannot parse it.
pub fn spans(source: &str) -> Option<Vec<Span>> {
    let parsed = ruff_python_parser::parse_module(source).ok()?;
    let mut line = 1u32;
    let mut line_start = 0usize;
    let mut scanned = 0usize;
    let mut out = Vec::with_capacity(parsed.suite().len());
    for stmt in parsed.suite() {
        let range = stmt.range();
        let start = usize::from(range.start());
        for (i, b) in source.as_bytes()[scanned..start].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = scanned + i + 1;
            }
        }
        scanned = start;
        out.push(Span {
            line,
            col: (start - line_start) as u32,
            start: start as u32,
            end: u32::from(range.end()),
            expr: matches!(stmt, Stmt::Expr(_)),
            future: matches!(stmt, Stmt::ImportFrom(i)
                if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__")),
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_columns_and_kinds() {
        let src = "from __future__ import annotations\n@dec\ndef f():\n    pass\na = 1; f()\n";
        let s = spans(src).unwrap();
        assert_eq!(s.len(), 4);
        assert!(s[0].future && !s[0].expr);
        assert_eq!(
            (s[1].line, s[1].col),
            (2, 0),
            "a decorated def starts at its decorator"
        );
        assert_eq!(
            &src[s[1].start as usize..s[1].end as usize],
            "@dec\ndef f():\n    pass"
        );
        assert_eq!((s[3].line, s[3].col, s[3].expr), (5, 7, true));
        assert!(spans("def f(:\n").is_none());
    }
}
