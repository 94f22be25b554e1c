# case: break leaves the generator suspended where it was; a second loop over the same object
#   resumes after the last value taken; continue skips the rest of the body only.
# tags: iterator generator
def numbers():
    for i in range(1, 8):
        print("produce", i)
        yield i
    print("numbers done")

g = numbers()
for n in g:
    if n % 2 == 0:
        continue
    print("odd", n)
    if n == 3:
        break
print("after break")
for n in g:
    print("rest", n)
for n in g:
    print("never")
