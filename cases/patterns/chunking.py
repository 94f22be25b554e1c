# case: Splitting any iterable into fixed-size chunks (the last one short), and regrouping a stream
#   of lines into paragraphs, both lazily.
# tags: patterns
def chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def paragraphs(lines):
    para = []
    for line in lines:
        if line:
            para.append(line)
        elif para:
            yield " ".join(para)
            para = []
    if para:
        yield " ".join(para)

list(chunks(range(10), 3))
list(chunks("abcdef", 2))
list(chunks([], 4))
c = chunks((x * x for x in range(100)), 5)
next(c)
next(c)
list(paragraphs(["one", "two", "", "three", "", "", "four", "five"]))
