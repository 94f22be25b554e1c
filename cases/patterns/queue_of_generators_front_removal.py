# case: A list used as a FIFO queue of generators (pop(0), insert(0, ...), del q[0]) keeps its
#   order through many front removals, and every list operation afterwards sees the same
#   items: indexing, slicing, len, in, repr, sort, reverse, concatenation.
# tags: patterns generator
def worker(name, steps):
    for i in range(steps):
        yield (name, i)

queue = [worker(n, 3 + n % 4) for n in range(40)]
done = []
trace = []
while queue:
    g = queue.pop(0)
    try:
        trace.append(next(g))
        queue.append(g)
    except StopIteration:
        done.append(g.__name__)
len(trace), trace[:5], trace[-5:]
len(done)

numbers = list(range(60))
fronts = [numbers.pop(0) for _ in range(45)]
fronts[-3:], numbers
numbers.insert(0, -1)
numbers.insert(0, -2)
del numbers[0]
numbers, len(numbers), numbers[0], numbers[-1], numbers[2:5], numbers[::-3]
47 in numbers, 3 in numbers, numbers.index(50)
numbers + [100], [0] + numbers
numbers == [-1] + list(range(45, 60))
numbers.reverse()
numbers
numbers.sort()
numbers
numbers[1:3] = ["a", "b", "c"]
numbers
while len(numbers) > 2:
    numbers.pop(0)
numbers, numbers.pop(0), numbers.pop(0), numbers
numbers.pop(0)

lazy = [(x for x in range(k)) for k in range(20)]
for _ in range(18):
    lazy.pop(0)
[list(g) for g in lazy]
