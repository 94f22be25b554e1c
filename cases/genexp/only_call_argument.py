# case: A generator expression as the only argument of a call needs no extra parentheses;
#   with other arguments it takes its own parentheses.
# tags: genexp
sum(x * x for x in range(5))
max(len(w) for w in ["a", "abc", "ab"])
"-".join(str(n) for n in range(3))
dict((k, k * 2) for k in "ab")
set(x % 3 for x in range(10)) == {0, 1, 2}
sorted((x for x in [3, 1, 2]), reverse=True)
tuple(c for c in "hi")
any(n > 3 for n in [1, 5])
list(map(str, (x for x in range(2))))
