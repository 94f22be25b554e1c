# case: any() and all() stop pulling as soon as the answer is known, leaving the generator
#   suspended; sum, min, max, sorted and tuple consume everything.
# tags: iterator generator
def nums():
    for i in [3, 1, 4, 1, 5]:
        print("pull", i)
        yield i

g = nums()
any(x > 2 for x in g)
next(g)
all(x < 4 for x in nums())
sum(nums())
min(nums())
max(nums(), key=lambda v: -v)
sorted(nums(), reverse=True)
tuple(nums())
any([])
all([])
