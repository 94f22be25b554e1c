# case: The finalizer an async generator uses is the one installed at its first iteration; hooks replaced or removed later do not change it; generators started without hooks close themselves.
# tags: async_generator finalization
import sys

def fi1(g):
    print("firstiter 1", g.__name__)

def fin1(g):
    print("finalizer 1", g.__name__)

def fin2(g):
    print("finalizer 2", g.__name__)

async def first():
    try:
        yield 1
    finally:
        print("first finally")

async def second():
    try:
        yield 2
    finally:
        print("second finally")

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=fi1, finalizer=fin1)
a = first()
a.__anext__().send(None)
sys.set_asyncgen_hooks(firstiter=None, finalizer=fin2)
b = second()
b.__anext__().send(None)
sys.set_asyncgen_hooks(finalizer=None)
del a
del b
sys.set_asyncgen_hooks(*old)
c = first()
c.__anext__().send(None)
del c
