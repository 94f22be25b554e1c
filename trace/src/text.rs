//! The text form of a trace: stable, line-oriented, one event per line, made to be read in a
//! diff and stored in git.
//!
//! ```text
//! # yieldspec trace 1
//! # backend: cpython 3.11.7 (main, …) [GCC 12.2.0]
//! >>> 10: next(task)
//! out callee 1
//! value 1
//! >>> 11: task.send(20)
//! raise StopIteration: StopIteration()
//!   value: None
//! === end
//! --- del task
//! out finally ran
//! ```
//!
//! Lines starting with `#` are the header and are never compared. `>>> LINE: SOURCE` starts a
//! statement; `=== end` separates the statements from the teardown, whose steps start with
//! `--- del NAME` or `--- gc`. Event lines: `out TEXT` (a line of stdout), `out~ TEXT` (a last
//! fragment with no newline), `err TEXT` / `err~ TEXT` (stderr), `value REPR`,
//! `raise TYPE: REPR`, `unraisable MESSAGE: OBJECT` followed by an indented `raise …`,
//! `warning CATEGORY at line N: MESSAGE`, `truncated at N characters`. Details of an exception
//! follow it on lines indented two more spaces: `value:` (StopIteration's value), `cause:`,
//! `context:` (types), `suppress_context: True`. Control characters and backslashes are
//! escaped (`\n`, `\t`, `\\`, `\xNN`), so every event is exactly one line.

use std::fmt::Write;

use crate::{Event, ExceptionInfo, Trace, FORMAT_VERSION};

/// The separator between statements and teardown.
pub const END_MARKER: &str = "=== end";

/// Header and body.
pub fn render(trace: &Trace) -> String {
    let mut out = header(&trace.backend);
    out.push_str(&render_body(trace));
    out
}

/// Header and the statements of a run that did not finish: no end marker, no teardown.
pub fn render_partial(trace: &Trace) -> String {
    let mut out = header(&trace.backend);
    statements(&mut out, trace);
    out
}

fn statements(out: &mut String, trace: &Trace) {
    for s in &trace.statements {
        let _ = writeln!(out, ">>> {}: {}", s.line, escape(&s.source));
        s.events.iter().for_each(|e| event(out, e, 0));
    }
}

/// The header lines (`#`-prefixed) naming the format and the backend.
pub fn header(backend: &str) -> String {
    format!(
        "# yieldspec trace {FORMAT_VERSION}\n# backend: {}\n",
        escape(backend)
    )
}

/// The compared part of the text form: statements, end marker, teardown.
pub fn render_body(trace: &Trace) -> String {
    let mut out = String::new();
    statements(&mut out, trace);
    out.push_str(END_MARKER);
    out.push('\n');
    for step in &trace.teardown {
        let _ = writeln!(out, "--- {}", escape(&step.label));
        step.events.iter().for_each(|e| event(&mut out, e, 0));
    }
    out
}

/// The compared part of a stored text trace: every line except the `#` header.
pub fn body_of(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .fold(String::new(), |mut acc, l| {
            acc.push_str(l);
            acc.push('\n');
            acc
        })
}

/// The backend named in a stored text trace's header, if any.
pub fn backend_of(text: &str) -> Option<&str> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# backend: "))
}

fn event(out: &mut String, e: &Event, indent: usize) {
    let pad = " ".repeat(indent);
    match e {
        Event::Out { text } => stream(out, &pad, "out", text),
        Event::Err { text } => stream(out, &pad, "err", text),
        Event::Value { repr } => {
            let _ = writeln!(out, "{pad}value {}", escape(repr));
        }
        Event::Raise { exception } => raise(out, indent, exception),
        Event::Unraisable {
            message,
            object,
            exception,
        } => {
            let _ = writeln!(
                out,
                "{pad}unraisable {}: {}",
                escape(message),
                escape(object)
            );
            raise(out, indent + 2, exception);
        }
        Event::Warning {
            category,
            message,
            line,
        } => {
            let _ = writeln!(
                out,
                "{pad}warning {} at line {line}: {}",
                escape(category),
                escape(message)
            );
        }
        Event::Truncated { cap } => {
            let _ = writeln!(out, "{pad}truncated at {cap} characters");
        }
        Event::Transfer {
            step,
            from,
            to,
            value,
        } => {
            let _ = writeln!(
                out,
                "{pad}transfer {} {} -> {}: {}",
                step.as_str(),
                escape(from),
                escape(to),
                escape(value)
            );
        }
    }
}

fn stream(out: &mut String, pad: &str, tag: &str, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('\n') {
            Some(i) => {
                let _ = writeln!(out, "{pad}{tag} {}", escape(&rest[..i]));
                rest = &rest[i + 1..];
            }
            None => {
                let _ = writeln!(out, "{pad}{tag}~ {}", escape(rest));
                rest = "";
            }
        }
    }
}

fn raise(out: &mut String, indent: usize, e: &ExceptionInfo) {
    let pad = " ".repeat(indent);
    let _ = writeln!(
        out,
        "{pad}raise {}: {}",
        escape(&e.type_name),
        escape(&e.repr)
    );
    if let Some(v) = &e.value {
        let _ = writeln!(out, "{pad}  value: {}", escape(v));
    }
    if let Some(c) = &e.cause {
        let _ = writeln!(out, "{pad}  cause: {}", escape(c));
    }
    if let Some(c) = &e.context {
        let _ = writeln!(out, "{pad}  context: {}", escape(c));
    }
    if e.suppress_context {
        let _ = writeln!(out, "{pad}  suppress_context: True");
    }
}

/// Escape control characters and backslashes so that `s` fits on one line.
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.into()
}

fn needs_escape(c: char) -> bool {
    c == '\\' || (c as u32) < 0x20 || c == '\x7f'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Statement, TeardownStep};

    #[test]
    fn renders_every_event_kind_on_its_own_line() {
        let trace = Trace {
            backend: "test 1.0".into(),
            statements: vec![Statement {
                line: 3,
                source: "next(g)".into(),
                events: vec![
                    Event::Out {
                        text: "a\nb\\c\tz".into(),
                    },
                    Event::Value { repr: "1".into() },
                    Event::Raise {
                        exception: ExceptionInfo {
                            type_name: "RuntimeError".into(),
                            repr: "RuntimeError('generator raised StopIteration')".into(),
                            value: None,
                            cause: Some("StopIteration".into()),
                            context: Some("StopIteration".into()),
                            suppress_context: true,
                        },
                    },
                    Event::Warning {
                        category: "DeprecationWarning".into(),
                        message: "m".into(),
                        line: 3,
                    },
                ],
            }],
            teardown: vec![TeardownStep {
                label: "del g".into(),
                events: vec![Event::Unraisable {
                    message: "Exception ignored in".into(),
                    object: "<generator object g at 0x@1>".into(),
                    exception: ExceptionInfo {
                        type_name: "StopIteration".into(),
                        repr: "StopIteration(2)".into(),
                        value: Some("2".into()),
                        ..Default::default()
                    },
                }],
            }],
        };
        let text = render(&trace);
        let expected = "# yieldspec trace 1\n# backend: test 1.0\n>>> 3: next(g)\nout a\nout~ b\\\\c\\tz\nvalue 1\nraise RuntimeError: RuntimeError('generator raised StopIteration')\n  cause: StopIteration\n  context: StopIteration\n  suppress_context: True\nwarning DeprecationWarning at line 3: m\n=== end\n--- del g\nunraisable Exception ignored in: <generator object g at 0x@1>\n  raise StopIteration: StopIteration(2)\n    value: 2\n";
        assert_eq!(text, expected);
        assert_eq!(backend_of(&text), Some("test 1.0"));
        assert!(!body_of(&text).contains("# backend"));
        assert!(body_of(&text).starts_with(">>> 3: next(g)\n"));
    }
}
