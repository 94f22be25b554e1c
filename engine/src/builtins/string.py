# The engine's `string` module: its constants and capwords; Template and Formatter are not
# modelled (calling them is unsupported).

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def Template(*args, **kwargs):
    _unsupported("string.Template")


def Formatter(*args, **kwargs):
    _unsupported("string.Formatter")
