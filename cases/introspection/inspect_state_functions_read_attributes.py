# case: inspect.getgeneratorstate, getcoroutinestate and getasyncgenstate on objects that only
#   look like generators: which attributes each version's inspect reads, in which order, and
#   what it returns (3.15 returns gi_state/cr_state/ag_state as they are).
# tags: introspection coroutine async_generator versions
import inspect

class Frame:
    f_lasti = 3

class Looks:
    def __init__(self, prefix, answers):
        self.prefix = prefix
        self.answers = answers
    def __getattr__(self, name):
        print("  read", name)
        key = name[len(self.prefix):]
        if key in self.answers:
            return self.answers[key]
        raise AttributeError(name)

fns = [("gi_", inspect.getgeneratorstate), ("cr_", inspect.getcoroutinestate)]
if hasattr(inspect, "getasyncgenstate"):
    fns.append(("ag_", inspect.getasyncgenstate))
shapes = [
    {"running": True, "suspended": False, "frame": None, "state": "STATE"},
    {"running": 0, "suspended": 1, "frame": Frame(), "state": "STATE"},
    {"running": False, "suspended": False, "frame": None, "state": "STATE"},
    {"running": False, "suspended": False, "frame": Frame(), "state": 42},
    {"running": False},
]
for prefix, fn in fns:
    for answers in shapes:
        print(fn.__name__, sorted(answers))
        try:
            print("  ->", fn(Looks(prefix, answers)))
        except AttributeError as e:
            print("  AttributeError", e)
