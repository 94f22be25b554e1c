//! Introspection attributes of generator objects and their frames (`gi_running`,
//! `gi_frame`, `gi_yieldfrom`, `__name__`, `f_lineno`, `f_locals`, …).

use std::cell::RefCell;
use std::rc::Rc;

use super::{GenStatus, Generator};
use crate::rules::CreatedFrameEnd;
use crate::value::{FrameInfo, PyResult, Value};
use crate::vm::{ExcKind, Vm};

impl Vm {
    /// The introspection attribute `name` without its kind's prefix (`frame` for `gi_frame`,
    /// `cr_frame`, `ag_frame`), if it is one that `g`'s kind has on the target.
    fn gen_attr<'n>(&self, g: &Generator, name: &'n str) -> Option<&'n str> {
        let kind = g.kind();
        let attr = name.strip_prefix(kind.attr_prefix())?;
        let has = match attr {
            "running" | "frame" | "code" => true,
            "yieldfrom" => kind.is_generator(),
            "await" => !kind.is_generator(),
            "origin" => kind == crate::compile::GenKind::Coroutine,
            "suspended" => match kind {
                crate::compile::GenKind::AsyncGenerator => self.rules.ag_suspended,
                _ => self.rules.gi_suspended,
            },
            "state" => self.rules.gen_state_attr,
            _ => false,
        };
        has.then_some(attr)
    }

    pub fn gen_getattr(&mut self, g: &Rc<Generator>, obj: &Value, name: &str) -> PyResult<Value> {
        let st = g.status();
        let kind = g.kind();
        if let Some(attr) = self.gen_attr(g, name) {
            return Ok(match attr {
                // An async generator is "running" while an awaitable drives it (3.8+).
                "running" if kind == crate::compile::GenKind::AsyncGenerator => {
                    Value::bool(g.agen_busy())
                }
                "running" => Value::bool(st == GenStatus::Running),
                "frame" if st == GenStatus::Closed => Value::None,
                "frame" => Value::Frame(gen_frame_object(g)),
                "code" => Value::Code(g.code.clone()),
                "suspended" => Value::bool(st == GenStatus::Suspended),
                "state" => Value::str(&format!("{}{}", kind.state_prefix(), st.suffix())),
                "yieldfrom" | "await" => self.gen_yf(g).unwrap_or(Value::None),
                "origin" => g.origin.clone().unwrap_or(Value::None),
                _ => Value::None,
            });
        }
        Ok(match name {
            "__name__" => Value::Str(g.name.borrow().clone()),
            "__qualname__" => Value::Str(g.qualname.borrow().clone()),
            // Generator, coroutine and async generator objects have no docstring.
            "__doc__" => Value::None,
            _ => {
                return match crate::builtins::methods::find(obj, name) {
                    Some((n, f)) => Ok(Value::Builtin(Rc::new(crate::value::BuiltinFn {
                        name: n,
                        recv: Some(obj.clone()),
                        kind: crate::value::BuiltinKind::Method(f),
                    }))),
                    None => Err(self.no_attr(obj, name)),
                }
            }
        })
    }

    pub fn gen_setattr(&mut self, g: &Rc<Generator>, name: &str, v: Value) -> PyResult<()> {
        let type_name = g.kind().type_name();
        if let Some(attr) = self.gen_attr(g, name) {
            let readonly = match attr {
                "running" => self.rules.readonly_gi_running,
                "frame" => self.rules.readonly_gi_frame,
                "code" => self.rules.readonly_gi_code,
                _ => false,
            };
            let msg = if readonly {
                "readonly attribute".to_string()
            } else {
                format!("attribute '{name}' of '{type_name}' objects is not writable")
            };
            return Err(self.err(ExcKind::AttributeError, msg));
        }
        match name {
            "__name__" | "__qualname__" => {
                let s = match v {
                    Value::Str(s) => s,
                    _ => {
                        return Err(
                            self.type_error(format!("{name} must be set to a string object"))
                        )
                    }
                };
                if name == "__name__" {
                    *g.name.borrow_mut() = s;
                } else {
                    *g.qualname.borrow_mut() = s;
                }
                Ok(())
            }
            _ => {
                let extra = if self.rules.no_dict_message {
                    " and no __dict__ for setting new attributes"
                } else {
                    ""
                };
                Err(self.err(
                    ExcKind::AttributeError,
                    format!("'{type_name}' object has no attribute '{name}'{extra}"),
                ))
            }
        }
    }

    pub fn frame_getattr(&mut self, fr: &Rc<FrameInfo>, name: &str) -> PyResult<Value> {
        let gf = match &**fr {
            FrameInfo::Generator(gf) => gf,
            FrameInfo::Traceback(code) => {
                // The engine's tracebacks keep the code of each frame, not the frame.
                return match name {
                    "f_code" => Ok(Value::Code(code.clone())),
                    _ => self.unsupported(&format!("attribute {name} of a traceback's frame")),
                };
            }
        };
        let g = match gf.generator.upgrade() {
            Some(g) if g.status() != GenStatus::Closed => g,
            // The generator finished or went: the frame as it left it.
            _ => return self.finished_frame_getattr(fr, gf, name),
        };
        let running = match g.state.try_borrow() {
            Ok(st) => st.status() == GenStatus::Running,
            Err(_) => true,
        };
        if running && matches!(name, "f_lineno" | "f_lasti" | "f_locals") {
            // The running frame is on the Rust stack, not in the generator: where it is is
            // not known here.
            return self.unsupported(&format!("{name} of a running generator's frame"));
        }
        Ok(match name {
            "f_lineno" => Value::Int(g.frame_line() as i64),
            "f_code" => Value::Code(g.code.clone()),
            "f_back" => Value::None,
            "f_lasti" => {
                let (status, pc) = match g.state.try_borrow() {
                    Ok(st) => (st.status(), st.frame().map(|f| f.pc)),
                    Err(_) => (GenStatus::Running, None),
                };
                match (status, pc) {
                    (GenStatus::Created, _) => Value::Int(self.rules.created_f_lasti),
                    (_, Some(pc)) => Value::Int(pc as i64 * 2),
                    _ => Value::Int(-1),
                }
            }
            "f_locals" => {
                let st = g.state.try_borrow().ok();
                match st.as_ref().and_then(|st| st.frame()) {
                    Some(f) if !self.rules.locals_snapshot => {
                        Value::Dict(crate::builtins::frames::frame_locals_dict(self, f)?)
                    }
                    Some(_) => {
                        drop(st);
                        return self.frame_locals_proxy(fr);
                    }
                    None => Value::Dict(Rc::new(RefCell::new(crate::value::Dict::new()))),
                }
            }
            "f_globals" => return self.unsupported("frame.f_globals"),
            _ => return Err(self.no_attr(&Value::Frame(fr.clone()), name)),
        })
    }

    /// An attribute of the frame object of a generator that finished: the frame's last
    /// state, if the frame object took it.
    fn finished_frame_getattr(
        &mut self,
        fr: &Rc<FrameInfo>,
        gf: &crate::value::GenFrame,
        name: &str,
    ) -> PyResult<Value> {
        let finished = gf.finished.borrow();
        let frame = finished.as_deref();
        Ok(match name {
            "f_lineno" => Value::Int(finished_frame_line(gf, self.rules.created_frame_end) as i64),
            "f_code" => Value::Code(gf.code.clone()),
            // 3.12-3.13 leave a finished generator's frame pointing at its last caller.
            "f_back" if self.rules.finished_frame_back_dangles => {
                return self.unsupported("f_back of a finished generator's frame")
            }
            "f_back" => Value::None,
            "f_lasti" => return self.unsupported("f_lasti of a finished generator's frame"),
            "f_locals" => match frame {
                Some(f) if !self.rules.locals_snapshot => {
                    Value::Dict(crate::builtins::frames::frame_locals_dict(self, f)?)
                }
                _ => {
                    drop(finished);
                    return self.frame_locals_proxy(fr);
                }
            },
            "f_globals" => return self.unsupported("frame.f_globals"),
            _ => return Err(self.no_attr(&Value::Frame(fr.clone()), name)),
        })
    }
}

impl Vm {
    /// 3.13's `f_locals`: a `FrameLocalsProxy` of the frame (builtins.py).
    fn frame_locals_proxy(&mut self, fr: &Rc<FrameInfo>) -> PyResult<Value> {
        let cls = crate::builtins::py_builtin(self, "FrameLocalsProxy")?;
        self.call(
            &cls,
            crate::value::Args::new(vec![Value::Frame(fr.clone())]),
        )
    }

    /// The variables of a generator's frame object now (its generator's live frame, or the
    /// frame it left behind).
    pub(crate) fn frame_locals_snapshot(
        &mut self,
        fr: &Rc<FrameInfo>,
    ) -> PyResult<crate::value::Dict> {
        let FrameInfo::Generator(gf) = &**fr else {
            return self.unsupported("f_locals of a traceback's frame");
        };
        if let Some(g) = gf.generator.upgrade() {
            if g.status() == GenStatus::Running {
                return self.unsupported("f_locals of a running generator's frame");
            }
            let st = g.state.try_borrow().ok();
            if let Some(f) = st.as_ref().and_then(|st| st.frame()) {
                return crate::builtins::frames::snapshot(self, f);
            }
        }
        let finished = gf.finished.borrow();
        match finished.as_deref() {
            Some(f) => crate::builtins::frames::snapshot(self, f),
            None => Ok(crate::value::Dict::new()),
        }
    }

    /// Store variable `name` of a generator's frame object (false: no such variable).
    pub(crate) fn frame_set_local(
        &mut self,
        fr: &Rc<FrameInfo>,
        name: &str,
        v: Value,
    ) -> PyResult<bool> {
        let FrameInfo::Generator(gf) = &**fr else {
            return self.unsupported("f_locals of a traceback's frame");
        };
        if let Some(g) = gf.generator.upgrade() {
            use crate::generator::GenState;
            let mut st = match g.state.try_borrow_mut() {
                Ok(st) => st,
                Err(_) => return self.unsupported("f_locals of a running generator's frame"),
            };
            match &mut *st {
                GenState::Created(f) | GenState::Suspended(f) | GenState::Delegating(f) => {
                    return Ok(crate::builtins::frames::set_variable(f, name, v));
                }
                GenState::Running => {
                    drop(st);
                    return self.unsupported("f_locals of a running generator's frame");
                }
                _ => {}
            }
        }
        let mut finished = gf.finished.borrow_mut();
        Ok(match finished.as_deref_mut() {
            Some(f) => crate::builtins::frames::set_variable(f, name, v),
            None => false,
        })
    }
}

/// The frame object of generator `g`: the one it has, or a new one it keeps (weakly).
pub fn gen_frame_object(g: &Rc<Generator>) -> Rc<FrameInfo> {
    if let Some(fo) = g.frame_obj.borrow().upgrade() {
        return fo;
    }
    let fo = Rc::new(FrameInfo::Generator(crate::value::GenFrame {
        generator: Rc::downgrade(g),
        code: g.code.clone(),
        finished: RefCell::new(None),
        retired: std::cell::Cell::new(crate::value::Retired::Finished),
    }));
    *g.frame_obj.borrow_mut() = Rc::downgrade(&fo);
    fo
}

/// The line of a generator's frame object: where the frame is, or where it was left.
pub fn frame_object_line(gf: &crate::value::GenFrame, rules: &crate::Rules) -> u32 {
    match gf.generator.upgrade() {
        Some(g) if g.status() != GenStatus::Closed => g.frame_line(),
        _ => finished_frame_line(gf, rules.created_frame_end),
    }
}

fn finished_frame_line(gf: &crate::value::GenFrame, created_end: CreatedFrameEnd) -> u32 {
    use crate::value::Retired;
    match gf.finished.borrow().as_deref() {
        Some(f) if f.pc > 0 => f.line(),
        // A frame that never ran: its `def` line, or (where CPython moved the frame past
        // its start when it let it go) its first instruction's.
        Some(f) => {
            let body = match (gf.retired.get(), created_end) {
                (_, CreatedFrameEnd::Def) => false,
                (Retired::DroppedCreated, CreatedFrameEnd::BodyWhenDropped) => true,
                (Retired::Finished, _) => false,
                (_, CreatedFrameEnd::Body) => true,
                (_, CreatedFrameEnd::BodyWhenDropped) => false,
            };
            if body {
                f.code.line_at(0)
            } else {
                gf.code.firstlineno
            }
        }
        None => gf.code.firstlineno,
    }
}
