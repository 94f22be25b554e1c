//! Recording a case's events: merged stdout/stderr writes, values, and the output cap,
//! exactly as the Python tracer records them.

use yieldspec_trace::Event;

pub struct Recorder {
    events: Vec<Event>,
    cap: usize,
    used: usize,
    truncated: bool,
}

impl Recorder {
    pub fn new(cap: usize) -> Recorder {
        Recorder {
            events: Vec::new(),
            cap,
            used: 0,
            truncated: false,
        }
    }

    pub fn take(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// The part of `text` that fits under the cap (records truncation once).
    fn budget<'a>(&mut self, text: &'a str) -> &'a str {
        if self.truncated {
            return "";
        }
        let room = self.cap - self.used;
        let n = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        if n <= room {
            self.used += n;
            return text;
        }
        self.used = self.cap;
        self.truncated = true;
        let end = text.char_indices().nth(room).map_or(text.len(), |(i, _)| i);
        &text[..end]
    }

    fn mark(&mut self, was: bool) {
        if self.truncated && !was {
            self.events.push(Event::Truncated { cap: self.cap });
        }
    }

    /// A write to stdout (`err == false`) or stderr.
    pub fn stream(&mut self, err: bool, text: &str) {
        let was = self.truncated;
        let text = self.budget(text);
        if !text.is_empty() {
            match (self.events.last_mut(), err) {
                (Some(Event::Out { text: t }), false) | (Some(Event::Err { text: t }), true) => {
                    t.push_str(text)
                }
                _ => self.events.push(if err {
                    Event::Err { text: text.into() }
                } else {
                    Event::Out { text: text.into() }
                }),
            }
        }
        self.mark(was);
    }

    pub fn value(&mut self, repr: &str) {
        let was = self.truncated;
        let text = self.budget(repr);
        if !text.is_empty() || !self.truncated {
            self.events.push(Event::Value { repr: text.into() });
        }
        self.mark(was);
    }

    pub fn add(&mut self, e: Event) {
        self.events.push(e);
    }
}
