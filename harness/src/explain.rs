//! `yieldspec explain CASE.py`: run a case with control transfers recorded (who resumes which
//! generator with what, how each frame is left: `Event::Transfer`) and draw them per top-level
//! statement as a mermaid `sequenceDiagram` (one participant per generator or coroutine,
//! labelled by its name and `0x@N` placeholder), as text (the trace with its transfers) or as
//! one self-contained HTML page; `--diff` shows where two backends' transfers first part.

use crate::error::Error;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use yieldspec_trace::text::render;
use yieldspec_trace::{Detail, Event, Outcome, Step, Trace};

use crate::backend::{open, run_normalized, Backend, BackendSpec, RunConfig};
use crate::case::{discover, load, Case};
use crate::commands::{EXIT_FAILED, EXIT_INPUT, EXIT_OK};
use crate::diff::{outcome_body, unified};

/// Output forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Mermaid,
    Text,
    Html,
}

/// What `explain` runs and prints.
pub struct ExplainConfig<'a> {
    pub case: &'a Path,
    pub backend: &'a BackendSpec,
    /// With `--diff`: the backend compared with `backend`.
    pub other: Option<&'a BackendSpec>,
    pub format: Format,
    pub run: &'a RunConfig,
    /// mermaid's browser bundle (`mermaid.min.js`), inlined into HTML pages.
    pub mermaid_js: Option<&'a Path>,
    pub color: bool,
}

/// Open a backend that records control transfers.
pub fn open_with_transfers(spec: &BackendSpec, run: &RunConfig) -> Result<Box<dyn Backend>, Error> {
    let run = RunConfig {
        detail: Detail::Transfers,
        ..run.clone()
    };
    open(spec, &run)
}

/// Run one case on one backend with control transfers recorded.
pub fn run_with_transfers(
    spec: &BackendSpec,
    run: &RunConfig,
    case: &Case,
) -> Result<Outcome, Error> {
    let mut backend = open_with_transfers(spec, run)?;
    Ok(run_normalized(backend.as_mut(), case))
}

/// `yieldspec explain`.
pub fn command(config: &ExplainConfig, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let case = match discover(&[config.case.to_path_buf()]).and_then(|files| {
        let [file] = files.as_slice() else {
            return Err(Error::from(format!(
                "{}: explain takes one case file",
                config.case.display()
            )));
        };
        load(file)
    }) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let outcome = match run_with_transfers(config.backend, config.run, &case) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    if let Some(other) = config.other {
        let theirs = match run_with_transfers(other, config.run, &case) {
            Ok(o) => o,
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                return EXIT_INPUT;
            }
        };
        return diff(config, (&outcome, &theirs), out);
    }
    let Outcome::Completed { trace } = &outcome else {
        let _ = writeln!(
            err,
            "error: {}: {}",
            case.file.path.display(),
            outcome.reason().unwrap_or_default()
        );
        return EXIT_FAILED;
    };
    match config.format {
        Format::Text => {
            let _ = write!(out, "{}", render(trace));
            EXIT_OK
        }
        Format::Mermaid => {
            let _ = write!(out, "{}", mermaid(trace));
            EXIT_OK
        }
        Format::Html => {
            let Some(js_path) = config.mermaid_js else {
                let _ = writeln!(
                    err,
                    "error: --format html needs mermaid's browser bundle: {MERMAID_HINT}"
                );
                return EXIT_INPUT;
            };
            match std::fs::read_to_string(js_path) {
                Ok(js) => {
                    let _ = write!(out, "{}", html(&case, trace, &js));
                    EXIT_OK
                }
                Err(e) => {
                    let _ = writeln!(err, "error: {}: {e} ({MERMAID_HINT})", js_path.display());
                    EXIT_INPUT
                }
            }
        }
    }
}

/// How to get mermaid's bundle.
pub const MERMAID_HINT: &str = "run `docs/vendor/fetch-mermaid.sh` (npm) and pass \
     `--mermaid-js docs/vendor/mermaid.min.js`, or set YIELDSPEC_MERMAID_JS";

/// `--diff`: the two backends' traces with transfers, and where they first part.
fn diff(config: &ExplainConfig, (mine, theirs): (&Outcome, &Outcome), out: &mut dyn Write) -> i32 {
    let (a, b) = (outcome_body(mine), outcome_body(theirs));
    if a == b {
        let _ = writeln!(
            out,
            "same control transfers on {} and {}",
            config.backend,
            config.other.map(|o| o.to_string()).unwrap_or_default()
        );
        return EXIT_OK;
    }
    let first = crate::report::first_difference(&a, &b);
    let _ = writeln!(out, "first divergence {first}");
    let other = config.other.map(|o| o.to_string()).unwrap_or_default();
    let _ = write!(
        out,
        "{}",
        unified(&config.backend.to_string(), &other, &a, &b, config.color)
    );
    EXIT_FAILED
}

/// The mermaid `sequenceDiagram` of a trace with transfers: per statement a note with its
/// source, then its transfers as arrows (resumes solid, yields and returns dashed, raises
/// crossed) and its other events as notes on the caller.
pub fn mermaid(trace: &Trace) -> String {
    let mut parties = Parties::default();
    let mut body = String::new();
    for statement in trace.statements.iter().filter(|s| !s.events.is_empty()) {
        body.push_str(&format!(
            "    Note left of caller: {}\n",
            text(&format!("line {}: {}", statement.line, statement.source))
        ));
        events(&statement.events, &mut parties, &mut body);
    }
    for step in &trace.teardown {
        body.push_str(&format!(
            "    Note left of caller: {}\n",
            text(&format!("teardown: {}", step.label))
        ));
        events(&step.events, &mut parties, &mut body);
    }
    let mut diagram = String::from("sequenceDiagram\n    participant caller\n");
    for (label, id) in &parties.order {
        diagram.push_str(&format!("    participant {id} as {}\n", text(label)));
    }
    diagram.push_str(&body);
    diagram
}

/// Participants by first appearance: `caller`, then `g1`, `g2`, ….
#[derive(Default)]
struct Parties {
    ids: BTreeMap<String, String>,
    order: Vec<(String, String)>,
}

impl Parties {
    fn id(&mut self, label: &str) -> String {
        if label == "caller" {
            return "caller".into();
        }
        if let Some(id) = self.ids.get(label) {
            return id.clone();
        }
        let id = format!("g{}", self.order.len() + 1);
        self.ids.insert(label.to_string(), id.clone());
        self.order.push((label.to_string(), id.clone()));
        id
    }
}

fn events(events: &[Event], parties: &mut Parties, body: &mut String) {
    for e in events {
        let line = match e {
            Event::Transfer {
                step,
                from,
                to,
                value,
            } => {
                let (from, to) = (parties.id(from), parties.id(to));
                let (arrow, what) = match step {
                    Step::Start => ("->>", "start".to_string()),
                    Step::Send => ("->>", format!("send({value})")),
                    Step::Throw => ("-x", format!("throw({value})")),
                    Step::Yield => ("-->>", format!("yield {value}")),
                    Step::Return => ("-->>", format!("return {value} (StopIteration)")),
                    Step::Raise => ("--x", format!("raise {value}")),
                };
                format!("{from}{arrow}{to}: {}", text(&what))
            }
            Event::Out { text: t } => format!(
                "Note right of caller: {}",
                text(&format!("out {}", t.trim_end()))
            ),
            Event::Err { text: t } => format!(
                "Note right of caller: {}",
                text(&format!("err {}", t.trim_end()))
            ),
            Event::Value { repr } => {
                format!("Note right of caller: {}", text(&format!("value {repr}")))
            }
            Event::Raise { exception } => format!(
                "Note right of caller: {}",
                text(&format!("raise {}", exception.repr))
            ),
            Event::Unraisable { exception, .. } => format!(
                "Note right of caller: {}",
                text(&format!("unraisable {}", exception.repr))
            ),
            Event::Warning {
                category, message, ..
            } => format!(
                "Note right of caller: {}",
                text(&format!("warning {category}: {message}"))
            ),
            Event::Truncated { cap } => {
                format!("Note right of caller: truncated at {cap} characters")
            }
        };
        body.push_str("    ");
        body.push_str(&line);
        body.push('\n');
    }
}

/// Text for a mermaid message or note: one line, with the characters mermaid's grammar gives a
/// meaning (`;` ends a statement, `#` starts an entity, `<`/`>` are HTML, `%%` a comment) as
/// entity codes.
fn text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            ';' => out.push_str("#59;"),
            '<' => out.push_str("#60;"),
            '>' => out.push_str("#62;"),
            '%' => out.push_str("#37;"),
            '\n' | '\r' => out.push_str(" / "),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    if out.trim().is_empty() {
        out = "(empty)".into();
    }
    out
}

/// One self-contained HTML page: the source, the diagram (rendered in the page by the inlined
/// mermaid bundle, no network) and the trace with its transfers.
pub fn html(case: &Case, trace: &Trace, mermaid_js: &str) -> String {
    let title = escape_html(&case.file.path.display().to_string());
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>yieldspec explain: {title}</title>\n<style>\nbody {{ font-family: sans-serif; margin: 1.5em; }}\npre {{ background: #f6f8fa; padding: 0.8em; overflow-x: auto; }}\n.cols {{ display: flex; gap: 2em; align-items: flex-start; }}\n</style>\n</head>\n<body>\n<h1>{title}</h1>\n<p>Control transfers recorded by <code>yieldspec explain</code> ({backend}).</p>\n<h2>Sequence</h2>\n<pre class=\"mermaid\">\n{diagram}</pre>\n<div class=\"cols\">\n<div><h2>Source</h2>\n<pre>{source}</pre></div>\n<div><h2>Trace</h2>\n<pre>{trace_text}</pre></div>\n</div>\n<script>\n{js}\n</script>\n<script>\nmermaid.initialize({{ startOnLoad: false, securityLevel: 'strict', sequence: {{ mirrorActors: false, useMaxWidth: false }} }});\nmermaid.run({{ querySelector: '.mermaid' }}).then(() => {{ document.body.setAttribute('data-rendered', 'yes'); }}, (e) => {{ document.body.setAttribute('data-rendered', 'error: ' + e); }});\n</script>\n</body>\n</html>\n",
        backend = escape_html(&trace.backend),
        source = escape_html(&case.source),
        diagram = escape_html(&mermaid(trace)),
        trace_text = escape_html(&render(trace)),
        js = mermaid_js.replace("</script", "<\\/script"),
    )
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The default place of mermaid's bundle: `YIELDSPEC_MERMAID_JS`, else
/// `docs/vendor/mermaid.min.js` when it exists.
pub fn default_mermaid_js() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("YIELDSPEC_MERMAID_JS") {
        return Some(PathBuf::from(p));
    }
    let p = PathBuf::from("docs/vendor/mermaid.min.js");
    p.exists().then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mermaid_text_is_one_line_without_grammar_characters() {
        assert_eq!(text("a;b#c<d>"), "a#59;b#35;c#60;d#62;");
        assert_eq!(text("x\ny"), "x / y");
        assert_eq!(text(""), "(empty)");
    }
}
