# case: __doc__ of functions, generator functions, methods and classes: the first statement
#   when it is a string literal (3.13 strips its indentation), None otherwise; a subclass
#   does not inherit its base's docstring; functools.wraps copies it.
# tags: python
import functools


def gen():
    """Yield numbers.

        Indented more.
    Back.
    """
    yield 1


def tabs():
    "\tTabbed first\n\tsecond\n  "
    return 0


def late():
    x = 1
    "not a docstring"
    return x


def fstring_first():
    f"{1} not a docstring"


class Base:
    """  Base class.
    Second line."""

    def method(self):
        "Method doc."

    def gen_method(self):
        """Generator method."""
        yield self


class Child(Base):
    pass


def wrap(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        "wrapper doc"
        return fn(*args)
    return wrapper


@wrap
def wrapped():
    "Wrapped doc."


for obj in (gen, tabs, late, fstring_first, Base, Child, Base.method, Base().gen_method,
            Base(), Child(), lambda: 0, wrapped):
    print(repr(obj.__doc__))
g = gen()
print(next(g), g.__doc__ is None)
gen.__doc__ = "replaced"
print(gen.__doc__, "__doc__" in Base.__dict__, "__doc__" in Child.__dict__, Child.__dict__["__doc__"])
