# case: Found by yieldspec fuzz (seed 1, program 418). (reduced)
# tags: exceptions finalization generator yield_from
def g0(a):
    try:
        try:
            pass
        except BaseException as e:
            pass
        finally:
            return
    finally:
        return
