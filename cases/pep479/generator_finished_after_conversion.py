# case: After the RuntimeError a generator is finished: next() gives a plain StopIteration and
#   its finally ran while the StopIteration was on its way out.
# tags: pep479 generator
def g():
    try:
        yield 1
        raise StopIteration
    finally:
        print("finally sees the StopIteration leave")

gen = g()
next(gen)
next(gen)
gen.gi_frame is None
next(gen)
