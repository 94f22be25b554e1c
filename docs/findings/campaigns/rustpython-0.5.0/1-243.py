# case: Found by yieldspec fuzz (seed 1, program 243). (reduced)
# tags: close exceptions generator yield_from
def g0(a):
    try:
        pass
    finally:
        return
