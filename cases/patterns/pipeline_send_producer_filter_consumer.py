# case: A push pipeline of coroutines: a producer sends words into a filter coroutine, which sends
#   the ones it keeps on to a consumer; close() flows down the pipeline.
# tags: patterns send close
def primed(func):
    def start(*args):
        coroutine = func(*args)
        next(coroutine)
        return coroutine
    return start

@primed
def consumer(results):
    try:
        while True:
            word = yield
            results.append(word)
            print("consumed", word)
    finally:
        print("consumer closed with", len(results), "words")

@primed
def keep_long(target, min_len):
    try:
        while True:
            word = yield
            if len(word) >= min_len:
                target.send(word.upper())
    finally:
        target.close()
        print("filter closed")

def produce(text, target):
    for word in text.split():
        target.send(word)
    target.close()

results = []
produce("a quick brown fox is not so lazy", keep_long(consumer(results), 4))
results
