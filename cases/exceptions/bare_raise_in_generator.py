# case: A bare `raise` in a generator re-raises the exception the generator is handling, even
#   across a yield inside the handler.
# tags: exceptions generator
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        yield "handling"
        raise

g = reraiser()
next(g)
next(g)
next(g)
