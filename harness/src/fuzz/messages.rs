//! What an event line of a trace says, for root-cause signatures: an exception's type and the
//! message the runtime wrote into it, a warning's category and message, with the parts that
//! name the program rather than the runtime (numbers, generated labels, the coroutine a
//! "never awaited" warning names, the statement PEP 765 warns about) masked.

/// A `raise TYPE: REPR` line: the type, and the message when the runtime wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raised<'a> {
    pub type_name: &'a str,
    /// The exception's only argument when it is a message the runtime wrote (masked): a string
    /// with a space in it. The programs the fuzzer writes raise exceptions whose arguments are
    /// labels (`'g0.1'`, `'d2'`) or numbers, never words, so a message with a space came from
    /// the runtime — from one check in it, which names the root cause better than the
    /// statement it fired in.
    pub message: Option<String>,
}

/// A `warning CATEGORY at line N: MESSAGE` line: its category and masked message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warned<'a> {
    pub category: &'a str,
    pub message: String,
}

/// The exception a `raise …` line (indented or not) reports.
pub fn raised(line: &str) -> Option<Raised<'_>> {
    let rest = line.trim_start().strip_prefix("raise ")?;
    let (type_name, repr) = rest.split_once(": ").unwrap_or((rest, ""));
    Some(Raised {
        type_name: type_name.trim(),
        message: runtime_message(repr).map(|m| mask_message(&m)),
    })
}

/// The warning a `warning …` line reports.
pub fn warned(line: &str) -> Option<Warned<'_>> {
    let rest = line.strip_prefix("warning ")?;
    let category = rest.split_whitespace().next()?;
    let message = rest.split_once(": ").map_or("", |(_, m)| m);
    Some(Warned {
        category,
        message: mask_message(message),
    })
}

/// The messages of PEP 479's RuntimeError, by the kind of frame the exception escaped.
const PEP_479: [&str; 4] = [
    "generator raised StopIteration",
    "coroutine raised StopIteration",
    "async generator raised StopIteration",
    "async generator raised StopAsyncIteration",
];

/// The kinds of frame CPython's generator object code names in a message (longest first, so
/// that `async generator` is not read as `generator`).
const FRAME_KINDS: [&str; 3] = ["async generator", "generator", "coroutine"];

/// Checks of CPython's generator object code (genobject.c) whose message names the kind of
/// frame it fired for (`{}`): one check whatever the kind, as PEP 479's. The kind is the
/// program's (it drove a coroutine rather than a generator), the check is the runtime's.
const PER_KIND_CHECKS: [&str; 3] = [
    "{} already executing",
    "{} ignored GeneratorExit",
    "can't send non-None value to a just-started {}",
];

/// The messages CPython's generator machinery raises (masked as `mask_message` masks them):
/// when a runtime raises one of these where CPython raises the same type with another message,
/// the runtime did not word CPython's check otherwise — it ran into another of CPython's checks
/// (a finished coroutine resumed: CPython's `cannot reuse already awaited coroutine`, the
/// runtime's PEP 479 `coroutine raised StopIteration`), so the finding is CPython's check that
/// did not fire.
const REFERENCE_MESSAGES: [&str; 8] = [
    "… raised StopIteration (PEP 479)",
    "… already executing",
    "… ignored GeneratorExit",
    "can't send non-None value to a just-started …",
    "cannot reuse already awaited coroutine",
    "anext(): asynchronous generator is already running",
    "athrow(): asynchronous generator is already running",
    "aclose(): asynchronous generator is already running",
];

/// Whether a masked message is one CPython's generator machinery writes itself.
pub fn is_reference_message(masked: &str) -> bool {
    REFERENCE_MESSAGES.contains(&masked)
}

/// `message` with the kind of frame masked when it is one of the `PER_KIND_CHECKS`.
fn per_kind_check(message: &str) -> Option<String> {
    PER_KIND_CHECKS.iter().find_map(|template| {
        let (before, after) = template.split_once("{}")?;
        let kind = message.strip_prefix(before)?.strip_suffix(after)?;
        FRAME_KINDS
            .contains(&kind)
            .then(|| format!("{before}…{after}"))
    })
}

/// The message of `TYPE('MESSAGE')` when it is one string literal with a space in it.
fn runtime_message(repr: &str) -> Option<String> {
    let open = repr.find('(')?;
    let inner = repr[open + 1..].strip_suffix(')')?;
    let quote = inner.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let body = inner[1..].strip_suffix(quote)?;
    // one literal: the closing quote is the last character (an unescaped quote inside ends it)
    if body.contains(quote) && !body.contains('\\') {
        return None;
    }
    body.contains(' ').then(|| body.to_string())
}

/// A message with what names the program masked: numbers and addresses (`#`), the coroutine a
/// "never awaited" warning names (the program's function, not the runtime's check), and the
/// statement of a PEP 765 warning (`'return'`, `'break'`, `'continue'` in a `'finally'` block:
/// one check in the compiler). Long messages are cut at 160 characters.
pub fn mask_message(message: &str) -> String {
    let mut text = super::signature::mask(message);
    if let Some(rest) = text.strip_prefix("coroutine '") {
        if let Some((_, tail)) = rest.split_once("' was never awaited") {
            text = format!("coroutine '…' was never awaited{tail}");
        }
    }
    if let Some((_, tail)) = text.split_once("' in a 'finally' block") {
        if text.starts_with('\'') {
            text = format!("'…' in a 'finally' block{tail}");
        }
    }
    // PEP 479: CPython turns a StopIteration (StopAsyncIteration in an async generator) that
    // escapes a frame into a RuntimeError in one place (genobject.c), naming the kind of frame;
    // the kind is the program's, the check is one
    if PEP_479.contains(&text.as_str()) {
        text = "… raised StopIteration (PEP 479)".into();
    }
    if let Some(check) = per_kind_check(&text) {
        text = check;
    }
    // the iteration protocol's two checks on one type (`iter()`: not iterable, `next()`: not an
    // iterator): which of the two the program called is the program's; the type that should
    // refuse both is the finding (RustPython's coroutine passes both: one type with both slots)
    for check in ["' object is not iterable", "' object is not an iterator"] {
        if let Some(type_name) = text.strip_prefix('\'').and_then(|t| t.strip_suffix(check)) {
            if !type_name.contains('\'') {
                text = format!("'{type_name}' object is not iterable (iter() or next())");
            }
        }
    }
    if text.chars().count() > 160 {
        text = text.chars().take(160).collect::<String>() + "…";
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_messages_are_words_and_labels_are_not() {
        let r =
            raised("raise RuntimeError: RuntimeError('cannot reuse already awaited coroutine')")
                .unwrap();
        assert_eq!(r.type_name, "RuntimeError");
        assert_eq!(
            r.message.as_deref(),
            Some("cannot reuse already awaited coroutine")
        );
        let quoted = raised(r#"raise TypeError: TypeError("'coroutine' object is not callable")"#);
        assert_eq!(
            quoted.unwrap().message.as_deref(),
            Some("'coroutine' object is not callable")
        );
        for label in [
            "raise ValueError: ValueError('g0.5')",
            "raise E1: E1('d2')",
            "raise StopIteration: StopIteration(3)",
            "raise GeneratorExit: GeneratorExit()",
            "raise KeyError: KeyError('a b', 1)",
        ] {
            assert_eq!(raised(label).unwrap().message, None, "{label}");
        }
        assert_eq!(
            raised("raise TypeError: TypeError('expected at least 2 arguments, got 1')")
                .unwrap()
                .message
                .as_deref(),
            Some("expected at least # arguments, got #")
        );
    }

    #[test]
    fn pep_479_is_one_check_whatever_the_frame() {
        let pep479 = |m: &str| {
            let line = format!("raise RuntimeError: RuntimeError('{m}')");
            raised(&line).unwrap().message
        };
        let all: Vec<_> = PEP_479.iter().map(|m| pep479(m)).collect();
        assert!(all.iter().all(|r| *r == all[0]), "{all:?}");
        assert_ne!(pep479("generator ignored GeneratorExit"), all[0]);
    }

    #[test]
    fn a_genobject_check_is_one_whatever_the_kind_of_frame() {
        let message = |m: &str| {
            // repr's quotes: double when the message has a single quote in it
            let quote = if m.contains('\'') { '"' } else { '\'' };
            raised(&format!("raise ValueError: ValueError({quote}{m}{quote})"))
                .unwrap()
                .message
                .unwrap()
        };
        for kind in FRAME_KINDS {
            assert_eq!(
                message(&format!("{kind} already executing")),
                "… already executing"
            );
            assert_eq!(
                message(&format!("{kind} ignored GeneratorExit")),
                "… ignored GeneratorExit"
            );
            assert_eq!(
                message(&format!(
                    "can't send non-None value to a just-started {kind}"
                )),
                "can't send non-None value to a just-started …"
            );
        }
        assert!(is_reference_message(&message(
            "coroutine already executing"
        )));
        assert!(is_reference_message(&message(
            "coroutine raised StopIteration"
        )));
        // another word in the kind's place is another message; a runtime's own wording is not
        // CPython's
        assert_eq!(
            message("frame already executing"),
            "frame already executing"
        );
        assert!(!is_reference_message(&message(
            "expected at least 2 arguments, got 1"
        )));
    }

    #[test]
    fn iter_and_next_of_one_type_are_one_check() {
        let message = |m: &str| {
            raised(&format!("raise TypeError: TypeError(\"{m}\")"))
                .unwrap()
                .message
                .unwrap()
        };
        assert_eq!(
            message("'coroutine' object is not iterable"),
            message("'coroutine' object is not an iterator")
        );
        assert_eq!(
            message("'coroutine' object is not iterable"),
            "'coroutine' object is not iterable (iter() or next())"
        );
        assert_ne!(
            message("'coroutine' object is not iterable"),
            message("'int' object is not iterable")
        );
        // another runtime's wording stays its own
        assert_eq!(
            message("async_generator object is not an iterator"),
            "async_generator object is not an iterator"
        );
    }

    #[test]
    fn warnings_mask_the_program_not_the_check() {
        let never = |name: &str| {
            let line =
                format!("warning RuntimeWarning at line 3: coroutine '{name}' was never awaited");
            let w = warned(&line).unwrap();
            (w.category.to_string(), w.message)
        };
        assert_eq!(never("g0"), never("n7"));
        assert_eq!(never("g0").0, "RuntimeWarning");
        let pep765 = |word: &str| {
            warned(&format!(
                "warning SyntaxWarning at line 9: '{word}' in a 'finally' block"
            ))
            .unwrap()
            .message
        };
        assert_eq!(pep765("return"), pep765("break"));
        assert_eq!(pep765("continue"), "'…' in a 'finally' block");
        assert_ne!(
            warned("warning DeprecationWarning at line 1: the (type, val, tb) signature of throw() is deprecated").unwrap().message,
            warned("warning DeprecationWarning at line 1: the (type, exc, tb) signature of throw() is deprecated").unwrap().message,
        );
    }
}
