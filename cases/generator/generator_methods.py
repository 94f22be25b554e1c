# case: A generator method sees the instance through self: attribute changes made between
#   two resumptions are visible at the next one.
# tags: generator
class Queue:
    def __init__(self):
        self.items = []

    def drain(self):
        while self.items:
            item = self.items.pop(0)
            yield item
        print("queue empty")

q = Queue()
q.items.extend(["a", "b"])
d = q.drain()
next(d)
q.items.append("c")
next(d)
next(d)
next(d)
q.items.append("late")
next(d)
list(q.drain())
type(q.drain).__name__
