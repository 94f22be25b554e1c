# case: close() of a just-created generator: when its arguments are released. 3.8-3.11 run the
#   frame with GeneratorExit, 3.14+ clear it: released at close(); 3.12-3.13 mark it finished
#   and keep the frame, so they go with the generator object (a genexp's source, a coroutine
#   never awaited inside it).
# tags: close finalization genexp coroutine versions
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)

def gen(d):
    yield 1

g = gen(D("g"))
g.close()
print("closed g")
g.gi_frame is None
next(g, "exhausted")
del g
h = (x for x in [D("h")])
h.close()
print("closed h")
del h
async def c0(a):
    pass

s1 = (repr(v) for v in c0(0).__await__())
s1.close()
print("closed s1")
del s1
c = c0(1)
c.close()
del c
