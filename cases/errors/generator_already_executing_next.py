# case: A generator that calls next() on itself while running gets ValueError: generator
#   already executing; uncaught, it ends the generator.
# tags: errors reentrancy
def recursive():
    yield "first"
    yield next(gen_ref)

gen_ref = recursive()
next(gen_ref)
next(gen_ref)
next(gen_ref)
