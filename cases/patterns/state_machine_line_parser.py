# case: A push parser coroutine for "key=value" records separated by blank lines: each line is
#   sent in, finished records are handed to a callback, and close() flushes the last record.
# tags: patterns send close
def record_parser(emit):
    record = {}
    try:
        while True:
            line = yield
            line = line.strip()
            if not line:
                if record:
                    emit(record)
                    record = {}
            elif "=" in line:
                key, _, value = line.partition("=")
                record[key.strip()] = value.strip()
            else:
                print("bad line:", repr(line))
    except GeneratorExit:
        if record:
            emit(record)
        print("parser closed")

records = []
p = record_parser(records.append)
next(p)
for line in ["name = ada", "year=1815", "", "", "name=grace", "oops", "year = 1906"]:
    p.send(line)
records
p.close()
records
