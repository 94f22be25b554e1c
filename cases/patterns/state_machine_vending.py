# case: A vending machine written as a coroutine state machine: coins and selections are sent in,
#   each send returns the machine's reply; the state lives in the generator's locals.
# tags: patterns send
PRICES = {"tea": 60, "coffee": 80}

def vending_machine():
    credit = 0
    reply = "ready"
    while True:
        event = yield reply
        kind, arg = event
        if kind == "coin":
            if arg in (10, 20, 50):
                credit += arg
                reply = "credit %d" % credit
            else:
                reply = "rejected coin %d" % arg
        elif kind == "select":
            price = PRICES.get(arg)
            if price is None:
                reply = "unknown item %s" % arg
            elif credit < price:
                reply = "need %d more" % (price - credit)
            else:
                credit -= price
                reply = "vend %s, change %d" % (arg, credit)
                credit = 0
        elif kind == "refund":
            reply = "refund %d" % credit
            credit = 0

m = vending_machine()
next(m)
m.send(("coin", 50))
m.send(("select", "coffee"))
m.send(("coin", 5))
m.send(("coin", 20))
m.send(("coin", 20))
m.send(("select", "coffee"))
m.send(("select", "cake"))
m.send(("coin", 20))
m.send(("refund", None))
