# case: The never-awaited warning is shown once per (text, category, line) of the module's
#   __warningregistry__, a global created by the first warning: deleting it shows the warning
#   again, and so does the teardown once it has deleted it (names go in reverse binding order).
# tags: coroutine finalization versions
async def g0(a):
    pass

def drop():
    g0(1)

drop()
drop()
s1 = g0(0)
s1 = g0(0)
'__warningregistry__' in globals()
drop()
del __warningregistry__
drop()
s2 = g0(2)
s0 = g0(0)
