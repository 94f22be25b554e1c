# case: gi_suspended (new in 3.11) is True only while paused at a yield: False fresh, False while
#   running, False when finished or closed.
# tags: introspection versions
# python: >=3.11
def g():
    print("running, suspended:", me.gi_suspended)
    yield 1
    yield 2

me = g()
me.gi_suspended
next(me)
me.gi_suspended
me.close()
me.gi_suspended
other = g()
next(other)
list(other)
other.gi_suspended
