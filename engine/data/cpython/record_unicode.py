"""Record the Unicode data the engine's str methods need, from the newest CPython.

Run: for each older CPython 3.X, python3.X record_unicode.py --signature sig-3.X.pickle;
then python3.15 record_unicode.py sig-3.8.pickle ... sig-3.14.pickle > unicode.txt

Sections of ranges (hex, `A-B` or `A`): the characters CPython's str.isalpha, isdecimal,
isdigit, isnumeric, isprintable take, the identifier start/continue characters, the
titlecase letters (Lt); `casefold` and `titlemap` list the characters whose str.casefold()
differs from str.lower() and whose str.title() differs from str.upper() (`cp=cp cp ...`).
For each older version given (a pickle written by `record_unicode.py --signature FILE`, run
by that CPython): `later 3.X`, the characters unassigned in 3.X's Unicode, and `changed 3.X`, those
whose properties differ otherwise.
"""
import pickle
import sys
import unicodedata


def signature(ch):
    return (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isprintable(),
            ch.isidentifier(), ("a" + ch).isidentifier(), ch.isupper(), ch.islower(),
            ch.istitle(), ch.isspace(), ch.upper(), ch.lower(), ch.title(), ch.casefold(),
            unicodedata.category(ch))


def ranges(pred):
    out, start = [], None
    for c in range(0x110000):
        ok = pred(chr(c))
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def fmt(r):
    a, b = r
    return "%X" % a if a == b else "%X-%X" % (a, b)


def main():
    if sys.argv[1:2] == ["--signature"]:
        # The version and every character's signature (read back by the newest CPython).
        sigs = [signature(chr(c)) for c in range(0x110000)]
        with open(sys.argv[2], "wb") as f:
            pickle.dump(("%d.%d" % sys.version_info[:2], sigs), f, protocol=4)
        return
    print("# Recorded by engine/data/cpython/record_unicode.py from CPython %d.%d (Unicode %s)."
          % (sys.version_info[:2] + (unicodedata.unidata_version,)))
    preds = [
        ("alpha", str.isalpha), ("decimal", str.isdecimal), ("digit", str.isdigit),
        ("numeric", str.isnumeric), ("printable", str.isprintable),
        ("idstart", str.isidentifier), ("idcont", lambda c: ("a" + c).isidentifier()),
        ("titlecase", lambda c: unicodedata.category(c) == "Lt"),
    ]
    for name, pred in preds:
        print("[%s]" % name)
        for r in ranges(pred):
            print(fmt(r))
    for name, f, g in [("casefold", str.casefold, str.lower), ("titlemap", str.title, str.upper)]:
        print("[%s]" % name)
        for c in range(0x110000):
            ch = chr(c)
            if f(ch) != g(ch):
                print("%X=%s" % (c, " ".join("%X" % ord(x) for x in f(ch))))
    newest = [signature(chr(c)) for c in range(0x110000)]
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            version, sigs = pickle.load(f)
        later, changed = [], []
        for c, old in enumerate(sigs):
            if old == newest[c]:
                continue
            if old[-1] == "Cn":
                later.append(c)
            else:
                changed.append(c)
        print("[later %s]" % version)
        start = prev = None
        for c in later + [None]:
            if start is not None and c == prev + 1:
                prev = c
                continue
            if start is not None:
                print(fmt((start, prev)))
            start = prev = c
        print("[changed %s]" % version)
        for c in changed:
            print("%X" % c)


main()
