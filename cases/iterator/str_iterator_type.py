# case: Iterating a str: characters one by one; the iterator's type name is str_ascii_iterator
#   for an ASCII string from 3.11 on (str_iterator before), and str_iterator otherwise.
# tags: iterator versions
s = iter("hey")
type(s).__name__
next(s)
list(s)
u = iter("h\u00e9")
type(u).__name__
list(u)
type(iter("")).__name__
list("")
[c.upper() for c in "abc"]
