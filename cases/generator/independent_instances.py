# case: Each call of a generator function makes an independent generator; interleaving them
#   does not disturb either one's position.
# tags: generator
def letters(word):
    for ch in word:
        yield ch

a = letters("abc")
b = letters("xyz")
c = letters("abc")
[next(a), next(b), next(a), next(c)]
a is c
list(a)
list(b)
list(c)
