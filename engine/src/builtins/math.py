# The engine's `math`: the float functions call the C library (`_libm`) and check argument and
# result as Modules/mathmodule.c does (a NaN from a non-NaN argument is "math domain error", an
# infinity from a finite one "math range error" where the function can overflow, else a domain
# error; 3.14 words some domain errors after the argument); the integer functions are exact.
# fsum, hypot, dist and the other names not defined here are unsupported.
import sys

_V = sys.version_info[:2]
pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")


def _real(x):
    # PyFloat_AsDouble: a float, an int, __float__, __index__; else "must be real number".
    if type(x) is float:
        return x
    if isinstance(x, (int, float)):
        return float(x)
    t = type(x)
    if hasattr(t, "__float__") or hasattr(t, "__index__"):
        return float(x)
    raise TypeError("must be real number, not %s" % t.__name__)


def _finite(x):
    return x == x and x not in (inf, -inf)


def _domain(newer=None):
    if _V >= (3, 14):
        if newer is None:
            _unsupported("the wording of this math domain error on 3.14+")
        return ValueError(newer)
    return ValueError("math domain error")


def _math1(name, x, can_overflow=False, newer=None):
    x = _real(x)
    r = _libm(name, x)
    if r != r and x == x:
        raise _domain(newer(x) if newer else None)
    if r in (inf, -inf) and _finite(x):
        if can_overflow:
            raise OverflowError("math range error")
        raise _domain(newer(x) if newer else None)
    return r


def sqrt(x):
    return _math1("sqrt", x, newer=lambda v: "expected a nonnegative input, got %r" % v)


def exp(x):
    return _math1("exp", x, can_overflow=True)


if _V >= (3, 11):

    def exp2(x):
        return _math1("exp2", x, can_overflow=True)

    def cbrt(x):
        return _math1("cbrt", x)


def expm1(x):
    return _math1("expm1", x, can_overflow=True)


def _not_finite(v):
    return "expected a finite input, got %r" % v


def _not_unit(v):
    return "expected a number in range from -1 up to 1, got %r" % v


def sin(x):
    return _math1("sin", x, newer=_not_finite)


def cos(x):
    return _math1("cos", x, newer=_not_finite)


def tan(x):
    return _math1("tan", x, newer=_not_finite)


def asin(x):
    return _math1("asin", x, newer=_not_unit)


def acos(x):
    return _math1("acos", x, newer=_not_unit)


def atan(x):
    return _math1("atan", x)


def sinh(x):
    return _math1("sinh", x, can_overflow=True)


def cosh(x):
    return _math1("cosh", x, can_overflow=True)


def tanh(x):
    return _math1("tanh", x)


def fabs(x):
    return _math1("fabs", x)


def atan2(y, x):
    return _libm("atan2", _real(y), _real(x))


def copysign(x, y):
    return _libm("copysign", _real(x), _real(y))


def isfinite(x):
    return _finite(_real(x))


def isinf(x):
    x = _real(x)
    return x in (inf, -inf)


def isnan(x):
    x = _real(x)
    return x != x


def degrees(x):
    return _real(x) * (180.0 / pi)


def radians(x):
    return _real(x) * (pi / 180.0)


def _log_of(name, x):
    # loghelper: an int too large for a float is split as m * 2**e first.
    if isinstance(x, int) and not isinstance(x, bool) and x > 0 and x.bit_length() > 1000:
        shift = x.bit_length() - 60
        m = float(x >> shift)
        return _libm(name, m) + _libm(name, 2.0) * shift
    x = _real(x)
    if x <= 0.0 and x == x:
        raise _domain("expected a positive input")
    return _libm(name, x)


def log(x, *base):
    if len(base) > 1:
        _unsupported("math.log() with more than 2 arguments")
    num = _log_of("log", x)
    if not base:
        return num
    den = _log_of("log", base[0])
    if den == 0.0:
        raise ZeroDivisionError("division by zero" if _V >= (3, 14) else "float division by zero")
    return num / den


def log2(x):
    return _log_of("log2", x)


def log10(x):
    return _log_of("log10", x)


def log1p(x):
    return _math1("log1p", x, newer=lambda v: "expected argument value > -1, got %r" % v)


def asinh(x):
    return _math1("asinh", x)


def acosh(x):
    return _math1("acosh", x, newer=lambda v: "expected argument value not less than 1, got %r" % v)


def atanh(x):
    return _math1("atanh", x, newer=lambda v: "expected a number between -1 and 1, got %r" % v)


def pow(x, y):
    x, y = _real(x), _real(y)
    r = _libm("pow", x, y)
    if x == x and y == y:
        if r != r:
            raise ValueError("math domain error")
        if r in (inf, -inf) and _finite(x) and _finite(y):
            if x == 0.0:
                raise ValueError("math domain error")
            raise OverflowError("math range error")
    return r


def fmod(x, y):
    x, y = _real(x), _real(y)
    if y in (inf, -inf) and _finite(x):
        return x
    r = _libm("fmod", x, y)
    if r != r and x == x and y == y:
        raise ValueError("math domain error")
    return r


def modf(x):
    x = _real(x)
    if x in (inf, -inf):
        return (_libm("copysign", 0.0, x), x)
    whole = _libm("trunc", x)
    return (_libm("copysign", x - whole, x), whole)


def _rounded(x, name):
    if isinstance(x, (int, float)):
        return int(x) if isinstance(x, int) else int(_libm(name, float(x)))
    method = getattr(type(x), "__" + name + "__", None)
    if method is not None:
        return method(x)
    x = _real(x)
    return int(_libm(name, x))


def floor(x):
    return _rounded(x, "floor")


def ceil(x):
    return _rounded(x, "ceil")


def trunc(x):
    if isinstance(x, (int, float)):
        return int(x)
    method = getattr(type(x), "__trunc__", None)
    if method is None:
        raise TypeError("type %s doesn't define __trunc__ method" % type(x).__name__)
    return method(x)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b, rel_tol, abs_tol = _real(a), _real(b), _real(rel_tol), _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if a in (inf, -inf) or b in (inf, -inf):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def isqrt(n):
    n = _index(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _gcd2(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


if _V >= (3, 9):

    def gcd(*integers):
        result = 0
        for v in integers:
            result = _gcd2(result, _index(v))
        return result

    def lcm(*integers):
        result = 1
        for v in integers:
            v = _index(v)
            if result == 0 or v == 0:
                result = 0
                continue
            result = abs(result * v) // _gcd2(result, v)
        return result

else:

    def gcd(a, b):
        return _gcd2(_index(a), _index(b))


def factorial(n):
    if isinstance(n, float):
        if _V < (3, 10):
            _unsupported("math.factorial() of a float before 3.10")
    n = _index(n)
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def perm(n, k=None):
    if k is None:
        return factorial(n)
    n, k = _index(n), _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        r *= i
    return r


def comb(n, k):
    n, k = _index(n), _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


def prod(iterable, *, start=1):
    result = start
    for v in iterable:
        result = result * v
    return result
