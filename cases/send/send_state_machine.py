# case: A coroutine as a state machine: it is sent characters one at a time and yields the
#   words it has completed (or None), keeping its state across sends.
# tags: send patterns
def words():
    word = ""
    result = None
    while True:
        ch = yield result
        result = None
        if ch == " " or ch == ".":
            if word:
                result = word
            word = ""
        else:
            word += ch

w = words()
next(w)
[w.send(c) for c in "hi you."]
