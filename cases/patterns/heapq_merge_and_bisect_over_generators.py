# case: heapq.merge advances each input generator once before the first value, then only the
#   input whose value was taken, right when the next value is asked for (reverse and key
#   forms too); nsmallest/nlargest consume and call the key as Lib/heapq.py does; the heap
#   functions compare with < in _heapq's order (shown by a printing __lt__); bisect and insort;
#   the argument errors of each version.
# tags: patterns, generator, python, versions
import heapq, bisect

def src(name, items):
    for x in items:
        print(f"{name} yields {x}")
        yield x
    print(f"{name} done")

m = heapq.merge(src("a", [1, 4, 7]), src("b", [2, 3, 9]), src("c", []))
next(m)
next(m)
list(m)
list(heapq.merge(src("x", [5, 3, 1]), src("y", [4, 2]), reverse=True))
list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len))
list(heapq.merge(src("k", ["zz", "y"]), ["aaa"], key=lambda s: -len(s)))
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
h
[heapq.heappop(h) for _ in range(3)], h
heapq.heappushpop(h, 0), heapq.heappushpop(h, 100), h
heapq.heapreplace(h, 4), h
data = [9, 7, 5, 3, 1, 2, 4]
heapq.heapify(data)
data
heapq.nsmallest(3, src("n", [5, 2, 8, 1, 9, 3]))
heapq.nlargest(2, src("l", [5, 2, 8, 1, 9, 3]), key=lambda v: -v)
heapq.nsmallest(1, src("one", [3, 1, 2]))
heapq.nlargest(10, [1, 3, 2])
heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")])
heapq.nlargest(3, "hello world".split() + ["a"], key=len)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(e)
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        print(f"  {self.name} < {other.name}")
        return self.pri < other.pri
    def __repr__(self):
        return self.name
q = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    heapq.heappush(q, Task(p, n))
q
heapq.heappop(q)
q
a = [1, 3, 3, 5, 8]
bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9)
bisect.insort(a, 4); a
bisect.insort_left(a, 3, 0, 2); a
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
grades = [60, 70, 80, 90]
["FDCBA"[bisect.bisect(grades, s)] for s in (33, 99, 77, 70, 89, 90, 100)]
try:
    heapq.heapify(5)
except TypeError as e:
    print(e)
