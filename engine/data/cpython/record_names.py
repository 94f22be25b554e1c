"""Record what a CPython has, for the engine's rule on what it does not model.

Run with each CPython version (3.8 and later):

    python3.X engine/data/cpython/record_names.py > engine/data/cpython/names-3.X.txt

The output lists, per section: the names in `builtins`, the attributes (`dir()`) of every
built-in type and of the types of common built-in objects, the standard library's module
names, the attributes of the modules the engine provides (in part), and the special method
names CPython's types define. The engine reports a name that CPython has and it lacks as
`unsupported`; nothing here is typed by hand except which objects to look at.
"""
import builtins
import os
import pkgutil
import sys
import sysconfig
import types

# Modules the engine implements (wholly or in part): their missing attributes are unsupported.
MODULES = [
    "sys", "types", "inspect", "itertools", "weakref", "gc", "functools", "operator",
    "collections", "collections.abc", "warnings", "math", "contextlib", "random", "test.support",
    "traceback", "asyncio", "time", "copy", "abc", "string", "re", "os", "io", "unittest",
    "dataclasses", "enum", "typing", "heapq", "bisect", "array", "struct", "textwrap",
]


def section(title, names):
    print("[%s]" % title)
    for n in sorted(set(names)):
        print(n)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class _C:
    def m(self):
        pass


def samples():
    """Objects whose types have no name in builtins, by their type's __name__."""
    g = gen()
    c = coro()
    ag = agen()
    out = [
        g, c, ag, g.gi_frame, gen.__code__, gen, _C().m, len, [].append, iter([]), iter(()),
        iter(""), iter(range(1)), iter({}), iter(set()), iter(b""), reversed([]),
        reversed(range(1)), {}.keys(), {}.values(), {}.items(), iter({}.values()),
        iter({}.items()), reversed(()), None, NotImplemented, Ellipsis, sys, iter(lambda: 1, 1),
        type.__dict__, object.__init__, str.join, object.__dict__["__class__"],
        int.__dict__["from_bytes"], _C.__dict__["__dict__"],
    ]
    if hasattr(ag, "__anext__"):
        out += [ag.__anext__(), ag.asend(None), ag.athrow(ValueError)]
    if hasattr(c, "__await__"):
        out.append(c.__await__())
    if hasattr({}, "__reversed__"):
        out += [reversed({}), reversed({}.keys()), reversed({}.items())]
    try:
        raise ValueError
    except ValueError as e:
        out.append(e.__traceback__)
    return out


def _special_methods(t):
    """The dunder names `t` defines (or inherits) as methods."""
    out = []
    for k in dir(t):
        if not (k.startswith("__") and k.endswith("__")):
            continue
        for base in t.__mro__:
            if k in vars(base):
                v = vars(base)[k]
                if callable(v) or isinstance(v, (classmethod, staticmethod)):
                    out.append(k)
                break
    return out


def main():
    section("builtins", dir(builtins))
    seen = {}
    for name in dir(builtins):
        v = getattr(builtins, name)
        if isinstance(v, type):
            seen.setdefault(v.__name__, v)
    for v in samples():
        seen.setdefault(type(v).__name__, type(v))
    for v in vars(types).values():
        if isinstance(v, type):
            seen.setdefault(v.__name__, v)
    specials = set()
    for name, t in sorted(seen.items()):
        attrs = dir(t)
        section("type " + name, attrs)
        specials.update(_special_methods(t))
    if hasattr(sys, "stdlib_module_names"):
        mods = set(sys.stdlib_module_names)
    else:
        stdlib = sysconfig.get_paths()["stdlib"]
        mods = set(sys.builtin_module_names)
        mods.update(m.name for m in pkgutil.iter_modules([stdlib, os.path.join(stdlib, "lib-dynload")]))
        mods.discard("site-packages")
    mods.update(m for m in MODULES if "." in m)
    section("modules", mods)
    import importlib
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ImportError:
            continue
        section("module " + m, dir(mod))
        for v in vars(mod).values():
            if isinstance(v, type):
                specials.update(_special_methods(v))
    # Method-valued dunder names of all those classes: the special methods a class may define.
    section("specials", specials)


if __name__ == "__main__":
    main()
