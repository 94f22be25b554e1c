# case: A trampoline: generator "functions" yield the sub-calls they want made and get results
#   sent back, so deep recursion (even/odd of 3000) runs without deep Python stacks.
# tags: patterns send
def is_even(n):
    if n == 0:
        return True
    result = yield is_odd(n - 1)
    return result

def is_odd(n):
    if n == 0:
        return False
    result = yield is_even(n - 1)
    return result

def run(gen):
    stack = [gen]
    value = None
    while stack:
        try:
            call = stack[-1].send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
        else:
            stack.append(call)
            value = None
    return value

run(is_even(10))
run(is_odd(7))
run(is_even(3000))
