# case: RustPython: panic (stack empty) when continue in finally overrides break in except
# tags: exceptions errors
def f():
    for i in range(2):
        try:
            raise ValueError
        except Exception:
            break
        finally:
            continue
    return "done"
f()
