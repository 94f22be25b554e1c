//! A bound on how deeply a source can nest, checked before it is parsed. The parser, the
//! compiler and the drop of a syntax tree recurse once per level of nesting, so a source that
//! nests without end (`x = ` and 200,000 `-`, 20,000 `lambda:`) would overflow any stack.
//! CPython refuses such sources too (more than 200 nested brackets is a SyntaxError; deeper
//! expressions a RecursionError or MemoryError while compiling); the engine refuses sources
//! whose estimated depth passes [`MAX_DEPTH`] as `unsupported`.
//!
//! The estimate scans characters, not tokens (strings and comments are skipped): the depth at
//! a point is the number of open brackets plus the operators (unary or binary), attribute
//! accesses, calls, subscripts and `lambda`/`not`/`await`/inline `else` keywords seen since
//! the innermost open bracket's last comma, summed over the open brackets. That is at least
//! the syntax tree's depth there (a chain of operators nests one level per operator) and at
//! most a small multiple of it.

/// The deepest nesting estimate accepted.
pub const MAX_DEPTH: usize = 3000;

/// Where the source first nests deeper than [`MAX_DEPTH`] (byte offset), if it does.
pub fn too_deep(source: &str) -> Option<usize> {
    let b = source.as_bytes();
    // Per open bracket (and the line itself, at the bottom): the operators since its last
    // comma. `total` is the sum of the stack plus its length.
    let mut stack: Vec<usize> = vec![0];
    let mut total = 0usize;
    let mut i = 0;
    // Whether the previous significant character ends an operand (a name, number, closing
    // bracket or string): an opening bracket after it is a call or a subscript.
    let mut after_operand = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                after_operand = true;
                continue;
            }
            b'(' | b'[' | b'{' => {
                if after_operand {
                    bump(&mut stack, &mut total, 1);
                }
                stack.push(0);
                total += 1;
                after_operand = false;
            }
            b')' | b']' | b'}' => {
                if stack.len() > 1 {
                    total -= stack.pop().unwrap_or(0) + 1;
                }
                after_operand = true;
            }
            b',' | b';' | b'=' if !matches!(b.get(i + 1), Some(b'=')) => {
                // a new element, statement or assignment target: its own depth
                let top = stack.last_mut().expect("the bottom stays");
                total -= *top;
                *top = 0;
                after_operand = false;
            }
            b'\n' if stack.len() == 1 => {
                total -= stack[0];
                stack[0] = 0;
                after_operand = false;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'<' | b'>' | b'&' | b'|' | b'^' | b'~'
            | b'.' | b'=' | b'!' => {
                bump(&mut stack, &mut total, 1);
                after_operand = false;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                {
                    i += 1;
                }
                let word = &b[start..i];
                if matches!(b.get(i), Some(b'\'' | b'"')) && word.len() <= 3 {
                    // a string prefix (r, b, f, rb, …)
                    continue;
                }
                let keyword = matches!(
                    word,
                    b"lambda"
                        | b"not"
                        | b"await"
                        | b"else"
                        | b"and"
                        | b"or"
                        | b"in"
                        | b"is"
                        | b"if"
                        | b"yield"
                );
                if keyword {
                    bump(&mut stack, &mut total, 1);
                }
                after_operand = !keyword;
                if total > MAX_DEPTH {
                    return Some(start);
                }
                continue;
            }
            c if c.is_ascii_digit() => after_operand = true,
            _ => {}
        }
        if total > MAX_DEPTH {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn bump(stack: &mut [usize], total: &mut usize, n: usize) {
    if let Some(top) = stack.last_mut() {
        *top += n;
        *total += n;
    }
}

/// The index just past the string literal starting at `i` (a quote), triple-quoted or not.
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q => {
                if !triple {
                    return j + 1;
                }
                if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                    return j + 3;
                }
                j += 1;
            }
            b'\n' if !triple => return j,
            _ => j += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_sources_are_found_and_ordinary_ones_pass() {
        assert!(too_deep(&format!("x = {}1\n", "-".repeat(200_000))).is_some());
        assert!(too_deep(&format!("f = {}1\n", "lambda: ".repeat(20_000))).is_some());
        assert!(too_deep(&format!("x = {}{}\n", "[".repeat(5000), "]".repeat(5000))).is_some());
        assert!(too_deep(&format!("x = 1{}\n", " + 1".repeat(5000))).is_some());
        assert!(too_deep(&format!("x = f{}\n", "()".repeat(5000))).is_some());
        // wide is not deep
        let wide = format!("x = [{}]\n", "a + b, ".repeat(50_000));
        assert_eq!(too_deep(&wide), None);
        let many = "x = a.b(c)[d] - -e\n".repeat(50_000);
        assert_eq!(too_deep(&many), None);
        assert_eq!(too_deep(&format!("s = '{}'\n", "(".repeat(10_000))), None);
        assert_eq!(
            too_deep(&format!("# {}\nx = 1\n", "-".repeat(10_000))),
            None
        );
    }
}
