# case: abc.ABC and ABCMeta around generator methods: abstract generator methods implemented
#   by subclasses (and reached through super()), the TypeError of instantiating an abstract
#   class (its message per version), abstract properties, classmethods and staticmethods,
#   register() with isinstance/issubclass, and get_cache_token.
# tags: python generator errors versions
import abc


class Source(abc.ABC):
    @abc.abstractmethod
    def items(self):
        yield "base"

    @abc.abstractmethod
    def close(self):
        ...

    def run(self):
        for x in self.items():
            print("item", x)
        return self.close()


for cls in (Source,):
    try:
        cls()
    except TypeError as e:
        print(e)


class Half(Source):
    def items(self):
        yield from super().items()
        yield "half"


try:
    Half()
except TypeError as e:
    print(e)
try:
    Half(1, 2)
except TypeError as e:
    print(e)


class Full(Half):
    def close(self):
        return "closed"


Full().run()
sorted(Source.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__
type(Source), type(Full), isinstance(Full(), Source), issubclass(Full, abc.ABC)


class Meta(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def size(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def helper():
        ...


sorted(Meta.__abstractmethods__)


class Impl(Meta):
    size = 3

    @classmethod
    def make(cls):
        return (cls.__name__ for _ in range(2))

    @staticmethod
    def helper():
        yield 1


list(Impl.make()), list(Impl.helper()), Impl().size
t0 = abc.get_cache_token()


class Plain:
    def items(self):
        yield 0


Source.register(Plain)
abc.get_cache_token() - t0
isinstance(Plain(), Source), issubclass(Plain, Source), issubclass(Plain, Half)
Source.register(Plain) is Plain
try:
    Plain.register
except AttributeError as e:
    print(e)
try:
    Source.register(Full)
    Full.register(Source)
except RuntimeError as e:
    print(e)


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        print("hook", cls.__name__, C.__name__)
        return hasattr(C, "items")


isinstance(Plain(), Hook), isinstance(Plain(), Hook), isinstance(3, Hook), isinstance(4, Hook)
issubclass(list, Hook)
Hook.register(int)
isinstance(5, Hook)
