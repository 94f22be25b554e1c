//! What differs between the CPython versions the engine follows, each rule named: one
//! `Rules` value is built from the target version when a VM starts, and the engine asks it
//! (`vm.rules.pep479`) instead of comparing versions. A new version or a new rule is a
//! change here only.

use crate::PythonVersion;

/// The CPython versions the engine can follow (`engine:3.X`).
pub const SUPPORTED_TARGETS: std::ops::RangeInclusive<PythonVersion> =
    PythonVersion::new(3, 6)..=PythonVersion::new(3, 15);

/// The version the engine follows unless told otherwise.
pub const DEFAULT_TARGET: PythonVersion = PythonVersion::new(3, 11);

/// The behaviour of one CPython version, rule by rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    // Generators.
    /// PEP 479 (3.7): a StopIteration leaving a generator's frame becomes RuntimeError.
    pub pep479: bool,
    /// PEP 667 (3.13): `locals()` in a function is a new snapshot at each call (before, one
    /// dict per frame, refreshed in place by each call).
    pub locals_snapshot: bool,
    /// 3.12: an exception thrown into a just-created generator is raised before the body's
    /// PEP 479 handler covers it.
    pub fresh_throw_bypasses_pep479: bool,
    /// 3.9: an exception thrown into a generator that is handling one gets that one as its
    /// context (`_PyErr_ChainStackItem`), and close()'s GeneratorExit gets the caller's.
    pub throw_chains_context: bool,
    /// 3.9-3.11: `_PyErr_ChainStackItem` re-raises a thrown exception with the traceback
    /// stored on it, dropping the one the raise carried.
    pub chain_stack_item_drops_traceback: bool,
    /// 3.9-3.11: a handler stores the traceback the raise carried on the exception.
    pub handler_stores_traceback: bool,
    /// 3.11: a finally/cleanup handler catches like any other (3.9 and 3.10 unwind their
    /// `EXCEPT_HANDLER` block without storing the traceback).
    pub cleanup_handler_stores_traceback: bool,
    /// 3.12 (CLEANUP_THROW): a StopIteration thrown in at a `yield from`, or raised there by
    /// the subiterator's throw(), ends the `yield from` with its value.
    pub cleanup_throw: bool,
    /// 3.10: a call's argument errors name the function's `__qualname__` (`C.m() takes …`);
    /// before, the code's `co_name` (`m() takes …`).
    pub arg_errors_name_qualname: bool,
    /// 3.15: `%`-formatting's TypeErrors name the argument ("format argument 1: %d requires a
    /// real number, not F"), and a failing `__float__` for `%f` is reported that way too.
    pub percent_errors_name_argument: bool,
    /// 3.12: throw(type, value, tb) warns DeprecationWarning.
    pub throw_signature_deprecated: bool,
    /// 3.13: close() returns the generator's return value.
    pub close_returns_value: bool,
    /// 3.12: close() of a just-created generator marks it finished without running it.
    pub close_created_skips_run: bool,
    /// 3.12-3.13: ... and keeps its frame (its arguments) until the generator goes; 3.14
    /// clears the frame there and then.
    pub close_created_keeps_frame: bool,
    /// 3.13: an asend/athrow/aclose awaitable dropped before it was awaited warns; its
    /// close()/throw() start it first (close() throws GeneratorExit through it).
    pub agen_awaitable_starts_on_throw: bool,
    /// Before 3.15: an async generator closed by its finalizer (no hooks) that returns after
    /// GeneratorExit leaves gen_send_ex's StopAsyncIteration, reported as unraisable; 3.15's
    /// close() takes the return as the end.
    pub agen_close_return_raises: bool,
    /// 3.15: throw() into a finished coroutine is "cannot reuse already awaited coroutine"
    /// before its arguments are checked (before: a bad exception was a TypeError first).
    pub coro_throw_checks_finished_first: bool,
    /// 3.14: an async generator's yield ends its asend/athrow/__anext__ awaitable with
    /// `StopIteration(value)` even for None (before: a None value made `StopIteration()`).
    pub agen_yield_stop_has_value: bool,
    /// 3.15: athrow() checks its argument count when called (before: when its awaitable is
    /// sent to).
    pub athrow_checks_arity: bool,
    /// Before 3.10: an athrow/aclose awaitable sent while its async generator's frame is
    /// executing ends at once with a bare StopIteration (the frame looks finished: CPython
    /// checked `f_stacktop`); 3.10 reports "… asynchronous generator is already running".
    pub athrow_running_frame_stops: bool,
    /// Before 3.10: a C function's int argument ("i" format) that is not an int is
    /// "an integer is required (got type T)"; 3.10 says "'T' object cannot be interpreted as
    /// an integer".
    pub int_arg_message_got_type: bool,
    /// Before 3.10: a float given for a `Py_ssize_t` argument (`list.insert`, `str.zfill`,
    /// …) is "integer argument expected, got float".
    pub ssize_arg_float_message: bool,
    /// 3.12: `list.sort`/`sorted`'s `reverse` and `str.splitlines`' `keepends` are any
    /// object's truth; before, an int (`__index__`), else a TypeError.
    pub sort_reverse_is_truth: bool,
    /// 3.14: `'%c' % x` of a wrong type names it ("%c requires an int or a unicode
    /// character, not float"); before, "%c requires int or char".
    pub percent_c_message_names_type: bool,
    /// 3.10: "a real number" in the TypeErrors of `int()`, `float()` and `'%d' % x`
    /// (before, "a number"); `'%c' % big` is an OverflowError (before, a TypeError).
    pub real_number_wording: bool,
    /// 3.11: a format spec that does not parse is "Invalid format specifier 'SPEC' for object
    /// of type 'T'" (before, "Invalid format specifier").
    pub invalid_spec_names_spec: bool,
    /// 3.11 (PEP 682): the format spec's `z` option.
    pub format_z_flag: bool,
    /// 3.14: a separator after the precision groups the digits after the point.
    pub format_frac_grouping: bool,
    /// 3.9: a space sign for a str is "Space not allowed in string format specifier".
    pub space_sign_message: bool,
    /// Before 3.10: a `0` before the width of a str's spec, without an alignment, asks for
    /// `=` alignment ("'=' alignment not allowed in string format specifier").
    pub str_zero_pad_aligns_equals: bool,
    /// 3.13: `str.find(1)` and kin name the method and argument ("find() argument 1 must be
    /// str, not int"); before, "must be str, not int".
    pub str_method_arg_names_method: bool,
    /// 3.12 (PEP 709): list, set and dict comprehensions run inlined in their function's
    /// frame, so an exception leaving one releases its iterator and variables at once; before,
    /// the comprehension's own frame stayed alive with the exception's traceback.
    pub inlined_comprehensions: bool,
    /// 3.12-3.13: the frame object of a finished generator keeps pointing at the frame that
    /// last resumed it (`f_back`); the engine does not keep that frame.
    pub finished_frame_back_dangles: bool,
    /// The line the frame object of a just-created generator reports once the generator
    /// was closed or went.
    pub created_frame_end: CreatedFrameEnd,
    /// 3.11: getattr()/hasattr() of a name that is not a str say "attribute name must be
    /// string, not 'T'" (before, "getattr(): attribute name must be string").
    pub attr_name_error_names_type: bool,
    /// 3.10: isinstance()/issubclass() name unions among what arg 2 may be.
    pub class_check_names_union: bool,
    /// 3.14: list.index of a missing value is "list.index(x): x not in list" (before,
    /// "X is not in list").
    pub list_index_message_generic: bool,
    /// 3.9: a call's `*`/`**` errors name the callable as `module.qualname()` (before, its
    /// `__name__` and "()", or "T object").
    pub callable_named_by_qualname: bool,
    /// 3.15: a call's `*`/`**` argument that is no iterable/mapping is "Value after * must be
    /// an iterable, not T" (the callee is not named).
    pub unpack_errors_say_value: bool,
    /// Which line a generator expression's yield carries (its `f_lineno` while suspended).
    pub genexp_yield_line: GenexpYieldLine,
    /// Before 3.8: a zip() argument that is not iterable is "zip argument #N must support
    /// iteration" (any TypeError of its `iter()`); 3.8 leaves `iter()`'s own error
    /// ("'T' object is not iterable").
    pub zip_arg_must_support_iteration: bool,
    /// 3.12: min()/max() of an empty iterable without a default is "max() iterable argument
    /// is empty" (before: "max() arg is an empty sequence").
    pub min_max_empty_iterable_message: bool,
    /// 3.11: `gi_suspended` and `cr_suspended` (which `inspect.getcoroutinestate` reads).
    pub gi_suspended: bool,
    /// `ag_suspended` and `inspect.getasyncgenstate` (3.12).
    pub ag_suspended: bool,
    /// 3.10: the builtins `aiter()` and `anext()`.
    pub aiter_anext_builtins: bool,
    /// The generator attributes whose assignment says "readonly attribute" rather than
    /// "attribute '…' of 'generator' objects is not writable": gi_running before 3.10,
    /// gi_frame before 3.11, gi_code before 3.12.
    pub readonly_gi_running: bool,
    pub readonly_gi_frame: bool,
    pub readonly_gi_code: bool,
    /// `f_lasti` of a just-created generator's frame: -1 before 3.11, 0 in 3.11-3.12, 2 from
    /// 3.13.
    pub created_f_lasti: i64,
    /// 3.13: generator[...] (`__class_getitem__`), and "… and no __dict__ for setting new
    /// attributes" in the AttributeError of an unknown attribute assignment.
    pub generator_class_getitem: bool,
    pub no_dict_message: bool,
    /// 3.14: frames are cleared from the top of the value stack down to the first local
    /// (before: locals first to last, then the stack), which orders the finalizers a
    /// generator's close() or dealloc runs.
    pub frame_clear_stack_top_down: bool,
    /// 3.15: `gi_state`, `cr_state`, `ag_state` (`GEN_SUSPENDED`, …).
    pub gen_state_attr: bool,
    /// 3.15: a generator expression is passed its first iterable (`.0`) and calls `iter()`
    /// on it itself, before it makes the generator; a list display there stays a list.
    pub genexp_takes_iterable: bool,
    /// 3.15: `yield from` over an exact list, tuple, str or bytes delegates to the sequence
    /// through a "virtual iterator" (`gi_yieldfrom` is the sequence), and a list display
    /// there is built as a tuple.
    pub yield_from_sequence_direct: bool,

    // Exceptions and messages.
    /// Before 3.7: `ValueError('x',)`.
    pub exc_repr_trailing_comma: bool,
    /// 3.11: "cannot access local variable …" for an unbound local.
    pub unbound_local_new_message: bool,
    /// 3.11: a `with` on an object without `__enter__`/`__exit__` is a TypeError naming the
    /// protocol (AttributeError before).
    pub with_protocol_type_error: bool,
    /// 3.12 only: "iter(object, sentinel): object must be callable" (3.13 went back to
    /// "iter(v, w): v must be callable").
    pub iter_sentinel_new_message: bool,
    /// 3.11: `super()`'s argument errors say "argument 1 must be a type" and "expected at
    /// most 2 arguments, got N" (before: "must be type", "takes at most 2 arguments (N given)").
    pub super_messages_reworded: bool,
    /// 3.13: the `super(type, obj)` check names the object ("obj (instance of C) is not an
    /// instance or subtype of type (D).").
    pub super_check_names_object: bool,
    /// 3.12: an exception raised by `__set_name__` while a class is created propagates as it
    /// is (before: a RuntimeError "Error calling __set_name__ …" with it as the cause).
    pub set_name_error_propagates: bool,
    /// 3.10: `zip(..., strict=True)` (before: zip takes no keyword arguments).
    pub zip_strict: bool,
    /// 3.9: "Can't instantiate abstract class C with abstract method f" for one method (3.8:
    /// "methods" always).
    pub abstract_message_singular: bool,
    /// 3.12: "Can't instantiate abstract class C without an implementation for abstract
    /// method 'f'" (the names quoted).
    pub abstract_message_implementation: bool,
    /// 3.13: "zip() got an unexpected keyword argument 'k'" (before: "'k' is an invalid
    /// keyword argument for zip()"): getargs.c's wording, also for functions it parses without
    /// a name (`sys.set_asyncgen_hooks`: "this function got ...").
    pub zip_unexpected_keyword_message: bool,
    /// 3.14 (PEP 765): SyntaxWarning for a return/break/continue leaving a `finally` block.
    pub pep765_warnings: bool,
    /// 3.8: the compiler's SyntaxWarnings for a literal misused: `x is 1`, `"a"[1.0]`, `5[0]`,
    /// `"a"()`, `assert (x, "message")` (`compile/literal_warnings.rs`).
    pub literal_misuse_warnings: bool,
    /// 3.12: `"is" with 'int' literal` (before: `"is" with a literal`).
    pub is_literal_names_type: bool,
    /// Before 3.14: the AST optimizer folds constant operators, subscripts and tuples before
    /// the compiler checks literals (3.14 folds in the code generator, after them; a tuple
    /// display of plain constants still counts as a constant).
    pub ast_folds_constants: bool,
    /// 3.10: `assert` of a tuple folded into a constant warns too (before: only a tuple
    /// display with a non-constant item).
    pub assert_warns_constant_tuple: bool,
    /// 3.11: "string indices must be integers, not 'float'" (before: no type).
    pub str_index_error_names_type: bool,
    /// 3.15: "slice indices must be integers or have an __index__ method" (before: "… or
    /// None or …").
    pub slice_index_message_without_none: bool,
    /// 3.15: "C.__index__() must return an int, not str" (before: "__index__ returned non-int
    /// (type str)").
    pub index_message_names_method: bool,
    /// 3.10: reading an unset slot is "'C' object has no attribute 'x'" (before: "x").
    pub slot_error_names_object: bool,
    /// 3.12: "__weakref__ slot disallowed: we already got one" (before: "… either we already
    /// got one, or __itemsize__ != 0").
    pub weakref_slot_message_short: bool,
    /// 3.13: a class's namespace gets `__firstlineno__` and `__static_attributes__` (not
    /// modelled: the class's whole `__dict__` is unsupported there).
    pub class_firstlineno: bool,
    /// 3.9: mappingproxy has `|` and `__reversed__`.
    pub mappingproxy_or: bool,
    /// 3.12: hash(mappingproxy) hashes the mapping ("unhashable type: 'dict'").
    pub mappingproxy_hash_of_mapping: bool,
    /// 3.15: a class's `__dict__`/`__weakref__` getset's repr names no class.
    pub getset_repr_without_owner: bool,
    /// 3.14: "string keys in translatetable must be of length 1" (str.maketrans; before:
    /// "translate table").
    pub translatetable_typo: bool,
    /// 3.11: deleting a missing instance attribute is "'C' object has no attribute 'x'"
    /// (before: the AttributeError's message is the name alone).
    pub del_attr_error_names_object: bool,
    /// 3.14: what `sys.unraisablehook` gets says what was being done ("Exception ignored
    /// while closing generator …") and carries no object.
    pub unraisable_names_action: bool,
    /// 3.11: "integer modulo by zero" for `%` (before: "integer division or modulo by zero").
    pub int_mod_zero_message: bool,
    /// 3.13: "float modulo by zero" (before: "float modulo").
    pub float_mod_zero_message: bool,
    /// 3.14: every division by zero says "division by zero", `0 ** -1` "zero to a negative
    /// power".
    pub zero_division_unified: bool,
    /// 3.14: the `with` protocol TypeError names the missing method (also `__enter__`), and
    /// `__exit__`/`__aexit__` is looked up first.
    pub with_names_missing_method: bool,
    /// 3.8: `async with` looks `__aexit__` up before `__aenter__`.
    pub async_with_exit_first: bool,
    /// 3.14: "cannot use 'list' as a dict key (unhashable type: 'list')" and "… as a set
    /// element …".
    pub unhashable_names_use: bool,
    /// 3.14: "too many values to unpack (expected 2, got 3)" for a sized sequence.
    pub unpack_counts_too_many: bool,
    /// 3.15: a special method returning the wrong type is "C.__bool__() must return a bool,
    /// not int" (before: a message per method).
    pub special_return_must_return: bool,
    /// 3.14: `dict(x)`/`update(x)` with an element that is not iterable: "object is not
    /// iterable" (before: "cannot convert dictionary update sequence element #0 to a
    /// sequence").
    pub dict_update_element_not_iterable: bool,
    /// 3.14: "'int' object can't be awaited" (before: "object int can't be used in 'await'
    /// expression").
    pub await_error_names_type: bool,
    /// 3.12: `sum()` of floats is compensated (Neumaier); 3.14: also across its int items.
    pub sum_compensated: bool,
    pub sum_compensates_ints: bool,
    /// 3.15: itertools.tee's "n cannot be negative" (before: "n must be >= 0").
    pub tee_negative_message: bool,
    /// 3.9: argument-count errors of builtin methods name the type ("list.append()").
    pub qualified_method_names: bool,
    /// 3.9: itertools' keyword errors are module-qualified.
    pub itertools_qualified_keywords: bool,

    // The compiler.
    /// 3.11: an asynchronous comprehension inside a comprehension of an async function makes
    /// the outer comprehension asynchronous (before: a SyntaxError).
    pub async_comprehension_in_comprehension: bool,
    /// Before 3.10: a `yield` (or `await` error) in a comprehension is reported at the
    /// comprehension (3.10: at the expression itself).
    pub comprehension_error_at_comprehension: bool,
    /// 3.13: the compiler strips the common indentation of docstrings (`__doc__`).
    pub docstring_dedented: bool,

    // Objects.
    /// 3.9: built-in classes can be subscripted (`list[int]`, `types.GenericAlias`).
    pub builtin_generic_alias: bool,
    /// 3.7 (PEP 560): `C[x]` calls `C.__class_getitem__(x)`.
    pub class_getitem: bool,
    /// 3.11: subscripting a class that is not generic says "type 'C' is not subscriptable"
    /// (before: "'type' object is not subscriptable").
    pub not_subscriptable_names_type: bool,
    /// 3.14: `memoryview[...]`; 3.15: `slice[...]` (and `frozendict[...]`).
    pub memoryview_class_getitem: bool,
    pub slice_class_getitem: bool,
    /// 3.11: `co_qualname`.
    pub co_qualname: bool,
    /// Before 3.11: co_flags has CO_NOFREE (64) for code without cells.
    pub co_nofree_flag: bool,
    /// 3.11: `object.__getstate__`.
    pub object_getstate: bool,
    /// 3.11: an ASCII str's iterator is `str_ascii_iterator`.
    pub str_ascii_iterator: bool,
    /// 3.10: `weakref.ReferenceType`/`ProxyType` are the type names.
    pub weakref_type_names: bool,
    /// Before 3.13: a dead proxy's repr names NoneType at 0x0.
    pub dead_proxy_repr_names_none: bool,
    /// 3.11 (PEP 654): BaseExceptionGroup/ExceptionGroup, `except*`, `add_note`.
    pub exception_groups: bool,
    /// 3.14: add_note's TypeError for a note that is not a str is Argument Clinic's
    /// ("add_note() argument must be str, not int").
    pub add_note_clinic_message: bool,
    /// 3.10 (PEP 634): the `match` statement; before, the parser rejects it.
    pub match_statement: bool,
    /// Not 3.9: adding to a set reuses the first dummy slot of the probe (3.9's
    /// `set_add_entry` passes over dummies, so an element goes after them).
    pub set_reuses_dummies: bool,
    /// The cyclic collector clears the weak references to the garbage before its finalizers
    /// run (up to 3.14; 3.15 clears them after, once the resurrected objects are known).
    pub gc_clears_weakrefs_first: bool,
    /// 3.12: "alternative patterns bind different names" is reported at the or-pattern (before,
    /// at the last sub-pattern compiled).
    pub pattern_errors_at_pattern: bool,
    /// Which annotations are evaluated where they stand: before 3.14 (PEP 649 defers them)
    /// those of a function's parameters and return and of annotated targets in a module or
    /// class body; `from __future__ import annotations` (PEP 563) changes this for its module
    /// (see `pep563_evaluates_complex_targets`).
    pub annotations: Annotations,
    /// 3.8-3.9: under PEP 563 an annotated target that is not a plain name (`obj.attr: T`,
    /// `(x): T`) in a module or class body still has its annotation evaluated.
    pub pep563_evaluates_complex_targets: bool,

    /// The micro version `sys.version_info` reports: the release the references were
    /// recorded with.
    pub micro: u8,
}

/// Which annotations the compiler evaluates where they stand (see `Rules::annotations`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Annotations {
    /// Parameters, returns, and annotated targets in module and class bodies.
    Eager,
    /// Only annotated targets that are not plain names, in module and class bodies.
    ComplexTargets,
    /// None.
    Deferred,
}

impl Annotations {
    /// Whether the annotation of a function's parameters and return are evaluated.
    pub fn of_functions(self) -> bool {
        self == Annotations::Eager
    }

    /// Whether the annotation of an annotated assignment in a module or class body is
    /// evaluated (`simple`: its target is a plain name, not parenthesised).
    pub fn of_target(self, simple: bool) -> bool {
        match self {
            Annotations::Eager => true,
            Annotations::ComplexTargets => !simple,
            Annotations::Deferred => false,
        }
    }
}

/// The line of the frame object of a just-created generator that was closed or went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreatedFrameEnd {
    /// Its `def` line, as while it was created.
    Def,
    /// 3.13: the first line of its body once it went (closed: its `def` line).
    BodyWhenDropped,
    /// 3.14: the first line of its body, closed or gone.
    Body,
}

/// The line of a generator expression's yield.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenexpYieldLine {
    /// The element's first line.
    Element,
    /// 3.10-3.11: the line of the last comparison its `if` clauses test (a comparison reached
    /// through `and`/`or`/`not`/conditional expressions, in compile order), else the
    /// expression's own first line: the compiler restored the line after every expression
    /// but a condition's comparison.
    LastComparison,
}

impl Rules {
    /// The rules of CPython `v`.
    pub fn for_target(v: PythonVersion) -> Rules {
        let from = |minor: u8| v >= PythonVersion::new(3, minor);
        Rules {
            pep479: from(7),
            locals_snapshot: from(13),
            fresh_throw_bypasses_pep479: from(12),
            throw_chains_context: from(9),
            chain_stack_item_drops_traceback: from(9) && !from(12),
            handler_stores_traceback: from(9) && !from(12),
            cleanup_handler_stores_traceback: from(11),
            cleanup_throw: from(12),
            arg_errors_name_qualname: from(10),
            percent_errors_name_argument: from(15),
            throw_signature_deprecated: from(12),
            close_returns_value: from(13),
            close_created_skips_run: from(12),
            close_created_keeps_frame: from(12) && !from(14),
            agen_awaitable_starts_on_throw: from(13),
            agen_close_return_raises: !from(15),
            athrow_checks_arity: from(15),
            agen_yield_stop_has_value: from(14),
            coro_throw_checks_finished_first: from(15),
            athrow_running_frame_stops: !from(10),
            int_arg_message_got_type: !from(10),
            ssize_arg_float_message: !from(10),
            sort_reverse_is_truth: from(12),
            percent_c_message_names_type: from(14),
            real_number_wording: from(10),
            invalid_spec_names_spec: from(11),
            format_z_flag: from(11),
            format_frac_grouping: from(14),
            space_sign_message: from(9),
            str_zero_pad_aligns_equals: !from(10),
            str_method_arg_names_method: from(13),
            inlined_comprehensions: from(12),
            finished_frame_back_dangles: from(12) && !from(14),
            created_frame_end: match v.minor {
                13 => CreatedFrameEnd::BodyWhenDropped,
                14 => CreatedFrameEnd::Body,
                _ => CreatedFrameEnd::Def,
            },
            attr_name_error_names_type: from(11),
            class_check_names_union: from(10),
            list_index_message_generic: from(14),
            callable_named_by_qualname: from(9),
            unpack_errors_say_value: from(15),
            genexp_yield_line: if from(10) && !from(12) {
                GenexpYieldLine::LastComparison
            } else {
                GenexpYieldLine::Element
            },
            zip_arg_must_support_iteration: !from(8),
            min_max_empty_iterable_message: from(12),
            gi_suspended: from(11),
            ag_suspended: from(12),
            aiter_anext_builtins: from(10),
            readonly_gi_running: !from(10),
            readonly_gi_frame: !from(11),
            readonly_gi_code: !from(12),
            created_f_lasti: if from(13) {
                2
            } else if from(11) {
                0
            } else {
                -1
            },
            generator_class_getitem: from(13),
            no_dict_message: from(13),
            frame_clear_stack_top_down: from(14),
            gen_state_attr: from(15),
            yield_from_sequence_direct: from(15),
            genexp_takes_iterable: from(15),
            exc_repr_trailing_comma: !from(7),
            unbound_local_new_message: from(11),
            with_protocol_type_error: from(11),
            iter_sentinel_new_message: from(12) && !from(13),
            super_messages_reworded: from(11),
            super_check_names_object: from(13),
            set_name_error_propagates: from(12),
            zip_strict: from(10),
            abstract_message_singular: from(9),
            abstract_message_implementation: from(12),
            zip_unexpected_keyword_message: from(13),
            pep765_warnings: from(14),
            literal_misuse_warnings: from(8),
            is_literal_names_type: from(12),
            ast_folds_constants: !from(14),
            assert_warns_constant_tuple: from(10),
            str_index_error_names_type: from(11),
            slice_index_message_without_none: from(15),
            index_message_names_method: from(15),
            slot_error_names_object: from(10),
            weakref_slot_message_short: from(12),
            class_firstlineno: from(13),
            mappingproxy_or: from(9),
            mappingproxy_hash_of_mapping: from(12),
            getset_repr_without_owner: from(15),
            translatetable_typo: from(14),
            del_attr_error_names_object: from(11),
            unraisable_names_action: from(14),
            int_mod_zero_message: from(11),
            float_mod_zero_message: from(13),
            zero_division_unified: from(14),
            with_names_missing_method: from(14),
            async_with_exit_first: !from(9),
            unhashable_names_use: from(14),
            unpack_counts_too_many: from(14),
            special_return_must_return: from(15),
            tee_negative_message: from(15),
            dict_update_element_not_iterable: from(14),
            await_error_names_type: from(14),
            sum_compensated: from(12),
            sum_compensates_ints: from(14),
            qualified_method_names: from(9),
            itertools_qualified_keywords: from(9),
            async_comprehension_in_comprehension: from(11),
            comprehension_error_at_comprehension: !from(10),
            docstring_dedented: from(13),
            annotations: if from(14) {
                Annotations::Deferred
            } else {
                Annotations::Eager
            },
            pep563_evaluates_complex_targets: !from(10),
            builtin_generic_alias: from(9),
            class_getitem: from(7),
            not_subscriptable_names_type: from(11),
            memoryview_class_getitem: from(14),
            slice_class_getitem: from(15),
            co_qualname: from(11),
            co_nofree_flag: !from(11),
            object_getstate: from(11),
            str_ascii_iterator: from(11),
            weakref_type_names: from(10),
            dead_proxy_repr_names_none: !from(13),
            exception_groups: from(11),
            add_note_clinic_message: from(14),
            match_statement: from(10),
            set_reuses_dummies: v.minor != 9,
            gc_clears_weakrefs_first: !from(15),
            pattern_errors_at_pattern: from(12),
            micro: match v.minor {
                6 => 15,
                7 => 16,
                8 | 9 => 18,
                10 => 13,
                11 => 7,
                12 => 1,
                14 => 10,
                15 => 2,
                _ => 0,
            },
        }
    }
}
