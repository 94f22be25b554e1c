# case: Found by yieldspec fuzz (seed 1, program 62). (reduced)
# tags: close exceptions finalization generator pep479 yield_from
def g0(a):
    try:
        yield
    except RuntimeError as e:
        pass
    except RuntimeError as e:
        pass
    else:
        pass
    finally:
        try:
            yield
        finally:
            print("finally")
s2 = g0(0)
next(s2, "default")
s2.close()
