# case: A running generator's frame links back (f_back) to the frame that resumed it, which can
#   differ at every resumption; a suspended generator's frame has no f_back.
# tags: introspection
def gen():
    while True:
        print("resumed from", me.gi_frame.f_back.f_code.co_name)
        yield

def driver():
    next(me)

def other_driver():
    me.send(None)

me = gen()
next(me)
driver()
other_driver()
me.gi_frame.f_back
