# case: the iteration order of set algebra results as CPython builds them (union copies the
#   left operand then merges the right, symmetric difference starts from the right one,
#   intersection walks the smaller, in-place operators keep the table and its dummies), and
#   dict | and |= (3.9+, PEP 584; |= updates in place, a TypeError on 3.8).
# tags: python iterator versions
s = {3, 1, 2}
print(s ^ {1, 9}, {1, 9} ^ s, s.symmetric_difference([1, 9]), s | {9, 17}, {9, 17} | s, s & {1, 9}, {1, 9} & s)
print(set(range(20)) - {1, 2}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10} - {1}, set(range(40)) ^ {100, 8})
a = {1, 2, 3}
a.discard(1)
a |= {9}
print(a)
b = {1, 2, 3}
b -= {1}
b |= {17, 25}
print(b)
c = {1, 2, 3}
c ^= {1, 9, 33}
print(c)
d = {5, 13, 21}
d ^= d
print(d)
e = {1, 2, 3, 9}
print(e & {9, 1, 2, 3}, {9, 1, 2, 3} & e, e.union({17}, [25]), frozenset({1, 9}) ^ {17}, e.intersection({9, 1}))
f = set()
for i in range(10):
    f.add(i * 8)
f.discard(0); f.discard(8)
print(f | {1}, f.copy(), set(f), f - {16}, f ^ {24, 3})
d = {"a": 1}
e = d
try:
    d |= {"b": 2}
except TypeError as ex:
    print(ex)
print(d, e, d is e)
try:
    print(d | {"c": 3}, {"z": 0} | d)
except TypeError as ex:
    print(ex)
