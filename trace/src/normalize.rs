//! The one place where run-to-run variation is removed from a trace: memory addresses.
//!
//! Every word `at` followed by ` 0x<hex>` (the address part of CPython's default reprs, e.g.
//! `<generator object f at 0x7f3a…>`) becomes `at 0x@N`, where N numbers distinct addresses in
//! order of first appearance over the whole trace, so identity stays visible: the same object
//! shows the same placeholder. Nothing else is rewritten: a user's `hex(255)` stays `0xff`.

use std::collections::HashMap;

use crate::{Event, ExceptionInfo, Trace};

/// Replace addresses in every string of `trace`, in trace order.
pub fn normalize(trace: &mut Trace) {
    let mut seen = Addresses::default();
    for statement in &mut trace.statements {
        statement.events.iter_mut().for_each(|e| seen.event(e));
    }
    for step in &mut trace.teardown {
        step.events.iter_mut().for_each(|e| seen.event(e));
    }
}

#[derive(Default)]
struct Addresses {
    numbers: HashMap<String, usize>,
}

impl Addresses {
    fn event(&mut self, event: &mut Event) {
        match event {
            Event::Out { text } | Event::Err { text } => self.text(text),
            Event::Value { repr } => self.text(repr),
            Event::Raise { exception } => self.exception(exception),
            Event::Unraisable {
                message,
                object,
                exception,
            } => {
                self.text(message);
                self.text(object);
                self.exception(exception);
            }
            Event::Warning { message, .. } => self.text(message),
            Event::Truncated { .. } => {}
            Event::Transfer {
                from, to, value, ..
            } => {
                self.text(from);
                self.text(to);
                self.text(value);
            }
        }
    }

    fn exception(&mut self, e: &mut ExceptionInfo) {
        self.text(&mut e.repr);
        if let Some(v) = &mut e.value {
            self.text(v);
        }
    }

    fn text(&mut self, s: &mut String) {
        if !s.contains("at 0x") {
            return;
        }
        let mut out = String::with_capacity(s.len());
        let mut rest = s.as_str();
        while let Some(pos) = rest.find("at 0x") {
            let after = &rest[pos + 5..];
            let hex_len = after.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
            out.push_str(&rest[..pos + 5]);
            let word_start = rest[..pos]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_');
            if hex_len == 0 || !word_start {
                rest = after;
                continue;
            }
            let key = after[..hex_len].to_ascii_lowercase();
            let next = self.numbers.len() + 1;
            let n = *self.numbers.entry(key).or_insert(next);
            out.push('@');
            out.push_str(&n.to_string());
            rest = &after[hex_len..];
        }
        out.push_str(rest);
        *s = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Statement;

    fn trace_of(reprs: &[&str]) -> Trace {
        Trace {
            backend: String::new(),
            statements: vec![Statement {
                line: 1,
                source: "x".into(),
                events: reprs
                    .iter()
                    .map(|r| Event::Value {
                        repr: r.to_string(),
                    })
                    .collect(),
            }],
            teardown: vec![],
        }
    }

    fn reprs(t: &Trace) -> Vec<String> {
        t.statements[0]
            .events
            .iter()
            .map(|e| match e {
                Event::Value { repr } => repr.clone(),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn numbers_addresses_by_first_appearance_and_keeps_identity() {
        let mut t = trace_of(&[
            "<generator object f at 0x7f00aa>",
            "[<a at 0x7f00bb>, <b at 0x7F00AA>]",
        ]);
        normalize(&mut t);
        assert_eq!(
            reprs(&t),
            ["<generator object f at 0x@1>", "[<a at 0x@2>, <b at 0x@1>]"]
        );
    }

    #[test]
    fn leaves_other_hex_alone() {
        let mut t = trace_of(&["0xff", "look at 0x", "that 0x7f00"]);
        normalize(&mut t);
        assert_eq!(reprs(&t), ["0xff", "look at 0x", "that 0x7f00"]);
    }
}
