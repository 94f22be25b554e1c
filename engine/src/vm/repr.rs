//! `repr()` and `str()` of every value, as CPython prints them (addresses as `at 0x…`).

use super::Vm;
use crate::value::{float, int, Args, BuiltinKind, Flow, PyResult, Value, ViewKind};
use crate::vm::ExcKind;

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Not printable (CPython's Py_UNICODE_ISPRINTABLE, from the recorded Unicode data): escaped
/// in a repr.
fn is_unprintable(c: char) -> bool {
    !c.is_ascii() && !crate::builtins::unicode_data::printable_in_target(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

fn addr(v: &Value) -> String {
    format!("0x{:x}", v.addr().unwrap_or(0))
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        self.tick()?;
        Ok(match v {
            Value::Undef => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Big(_) => int::int_repr(v).map_err(|m| self.value_error(m))?,
            Value::Float(f) => float::repr(f.get()),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    let items = t.to_vec();
                    format!("({})", self.join_reprs(&items)?)
                }
            }
            Value::List(l) => {
                let a = v.addr().unwrap_or(0);
                if self.repr_stack.contains(&a) {
                    return Ok("[...]".into());
                }
                self.repr_stack.push(a);
                let items = l.borrow().clone();
                let r = self.join_reprs(&items);
                self.repr_stack.pop();
                format!("[{}]", r?)
            }
            Value::Dict(d) => {
                let a = v.addr().unwrap_or(0);
                if self.repr_stack.contains(&a) {
                    return Ok("{...}".into());
                }
                self.repr_stack.push(a);
                let items = d.borrow().items();
                let r = (|| {
                    let mut parts = Vec::new();
                    for (k, val) in &items {
                        parts.push(format!("{}: {}", self.repr(k)?, self.repr(val)?));
                    }
                    Ok::<_, Flow>(parts.join(", "))
                })();
                self.repr_stack.pop();
                format!("{{{}}}", r?)
            }
            Value::Set(_) | Value::FrozenSet(_) => {
                let items: Vec<Value> = self.set_entries(v).into_iter().map(|(_, x)| x).collect();
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    if frozen { "frozenset()" } else { "set()" }.into()
                } else {
                    let inner = format!("{{{}}}", self.join_reprs(&items)?);
                    if frozen {
                        format!("frozenset({inner})")
                    } else {
                        inner
                    }
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s[0])?,
                self.repr(&s[1])?,
                self.repr(&s[2])?
            ),
            Value::Func(f) => format!("<function {} at {}>", f.qualname.borrow(), addr(v)),
            Value::Builtin(b) => match (&b.recv, b.kind) {
                (Some(r), _) => match r {
                    Value::Module(_) => format!("<built-in function {}>", b.name),
                    _ => format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.type_name(r),
                        addr(r)
                    ),
                },
                (None, BuiltinKind::Method(_)) => format!("<method '{}' of objects>", b.name),
                (None, _) => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let q = match &m.func {
                    Value::Func(f) => f.qualname.borrow().to_string(),
                    other => self.repr(other)?,
                };
                format!("<bound method {} of {}>", q, self.repr(&m.self_.clone())?)
            }
            Value::Class(c) => {
                if c.builtin && &*c.module == "builtins" {
                    format!("<class '{}'>", c.name)
                } else if c.builtin {
                    format!("<class '{}.{}'>", c.module, c.name)
                } else {
                    let module = c.module_name();
                    if &*module == "builtins" {
                        format!("<class '{}'>", c.qualname.borrow())
                    } else {
                        format!("<class '{}.{}'>", module, c.qualname.borrow())
                    }
                }
            }
            Value::Instance(i) => {
                if let Some(p) = super::payload::payload_of(v) {
                    if super::payload::user_defines(&i.class, "__repr__").is_none() {
                        return self.repr(&p);
                    }
                }
                if let Some(m) = i.class.lookup("__repr__") {
                    if let Value::Func(_) | Value::Builtin(_) = m {
                        let bound = self.bind(m, v);
                        let r = self.call(&bound, Args::default())?;
                        return match r {
                            Value::Str(s) => Ok(s.to_string()),
                            other => Err(self.bad_special_return(
                                v,
                                "__repr__",
                                super::Returns::Str,
                                &other,
                            )),
                        };
                    }
                }
                if i.exc.is_some() {
                    let args = self.exc_args(v);
                    let name = i.class.name.clone();
                    if args.len() == 1 {
                        // Up to 3.6 BaseException.__repr__ showed the args tuple: `E('x',)`.
                        let comma = if self.rules.exc_repr_trailing_comma {
                            ","
                        } else {
                            ""
                        };
                        format!("{}({}{comma})", name, self.repr(&args[0])?)
                    } else {
                        let items = args.to_vec();
                        format!("{}({})", name, self.join_reprs(&items)?)
                    }
                } else {
                    let q = i.class.qualname.borrow();
                    match &*i.class.module_name() {
                        // The engine's builtins written in Python (`property`).
                        "builtins" => format!("<{q} object at {}>", addr(v)),
                        m => format!("<{m}.{q} object at {}>", addr(v)),
                    }
                }
            }
            Value::Generator(g) => format!(
                "<{} object {} at {}>",
                g.kind().type_name(),
                g.qualname.borrow(),
                addr(v)
            ),
            Value::Awaitable(_) => format!("<{} object at {}>", self.type_name(v), addr(v)),
            Value::Iter(_) => format!("<{} object at {}>", self.type_name(v), addr(v)),
            Value::WeakRef(w) => {
                let w = w.clone();
                self.weakref_repr(v, &w)?
            }
            Value::DictView(d) => {
                let name = match d.kind {
                    ViewKind::Keys => "dict_keys",
                    ViewKind::Values => "dict_values",
                    ViewKind::Items => "dict_items",
                };
                let items = self.collect(v)?;
                format!("{}([{}])", name, self.join_reprs(&items)?)
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Super(s) => {
                let o = self.type_name(&s.obj);
                format!("<super: <class '{}'>, <{} object>>", s.class.name, o)
            }
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name,
                addr(v),
                self.filename,
                c.firstlineno
            ),
            Value::Frame(f) => match &**f {
                crate::value::FrameInfo::Generator(gf) => format!(
                    "<frame at {}, file '{}', line {}, code {}>",
                    addr(v),
                    self.filename,
                    crate::generator::introspect::frame_object_line(gf, &self.rules),
                    gf.code.name
                ),
                crate::value::FrameInfo::Traceback(_) => {
                    return self.unsupported("repr() of a traceback's frame")
                }
            },
            Value::Traceback(_) => format!("<traceback object at {}>", addr(v)),
            Value::Cell(c) => {
                let inner = c.borrow().clone();
                match inner {
                    Value::Undef => format!("<cell at {}: empty>", addr(v)),
                    x => format!(
                        "<cell at {}: {} object at {}>",
                        addr(v),
                        self.type_name(&x),
                        addr(&x)
                    ),
                }
            }
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(i) => {
                if let Some(m @ (Value::Func(_) | Value::Builtin(_))) =
                    i.class.lookup("__str__").filter(|m| {
                        matches!(m, Value::Func(_)) || crate::value::native_special(i, "__str__")
                    })
                {
                    let bound = self.bind(m, v);
                    let r = self.call(&bound, Args::default())?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => {
                            Err(self.bad_special_return(v, "__str__", super::Returns::Str, &other))
                        }
                    };
                }
                if i.exc.is_some() {
                    if let Some(Value::Func(_)) = i.class.lookup("__repr__") {
                        // A user __repr__ does not change str() of an exception.
                    }
                    let os = i
                        .exc
                        .as_ref()
                        .and_then(|d| d.borrow().os.as_deref().cloned());
                    if let Some(o) = os {
                        // OSError_str.
                        let errno = o.errno.clone().unwrap_or(Value::None);
                        let strerror = o.strerror.clone().unwrap_or(Value::None);
                        if let Some(f) = &o.filename {
                            let head = format!(
                                "[Errno {}] {}: {}",
                                self.str_of(&errno)?,
                                self.str_of(&strerror)?,
                                self.repr(f)?
                            );
                            return match &o.filename2 {
                                Some(f2) => Ok(format!("{head} -> {}", self.repr(f2)?)),
                                None => Ok(head),
                            };
                        }
                        if o.errno.is_some() && o.strerror.is_some() {
                            return Ok(format!(
                                "[Errno {}] {}",
                                self.str_of(&errno)?,
                                self.str_of(&strerror)?
                            ));
                        }
                    }
                    let args = self.exc_args(v);
                    let key_error = i.class.is_subclass_of(self.types.exc(ExcKind::KeyError));
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if key_error => self.repr(&args[0]),
                        1 => self.str_of(&args[0]),
                        _ => self.repr(&Value::Tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::str(&self.str_of(v)?)),
        }
    }
}
