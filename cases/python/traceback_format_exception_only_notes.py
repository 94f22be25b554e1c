# case: traceback.format_exception_only's 3.10+ forms (the exception alone; a value given
#   beside a type wins) and 3.11+'s __notes__ lines (added notes, a tuple, not a sequence).
# python: >=3.11
# tags: python exceptions versions
import traceback
traceback.format_exception_only(ValueError("one"))
traceback.format_exception_only(TypeError, ValueError("value wins"))
e = ValueError("noted")
e.add_note("first note")
e.add_note("two\nlines")
traceback.format_exception_only(e)
e.__notes__ = ("tuple note",)
traceback.format_exception_only(e)
e.__notes__ = 42
traceback.format_exception_only(e)
