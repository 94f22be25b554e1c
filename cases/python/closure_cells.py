# case: a generator function's __closure__ holds its cells in co_freevars order (sorted by
#   name), cell_contents reads, writes and deletes them (an empty cell is a ValueError), and
#   a function without free variables has __closure__ None.
# tags: python generator
def make_counter():
    step = 1
    count = 0

    def gen(n):
        nonlocal count
        for _ in range(n):
            count += step
            yield count

    return gen


gen = make_counter()
gen.__code__.co_freevars
[c.cell_contents for c in gen.__closure__]
list(gen(3))
[c.cell_contents for c in gen.__closure__]
gen.__closure__[1].cell_contents = 10
list(gen(2))
make_counter.__closure__


def late_binding():
    def g():
        yield value

    cell = g.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("empty:", e)
    value = "bound"
    print(next(g()))
    del cell.cell_contents
    try:
        next(g())
    except NameError as e:
        print(type(e).__name__, e)


late_binding()
