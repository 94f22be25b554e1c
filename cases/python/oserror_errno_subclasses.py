# case: OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the subclass for the
#   errno (OSError(2, ...) is FileNotFoundError), sets errno/strerror/filename/filename2 and
#   trims args; str() as OSError_str; a subclass with its own __init__ parses in
#   OSError.__init__ (args empty until then); the OSError hierarchy and IOError alias.
# tags: python exceptions generator
for args in [(2, "No such file"), (13, "denied"), (17, "exists"), (1, "x"), (99999, "y"), ("a",), (), (2, "x", "f.txt"), (2, "x", "a", None, "b")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e), repr(e))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
e = FileNotFoundError(2, "nope", "path")
print(e.errno, e.filename, e.filename2, str(e))
def opener(paths):
    for p in paths:
        try:
            raise FileNotFoundError(2, "No such file or directory", p)
        except OSError as e:
            yield type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args
print(list(opener(["a", "b"])))
class MyErr2(OSError):
    def __init__(self, code, msg):
        super().__init__(code, msg, "fname")
        self.extra = 1
m = MyErr2(13, "denied")
print(type(m).__name__, m.errno, m.filename, m.args, str(m), repr(m), m.extra)
class NoSuper(OSError):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(2, "x")
print(n.errno, n.args, str(n), repr(n))
print(OSError(2, "x", "f", None, "g"), repr(OSError(2, "x", "f", None, "g")), OSError(2, "x", None).args, OSError(2, "x", None, None, "g").filename2)
print(type(OSError(True, "x")).__name__, type(OSError(2.0, "x")).__name__, type(FileNotFoundError(13, "x")).__name__)
for cls in (BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError):
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, OSError))
e = OSError(2, "x")
e.filename = "late"
print(str(e))
e.strerror = None
print(str(e))
try:
    raise OSError(5, "I/O")
except IOError as e:
    print("caught as IOError", e)
print(type(OSError(11, "x")).__name__, type(OSError(32, "x")).__name__, type(OSError(4, "x")).__name__, type(OSError(111, "x")).__name__)
e = OSError(2, "x")
e.errno = 5
print(e.errno, e.args)
class MyErr(OSError):
    pass
print(type(MyErr(2, "x")).__name__, MyErr(2, "x").errno)
