# case: A tokenizer generator feeding a recursive-descent parser that looks one token ahead
#   through a small buffer: parses and evaluates arithmetic with + - * and parentheses.
# tags: patterns
def tokens(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("num", int(text[i:j]))
            i = j
        elif ch in "+-*()":
            yield ("op", ch)
            i += 1
        else:
            i += 1
    yield ("end", None)

class Parser:
    def __init__(self, text):
        self.toks = tokens(text)
        self.current = next(self.toks)

    def advance(self):
        tok = self.current
        self.current = next(self.toks)
        return tok

    def expr(self):
        value = self.term()
        while self.current in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.atom()
        while self.current == ("op", "*"):
            self.advance()
            value *= self.atom()
        return value

    def atom(self):
        kind, val = self.advance()
        if kind == "num":
            return val
        if val == "(":
            inner = self.expr()
            self.advance()
            return inner
        raise ValueError("unexpected %r" % (val,))

list(tokens("12+3*(4-1)"))
Parser("12+3*(4-1)").expr()
Parser("2*3*4 - 10").expr()
Parser("(1+2)*(3+4)").expr()
Parser("1+*2").expr()
