# case: the string module's constants and capwords over generated text, str.istitle and
#   str.isascii, and a float's real and imag.
# tags: python generator
import string


def caesar(text, k):
    for ch in text:
        if ch in string.ascii_lowercase:
            yield string.ascii_lowercase[(string.ascii_lowercase.index(ch) + k) % 26]
        elif ch in string.ascii_uppercase:
            yield string.ascii_uppercase[(string.ascii_uppercase.index(ch) + k) % 26]
        else:
            yield ch


"".join(caesar("Hello, World!", 3))
string.ascii_letters, string.digits, string.hexdigits, string.octdigits
string.punctuation, string.whitespace, len(string.printable)
string.capwords("  the quick   brown fox "), string.capwords("a-b-c", "-")
[w.istitle() for w in ("Title Case", "Not title", "ALL", "A1b", "", "123", "Ab Cd-Ef")]
[w.isascii() for w in ("abc", "é", "")]
(2.5).real, (2.5).imag, [x.real for x in (1, 2.5, True)]
