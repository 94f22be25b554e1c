//! The swarm configuration of one generated program: which features are switched on and the
//! maximums that bound its size, chosen by `Arbitrary` from the fuzzer's bytes.

use std::fmt;

use arbitrary::{Arbitrary, Result, Unstructured};

/// A feature of generated programs that swarm testing switches on or off as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    /// `x = yield e` expressions (received values, printed and tested).
    YieldExpr,
    /// `gen.send(v)` in the driver.
    Send,
    /// `yield from` another generator function.
    YieldFromGen,
    /// `yield from [..]` / `yield from range(n)`.
    YieldFromSeq,
    /// `yield from` an iterator class with only `__next__` (StopIteration carries a value).
    YieldFromIter,
    /// `yield from` an iterator class that also has send/throw/close.
    YieldFromProto,
    /// `yield from` a generator expression.
    YieldFromGenexp,
    /// `return value` inside generators.
    Return,
    /// try/except (with yields inside every clause).
    TryExcept,
    /// try/except/else.
    TryElse,
    /// try/finally.
    TryFinally,
    /// `raise` of user and builtin exceptions, bare re-raise, `raise .. from ..`.
    Raise,
    /// `raise StopIteration` inside generators (PEP 479).
    RaiseStopIteration,
    /// `raise GeneratorExit` / catching GeneratorExit.
    GeneratorExit,
    /// bounded `for` / `while` loops.
    Loops,
    /// `break` / `continue` inside loops.
    BreakContinue,
    /// `if` on received values, parameters and loop variables.
    Conditionals,
    /// `with` a user context manager.
    With,
    /// context managers whose `__exit__` swallows the exception.
    SwallowingWith,
    /// generator expressions (in generators and in the driver).
    Genexp,
    /// generators that drive other generators (for, list, next).
    Calls,
    /// `gen.throw(...)` in the driver (type and instance forms).
    Throw,
    /// `gen.throw(type, value, tb)`, the three-argument form.
    ThrowTriple,
    /// `gen.close()` in the driver.
    Close,
    /// `list(gen)` in the driver.
    ListDrive,
    /// `for v in gen: ... break` in the driver.
    ForDrive,
    /// `del gen` in the driver (finalization).
    Del,
    /// `gi_running`, `gi_frame`, `gi_code`, `gi_yieldfrom`.
    GiAttrs,
    /// `inspect.getgeneratorstate`.
    GetState,
    /// a generator calling `next` on a driver generator (possibly itself: re-entrancy).
    Reentrant,
    /// `sN.__name__ = …` / `sN.__qualname__ = …` (strings, and non-strings: TypeError), read
    /// back with `__qualname__` and `repr`.
    Rename,
    /// `throw()` misused: no arguments, `(E, value)`, an instance with a separate value, a
    /// third argument that is not a traceback, something that is not an exception.
    ThrowMisuse,
    /// generators created by C code calling the function (`map(gJ, [arg])`).
    CallFromC,
    /// weak references to driver generators, kept alive while the generators die.
    WeakRefs,
    /// `return` of a tuple or an exception instance (StopIteration's value rules).
    ReturnValues,
    /// builtins consuming a generator that may fail part-way: `max`/`min`/`sorted` with a
    /// key that fails, `list.extend`, `+=`, `dict.update`, `set.update`, `dict(zip(g, g))`,
    /// star-args with a keyword argument after them, `zip(strict=True)`: what each has
    /// consumed and kept when the generator or the key raises.
    Consume,
    /// The functions are coroutines (`async def` without yields): their yields become awaits
    /// of a `types.coroutine` generator or an `__await__` class, `yield from` becomes an await
    /// chain, and the driver drives them by send/throw/close and their `__await__()` wrapper.
    AsyncDef,
    /// The functions are async generators: the driver drives them by hand through
    /// asend/athrow/aclose/`__anext__` awaitables; they use each other by `async for`, async
    /// comprehensions and `__anext__`.
    AsyncGen,
    /// `async with` an asynchronous context manager (in coroutines and async generators).
    AsyncWith,
    /// `sys.set_asyncgen_hooks` with a firstiter and a finalizer that closes what it gets, so
    /// dropped async generators go through the hooks.
    AsyncgenHooks,
    /// The program is an asyncio program (`fuzz::asyncio`): coroutines run by `asyncio.run`,
    /// tasks made with `create_task`, awaited, `sleep(0)` and short sleeps on the loop's clock.
    Asyncio,
    /// `asyncio.gather` of a task and a coroutine, with and without `return_exceptions`.
    AsyncioGather,
    /// Cancellation: `task.cancel()` before or after the task started, `shield`, `wait_for`
    /// with a timeout.
    AsyncioCancel,
    /// A consumer task getting items through an `asyncio.Queue`, `task_done` and `join`.
    AsyncioQueue,
    /// A waiter task woken by an `asyncio.Event`.
    AsyncioEvent,
    /// `asyncio.TaskGroup` (3.11+) with one or two children, failures caught by
    /// `except* ValueError`.
    TaskGroup,
}

impl Feature {
    /// Every feature, in report order.
    pub const ALL: [Feature; 46] = [
        Feature::YieldExpr,
        Feature::Send,
        Feature::YieldFromGen,
        Feature::YieldFromSeq,
        Feature::YieldFromIter,
        Feature::YieldFromProto,
        Feature::YieldFromGenexp,
        Feature::Return,
        Feature::TryExcept,
        Feature::TryElse,
        Feature::TryFinally,
        Feature::Raise,
        Feature::RaiseStopIteration,
        Feature::GeneratorExit,
        Feature::Loops,
        Feature::BreakContinue,
        Feature::Conditionals,
        Feature::With,
        Feature::SwallowingWith,
        Feature::Genexp,
        Feature::Calls,
        Feature::Throw,
        Feature::ThrowTriple,
        Feature::Close,
        Feature::ListDrive,
        Feature::ForDrive,
        Feature::Del,
        Feature::GiAttrs,
        Feature::GetState,
        Feature::Reentrant,
        Feature::Rename,
        Feature::ThrowMisuse,
        Feature::CallFromC,
        Feature::WeakRefs,
        Feature::ReturnValues,
        Feature::Consume,
        Feature::AsyncDef,
        Feature::AsyncGen,
        Feature::AsyncWith,
        Feature::AsyncgenHooks,
        Feature::Asyncio,
        Feature::AsyncioGather,
        Feature::AsyncioCancel,
        Feature::AsyncioQueue,
        Feature::AsyncioEvent,
        Feature::TaskGroup,
    ];

    /// The name used in reports (snake case).
    pub fn name(self) -> &'static str {
        match self {
            Feature::YieldExpr => "yield_expr",
            Feature::Send => "send",
            Feature::YieldFromGen => "yield_from_gen",
            Feature::YieldFromSeq => "yield_from_seq",
            Feature::YieldFromIter => "yield_from_iter",
            Feature::YieldFromProto => "yield_from_proto",
            Feature::YieldFromGenexp => "yield_from_genexp",
            Feature::Return => "return",
            Feature::TryExcept => "try_except",
            Feature::TryElse => "try_else",
            Feature::TryFinally => "try_finally",
            Feature::Raise => "raise",
            Feature::RaiseStopIteration => "raise_stop_iteration",
            Feature::GeneratorExit => "generator_exit",
            Feature::Loops => "loops",
            Feature::BreakContinue => "break_continue",
            Feature::Conditionals => "conditionals",
            Feature::With => "with",
            Feature::SwallowingWith => "swallowing_with",
            Feature::Genexp => "genexp",
            Feature::Calls => "calls",
            Feature::Throw => "throw",
            Feature::ThrowTriple => "throw_triple",
            Feature::Close => "close",
            Feature::ListDrive => "list_drive",
            Feature::ForDrive => "for_drive",
            Feature::Del => "del",
            Feature::GiAttrs => "gi_attrs",
            Feature::GetState => "get_state",
            Feature::Reentrant => "reentrant",
            Feature::Rename => "rename",
            Feature::ThrowMisuse => "throw_misuse",
            Feature::CallFromC => "call_from_c",
            Feature::WeakRefs => "weak_refs",
            Feature::ReturnValues => "return_values",
            Feature::Consume => "consume",
            Feature::AsyncDef => "async_def",
            Feature::AsyncGen => "async_gen",
            Feature::AsyncWith => "async_with",
            Feature::AsyncgenHooks => "asyncgen_hooks",
            Feature::Asyncio => "asyncio",
            Feature::AsyncioGather => "asyncio_gather",
            Feature::AsyncioCancel => "asyncio_cancel",
            Feature::AsyncioQueue => "asyncio_queue",
            Feature::AsyncioEvent => "asyncio_event",
            Feature::TaskGroup => "taskgroup",
        }
    }

    /// The case tag (cases/tags.txt) a program using this feature carries.
    pub fn tag(self) -> &'static str {
        match self {
            Feature::YieldExpr | Feature::Send => "send",
            Feature::YieldFromGen
            | Feature::YieldFromSeq
            | Feature::YieldFromIter
            | Feature::YieldFromProto
            | Feature::YieldFromGenexp => "yield_from",
            Feature::Genexp => "genexp",
            Feature::RaiseStopIteration => "pep479",
            Feature::TryExcept | Feature::TryElse | Feature::TryFinally | Feature::Raise => {
                "exceptions"
            }
            Feature::GeneratorExit | Feature::Close => "close",
            Feature::Throw | Feature::ThrowTriple | Feature::ThrowMisuse => "throw",
            Feature::Del | Feature::WeakRefs => "finalization",
            Feature::GiAttrs | Feature::GetState | Feature::Rename => "introspection",
            Feature::Reentrant => "reentrancy",
            Feature::Calls | Feature::ListDrive | Feature::ForDrive | Feature::Consume => {
                "patterns"
            }
            Feature::AsyncDef => "coroutine",
            Feature::AsyncGen | Feature::AsyncgenHooks => "async_generator",
            Feature::AsyncWith => "async_syntax",
            Feature::Asyncio | Feature::AsyncioGather | Feature::TaskGroup => "asyncio",
            Feature::AsyncioCancel => "cancellation",
            Feature::AsyncioQueue | Feature::AsyncioEvent => "asyncio_sync",
            _ => "generator",
        }
    }

    fn bit(self) -> u64 {
        1 << (self as u64)
    }

    /// The feature named `name` (as in reports).
    pub fn from_name(name: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The switches a program that uses `self` also needs: the asyncio group's switches only
    /// act in an asyncio program, the async generator hooks only in an async generator program.
    fn implies(self) -> Features {
        match self {
            Feature::AsyncioGather
            | Feature::AsyncioCancel
            | Feature::AsyncioQueue
            | Feature::AsyncioEvent
            | Feature::TaskGroup => Features::none().with(Feature::Asyncio),
            Feature::AsyncgenHooks => Features::none().with(Feature::AsyncGen),
            _ => Features::none(),
        }
    }

    /// The first Python version that has what the feature generates (`TaskGroup` and its
    /// `except*` are 3.11+), or None when every version the fuzzer targets (3.8+) has it.
    pub fn since(self) -> Option<Python> {
        match self {
            Feature::TaskGroup => Some(Python(3, 11)),
            _ => None,
        }
    }
}

/// A Python language version `major.minor`, as a backend implements it (`3.8`, `3.14`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Python(pub u8, pub u8);

impl std::str::FromStr for Python {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Python, String> {
        let bad = || format!("'{s}' is no Python version (MAJOR.MINOR, e.g. 3.11)");
        let (major, minor) = s.split_once('.').ok_or_else(bad)?;
        Ok(Python(
            major.parse().map_err(|_| bad())?,
            minor.parse().map_err(|_| bad())?,
        ))
    }
}

impl fmt::Display for Python {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

impl std::str::FromStr for Feature {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Feature, String> {
        Feature::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Feature::ALL.iter().map(|f| f.name()).collect();
            format!("no feature '{s}' (features: {})", names.join(", "))
        })
    }
}

impl fmt::Display for Feature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of features (a bit set over [`Feature`]).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Features(u64);

impl Features {
    pub fn all() -> Features {
        Feature::ALL.iter().fold(Features(0), |acc, f| acc.with(*f))
    }

    pub fn none() -> Features {
        Features(0)
    }

    pub fn with(self, f: Feature) -> Features {
        Features(self.0 | f.bit())
    }

    pub fn has(self, f: Feature) -> bool {
        self.0 & f.bit() != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Feature> {
        Feature::ALL.into_iter().filter(move |f| self.has(*f))
    }

    pub fn union(self, other: Features) -> Features {
        Features(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// These features and every switch they need to act ([`Feature::implies`]).
    pub fn closed(self) -> Features {
        self.iter().fold(self, |acc, f| acc.union(f.implies()))
    }

    /// These features without those `python` lacks ([`Feature::since`]).
    pub fn available_on(self, python: Python) -> Features {
        self.iter()
            .filter(|f| !matches!(f.since(), Some(first) if first > python))
            .collect()
    }
}

impl FromIterator<Feature> for Features {
    fn from_iter<I: IntoIterator<Item = Feature>>(iter: I) -> Features {
        iter.into_iter().fold(Features::none(), Features::with)
    }
}

impl fmt::Debug for Features {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(self.iter().map(Feature::name))
            .finish()
    }
}

/// The swarm configuration: feature switches and maximums.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenConfig {
    pub features: Features,
    /// Generator functions in the program (1..=3).
    pub max_functions: u8,
    /// Statements per block (1..=4).
    pub max_block: u8,
    /// Nesting depth of compound statements (0..=3).
    pub max_depth: u8,
    /// Top-level driver statements (2..=12).
    pub max_driver: u8,
    /// Iterations of a loop, items of a list or range (1..=4).
    pub max_loop: u8,
    /// Driver generators alive at once (1..=4).
    pub max_slots: u8,
}

impl GenConfig {
    /// The largest configuration: every feature on, every maximum at its top.
    pub fn everything() -> GenConfig {
        GenConfig {
            features: Features::all(),
            max_functions: 4,
            max_block: 5,
            max_depth: 3,
            max_driver: 16,
            max_loop: 4,
            max_slots: 4,
        }
    }

    pub fn has(&self, f: Feature) -> bool {
        self.features.has(f)
    }
}

impl<'a> Arbitrary<'a> for GenConfig {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        // Swarm testing: each feature is on or off for the whole program.
        let bits: u64 = u.arbitrary()?;
        let features = Feature::ALL
            .iter()
            .filter(|f| bits & f.bit() != 0)
            .fold(Features::none(), |acc, f| acc.with(*f));
        Ok(GenConfig {
            features,
            max_functions: u.int_in_range(1..=3)?,
            max_block: u.int_in_range(1..=4)?,
            max_depth: u.int_in_range(0..=3)?,
            max_driver: u.int_in_range(2..=12)?,
            max_loop: u.int_in_range(1..=4)?,
            max_slots: u.int_in_range(1..=4)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_bits_are_distinct() {
        assert_eq!(Features::all().iter().count(), Feature::ALL.len());
        for (i, f) in Feature::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i, "{f} out of order");
        }
    }

    #[test]
    fn arbitrary_configs_stay_in_range() {
        let bytes: Vec<u8> = (0..64u8).map(|b| b.wrapping_mul(37)).collect();
        let cfg = GenConfig::arbitrary(&mut Unstructured::new(&bytes)).unwrap();
        assert!((1..=3).contains(&cfg.max_functions));
        assert!((2..=12).contains(&cfg.max_driver));
    }
}
