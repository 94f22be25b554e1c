# case: Repeated close() calls: only the first one reaches the generator, so its cleanup code
#   runs exactly once; the rest return None quietly.
# tags: close
def gen():
    try:
        yield "open"
    finally:
        print("cleanup")

g = gen()
next(g)
g.close()
g.close()
g.close()
[g.close() for _ in range(3)]
