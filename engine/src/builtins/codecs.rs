//! Text encodings as `str.encode`, `bytes.decode` and `bytes(str, encoding)` use them: UTF-8,
//! ASCII and Latin-1 (CPython's normalised names and aliases); other codecs, and the
//! UnicodeEncodeError/UnicodeDecodeError a strict codec raises, are `unsupported`.

use crate::value::{Args, PyResult, ThinRc, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

/// The codec of an encoding name, normalised as `encodings.normalize_encoding` and looked up
/// in CPython's alias table for these three.
fn codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Codec::Ascii
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_8859_1_1987" | "iso_ir_100" | "csisolatin1" | "ibm819" => Codec::Latin1,
        _ => return vm.unsupported(&format!("the codec {name:?}")),
    })
}

/// The `encoding` and `errors` arguments (positions `at`, `at + 1`, or keywords).
fn options(a: &Args, at: usize) -> (Option<Value>, Option<Value>) {
    let kw = |k: &str| a.kw.iter().find(|(n, _)| &**n == k).map(|(_, v)| v.clone());
    (
        a.pos.get(at).cloned().or_else(|| kw("encoding")),
        a.pos.get(at + 1).cloned().or_else(|| kw("errors")),
    )
}

fn text<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!(
            "{what}() argument 'encoding' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `s.encode(encoding="utf-8", errors="strict")`.
pub(crate) fn encode(
    vm: &mut Vm,
    s: &str,
    encoding: Option<&str>,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let c = codec(vm, encoding.unwrap_or("utf-8"))?;
    let limit = match c {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for ch in s.chars() {
        let u = ch as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend(format!("&#{u};").bytes()),
            "backslashreplace" => out.extend(
                match u {
                    0..=0xff => format!("\\x{u:02x}"),
                    0x100..=0xffff => format!("\\u{u:04x}"),
                    _ => format!("\\U{u:08x}"),
                }
                .bytes(),
            ),
            _ => return vm.unsupported("UnicodeEncodeError"),
        }
    }
    Ok(out)
}

/// `b.decode(encoding="utf-8", errors="strict")`.
pub(crate) fn decode(
    vm: &mut Vm,
    b: &[u8],
    encoding: Option<&str>,
    errors: &str,
) -> PyResult<String> {
    let c = codec(vm, encoding.unwrap_or("utf-8"))?;
    match c {
        Codec::Latin1 => Ok(b.iter().map(|&x| char::from(x)).collect()),
        Codec::Ascii if b.is_ascii() => Ok(b.iter().map(|&x| char::from(x)).collect()),
        Codec::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(_) if errors == "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
            Err(_) => vm.unsupported("UnicodeDecodeError"),
        },
        Codec::Ascii => match errors {
            "ignore" => Ok(b
                .iter()
                .filter(|x| x.is_ascii())
                .map(|&x| char::from(x))
                .collect()),
            "replace" => Ok(b
                .iter()
                .map(|&x| {
                    if x.is_ascii() {
                        char::from(x)
                    } else {
                        '\u{fffd}'
                    }
                })
                .collect()),
            _ => vm.unsupported("UnicodeDecodeError"),
        },
    }
}

/// `str.encode(encoding, errors)` as a method.
pub(crate) fn str_encode(vm: &mut Vm, s: &str, a: &Args) -> PyResult<Value> {
    let (enc, errs) = options(a, 0);
    let enc = enc
        .map(|e| text(vm, &e, "encode").map(str::to_string))
        .transpose()?;
    let errs = errs
        .map(|e| text(vm, &e, "encode").map(str::to_string))
        .transpose()?;
    let out = encode(vm, s, enc.as_deref(), errs.as_deref().unwrap_or("strict"))?;
    Ok(Value::Bytes(ThinRc::from(out)))
}

/// `bytes.decode(encoding, errors)` as a method.
pub(crate) fn bytes_decode(vm: &mut Vm, b: &[u8], a: &Args) -> PyResult<Value> {
    let (enc, errs) = options(a, 0);
    let enc = enc
        .map(|e| text(vm, &e, "decode").map(str::to_string))
        .transpose()?;
    let errs = errs
        .map(|e| text(vm, &e, "decode").map(str::to_string))
        .transpose()?;
    let out = decode(vm, b, enc.as_deref(), errs.as_deref().unwrap_or("strict"))?;
    Ok(Value::str(&out))
}

/// `bytes(x=b"", encoding, errors)` (bytes_new): a str needs an encoding, an int
/// (`__index__`) is a count of zero bytes, anything else is iterated for ints in range(256).
pub(crate) fn bytes_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = a.pos.first().cloned().or_else(|| {
        a.kw.iter()
            .find(|(n, _)| &**n == "source")
            .map(|(_, v)| v.clone())
    });
    let (enc, errs) = options(a, 1);
    let Some(x) = x else {
        if enc.is_some() || errs.is_some() {
            return Err(vm.type_error(if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Value::Bytes(ThinRc::from(Vec::new())));
    };
    if let Some(enc) = enc {
        let Value::Str(s) = &x else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let enc = text(vm, &enc, "bytes")?.to_string();
        let errs = match errs {
            Some(e) => text(vm, &e, "bytes")?.to_string(),
            None => "strict".to_string(),
        };
        let out = encode(vm, s, Some(&enc), &errs)?;
        return Ok(Value::Bytes(ThinRc::from(out)));
    }
    if errs.is_some() {
        return Err(vm.type_error(if matches!(x, Value::Str(_)) {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if matches!(x, Value::Instance(_)) && vm.lookup_special(&x, "__bytes__").is_some() {
        return vm.unsupported("__bytes__");
    }
    let count = match &x {
        Value::Str(_) => return Err(vm.type_error("string argument without an encoding")),
        Value::Bytes(_) => return Ok(x.clone()),
        Value::Int(_) | Value::Bool(_) | Value::Big(_) => Some(vm.indexed(&x)?),
        Value::Instance(_) if vm.lookup_special(&x, "__index__").is_some() => Some(vm.indexed(&x)?),
        _ => None,
    };
    if let Some(n) = count {
        let n = match n {
            Value::Int(n) => n,
            Value::Bool(b) => i64::from(b.get()),
            _ => {
                return Err(vm.err(
                    crate::vm::ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.claim(n as usize)?;
        return Ok(Value::Bytes(ThinRc::from(vec![0u8; n as usize])));
    }
    if !vm.is_iterable(&x) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(&x)
        )));
    }
    let it = vm.iter(&x)?;
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        // PyNumber_AsSsize_t(item, NULL): huge ints clip, then fail the range check.
        let n = match vm.indexed(&item)? {
            Value::Int(n) => n,
            Value::Bool(b) => i64::from(b.get()),
            Value::Big(_) => -1,
            other => return Err(vm.not_an_integer(&other)),
        };
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(Value::Bytes(ThinRc::from(out)))
}
