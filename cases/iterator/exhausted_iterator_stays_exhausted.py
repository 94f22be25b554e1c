# case: A list iterator that has run out stays exhausted even when the list grows afterwards;
#   one that has not run out yet sees the appended items.
# tags: iterator
items = [1, 2]
done = iter(items)
list(done)
items.append(3)
next(done)
list(done)
items
pending = iter(items)
next(pending)
items.append(4)
list(pending)
items.append(5)
list(pending)
next(pending, "nothing")
