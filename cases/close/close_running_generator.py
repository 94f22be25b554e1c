# case: A generator that calls close() on itself while running gets ValueError: generator
#   already executing, raised inside it; afterwards close() from outside works.
# tags: close reentrancy errors
def gen():
    try:
        yield 1
        try:
            me.close()
        except ValueError as e:
            print("inside:", e)
        yield 2
    finally:
        print("finally")

me = gen()
next(me)
next(me)
me.close()
