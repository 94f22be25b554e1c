# case: `yield` inside a generator expression or a comprehension does not compile
#   (allowed with a DeprecationWarning in 3.7, SyntaxError from 3.8).
# tags: errors genexp versions
for source in ["(x for x in (yield))", "((yield x) for x in range(3))", "[(yield x) for x in range(3)]"]:
    try:
        compile("def f():\n    return " + source + "\n", "<case>", "exec")
        print(source, "compiles")
    except SyntaxError as e:
        print(source, "->", e.msg)
