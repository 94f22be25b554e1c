"""Develop the engine's asyncio module (asyncio.py next to this file) under CPython, before the
engine runs coroutines: run asyncio cases through the harness's tracer twice, once with real
asyncio and once with asyncio.py installed as `asyncio` (a fresh copy per case), and report the
cases whose traces differ (addresses aside).

    python3.X engine/src/builtins/asyncio_standin.py [-v] cases/asyncio/*.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# This directory holds the engine's modules written in Python (asyncio.py, functools.py, …):
# keep it off the import path, before anything imports the standard library's.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != HERE]
import json  # noqa: E402
import re  # noqa: E402
import types  # noqa: E402

import asyncio  # noqa: E402,F401  (the real one, swapped for the stand-in per case)

sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "harness", "src"))
import tracer  # noqa: E402

SOURCE = open(os.path.join(HERE, "asyncio.py")).read()
CODE = compile(SOURCE, os.path.join(HERE, "asyncio.py"), "exec")
ADDRESS = re.compile(r"0x[0-9a-f]+")


def run(path, standin):
    real = sys.modules["asyncio"]
    if standin:
        module = types.ModuleType("asyncio")
        exec(CODE, module.__dict__)
        sys.modules["asyncio"] = module
    try:
        result = json.loads(tracer.run_case(open(path).read(), os.path.basename(path)))
    finally:
        sys.modules["asyncio"] = real
    result.pop("backend", None)
    return ADDRESS.sub("0x@", json.dumps(result, indent=1, sort_keys=True))


def main(argv):
    verbose = "-v" in argv
    paths = [a for a in argv if a != "-v"]
    same = 0
    differ = []
    version = sys.version_info[:2]
    for path in list(paths):
        bounds = re.search(r"^# python: (.*)$", open(path).read(), re.M)
        for bound in (bounds.group(1).split(",") if bounds else ()):
            m = re.match(r"\s*(>=|<)\s*(\d+)\.(\d+)", bound)
            op, v = m.group(1), (int(m.group(2)), int(m.group(3)))
            if (op == ">=" and version < v) or (op == "<" and version >= v):
                paths.remove(path)
                break
    for path in paths:
        want = run(path, False)
        got = run(path, True)
        if want == got:
            same += 1
        else:
            differ.append(path)
            if verbose:
                import difflib

                print("".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "cpython", "standin", n=2)))
    for path in differ:
        print("differs:", path)
    print("%d of %d cases give the same trace" % (same, len(paths)))


if __name__ == "__main__":
    main(sys.argv[1:])
