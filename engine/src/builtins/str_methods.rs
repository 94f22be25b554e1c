//! The methods of `str` (`str.join`, `str.split`, …): one (name, function) table.

use super::methods::MethodTable;
use super::methods::{a0, exactly, m_contains, m_getitem, m_iter, m_len, new_str, s};
use crate::value::{Args, PyResult, Value};
use crate::vm::Vm;

/// CPython's `_PyUnicode_IsWhitespace`: the characters of bidirectional type WS, B or S, or
/// general category Zs.
pub(super) fn py_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// The methods of `str`: (name, function), what lookup, names and `dir()` use.
pub(super) const STR_METHODS: MethodTable = &[
    ("join", |vm, r, a| {
        exactly(vm, "str.join", &a, 1)?;
        let items = vm.collect(&a0(&a))?;
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(s(r));
            }
            match it {
                Value::Str(x) => out.push_str(x),
                other => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(other)
                    )))
                }
            }
        }
        Ok(new_str(out))
    }),
    ("split", |vm, r, a| split(vm, r, a, false)),
    ("rsplit", |vm, r, a| split(vm, r, a, true)),
    ("strip", |_, r, a| {
        Ok(new_str(strip(s(r), a.pos.first(), 3)))
    }),
    ("lstrip", |_, r, a| {
        Ok(new_str(strip(s(r), a.pos.first(), 1)))
    }),
    ("rstrip", |_, r, a| {
        Ok(new_str(strip(s(r), a.pos.first(), 2)))
    }),
    ("replace", |vm, r, a| {
        let (old, new) = match (a.pos.first(), a.pos.get(1)) {
            (Some(Value::Str(o)), Some(Value::Str(n))) => (o.clone(), n.clone()),
            _ => return Err(vm.type_error("replace() argument must be str")),
        };
        let count = match a.pos.get(2).or(a
            .kw
            .iter()
            .find(|(k, _)| &**k == "count")
            .map(|(_, v)| v))
        {
            Some(c) => super::int_args::ssize(vm, c)?,
            None => -1,
        };
        Ok(new_str(if count < 0 {
            s(r).replace(&*old, &new)
        } else {
            s(r).replacen(&*old, &new, count as usize)
        }))
    }),
    ("startswith", |vm, r, a| affix(vm, r, a, true)),
    ("endswith", |vm, r, a| affix(vm, r, a, false)),
    ("find", |vm, r, a| {
        Ok(Value::Int(find_sub(vm, s(r), &a, "find")?))
    }),
    ("rfind", |vm, r, a| {
        Ok(Value::Int(find_sub(vm, s(r), &a, "rfind")?))
    }),
    ("index", |vm, r, a| {
        let i = find_sub(vm, s(r), &a, "index")?;
        if i < 0 {
            return Err(vm.value_error("substring not found"));
        }
        Ok(Value::Int(i))
    }),
    ("rindex", |vm, r, a| {
        let i = find_sub(vm, s(r), &a, "rindex")?;
        if i < 0 {
            return Err(vm.value_error("substring not found"));
        }
        Ok(Value::Int(i))
    }),
    ("count", |vm, r, a| {
        let sub = str_arg(vm, &a, "count")?;
        let (start, end) = str_range(vm, s(r), &a)?;
        let Some(h) = char_slice(s(r), start, end) else {
            return Ok(Value::Int(0));
        };
        Ok(Value::Int(if sub.is_empty() {
            h.chars().count() as i64 + 1
        } else {
            h.matches(&*sub).count() as i64
        }))
    }),
    ("format", |vm, r, a| {
        let out = vm.str_format(s(r), &a)?;
        Ok(new_str(out))
    }),
    ("isspace", |_, r, _| {
        Ok(Value::bool(
            !s(r).is_empty() && s(r).chars().all(py_whitespace),
        ))
    }),
    ("isascii", |_, r, _| Ok(Value::bool(s(r).is_ascii()))),
    ("center", |vm, r, a| justify(vm, r, a, '^')),
    ("ljust", |vm, r, a| justify(vm, r, a, '<')),
    ("rjust", |vm, r, a| justify(vm, r, a, '>')),
    ("zfill", |vm, r, a| {
        let w = super::int_args::ssize(vm, &a0(&a))?.max(0) as usize;
        let st = s(r);
        let n = st.chars().count();
        if n >= w {
            return Ok(new_str(st.to_string()));
        }
        vm.claim(w)?;
        let (sign, rest) = if st.starts_with(['+', '-']) {
            st.split_at(1)
        } else {
            ("", st)
        };
        Ok(new_str(format!("{sign}{}{rest}", "0".repeat(w - n))))
    }),
    ("splitlines", |vm, r, a| {
        let keep = match a.pos.first().or(a
            .kw
            .iter()
            .find(|(k, _)| &**k == "keepends")
            .map(|(_, v)| v))
        {
            Some(v) => super::int_args::bool_arg(vm, &v.clone())?,
            None => false,
        };
        let mut out = Vec::new();
        let st = s(r);
        let mut cur = String::new();
        let mut chars = st.chars().peekable();
        while let Some(c) = chars.next() {
            // CPython's line boundaries (Py_UNICODE_ISLINEBREAK).
            if matches!(
                c,
                '\n' | '\r'
                    | '\x0b'
                    | '\x0c'
                    | '\x1c'
                    | '\x1d'
                    | '\x1e'
                    | '\u{85}'
                    | '\u{2028}'
                    | '\u{2029}'
            ) {
                let mut end = c.to_string();
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                    end.push('\n');
                }
                if keep {
                    cur.push_str(&end);
                }
                out.push(new_str(std::mem::take(&mut cur)));
            } else {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            out.push(new_str(cur));
        }
        Ok(Value::list(out))
    }),
    ("partition", |vm, r, a| partition(vm, r, a, false)),
    ("rpartition", |vm, r, a| partition(vm, r, a, true)),
    ("removeprefix", |_, r, a| {
        Ok(new_str(
            s(r).strip_prefix(s(&a0(&a))).unwrap_or(s(r)).to_string(),
        ))
    }),
    ("removesuffix", |_, r, a| {
        Ok(new_str(
            s(r).strip_suffix(s(&a0(&a))).unwrap_or(s(r)).to_string(),
        ))
    }),
    ("encode", |vm, r, a| super::codecs::str_encode(vm, s(r), &a)),
    ("expandtabs", expandtabs),
    ("translate", translate),
    // A static method: the receiver is not used (`str.maketrans` is found on the class).
    ("maketrans", |vm, _, a| maketrans(vm, a)),
    ("__len__", m_len),
    ("__iter__", m_iter),
    ("__getitem__", m_getitem),
    ("__contains__", m_contains),
];

fn strip(st: &str, chars: Option<&Value>, which: u8) -> String {
    let set: Option<Vec<char>> = match chars {
        Some(Value::Str(c)) => Some(c.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &set {
        Some(s) => s.contains(&c),
        None => py_whitespace(c),
    };
    let mut out = st;
    if which & 1 != 0 {
        out = out.trim_start_matches(pred);
    }
    if which & 2 != 0 {
        out = out.trim_end_matches(pred);
    }
    out.to_string()
}

fn split(vm: &mut Vm, r: &Value, a: Args, right: bool) -> PyResult<Value> {
    let st = s(r);
    let mut sep = a.pos.first().cloned();
    let mut maxsplit = super::int_args::ssize_or(vm, a.pos.get(1), -1)?;
    for (k, v) in &a.kw {
        match &**k {
            "sep" => sep = Some(v.clone()),
            "maxsplit" => maxsplit = super::int_args::ssize(vm, v)?,
            _ => {}
        }
    }
    let parts: Vec<String> = match sep {
        None | Some(Value::None) => {
            let words: Vec<&str> = st.split(py_whitespace).filter(|w| !w.is_empty()).collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                words.into_iter().map(String::from).collect()
            } else if !right {
                // Split off maxsplit words, keep the rest (left-stripped) intact.
                let mut rest = st.trim_start_matches(py_whitespace);
                let mut out = Vec::new();
                for _ in 0..maxsplit {
                    let end = rest.find(py_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start_matches(py_whitespace);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut rest = st.trim_end_matches(py_whitespace);
                let mut out = Vec::new();
                for _ in 0..maxsplit {
                    let start = rest
                        .char_indices()
                        .rev()
                        .find(|(_, c)| py_whitespace(*c))
                        .map_or(0, |(i, c)| i + c.len_utf8());
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end_matches(py_whitespace);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(Value::Str(sep)) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                st.split(&*sep).map(String::from).collect()
            } else if right {
                let mut v: Vec<String> = st
                    .rsplitn(maxsplit as usize + 1, &*sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                st.splitn(maxsplit as usize + 1, &*sep)
                    .map(String::from)
                    .collect()
            }
        }
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&other))))
        }
    };
    Ok(Value::list(parts.into_iter().map(new_str).collect()))
}

fn affix(vm: &mut Vm, r: &Value, a: Args, start: bool) -> PyResult<Value> {
    let (from, to) = str_range(vm, s(r), &a)?;
    let Some(st) = char_slice(s(r), from, to) else {
        return Ok(Value::bool(false));
    };
    let check = |p: &str| {
        if start {
            st.starts_with(p)
        } else {
            st.ends_with(p)
        }
    };
    match a0(&a) {
        Value::Str(p) => Ok(Value::bool(check(&p))),
        Value::Tuple(t) => Ok(Value::bool(t.iter().any(|p| check(s(p))))),
        other => Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if start { "startswith" } else { "endswith" },
            vm.type_name(&other)
        ))),
    }
}

/// The start and end arguments of `find`, `count`, `startswith`, … as char indices
/// (ADJUST_INDICES: the start may lie past the end).
fn str_range(vm: &mut Vm, h: &str, a: &Args) -> PyResult<(usize, usize)> {
    use super::int_args::{adjust, slice_bound, Bound};
    let start = slice_bound(vm, a.pos.get(1), Bound::NoneAllowed)?;
    let end = slice_bound(vm, a.pos.get(2), Bound::NoneAllowed)?;
    let n = if h.is_ascii() {
        h.len()
    } else {
        h.chars().count()
    };
    Ok(adjust(n, start, end))
}

/// The chars `start..end` of `h`, or None when the start lies past the end.
fn char_slice(h: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    if h.is_ascii() {
        return Some(&h[start..end]);
    }
    let byte = |i: usize| h.char_indices().nth(i).map_or(h.len(), |(b, _)| b);
    Some(&h[byte(start)..byte(end)])
}

/// The substring argument of `find`, `count`, …: a str (3.13 names the method in the error).
fn str_arg(vm: &mut Vm, a: &Args, method: &str) -> PyResult<crate::value::Str> {
    match a.pos.first() {
        Some(Value::Str(p)) => Ok(p.clone()),
        Some(other) => Err(vm.type_error(format!(
            "{}must be str, not {}",
            if vm.rules.str_method_arg_names_method {
                format!("{method}() argument 1 ")
            } else {
                String::new()
            },
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("{method}() takes at least 1 argument (0 given)"))),
    }
}

fn find_sub(vm: &mut Vm, h: &str, a: &Args, method: &str) -> PyResult<i64> {
    let right = method.starts_with('r');
    let sub = str_arg(vm, a, method)?;
    let (start, end) = str_range(vm, h, a)?;
    let Some(hay) = char_slice(h, start, end) else {
        return Ok(-1);
    };
    let found = if right {
        hay.rfind(&*sub)
    } else {
        hay.find(&*sub)
    };
    Ok(match found {
        Some(b) => (hay[..b].chars().count() + start) as i64,
        None => -1,
    })
}

fn justify(vm: &mut Vm, r: &Value, a: Args, align: char) -> PyResult<Value> {
    let w = super::int_args::ssize(vm, &a0(&a))?.max(0) as usize;
    let fill = match a.pos.get(1) {
        Some(Value::Str(f)) => f.chars().next().unwrap_or(' '),
        _ => ' ',
    };
    let st = s(r);
    let n = st.chars().count();
    if n >= w {
        return Ok(new_str(st.to_string()));
    }
    let pad = w - n;
    vm.claim(pad.saturating_mul(fill.len_utf8()).saturating_add(st.len()))?;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(new_str(match align {
        '<' => format!("{st}{}", f(pad)),
        '>' => format!("{}{st}", f(pad)),
        _ => {
            let left = pad / 2 + (pad & w & 1);
            format!("{}{st}{}", f(left), f(pad - left))
        }
    }))
}

fn partition(vm: &mut Vm, r: &Value, a: Args, right: bool) -> PyResult<Value> {
    let st = s(r);
    let sep = match a0(&a) {
        Value::Str(x) => x,
        other => return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&other)))),
    };
    let pos = if right {
        st.rfind(&*sep)
    } else {
        st.find(&*sep)
    };
    Ok(Value::tuple(match pos {
        Some(i) => vec![
            Value::str(&st[..i]),
            Value::Str(sep.clone()),
            Value::str(&st[i + sep.len()..]),
        ],
        None if right => vec![Value::str(""), Value::str(""), Value::str(st)],
        None => vec![Value::str(st), Value::str(""), Value::str("")],
    }))
}

/// `str.expandtabs(tabsize=8)`: each tab up to the next multiple of the tab size, the column
/// counted from the last newline or carriage return.
fn expandtabs(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let size = match a
        .pos
        .first()
        .or(a.kw.iter().find(|(k, _)| &**k == "tabsize").map(|(_, v)| v))
    {
        None => 8,
        Some(v) => {
            let v = v.clone();
            let n = super::int_args::ssize(vm, &v)
                .map_err(|_| ())
                .ok()
                .filter(|n| i32::try_from(*n).is_ok());
            match n {
                Some(n) => n,
                // A C int: beyond it OverflowError; other errors as for any int argument.
                None => match vm.indexed(&v)? {
                    Value::Int(_) | Value::Big(_) => {
                        return Err(vm.err(
                            crate::vm::ExcKind::OverflowError,
                            "Python int too large to convert to C int",
                        ))
                    }
                    _ => super::int_args::ssize(vm, &v)?,
                },
            }
        }
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s(r).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
pub fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use crate::value::Dict;
    if !a.kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if n == 0 || n > 3 {
        return Err(vm.type_error(if n == 0 {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {n}")
        }));
    }
    let mut d = Dict::new();
    let put = |vm: &mut Vm, d: &mut Dict, k: Value, v: Value| -> PyResult<()> {
        let k = vm.local_dict_key(d, k)?;
        let old = d.insert(k, v);
        drop(old);
        Ok(())
    };
    if n == 1 {
        let Value::Dict(src) = &a.pos[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items: Vec<(Value, Value)> = src
            .borrow()
            .map
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            let k = match &k {
                Value::Str(t) => {
                    let mut cs = t.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm.value_error(if vm.rules.translatetable_typo {
                                "string keys in translatetable must be of length 1"
                            } else {
                                "string keys in translate table must be of length 1"
                            }))
                        }
                    }
                }
                Value::Int(_) | Value::Big(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            put(vm, &mut d, k, v)?;
        }
        return Ok(Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(d))));
    }
    let strs: Vec<&str> = a
        .pos
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Str(t) => Ok(&**t),
            other => Err((i, vm.type_name(other).to_string())),
        })
        .collect::<Result<_, _>>()
        .map_err(|(i, t)| {
            vm.type_error(format!(
                "maketrans() argument {} must be str, not {t}",
                i + 1
            ))
        })?;
    let (x, y): (Vec<char>, Vec<char>) = (strs[0].chars().collect(), strs[1].chars().collect());
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.into_iter().zip(y) {
        put(vm, &mut d, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    if let Some(z) = strs.get(2) {
        for c in z.chars() {
            put(vm, &mut d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(d))))
}

/// `str.translate(table)`: each character through `table[ord(c)]` (a LookupError keeps it).
fn translate(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    exactly(vm, "str.translate", &a, 1)?;
    let table = a0(&a);
    let mut out = String::new();
    for c in s(r).chars() {
        let mapped = match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(crate::value::Flow::Exc(e))
                if vm.is_exc_instance(&e, crate::vm::ExcKind::LookupError) =>
            {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Str(t) => out.push_str(&t),
            Value::Int(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(m) if n < 0x110000 => out.push(m),
                _ => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Value::Bool(b) => out.push(char::from(u8::from(b.get()))),
            Value::Big(_) => {
                return Err(vm.value_error("character mapping must be in range(0x110000)"))
            }
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(new_str(out))
}
