#!/usr/bin/env python3
"""Measure how much of CPython's own generator machinery a workload reaches.

Builds CPython with gcov instrumentation into a cache folder (once), runs workloads on it, and
writes per-file, per-function line coverage of `Objects/genobject.c` and of the eval loop's
generator instructions (found by instruction name: `TARGET(NAME)` blocks of `Python/ceval.c`
on 3.11, of `Python/generated_cases.c.h` on 3.12+), grouped as generator / coroutine /
async generator, plus every line never reached.

Workloads (each starts from zeroed counters):
  floor    an empty case through the tracer (what every run reaches anyway)
  corpus   `yieldspec run` over the cases (default: cases/)
  fuzz     `yieldspec fuzz` for N seconds, the instrumented interpreter on the left
  both     corpus, then fuzz, counters added up
  cpython  CPython's own tests: test_generators, test_yield_from, test_generator_stop,
           test_genexps, test_coroutines, test_asyncgen

Usage (from the repository root; see docs/coverage/README.md):
  python3 docs/coverage/measure.py --version 3.11 [--fuzz 300] [--workloads floor,corpus,...]
  python3 docs/coverage/measure.py --source ~/src/Python-3.11.2 ...

Nothing here is needed by the default tests: this is an opt-in measurement.
"""

import argparse
import datetime
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "yieldspec-coverage")

CPYTHON_TESTS = [
    "test_generators",
    "test_yield_from",
    "test_generator_stop",
    "test_genexps",
    "test_coroutines",
    "test_asyncgen",
]

# The eval loop's instructions that belong to the generator machinery (every version's names;
# an instruction a version does not have is simply absent from its report).
GENERATOR_INSTRUCTIONS = {
    "generator": [
        "RETURN_GENERATOR",
        "YIELD_VALUE",
        "INSTRUMENTED_YIELD_VALUE",
        "SEND",
        "SEND_GEN",
        "INSTRUMENTED_SEND",
        "GET_YIELD_FROM_ITER",
        "CLEANUP_THROW",
        "FOR_ITER_GEN",
        "GEN_START",
        "JUMP_BACKWARD_NO_INTERRUPT",
    ],
    "coroutine": ["GET_AWAITABLE", "BEFORE_ASYNC_WITH"],
    "async generator": ["GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "ASYNC_GEN_WRAP"],
}

FAMILIES = ["generator", "coroutine", "async generator"]

# Lines no Python program can reach, by the reason they cannot. Each rule names the functions
# (or instructions) it applies to (a regular expression), an anchor (a regular expression on
# one line of their source) and the reason. When the anchor line opens a block (`{` at its
# end), the block's body is excluded; otherwise the anchor line and the rest of its enclosing
# block are. Every excluded line is listed in the report with its reason, and the *reachable*
# figures leave it out; everything else counts against the suite.
UNREACHABLE = [
    (r".*", r"PyErr_NoMemory\(\)", "out of memory: an allocation failed"),
    (
        r"make_gen|_Py_MakeCoro|async_gen_asend_new|async_gen_athrow_new"
        r"|_PyAsyncGenValueWrapperNew|compute_cr_origin|async_gen_init_hooks",
        r"^\s*return NULL;\s*$",
        "out of memory: the allocation (or the call building a value) just above failed",
    ),
    (r"compute_cr_origin", r"if \(!frameinfo\) \{", "out of memory: Py_BuildValue failed"),
    (r"_Py_MakeCoro", r"if \(!cr_origin\) \{", "out of memory: compute_cr_origin failed"),
    (r"RETURN_GENERATOR", r"if \(gen == NULL\) \{", "out of memory: _Py_MakeCoro failed"),
    (
        r"_PyGen_SetStopIterationValue",
        r"if \(e == NULL\) \{",
        "out of memory: StopIteration(value) cannot fail otherwise",
    ),
    (
        r"gen_traverse|async_gen_traverse|async_gen_asend_traverse|async_gen_athrow_traverse",
        r"if \(err\) \{",
        "the cyclic collector's visitor failed (only on out of memory)",
    ),
    (
        r"_PyGen_FetchStopIterationValue",
        r"PyErr_NormalizeException\(&et, &ev, &tb\);",
        "an unnormalised StopIteration whose value is a tuple, or of a subclass with a bare "
        "value: only C code sets one (Python's raise and return always normalise these)",
    ),
    (
        r"_gen_getframe|cr_getframe|ag_getframe|_PyGen_getframe",
        r"PySys_Audit\(",
        "an audit hook that raises: sys.addaudithook cannot be undone, so a case installing "
        "one would change every later case of its interpreter",
    ),
]

# Functions only C code can call (the C API, and helpers only it uses).
C_API_ONLY = {
    "PyGen_New": "C API: extensions create generators from frames; Python code never calls it",
    "PyGen_NewWithQualName": "C API, as PyGen_New",
    "PyCoro_New": "C API, as PyGen_New",
    "PyAsyncGen_New": "C API, as PyGen_New",
    "gen_new_with_qualname": "called only by the C API constructors PyGen_New, "
    "PyGen_NewWithQualName, PyCoro_New, PyAsyncGen_New (the eval loop uses make_gen)",
}


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, **kw)


# --- the instrumented interpreter -------------------------------------------------------------


def fetch_source(version, cache):
    """Download the Debian source of CPython X.Y into the cache; return its source folder."""
    existing = sorted(glob.glob(os.path.join(cache, "Python-%s.*" % version)))
    existing = [d for d in existing if os.path.isdir(d)]
    if existing:
        return existing[-1]
    os.makedirs(cache, exist_ok=True)
    proc = run(
        ["apt-get", "source", "--download-only", "python%s" % version],
        cwd=cache,
    )
    tarballs = sorted(glob.glob(os.path.join(cache, "python%s_*.orig.tar.*" % version)))
    if proc.returncode != 0 or not tarballs:
        sys.exit(
            "coverage: could not download CPython %s's source with apt-get. Add a deb-src entry\n"
            "for a Debian suite that has python%s (bookworm: 3.11; sid: 3.13), using the URI of\n"
            "this machine's apt sources, run `apt-get update`, and try again — or pass --source\n"
            "with an unpacked CPython source tree." % (version, version)
        )
    with tarfile.open(tarballs[-1]) as tar:
        tar.extractall(cache)
    existing = sorted(glob.glob(os.path.join(cache, "Python-%s.*" % version)))
    return [d for d in existing if os.path.isdir(d)][-1]


def build(source, jobs):
    """Configure with gcov instrumentation and build in place (skipped when already built)."""
    python = os.path.join(source, "python")
    if os.path.exists(python):
        return python
    flags = "-O0 --coverage"
    configure = ["./configure", "-q", "CFLAGS=%s" % flags, "LDFLAGS=--coverage"]
    if run(configure, cwd=source).returncode != 0:
        sys.exit("coverage: ./configure failed in %s" % source)
    if run(["make", "-j%d" % jobs, "-s"], cwd=source).returncode != 0:
        sys.exit("coverage: make failed in %s" % source)
    return python


def zero_counters(source):
    for path in glob.glob(os.path.join(source, "**", "*.gcda"), recursive=True):
        os.remove(path)


# --- workloads ----------------------------------------------------------------------------------


def yieldspec_binary(args):
    if args.yieldspec:
        return args.yieldspec
    for profile in ("release", "quick"):
        path = os.path.join(REPO, "target", profile, "yieldspec")
        if os.path.exists(path):
            return path
    sys.exit("coverage: build yieldspec first (cargo build --release -p yieldspec) or pass --yieldspec")


def workload_floor(args, python):
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.py")
        with open(empty, "w") as f:
            f.write("pass\n")
        run([yieldspec_binary(args), "run", "--backend", "process:" + python, empty],
            stdout=subprocess.DEVNULL)


def workload_corpus(args, python):
    proc = run(
        [yieldspec_binary(args), "--timeout", "60", "run", "--backend", "process:" + python]
        + args.cases,
        stdout=subprocess.DEVNULL,
    )
    if proc.returncode not in (0, 1):
        sys.exit("coverage: yieldspec run failed (exit %d)" % proc.returncode)


def workload_fuzz(args, python):
    cmd = [
        yieldspec_binary(args),
        "--timeout",
        "60",
        "fuzz",
        "--seed",
        str(args.seed),
        "--time",
        str(args.fuzz),
        "--left",
        "process:" + python,
        "--right",
        "engine",
    ]
    run(cmd, stdout=subprocess.DEVNULL)


def workload_cpython(args, python):
    # The tests' own outcome does not matter here (an -O0 build may be slow for a timing test);
    # only which lines they reached.
    run([python, "-m", "test", "-q"] + CPYTHON_TESTS, cwd=os.path.dirname(python),
        stdout=subprocess.DEVNULL)


WORKLOADS = {
    "floor": ("an empty case through the tracer (the floor)", [workload_floor]),
    "corpus": ("`yieldspec run` over the corpus", [workload_corpus]),
    "fuzz": ("`yieldspec fuzz` for {fuzz} s", [workload_fuzz]),
    "both": ("corpus + {fuzz} s of fuzzing", [workload_corpus, workload_fuzz]),
    "cpython": ("CPython's own tests (" + ", ".join(CPYTHON_TESTS) + ")", [workload_cpython]),
}


# --- reading the counters -----------------------------------------------------------------------


def gcov(source, rel_source):
    """gcov's JSON for one source file of the build (counters as left by the last workload)."""
    objdir = os.path.dirname(rel_source)
    proc = subprocess.run(
        ["gcov", "--json-format", "--stdout", "-o", objdir, rel_source],
        cwd=source,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.exit("coverage: gcov failed for %s: %s" % (rel_source, proc.stderr[-2000:]))
    docs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    return docs


def line_counts(docs, filename):
    """{line: count} for the executable lines of `filename` (a path ending)."""
    counts = {}
    for doc in docs:
        for f in doc.get("files", []):
            if not f["file"].endswith(filename):
                continue
            for line in f.get("lines", []):
                n = line["line_number"]
                counts[n] = counts.get(n, 0) + line["count"]
    return counts


def functions_of(docs, filename):
    """[(name, start, end)] of the functions gcov knows in `filename`."""
    out = []
    for doc in docs:
        for f in doc.get("files", []):
            if f["file"].endswith(filename):
                for fn in f.get("functions", []):
                    out.append((fn["name"], fn["start_line"], fn["end_line"]))
    return sorted(set(out), key=lambda x: x[1])


def family_of_function(name):
    lowered = name.lower()
    if "async_gen" in lowered or "asyncgen" in lowered or lowered.startswith("ag_"):
        return "async generator"
    if "coro" in lowered or "cr_" in lowered or "aiter_wrapper" in lowered:
        return "coroutine"
    return "generator"


def instruction_blocks(path):
    """{instruction name: (first line, last line)} of the `TARGET(NAME) {` blocks in a C file."""
    with open(path, errors="replace") as f:
        lines = f.read().split("\n")
    blocks = {}
    target = re.compile(r"^\s*TARGET\((\w+)\)\s*\{")
    i = 0
    while i < len(lines):
        m = target.match(lines[i])
        if not m:
            i += 1
            continue
        depth = 0
        start = i
        for j in range(i, len(lines)):
            depth += lines[j].count("{") - lines[j].count("}")
            if depth <= 0:
                break
        blocks[m.group(1)] = (start + 1, j + 1)
        i = j + 1
    return blocks


class Unit:
    """A named group of executable lines (a function or an instruction) with their counts."""

    def __init__(self, file, name, family, lines, counts, text):
        self.file = file
        self.name = name
        self.family = family
        self.lines = [n for n in lines if n in counts]
        excluded = unreachable_lines(name, self.lines, text)
        self.excluded = {n: r for n, r in excluded.items() if n in counts}
        self.hit = [n for n in self.lines if counts[n] > 0]
        self.missed = [n for n in self.lines if counts[n] == 0]

    def reachable(self):
        return [n for n in self.lines if n not in self.excluded]

    def reachable_hit(self):
        return [n for n in self.hit if n not in self.excluded]


def unreachable_lines(name, lines, text):
    """{line: reason} of the unit's lines that no Python program can reach."""
    if not lines:
        return {}
    if name in C_API_ONLY:
        return {n: C_API_ONLY[name] for n in lines}
    first, last = min(lines), max(lines)
    out = {}
    for functions, anchor, reason in UNREACHABLE:
        if not re.fullmatch(functions, name):
            continue
        for n in range(first, last + 1):
            if re.search(anchor, text.get(n, "")):
                for m in excluded_span(n, last, text):
                    out.setdefault(m, reason)
    return out


def excluded_span(anchor, last, text):
    """The lines an anchor excludes: the body of the block it opens, or else the anchor and
    the rest of its enclosing block."""
    opens = text[anchor].rstrip().endswith("{")
    depth = 0
    span = [] if opens else [anchor]
    for n in range(anchor + (0 if opens else 1), last + 1):
        line = text.get(n, "")
        if opens and n == anchor:
            depth = 1
            continue
        depth += line.count("{") - line.count("}")
        if depth < 0 or (opens and depth == 0):
            break
        span.append(n)
    return span


def source_lines(path):
    with open(path, errors="replace") as f:
        return {i + 1: line for i, line in enumerate(f.read().split("\n"))}


def measure_units(source):
    """The units of this build, with the counters the last workload left."""
    units = []
    gen_c = os.path.join(source, "Objects", "genobject.c")
    docs = gcov(source, "Objects/genobject.c")
    counts = line_counts(docs, "Objects/genobject.c")
    text = source_lines(gen_c)
    for name, start, end in functions_of(docs, "Objects/genobject.c"):
        units.append(
            Unit("Objects/genobject.c", name, family_of_function(name), range(start, end + 1),
                 counts, text)
        )
    eval_file = os.path.join("Python", "generated_cases.c.h")
    if not os.path.exists(os.path.join(source, eval_file)):
        eval_file = os.path.join("Python", "ceval.c")
    docs = gcov(source, "Python/ceval.c")
    counts = line_counts(docs, eval_file)
    text = source_lines(os.path.join(source, eval_file))
    blocks = instruction_blocks(os.path.join(source, eval_file))
    for family, names in GENERATOR_INSTRUCTIONS.items():
        for name in names:
            if name in blocks:
                start, end = blocks[name]
                units.append(Unit(eval_file, name, family, range(start, end + 1), counts, text))
    return units


# --- the report ---------------------------------------------------------------------------------


def pct(hit, total):
    return 100.0 * hit / total if total else 0.0


def summarize(units):
    """Figures per (file, family) and overall, all lines and reachable lines."""
    rows = {}
    for u in units:
        for key in [(u.file, u.family), (u.file, "all"), ("eval+genobject", u.family)]:
            r = rows.setdefault(key, [0, 0, 0, 0])
            r[0] += len(u.hit)
            r[1] += len(u.lines)
            r[2] += len(u.reachable_hit())
            r[3] += len(u.reachable())
    return rows


def report(version_line, results, out_dir, label):
    os.makedirs(out_dir, exist_ok=True)
    names = list(results)
    md = []
    md.append("# Coverage of CPython's generator machinery — %s" % label)
    md.append("")
    md.append("Interpreter: %s, built with `-O0 --coverage`. Generated %s by" % (
        version_line, datetime.date.today().isoformat()))
    md.append("`python3 docs/coverage/measure.py %s`." % " ".join(sys.argv[1:]))
    md.append("")
    md.append("Lines are gcov's executable lines; *reachable* leaves out the lines listed at the end")
    md.append("with the reason no Python program reaches them.")
    md.append("")
    header = "| what ran | genobject.c | generator | coroutine | async generator | eval-loop instructions |"
    md.append(header)
    md.append("|---|---:|---:|---:|---:|---:|")
    genobject = "Objects/genobject.c"
    for key in names:
        desc, units = results[key]
        rows = summarize(units)
        eval_file = next((u.file for u in units if u.file != genobject), None)

        def cell(k, reachable=False):
            r = rows.get(k)
            if not r:
                return "–"
            if reachable:
                return "%.1f %%" % pct(r[2], r[3])
            return "%.1f %% (%d/%d)" % (pct(r[0], r[1]), r[0], r[1])

        md.append("| %s | %s | %s | %s | %s | %s |" % (
            desc, cell((genobject, "all")), cell((genobject, "generator")),
            cell((genobject, "coroutine")), cell((genobject, "async generator")),
            cell((eval_file, "all")) if eval_file else "–"))
    md.append("")
    md.append("Reachable lines only:")
    md.append("")
    md.append(header)
    md.append("|---|---:|---:|---:|---:|---:|")
    for key in names:
        desc, units = results[key]
        rows = summarize(units)
        eval_file = next((u.file for u in units if u.file != genobject), None)
        cells = []
        for k in [(genobject, "all"), (genobject, "generator"), (genobject, "coroutine"),
                  (genobject, "async generator"), (eval_file, "all")]:
            r = rows.get(k)
            cells.append("%.1f %%" % pct(r[2], r[3]) if r else "–")
        md.append("| %s | %s |" % (desc, " | ".join(cells)))
    md.append("")
    # Per function / instruction, every workload side by side.
    md.append("## Per function and instruction")
    md.append("")
    md.append("| file | unit | family | lines | " + " | ".join(names) + " |")
    md.append("|---|---|---|---:|" + "---:|" * len(names))
    first_units = results[names[0]][1]
    for i, u in enumerate(first_units):
        cells = []
        for key in names:
            v = results[key][1][i]
            cells.append("%d" % len(v.hit))
        md.append("| %s | `%s` | %s | %d | %s |" % (
            os.path.basename(u.file), u.name, u.family, len(u.lines), " | ".join(cells)))
    md.append("")
    # Lines no workload of this report reached, with the source text.
    md.append("## Lines never reached")
    md.append("")
    for key in names:
        desc, units = results[key]
        md.append("### %s" % desc)
        md.append("")
        md.append("```text")
        for u in units:
            missed = [n for n in u.missed if n not in u.excluded]
            if missed:
                md.append("%s %s: %s" % (os.path.basename(u.file), u.name, compress(missed)))
        md.append("```")
        md.append("")
    md.append("## Excluded lines (not reachable from Python)")
    md.append("")
    seen = set()
    for u in first_units:
        for n, reason in sorted(u.excluded.items()):
            if (u.file, n) in seen:
                continue
            seen.add((u.file, n))
            md.append("- %s:%d (`%s`): %s" % (os.path.basename(u.file), n, u.name, reason))
    md.append("")
    path = os.path.join(out_dir, "cpython-%s.md" % label)
    with open(path, "w") as f:
        f.write("\n".join(md))
    data = {
        key: {
            "description": desc,
            "units": [
                {"file": u.file, "name": u.name, "family": u.family, "lines": u.lines,
                 "hit": u.hit, "excluded": sorted(u.excluded)}
                for u in units
            ],
        }
        for key, (desc, units) in results.items()
    }
    with open(os.path.join(out_dir, "cpython-%s.json" % label), "w") as f:
        json.dump({"interpreter": version_line, "workloads": data}, f, indent=1)
    print("coverage: wrote %s" % path, file=sys.stderr)


def compress(lines):
    """`3-5, 9` from [3, 4, 5, 9]."""
    out = []
    start = prev = None
    for n in lines:
        if prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            out.append(str(start) if start == prev else "%d-%d" % (start, prev))
        start = prev = n
    if start is not None:
        out.append(str(start) if start == prev else "%d-%d" % (start, prev))
    return ", ".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--version", default="3.11", help="CPython X.Y to fetch and build")
    ap.add_argument("--source", help="an unpacked CPython source tree (built in place)")
    ap.add_argument("--cache", default=DEFAULT_CACHE, help="where sources and builds live")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--workloads", default="floor,corpus,fuzz,both,cpython")
    ap.add_argument("--fuzz", type=int, default=300, help="seconds of fuzzing")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cases", nargs="*", default=[os.path.join(REPO, "cases")])
    ap.add_argument("--yieldspec", help="the yieldspec binary (default: target/release)")
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()

    source = os.path.abspath(args.source) if args.source else fetch_source(args.version, args.cache)
    python = build(source, args.jobs)
    version_line = subprocess.run([python, "-c", "import sys; print(sys.version)"],
                                  capture_output=True, text=True).stdout.strip()
    label = ".".join(version_line.split()[0].split(".")[:2])
    results = {}
    for key in args.workloads.split(","):
        if key not in WORKLOADS:
            sys.exit("coverage: unknown workload %r (known: %s)" % (key, ", ".join(WORKLOADS)))
        desc, steps = WORKLOADS[key]
        zero_counters(source)
        for step in steps:
            step(args, python)
        results[key] = (desc.format(fuzz=args.fuzz), measure_units(source))
    report(version_line, results, args.out, label)


if __name__ == "__main__":
    main()
