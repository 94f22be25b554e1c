# case: gi_running is True inside the body however it was resumed: by next(), send(), throw()
#   or close().
# tags: introspection send throw close
def probe():
    while True:
        try:
            got = yield
            print("resumed by value", repr(got), "running:", p.gi_running)
        except KeyError:
            print("resumed by throw, running:", p.gi_running)
        except GeneratorExit:
            print("resumed by close, running:", p.gi_running)
            return

p = probe()
next(p)
next(p)
p.send("v")
p.throw(KeyError)
p.close()
p.gi_running
