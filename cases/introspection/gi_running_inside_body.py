# case: gi_running is True only while the generator's body executes: False fresh, suspended and
#   finished, True when the body reads it through a global name.
# tags: introspection
def watcher():
    print("inside:", g.gi_running)
    yield
    print("inside again:", g.gi_running)

g = watcher()
g.gi_running
next(g)
g.gi_running
list(g)
g.gi_running
