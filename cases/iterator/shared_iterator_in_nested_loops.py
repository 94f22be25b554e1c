# case: Two loops over one iterator share its position: the inner loop consumes items the
#   outer loop would have seen, and zip(it, it) pairs consecutive items.
# tags: iterator
it = iter(range(7))
for a in it:
    for b in it:
        print("pair", a, b)
        break
it = iter("abcdef")
list(zip(it, it))
words = iter(["k1", "v1", "k2", "v2"])
dict(zip(words, words))
