//! `float` repr and formatting as CPython prints them (shortest round-trip, `repr` style).

/// `repr(f)` exactly as CPython.
pub fn repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Shortest round-trip digits, via Rust's `{:e}` formatting.
    let s = format!("{:e}", f);
    let (mant, exp) = match s.split_once('e') {
        Some(p) => p,
        None => return s,
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = even_tie(f, digits);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                out.push_str(&digits);
                for _ in 0..(int_len - n) {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len as usize]);
                out.push('.');
                out.push_str(&digits[int_len as usize..]);
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// The shortest digits when two are equally near `f` (it lies exactly halfway): CPython's
/// dtoa takes the one ending in an even digit, Rust's formatting the one above.
fn even_tie(f: f64, digits: String) -> String {
    let n = digits.len();
    let exact = format!("{:.*e}", n + 24, f.abs());
    let ex: Vec<u8> = exact
        .split('e')
        .next()
        .unwrap_or("")
        .bytes()
        .filter(u8::is_ascii_digit)
        .collect();
    let tie = ex.get(n) == Some(&b'5') && ex[n + 1..].iter().all(|&d| d == b'0');
    let below = &ex[..n.min(ex.len())];
    match below.last() {
        Some(d) if tie && (d - b'0').is_multiple_of(2) && below != digits.as_bytes() => {
            String::from_utf8_lossy(below).into_owned()
        }
        _ => digits,
    }
}

/// Format with a fixed number of decimals ('f').
pub fn fixed(f: f64, prec: usize) -> String {
    if !f.is_finite() {
        return repr(f);
    }
    format!("{:.*}", prec, f)
}

/// Scientific with `prec` decimals ('e'), CPython style exponent (at least 2 digits).
pub fn sci(f: f64, prec: usize, upper: bool) -> String {
    if !f.is_finite() {
        let r = repr(f);
        return if upper { r.to_uppercase() } else { r };
    }
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!(
        "{}{}{}{:02}",
        m,
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    );
    out
}

/// General format ('g') with precision `prec`; `alt` keeps trailing zeros.
pub fn general(f: f64, prec: usize, upper: bool, alt: bool) -> String {
    if !f.is_finite() {
        let r = repr(f);
        return if upper { r.to_uppercase() } else { r };
    }
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 {
        let s = if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
        return if f.is_sign_negative() {
            format!("-{s}")
        } else {
            s
        };
    }
    let s = format!("{:.*e}", p - 1, f);
    let exp: i32 = s
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let body = if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        format!("{:.*}", decimals, f)
    } else {
        sci(f, p - 1, upper)
    };
    if alt {
        return body;
    }
    strip_zeros(&body)
}

fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let m = if m.contains('.') {
        m.trim_end_matches('0').trim_end_matches('.')
    } else {
        m
    };
    format!("{m}{e}")
}

/// `str(f)` for the `''` format type: repr, but with precision when given.
pub fn format_none_type(f: f64, prec: Option<usize>) -> String {
    match prec {
        None => repr(f),
        Some(p) => {
            let g = general(f, p, false, false);
            if g.contains(['.', 'e', 'n', 'i']) {
                g
            } else {
                format!("{g}.0")
            }
        }
    }
}
