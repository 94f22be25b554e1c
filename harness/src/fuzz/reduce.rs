//! The reducer behind `yieldspec reduce`: shrink a case that diverges between two backends while
//! its root-cause signature ([`Signature`]: what differs, not where) stays the same.
//!
//! It works on any case file, not only generated ones: the source is split into logical lines
//! and an indentation tree, and edits are tried one at a time, each kept when the oracle still
//! reports the same finding: delete runs of statements (halves down to single ones, driver and
//! function bodies alike; whole functions and classes included), delete single clauses, unwrap
//! compound statements into one of their bodies, and simplify lines (`x = yield e` → `yield e`,
//! `yield e` → `yield`, `return e` → `return`, `raise A from B` → `raise A`, fewer `print`
//! arguments, smaller integers).

use std::time::{Duration, Instant};

use super::oracle::{Check, Oracle};
use super::signature::Signature;
use crate::case::Case;

/// Limits of one reduction.
#[derive(Clone, Debug)]
pub struct ReduceConfig {
    /// Candidate programs tested at most.
    pub max_tests: usize,
    pub max_time: Duration,
}

impl Default for ReduceConfig {
    fn default() -> Self {
        ReduceConfig {
            max_tests: 20_000,
            max_time: Duration::from_secs(120),
        }
    }
}

/// What a reduction gave.
#[derive(Clone, Debug, Default)]
pub struct Reduction {
    /// The reduced case (None when the input is not a finding).
    pub reduced: Option<String>,
    /// Why there is nothing to reduce.
    pub why_not: Option<String>,
    pub tests: usize,
    pub elapsed: Duration,
    /// The signature that was kept fixed.
    pub signature: Option<Signature>,
}

impl Reduction {
    pub fn signature_text(&self) -> String {
        match &self.signature {
            Some(s) => s.to_string(),
            None => "(none)".into(),
        }
    }
}

/// A logical line and the block below it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Node {
    /// Physical lines; the first without indentation, later ones (continuations) as written
    /// minus the node's indentation.
    lines: Vec<String>,
    /// Whether the line opens a block (the body may have become empty: then `pass`).
    compound: bool,
    body: Vec<Node>,
}

impl Node {
    fn first_word(&self) -> &str {
        let l = self.lines[0].as_str();
        let end = l
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(l.len());
        &l[..end]
    }

    /// `except`, `else`, `elif`, `finally`: a clause that belongs to the statement before it.
    fn is_continuation(&self) -> bool {
        matches!(self.first_word(), "except" | "else" | "elif" | "finally")
    }
}

/// Reduce `source`, a finding of `oracle`, keeping its signature.
pub fn reduce(oracle: &mut Oracle, source: &str, config: &ReduceConfig) -> Reduction {
    reduce_to(oracle, source, config, None)
}

/// Reduce `source` keeping the signature `target` (default: the one it shows now). A finding
/// saved for one signature keeps it even when the program shows another difference too.
pub fn reduce_to(
    oracle: &mut Oracle,
    source: &str,
    config: &ReduceConfig,
    target: Option<&Signature>,
) -> Reduction {
    let start = Instant::now();
    let first = oracle.check(&case_of(source.to_string()));
    let target = target.cloned().unwrap_or_else(|| Signature::of(&first));
    let mut result = Reduction {
        tests: 1,
        signature: Some(target.clone()),
        ..Reduction::default()
    };
    if !first.class.is_finding() {
        result.why_not = Some(format!(
            "the backends do not diverge on it (outcome: {})",
            first.class.name()
        ));
        return result;
    }
    if Signature::of(&first) != target {
        result.why_not = Some(format!(
            "it does not show the signature {target} now (it shows {})",
            Signature::of(&first)
        ));
        return result;
    }
    let (header, body) = split_header(source);
    let mut tree = parse(&body);
    let mut test = |tree: &[Node], tests: &mut usize| -> bool {
        *tests += 1;
        let check = oracle.check(&case_of(render(tree)));
        same_finding(&check, &target)
    };
    let mut tests = 1usize;
    let out_of_budget =
        |tests: usize| tests >= config.max_tests || start.elapsed() >= config.max_time;
    // The text without comments and blank lines must still diverge; otherwise keep it as is.
    if !test(&tree, &mut tests) {
        result.reduced = Some(source.to_string());
        result.tests = tests;
        result.elapsed = start.elapsed();
        return result;
    }
    loop {
        let before = tree.clone();
        for pass in [Pass::Delete, Pass::Unwrap, Pass::Simplify] {
            let mut k = 0;
            loop {
                if out_of_budget(tests) {
                    break;
                }
                let edits = candidates(&tree, pass);
                let Some(edit) = edits.get(k) else { break };
                match apply(&tree, edit) {
                    Some(new) if new != tree && test(&new, &mut tests) => tree = new,
                    _ => k += 1,
                }
            }
        }
        if tree == before || out_of_budget(tests) {
            break;
        }
    }
    let mut text = header;
    text.push_str(&render(&tree));
    // Keep the header only if the case still diverges with it (it shifts line numbers only).
    if !same_finding(&oracle.check(&case_of(text.clone())), &target) {
        text = render(&tree);
    }
    result.reduced = Some(text);
    result.tests = tests + 1;
    result.elapsed = start.elapsed();
    result
}

fn case_of(source: String) -> Case {
    Case::from_source("case.py", source)
}

fn same_finding(check: &Check, target: &Signature) -> bool {
    check.class.is_finding() && Signature::of(check) == *target
}

/// The leading `# case:` / `# tags:` comment lines (the case header), and the rest.
fn split_header(source: &str) -> (String, String) {
    let mut header = String::new();
    let mut rest = source;
    while let Some((line, tail)) = rest.split_once('\n') {
        if line.starts_with("# case:") || line.starts_with("# tags:") {
            if line.starts_with("# case:") && !line.contains("(reduced)") {
                header.push_str(line.trim_end());
                header.push_str(" (reduced)\n");
            } else {
                header.push_str(line);
                header.push('\n');
            }
            rest = tail;
        } else if line.trim().is_empty() && !header.is_empty() {
            rest = tail;
        } else {
            break;
        }
    }
    (header, rest.to_string())
}

// --- parsing and rendering -------------------------------------------------------------------

/// Split source into logical lines (indent, physical lines), dropping blank and comment lines.
fn logical_lines(source: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, Vec<String>)> = None;
    let mut depth = 0i32;
    let mut in_triple: Option<&'static str> = None;
    for line in source.lines() {
        if current.is_none() {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            current = Some((indent, Vec::new()));
        }
        let (indent, lines) = current.as_mut().expect("set above");
        let strip = line.len() - line.trim_start().len();
        let text = if lines.is_empty() {
            line.trim_start().to_string()
        } else {
            line[strip.min(*indent)..].to_string()
        };
        lines.push(text);
        scan(line, &mut depth, &mut in_triple);
        let continued = depth > 0 || in_triple.is_some() || line.trim_end().ends_with('\\');
        if !continued {
            out.push(current.take().expect("set above"));
            depth = 0;
        }
    }
    if let Some(c) = current {
        out.push(c);
    }
    out
}

/// Track bracket depth and triple-quoted strings across one physical line.
fn scan(line: &str, depth: &mut i32, in_triple: &mut Option<&'static str>) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some(q) = *in_triple {
            if line[i..].starts_with(q) {
                *in_triple = None;
                i += 3;
            } else {
                i += 1;
            }
            continue;
        }
        match b[i] {
            b'#' => return,
            b'(' | b'[' | b'{' => *depth += 1,
            b')' | b']' | b'}' => *depth -= 1,
            q @ (b'"' | b'\'') => {
                let triple = if q == b'"' { "\"\"\"" } else { "'''" };
                if line[i..].starts_with(triple) {
                    *in_triple = Some(triple);
                    i += 3;
                    continue;
                }
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

fn parse(source: &str) -> Vec<Node> {
    let lines = logical_lines(source);
    let mut pos = 0;
    parse_block(&lines, &mut pos, 0)
}

fn parse_block(lines: &[(usize, Vec<String>)], pos: &mut usize, indent: usize) -> Vec<Node> {
    let mut out = Vec::new();
    while *pos < lines.len() && lines[*pos].0 >= indent {
        let (this_indent, text) = &lines[*pos];
        *pos += 1;
        let mut node = Node {
            lines: text.clone(),
            compound: false,
            body: Vec::new(),
        };
        if *pos < lines.len() && lines[*pos].0 > *this_indent {
            node.compound = true;
            node.body = parse_block(lines, pos, lines[*pos].0);
        }
        out.push(node);
    }
    out
}

fn render(nodes: &[Node]) -> String {
    let mut out = String::new();
    render_into(nodes, 0, &mut out);
    out
}

fn render_into(nodes: &[Node], indent: usize, out: &mut String) {
    let pad = "    ".repeat(indent);
    for n in nodes {
        for (i, line) in n.lines.iter().enumerate() {
            if i == 0 || !line.is_empty() {
                out.push_str(&pad);
            }
            out.push_str(line);
            out.push('\n');
        }
        if n.compound {
            if n.body.is_empty() {
                out.push_str(&pad);
                out.push_str("    pass\n");
            } else {
                render_into(&n.body, indent + 1, out);
            }
        }
    }
}

// --- edits -----------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Delete,
    Unwrap,
    Simplify,
}

/// One edit of the tree: at the list of nodes reached by `path` (child indices).
#[derive(Clone, Debug)]
enum Edit {
    /// Remove `len` nodes from `start` (extended over the continuation clauses that follow).
    Delete {
        path: Vec<usize>,
        start: usize,
        len: usize,
    },
    /// Replace the statement at `index` (with its clauses) by the body of its clause `clause`.
    Unwrap {
        path: Vec<usize>,
        index: usize,
        clause: usize,
    },
    /// Replace the (single-line) text of node `index`.
    Rewrite {
        path: Vec<usize>,
        index: usize,
        text: String,
    },
}

fn list_paths(nodes: &[Node], prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(prefix.clone());
    for (i, n) in nodes.iter().enumerate() {
        if n.compound && !n.body.is_empty() {
            prefix.push(i);
            list_paths(&n.body, prefix, out);
            prefix.pop();
        }
    }
}

fn list_at<'a>(nodes: &'a [Node], path: &[usize]) -> &'a [Node] {
    match path.split_first() {
        None => nodes,
        Some((i, rest)) => list_at(&nodes[*i].body, rest),
    }
}

fn list_at_mut<'a>(nodes: &'a mut Vec<Node>, path: &[usize]) -> &'a mut Vec<Node> {
    match path.split_first() {
        None => nodes,
        Some((i, rest)) => list_at_mut(&mut nodes[*i].body, rest),
    }
}

/// The number of nodes the statement at `index` spans (itself and its continuation clauses).
fn group_len(list: &[Node], index: usize) -> usize {
    1 + list[index + 1..]
        .iter()
        .take_while(|n| n.is_continuation())
        .count()
}

fn candidates(tree: &[Node], pass: Pass) -> Vec<Edit> {
    let mut paths = Vec::new();
    list_paths(tree, &mut Vec::new(), &mut paths);
    let mut out = Vec::new();
    for path in paths {
        let list = list_at(tree, &path);
        let n = list.len();
        match pass {
            Pass::Delete => {
                let mut size = n;
                while size >= 1 {
                    let step = if size == 1 { 1 } else { size };
                    let mut start = 0;
                    while start + size <= n {
                        out.push(Edit::Delete {
                            path: path.clone(),
                            start,
                            len: size,
                        });
                        start += step;
                    }
                    if size == 1 {
                        break;
                    }
                    size /= 2;
                }
            }
            Pass::Unwrap => {
                for (index, node) in list.iter().enumerate() {
                    if node.is_continuation()
                        || !node.compound
                        || matches!(node.first_word(), "def" | "class")
                    {
                        continue;
                    }
                    for clause in 0..group_len(list, index) {
                        out.push(Edit::Unwrap {
                            path: path.clone(),
                            index,
                            clause,
                        });
                    }
                }
            }
            Pass::Simplify => {
                for (index, node) in list.iter().enumerate() {
                    if node.lines.len() != 1 {
                        continue;
                    }
                    for text in simplifications(&node.lines[0]) {
                        out.push(Edit::Rewrite {
                            path: path.clone(),
                            index,
                            text,
                        });
                    }
                }
            }
        }
    }
    out
}

fn apply(tree: &[Node], edit: &Edit) -> Option<Vec<Node>> {
    let mut new = tree.to_vec();
    match edit {
        Edit::Delete { path, start, len } => {
            let list = list_at_mut(&mut new, path);
            let mut end = start + len;
            while end < list.len() && list[end].is_continuation() {
                end += 1;
            }
            list.drain(*start..end);
        }
        Edit::Unwrap {
            path,
            index,
            clause,
        } => {
            let list = list_at_mut(&mut new, path);
            let len = group_len(list, *index);
            let body = list.get(index + clause)?.body.clone();
            list.splice(*index..index + len, body);
        }
        Edit::Rewrite { path, index, text } => {
            let list = list_at_mut(&mut new, path);
            list.get_mut(*index)?.lines = vec![text.clone()];
        }
    }
    Some(new)
}

/// Simpler versions of one line of code.
fn simplifications(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (code, comment) = split_comment(line);
    if !comment.is_empty() {
        out.push(code.trim_end().to_string());
    }
    let code = code.trim_end();
    // `NAME = yield ...` → `yield ...`
    if let Some((lhs, rhs)) = code.split_once(" = ") {
        if rhs.starts_with("yield") && is_name(lhs) {
            out.push(rhs.to_string());
        }
    }
    if let Some(rest) = code.strip_prefix("yield ") {
        if !rest.starts_with("from ") {
            out.push("yield".into());
        }
    }
    if code.starts_with("return ") {
        out.push("return".into());
    }
    if let Some(rest) = code.strip_prefix("raise ") {
        if let Some((a, _)) = rest.split_once(" from ") {
            out.push(format!("raise {a}"));
        }
    }
    if let Some(args) = code
        .strip_prefix("print(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let parts = split_args(args);
        if parts.len() > 1 {
            for i in 0..parts.len() {
                let kept: Vec<&str> = parts
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, p)| p.trim())
                    .collect();
                out.push(format!("print({})", kept.join(", ")));
            }
        }
    }
    if code.contains(" + 0") {
        out.push(code.replacen(" + 0", "", 1));
    }
    out.extend(smaller_integers(code));
    out
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The line split at a `#` outside strings.
fn split_comment(line: &str) -> (&str, &str) {
    let b = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        match (quote, b[i]) {
            (Some(_), b'\\') => i += 1,
            (Some(q), c) if c == q => quote = None,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (None, b'#') => return (&line[..i], &line[i..]),
            _ => {}
        }
        i += 1;
    }
    (line, "")
}

/// Top-level comma-separated parts of an argument list.
fn split_args(args: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None::<u8>, 0);
    let b = args.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (quote, b[i]) {
            (Some(_), b'\\') => i += 1,
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (None, b'(' | b'[' | b'{') => depth += 1,
            (None, b')' | b']' | b'}') => depth -= 1,
            (None, b',') if depth == 0 => {
                parts.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&args[start..]);
    parts
}

/// The line with one integer literal (outside strings, not part of a name) made smaller.
fn smaller_integers(code: &str) -> Vec<String> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(_) if c == b'\\' => {
                i += 2;
                continue;
            }
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c.is_ascii_digit()
                && (i == 0
                    || !(b[i - 1].is_ascii_alphanumeric()
                        || b[i - 1] == b'_'
                        || b[i - 1] == b'.')) =>
            {
                let end = (i..b.len())
                    .find(|&j| !b[j].is_ascii_digit())
                    .unwrap_or(b.len());
                let is_float = end < b.len() && (b[end] == b'.' || b[end].is_ascii_alphabetic());
                if !is_float {
                    if let Ok(v) = code[i..end].parse::<u64>() {
                        for smaller in [0u64, 1] {
                            if smaller < v {
                                out.push(format!("{}{smaller}{}", &code[..i], &code[end..]));
                            }
                        }
                    }
                }
                i = end;
                continue;
            }
            None => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_renders_blocks() {
        let src = "def g(a):\n    try:\n        yield (1,\n               2)\n    except E as e:\n        pass\n\nx = g(1)\n";
        let tree = parse(src);
        assert_eq!(tree.len(), 2);
        assert_eq!(tree[0].body.len(), 2);
        assert!(tree[0].body[1].is_continuation());
        assert_eq!(render(&tree), src.replace("\n\n", "\n"));
    }

    #[test]
    fn deleting_a_try_takes_its_clauses() {
        let tree = parse("try:\n    a\nexcept E:\n    b\nfinally:\n    c\nd\n");
        let new = apply(
            &tree,
            &Edit::Delete {
                path: vec![],
                start: 0,
                len: 1,
            },
        )
        .unwrap();
        assert_eq!(render(&new), "d\n");
    }

    #[test]
    fn simplifies_lines() {
        let s = simplifications("x = yield a + 12");
        assert!(s.contains(&"yield a + 12".to_string()), "{s:?}");
        assert!(s.contains(&"x = yield a + 1".to_string()), "{s:?}");
        let p = simplifications("print(\"g0.1\", \"got\", x)");
        assert!(p.contains(&"print(\"g0.1\", x)".to_string()), "{p:?}");
        assert!(simplifications("s0 = g1(5)").contains(&"s0 = g1(0)".to_string()));
        assert!(!simplifications("g1(5)").contains(&"g0(5)".to_string()));
    }
}
