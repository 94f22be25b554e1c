# case: The cleanup code run by close() sees the generator's local state as it was at the last
#   yield, so it can report or undo partial work.
# tags: close
def writer(log):
    written = []
    try:
        for item in ["a", "b", "c", "d"]:
            written.append(item)
            yield item
    finally:
        log.append("rolled back %r" % (written,))

log = []
w = writer(log)
next(w)
next(w)
w.close()
log
w2 = writer(log)
list(w2)
log
