# case: Subscripting the generator type (types.GeneratorType[int]) is a TypeError up to 3.12;
#   3.13 made generator types generic aliases.
# tags: introspection versions
import types

def gen():
    yield

types.GeneratorType[int]
type(gen())[int]
