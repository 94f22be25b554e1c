# case: globals() is the module's namespace dict itself: writes, update(), del, setdefault(),
#   pop() through it change the globals that code reads; iterating it while a global is added
#   fails; generators read and write globals through it between their yields.
# tags: python generator
g = globals()
g['x'] = 1
x
globals().update(y=2, z=3)
y + z
del globals()['x']
try:
    x
except NameError as e:
    print("NameError:", e)
'y' in globals(), 'x' in globals()
type(globals()) is dict, globals() is globals(), locals() is globals(), vars() is globals()
def shadow():
    return len
len = 5
shadow()
del len
shadow()
def via_dict():
    globals()['len'] = 7
    return len
via_dict()
del globals()['len']
(lambda: len)()([1, 2])
def counter():
    n = 0
    while True:
        globals()['last'] = n
        yield n
        n += globals().get('step', 1)
c = counter()
next(c), next(c)
last
step = 10
next(c), last
globals().setdefault('q', 10)
q
globals().pop('q')
'q' in globals()
def names():
    for k in list(globals()):
        if k.startswith('st'):
            yield k
list(names())
try:
    for k in globals():
        globals()['added_while_iterating'] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
[k for k in globals() if k.startswith('added')]
