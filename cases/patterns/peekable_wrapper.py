# case: A peekable wrapper around any iterator: peek() looks ahead one item without consuming it,
#   with a default at the end; the wrapper is itself an iterator.
# tags: patterns iterator
class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._has_head = False
        self._head = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._has_head:
            self._has_head = False
            return self._head
        return next(self._it)

    def peek(self, default=None):
        if not self._has_head:
            try:
                self._head = next(self._it)
            except StopIteration:
                return default
            self._has_head = True
        return self._head

def numbers():
    print("producing 1")
    yield 1
    print("producing 2")
    yield 2

p = Peekable(numbers())
p.peek()
p.peek()
next(p)
p.peek()
list(p)
p.peek("end")
next(p)
