# case: A generator function called from C code (map, sorted's key, a builtin calling back)
#   returns its generator through the interpreter's entry frame rather than a Python caller:
#   the generators work the same, and nothing of them runs before the first next().
# tags: generator
def numbers(n):
    print("start", n)
    yield n
    yield n * 10

gens = list(map(numbers, [1, 2, 3]))
len(gens)
[g.gi_frame.f_lineno for g in gens] == [gens[0].gi_code.co_firstlineno] * 3
[next(g) for g in gens]
[list(g) for g in gens]
sorted([3, 1, 2], key=lambda k: next(numbers(k)))
