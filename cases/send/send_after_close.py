# case: After close() a generator is finished: send() raises a bare StopIteration, whether the
#   generator had started or not, and the body is not resumed.
# tags: send close
def g():
    try:
        while True:
            x = yield
            print("got", x)
    finally:
        print("closed")

a = g()
next(a)
a.send(1)
a.close()
a.send(2)
a.send(None)
b = g()
b.close()
b.send(None)
