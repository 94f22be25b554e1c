//! The built-in exception types as an enum: the VM names the class it raises or tests for by
//! `ExcKind`, never by a string, and [`super::exc::Types`] holds one class per kind.

/// Declares `ExcKind` with each kind's base, in an order where a base comes before the kinds
/// derived from it (the classes are built in this order).
macro_rules! exc_kinds {
    ($($kind:ident: $base:ident,)*) => {
        /// A built-in exception type (`BaseException` and the classes derived from it that the
        /// engine provides as builtins).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            BaseException,
            $($kind,)*
        }

        impl ExcKind {
            /// Every kind, a base before the kinds derived from it.
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$kind,)*];

            /// The class's name (also its name in builtins).
            pub const fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $(ExcKind::$kind => stringify!($kind),)*
                }
            }

            /// The kind it derives from (`None` for `BaseException`).
            pub const fn base(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $(ExcKind::$kind => Some(ExcKind::$base),)*
                }
            }
        }
    };
}

exc_kinds! {
    Exception: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
}

impl ExcKind {
    /// The OSError subclass `OSError(errno, strerror)` makes for `errno` (CPython's
    /// `errnomap`, with Linux's errno values).
    pub fn for_errno(errno: i64) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match errno {
            11 | 114 | 115 => BlockingIOError,
            10 => ChildProcessError,
            32 | 108 => BrokenPipeError,
            103 => ConnectionAbortedError,
            111 => ConnectionRefusedError,
            104 => ConnectionResetError,
            17 => FileExistsError,
            2 => FileNotFoundError,
            21 => IsADirectoryError,
            20 => NotADirectoryError,
            4 => InterruptedError,
            1 | 13 => PermissionError,
            3 => ProcessLookupError,
            110 => TimeoutError,
            _ => return None,
        })
    }

    /// Its index in [`ExcKind::ALL`] (the kinds are declared in that order).
    pub const fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::ExcKind;

    #[test]
    fn bases_come_first_and_indexes_follow_all() {
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(k.index(), i, "{k:?}");
            if let Some(b) = k.base() {
                assert!(b.index() < i, "{k:?} before its base {b:?}");
            }
        }
    }
}
