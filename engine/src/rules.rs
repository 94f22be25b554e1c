//! What differs between the CPython versions the engine follows, each rule named: one
//! `Rules` value is built from the target version when a VM starts, and the engine asks it
//! (`vm.rules.pep479`) instead of comparing versions. A new version or a new rule is a
//! change here only.

use crate::PythonVersion;

/// The CPython versions the engine can follow (`engine:3.X`).
pub const SUPPORTED_TARGETS: std::ops::RangeInclusive<PythonVersion> =
    PythonVersion::new(3, 6)..=PythonVersion::new(3, 13);

/// The version the engine follows unless told otherwise.
pub const DEFAULT_TARGET: PythonVersion = PythonVersion::new(3, 11);

/// The behaviour of one CPython version, rule by rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    // Generators.
    /// PEP 479 (3.7): a StopIteration leaving a generator's frame becomes RuntimeError.
    pub pep479: bool,
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
    /// 3.12: throw(type, value, tb) warns DeprecationWarning.
    pub throw_signature_deprecated: bool,
    /// 3.13: close() returns the generator's return value, and closing a just-created
    /// generator does not run it.
    pub close_returns_value: bool,
    /// 3.11: `gi_suspended`.
    pub gi_suspended: bool,
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

    // Exceptions and messages.
    /// Before 3.7: `ValueError('x',)`.
    pub exc_repr_trailing_comma: bool,
    /// 3.11: "cannot access local variable …" for an unbound local.
    pub unbound_local_new_message: bool,
    /// 3.11: a `with` on an object without `__enter__`/`__exit__` is a TypeError naming the
    /// protocol (AttributeError before).
    pub with_protocol_type_error: bool,
    /// 3.12: "iter(object, sentinel): object must be callable".
    pub iter_sentinel_new_message: bool,
    /// 3.9: argument-count errors of builtin methods name the type ("list.append()").
    pub qualified_method_names: bool,
    /// 3.9: itertools' keyword errors are module-qualified.
    pub itertools_qualified_keywords: bool,

    // Objects.
    /// 3.9: built-in classes can be subscripted (`list[int]`).
    pub builtin_generic_alias: bool,
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

    /// The micro version `sys.version_info` reports: the release the references were
    /// recorded with.
    pub micro: u8,
}

impl Rules {
    /// The rules of CPython `v`.
    pub fn for_target(v: PythonVersion) -> Rules {
        let from = |minor: u8| v >= PythonVersion::new(3, minor);
        Rules {
            pep479: from(7),
            fresh_throw_bypasses_pep479: from(12),
            throw_chains_context: from(9),
            chain_stack_item_drops_traceback: from(9) && !from(12),
            handler_stores_traceback: from(9) && !from(12),
            cleanup_handler_stores_traceback: from(11),
            cleanup_throw: from(12),
            throw_signature_deprecated: from(12),
            close_returns_value: from(13),
            gi_suspended: from(11),
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
            exc_repr_trailing_comma: !from(7),
            unbound_local_new_message: from(11),
            with_protocol_type_error: from(11),
            iter_sentinel_new_message: from(12),
            qualified_method_names: from(9),
            itertools_qualified_keywords: from(9),
            builtin_generic_alias: from(9),
            co_qualname: from(11),
            co_nofree_flag: !from(11),
            object_getstate: from(11),
            str_ascii_iterator: from(11),
            weakref_type_names: from(10),
            dead_proxy_repr_names_none: !from(13),
            micro: match v.minor {
                6 => 15,
                7 => 16,
                8 | 9 => 18,
                10 => 13,
                11 => 7,
                12 => 1,
                _ => 0,
            },
        }
    }
}
