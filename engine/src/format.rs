//! String formatting: the format-spec mini-language (f-strings, `format()`, `str.format`)
//! and printf-style `%` formatting.

use crate::value::{float, int, Args, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::Vm;

/// `ascii()` of an already computed repr: escape non-ASCII characters.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

#[derive(Default)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(s: &str) -> Option<Spec> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec {
        fill: ' ',
        ..Default::default()
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        sp.fill = chars[0];
        sp.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        sp.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sp.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = chars[st..i].iter().collect::<String>().parse().ok()?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        sp.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return None;
        }
        sp.precision = Some(chars[st..i].iter().collect::<String>().parse().ok()?);
    }
    if i < chars.len() {
        sp.ty = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return None;
    }
    Some(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, sp: &Spec, default_right: bool) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let fill_n = sp.width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (
            sp.fill,
            sp.align.unwrap_or(if default_right { '>' } else { '<' }),
        )
    };
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(fill_n)),
        '>' => format!("{}{sign}{body}", f(fill_n)),
        '^' => format!("{}{sign}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        _ => format!("{sign}{}{body}", f(fill_n)),
    }
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Instance(i) = v {
            if let Some(m @ Value::Func(_)) = i.class.lookup("__format__") {
                let m = self.bind(m, v);
                let r = self.call(&m, Args::new(vec![Value::str(spec)]))?;
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => {
                        let legacy = format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&other)
                        );
                        Err(self.wrong_return(
                            v,
                            "__format__",
                            crate::vm::Returns::Str,
                            &other,
                            legacy,
                        ))
                    }
                };
            }
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        let sp = match parse_spec(spec) {
            Some(s) => s,
            None => return Err(self.value_error("Invalid format specifier")),
        };
        if let (
            Some('n'),
            Some(g),
            Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_),
        ) = (sp.ty, sp.grouping, v)
        {
            return Err(self.value_error(format!("Cannot specify '{g}' with 'n'.")));
        }
        match v {
            Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
                if let Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') = sp.ty {
                    let f = match v {
                        Value::Int(i) => *i as f64,
                        Value::Bool(b) => i64::from(b.get()) as f64,
                        Value::Big(b) => int::to_f64(b).unwrap_or(f64::INFINITY),
                        _ => 0.0,
                    };
                    return self.format_float(f, &sp);
                }
                if matches!(v, Value::Bool(_)) && sp.ty.is_none() {
                    let s = self.str_of(v)?;
                    return Ok(pad(s, "", &sp, false));
                }
                if sp.precision.is_some() {
                    return Err(
                        self.value_error("Precision not allowed in integer format specifier")
                    );
                }
                let b = int::to_big(v).unwrap_or_default();
                let neg = int::is_negative(&b);
                let mag = if neg { -b } else { b };
                let (digits, prefix) = match sp.ty {
                    None | Some('d') | Some('n') => (mag.to_string(), ""),
                    Some('x') => (int::to_str_radix(&mag, 16), "0x"),
                    Some('X') => (int::to_str_radix(&mag, 16).to_uppercase(), "0X"),
                    Some('o') => (int::to_str_radix(&mag, 8), "0o"),
                    Some('b') => (int::to_str_radix(&mag, 2), "0b"),
                    Some('c') => {
                        let c = match num_traits::ToPrimitive::to_u32(&mag).filter(|_| !neg) {
                            Some(c @ 0..=0x10_ffff) => char::from_u32(c).unwrap_or('\u{fffd}'),
                            _ if mag.bits() > 63 => {
                                return Err(self.err(
                                    crate::vm::ExcKind::OverflowError,
                                    "Python int too large to convert to C long",
                                ))
                            }
                            _ => {
                                return Err(self.err(
                                    crate::vm::ExcKind::OverflowError,
                                    "%c arg not in range(0x110000)",
                                ))
                            }
                        };
                        return Ok(pad(c.to_string(), "", &sp, false));
                    }
                    Some(t) => {
                        return Err(self.value_error(format!(
                            "Unknown format code '{t}' for object of type 'int'"
                        )))
                    }
                };
                let digits = match sp.grouping {
                    Some(g) => group(
                        &digits,
                        g,
                        if matches!(sp.ty, Some('x' | 'X' | 'o' | 'b')) {
                            4
                        } else {
                            3
                        },
                    ),
                    None => digits,
                };
                let mut sign = String::new();
                if neg {
                    sign.push('-');
                } else if let Some('+') = sp.sign {
                    sign.push('+');
                } else if let Some(' ') = sp.sign {
                    sign.push(' ');
                }
                if sp.alt {
                    sign.push_str(prefix);
                }
                Ok(pad(digits, &sign, &sp, true))
            }
            Value::Float(f) => self.format_float(f.get(), &sp),
            Value::Str(s) => {
                if let Some(t) = sp.ty {
                    if t != 's' {
                        return Err(self.value_error(format!(
                            "Unknown format code '{t}' for object of type 'str'"
                        )));
                    }
                }
                if sp.sign.is_some() {
                    return Err(self.value_error("Sign not allowed in string format specifier"));
                }
                let body: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                Ok(pad(body, "", &sp, false))
            }
            _ => Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            ))),
        }
    }

    fn format_float(&mut self, f: f64, sp: &Spec) -> PyResult<String> {
        let neg = f.is_sign_negative();
        let a = f.abs();
        let body = match sp.ty {
            None => float::format_none_type(a, sp.precision),
            Some('f') | Some('F') => float::fixed(a, sp.precision.unwrap_or(6)),
            Some('e') | Some('E') => float::sci(a, sp.precision.unwrap_or(6), sp.ty == Some('E')),
            // 'n' is 'g' with the locale's separators: the C locale has none.
            Some('g') | Some('G') | Some('n') => {
                float::general(a, sp.precision.unwrap_or(6), sp.ty == Some('G'), sp.alt)
            }
            Some('%') => format!("{}%", float::fixed(a * 100.0, sp.precision.unwrap_or(6))),
            Some(t) => {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )))
            }
        };
        let body = match sp.grouping {
            Some(g) => {
                let (int_part, rest) = match body.find(['.', 'e', '%']) {
                    Some(i) => (&body[..i], &body[i..]),
                    None => (&body[..], ""),
                };
                if int_part.chars().all(|c| c.is_ascii_digit()) {
                    format!("{}{}", group(int_part, g, 3), rest)
                } else {
                    body.clone()
                }
            }
            None => body,
        };
        let sign = if neg && !f.is_nan() {
            "-"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        Ok(pad(body, sign, sp, true))
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<String> {
        let fmt = match fmt {
            Value::Str(s) => s.clone(),
            _ => return Ok(String::new()),
        };
        let tupled = matches!(args, Value::Tuple(_));
        let (items, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            other => (vec![other.clone()], None),
        };
        let mut idx = 0;
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let mut key_val: Option<Value> = None;
            // 3.15 names the argument an error is about: its position, its key, or nothing
            let mut label = String::new();
            if chars[i] == '(' {
                let st = i + 1;
                let mut depth = 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '(' {
                        depth += 1;
                    } else if chars[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                let key: String = chars[st..i - 1].iter().collect();
                match &mapping {
                    Some(m) => {
                        let key = Value::str(&key);
                        key_val = Some(self.getitem(m, &key)?);
                        label = format!(" {}", self.repr(&key)?);
                    }
                    None => return Err(self.type_error("format requires a mapping")),
                }
            }
            let mut flags = String::new();
            while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
                flags.push(chars[i]);
                i += 1;
            }
            let mut width = String::new();
            if i < chars.len() && chars[i] == '*' {
                let n = self.percent_star(&items, idx)?;
                idx += 1;
                // a negative width from the arguments left-justifies
                if n < 0 {
                    flags.push('-');
                }
                width = n.unsigned_abs().to_string();
                i += 1;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                width.push(chars[i]);
                i += 1;
            }
            let mut prec: Option<String> = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                if i < chars.len() && chars[i] == '*' {
                    let n = self.percent_star(&items, idx)?;
                    idx += 1;
                    p = n.max(0).to_string();
                    i += 1;
                }
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(p);
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let conv = chars[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let v = match key_val {
                Some(v) => v,
                None => {
                    let v = self.percent_next_item(&items, idx)?;
                    idx += 1;
                    if tupled {
                        label = format!(" {idx}");
                    }
                    v
                }
            };
            let prefix = if self.rules.percent_errors_name_argument {
                format!("format argument{label}: ")
            } else {
                String::new()
            };
            let named = self.rules.percent_errors_name_argument;
            let mut spec = String::new();
            if flags.contains('-') {
                spec.push('<');
            } else if flags.contains('0') && conv != 's' && conv != 'r' {
                spec.push('0');
            }
            if flags.contains('+') {
                spec.insert(0, '+');
                if spec.starts_with('+') && spec.len() > 1 {
                    spec = format!("{}{}", &spec[1..], "");
                    spec.insert(0, '+');
                }
            } else if flags.contains(' ') {
                spec.insert(0, ' ');
            }
            let alt = flags.contains('#');
            let piece = match conv {
                's' => {
                    let s = self.str_of(&v)?;
                    let s = match &prec {
                        Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                        None => s,
                    };
                    self.format_value(
                        &Value::str(&s),
                        &format!("{}{}", if flags.contains('-') { "<" } else { ">" }, width),
                    )?
                }
                'r' | 'a' => {
                    let s = self.repr(&v)?;
                    let s = if conv == 'a' { ascii(&s) } else { s };
                    self.format_value(
                        &Value::str(&s),
                        &format!("{}{}", if flags.contains('-') { "<" } else { ">" }, width),
                    )?
                }
                'c' => {
                    // An int (`__index__`) in range, or a str of one character.
                    let c = match &v {
                        Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                        Value::Big(_) if !self.rules.real_number_wording => {
                            return Err(self.type_error("%c requires int or char"))
                        }
                        Value::Big(_) => return Err(self.percent_c_range_error(&prefix)),
                        Value::Int(n) if named && !(0..0x110000).contains(n) => {
                            return Err(self.percent_c_range_error(&prefix))
                        }
                        Value::Int(_) | Value::Bool(_) | Value::Instance(_)
                            if !matches!(&v, Value::Instance(_))
                                || self.lookup_special(&v, "__index__").is_some() =>
                        {
                            let i = self.indexed(&v)?;
                            self.format_value(&i, "c")?
                        }
                        _ if self.rules.percent_c_message_names_type => {
                            let what = match &v {
                                Value::Str(s) => {
                                    format!("a string of length {}", s.chars().count())
                                }
                                _ => self.type_name(&v).to_string(),
                            };
                            let an_int = if named { "an integer" } else { "an int" };
                            return Err(self.type_error(format!(
                                "{prefix}%c requires {an_int} or a unicode character, not {what}"
                            )));
                        }
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    self.format_value(
                        &Value::str(&c),
                        &format!("{}{}", if flags.contains('-') { "<" } else { ">" }, width),
                    )?
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let number = match conv {
                        'x' | 'X' | 'o' if matches!(v, Value::Instance(_)) => {
                            match self.lookup_special(&v, "__index__") {
                                Some(_) => Some(self.indexed(&v)?),
                                None => None,
                            }
                        }
                        'x' | 'X' | 'o' if matches!(v, Value::Float(_)) => None,
                        'd' | 'i' | 'u' => self.int_of_number(&v)?,
                        _ => None,
                    };
                    let iv = match &v {
                        _ if number.is_some() => number.unwrap_or(Value::None),
                        Value::Int(_) | Value::Big(_) | Value::Bool(_) => v.clone(),
                        _ if named => {
                            let what = if matches!(conv, 'x' | 'X' | 'o') {
                                "an integer"
                            } else {
                                "a real number"
                            };
                            return Err(self.type_error(format!(
                                "{prefix}%{conv} requires {what}, not {}",
                                self.type_name(&v)
                            )));
                        }
                        _ if matches!(conv, 'x' | 'X' | 'o') => {
                            return Err(self.type_error(format!(
                                "%{conv} format: an integer is required, not {}",
                                self.type_name(&v)
                            )))
                        }
                        _ => {
                            return Err(self.type_error(format!(
                                "%{conv} format: a {}number is required, not {}",
                                self.real_word(),
                                self.type_name(&v)
                            )))
                        }
                    };
                    let ty = match conv {
                        'd' | 'i' | 'u' => 'd',
                        c => c,
                    };
                    let s = format!("{}{}{}{}", spec, if alt { "#" } else { "" }, width, ty);
                    self.format_value(&iv, &s)?
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let fv = match self.float_of(&v) {
                        Ok(Some(f)) => f,
                        Ok(None) if named => return Err(self.percent_real_error(&prefix, conv, &v)),
                        // 3.15 reports a __float__ that fails with TypeError as the argument's
                        Err(crate::value::Flow::Exc(e))
                            if named && self.is_exc_instance(&e, ExcKind::TypeError) =>
                        {
                            return Err(self.percent_real_error(&prefix, conv, &v))
                        }
                        Err(e) => return Err(e),
                        Ok(None) => {
                            return Err(self.type_error(format!(
                                "must be real number, not {}",
                                self.type_name(&v)
                            )))
                        }
                    };
                    let p = prec
                        .clone()
                        .map(|p| if p.is_empty() { "0".into() } else { p })
                        .unwrap_or_else(|| "6".into());
                    let s = format!(
                        "{}{}{}.{}{}",
                        spec,
                        if alt { "#" } else { "" },
                        width,
                        p,
                        conv
                    );
                    self.format_value(&Value::float(fv), &s)?
                }
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if mapping.is_none() && idx < items.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    /// The next positional item of a `%` format, or the TypeError for too few (3.15 says how
    /// many there were).
    fn percent_next_item(&mut self, items: &[Value], idx: usize) -> PyResult<Value> {
        match items.get(idx) {
            Some(v) => Ok(v.clone()),
            None if self.rules.percent_errors_name_argument => Err(self.type_error(format!(
                "not enough arguments for format string (got {})",
                items.len()
            ))),
            None => Err(self.type_error("not enough arguments for format string")),
        }
    }

    /// A `*` width or precision: the next item, an int.
    fn percent_star(&mut self, items: &[Value], idx: usize) -> PyResult<i64> {
        let w = self.percent_next_item(items, idx)?;
        match w {
            Value::Int(n) => Ok(n),
            Value::Bool(b) => Ok(i64::from(b.get())),
            // the OverflowError's wording differs by version and by width or precision
            Value::Big(_) => {
                self.unsupported("a '*' width or precision beyond 64 bits in '%' formatting")
            }
            _ if self.rules.percent_errors_name_argument => Err(self.type_error(format!(
                "format argument {}: * requires int, not {}",
                idx + 1,
                self.type_name(&w)
            ))),
            _ => Err(self.type_error("* wants int")),
        }
    }

    /// `%c` of an int outside the code points.
    fn percent_c_range_error(&mut self, prefix: &str) -> crate::value::Flow {
        let msg = if self.rules.percent_errors_name_argument {
            format!("{prefix}%c argument not in range(0x110000)")
        } else {
            "%c arg not in range(0x110000)".to_string()
        };
        self.err(crate::vm::ExcKind::OverflowError, msg)
    }

    /// 3.15's `%f` of something that is not a real number.
    fn percent_real_error(&mut self, prefix: &str, conv: char, v: &Value) -> crate::value::Flow {
        let msg = format!(
            "{prefix}%{conv} requires a real number, not {}",
            self.type_name(v)
        );
        self.type_error(msg)
    }

    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &Args) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut auto = 0usize;
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
            let st = i + 1;
            let mut depth = 1;
            i += 1;
            while i < chars.len() {
                if chars[i] == '{' {
                    depth += 1;
                } else if chars[i] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("expected '}' before end of string"));
            }
            let field: String = chars[st..i].iter().collect();
            i += 1;
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    name_conv[p + 1..].chars().next(),
                ),
                None => (name_conv.clone(), None),
            };
            // Nested replacement fields in the spec.
            let spec = if spec.contains('{') {
                self.str_format(&spec, args)?
            } else {
                spec
            };
            let (first, rest) = match name.find(['.', '[']) {
                Some(p) => (name[..p].to_string(), name[p..].to_string()),
                None => (name.clone(), String::new()),
            };
            let mut v = if first.is_empty() {
                let v = args.pos.get(auto).cloned();
                auto += 1;
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
            } else if let Ok(n) = first.parse::<usize>() {
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
            let mut r = rest.as_str();
            while !r.is_empty() {
                if let Some(x) = r.strip_prefix('.') {
                    let end = x.find(['.', '[']).unwrap_or(x.len());
                    v = self.getattr(&v, &x[..end])?;
                    r = &x[end..];
                } else if let Some(x) = r.strip_prefix('[') {
                    let end = x.find(']').unwrap_or(x.len());
                    let k = &x[..end];
                    let key = match k.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(k),
                    };
                    v = self.getitem(&v, &key)?;
                    r = x.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => Value::str(&self.repr(&v)?),
                Some('s') => Value::str(&self.str_of(&v)?),
                Some('a') => Value::str(&ascii(&self.repr(&v)?)),
                _ => v,
            };
            out.push_str(&self.format_value(&v, &spec)?);
        }
        Ok(out)
    }
}
