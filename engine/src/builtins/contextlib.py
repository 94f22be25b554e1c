# The engine's `contextlib`: contextmanager (the generator-based context manager, as CPython's
# _GeneratorContextManager behaves on each version), suppress, closing and nullcontext, in
# the Python the engine runs. Other names of CPython's contextlib are unsupported.
import sys

_V = sys.version_info[:2]


class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        inner.__name__ = func.__name__
        inner.__qualname__ = func.__qualname__
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                if _V >= (3, 12):
                    try:
                        raise RuntimeError("generator didn't stop")
                    finally:
                        self.gen.close()
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = typ()
            try:
                if _V >= (3, 12):
                    self.gen.throw(value)
                else:
                    self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                if _V >= (3, 9):
                    wrapped_stop = isinstance(value, StopIteration)
                else:
                    wrapped_stop = typ is StopIteration
                if wrapped_stop and exc.__cause__ is value:
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            if _V >= (3, 12):
                try:
                    raise RuntimeError("generator didn't stop after throw()")
                finally:
                    self.gen.close()
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    helper.__name__ = func.__name__
    helper.__qualname__ = func.__qualname__
    helper.__wrapped__ = func
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass
