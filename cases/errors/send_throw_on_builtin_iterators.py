# case: Builtin iterators only have __next__: send, throw and close are AttributeErrors on list
#   and range iterators, map objects and the like.
# tags: errors iterator
it = iter([1, 2])
it.send(None)
iter(range(3)).throw(ValueError)
map(str, [1]).close()
hasattr(it, "__next__")
hasattr(it, "send")
next(it)
