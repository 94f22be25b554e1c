//! Instruction dispatch: `Vm::step` runs one instruction. Its `match` names every opcode
//! (no catch-all arm), so an opcode without a handler does not compile. The frequent ones
//! are handled right here; the others call a handler in the module of their family.

mod access;
mod awaits;
mod build;
mod exceptions;
mod flow;
mod functions;
mod generators;
mod import;
mod matching;
mod names;
mod with;

use super::{attr, func_below, Frame, Step, Vm};
use crate::compile::{CmpOp, Op};
use crate::value::{PyResult, Truth, Value};
use std::rc::Rc;

impl Vm {
    #[inline]
    pub(super) fn step(&mut self, f: &mut Frame, op: Op) -> PyResult<Option<Step>> {
        match op {
            Op::Pop => {
                if let Some(v) = f.stack.pop() {
                    v.release();
                }
            }
            Op::Dup => {
                let v = f.top();
                f.stack.push(v);
            }
            Op::Dup2 => {
                let n = f.stack.len();
                if n >= 2 {
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    f.stack.push(a);
                    f.stack.push(b);
                }
            }
            Op::Rot2 => {
                let n = f.stack.len();
                if n >= 2 {
                    f.stack.swap(n - 1, n - 2);
                }
            }
            Op::Rot3 => {
                let n = f.stack.len();
                if n >= 3 {
                    let v = f.pop();
                    f.stack.insert(n - 3, v);
                }
            }
            Op::Const(i) => {
                let v = f.code.consts.get(i as usize).cloned().unwrap_or_default();
                f.stack.push(v);
            }
            Op::LoadNone => f.stack.push(Value::None),
            Op::LoadFast(i) => {
                let v = f.locals.get(i as usize).cloned().unwrap_or_default();
                if let Value::Undef = v {
                    let name = f.code.varnames.get(i as usize).cloned();
                    return Err(self.unbound_local(name));
                }
                f.stack.push(v);
            }
            Op::StoreFast(i) => {
                let v = f.pop();
                if let Some(slot) = f.locals.get_mut(i as usize) {
                    std::mem::replace(slot, v).release();
                }
            }
            Op::DelFast(i) => {
                let old = f
                    .locals
                    .get_mut(i as usize)
                    .map(std::mem::take)
                    .unwrap_or_default();
                if let Value::Undef = old {
                    let name = f.code.varnames.get(i as usize).cloned();
                    return Err(self.unbound_local(name));
                }
            }
            Op::LoadGlobal(i) => match self.load_global(f, i) {
                Some(v) => f.stack.push(v),
                None => {
                    let name = f.code.names[i as usize].clone();
                    let v = self.fallback_builtin(&name)?;
                    f.stack.push(v);
                }
            },
            Op::StoreGlobal(i) => {
                let v = f.pop();
                let old = self.store_global(f, i, v);
                drop(old);
            }
            // Bools, ints and None were decided in `step_plain`.
            Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
                let v = f.pop();
                let yes = self.truthy(&v);
                drop(v);
                if yes? == matches!(op, Op::JumpIfTrue(_)) {
                    f.pc = t as usize;
                }
            }
            Op::Jump(t) => {
                if (t as usize) < f.pc {
                    self.tick()?;
                }
                f.pc = t as usize;
            }
            // Range and list iterators with items left were advanced in `step_plain`.
            Op::ForIter(t) => {
                self.tick()?;
                // Borrowed from the stack (the frame is not reachable from self).
                let r = match f.stack.last() {
                    Some(it) => self.next(it)?,
                    None => self.next(&Value::Undef)?,
                };
                match r {
                    Some(v) => f.stack.push(v),
                    None => {
                        f.stack.pop();
                        f.pc = t as usize;
                    }
                }
            }
            // Small-int results were computed in `step_plain`.
            Op::Bin(op) => {
                let b = f.pop();
                let a = f.pop();
                let r = self.binary(&a, &b, op, false)?;
                f.stack.push(r);
            }
            Op::InBin(op) => {
                let b = f.pop();
                let a = f.pop();
                let r = self.binary(&a, &b, op, true)?;
                f.stack.push(r);
            }
            Op::Cmp(op @ (CmpOp::Is | CmpOp::IsNot)) => {
                let b = f.pop();
                let a = f.pop();
                let same = a.is(&b);
                a.release();
                b.release();
                f.stack.push(Value::bool(same == (op == CmpOp::Is)));
            }
            Op::Cmp(op) => {
                let b = f.pop();
                let a = f.pop();
                let r = self.compare(&a, &b, op)?;
                f.stack.push(r);
            }
            Op::CmpJumpIfFalse(op, t) => {
                let b = f.pop();
                let a = f.pop();
                let r = if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                    Value::bool(a.is(&b) == (op == CmpOp::Is))
                } else {
                    self.compare(&a, &b, op)?
                };
                a.release();
                b.release();
                match r {
                    Value::Bool(Truth::FALSE) => f.pc = t as usize,
                    Value::Bool(Truth::TRUE) => f.pc += 1,
                    // The JumpIfFalse after this instruction decides (and reports any error
                    // from the result's truth on its own line).
                    other => f.stack.push(other),
                }
            }
            // Only the first load (the second load or the method lookup is the next
            // instruction, which reports its own errors).
            Op::LoadFast2(p) | Op::LoadFastMethod(p) => {
                return self.step(f, Op::LoadFast(p.first() as u32))
            }
            Op::Call(n) => {
                self.current_line = f.line();
                if Rc::ptr_eq(&f.globals, &self.globals) {
                    self.case_line = self.current_line;
                }
                let n = n as usize;
                if let Some(func) = func_below(&f.stack, n + 1) {
                    let r = self.call_function_from_stack(&func, None, &mut f.stack, n);
                    let callee = f.stack.pop();
                    drop(func);
                    drop(callee);
                    f.stack.push(r?);
                } else {
                    if self.try_fast_call(f, n)? {
                        return Ok(None);
                    }
                    let args = f.popn(n);
                    let func = f.pop();
                    let r = self.call(&func, crate::value::Args::new(args))?;
                    f.stack.push(r);
                }
            }
            Op::LoadMethod(i) => {
                if let Some(m) = attr::cached_method(&f.code, i, f.stack.last()) {
                    // The method goes below its receiver.
                    let n = f.stack.len();
                    f.stack.push(m);
                    f.stack.swap(n - 1, n);
                    return Ok(None);
                }
                let name = f.code.names[i as usize].clone();
                let obj = f.pop();
                match self.load_method(&obj, &name)? {
                    Some(m) => {
                        attr::remember_method(&f.code, i, &obj, &m);
                        f.stack.push(m);
                        f.stack.push(obj);
                    }
                    None => {
                        let v = self.getattr(&obj, &name)?;
                        f.stack.push(Value::Undef);
                        f.stack.push(v);
                    }
                }
            }
            Op::CallMethod(n) => {
                self.current_line = f.line();
                if Rc::ptr_eq(&f.globals, &self.globals) {
                    self.case_line = self.current_line;
                }
                if let Some(func) = func_below(&f.stack, n as usize + 2) {
                    let at = f.stack.len() - n as usize - 2;
                    let recv = std::mem::take(&mut f.stack[at + 1]);
                    let r =
                        self.call_function_from_stack(&func, Some(recv), &mut f.stack, n as usize);
                    f.stack.truncate(at);
                    drop(func);
                    f.stack.push(r?);
                    return Ok(None);
                }
                if self.try_fast_call_method(f, n as usize)? {
                    return Ok(None);
                }
                let mut args = f.popn(n as usize);
                let b = f.pop();
                let a = f.pop();
                let r = if let Value::Undef = a {
                    self.call(&b, crate::value::Args::new(args))?
                } else {
                    self.call_method_form(&a, b, &mut args)?
                };
                f.stack.push(r);
            }
            Op::LoadAttr(i) if self.load_instance_attr(f, i) => {}
            // `run_frame` leaves on these before calling `step`; kept so `step` runs any
            // instruction.
            Op::Return => return Ok(Some(Step::Return(f.pop()))),
            Op::Yield => return Ok(Some(Step::Yield(f.pop()))),
            Op::YieldFrom => return self.op_yield_from(f),
            Op::LoadDeref(i) => self.op_load_deref(f, i, false)?,
            Op::LoadClassDeref(i) => self.op_load_deref(f, i, true)?,
            Op::StoreDeref(i) => self.op_store_deref(f, i)?,
            Op::DelDeref(i) => self.op_del_deref(f, i)?,
            Op::LoadClosure(i) => self.op_load_closure(f, i)?,
            Op::DelGlobal(i) => self.op_del_global(f, i)?,
            Op::LoadName(i) => self.op_load_name(f, i)?,
            Op::StoreName(i) => self.op_store_name(f, i)?,
            Op::DelName(i) => self.op_del_name(f, i)?,
            Op::LoadAttr(i) => self.op_load_attr(f, i)?,
            Op::StoreAttr(i) => self.op_store_attr(f, i)?,
            Op::DelAttr(i) => self.op_del_attr(f, i)?,
            Op::Subscr => self.op_subscr(f)?,
            Op::StoreSubscr => self.op_store_subscr(f)?,
            Op::DelSubscr => self.op_del_subscr(f)?,
            Op::BuildSlice(n) => self.op_build_slice(f, n)?,
            Op::Unary(u) => self.op_unary(f, u)?,
            Op::Not => self.op_not(f)?,
            Op::BuildTuple(n) => self.op_build_tuple(f, n)?,
            Op::BuildList(n) => self.op_build_list(f, n)?,
            Op::BuildSet(n) => self.op_build_set(f, n)?,
            Op::BuildMap(n) => self.op_build_map(f, n)?,
            Op::ListAppend(n) => self.op_list_append(f, n)?,
            Op::SetAdd(n) => self.op_set_add(f, n)?,
            Op::MapAdd(n) => self.op_map_add(f, n)?,
            Op::ListExtend(n) => self.op_list_extend(f, n)?,
            Op::SetUpdate(n) => self.op_set_update(f, n)?,
            Op::DictUpdate(n) => self.op_dict_update(f, n, false)?,
            Op::DictMerge(n) => self.op_dict_update(f, n, true)?,
            Op::ListToTuple => self.op_list_to_tuple(f)?,
            Op::BuildString(n) => self.op_build_string(f, n)?,
            Op::Format(flags) => self.op_format(f, flags)?,
            Op::JumpIfFalseOrPop(t) => self.op_jump_if_false_or_pop(f, t)?,
            Op::JumpIfTrueOrPop(t) => self.op_jump_if_true_or_pop(f, t)?,
            Op::GetIter => self.op_get_iter(f)?,
            Op::GetYieldFromIter => self.op_get_yield_from_iter(f)?,
            Op::Unpack(n) => self.op_unpack(f, n)?,
            Op::UnpackEx(arg) => self.op_unpack_ex(f, arg)?,
            Op::CallKw(n) => self.op_call_kw(f, n)?,
            Op::CallEx(has_kw) => self.op_call_ex(f, has_kw)?,
            Op::MakeFunction(flags) => self.op_make_function(f, flags)?,
            Op::BuildClass(n) => self.op_build_class(f, n, Vec::new())?,
            Op::BuildClassKw(n) => {
                let names = f.pop();
                let names = match &names {
                    Value::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                };
                let values = f.popn(names.len());
                let kw = names
                    .into_iter()
                    .zip(values)
                    .filter_map(|(k, v)| match k {
                        Value::Str(s) => Some((s, v)),
                        _ => None,
                    })
                    .collect();
                self.op_build_class(f, n, kw)?
            }
            Op::Super => self.op_super(f)?,
            Op::SetupExcept(t) => self.op_setup_except(f, t)?,
            Op::SetupCleanup(t) => self.op_setup_cleanup(f, t)?,
            Op::PopBlock => self.op_pop_block(f)?,
            Op::PushExcInfo => self.op_push_exc_info(f)?,
            Op::PopExcept => self.op_pop_except(f)?,
            Op::ExcMatch => self.op_exc_match(f)?,
            Op::CheckEgMatch(t) => self.op_check_eg_match(f, t)?,
            Op::PrepReraiseStar(t) => self.op_prep_reraise_star(f, t)?,
            Op::Reraise => self.op_reraise(f)?,
            Op::CleanupReraise => self.op_cleanup_reraise(f)?,
            Op::Raise(form) => return Err(self.op_raise(f, form)),
            Op::LoadAssertionError => self.op_load_assertion_error(f)?,
            Op::WithEnter => self.op_with_enter(f)?,
            Op::WithExitNormal => self.op_with_exit_normal(f)?,
            Op::WithExitExc => self.op_with_exit_exc(f)?,
            Op::GetAwaitable(at) => self.op_get_awaitable(f, at)?,
            Op::GetAIter => self.op_get_aiter(f)?,
            Op::GetANext => self.op_get_anext(f)?,
            Op::EndAsyncFor => self.op_end_async_for(f)?,
            Op::AsyncWithEnter => self.op_async_with_enter(f)?,
            Op::AsyncWithExitNormal => self.op_async_with_exit_normal(f)?,
            Op::AsyncWithExitExc => self.op_async_with_exit_exc(f)?,
            Op::ImportName(i) => self.op_import_name(f, i)?,
            Op::ImportFrom(i) => self.op_import_from(f, i)?,
            Op::RotN(n) => {
                let len = f.stack.len();
                let n = n as usize;
                if n >= 2 && len >= n {
                    let v = f.pop();
                    f.stack.insert(len - n, v);
                }
            }
            Op::MatchSequence => self.op_match_kind(f, matching::Kind::Sequence),
            Op::MatchMapping => self.op_match_kind(f, matching::Kind::Mapping),
            Op::GetLen => self.op_get_len(f)?,
            Op::MatchKeys => self.op_match_keys(f)?,
            Op::MatchClass(n) => self.op_match_class(f, n)?,
            Op::CopyDictWithoutKeys => self.op_copy_dict_without_keys(f)?,
        }
        Ok(None)
    }
}
