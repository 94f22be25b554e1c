//! The state and order probe of reduced findings (`fuzz::probe`): a generator wrongly left
//! closed is one signature whatever the program did with it afterwards, and two bugs that
//! leave a generator closed after different operations stay two; a builtin that resumes its
//! iterator before calling the program's function back is one signature whatever the program
//! saw of it. The runtime under test is a fake over embedded CPython: CPython with the bugs
//! written in Python in front of the program (no other runtime is needed).

use yieldspec::backend::{Backend, RunConfig};
use yieldspec::case::Case;
use yieldspec::fuzz::oracle::{open_backend, Class, Oracle};
use yieldspec::fuzz::run::listed_after_reduction;
use yieldspec::fuzz::signature::Signature;
use yieldspec_trace::Outcome;

/// The fake runtime's bugs, in Python, run before the program:
/// - a failed `next()` of a generator on itself marks it closed: it is closed as soon as it
///   no longer runs (a `next()` that defines the module's `next`, which every `next(...)` of
///   the program calls);
/// - a generator that ignored `close()` (yielded in its `finally`) is marked closed: closed
///   again, silently (`_fake_close`, which the program's top-level `X.close()` calls).
/// - `max(..., key=)` fetches the next item before it calls `key` on the current one.
const FAKE_BUGS: &str = r#"import builtins as _fb
_pending = []
def next(it, *d):
    try:
        return _fb.next(it, *d)
    except ValueError as e:
        if "already executing" in str(e):
            _pending.append(it)
        raise
    finally:
        for _g in list(_pending):
            if not _g.gi_running:
                _pending.remove(_g)
                _g.close()
def _fake_close(g):
    try:
        return g.close()
    except RuntimeError:
        g.close()
        raise
def max(it, key):
    it = iter(it)
    best = cur = _fb.next(it)
    best_key = None
    first = True
    while True:
        nxt = _fb.next(it, _pending)
        k = key(cur)
        if first or k > best_key:
            best, best_key, first = cur, k, False
        if nxt is _pending:
            return best
        cur = nxt
"#;

/// Embedded CPython with [`FAKE_BUGS`]: the program's top-level `NAME.close()` calls
/// `_fake_close(NAME)`; the trace shows the program's own lines and line numbers.
struct ClosedBugs {
    inner: Box<dyn Backend>,
}

impl Backend for ClosedBugs {
    fn name(&self) -> String {
        "closed-bugs".into()
    }
    fn describe(&self) -> String {
        "CPython with two bugs that leave a generator closed".into()
    }
    fn python_version(&self) -> String {
        self.inner.python_version()
    }
    fn run(&mut self, case: &Case) -> Outcome {
        let original: Vec<&str> = case.source.lines().collect();
        let program: String = original
            .iter()
            .map(|line| match line.strip_suffix(".close()") {
                Some(name)
                    if !line.starts_with(' ')
                        && name.chars().all(|c| c.is_alphanumeric() || c == '_') =>
                {
                    format!("_fake_close({name})\n")
                }
                _ => format!("{line}\n"),
            })
            .collect();
        let prelude = FAKE_BUGS.lines().count() as u32;
        let mut outcome = self.inner.run(&Case::from_source(
            "fake.py",
            format!("{FAKE_BUGS}{program}"),
        ));
        if let Outcome::Completed { trace } = &mut outcome {
            trace.statements.retain(|s| s.line > prelude);
            for s in &mut trace.statements {
                s.line -= prelude;
                s.source = original[s.line as usize - 1].trim_end().to_string();
            }
        }
        outcome
    }
}

fn oracle() -> Oracle {
    let run = RunConfig::default();
    Oracle::new(
        open_backend("cpython", &run).expect("cpython"),
        Box::new(ClosedBugs {
            inner: open_backend("cpython", &run).expect("cpython"),
        }),
    )
}

/// A generator that calls `next()` on itself, catches the ValueError and goes on; THEN is what
/// the program does with it afterwards.
fn reentrant(then: &str) -> String {
    format!(
        "\
import inspect
def g():
    try:
        next(s)
    except ValueError:
        pass
    yield 1
    yield 2
s = g()
next(s)
{then}
"
    )
}

/// A generator that yields in its `finally`, closed; THEN as above.
fn close_ignored(then: &str) -> String {
    format!(
        "\
import inspect
def h():
    try:
        yield 1
    finally:
        yield 2
t = h()
next(t)
t.close()
{then}
"
    )
}

/// The first-difference signature of a program and the signature it is listed under.
fn signatures(oracle: &mut Oracle, source: &str) -> (Signature, Signature) {
    let check = oracle.check(&Case::from_source("probe.py", source.to_string()));
    assert_eq!(check.class, Class::Divergent, "{source}");
    let first = Signature::of(&check);
    let listed = listed_after_reduction(oracle, &first, source);
    (first, listed)
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn one_state_bug_seen_through_different_operations_is_one_signature() {
    let mut oracle = oracle();
    let (state, state_listed) = signatures(&mut oracle, &reentrant("inspect.getgeneratorstate(s)"));
    let (listed, list_listed) = signatures(&mut oracle, &reentrant("list(s)"));
    let (resumed, resumed_listed) = signatures(&mut oracle, &reentrant("next(s, 'default')"));
    // three first differences: a state's value, a list, a default
    assert_ne!(state, listed);
    assert_ne!(state, resumed);
    assert_ne!(listed, resumed);
    // one root cause: the generator closed by the resume that got its own ValueError
    assert_eq!(state_listed, list_listed);
    assert_eq!(state_listed, resumed_listed);
    assert_eq!(
        state_listed.as_str(),
        "divergent: state after resume: suspended vs closed"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn two_bugs_that_leave_a_generator_closed_stay_two_signatures() {
    let mut oracle = oracle();
    let (reentrant_first, reentrant_listed) =
        signatures(&mut oracle, &reentrant("inspect.getgeneratorstate(s)"));
    let (ignored_first, ignored_listed) =
        signatures(&mut oracle, &close_ignored("inspect.getgeneratorstate(t)"));
    // seen the same way (`getgeneratorstate()` says closed) ...
    assert_eq!(reentrant_first, ignored_first);
    // ... but left closed by different operations
    assert_ne!(reentrant_listed, ignored_listed);
    assert_eq!(
        ignored_listed.as_str(),
        "divergent: state after raise RuntimeError \"… ignored GeneratorExit\": \
         suspended vs closed"
    );
    // and the close bug seen otherwise is the same signature again
    let (resumed_first, resumed_listed) = signatures(&mut oracle, &close_ignored("next(t, 'd')"));
    assert_ne!(resumed_first, ignored_first);
    assert_eq!(resumed_listed, ignored_listed);
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_builtin_calling_back_in_another_order_is_one_signature() {
    let mut oracle = oracle();
    let program = |body: &str, key: &str| {
        format!("def kf(v):\n    {key}\ndef g():\n    yield 1\n    {body}\ns = g()\nmax(s, key=lambda v: kf(v))\n")
    };
    // the key's output out of order; the key's output missing before the generator's error;
    // the key's error replaced by the generator's
    let sources = [
        program("print('g.2'); yield 2", "print(v)"),
        program("raise ValueError('g.1')", "print(v)"),
        program("raise ValueError('g.1')", "raise KeyError('k')"),
    ];
    let found: Vec<(Signature, Signature)> =
        sources.iter().map(|s| signatures(&mut oracle, s)).collect();
    assert_ne!(found[0].0, found[1].0);
    assert_ne!(found[1].0, found[2].0);
    for (_, listed) in &found {
        assert_eq!(
            listed.as_str(),
            "divergent: order of calls in max()/min(): call key vs next"
        );
    }
}
