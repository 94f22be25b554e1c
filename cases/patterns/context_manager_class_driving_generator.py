# case: A hand-written context manager class that drives a generator like contextlib's: __enter__
#   runs to the yield, __exit__ resumes it or throws the with block's exception in, and the
#   generator decides whether that exception is suppressed.
# tags: patterns throw
class GeneratorContext:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, tp, value, tb):
        if tp is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as e:
            if e is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name, swallow=()):
    print("<%s>" % name)
    try:
        yield name
    except swallow as e:
        print("swallowed", repr(e))
    finally:
        print("</%s>" % name)

with GeneratorContext(tag("p")) as t:
    print("inside", t)
with GeneratorContext(tag("div", KeyError)):
    raise KeyError("missing")
print("after suppressed error")
with GeneratorContext(tag("span")):
    raise ValueError("not swallowed")
