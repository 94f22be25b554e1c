# case: a chain of generators delegating with `yield from`, resumed again and again: a value
#   passes up through every level; a return value ends one level and the level above goes
#   on; an exception raised at the bottom passes the levels one by one until one catches it;
#   while the bottom runs every level above it is running (re-entering one fails) and
#   sys.exc_info() reports the exception a level is handling; a level whose subgenerator
#   was closed from outside gets None from its `yield from`.
# tags: yield_from exceptions reentrancy
import inspect
import sys


def leaf(tag, outer):
    x = yield tag + ":first"
    print("leaf got", x, [o.gi_running for o in outer])
    print([inspect.getgeneratorstate(o) for o in outer])
    print("leaf sees", sys.exc_info()[0])
    for o in outer[0], outer[2]:
        try:
            o.send(None)
        except ValueError as e:
            print("re-entering a level:", e)
    x = yield tag + ":second"
    if x == "boom":
        raise ValueError(tag)
    return tag + ":done"


def middle(depth, outer):
    if depth == 0:
        r = yield from leaf("leaf", outer)
        print("middle 0 got", r)
        r2 = yield "after-leaf"
        return r2
    try:
        raise KeyError(depth)
    except KeyError:
        sub = middle(depth - 1, outer)
        outer.append(sub)
        if depth == 2:
            try:
                r = yield from sub
            except ValueError as e:
                print("middle 2 caught", repr(e), sys.exc_info()[0])
                r = yield "middle-2-recovered"
        else:
            r = yield from sub
    print("middle", depth, "got", r)
    return r


def top(outer):
    sub = middle(3, outer)
    outer.append(sub)
    r = yield from sub
    print("top got", r)
    return "top-done"


holder = []
g = top(holder)
holder.append(g)
next(g)
g.send(1)
g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom.gi_frame.f_lineno
g.send(2)
g.send("last")

holder2 = []
g2 = top(holder2)
holder2.append(g2)
next(g2)
g2.send(1)
g2.send("boom")
g2.send("recovered")


def counter(n):
    for i in range(n):
        yield i
    return "counted"


def relay(depth, n):
    if depth == 0:
        r = yield from counter(n)
    else:
        r = yield from relay(depth - 1, n)
    return (depth, r)


list(relay(40, 5))
sum(relay(25, 100))

g3 = relay(3, 3)
next(g3)
inner = g3.gi_yieldfrom.gi_yieldfrom
inner.close()
inspect.getgeneratorstate(inner)
g3.send(None)
next(g3)
