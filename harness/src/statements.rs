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

/// Sources at most this long are parsed on the calling thread: too short to nest deeply enough
/// to exhaust even a small thread stack. Longer ones are parsed on a thread with a large stack
/// (ruff's parser recurses once per nesting level; `x = ` followed by 200,000 `-` overflowed
/// the main thread's 8 MiB).
const SHORT: usize = 4096;

/// The statements of `source`, or None when ruff cannot parse it.
pub fn spans(source: &str) -> Option<Vec<Span>> {
    if source.len() <= SHORT {
        return spans_here(source);
    }
    if yieldspec_engine::too_deep(source).is_some() {
        // too deep for any parser's stack: left to CPython, which refuses it
        return None;
    }
    yieldspec_engine::on_large_stack(|| spans_here(source))
        .ok()
        .flatten()
}

fn spans_here(source: &str) -> Option<Vec<Span>> {
    let parsed = ruff_python_parser::parse_module(source).ok()?;
    let index = yieldspec_engine::LineIndex::new(source);
    let mut out = Vec::with_capacity(parsed.suite().len());
    for stmt in parsed.suite() {
        let range = stmt.range();
        let start = usize::from(range.start());
        let line = index.line(range.start());
        let line_start = index.line_start(line);
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

    #[test]
    fn lone_carriage_returns_end_lines() {
        let s = spans("a = 1\rb = 2\r\nc = 3\n").unwrap();
        let lines: Vec<u32> = s.iter().map(|s| s.line).collect();
        assert_eq!(lines, [1, 2, 3]);
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let src = format!("x = {}1\n", "-".repeat(200_000));
        // a parse or a rejection, on a thread whose stack is the test harness's default
        std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                let _ = spans(&src);
            })
            .unwrap()
            .join()
            .unwrap();
    }
}
