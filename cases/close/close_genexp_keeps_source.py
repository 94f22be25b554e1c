# case: Closing a generator expression finishes it but does not close the generator it reads
#   from: the source stays suspended and can still be used directly.
# tags: close genexp
def source():
    try:
        for i in range(5):
            yield i
    finally:
        print("source finally")

src = source()
doubled = (x * 2 for x in src)
next(doubled)
doubled.close()
next(doubled)
next(src)
src.close()
