# python: >=3.13
# case: PEP 667 (3.13): locals() in a function or generator is a fresh snapshot at each call, in
#   the order of the frame's fast locals (parameters, other locals, cells, free variables);
#   writes to it change nothing.
# tags: python generator versions
def f(a, b=2, *args, **kw):
    c = a + b
    def inner():
        return c + a
    d = locals()
    e = 5
    return list(d), d['a'], 'e' in d, locals() is d

f(1)
def gen():
    x = 1
    yield locals()
    y = 2
    yield locals()
    del x
    yield locals()
list(gen())
def outer():
    v = 10
    def inner():
        w = v
        return locals()
    return inner()
outer()
def writes():
    m = locals()
    m['zz'] = 3
    m['w'] = 'changed'
    w = 1
    return locals(), m
writes()
def order(p, q):
    z = 1
    def use():
        return p + y
    y = 2
    a = 3
    for i in range(1):
        pass
    return list(locals())
order(1, 2)
def captured_param(p):
    def use():
        return p
    p = 5
    return locals()
captured_param(1)
