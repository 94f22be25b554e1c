# case: aclose(), athrow() and asend() made and sent from inside the running async generator itself: 'already running' errors (3.10+), a bare StopIteration (3.8-3.9), the reuse error after, and throw() on them.
# tags: async_generator reentrancy errors versions
holder = {}

async def agen():
    me = holder["g"]
    for name in ["aclose", "athrow", "asend", "__anext__"]:
        if name == "athrow":
            aw = me.athrow(KeyError)
        elif name == "asend":
            aw = me.asend(None)
        else:
            aw = getattr(me, name)()
        for attempt in range(2):
            try:
                aw.send(None)
            except Exception as e:
                print(name, attempt, type(e).__name__, e)
    for name in ["aclose", "athrow", "asend"]:
        aw = me.aclose() if name == "aclose" else me.athrow(ValueError) if name == "athrow" else me.asend(None)
        try:
            aw.throw(KeyError("thrown"))
        except Exception as e:
            print(name, "throw", type(e).__name__, e)
    yield "end"

g = agen()
holder["g"] = g
g.__anext__().send(None)
g.ag_running
