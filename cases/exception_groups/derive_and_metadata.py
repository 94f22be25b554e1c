# case: split() builds its parts with derive() (a subclass can override it) and copies the original's __traceback__, __context__, __cause__ and a copy of __notes__ onto each part; a derive() that returns no group is a TypeError.
# tags: exception_groups
# python: >=3.11
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive", excs)
        return MyEG(self.message + "!", excs)
mine = MyEG("mine", [ValueError(1), TypeError(2)])
mine.split(ValueError)
mine.subgroup(TypeError)
mine.derive([KeyError(3)])
ExceptionGroup("plain", [ValueError(1)]).derive([KeyboardInterrupt()])
class BadEG(ExceptionGroup):
    def derive(self, excs):
        return 5
BadEG("bad", [ValueError(1), TypeError(2)]).split(ValueError)
BadEG("bad", [ValueError(1), TypeError(2)]).split(Exception)
def make():
    try:
        try:
            raise KeyError("ctx")
        except KeyError:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
    except ExceptionGroup as e:
        return e
eg = make()
eg.add_note("a note")
m, r = eg.split(ValueError)
m, r
m.__context__, m.__cause__, m.__suppress_context__
r.__context__, r.__cause__
m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, m.__notes__ is r.__notes__
m.__traceback__ is eg.__traceback__, r.__traceback__ is eg.__traceback__
eg.__notes__ = ("tuple", "notes")
eg.split(ValueError)[0].__notes__
eg.__notes__ = 42
hasattr(eg.split(ValueError)[0], "__notes__")
class Subclass(ExceptionGroup):
    pass
type(Subclass("s", [ValueError(1), TypeError(2)]).split(ValueError)[0]).__name__
class MyBEG(BaseExceptionGroup):
    pass
MyBEG("b", [ValueError()])
class StrictEG(ExceptionGroup):
    pass
StrictEG("b", [KeyboardInterrupt()])
