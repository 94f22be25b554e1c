//! Constructors of built-in types: `int(...)`, `str(...)`, `list(...)`, `range(...)`, ….

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::*;
use crate::value::Truth;
use crate::vm::ExcKind;

/// What int() and float() strip around a number: ASCII whitespace, and non-ASCII characters
/// that are whitespace to str (CPython turns those into spaces first); not `\x1c`-`\x1f`.
fn number_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        super::str_methods::py_whitespace(c)
    }
}

/// Non-ASCII decimal digits as ASCII ones (_PyUnicode_TransformDecimalAndSpaceToASCII).
fn ascii_digits(vm: &Vm, s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars()
        .map(
            |c| match super::unicode_data::decimal_value(vm.config.target, c) {
                Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
                _ => c,
            },
        )
        .collect()
}

fn parse_int_str(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    let digits = ascii_digits(vm, s);
    let t = digits.trim_matches(number_space);
    let err = || {
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::vm::str_repr(s)
        ))
    };
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let mut body = body.to_string();
    let lower = body.to_ascii_lowercase();
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && lower.starts_with(p) {
            body = body[2..].to_string();
            base = b;
        }
    }
    if base == 0 {
        base = 10;
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(err());
    }
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    match BigInt::parse_bytes(digits.as_bytes(), base) {
        Some(b) => Ok(int::from_big(if neg { -b } else { b })),
        None => Err(err()),
    }
}

/// `cls(*args)` for built-in types.
pub fn construct(vm: &mut Vm, cls: &Rc<Class>, a: Args) -> PyResult<Value> {
    let name = cls.name.to_string();
    let arg = a.pos.first().cloned();
    match name.as_str() {
        "int" => {
            let base = a.pos.get(1).cloned().or_else(|| kw(&a, "base"));
            match (arg, base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(Value::Str(s)), b) => {
                    // PyNumber_AsSsize_t with clipping: a huge base is out of range.
                    let base = match b {
                        None => 10,
                        Some(b) => match vm.indexed(&b)? {
                            Value::Big(_) => i64::MAX,
                            Value::Int(i) => i,
                            Value::Bool(b) => i64::from(b.get()),
                            other => return Err(vm.not_an_integer(&other)),
                        },
                    };
                    if base != 0 && !(2..=36).contains(&base) {
                        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    parse_int_str(vm, &s, base as u32)
                }
                (Some(v @ (Value::Int(_) | Value::Big(_))), None) => Ok(v),
                (Some(Value::Bool(b)), None) => Ok(Value::Int(i64::from(b.get()))),
                (Some(Value::Float(f)), None) => vm.int_from_f64(f.get()),
                (Some(v @ Value::Instance(_)), None) => match vm.lookup_special(&v, "__int__") {
                    Some(m) => match vm.call(&m, Args::default())? {
                        r @ (Value::Int(_) | Value::Big(_) | Value::Bool(_)) => Ok(r),
                        other => Err(vm.bad_special_return(
                            &v,
                            "__int__",
                            crate::vm::Returns::Int,
                            &other,
                        )),
                    },
                    // CPython 3.8+: int() falls back to __index__.
                    None if vm.lookup_special(&v, "__index__").is_some() => {
                        Ok(vm.indexed(&v)?)
                    }
                    None => Err(vm.type_error(format!(
                        "int() argument must be a string, a bytes-like object or a {}number, not '{}'",
                        vm.real_word(),
                        vm.type_name(&v)
                    ))),
                },
                (Some(v), None) => Err(vm.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a {}number, not '{}'",
                    vm.real_word(),
                    vm.type_name(&v)
                ))),
                (Some(_), Some(_)) => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
        "float" => match arg {
            None => Ok(Value::float(0.0)),
            Some(Value::Float(f)) => Ok(Value::Float(f)),
            Some(Value::Int(i)) => Ok(Value::float(i as f64)),
            Some(Value::Bool(b)) => Ok(Value::float(i64::from(b.get()) as f64)),
            Some(Value::Big(b)) => int::to_f64(&b)
                .map(Value::float)
                .ok_or_else(|| vm.err(ExcKind::OverflowError, "int too large to convert to float")),
            Some(Value::Str(s)) => {
                let t = ascii_digits(vm, &s);
                let t = t
                    .trim_matches(number_space)
                    .to_ascii_lowercase()
                    .replace('_', "");
                let v = match t.as_str() {
                    "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
                    "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                    "nan" | "+nan" | "-nan" => Some(f64::NAN),
                    _ => t.parse::<f64>().ok(),
                };
                v.map(Value::float).ok_or_else(|| {
                    vm.value_error(format!(
                        "could not convert string to float: {}",
                        crate::vm::str_repr(&s)
                    ))
                })
            }
            Some(v) => match vm.float_of(&v)? {
                Some(f) => Ok(Value::float(f)),
                None => Err(vm.type_error(format!(
                    "float() argument must be a string or a {}number, not '{}'",
                    vm.real_word(),
                    vm.type_name(&v)
                ))),
            },
        },
        "str" => match arg {
            None => Ok(Value::str("")),
            Some(v) => vm.str_value(&v),
        },
        "bool" => match arg {
            None => Ok(Value::Bool(Truth::FALSE)),
            Some(v) => Ok(Value::bool(vm.truthy(&v)?)),
        },
        "list" => Ok(Value::list(match arg {
            None => Vec::new(),
            Some(v) => vm.collect(&v)?,
        })),
        "tuple" => match arg {
            None => Ok(Value::tuple(Vec::new())),
            Some(v @ Value::Tuple(_)) => Ok(v),
            Some(v) => Ok(Value::tuple(vm.collect(&v)?)),
        },
        "dict" => {
            let mut d = Dict::new();
            if let Some(v) = arg {
                super::for_each_pair(vm, &v, |vm, k, val| {
                    let k = vm.local_dict_key(&d, k)?;
                    d.insert(k, val);
                    Ok(())
                })?;
            }
            for (k, v) in a.kw {
                let k = vm.key(Value::Str(k))?;
                d.insert(k, v);
            }
            Ok(Value::dict(d))
        }
        "set" | "frozenset" => {
            let mut s = PySet::new();
            match arg {
                // set_update_internal of another set: set_merge.
                Some(Value::Set(o)) => s.merge(&o.borrow()),
                Some(Value::FrozenSet(o)) => s.merge(&o),
                Some(v) => vm.for_each(&v, |vm, it| vm.set_add(&mut s, it))?,
                None => {}
            }
            Ok(if name == "set" {
                Value::set(s)
            } else {
                Value::FrozenSet(Rc::new(s))
            })
        }
        "range" => {
            arity(vm, "range", &a, 1, 3)?;
            let mut nums = Vec::new();
            for v in &a.pos {
                let v = &vm.indexed(v)?;
                match vm.index_of(v) {
                    Some(i) => nums.push(i),
                    None => {
                        if let Value::Big(_) = v {
                            return vm.unsupported("range() with huge bounds");
                        }
                        return Err(vm.not_an_integer(v));
                    }
                }
            }
            let (start, stop, step) = match nums.len() {
                1 => (0, nums[0], 1),
                2 => (nums[0], nums[1], 1),
                _ => (nums[0], nums[1], nums[2]),
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
        }
        "type" => match a.pos.len() {
            1 => Ok(Value::Class(vm.class_of(&a.pos[0]))),
            3 => {
                let ty = vm.types.type_.clone();
                vm.call_metaclass(&ty, Args::new(a.pos.clone()))
            }
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        "slice" => {
            let (s0, s1, s2) = match a.pos.len() {
                1 => (Value::None, a.pos[0].clone(), Value::None),
                2 => (a.pos[0].clone(), a.pos[1].clone(), Value::None),
                3 => (a.pos[0].clone(), a.pos[1].clone(), a.pos[2].clone()),
                n => {
                    return Err(
                        vm.type_error(format!("slice expected at least 1 argument, got {n}"))
                    )
                }
            };
            Ok(Value::Slice(Rc::new([s0, s1, s2])))
        }
        "enumerate" => {
            let src = arg.ok_or_else(|| {
                vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")
            })?;
            let it = vm.iter(&src)?;
            let start = a.pos.get(1).cloned().or_else(|| kw(&a, "start"));
            let n = match start {
                None => 0,
                Some(s) => match vm.indexed(&s)? {
                    Value::Big(_) => {
                        return vm.unsupported("enumerate() with a start beyond 64 bits")
                    }
                    Value::Int(i) => i,
                    Value::Bool(b) => i64::from(b.get()),
                    other => return Err(vm.not_an_integer(&other)),
                },
            };
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Enumerate {
                it,
                n,
            }))))
        }
        "zip" => {
            // the keywords first, as zip_new parses them before it iterates its arguments
            let mut strict = false;
            for (k, v) in &a.kw {
                if !vm.rules.zip_strict {
                    return Err(vm.type_error("zip() takes no keyword arguments"));
                }
                if &**k != "strict" {
                    return Err(vm.type_error(if vm.rules.zip_unexpected_keyword_message {
                        format!("zip() got an unexpected keyword argument '{k}'")
                    } else {
                        format!("'{k}' is an invalid keyword argument for zip()")
                    }));
                }
                strict = vm.truthy(v)?;
            }
            let mut its = Vec::new();
            for (i, v) in a.pos.iter().enumerate() {
                if vm.rules.zip_arg_must_support_iteration && !vm.is_iterable(v) {
                    return Err(
                        vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                    );
                }
                its.push(vm.iter(v)?);
            }
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Zip {
                its,
                strict,
            }))))
        }
        "map" => {
            if a.pos.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut its = Vec::new();
            for v in &a.pos[1..] {
                its.push(vm.iter(v)?);
            }
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Map {
                func: a.pos[0].clone(),
                its,
            }))))
        }
        "filter" => {
            arity(vm, "filter", &a, 2, 2)?;
            let it = vm.iter(&a.pos[1])?;
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Filter {
                func: a.pos[0].clone(),
                it,
            }))))
        }
        "super" => {
            let new_messages = vm.rules.super_messages_reworded;
            match a.pos.len() {
                2 => match &a.pos[0] {
                    Value::Class(c) => vm.new_super(c.clone(), a.pos[1].clone()),
                    _ => {
                        let article = if new_messages { "a " } else { "" };
                        Err(vm.type_error(format!(
                            "super() argument 1 must be {article}type, not {}",
                            vm.type_name(&a.pos[0])
                        )))
                    }
                },
                1 => vm.unsupported("super() with one argument (an unbound super object)"),
                0 => Err(vm.err(ExcKind::RuntimeError, "super(): no arguments")),
                n if new_messages => {
                    Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}")))
                }
                n => Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)"))),
            }
        }
        "bytes" => super::codecs::bytes_new(vm, &a),
        "weakref" | "ReferenceType" if super::weakref::is_ref_type(vm, cls) => {
            super::weakref::make_ref(vm, a)
        }
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// The arguments of `type.__new__(meta, name, bases, dict)`: the name, the bases and the
/// namespace, with CPython's TypeErrors for the wrong kinds.
pub(crate) fn type_new_args(vm: &mut Vm, a: &[Value]) -> PyResult<(Str, Vec<Value>, NameMap)> {
    let name = match &a[0] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let bases = match &a[1] {
        Value::Tuple(t) => t.to_vec(),
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(other)
            )))
        }
    };
    let Value::Dict(d) = &a[2] else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&a[2])
        )));
    };
    let mut ns = NameMap::default();
    let items = d.borrow().items();
    for (k, v) in items {
        match k {
            Value::Str(s) => {
                ns.insert(s, v);
            }
            _ => return vm.unsupported("type() with a namespace key that is not a str"),
        }
    }
    Ok((name, bases, ns))
}
