//! The instruction set: `Op` and its operands, and where a jump goes.

/// Binary operators (also used for augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

/// One instruction. Jump targets are instruction indices.
///
/// Every operand is either one byte (an operator) or four bytes at offset 4; the flag
/// operands are four-byte values for that reason: one-byte ones (a `bool`, a small enum)
/// made rustc lay the instruction out so that copying it out of the code became a
/// byte-by-byte assembly (three times the instructions of the dispatch load, measured).
#[derive(Clone, Copy, Debug)]
pub enum Op {
    Pop,
    Dup,
    Dup2,
    Rot2,
    Rot3,
    Const(u32),
    LoadNone,
    LoadFast(u32),
    StoreFast(u32),
    DelFast(u32),
    LoadDeref(u32),
    StoreDeref(u32),
    DelDeref(u32),
    LoadClassDeref(u32),
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DelGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DelName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DelAttr(u32),
    LoadMethod(u32),
    CallMethod(u32),
    Subscr,
    StoreSubscr,
    DelSubscr,
    BuildSlice(u32),
    Bin(BinOp),
    InBin(BinOp),
    Unary(UnOp),
    Not,
    Cmp(CmpOp),
    /// `Cmp(op)` fused with the `JumpIfFalse(target)` right after it (see [`fuse`]): when the
    /// comparison gives a bool, jump on false or go on past that `JumpIfFalse`; otherwise
    /// push the result and go on to it.
    CmpJumpIfFalse(CmpOp, u32),
    /// `LoadFast(a)` fused with the `LoadFast(b)` right after it (see [`fuse`]): push both
    /// and go on past it, or, when `a` or `b` is unbound, do only `LoadFast(a)`.
    LoadFast2(Pair),
    /// `LoadFast(slot)` fused with the `LoadMethod(name)` right after it (see [`fuse`]): when
    /// the method is in the `LoadMethod`'s cache for the local's type, push both and go on
    /// past it; otherwise do only `LoadFast(slot)`.
    LoadFastMethod(Pair),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    DictMerge(u32),
    ListToTuple,
    BuildString(u32),
    Format(FormatFlags),
    Jump(u32),
    JumpIfFalse(u32),
    JumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    ForIter(u32),
    GetYieldFromIter,
    Unpack(u32),
    /// before | after << 16
    UnpackEx(u32),
    Call(u32),
    CallKw(u32),
    /// 1 if a kwargs dict is on the stack.
    CallEx(u32),
    MakeFunction(FunctionFlags),
    /// Number of bases on the stack (above the body function and the name).
    BuildClass(u32),
    /// As `BuildClass`, with the class statement's keyword values above the bases and a
    /// tuple of their names on top (`metaclass=` among them).
    BuildClassKw(u32),
    Super,
    Return,
    Yield,
    YieldFrom,
    SetupExcept(u32),
    SetupCleanup(u32),
    PopBlock,
    PushExcInfo,
    PopExcept,
    ExcMatch,
    /// `except* T` (CPython's CHECK_EG_MATCH): pops T; the exception on top is split by it.
    /// No match: jump, the exception left as it was. A match: the top becomes the rest
    /// (or None) with the match above it, and the match is the exception being handled.
    CheckEgMatch(u32),
    /// The end of a try/except* (PREP_RERAISE_STAR): pops the list of what the clauses raised
    /// or left and the caught exception; jumps when nothing is left to raise, else pushes it.
    PrepReraiseStar(u32),
    Reraise,
    CleanupReraise,
    Raise(RaiseForm),
    /// Look up __enter__/__exit__, push bound __exit__ then __enter__'s result.
    WithEnter,
    /// Replace TOS by the iterator `await` delegates to (`_PyCoro_GetAwaitableIter`);
    /// the operand says where it stands for the error message: 0 `await`, 1 the result of
    /// `__aenter__`, 2 the result of `__aexit__`.
    GetAwaitable(u32),
    /// `async for`: replace TOS by `type(TOS).__aiter__(TOS)`.
    GetAIter,
    /// `async for`: push the awaitable iterator of `__anext__()` of the async iterator on TOS.
    GetANext,
    /// The handler of an `async for`'s `__anext__`: stack holds the async iterator and the
    /// exception; StopAsyncIteration ends the loop (both popped), anything else is re-raised.
    EndAsyncFor,
    /// Look up __aenter__/__aexit__, push bound __aexit__ then __aenter__'s result (to await).
    AsyncWithEnter,
    /// Pop bound __aexit__, push `__aexit__(None, None, None)` (to await).
    AsyncWithExitNormal,
    /// Stack: exit, old, exc → push `exit(type, exc, tb)` (to await).
    AsyncWithExitExc,
    WithExitNormal,
    /// Stack: exit, old, exc → calls exit(type, exc, tb); pushes its truth.
    WithExitExc,
    LoadAssertionError,
    ImportName(u32),
    ImportFrom(u32),
    /// Move TOS down to be the n-th item from the top (CPython 3.10's ROT_N).
    RotN(u32),
    /// `match`: push whether TOS is a sequence for a sequence pattern (MATCH_SEQUENCE).
    MatchSequence,
    /// `match`: push whether TOS is a mapping for a mapping pattern (MATCH_MAPPING).
    MatchMapping,
    /// `match`: push `len(TOS)` (GET_LEN).
    GetLen,
    /// `match`: stack subject, keys → subject, keys, the tuple of values or None (MATCH_KEYS).
    MatchKeys,
    /// `match`: stack subject, class, attribute names → the tuple of attributes or None;
    /// the operand is the number of positional sub-patterns (MATCH_CLASS).
    MatchClass(u32),
    /// `match`: stack subject, keys → subject, a dict of the subject's items but those keys
    /// (`**rest` of a mapping pattern).
    CopyDictWithoutKeys,
}

/// The two operands of a fused instruction ([`Op::LoadFast2`], [`Op::LoadFastMethod`]),
/// packed in one word: every instruction then has at most a one-byte operand next to its tag
/// and a four-byte one at offset 4, so copying an instruction out of the code is a few plain
/// loads (a pair of `u16` fields made it a byte-by-byte assembly of the middle bytes on every
/// dispatch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair(u32);

impl Pair {
    pub fn new(a: u16, b: u16) -> Pair {
        Pair(u32::from(a) | (u32::from(b) << 16))
    }

    /// The first operand.
    #[inline]
    pub fn first(self) -> usize {
        (self.0 & 0xffff) as usize
    }

    /// The second operand.
    #[inline]
    pub fn second(self) -> usize {
        (self.0 >> 16) as usize
    }
}

// Copying an instruction out of the code is a few plain loads only while it stays two words
// with at most a one-byte operand beside its tag (see [`Pair`]).
const _: () = assert!(std::mem::size_of::<Op>() == 8);

/// What a `Raise` raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum RaiseForm {
    /// Bare `raise`: the exception being handled again.
    Reraise,
    /// `raise X`.
    Exc,
    /// `raise X from Y` (Y on top of X).
    ExcFrom,
}

/// A conversion in an f-string replacement field (`!s`, `!r`, `!a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// The operand of `Format`: the conversion applied first, and whether a format spec is on
/// the stack above the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatFlags(u32);

impl FormatFlags {
    const HAS_SPEC: u32 = 4;

    pub fn new(conversion: Conversion, has_spec: bool) -> FormatFlags {
        let conv = match conversion {
            Conversion::None => 0,
            Conversion::Str => 1,
            Conversion::Repr => 2,
            Conversion::Ascii => 3,
        };
        FormatFlags(conv | if has_spec { Self::HAS_SPEC } else { 0 })
    }

    pub fn conversion(self) -> Conversion {
        match self.0 & 3 {
            0 => Conversion::None,
            1 => Conversion::Str,
            2 => Conversion::Repr,
            _ => Conversion::Ascii,
        }
    }

    pub fn has_spec(self) -> bool {
        self.0 & Self::HAS_SPEC != 0
    }
}

/// The operand of `MakeFunction`: which optional parts are on the stack below the code
/// object (popped closure first, then keyword defaults, then defaults).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FunctionFlags(u32);

impl FunctionFlags {
    const DEFAULTS: u32 = 1;
    const KWDEFAULTS: u32 = 2;
    const CLOSURE: u32 = 4;

    /// A tuple of positional defaults.
    pub fn with_defaults(self) -> FunctionFlags {
        FunctionFlags(self.0 | Self::DEFAULTS)
    }

    /// A dict of keyword-only defaults.
    pub fn with_kwdefaults(self) -> FunctionFlags {
        FunctionFlags(self.0 | Self::KWDEFAULTS)
    }

    /// A tuple of the cells the function closes over.
    pub fn with_closure(self) -> FunctionFlags {
        FunctionFlags(self.0 | Self::CLOSURE)
    }

    pub fn defaults(self) -> bool {
        self.0 & Self::DEFAULTS != 0
    }

    pub fn kwdefaults(self) -> bool {
        self.0 & Self::KWDEFAULTS != 0
    }

    pub fn closure(self) -> bool {
        self.0 & Self::CLOSURE != 0
    }
}

impl Op {
    /// The instruction with its jump target set to `t`, or `None` when it does not jump.
    /// Every opcode is named: a new one must say whether it jumps.
    pub fn with_target(self, t: u32) -> Option<Op> {
        Some(match self {
            Op::Jump(_) => Op::Jump(t),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(t),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::CmpJumpIfFalse(op, _) => Op::CmpJumpIfFalse(op, t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            Op::SetupCleanup(_) => Op::SetupCleanup(t),
            Op::CheckEgMatch(_) => Op::CheckEgMatch(t),
            Op::PrepReraiseStar(_) => Op::PrepReraiseStar(t),
            Op::Pop
            | Op::Dup
            | Op::Dup2
            | Op::Rot2
            | Op::Rot3
            | Op::Const(_)
            | Op::LoadNone
            | Op::LoadFast(_)
            | Op::StoreFast(_)
            | Op::DelFast(_)
            | Op::LoadDeref(_)
            | Op::StoreDeref(_)
            | Op::DelDeref(_)
            | Op::LoadClassDeref(_)
            | Op::LoadClosure(_)
            | Op::LoadGlobal(_)
            | Op::StoreGlobal(_)
            | Op::DelGlobal(_)
            | Op::LoadName(_)
            | Op::StoreName(_)
            | Op::DelName(_)
            | Op::LoadAttr(_)
            | Op::StoreAttr(_)
            | Op::DelAttr(_)
            | Op::LoadMethod(_)
            | Op::CallMethod(_)
            | Op::Subscr
            | Op::StoreSubscr
            | Op::DelSubscr
            | Op::BuildSlice(_)
            | Op::Bin(_)
            | Op::InBin(_)
            | Op::Unary(_)
            | Op::Not
            | Op::Cmp(_)
            | Op::LoadFast2(_)
            | Op::LoadFastMethod(_)
            | Op::BuildTuple(_)
            | Op::BuildList(_)
            | Op::BuildSet(_)
            | Op::BuildMap(_)
            | Op::ListAppend(_)
            | Op::SetAdd(_)
            | Op::MapAdd(_)
            | Op::ListExtend(_)
            | Op::SetUpdate(_)
            | Op::DictUpdate(_)
            | Op::DictMerge(_)
            | Op::ListToTuple
            | Op::BuildString(_)
            | Op::Format(_)
            | Op::GetIter
            | Op::GetYieldFromIter
            | Op::Unpack(_)
            | Op::UnpackEx(_)
            | Op::Call(_)
            | Op::CallKw(_)
            | Op::CallEx(_)
            | Op::MakeFunction(_)
            | Op::BuildClass(_)
            | Op::BuildClassKw(_)
            | Op::Super
            | Op::Return
            | Op::Yield
            | Op::YieldFrom
            | Op::PopBlock
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::ExcMatch
            | Op::Reraise
            | Op::CleanupReraise
            | Op::Raise(_)
            | Op::WithEnter
            | Op::GetAwaitable(_)
            | Op::GetAIter
            | Op::GetANext
            | Op::EndAsyncFor
            | Op::AsyncWithEnter
            | Op::AsyncWithExitNormal
            | Op::AsyncWithExitExc
            | Op::WithExitNormal
            | Op::WithExitExc
            | Op::LoadAssertionError
            | Op::ImportName(_)
            | Op::ImportFrom(_)
            | Op::RotN(_)
            | Op::MatchSequence
            | Op::MatchMapping
            | Op::GetLen
            | Op::MatchKeys
            | Op::MatchClass(_)
            | Op::CopyDictWithoutKeys => return None,
        })
    }
}
