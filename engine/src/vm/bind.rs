//! Argument binding: how a call's positional and keyword arguments become a Python
//! function's locals (the simple bindings that cannot fail, straight into the locals; the
//! general one, with CPython's errors for what does not fit).

use super::Vm;
use crate::value::{Args, Dict, Function, PyResult, Str, Value};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[Str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Can `f` be called with `given` positional arguments (counting a bound `self`) and no
/// keywords by the simple binding: no keyword-only parameters, no `*args`/`**kwargs`, and
/// enough arguments and defaults for its parameters? Such a binding cannot fail.
#[inline]
pub(super) fn simple_binding(f: &Function, given: usize) -> bool {
    let code = &f.code;
    code.kwonly == 0
        && !code.varargs
        && !code.varkw
        && given <= code.argcount
        && given + f.defaults.len() >= code.argcount
}

/// The most keywords [`keyword_slots`] places.
pub(super) const MAX_FAST_KEYWORDS: usize = 8;

/// Where the keyword arguments `kw` of a call of `f` with `given` positional arguments go
/// (their parameters' slots, in order), when the binding cannot fail and needs no `*args`
/// or `**kwargs`: every keyword names a parameter that can be given by keyword and is not
/// bound otherwise, and every parameter left is one with a default. None otherwise (then
/// [`Vm::bind_args`] binds, and reports the errors).
pub(super) fn keyword_slots(
    f: &Function,
    given: usize,
    kw: &[(Str, Value)],
) -> Option<[u32; MAX_FAST_KEYWORDS]> {
    let code = &f.code;
    let params = code.argcount + code.kwonly;
    if code.varargs
        || code.varkw
        || kw.len() > MAX_FAST_KEYWORDS
        || given > code.argcount
        || params > 64
        || f.defaults.len() > code.argcount
    {
        return None;
    }
    let names = code.varnames.get(code.posonly..params)?;
    let mut slots = [0u32; MAX_FAST_KEYWORDS];
    // The parameters bound by keyword, one bit each.
    let mut bound = 0u64;
    for ((name, _), slot) in kw.iter().zip(&mut slots) {
        let j = code.posonly
            + names
                .iter()
                .position(|n| Str::ptr_eq(n, name) || **n == **name)?;
        if j < given || bound & (1 << j) != 0 {
            return None;
        }
        bound |= 1 << j;
        *slot = j as u32;
    }
    let first_def = code.argcount - f.defaults.len();
    let positional_ok = (given..first_def.max(given)).all(|i| bound & (1 << i) != 0);
    let kwonly_ok = (code.argcount..params)
        .all(|j| bound & (1 << j) != 0 || f.kwdefaults.iter().any(|(k, _)| *k == code.varnames[j]));
    (positional_ok && kwonly_ok).then_some(slots)
}

impl Vm {
    /// The locals of a call whose keywords [`keyword_slots`] placed: as [`Vm::bind_args`]
    /// binds them (the positional arguments, the keywords, then the defaults).
    pub(super) fn bind_keywords(
        &mut self,
        f: &Function,
        self_: Option<Value>,
        args: Args,
        slots: &[u32; MAX_FAST_KEYWORDS],
    ) -> Vec<Value> {
        let code = &f.code;
        let params = code.argcount + code.kwonly;
        let mut locals = self.take_buf();
        locals.reserve(code.nlocals.max(params));
        locals.extend(self_);
        locals.extend(args.pos);
        let given = locals.len();
        crate::value::fill_undef(&mut locals, code.nlocals.max(params));
        for ((_, v), &slot) in args.kw.into_iter().zip(slots) {
            // The slot is unbound (checked): nothing is released.
            locals[slot as usize] = v;
        }
        let first_def = code.argcount - f.defaults.len();
        for (i, local) in locals
            .iter_mut()
            .enumerate()
            .take(code.argcount)
            .skip(given)
        {
            if let Value::Undef = local {
                *local = f.defaults[i - first_def].clone();
            }
        }
        let kwonly = locals[code.argcount..params].iter_mut();
        for (local, name) in kwonly.zip(&code.varnames[code.argcount..params]) {
            if let Value::Undef = local {
                if let Some((_, v)) = f.kwdefaults.iter().find(|(k, _)| k == name) {
                    *local = v.clone();
                }
            }
        }
        locals
    }

    /// A simple binding's locals (see [`simple_binding`]) with the given arguments bound:
    /// the missing defaults, then unbound slots for the other locals.
    #[inline]
    pub(super) fn finish_simple_binding(
        &mut self,
        f: &Function,
        mut locals: Vec<Value>,
    ) -> Vec<Value> {
        let code = &f.code;
        let given = locals.len();
        if given < code.argcount {
            let first_def = code.argcount - f.defaults.len();
            locals.extend(f.defaults[given - first_def..].iter().cloned());
        }
        crate::value::fill_undef(&mut locals, code.nlocals.max(code.argcount));
        locals
    }

    pub(super) fn bind_args(
        &mut self,
        f: &Function,
        self_: Option<Value>,
        args: Args,
    ) -> PyResult<Vec<Value>> {
        let code = &f.code;
        let nargs = code.argcount;
        let mut locals = vec![Value::Undef; code.nlocals.max(nargs)];
        let given = args.pos.len() + self_.is_some() as usize;
        let mut extra = Vec::new();
        for (i, v) in self_.into_iter().chain(args.pos).enumerate() {
            if i < nargs {
                locals[i] = v;
            } else {
                extra.push(v);
            }
        }
        let qual = if self.rules.arg_errors_name_qualname {
            f.qualname.borrow().clone()
        } else {
            code.name.clone()
        };
        let kwonly_start = nargs;
        let mut slot = nargs + code.kwonly;
        if code.varargs {
            if slot < locals.len() {
                locals[slot] = Value::tuple(std::mem::take(&mut extra));
            }
            slot += 1;
        }
        let mut kwdict = if code.varkw { Some(Dict::new()) } else { None };
        for (name, v) in args.kw {
            let pos = code.varnames[code.posonly.min(code.varnames.len())
                ..(nargs + code.kwonly).min(code.varnames.len())]
                .iter()
                .position(|n| **n == *name)
                .map(|p| p + code.posonly);
            match pos {
                Some(j) => {
                    if !matches!(locals[j], Value::Undef) {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    locals[j] = v;
                }
                None => match &mut kwdict {
                    Some(d) => {
                        let k = self.key(Value::Str(name))?;
                        d.insert(k, v);
                    }
                    None => {
                        if code.varnames[..code.posonly.min(code.varnames.len())]
                            .iter()
                            .any(|n| **n == *name)
                        {
                            return Err(self.type_error(format!(
                                "{qual}() got some positional-only arguments passed as keyword arguments: '{name}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !extra.is_empty() {
            let ndef = f.defaults.len();
            let kw_given = (kwonly_start..kwonly_start + code.kwonly)
                .filter(|&j| !matches!(locals[j], Value::Undef))
                .count();
            let takes = if ndef > 0 {
                format!("from {} to {} positional arguments", nargs - ndef, nargs)
            } else {
                format!(
                    "{} positional argument{}",
                    nargs,
                    if nargs == 1 { "" } else { "s" }
                )
            };
            let was = if given == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            let msg = if kw_given > 0 {
                format!(
                    "{qual}() takes {takes} but {} (and {}) were given",
                    plural(given, "positional argument"),
                    plural(kw_given, "keyword-only argument")
                )
            } else {
                format!("{qual}() takes {takes} but {given} {was} given")
            };
            return Err(self.type_error(msg));
        }
        if let Some(d) = kwdict {
            if slot < locals.len() {
                locals[slot] = Value::dict(d);
            }
        }
        let ndef = f.defaults.len();
        let first_def = nargs.saturating_sub(ndef);
        let mut missing = Vec::new();
        for (i, local) in locals.iter_mut().enumerate().take(nargs) {
            if let Value::Undef = local {
                if i >= first_def {
                    *local = f.defaults[i - first_def].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kw_range = kwonly_start..kwonly_start + code.kwonly;
        for (local, n) in locals[kw_range.clone()]
            .iter_mut()
            .zip(&code.varnames[kw_range])
        {
            if let Value::Undef = local {
                match f.kwdefaults.iter().find(|(k, _)| k == n) {
                    Some((_, v)) => *local = v.clone(),
                    None => missing.push(n.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(locals)
    }
}
