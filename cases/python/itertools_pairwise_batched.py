# case: itertools.pairwise (3.10+) and batched (3.12+, strict from 3.13) over generators
#   that end or fail part-way: when each drops its generator.
# tags: python close
# python: >=3.10
import itertools


def gen(n, fail_at=None):
    try:
        for i in range(n):
            if i == fail_at:
                raise ValueError(f"fails at {i}")
            print("  yields", i)
            yield i
    finally:
        print("  finally")


def show(label, it):
    out = []
    try:
        for x in it:
            out.append(x)
    except ValueError as e:
        print(label, out, "error:", e)
        return
    print(label, out)


show("pairwise", itertools.pairwise(gen(4)))
show("pairwise one", itertools.pairwise(gen(1)))
show("pairwise failing", itertools.pairwise(gen(4, fail_at=2)))
if hasattr(itertools, "batched"):
    show("batched", itertools.batched(gen(5), 2))
    b = itertools.batched(gen(5, fail_at=3), 2)
    show("batched failing", b)
    show("batched after", b)
    try:
        itertools.batched([], 0)
    except ValueError as e:
        print(e)
    try:
        show("batched strict", itertools.batched(gen(3), 2, strict=True))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
else:
    print("no batched")
