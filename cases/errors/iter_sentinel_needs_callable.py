# case: The two-argument iter(callable, sentinel) needs a callable first argument; 3.12 words
#   the message differently ("iter(object, sentinel): object must be callable"), 3.13 reverts.
# tags: errors iterator versions
iter(5, 0)
iter([1, 2], 2)
list(iter([1, 2, 3].pop, 1))
