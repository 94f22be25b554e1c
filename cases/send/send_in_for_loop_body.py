# case: Calling send() inside a for loop over the same generator advances it: each send()
#   consumes a value the loop will not see.
# tags: send iterator
def numbers():
    n = 0
    while n < 6:
        got = yield n
        if got is not None:
            print("skip request", got)
            n += got
        n += 1

g = numbers()
for v in g:
    print("loop", v)
    if v == 1:
        print("send returned", g.send(2))
