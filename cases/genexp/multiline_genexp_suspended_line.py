# case: The line a suspended generator expression reports (gi_frame.f_lineno) when it spans
#   several lines: the element's first line on 3.8-3.9 and 3.12+; on 3.10-3.11 the line of the
#   last comparison its `if` clauses test (through and/or/not/conditional expressions), else
#   the expression's first line.
# tags: genexp, introspection, versions
def f(*a):
    return a
g = (a for a in range(2)
 if a >= 0
 if a < 5)
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if a
 )
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if (a or
 True)
 )
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if not a
 )
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if str(a)
 )
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if (a is not None and
    a < 5))
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if (a > -1
    ))
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if a > -1
 for b in [1]
 )
next(g)
g.gi_frame.f_lineno
g = (a for a in
   range(2) if a > -1)
next(g)
g.gi_frame.f_lineno
g = (a
   for a in
   range(2) if a > -1 for b in
 [1])
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if -1 < a < 5)
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if -1 < a < 5 if a)
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if not a > 5)
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if (a > 5) == False)
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2)
 if (a > -1 if True else 0))
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2) if a > -1
 if a)
next(g)
g.gi_frame.f_lineno
g = (a for a in range(2) if a > -1 for b in [1] for c in [2]
 if b)
next(g)
g.gi_frame.f_lineno
g = (f(a,
       b) for a in range(2)
      for b in range(2)
      if b >= 0)
next(g)
g.gi_frame.f_lineno
g = (a
     for a in range(2))
next(g)
g.gi_frame.f_lineno
g = (
    a + 1
    for a in range(2)
)
g.gi_frame.f_lineno
next(g)
g.gi_frame.f_lineno
g2 = ((a, b) for a in range(2)
      for b in range(2))
next(g2)
g2.gi_frame.f_lineno
g2 = ([a, b] for a in range(2)
      for b in range(2))
next(g2)
g2.gi_frame.f_lineno
