# case: A send() resumes a generator suspended inside try/finally: the finally block runs when
#   the sent value makes the body raise, and again only once when it finishes normally.
# tags: send generator
def guarded():
    try:
        while True:
            v = yield
            if v == "stop":
                return "stopped"
            print("len", len(v))
    finally:
        print("finally")

g = guarded()
next(g)
g.send("abc")
g.send(5)
h = guarded()
next(h)
h.send("ab")
h.send("stop")
