# case: A loop whose except clause swallows GeneratorExit and yields again makes close() raise
#   RuntimeError; once the loop runs out, a swallowed GeneratorExit is fine, as is a bare
#   except that swallows it and falls off the end.
# tags: close
def stubborn():
    n = 0
    while n < 3:
        try:
            yield n
        except GeneratorExit:
            print("swallowed")
        n += 1

s = stubborn()
next(s)
s.close()
next(s)
s.close()

def lenient():
    try:
        yield 1
    except:
        print("bare except, then return")

l = lenient()
next(l)
l.close()
