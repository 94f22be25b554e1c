"""A differential fuzzer for the engine's asyncio module while it runs only under CPython:
generates programs of tasks and futures (create/await/gather/cancel/shield/wait_for chains,
sleeps, exceptions, TaskGroup on 3.11+), terminating by construction (a task only awaits tasks
it created itself, every sleep is bounded, main gathers every task before it returns), and runs
each through the tracer with real asyncio and with asyncio.py (asyncio_standin.py), reporting
programs whose traces differ.

    python3.X engine/src/builtins/asyncio_fuzz.py [--seed N] [--count K] [--out DIR]
    python3.X engine/src/builtins/asyncio_fuzz.py --write DIR [--no-taskgroups] [--seed N] [--count K]

--write only writes the programs as case files, for `yieldspec diff` between the engine and a
CPython (the programs are the same for a given seed; TaskGroup ones only from 3.11 on).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# This directory holds the engine's asyncio.py and random.py: keep it off the import path.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != HERE]
import random  # noqa: E402


def _load_standin():
    import types

    module = types.ModuleType("asyncio_standin")
    module.__file__ = os.path.join(HERE, "asyncio_standin.py")
    with open(module.__file__) as f:
        exec(compile(f.read(), module.__file__, "exec"), module.__dict__)
    return module


asyncio_standin = _load_standin()


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.funcs = []
        self.label = 0
        self.taskgroups = sys.version_info >= (3, 11)

    def next_label(self, name):
        self.label += 1
        return "%s.%d" % (name, self.label)

    def func(self, depth):
        """Define a coroutine function; returns its name."""
        name = "c%d" % len(self.funcs)
        self.funcs.append(None)
        rng = self.rng
        body = []
        children = []
        for _ in range(rng.randint(1, 5)):
            kind = rng.choice(["print", "sleep0", "sleep", "child", "child", "raise", "cancel", "gather", "shield", "wait_for", "tg"])
            if kind == "print":
                body.append('print("%s")' % self.next_label(name))
            elif kind == "sleep0":
                body.append("await asyncio.sleep(0)")
            elif kind == "sleep":
                body.append("await asyncio.sleep(%r)" % (rng.randint(1, 4) / 100))
            elif kind == "raise" and rng.random() < 0.3:
                body.append('raise ValueError("%s")' % self.next_label(name))
                break
            elif kind in ("child", "cancel", "gather", "shield", "wait_for", "tg") and depth < 3:
                callee = self.func(depth + 1)
                var = "t%d" % len(children)
                children.append(var)
                if kind == "tg" and self.taskgroups:
                    body.append("try:")
                    body.append("    async with asyncio.TaskGroup() as tg:")
                    body.append("        %s = tg.create_task(%s())" % (var, callee))
                    body.append("except* ValueError as eg:")
                    body.append('    print("%s group", [str(e) for e in eg.exceptions])' % self.next_label(name))
                    continue
                body.append("%s = asyncio.ensure_future(%s())" % (var, callee))
                label = self.next_label(name)
                if kind == "cancel":
                    if rng.random() < 0.5:
                        body.append("await asyncio.sleep(0)")
                    body.append('print("%s cancel", %s.cancel())' % (label, var))
                    awaited = var
                elif kind == "gather":
                    other = self.func(depth + 1)
                    awaited = "asyncio.gather(%s, %s(), return_exceptions=%r)" % (var, other, rng.random() < 0.5)
                elif kind == "shield":
                    awaited = "asyncio.shield(%s)" % var
                elif kind == "wait_for":
                    awaited = "asyncio.wait_for(%s, %r)" % (var, rng.randint(1, 5) / 100)
                else:
                    awaited = var
                body.append("try:")
                body.append('    print("%s got", repr(await %s))' % (label, awaited))
                body.append("except (ValueError, asyncio.CancelledError, asyncio.TimeoutError) as e:")
                body.append('    print("%s raised", type(e).__name__, e.args)' % label)
        body.append('return "%s"' % name)
        lines = ["async def %s():" % name]
        lines += ["    " + line for line in body]
        self.funcs[int(name[1:])] = "\n".join(lines)
        return name

    def program(self):
        top = self.func(0)
        parts = ["import asyncio", ""]
        parts += [f + "\n" for f in self.funcs]
        parts.append("async def main():")
        parts.append("    try:")
        parts.append('        print("main got", await %s())' % top)
        parts.append("    except (ValueError, asyncio.CancelledError, asyncio.TimeoutError) as e:")
        parts.append('        print("main raised", type(e).__name__)')
        parts.append("    while len(asyncio.all_tasks()) > 1:")
        parts.append("        await asyncio.sleep(0.01)")
        parts.append("")
        parts.append("asyncio.run(main())")
        return "\n".join(parts) + "\n"


def _without_retrieval_reports(trace_json):
    """The trace's output lines without the loop's "... exception was never retrieved" reports.
    Under CPython the module's Python frames, kept by tracebacks, can delay the release of a
    failed task (CPython's own Task is C code): such a report then comes later, which the engine
    (no frame links) does not share. Counted apart, not as a divergence."""
    import json

    lines = []
    result = json.loads(trace_json)
    for group in result.get("statements", []) + result.get("teardown", []):
        for event in group["events"]:
            text = event.get("text") or event.get("repr") or ""
            skipping = False
            for line in text.split("\n"):
                if line.startswith("asyncio: ") and "was never retrieved" in line:
                    skipping = True
                    continue
                if skipping and line.startswith("  "):
                    continue
                skipping = False
                if line:
                    lines.append(line)
    return lines


def main(argv):
    seed, count, out, write, taskgroups = 1, 200, None, None, True
    i = 0
    while i < len(argv):
        if argv[i] == "--no-taskgroups":
            taskgroups = False
            i += 1
            continue
        if argv[i] == "--seed":
            seed = int(argv[i + 1])
        elif argv[i] == "--count":
            count = int(argv[i + 1])
        elif argv[i] == "--out":
            out = argv[i + 1]
        elif argv[i] == "--write":
            write = argv[i + 1]
        i += 2
    if write is not None:
        # Only write the programs, as cases (to run on other backends: `yieldspec diff DIR`).
        os.makedirs(write, exist_ok=True)
        for n in range(count):
            gen = Gen(random.Random("%d-%d" % (seed, n)))
            gen.taskgroups = gen.taskgroups and taskgroups
            header = "# case: generated by asyncio_fuzz.py (seed %d, program %d)\n# tags: asyncio\n"
            with open(os.path.join(write, "asyncio_fuzz_%d_%d.py" % (seed, n)), "w") as f:
                f.write(header % (seed, n) + gen.program())
        print("wrote %d programs to %s" % (count, write))
        return
    tmp = os.path.join(out or os.getcwd(), "asyncio_fuzz_tmp.py")
    differ = 0
    timing = 0
    for n in range(count):
        source = Gen(random.Random("%d-%d" % (seed, n))).program()
        with open(tmp, "w") as f:
            f.write(source)
        want = asyncio_standin.run(tmp, False)
        got = asyncio_standin.run(tmp, True)
        if want != got and _without_retrieval_reports(want) == _without_retrieval_reports(got):
            timing += 1
        elif want != got:
            differ += 1
            name = os.path.join(out or ".", "asyncio-divergent-%d-%d.py" % (seed, n))
            with open(name, "w") as f:
                f.write(source)
            print("divergent:", name)
    os.remove(tmp)
    print(
        "%d programs, %d divergent, %d differ only in when a never-retrieved exception is reported"
        " (seed %d, Python %d.%d)" % ((count, differ, timing, seed) + sys.version_info[:2])
    )


if __name__ == "__main__":
    main(sys.argv[1:])
