# case: a call's argument errors name the function by its code's co_name before 3.10 and by its __qualname__ from 3.10 (methods, nested functions, generator functions, a renamed function)
# tags: python
class C:
    def m(self):
        yield 1

    def n(self, a, *, k):
        return a, k


C().m(1)
C().m(x=1)
C().n()
C().n(1)
C().n(1, 2, k=3)
C().n(1, a=2, k=3)


def outer():
    def inner(a, /, b):
        return a, b
    return inner


outer()(a=1, b=2)
outer()()
f = outer()
f.__qualname__ = "renamed.qual"
f.__name__ = "renamed"
f(1, 2, 3)
