# case: Yields inside try and finally blocks: finally runs after the try's last yield, and a
#   yield in the finally block is just another value when the generator is run to the end.
# tags: generator
def guarded():
    print("enter")
    try:
        yield 1
        yield 2
    finally:
        print("finally")
        yield 3
    print("after try")
    yield 4

list(guarded())
g = guarded()
next(g)
next(g)
next(g)
next(g)
next(g)
