# case: RustPython: no SyntaxWarning for return in finally (PEP 765, 3.14)
# tags: versions
# python: >=3.14
def f():
    try:
        pass
    finally:
        return 1
f()
