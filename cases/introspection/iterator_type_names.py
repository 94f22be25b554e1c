# case: The type names of builtin iterators that generators often delegate to; an ASCII str's
#   iterator is `str_ascii_iterator` from 3.11 (before: `str_iterator`, still used for non-ASCII).
# tags: introspection iterator versions
type(iter([])).__name__
type(iter(())).__name__
type(iter(range(3))).__name__
type(iter("abc")).__name__
type(iter("\u00e9t\u00e9")).__name__
type(iter({})).__name__
type(iter({}.items())).__name__
type(reversed([1])).__name__
type(enumerate([])).__name__
type(zip()).__name__
type(map(abs, [])).__name__
