# case: RustPython: the compiler panics (stack underflow) on break in finally after except with a name
# tags: exceptions errors
def f():
    while True:
        try:
            pass
        except ValueError as e:
            continue
        except TypeError as e:
            pass
        finally:
            break
f()
