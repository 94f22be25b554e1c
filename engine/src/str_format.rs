//! `str.format()`: the replacement fields of a format string (`{0.attr[key]!r:spec}`), their
//! automatic or manual numbering, and the errors CPython raises for malformed ones; each
//! field's value is formatted by the format-spec mini-language (`format.rs`).

use crate::format::ascii;
use crate::value::{Args, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::Vm;

impl Vm {
    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &Args) -> PyResult<String> {
        self.str_format_fields(fmt, args, &mut Numbering::Unset, 2)
    }

    /// Switch `numbering` to `to` (CPython's `AutoNumber`): a format string numbers its fields
    /// automatically (`{}`) or manually (`{0}`), never both, nested specs included.
    fn field_numbering(&mut self, numbering: &mut Numbering, auto: bool) -> PyResult<()> {
        match (*numbering, auto) {
            (Numbering::Unset, true) => *numbering = Numbering::Auto(0),
            (Numbering::Unset, false) => *numbering = Numbering::Manual,
            (Numbering::Manual, true) => {
                return Err(self.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            (Numbering::Auto(_), false) => {
                return Err(self.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            _ => {}
        }
        Ok(())
    }

    fn str_format_fields(
        &mut self,
        fmt: &str,
        args: &Args,
        numbering: &mut Numbering,
        depth: u32,
    ) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(self.value_error("Single '{' encountered in format string"));
            }
            let field = match parse_field(&chars, i + 1) {
                Ok(f) => f,
                Err(msg) => return Err(self.value_error(msg)),
            };
            i = field.end;
            let (name, conv, spec) = (field.name, field.conversion, field.spec);
            let (first, rest) = match name.find(['.', '[']) {
                Some(p) => (name[..p].to_string(), name[p..].to_string()),
                None => (name.clone(), String::new()),
            };
            let index = if first.is_empty() {
                self.field_numbering(numbering, true)?;
                let Numbering::Auto(n) = numbering else {
                    unreachable!("automatic numbering was just set")
                };
                *n += 1;
                Some(*n - 1)
            } else if first.bytes().all(|b| b.is_ascii_digit()) {
                self.field_numbering(numbering, false)?;
                first.parse::<usize>().ok()
            } else {
                None
            };
            let mut v = if first.is_empty() {
                let auto = index.unwrap_or(0) + 1;
                let v = args.pos.get(auto - 1).cloned();
                match v {
                    Some(v) => v,
                    None => {
                        return Err(self.err_args(
                            ExcKind::IndexError,
                            vec![Value::str(&format!(
                                "Replacement index {} out of range for positional args tuple",
                                auto - 1
                            ))],
                        ))
                    }
                }
            } else if let Some(n) = index {
                match args.pos.get(n) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(self.err(
                            ExcKind::IndexError,
                            format!("Replacement index {n} out of range for positional args tuple"),
                        ))
                    }
                }
            } else {
                match args.kw.iter().find(|(k, _)| **k == *first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(self.key_error(Value::str(&first))),
                }
            };
            // CPython's FieldNameIterator: each part is checked as it is reached.
            let mut r = rest.as_str();
            while !r.is_empty() {
                if let Some(x) = r.strip_prefix('.') {
                    let end = x.find(['.', '[']).unwrap_or(x.len());
                    if end == 0 {
                        return Err(self.value_error("Empty attribute in format string"));
                    }
                    v = self.getattr(&v, &x[..end])?;
                    r = &x[end..];
                } else if let Some(x) = r.strip_prefix('[') {
                    let Some(end) = x.find(']') else {
                        return Err(self.value_error("Missing ']' in format string"));
                    };
                    let k = &x[..end];
                    if k.is_empty() {
                        return Err(self.value_error("Empty attribute in format string"));
                    }
                    let key = match k.parse::<i64>() {
                        Ok(n) if k.bytes().all(|b| b.is_ascii_digit()) => Value::Int(n),
                        _ => Value::str(k),
                    };
                    v = self.getitem(&v, &key)?;
                    r = &x[end + 1..];
                } else {
                    return Err(self
                        .value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            }
            let v = match conv {
                Some('r') => Value::str(&self.repr(&v)?),
                Some('s') => Value::str(&self.str_of(&v)?),
                Some('a') => Value::str(&ascii(&self.repr(&v)?)),
                Some(c) => {
                    let c = if c > ' ' && c < '\x7f' {
                        c.to_string()
                    } else {
                        format!("\\x{:x}", c as u32)
                    };
                    return Err(self.value_error(format!("Unknown conversion specifier {c}")));
                }
                None => v,
            };
            // Nested replacement fields in the spec, numbered on from the field's.
            let spec = if field.spec_has_fields {
                if depth <= 1 {
                    return Err(self.value_error("Max string recursion exceeded"));
                }
                self.str_format_fields(&spec, args, numbering, depth - 1)?
            } else {
                spec
            };
            out.push_str(&self.format_value(&v, &spec)?);
        }
        Ok(out)
    }
}

/// How a `str.format` string numbers its fields so far (see `field_numbering`).
#[derive(Clone, Copy)]
enum Numbering {
    Unset,
    /// `{}` fields: the next index.
    Auto(usize),
    Manual,
}

/// One replacement field of a `str.format` string (CPython's `parse_field`).
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    /// The spec holds replacement fields of its own.
    spec_has_fields: bool,
    /// Where the text after the field starts.
    end: usize,
}

/// Parse the field that starts at `i` (after its `{`), as CPython's `parse_field` does; the
/// error is the ValueError's message.
fn parse_field(chars: &[char], mut i: usize) -> Result<Field, &'static str> {
    let start = i;
    let mut c = '\0';
    while i < chars.len() {
        c = chars[i];
        i += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name: String = chars[start..i - 1].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: String::new(),
        spec_has_fields: false,
        end: i,
    };
    if c != '!' && c != ':' {
        if c != '}' {
            return Err("expected '}' before end of string");
        }
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = chars.get(i) else {
            return Err("end of string while looking for conversion specifier");
        };
        field.conversion = Some(conv);
        i += 1;
        if let Some(&next) = chars.get(i) {
            i += 1;
            if next == '}' {
                field.end = i;
                return Ok(field);
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = i;
    let mut count = 1;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..i - 1].iter().collect();
                    field.end = i;
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}
