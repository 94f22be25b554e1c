# case: A generator's frame object (gi_frame) is one object per generator, does not keep the
#   generator alive, and once the generator finishes, is closed or goes while the frame
#   object lives on, it keeps the frame's last state: its locals and the line it left at (a
#   never-started frame: its def line, or from 3.13/3.14 its first body line).
# tags: introspection, finalization, versions
def gen():
    x = 1
    try:
        yield
    finally:
        print("fin")
g = gen(); next(g)
fr = g.gi_frame
del g
print("after del")
fr.f_locals
fr.f_lineno
def gen():
    a = 1
    yield 1
    b = 2
    yield 2
g = gen()
fr = g.gi_frame
fr.f_lineno, fr.f_lasti
next(g)
fr.f_lineno
next(g)
fr.f_locals
fr.f_lineno
next(g, None)
g.gi_frame
fr.f_locals
fr.f_lineno

fr.f_code.co_name
def gen2():
    x = 5
    try:
        yield
    finally:
        print("fin")
g2 = gen2()
fr2 = g2.gi_frame
next(g2)
g2.close()
fr2.f_locals
fr2.f_lineno
g3 = gen2()
fr5 = g3.gi_frame
g3.close()
fr5.f_locals
fr5.f_lineno
def gen4():
    y = 1
    yield
    raise ValueError
g4 = gen4(); fr4 = g4.gi_frame; next(g4)
try:
    next(g4)
except ValueError:
    pass
fr4.f_locals, fr4.f_lineno
def gen5(a, b=2):

    # comment
    x = 5
    yield
g5 = gen5(1)
fr5 = g5.gi_frame
fr5.f_lineno, fr5.f_locals
g5.close()
fr5.f_locals
fr5.f_lineno
g5 = gen5(1)
fr5 = g5.gi_frame
del g5
fr5.f_locals
fr5.f_lineno
g6 = gen5(3)
g6.gi_frame is g6.gi_frame
f6 = g6.gi_frame
repr(f6) == repr(g6.gi_frame)
next(g6)
f6 is g6.gi_frame
g6.close()
g6.gi_frame
f6.f_locals
f6.f_code is g6.gi_code
