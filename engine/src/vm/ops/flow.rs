//! Unary operators, truth tests and the conditional jumps that keep their operand, `iter()`.

use crate::compile::UnOp;
use crate::value::{PyResult, Value};
use crate::vm::{Frame, Vm};

impl Vm {
    #[inline(never)]
    pub(in crate::vm) fn op_unary(&mut self, f: &mut Frame, u: UnOp) -> PyResult<()> {
        let v = f.pop();
        let r = self.unary(&v, u)?;
        f.stack.push(r);
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_not(&mut self, f: &mut Frame) -> PyResult<()> {
        let v = f.pop();
        let b = self.truthy(&v)?;
        f.stack.push(Value::bool(!b));
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_jump_if_false_or_pop(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        let v = f.top();
        if !self.truthy(&v)? {
            f.pc = t as usize;
        } else {
            f.stack.pop();
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_jump_if_true_or_pop(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        let v = f.top();
        if self.truthy(&v)? {
            f.pc = t as usize;
        } else {
            f.stack.pop();
        }
        Ok(())
    }

    #[inline(never)]
    pub(in crate::vm) fn op_get_iter(&mut self, f: &mut Frame) -> PyResult<()> {
        let v = f.pop();
        let it = self.iter(&v)?;
        f.stack.push(it);
        Ok(())
    }
}
