# case: BaseException.add_note (3.11+): __notes__ made a list on first use, kept in the instance dict, a note that is not a str and __notes__ that is not a list are TypeErrors (the first one's message changed in 3.14).
# tags: exception_groups versions errors
# python: >=3.11
e = ValueError(5)
hasattr(e, "__notes__")
e.add_note("first")
e.add_note("second")
e.__notes__
e.__dict__
e.add_note(3)
e.add_note()
e.__notes__ = "not a list"
e.add_note("third")
e.__notes__ = ["kept"]
e.add_note("fourth")
e.__notes__
def gen():
    try:
        yield 1
    except ValueError as err:
        err.add_note("seen in gen")
        raise
g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as err:
    print(err.__notes__)
