# case: One `t.send(v)` call site driven with receivers of different kinds in turn: two
#   generators, an object whose class defines send(), a list (no send) and a generator again;
#   each call reaches the receiver's own method or raises AttributeError naming its type.
# tags: send patterns errors
def echo(name):
    while True:
        x = yield
        print(name, 'got', x)

class Sink:
    def send(self, v):
        print('Sink.send', v)
        return 'sink result'

def drive(pairs):
    for t, v in pairs:
        try:
            print('->', t.send(v))
        except AttributeError as e:
            print('AttributeError:', e)
        except StopIteration as e:
            print('StopIteration', e.value)

a = echo('a')
b = echo('b')
next(a)
next(b)
drive([(a, 1), (b, 2), (Sink(), 3), ([1, 2], 4), (a, 5), ('text', 6), (b, 7)])

def counts():
    for seq in ([1, 1, 2], (1, 2, 1, 1), 'a1b1', [1], (2,)):
        print(type(seq).__name__, seq.count(1) if not isinstance(seq, str) else seq.count('1'))
    gens = [echo('c'), echo('d')]
    for g in gens:
        print(g.close())

counts()
