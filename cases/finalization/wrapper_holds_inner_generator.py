# case: Teardown deletes the wrapper (bound later) first; the inner generator stays alive
#   through its own name until its turn comes.
# tags: finalization
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finalized")

def wrapper(it):
    try:
        for x in it:
            yield x * 100
    finally:
        print("wrapper finalized")

base = inner()
wrapped = wrapper(base)
next(wrapped)
