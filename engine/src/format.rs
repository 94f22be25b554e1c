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
    /// The spec names a fill character (before an alignment).
    fill_given: bool,
    align: Option<char>,
    sign: Option<char>,
    /// `z` (3.11, PEP 682): a negative zero after rounding prints as a positive one.
    no_neg_zero: bool,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    /// 3.14: the separator grouping the digits after the point.
    frac_grouping: Option<char>,
    ty: Option<char>,
}

/// Why a format spec does not parse (CPython's `parse_internal_render_format_spec`).
enum SpecError {
    Invalid,
    MissingPrecision,
    BothSeparators,
    TooManyDigits,
}

/// The digits at `*i` as a number (CPython's `get_integer`): None if there are none.
fn spec_integer(chars: &[char], i: &mut usize) -> Result<Option<usize>, SpecError> {
    let st = *i;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        *i += 1;
    }
    if *i == st {
        return Ok(None);
    }
    let digits: String = chars[st..*i].iter().collect();
    // CPython refuses what does not fit a Py_ssize_t.
    match digits.parse::<i64>() {
        Ok(n) => Ok(Some(n as usize)),
        Err(_) => Err(SpecError::TooManyDigits),
    }
}

/// Parse a format spec; `z_flag` is 3.11's `z` option, `frac` 3.14's separators after the
/// point.
fn parse_spec(s: &str, z_flag: bool, frac: bool) -> Result<Spec, SpecError> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec {
        fill: ' ',
        ..Default::default()
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        sp.fill = chars[0];
        sp.fill_given = true;
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
    if z_flag && i < chars.len() && chars[i] == 'z' {
        sp.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        // `0`: zeros for the fill unless one is given; numbers then align with `=`.
        sp.zero = true;
        if !sp.fill_given {
            sp.fill = '0';
        }
        i += 1;
    }
    if let Some(w) = spec_integer(&chars, &mut i)? {
        sp.width = w;
    }
    if i < chars.len() && chars[i] == ',' {
        sp.grouping = Some(',');
        i += 1;
    }
    if i < chars.len() && chars[i] == '_' {
        if sp.grouping.is_some() {
            return Err(SpecError::BothSeparators);
        }
        sp.grouping = Some('_');
        i += 1;
    }
    if i < chars.len() && chars[i] == ',' && sp.grouping == Some('_') {
        return Err(SpecError::BothSeparators);
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        sp.precision = spec_integer(&chars, &mut i)?;
        if frac && i < chars.len() && matches!(chars[i], ',' | '_') {
            sp.frac_grouping = Some(chars[i]);
            i += 1;
        }
        if sp.precision.is_none() && sp.frac_grouping.is_none() {
            return Err(SpecError::MissingPrecision);
        }
    }
    if chars.len() - i > 1 {
        return Err(SpecError::Invalid);
    }
    if i < chars.len() {
        sp.ty = Some(chars[i]);
    }
    Ok(sp)
}

/// A presentation type in a message: the character, or `\xNN` outside printable ASCII.
fn type_code(t: char) -> String {
    if t > ' ' && t < '\x7f' {
        t.to_string()
    } else {
        format!("\\x{:x}", t as u32)
    }
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

/// The alignment `sp` asks for: its own, else `=` for a zero-padded number, else the type's.
fn alignment(sp: &Spec, default_right: bool) -> char {
    match sp.align {
        Some(a) => a,
        None if sp.zero && default_right => '=',
        None if default_right => '>',
        None => '<',
    }
}

fn pad(body: String, sign: &str, sp: &Spec, default_right: bool) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let fill_n = sp.width - len;
    let fill = sp.fill;
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match alignment(sp, default_right) {
        '<' => format!("{sign}{body}{}", f(fill_n)),
        '>' => format!("{}{sign}{body}", f(fill_n)),
        '^' => format!("{}{sign}{body}{}", f(fill_n / 2), f(fill_n - fill_n / 2)),
        _ => format!("{sign}{}{body}", f(fill_n)),
    }
}

/// Group `digits` with `sep` every `every` digits; a number padded with zeros (`0` fill,
/// `=` alignment) gets its padding zeros grouped too, up to `width` characters besides
/// `others` (CPython's `_PyUnicode_InsertThousandsGrouping` with a minimum width).
fn group_number(digits: &str, sep: char, every: usize, sp: &Spec, others: usize) -> String {
    if !(sp.fill == '0' && alignment(sp, true) == '=') {
        return group(digits, sep, every);
    }
    let mut min_width = sp.width as isize - others as isize;
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = (every as isize).min(remaining.max(min_width).max(1));
        let zeros = (l - remaining).max(0);
        let n = remaining.min(l).max(0);
        let end = remaining.max(0) as usize;
        let mut g: String = std::iter::repeat_n('0', zeros as usize).collect();
        g.extend(&digits[end - n as usize..end]);
        groups.push(g);
        remaining -= n;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
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
        let sp = match parse_spec(
            spec,
            self.rules.format_z_flag,
            self.rules.format_frac_grouping,
        ) {
            Ok(s) => s,
            Err(e) => {
                let msg = match e {
                    SpecError::Invalid if self.rules.invalid_spec_names_spec => format!(
                        "Invalid format specifier '{spec}' for object of type '{}'",
                        self.type_name(v)
                    ),
                    SpecError::Invalid => "Invalid format specifier".to_string(),
                    SpecError::MissingPrecision => "Format specifier missing precision".into(),
                    SpecError::BothSeparators => "Cannot specify both ',' and '_'.".into(),
                    SpecError::TooManyDigits => "Too many decimal digits in format string".into(),
                };
                return Err(self.value_error(msg));
            }
        };
        // The separators each presentation type allows (PEP 378, PEP 515), checked with the
        // type's default.
        let default_ty = match v {
            Value::Int(_) | Value::Big(_) | Value::Bool(_) => Some('d'),
            Value::Str(_) => Some('s'),
            _ => None,
        };
        if let (
            Some(g),
            Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_),
        ) = (sp.grouping, v)
        {
            let ty = sp.ty.or(default_ty);
            let allowed = match ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == '_',
                _ => false,
            };
            if !allowed {
                let t = type_code(ty.unwrap_or('\0'));
                return Err(self.value_error(format!("Cannot specify '{g}' with '{t}'.")));
            }
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
                if !matches!(sp.ty, None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n')) {
                    let t = type_code(sp.ty.unwrap_or('d'));
                    let msg = format!(
                        "Unknown format code '{t}' for object of type '{}'",
                        self.type_name(v)
                    );
                    return Err(self.value_error(msg));
                }
                if sp.precision.is_some() {
                    return Err(
                        self.value_error("Precision not allowed in integer format specifier")
                    );
                }
                if sp.no_neg_zero {
                    return Err(self.value_error(
                        "Negative zero coercion (z) not allowed in integer format specifier",
                    ));
                }
                if sp.ty == Some('c') && sp.sign.is_some() {
                    return Err(
                        self.value_error("Sign not allowed with integer format specifier 'c'")
                    );
                }
                if sp.ty == Some('c') && sp.alt {
                    return Err(self.value_error(
                        "Alternate form (#) not allowed with integer format specifier 'c'",
                    ));
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
                let digits = match sp.grouping {
                    Some(g) => {
                        let every = if matches!(sp.ty, Some('x' | 'X' | 'o' | 'b')) {
                            4
                        } else {
                            3
                        };
                        group_number(&digits, g, every, &sp, sign.chars().count())
                    }
                    None => digits,
                };
                Ok(pad(digits, &sign, &sp, true))
            }
            Value::Float(f) => self.format_float(f.get(), &sp),
            Value::Str(s) => {
                if let Some(t) = sp.ty {
                    if t != 's' {
                        return Err(self.value_error(format!(
                            "Unknown format code '{}' for object of type 'str'",
                            type_code(t)
                        )));
                    }
                }
                if sp.sign == Some(' ') && self.rules.space_sign_message {
                    return Err(self.value_error("Space not allowed in string format specifier"));
                }
                if sp.sign.is_some() {
                    return Err(self.value_error("Sign not allowed in string format specifier"));
                }
                if sp.no_neg_zero {
                    return Err(self.value_error(
                        "Negative zero coercion (z) not allowed in string format specifier",
                    ));
                }
                if sp.alt {
                    return Err(self
                        .value_error("Alternate form (#) not allowed in string format specifier"));
                }
                if sp.align == Some('=')
                    || (sp.zero && sp.align.is_none() && self.rules.str_zero_pad_aligns_equals)
                {
                    return Err(
                        self.value_error("'=' alignment not allowed in string format specifier")
                    );
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
                    "Unknown format code '{}' for object of type 'float'",
                    type_code(t)
                )))
            }
        };
        // `z`: a zero that rounding made of a negative number prints without its sign.
        let neg = neg && !(sp.no_neg_zero && body.bytes().all(|b| !(b'1'..=b'9').contains(&b)));
        let sign = if neg && !f.is_nan() {
            "-"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let body = match (sp.frac_grouping, body.find('.')) {
            (Some(g), Some(dot)) => {
                let (head, tail) = body.split_at(dot + 1);
                let end = tail
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(tail.len());
                let digits: Vec<char> = tail[..end].chars().collect();
                let grouped: Vec<String> = digits.chunks(3).map(|c| c.iter().collect()).collect();
                format!("{head}{}{}", grouped.join(&g.to_string()), &tail[end..])
            }
            _ => body,
        };
        let body = match sp.grouping {
            Some(g) => {
                let (int_part, rest) = match body.find(['.', 'e', '%']) {
                    Some(i) => (&body[..i], &body[i..]),
                    None => (&body[..], ""),
                };
                if int_part.chars().all(|c| c.is_ascii_digit()) {
                    let others = sign.len() + rest.chars().count();
                    format!("{}{}", group_number(int_part, g, 3, sp, others), rest)
                } else {
                    body.clone()
                }
            }
            None => body,
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
}
