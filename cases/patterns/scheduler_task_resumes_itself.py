# case: A scheduler whose task tries to resume itself through the scheduler: the re-entrant
#   next() raises ValueError inside the task, which reports it and carries on.
# tags: patterns reentrancy
class Scheduler:
    def __init__(self):
        self.tasks = {}

    def spawn(self, name, gen):
        self.tasks[name] = gen

    def step(self, name):
        return next(self.tasks[name])

def greedy(sched):
    yield "first slice"
    try:
        sched.step("greedy")
    except ValueError as e:
        print("greedy could not run itself:", e)
    yield "second slice"

def polite(sched):
    yield "polite runs"
    yield sched.step("greedy")

s = Scheduler()
s.spawn("greedy", greedy(s))
s.spawn("polite", polite(s))
s.step("greedy")
s.step("polite")
s.step("polite")
s.step("greedy")
