# case: str methods over non-ASCII text, from the target version's Unicode data: isalpha
#   (letters only), isalnum/isdigit/isnumeric/isdecimal (Unicode numeric types),
#   isidentifier (XID), isprintable and the repr escapes, upper/lower (final sigma),
#   casefold (full folding), title/capitalize (titlecase digraphs), swapcase, isupper/
#   islower/istitle; characters a version's Unicode had not assigned yet have no properties.
# tags: python
def words(text):
    for w in text.split():
        yield w


for w in words("héllo WORLD ñandú straße ǅungla ǆ Ⅻ ١٢٣ ½ x² हिंदी Ⓐ ﬁne ŉ İstanbul ΣΑΣ Σίσυφος ǈubljana 一二 ㈠ ℌ 𝔘"):
    print(w, w.isalpha(), w.isalnum(), w.isdigit(), w.isnumeric(), w.isdecimal(), w.isidentifier(), w.isprintable())
    print(w.upper(), w.lower(), w.casefold(), w.title(), w.swapcase(), w.capitalize())
    print(w.isupper(), w.islower(), w.istitle())
print("ß".upper(), "İ".lower(), len("İ".lower()))
print(repr("a\ufffd\u0378\u200b\xa0\u00ad\U0001F600\ue000"))
print("ΣΑΣ ΣΑΣ.".lower(), "aΣ b".lower(), "Σ".lower(), "ΑΣ'".lower())
print("hello world's 1st x".title(), "ǆemal".capitalize(), "ﬁsh".title())
print([c for c in "a_1٣" if c.isidentifier()], "٣a".isidentifier(), "_٣".isidentifier())
print("\u0378".isprintable(), "\u0378".isalpha(), "".isprintable(), "\t".isprintable())
late = "\u0870\U0001FB00\u08be\U00016FE3"
print([(hex(ord(c)), c.isalpha(), c.isprintable(), c.upper() == c) for c in late])
print(ascii(repr(late)))
print(int("١٢٣"), int(" ٤٥\u3000"), float("١.٥"), int("𝟗𝟘"))
