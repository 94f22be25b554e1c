# case: A generator cannot close itself while running: calling its own close() (or next())
#   from its body raises ValueError, which the body may catch.
# tags: finalization reentrancy close
def selfish():
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    try:
        next(me)
    except ValueError as e:
        print("next:", e)
    try:
        yield "after attempts"
    finally:
        print("selfish finally")

me = selfish()
next(me)
del me
