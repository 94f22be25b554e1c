# The engine's `asyncio` module (issue 16): an event loop with a virtual clock, futures, tasks
# and the functions and primitives built on them, written for the engine from CPython's
# documented and observed behaviour (scheduling order per version, messages, reprs). The engine
# runs it on a case's first `import asyncio` (pymodule.rs); it also runs under CPython as a
# stand-in for asyncio (engine/src/builtins/asyncio_standin.py), for comparing the two there.
#
# The scheduling rules it follows (README, "asyncio cases"):
# - the ready queue is FIFO; one iteration runs only what was ready when it began;
# - timers sit in a binary heap ordered by deadline only (equal deadlines are not FIFO); when
#   more than 100 timers are scheduled and over half are cancelled, the heap is rebuilt;
# - the clock is virtual: it starts at 0.0 and, when nothing is ready, jumps by the wait to the
#   first deadline; timers due before now + 1e-09 run in the same iteration;
# - a future's done callbacks are each scheduled with call_soon, in registration order;
# - a task's step is one callback; it resumes one iteration after what it awaits is done.
import sys
import types as _types
import weakref as _weakref
import contextvars as _cv

_V = (sys.version_info[0], sys.version_info[1])

try:  # the engine's helpers (engine/src/builtins/pymodule.rs); under CPython (the stand-in):
    _warn
except NameError:

    def _warn(category, message, stacklevel):
        import warnings

        warnings.warn(message, category, stacklevel + 1)

    def _unsupported(what):
        raise NotImplementedError("not modelled: " + what)

    def _case_line():
        return 0

# Where a coroutine released by a task step warns "never awaited" (read by the engine, see
# Vm::release_line): CPython's step is C, so the line is that of the innermost Python frame,
# events.py's Handle._run running the step; an eager step reports its caller's line instead.
_HANDLE_RUN_LINE = {(3, 8): 81, (3, 12): 84, (3, 13): 89}.get(_V, 80 if _V < (3, 12) else 94)
_REPORT_LINE = _HANDLE_RUN_LINE
# The line of the Python frame that constructs an eager task in CPython (0: the case's own).
_EAGER_FACTORY_LINE = {(3, 12): 974, (3, 13): 1027, (3, 14): 1054}.get(_V, 1063)
_CREATE_TASK_LINE = 471 if _V == (3, 14) else 474
_eager_caller = [0]

try:  # the engine's native hot paths (engine/src/builtins/asyncio_native.rs)
    _native_setup
except NameError:  # under CPython: the Python definitions below
    _native_setup = None

# 3.8-3.9 take loop= in the functions and primitives with this DeprecationWarning (3.10: gone).
_LOOP_DEPRECATED = (
    "The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10."
)

# Contexts (contextvars): a callback runs in the context its handle was made with (a copy of the
# context current then, or call_soon(context=)); a task's steps run in its context (a copy made
# when it was made, or create_task(context=)); a done callback in a copy made when it was added.
# Until the first Context or ContextVar exists every context is empty and nothing can tell one
# from another, so none are made (`_context` None) and the natives run as they are. The first
# one (contextvars._activate) calls _ctx_activate: from then on contexts are made and entered,
# asyncio.py's classes count as changed (the natives take the Python paths), and a handle or
# task made before runs in a fresh empty context (the copy it would have had was empty).
_ctx_on = [False]
_ctx_restore = []  # contexts current before _ctx_activate entered one mid-callback


def _ctx_activate():
    _ctx_on[0] = True
    for cls in _CTX_CLASSES:
        cls._ctx_on = True  # (a changed class: the natives leave it to the Python code)
    loop = _running[0]
    if loop is not None:
        # Made by a callback or task step that is running: it goes on in the context it would
        # have had (fresh, as its copy was empty); undone at the end of the loop's iteration.
        task = _current.get(id(loop))
        if task is not None:
            if task._context is None:
                task._context = _cv.Context()
            ctx = task._context
        else:
            ctx = _cv.Context()
        _ctx_restore.append(_cv._cur[0])
        ctx._prev = _cv._cur[0]
        ctx._entered = True
        _cv._cur[0] = ctx


def _ctx_unwind():
    while _ctx_restore:
        ctx = _cv._cur[0]
        ctx._prev = None
        ctx._entered = False
        _cv._cur[0] = _ctx_restore.pop()


def _ctx_copy():
    return _cv.copy_context() if _ctx_on[0] else None


class _CtxCallback:
    """A done callback with the context it runs in (only once contexts exist)."""

    def __init__(self, fn, ctx):
        self.fn = fn
        self.ctx = ctx


def _unwrap_cb(cb):
    return cb.fn if type(cb) is _CtxCallback else cb


_RESOLUTION = 1e-09
_MAX_WAIT = 24 * 3600
_REBUILD_MIN = 100

# -- exceptions ----------------------------------------------------------------------------


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


if _V >= (3, 11):
    TimeoutError = TimeoutError
else:

    class TimeoutError(Exception):
        pass

    TimeoutError.__module__ = "asyncio.exceptions"

CancelledError.__module__ = "asyncio.exceptions"
InvalidStateError.__module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


QueueEmpty.__module__ = "asyncio.queues"
QueueFull.__module__ = "asyncio.queues"



class QueueShutDown(Exception):  # public on 3.13+ only (deleted below otherwise)
    pass


QueueShutDown.__module__ = "asyncio.queues"

if _V >= (3, 11):

    class BrokenBarrierError(RuntimeError):
        pass

    BrokenBarrierError.__module__ = "asyncio.exceptions"

# -- reprs ------------------------------------------------------------------------------------


def _short_repr(obj, level=6):
    """reprlib.repr's limits: strings 30, ints 40, others 30 characters, 6 items of a list."""
    if isinstance(obj, str):
        text = repr(obj[:30])
        limit = 30
    elif isinstance(obj, int) and not isinstance(obj, bool):
        text = repr(obj)
        limit = 40
    elif type(obj) is list or type(obj) is tuple:
        if level <= 0:
            return "[...]" if type(obj) is list else "(...)"
        parts = [_short_repr(x, level - 1) for x in obj[:6]]
        if len(obj) > 6:
            parts.append("...")
        if type(obj) is list:
            return "[" + ", ".join(parts) + "]"
        if len(obj) == 1:
            return "(" + parts[0] + ",)"
        return "(" + ", ".join(parts) + ")"
    else:
        text = repr(obj)
        limit = 30
    if len(text) > limit:
        i = (limit - 3) // 2
        j = limit - 3 - i
        text = text[:i] + "..." + text[len(text) - j :]
    return text


def _callback_source(func, args):
    if _V >= (3, 13):
        args = ()
    name = getattr(func, "__qualname__", None) or repr(func)
    text = name + "(" + ", ".join([_short_repr(a) for a in args]) + ")"
    code = getattr(func, "__code__", None)
    if code is not None and getattr(func, "__self__", None) is None:
        text = text + " at %s:%d" % (code.co_filename, code.co_firstlineno)
    return text


def _coro_repr(coro):
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", "?")
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None)
    if frame is None:
        frame = getattr(coro, "gi_frame", None)
    if code is None:
        return repr(coro)
    if frame is not None:
        return "%s() running at %s:%d" % (name, code.co_filename, frame.f_lineno)
    return "%s() done, defined at %s:%d" % (name, code.co_filename, code.co_firstlineno)


# -- the running loop -------------------------------------------------------------------------

_running = [None]
_policy_loop = [None, False]  # the current loop of the main thread, whether set explicitly


def _get_running_loop():
    return _running[0]


def _set_running_loop(loop):
    _running[0] = loop


def get_running_loop():
    loop = _running[0]
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _running[0]
    if loop is not None:
        return loop
    if _policy_loop[0] is None and not _policy_loop[1]:
        if _V >= (3, 14):
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        if _V >= (3, 12):
            _warn(DeprecationWarning, "There is no current event loop", 2)
        set_event_loop(new_event_loop())
    if _policy_loop[0] is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _policy_loop[0]


def set_event_loop(loop):
    _policy_loop[0] = loop
    _policy_loop[1] = True


def new_event_loop():
    return _UnixSelectorEventLoop()


# -- handles ----------------------------------------------------------------------------------


class Handle:
    _context = None

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        if context is None and _ctx_on[0]:
            context = _cv.copy_context()
        if context is not None:
            self._context = context

    def _info(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append("cancelled")
        if self._callback is not None:
            parts.append(_callback_source(self._callback, self._args))
        return parts

    def __repr__(self):
        return "<" + " ".join(self._info()) + ">"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    if _V >= (3, 12):

        def get_context(self):
            if self._context is None:
                self._context = _cv.Context()  # (the copy it was made with was empty)
            return self._context

    def _run(self):
        try:
            ctx = self._context
            if ctx is not None:
                ctx.run(self._callback, *self._args)
            elif _ctx_on[0]:
                _cv.Context().run(self._callback, *self._args)
            else:
                self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _callback_failed(self, exc)
        finally:
            # Under CPython a traceback can keep this frame (f_back of a coroutine's frame),
            # which must not keep the task alive; CPython's own handles run in C.
            self = None


def _handler_context(context):
    # 3.12+: a handler set with set_exception_handler runs in the context of the task, future
    # or handle the report is about (its get_context()).
    thing = context.get("task")
    if thing is None:
        thing = context.get("future")
    if thing is None:
        thing = context.get("handle")
    if thing is None or not hasattr(thing, "get_context"):
        return None
    if not _ctx_on[0] and type(thing) in (Task, Handle, TimerHandle):
        # Every context is empty: running the handler in one is running it here, unless it is
        # entered (the running task's: an error), which takes making it.
        if not (type(thing) is Task and _current.get(id(thing._loop)) is thing):
            return None
    return thing.get_context()


def _callback_failed(handle, exc):
    message = "Exception in callback " + _callback_source(handle._callback, handle._args)
    handle._loop.call_exception_handler({"message": message, "exception": exc, "handle": handle})


if _native_setup is None:  # asyncio_native.rs has these natively

    def _new_handle(loop, callback, args):
        handle = Handle(callback, args, loop)
        loop._ready.append(handle)
        return handle

    def _run_ready(loop):
        # Run what was ready when the iteration began; each handle leaves the queue first.
        ready = loop._ready
        stop = len(ready)
        i = loop._ready_head
        while i < stop:
            handle = ready[i]
            ready[i] = None
            i += 1
            loop._ready_head = i
            if not handle._cancelled:
                handle._run()
            handle = None


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _info(self):
        parts = Handle._info(self)
        parts.insert(2 if self._cancelled else 1, "when=%r" % (self._when,))
        return parts

    def when(self):
        return self._when

    # Timers compare by deadline (the heap above reads _when directly); equal means the same
    # deadline, callback, arguments and cancelled state. 3.8 orders against anything with a
    # _when (others: AttributeError).
    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (
            self._when == other._when
            and self._callback == other._callback
            and self._args == other._args
            and self._cancelled == other._cancelled
        )

    def __lt__(self, other):
        if _V >= (3, 9) and not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when

    def __le__(self, other):
        if _V >= (3, 9) and not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self.__eq__(other)

    def __gt__(self, other):
        if _V >= (3, 9) and not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when

    def __ge__(self, other):
        if _V >= (3, 9) and not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self.__eq__(other)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled(self)
        Handle.cancel(self)


# The timer heap: deadline order only, as a binary heap (push sifts up, pop moves the last item
# to the root and sifts it down to a leaf and back up).


def _heap_push(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if item._when < heap[parent]._when:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up_from(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item._when < heap[parent]._when:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down_to_leaf(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child]._when < heap[right]._when:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_from(heap, start, pos)


def _heap_pop(heap):
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_down_to_leaf(heap, 0)
        return first
    return last


def _heapify(heap):
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_down_to_leaf(heap, i)


# -- the loop ---------------------------------------------------------------------------------


class BaseEventLoop:
    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._cancelled_timers = 0
        self._stopping = False
        self._closed = False
        self._running = False
        # run_forever calls on the stack (>0 while _running is False: 3.13.0's failed setup).
        self._iterating = 0
        self._time = 0.0
        self._handler = None
        self._task_factory = None
        self._asyncgens = []
        self._asyncgens_shutdown = False
        self._debug = False
        self._executor_shutdown = False

    def __repr__(self):
        return "<_UnixSelectorEventLoop running=%s closed=%s debug=False>" % (
            self._running,
            self._closed,
        )

    # time and scheduling

    def time(self):
        return self._time

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            self._check_closed()
        if context is not None or _ctx_on[0]:
            handle = Handle(callback, args, self, context)
            self._ready.append(handle)
            return handle
        return _new_handle(self, callback, args)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None and _V >= (3, 11):
            raise TypeError("delay must not be None")
        return self.call_at(self._time + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            if _V < (3, 11):
                raise AssertionError()  # TimerHandle's assert before 3.11
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        _heap_push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def _ready_count(self):
        return len(self._ready) - self._ready_head

    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if count > _REBUILD_MIN and self._cancelled_timers * 2 > count:
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _heapify(kept)
            self._scheduled = scheduled = kept
            self._cancelled_timers = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._cancelled_timers -= 1
                handle = _heap_pop(scheduled)
                handle._scheduled = False
        if self._ready_count() == 0 and not self._stopping:
            if scheduled:
                wait = scheduled[0]._when - self._time
                if wait > _MAX_WAIT:
                    wait = _MAX_WAIT
                if wait > 0:
                    self._time = self._time + wait
            else:
                # Nothing ready and nothing scheduled: CPython waits forever.
                while True:
                    pass
        end = self._time + _RESOLUTION
        while scheduled:
            if scheduled[0]._when >= end:
                break
            handle = _heap_pop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        _run_ready(self)
        if _ctx_restore:
            _ctx_unwind()
        ready = self._ready
        if self._ready_head > 64 and self._ready_head * 2 > len(ready):
            del ready[: self._ready_head]
            self._ready_head = 0

    # running

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def run_forever(self):
        try:
            self._check_closed()
            if self._running:
                raise RuntimeError("This event loop is already running")
            if _running[0] is not None:
                raise RuntimeError("Cannot run the event loop while another loop is running")
        except RuntimeError:
            if _V == (3, 13):
                # 3.13.0 runs its cleanup after a failed setup too: the loop no longer counts as
                # running (its thread id is gone) and no loop is the running one, whichever ran.
                self._stopping = False
                self._running = False
                _running[0] = None
            raise
        hooks = None
        if hasattr(sys, "get_asyncgen_hooks"):
            hooks = sys.get_asyncgen_hooks()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter, finalizer=self._asyncgen_finalizer)
        self._running = True
        self._iterating += 1
        _running[0] = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._iterating -= 1
            self._stopping = False
            self._running = False
            _running[0] = None
            if hooks is not None:
                sys.set_asyncgen_hooks(*hooks)

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running[0] is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_stop_loop_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        if self._iterating:
            # Only after 3.13.0's failed run_forever (above): CPython closes the selector under
            # the running loop, which then fails in its own ways.
            _unsupported("closing an event loop that is still iterating (CPython 3.13.0)")
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._cancelled_timers = 0

    # futures and tasks

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            # The factory gets the context only when one is given, never the name: that is set
            # afterwards (3.13.0-3.13.2 set it even when None, which names the task 'None').
            if context is None or _V < (3, 11):
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if _V == (3, 13) and sys.version_info[2] <= 2:
                task.set_name(name)
            elif name is not None:
                task.set_name(name)
        return task

    if _V < (3, 11):

        def create_task(self, coro, *, name=None):
            # No context before 3.11 (a TypeError as for any unknown keyword).
            if self._closed:
                self._check_closed()
            if self._task_factory is None:
                return Task(coro, loop=self, name=name)
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
            return task

    if _V >= (3, 14):

        def create_task(self, coro, **kwargs):
            # 3.14: every keyword goes to the factory or to Task (eager_start among them)
            if self._closed:
                self._check_closed()
            if self._task_factory is not None:
                return self._task_factory(self, coro, **kwargs)
            _eager_caller[0] = _CREATE_TASK_LINE
            try:
                return Task(coro, loop=self, **kwargs)
            finally:
                _eager_caller[0] = 0

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # errors

    def get_exception_handler(self):
        return self._handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        self._handler = handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = ["asyncio: %s" % message]
        for key in sorted(context):
            if key != "message" and key != "exception":
                lines.append("  %s: %s" % (key, repr(context[key])))
        if context.get("exception") is not None:
            lines.append("  exception: %s" % repr(context["exception"]))
        sys.stderr.write("\n".join(lines) + "\n")

    def call_exception_handler(self, context):
        if self._handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            ctx = _handler_context(context) if _V >= (3, 12) else None
            if ctx is not None and hasattr(ctx, "run"):
                ctx.run(self._handler, self, context)
            else:
                self._handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler(
                    {
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    }
                )
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass

    # async generators

    def _asyncgen_firstiter(self, agen):
        if self._asyncgens_shutdown:
            _warn(
                ResourceWarning,
                "asynchronous generator %r was scheduled after loop.shutdown_asyncgens() call"
                % (agen,),
                1,
            )
        self._asyncgens.append(_weakref.ref(agen))

    def _asyncgen_finalizer(self, agen):
        self._asyncgens = [ref for ref in self._asyncgens if ref() is not None and ref() is not agen]
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown = True
        if not self._asyncgens:
            return
        agens = [ref() for ref in self._asyncgens if ref() is not None]
        self._asyncgens = []
        if not agens:
            return
        results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler(
                    {
                        "message": "an error occurred during closing of asynchronous generator %r"
                        % (agen,),
                        "exception": result,
                        "asyncgen": agen,
                    }
                )

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown = True


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


def _stop_loop_cb(fut):
    if fut.cancelled() or fut.exception() is None or not isinstance(
        fut.exception(), (SystemExit, KeyboardInterrupt)
    ):
        fut._loop.stop()
    else:
        fut._loop.stop()


# -- futures ----------------------------------------------------------------------------------

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    if type(obj) is _types.CoroutineType:  # never a future (and no failed lookups to pay for)
        return False
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and (
        getattr(obj, "_asyncio_future_blocking", None) is not None
    )


def _cancel_takes_no_arguments(args, kwargs):
    # 3.8's C Future.cancel/Task.cancel are METH_NOARGS
    if kwargs:
        raise TypeError("cancel() takes no keyword arguments")
    if args:
        raise TypeError("cancel() takes no arguments (%d given)" % len(args))


def _cancel_waiter(fut, msg):
    # What a task or a gather does to the future it waits on: cancel(msg=...) from 3.9, a bare
    # cancel() on 3.8 (which has no cancel message)
    if _V >= (3, 9):
        return fut.cancel(msg=msg)
    return fut.cancel()


class Future:
    _asyncio_future_blocking = False
    _log_traceback = False
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._callbacks = []

    def get_loop(self):
        return self._loop

    def _info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append("exception=%r" % (self._exception,))
            else:
                info.append("result=%s" % _short_repr(self._result))
        if self._callbacks:
            names = [_callback_repr(_unwrap_cb(cb)) for cb in self._callbacks]
            if len(names) > 2:
                names = [names[0], "<%d more>" % (len(names) - 2), names[-1]]
            info.append("cb=[%s]" % ", ".join(names))
        return info

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, " ".join(self._info()))

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler(
            {
                "message": "%s exception was never retrieved" % type(self).__name__,
                "exception": self._exception,
                "future": self,
            }
        )

    def _make_cancelled_error(self):
        if _V >= (3, 11) and self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if _V < (3, 9) or self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        if _V >= (3, 9) and _V < (3, 11):
            # 3.9-3.10 chain the CancelledError the task's coroutine raised (their C future
            # keeps it: every later result()/exception() chains it again)
            exc.__context__ = self._cancelled_exc
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    # The task machinery cancels with a message on every version; the public method takes one
    # from 3.9 (3.8's C Future.cancel takes no arguments).
    _cancel = cancel
    if _V < (3, 9):

        def cancel(self, *args, **kwargs):
            _cancel_takes_no_arguments(args, kwargs)
            return Future._cancel(self)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        call_soon = self._loop.call_soon
        for callback in callbacks:
            if type(callback) is _CtxCallback:
                call_soon(callback.fn, self, context=callback.ctx)
            else:
                call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None and _ctx_on[0]:
                context = _cv.copy_context()
            self._callbacks.append(fn if context is None else _CtxCallback(fn, context))

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if _unwrap_cb(cb) != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        # _schedule_callbacks inline (CPython's C set_result calls no method for it)
        callbacks = self._callbacks
        if callbacks:
            self._callbacks = []
            call_soon = self._loop.call_soon
            for callback in callbacks:
                if type(callback) is _CtxCallback:
                    call_soon(callback.fn, self, context=callback.ctx)
                else:
                    call_soon(callback, self)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
            if self._state != _PENDING:
                raise InvalidStateError("invalid state")
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration or (_V >= (3, 13) and isinstance(exception, StopIteration)):
            # (3.13: a subclass too)
            message = "StopIteration interacts badly with generators and cannot be raised into a Future"
            if _V < (3, 13):
                raise TypeError(message)
            replacement = RuntimeError(message)
            replacement.__cause__ = exception
            replacement.__context__ = exception
            exception = replacement
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            # CPython's C iterator refuses to yield a future that is still marked blocking
            # (yielded before and not taken by a task, as when a coroutine is driven by hand)
            if self._asyncio_future_blocking:
                raise RuntimeError("await wasn't used with future")
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _callback_repr(cb):
    wakeup_of = getattr(cb, "_wakeup_of", None)
    if wakeup_of is not None:
        if _V >= (3, 10):
            return "Task.task_wakeup()"
        return "<TaskWakeupMethWrapper object at 0x%x>()" % id(cb)
    return _callback_source(cb, ())


# -- tasks ------------------------------------------------------------------------------------

_task_counter = [0]
_LAZY_NAME = object()
_current = {}
_all = []


def _next_task_name():
    _task_counter[0] += 1
    return f"Task-{_task_counter[0]}"


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current.get(id(loop))


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    live = [ref for ref in _all if ref() is not None]
    _all[:] = live
    tasks = [ref() for ref in live]
    return set([t for t in tasks if t._loop is loop and not t.done()])


class _Wakeup:
    """A task's wakeup callback (its own object, so that reprs can name it)."""

    def __init__(self, task):
        self._wakeup_of = task

    def __call__(self, fut):
        # The task's wakeup runs the step itself (CPython's C wakeup calls its step directly).
        task = self._wakeup_of
        self = None
        error = None
        try:
            fut.result()
        except BaseException as exc:
            error = exc
        # outside the handler: the coroutine must not see the exception as being handled
        # (a new exception in it would get it as __context__)
        if error is None:
            task._step()
        else:
            task._step(error)
            error = None
        task = None

    def __eq__(self, other):
        return isinstance(other, _Wakeup) and other._wakeup_of is self._wakeup_of

    def __hash__(self):
        return id(self._wakeup_of)


_NO_CONTEXT = object()  # Task(context=) not given


# CPython's C Task refuses a keyword while it parses its arguments: a coroutine it was given is
# released with the caller's call, at the caller's line (where _report_at_case points releases).
def _report_at_case():
    global _REPORT_LINE
    report = _REPORT_LINE
    _REPORT_LINE = _case_line()
    return report


def _report_at(line):
    global _REPORT_LINE
    _REPORT_LINE = line


class Task(Future):
    _log_destroy_pending = True
    _context = None  # None: a fresh empty context, made when needed (see _ctx_activate)

    def __init__(self, coro, *, loop=None, name=None, context=_NO_CONTEXT, eager_start=False):
        # Future.__init__, the coroutine check and the name inline (one call, as CPython's C
        # init is one call).
        if context is _NO_CONTEXT:
            context = None
        elif _V < (3, 11):  # the C Task takes no context before 3.11
            self._log_destroy_pending = False
            report = _report_at_case()
            coro = None
            _report_at(report)
            raise TypeError("'context' is an invalid keyword argument for Task()")
        if eager_start is not False and _V < (3, 12):
            self._log_destroy_pending = False
            report = _report_at_case()
            coro = None
            _report_at(report)
            raise TypeError("'eager_start' is an invalid keyword argument for Task()")
        if loop is None:
            try:
                loop = get_event_loop()
            except BaseException:
                # A task that never got a loop is not reported when it goes.
                self._log_destroy_pending = False
                raise
        self._loop = loop
        self._callbacks = []
        if type(coro) is not _types.CoroutineType and not _is_coroutine(coro):
            self._log_destroy_pending = False
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        lazy_eager = eager_start and _V == (3, 13) and sys.version_info[2] <= 2
        if lazy_eager:
            self._name = _LAZY_NAME
        elif name is None:
            _task_counter[0] += 1
            self._name = f"Task-{_task_counter[0]}"
        else:
            self._name = str(name)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        if context is None and _ctx_on[0]:
            context = _cv.copy_context()
        if context is not None:
            self._context = context
        if eager_start and self._loop.is_running():
            if lazy_eager:
                # 3.13.0-3.13.2: the name is set after the eager step (None if none was given);
                # during the step get_name() numbers the task from the counter
                self._eager_start()
                self._name = None if name is None else str(name)
                return
            self._eager_start()
        else:
            self._loop.call_soon(self._step)
            _all.append(_weakref.ref(self))

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler(
                {"task": self, "message": "Task was destroyed but it is pending!"}
            )
        if self._log_traceback:  # Future.__del__ reports nothing otherwise
            Future.__del__(self)

    def _info(self):
        info = Future._info(self)
        if self._must_cancel or (_V >= (3, 11) and self._num_cancels_requested > 0 and self._state == _PENDING):
            info[0] = "cancelling"
        info.insert(1, "name=%r" % self._name)
        if _V < (3, 12) or self._coro is not None:  # 3.12+: an eagerly finished task drops it
            info.insert(2, "coro=<%s>" % _coro_repr(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, "wait_for=%r" % (self._fut_waiter,))
        return info

    def get_name(self):
        if self._name is _LAZY_NAME:
            self._name = _next_task_name()
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    if _V < (3, 9):
        # 3.8's deprecated class methods (the C Task warns at the caller's line); all_tasks()
        # also gives the finished tasks still alive

        @classmethod
        def current_task(cls, loop=None):
            _warn(
                DeprecationWarning,
                "Task.current_task() is deprecated, use asyncio.current_task() instead",
                2,
            )
            if loop is None:
                loop = get_event_loop()
            return _current.get(id(loop))

        @classmethod
        def all_tasks(cls, loop=None):
            _warn(
                DeprecationWarning,
                "Task.all_tasks() is deprecated, use asyncio.all_tasks() instead",
                2,
            )
            if loop is None:
                loop = get_event_loop()
            tasks = [ref() for ref in _all]
            return set([t for t in tasks if t is not None and t._loop is loop])

    if _V >= (3, 12):

        def get_context(self):
            if self._context is None:
                _cv._activate()  # (enters it when this task's step is running)
                if self._context is None:
                    self._context = _cv.Context()
            return self._context

    def get_stack(self, *, limit=None):
        # a suspended coroutine's frame (its f_back is None); a failed task's frames come from
        # its traceback, which keeps no frames in the engine
        frame = getattr(self._coro, "cr_frame", None)
        if frame is not None:
            return [frame] if limit is None or limit > 0 else []
        if self._exception is not None:
            _unsupported("Task.get_stack() of a failed task (its traceback's frames)")
        return []

    def print_stack(self, *, limit=None, file=None):
        _unsupported("Task.print_stack()")

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if _V >= (3, 13) and self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        if _V >= (3, 11):
            self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if _cancel_waiter(self._fut_waiter, msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    _cancel = cancel
    if _V < (3, 9):

        def cancel(self, *args, **kwargs):
            _cancel_takes_no_arguments(args, kwargs)
            return Task._cancel(self)

    def _finish_cancel(self):
        Future._cancel(self, self._cancel_message)

    def _eager_start(self):
        global _REPORT_LINE
        _all.append(_weakref.ref(self))
        prev = _current.get(id(self._loop))
        report = _REPORT_LINE
        _REPORT_LINE = _eager_caller[0] or _case_line()
        try:
            _current.pop(id(self._loop), None)
            self._step(None)
        finally:
            _REPORT_LINE = report
            if self._state != _PENDING:
                self._coro = None
            if prev is not None:
                _current[id(self._loop)] = prev

    def _step(self, exc=None):
        if _ctx_on[0]:
            # the step runs in the task's context (entered here unless its handle did)
            ctx = self._context
            if ctx is None:
                ctx = self._context = _cv.Context()
            if _cv._cur[0] is not ctx:
                return ctx.run(self._step_in, exc)
        return self._step_in(exc)

    def _step_in(self, exc=None):
        # The state itself, as CPython's C step reads it (not a done() a subclass overrides).
        if self._state != _PENDING:
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        key = id(self._loop)
        if _current.get(key) is not None:
            raise RuntimeError(
                "Cannot enter into task %r while another task %r is being executed."
                % (self, _current[key])
            )
        _current[key] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            _step_returned(self, stop.value)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            _drop_own_frame(err)
            _step_raised(self, err)
        else:
            if result is None:  # a bare yield (sleep(0)): the common case, without a call
                self._loop.call_soon(self._step)
            else:
                self._suspended_on(result)
        finally:
            del _current[key]
            self = None  # the frame outlives the step in an exception's traceback

    def _suspended_on(self, result):
        # A bare yield (sleep(0)) first, as CPython's step checks it before the blocking flag.
        if result is None:
            self._loop.call_soon(self._step)
            return
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError(
                    "Task %r got Future %r attached to a different loop" % (self, result)
                )
                self._loop.call_soon(self._step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError("Task cannot await on itself: %r" % (self,))
                    self._loop.call_soon(self._step, error)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(_Wakeup(self))
                    self._fut_waiter = result
                    if self._must_cancel:
                        if _cancel_waiter(self._fut_waiter, self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError(
                    "yield was used instead of yield from in task %r with %r" % (self, result)
                )
                self._loop.call_soon(self._step, error)
        else:
            error = RuntimeError("Task got bad yield: %r" % (result,))
            self._loop.call_soon(self._step, error)


def _step_returned(task, value):
    # The task's coroutine returned `value` (a cancel() during its last step wins).
    if task._must_cancel:
        task._must_cancel = False
        Future._cancel(task, task._cancel_message)
    else:
        Future.set_result(task, value)


def _step_raised(task, err):
    # The task's coroutine raised `err` (neither KeyboardInterrupt nor SystemExit).
    if isinstance(err, CancelledError):
        if _V >= (3, 9):
            task._cancelled_exc = err
        Future._cancel(task)
    else:
        Future.set_exception(task, err)


def _drop_own_frame(exc):
    """CPython's Task is C code: an exception from the coroutine has no Task frame in its
    traceback. Leave this module's step frame out too (it would keep the task alive)."""
    tb = exc.__traceback__
    frame = getattr(tb, "tb_frame", None)
    if frame is not None and frame.f_code is Task._step.__code__:
        exc.__traceback__ = tb.tb_next


def _is_coroutine(obj):
    return type(obj).__name__ == "coroutine" or (
        hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "close") and hasattr(obj, "__await__")
    )


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    # The loop's create_task gets the context only when one is given (a task factory sees it).
    if _V < (3, 13):
        if context is None:
            task = loop.create_task(coro)
        else:
            task = loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        return task
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


if _V >= (3, 14):

    def create_task(coro, **kwargs):
        return get_running_loop().create_task(coro, **kwargs)

if _V < (3, 11):

    def create_task(coro, *, name=None):
        task = get_running_loop().create_task(coro)
        if name is not None:
            task.set_name(name)
        return task


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        if loop is not None and loop is not obj._loop:
            raise ValueError(
                "The future belongs to a different loop than the one specified as the loop "
                "argument"
            )
        return obj
    if _is_coroutine(obj):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(_wrap_awaitable(obj))
    raise TypeError(
        "An asyncio.Future, a coroutine or an awaitable is required"
        if _V >= (3, 10)
        else "An asyncio.Future, a coroutine or an awaitable is required"
    )


async def _wrap_awaitable(awaitable):
    return await awaitable


if _V >= (3, 12):

    def eager_task_factory(loop, coro, *, name=None, context=None):
        _eager_caller[0] = _EAGER_FACTORY_LINE
        try:
            return Task(coro, loop=loop, name=name, eager_start=True)
        finally:
            _eager_caller[0] = 0


# -- sleep ------------------------------------------------------------------------------------


class _Yield:
    def __await__(self):
        yield


_YIELD = _Yield()


async def sleep(delay, result=None):
    if delay <= 0:
        await _YIELD
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_if_pending, future, result)
    try:
        return await future
    finally:
        handle.cancel()


if _V < (3, 10):

    async def sleep(delay, result=None, *, loop=None):
        # 3.9 warns about loop= first; 3.8 only on the path that uses it
        if loop is not None and _V >= (3, 9):
            _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
        if delay <= 0:
            await _YIELD
            return result
        if loop is None:
            loop = get_running_loop()
        elif _V < (3, 9):
            _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
        future = loop.create_future()
        handle = loop.call_later(delay, _set_if_pending, future, result)
        try:
            return await future
        finally:
            handle.cancel()


def _set_if_pending(fut, result):
    if not fut.done():
        fut.set_result(result)


# -- gather -----------------------------------------------------------------------------------


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if _cancel_waiter(child, msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret

    if _V < (3, 9):
        # 3.8's _GatheringFuture.cancel is a Python method without a message parameter
        _cancel_with_message = cancel

        def cancel(self):
            return self._cancel_with_message(None)


def gather(*aws, return_exceptions=False):
    return _gather(aws, return_exceptions, None)


if _V < (3, 10):

    def gather(*aws, loop=None, return_exceptions=False):
        # 3.9 warns about loop= always, 3.8 only when there is nothing to gather
        if loop is not None and (_V >= (3, 9) or not aws):
            _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
        return _gather(aws, return_exceptions, loop)


def _gather(aws, return_exceptions, loop):
    if not aws:
        if loop is None:
            loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    state = {"finished": 0, "outer": None}
    for arg in aws:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[key] = fut
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    count = len(arg_to_fut)
    outer = _GatheringFuture(children, loop=loop)

    def on_done(fut):
        state["finished"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == count:
            results = []
            for child in children:
                if child.cancelled():
                    if _V >= (3, 9):
                        msg = child._cancel_message
                        res = CancelledError("" if msg is None else msg)
                    else:
                        res = CancelledError()
                else:
                    res = child.exception()
                    if res is None:
                        res = child._result
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(outer._make_cancelled_error() if _V < (3, 9) else _last_cancel(children))
            else:
                outer.set_result(results)

    for fut in arg_to_fut.values():
        pass
    seen = set()
    for fut in children:
        if id(fut) not in seen:
            seen.add(id(fut))
            fut.add_done_callback(on_done)
    return outer


def _last_cancel(children):
    for child in children:
        if child.cancelled():
            return child._make_cancelled_error()
    return CancelledError()


# -- shield, wait, wait_for, as_completed -------------------------------------------------------


def shield(arg):
    return _shield(arg, None)


if _V < (3, 10):

    def shield(arg, *, loop=None):
        if loop is not None:
            _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
        return _shield(arg, loop)


def _shield(arg, loop):
    inner = ensure_future(arg, loop=loop)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            # up to 3.13 a cancelled outer marks the inner's exception retrieved; 3.14 leaves
            # it to be reported as never retrieved
            if _V < (3, 14) and not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or _is_coroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        if _V >= (3, 11):
            raise ValueError("Set of Tasks/Futures is empty.")
        raise ValueError("Set of coroutines/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    loop = get_running_loop()
    fs = set(fs)
    if any([_is_coroutine(f) for f in fs]) and _V >= (3, 9):
        if _V >= (3, 11):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
        _warn(
            DeprecationWarning,
            "The explicit passing of coroutine objects to asyncio.wait() is deprecated since "
            "Python 3.8, and scheduled for removal in Python 3.11.",
            2,
        )
    fs = set([ensure_future(f, loop=loop) for f in fs])
    return await _wait(fs, timeout, return_when, loop)


if _V < (3, 10):

    async def wait(fs, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
        if isfuture(fs) or _is_coroutine(fs):
            raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
        if not fs:
            raise ValueError("Set of coroutines/Futures is empty.")
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return_when value: %s" % (return_when,))
        if loop is None:
            loop = get_running_loop()
        else:
            _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
        fs = set(fs)
        if any([_is_coroutine(f) for f in fs]) and _V >= (3, 9):
            _warn(
                DeprecationWarning,
                "The explicit passing of coroutine objects to asyncio.wait() is deprecated "
                "since Python 3.8, and scheduled for removal in Python 3.11.",
                2,
            )
        fs = set([ensure_future(f, loop=loop) for f in fs])
        return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_if_pending, waiter, None)
    state = {"left": len(fs)}

    def on_done(f):
        state["left"] -= 1
        if (
            state["left"] <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _wait_for(fut, timeout, loop):
    # the body of wait_for(), on the loop it runs on (3.8-3.9: the one passed as loop=)
    if _V >= (3, 12) and (timeout is None or timeout > 0):
        async with Timeout(None if timeout is None else loop.time() + timeout):
            return await fut
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_if_pending, waiter, None)
    cb = _ReleaseWaiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop)
        if _V < (3, 9):
            raise TimeoutError()  # even when the awaitable swallowed the cancellation
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait_for(fut, timeout):
    return await _wait_for(fut, timeout, get_running_loop())


if _V < (3, 10):

    async def wait_for(fut, timeout, *, loop=None):
        if loop is None:
            loop = get_running_loop()
        else:
            _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
        return await _wait_for(fut, timeout, loop)


class _ReleaseWaiter:
    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, fut):
        if not self.waiter.done():
            self.waiter.set_result(None)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _ReleaseWaiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    return _as_completed(fs, timeout, None)


if _V < (3, 10):

    def as_completed(fs, *, loop=None, timeout=None):
        return _as_completed(fs, timeout, loop)


def _as_completed(fs, timeout, loop):
    # a generator (up to 3.12): the checks run at the first next()
    if isfuture(fs) or _is_coroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    if loop is None:
        loop = get_event_loop()
    else:
        _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
    todo = [ensure_future(f, loop=loop) for f in fs]
    uniq = []
    for f in todo:
        if f not in uniq:
            uniq.append(f)
    done = Queue()
    state = {"left": uniq}
    timer = None

    def on_timeout():
        for f in state["left"]:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        state["left"] = []

    def on_completion(f):
        if not state["left"]:
            return
        state["left"].remove(f)
        done.put_nowait(f)
        if not state["left"] and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError()
        return f.result()

    for f in uniq:
        f.add_done_callback(on_completion)
    if uniq and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(uniq)):
        yield wait_for_one()


_as_completed.__name__ = _as_completed.__qualname__ = "as_completed"


if _V >= (3, 13):

    class _AsCompletedIterator:
        # 3.13: an iterator of coroutines giving results (as before) and an async iterator of
        # the finished futures themselves
        def __init__(self, aws, timeout):
            self._done = Queue()
            self._timeout_handle = None
            loop = get_event_loop()
            todo = []
            for aw in aws:
                f = ensure_future(aw, loop=loop)
                if f not in todo:
                    todo.append(f)
            for f in todo:
                f.add_done_callback(self._handle_completion)
            if todo and timeout is not None:
                self._timeout_handle = loop.call_later(timeout, self._handle_timeout)
            self._todo = todo
            self._todo_left = len(todo)

        def __aiter__(self):
            return self

        def __iter__(self):
            return self

        async def __anext__(self):
            if not self._todo_left:
                raise StopAsyncIteration
            self._todo_left -= 1
            return await self._wait_for_one()

        def __next__(self):
            if not self._todo_left:
                raise StopIteration
            self._todo_left -= 1
            return self._wait_for_one(True)

        def _handle_timeout(self):
            for f in self._todo:
                f.remove_done_callback(self._handle_completion)
                self._done.put_nowait(None)
            self._todo = []

        def _handle_completion(self, f):
            if not self._todo:
                return
            self._todo.remove(f)
            self._done.put_nowait(f)
            if not self._todo and self._timeout_handle is not None:
                self._timeout_handle.cancel()

        async def _wait_for_one(self, resolve=False):
            f = await self._done.get()
            if f is None:
                raise TimeoutError()
            return f.result() if resolve else f

    _AsCompletedIterator.__module__ = "asyncio.tasks"

    def as_completed(fs, *, timeout=None):
        if isfuture(fs) or _is_coroutine(fs) or hasattr(fs, "__await__"):
            raise TypeError("expects an iterable of awaitables, not %s" % type(fs).__name__)
        return _AsCompletedIterator(fs, timeout)


# -- synchronisation --------------------------------------------------------------------------


class _Waiters:
    """A FIFO of futures (collections.deque's role)."""

    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(list(self.items))

    def append(self, fut):
        self.items.append(fut)

    def remove(self, fut):
        self.items.remove(fut)

    def popleft(self):
        return self.items.pop(0)

    def first(self):
        return self.items[0]


# Which loop a primitive's futures belong to. 3.8-3.9 bind it when the primitive is made (the
# loop= argument, with a DeprecationWarning, or get_event_loop()); 3.10+ (mixins.py's
# _LoopBoundMixin) bind it to the running loop the first time one has to wait, and refuse another
# loop after that. A future of another loop makes the awaiting task fail (Task step).
_loop_arg = [None]  # 3.8-3.9: the loop= of the primitive being made (set by its __init__ wrapper)


def _bind_loop(obj, loop):
    if loop is None:
        obj._loop = get_event_loop()
    else:
        obj._loop = loop
        _warn(DeprecationWarning, _LOOP_DEPRECATED, 3)


class _LoopBound:
    _loop = None

    if _V < (3, 10):

        def _get_loop(self):
            return self._loop

    else:

        def _get_loop(self):
            loop = _running[0]
            if self._loop is None:
                self._loop = loop
            if loop is not self._loop:
                raise RuntimeError("%r is bound to a different event loop" % (self,))
            return loop


class Event(_LoopBound):
    def __init__(self):
        self._waiters = _Waiters()
        self._value = False
        if _V < (3, 10):
            _bind_loop(self, _loop_arg[0])

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<asyncio.locks.Event object at 0x%x [%s]>" % (id(self), extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock(_LoopBound):
    def __init__(self):
        self._waiters = None
        self._locked = False
        if _V < (3, 10):
            _bind_loop(self, _loop_arg[0])

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<asyncio.locks.Lock object at 0x%x [%s]>" % (id(self), extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (
            self._waiters is None or all([w.cancelled() for w in self._waiters])
        ):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _Waiters()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters.first()
        if not fut.done():
            fut.set_result(True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    if _V < (3, 9):

        def __enter__(self):
            raise RuntimeError('"yield from" should be used as context manager expression')

        def __exit__(self, *args):
            pass


class Semaphore(_LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value
        self._wakeup_scheduled = False  # 3.9
        if _V < (3, 10):
            _bind_loop(self, _loop_arg[0])

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked, value:%d" % self._value
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<asyncio.locks.%s object at 0x%x [%s]>" % (type(self).__name__, id(self), extra)

    def locked(self):
        if _V < (3, 10):
            return self._value == 0
        return self._value == 0 or any(
            [not w.cancelled() for w in (self._waiters or ())]
        )

    # The waiting and waking rules of each version: 3.8 lets a newcomer take a released slot
    # before the woken waiter (barging); 3.9 marks a wakeup as scheduled; 3.10-3.12 hand the
    # slot to the woken waiter; 3.13 also wakes as many as the value allows when one leaves.

    async def acquire(self):
        if _V < (3, 10):
            return await self._acquire_39()
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _Waiters()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        if _V < (3, 13):
            try:
                try:
                    await fut
                finally:
                    self._waiters.remove(fut)
            except CancelledError:
                if not fut.cancelled():
                    self._value += 1
                    self._wake_up_next()
                raise
            if self._value > 0:
                self._wake_up_next()
            return True
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
            raise
        finally:
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    async def _acquire_39(self):
        if self._waiters is None:
            self._waiters = _Waiters()
        while self._value <= 0 or (_V == (3, 9) and self._wakeup_scheduled):
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                if _V == (3, 9):
                    self._wakeup_scheduled = False
            except CancelledError:
                if _V == (3, 9):
                    self._wake_up_next()
                else:
                    fut.cancel()
                    if self._value > 0 and not fut.cancelled():
                        self._wake_up_next()
                raise
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        if _V < (3, 10):
            while self._waiters:
                waiter = self._waiters.popleft()
                if not waiter.done():
                    waiter.set_result(None)
                    self._wakeup_scheduled = True
                    return True
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        if _V < (3, 10):
            loop = _loop_arg[0]
            if loop:
                _warn(DeprecationWarning, _LOOP_DEPRECATED, 2)
            self._bound_value = value
            Semaphore.__init__(self, value, loop=loop)  # (its warning is asyncio's own line)
            return
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


# -- queues -----------------------------------------------------------------------------------


class Queue(_LoopBound):
    def __init__(self, maxsize=0):
        if _V < (3, 10):
            loop = _loop_arg[0]
            _bind_loop(self, loop)
        self._maxsize = maxsize
        self._getters = _Waiters()
        self._putters = _Waiters()
        self._unfinished_tasks = 0
        self._finished = Event() if _V >= (3, 10) else Event(loop=loop)
        self._finished.set()
        self._is_shutdown = False
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        items = waiters.items  # (its list: no calls to _Waiters' methods)
        while items:
            waiter = items.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return "<%s at 0x%x %s>" % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    def _format(self):
        result = "maxsize=%r" % (self._maxsize,)
        if getattr(self, "_queue", None):
            result += " _queue=%r" % (list(self._queue),)
        if self._getters:
            result += " _getters[%d]" % len(self._getters)
        if self._putters:
            result += " _putters[%d]" % len(self._putters)
        if self._unfinished_tasks:
            result += " tasks=%d" % self._unfinished_tasks
        if _V >= (3, 13) and self._is_shutdown:
            result += " shutdown"
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters.items:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters.items:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    if _V >= (3, 13):

        def shutdown(self, immediate=False):
            self._is_shutdown = True
            if immediate:
                while not self.empty():
                    self._get()
                    if self._unfinished_tasks > 0:
                        self._unfinished_tasks -= 1
                if self._unfinished_tasks == 0:
                    self._finished.set()
            while self._getters:
                getter = self._getters.popleft()
                if not getter.done():
                    getter.set_result(None)
            while self._putters:
                putter = self._putters.popleft()
                if not putter.done():
                    putter.set_result(None)


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _put(self, item):
        q = self._queue
        q.append(item)
        pos = len(q) - 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if item < q[parent]:
                q[pos] = q[parent]
                pos = parent
            else:
                break
        q[pos] = item

    def _get(self):
        q = self._queue
        last = q.pop()
        if not q:
            return last
        first = q[0]
        q[0] = last
        end = len(q)
        pos = 0
        child = 1
        while child < end:
            right = child + 1
            if right < end and not q[child] < q[right]:
                child = right
            q[pos] = q[child]
            pos = child
            child = 2 * pos + 1
        q[pos] = last
        while pos > 0:
            parent = (pos - 1) >> 1
            if last < q[parent]:
                q[pos] = q[parent]
                pos = parent
            else:
                break
        q[pos] = last
        return first


# -- run --------------------------------------------------------------------------------------


def run(main, *, debug=None):
    if debug:
        _unsupported("asyncio debug mode (run(debug=True))")
    if _running[0] is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if _V >= (3, 11):
        # 3.11+: a Runner, whose loop exists before the argument is checked (a refused main
        # still costs the shutdown steps' task names) and which runs main as a task
        with Runner(debug=debug) as runner:
            return runner.run(main)
    if not _is_coroutine(main):
        if _V < (3, 14):
            raise ValueError("a coroutine was expected, got %r" % (main,))
        # 3.14's Runner.run takes any awaitable
        if not hasattr(main, "__await__"):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        main = _wrap_awaitable(main)
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            if _V >= (3, 9):
                loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )


# -- Condition, Barrier -----------------------------------------------------------------------


class Condition(_LoopBound):
    def __init__(self, lock=None):
        if _V < (3, 10):
            loop = _loop_arg[0]
            _bind_loop(self, loop)
            if lock is None:
                lock = Lock(loop=loop)
            elif lock._loop is not self._loop:
                raise ValueError("loop argument must agree with lock")
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Waiters()

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<%s.%s object at 0x%x [%s]>" % (
            type(self).__module__, type(self).__qualname__, id(self), extra)

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        if _V >= (3, 13):
            # 3.13: the future first (a loop bound elsewhere fails with the lock still held);
            # the most recent CancelledError of the re-acquire is re-raised (its message kept);
            # a waiter that fails (a notified one cancelled) passes one notification on.
            fut = self._get_loop().create_future()
            self.release()
            try:
                try:
                    self._waiters.append(fut)
                    try:
                        await fut
                        return True
                    finally:
                        self._waiters.remove(fut)
                finally:
                    err = None
                    while True:
                        try:
                            await self.acquire()
                            break
                        except CancelledError as e:
                            err = e
                    if err is not None:
                        try:
                            raise err
                        finally:
                            err = None
            except BaseException:
                self._notify(1)
                raise
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        self._notify(n)

    def _notify(self, n):
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


if _V >= (3, 11):

    class Barrier(_LoopBound):
        def __init__(self, parties):
            if parties < 1:
                raise ValueError("parties must be >= 1" if _V >= (3, 14) else "parties must be > 0")
            self._cond = Condition()
            self._parties = parties
            self._state = "filling"  # or "draining", "resetting", "broken"
            self._count = 0

        def __repr__(self):
            extra = self._state
            if not self.broken:
                extra += ", waiters:%d/%d" % (self.n_waiting, self._parties)
            return "<%s.%s object at 0x%x [%s]>" % (
                type(self).__module__, type(self).__qualname__, id(self), extra)

        async def __aenter__(self):
            return await self.wait()

        async def __aexit__(self, *args):
            pass

        async def wait(self):
            async with self._cond:
                await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
                if self._state == "broken":
                    raise BrokenBarrierError("Barrier aborted")
                try:
                    index = self._count
                    self._count += 1
                    if index + 1 == self._parties:
                        self._state = "draining"
                        self._cond.notify_all()
                    else:
                        await self._cond.wait_for(lambda: self._state != "filling")
                        if self._state in ("broken", "resetting"):
                            raise BrokenBarrierError("Abort or reset of barrier")
                    return index
                finally:
                    self._count -= 1
                    if self._count == 0:
                        if self._state in ("resetting", "draining"):
                            self._state = "filling"
                        self._cond.notify_all()

        async def reset(self):
            async with self._cond:
                self._state = "resetting" if self._count > 0 else "filling"
                self._cond.notify_all()

        async def abort(self):
            async with self._cond:
                self._state = "broken"
                self._cond.notify_all()

        @property
        def parties(self):
            return self._parties

        @property
        def n_waiting(self):
            return self._count if self._state == "filling" else 0

        @property
        def broken(self):
            return self._state == "broken"


# -- timeout, TaskGroup (3.11+) -----------------------------------------------------------------

if _V >= (3, 11):

    class Timeout:
        def __init__(self, when):
            self._state = "created"
            self._handle = None
            self._task = None
            self._when = when

        def when(self):
            return self._when

        def reschedule(self, when):
            if self._state != "active":
                if self._state == "created":
                    raise RuntimeError("Timeout has not been entered")
                raise RuntimeError("Cannot change state of %s Timeout" % self._state)
            self._when = when
            if self._handle is not None:
                self._handle.cancel()
            if when is None:
                self._handle = None
            else:
                loop = get_running_loop()
                if when <= loop.time():
                    self._handle = loop.call_soon(self._on_timeout)
                else:
                    self._handle = loop.call_at(when, self._on_timeout)

        def expired(self):
            return self._state in ("expiring", "expired")

        def __repr__(self):
            info = [""]
            if self._state == "active":
                info.append("when=%r" % (self._when,))
            return "<Timeout [%s]%s>" % (self._state, " ".join(info))

        async def __aenter__(self):
            if self._state != "created":
                raise RuntimeError("Timeout has already been entered")
            task = current_task()
            if task is None:
                raise RuntimeError("Timeout should be used inside a task")
            self._state = "active"
            self._task = task
            self._cancelling = task.cancelling()
            self.reschedule(self._when)
            return self

        async def __aexit__(self, exc_type, exc_val, exc_tb):
            if self._handle is not None:
                self._handle.cancel()
                self._handle = None
            if self._state == "expiring":
                self._state = "expired"
                # CPython 3.11.3+ (gh-102780 backport) compares with the count taken at entry
                gone = self._task.uncancel() <= self._cancelling
                if _V < (3, 13):
                    # 3.11-3.12: only CancelledError itself (not a subclass) becomes the timeout
                    if gone and exc_type is CancelledError:
                        raise TimeoutError from exc_val
                elif gone and exc_type is not None:
                    if issubclass(exc_type, CancelledError):
                        raise TimeoutError from exc_val
                    elif exc_val is not None:
                        # 3.13: another exception that ended the body gets a TimeoutError
                        # between it and the cancellation in its context chain
                        _insert_timeout_error(exc_val)
                        if isinstance(exc_val, ExceptionGroup):
                            for exc in exc_val.exceptions:
                                _insert_timeout_error(exc)
            elif self._state == "active":
                self._state = "finished"
            return None

        def _on_timeout(self):
            self._task.cancel()
            self._state = "expiring"
            self._handle = None

    def _insert_timeout_error(exc_val):
        while exc_val.__context__ is not None:
            if isinstance(exc_val.__context__, CancelledError):
                te = TimeoutError()
                te.__context__ = te.__cause__ = exc_val.__context__
                exc_val.__context__ = te
                break
            exc_val = exc_val.__context__

    def timeout(delay):
        loop = get_running_loop()
        return Timeout(loop.time() + delay if delay is not None else None)

    def timeout_at(when):
        return Timeout(when)

    class TaskGroup:
        def __init__(self):
            self._entered = False
            self._exiting = False
            self._aborting = False
            self._loop = None
            self._parent_task = None
            self._parent_cancel_requested = False
            self._tasks = []
            self._errors = []
            self._base_error = None
            self._on_completed_fut = None
            self._cancel_on_enter = False  # 3.15: cancel() before entering

        def __repr__(self):
            info = [""]
            if self._tasks:
                info.append("tasks=%d" % len(self._tasks))
            if self._errors:
                info.append("errors=%d" % len(self._errors))
            if self._aborting:
                info.append("cancelling")
            elif self._entered:
                info.append("entered")
            return "<TaskGroup%s>" % " ".join(info)

        async def __aenter__(self):
            if self._entered:
                raise RuntimeError("TaskGroup %r has already been entered" % (self,))
            self._loop = get_running_loop()
            self._parent_task = current_task(self._loop)
            if self._parent_task is None:
                raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
            self._entered = True
            if self._cancel_on_enter:
                self.cancel()
            return self

        if _V >= (3, 15):

            def cancel(self):
                # 3.15: cancel the children and the body; the group then exits quietly.
                if not self._entered:
                    self._cancel_on_enter = True
                    return
                if self._exiting and not self._tasks:
                    return
                if not self._aborting:
                    self._abort()
                    if self._parent_task and not self._parent_cancel_requested:
                        self._parent_cancel_requested = True
                        self._parent_task.cancel()

        async def __aexit__(self, et, exc, tb):
            self._exiting = True
            if exc is not None and _is_base_error(exc) and self._base_error is None:
                self._base_error = exc
            # 3.11-3.12 look for CancelledError itself (a subclass is one of the errors)
            cancelled = et is not None and (
                issubclass(et, CancelledError) if _V >= (3, 13) else et is CancelledError
            )
            propagate = exc if cancelled else None
            if self._parent_cancel_requested and _V < (3, 13):
                if self._parent_task.uncancel() == 0:
                    propagate = None
            if et is not None and not self._aborting:
                self._abort()
            pending = None
            while self._tasks:
                if self._on_completed_fut is None:
                    self._on_completed_fut = self._loop.create_future()
                try:
                    await self._on_completed_fut
                except CancelledError as ex:
                    pending = ex
                    if not self._aborting:
                        propagate = ex
                        self._abort()
                self._on_completed_fut = None
            if _V >= (3, 13) and self._parent_cancel_requested:
                if self._parent_task.uncancel() == 0:
                    propagate = None
                elif propagate is None and _V >= (3, 15):
                    # 3.15: a cancellation left over is not the group's: it propagates
                    propagate = pending
            if self._base_error is not None:
                raise self._base_error
            if propagate is not None and not self._errors:
                raise propagate
            if et is not None and not cancelled:
                self._errors.append(exc)
            if self._errors:
                if _V >= (3, 13) and self._parent_task.cancelling():
                    # 3.13: a cancellation from outside the group stays requested
                    self._parent_task.uncancel()
                    self._parent_task.cancel()
                errors = self._errors
                self._errors = None
                if _V >= (3, 15) and et is not None and issubclass(et, GeneratorExit) and len(errors) == 1:
                    # 3.15: a body's lone GeneratorExit (an async generator's aclose) as itself
                    raise exc
                raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
            if _V >= (3, 15):
                # what was not raised above is suppressed (a body cancelled by cancel())
                return True

        if _V >= (3, 14):
            _aexit = __aexit__

            async def __aexit__(self, et, exc, tb):
                # 3.14 drops the group's references to its parent task and errors on the way
                # out, so a task holding its group (in its coroutine's frame) is no cycle
                try:
                    return await self._aexit(et, exc, tb)
                finally:
                    self._parent_task = None
                    self._errors = None
                    self._base_error = None

        def create_task(self, coro, *, name=None, context=None):
            if not self._entered:
                if _V >= (3, 13):
                    coro.close()
                raise RuntimeError("TaskGroup %r has not been entered" % (self,))
            if self._exiting and not self._tasks:
                if _V >= (3, 13):
                    coro.close()
                raise RuntimeError("TaskGroup %r is finished" % (self,))
            if self._aborting:
                if _V >= (3, 13):
                    coro.close()
                raise RuntimeError("TaskGroup %r is shutting down" % (self,))
            if _V >= (3, 13):
                if context is None:
                    task = self._loop.create_task(coro, name=name)
                else:
                    task = self._loop.create_task(coro, name=name, context=context)
            else:
                if context is None:
                    task = self._loop.create_task(coro)
                else:
                    task = self._loop.create_task(coro, context=context)
                if name is not None:
                    task.set_name(name)
            if task.done():
                self._on_task_done(task)
            else:
                self._tasks.append(task)
                task.add_done_callback(self._on_task_done)
            return task

        if _V >= (3, 14):

            def create_task(self, coro, **kwargs):
                # 3.14: any keyword goes on to the loop's create_task, and a task that is already
                # done (eagerly) is added and gets its done callback all the same (gh-128550)
                if not self._entered:
                    coro.close()
                    raise RuntimeError("TaskGroup %r has not been entered" % (self,))
                if self._exiting and not self._tasks:
                    coro.close()
                    raise RuntimeError("TaskGroup %r is finished" % (self,))
                if self._aborting:
                    coro.close()
                    raise RuntimeError("TaskGroup %r is shutting down" % (self,))
                task = self._loop.create_task(coro, **kwargs)
                self._tasks.append(task)
                task.add_done_callback(self._on_task_done)
                if _V >= (3, 15) and self._aborting and not task.done():
                    # an eager task that aborted the group before it joined (gh-155418)
                    task.cancel()
                return task

        def _abort(self):
            self._aborting = True
            for t in list(self._tasks):
                if not t.done():
                    t.cancel()

        def _on_task_done(self, task):
            if task in self._tasks:
                self._tasks.remove(task)
            if self._on_completed_fut is not None and not self._tasks:
                if not self._on_completed_fut.done():
                    self._on_completed_fut.set_result(True)
            if task.cancelled():
                return
            exc = task.exception()
            if exc is None:
                return
            self._errors.append(exc)
            if _is_base_error(exc) and self._base_error is None:
                self._base_error = exc
            if self._parent_task.done():
                self._loop.call_exception_handler(
                    {
                        "message": "Task %r has errored out but its parent task %r is already completed"
                        % (task, self._parent_task),
                        "exception": exc,
                        "task": task,
                    }
                )
                return
            if not self._aborting and not self._parent_cancel_requested:
                self._abort()
                self._parent_cancel_requested = True
                self._parent_task.cancel()

    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))


# -- coroutine tests, Runner -------------------------------------------------------------------


def iscoroutine(obj):
    if _V < (3, 12) and isinstance(obj, _types.GeneratorType):
        return True
    return _is_coroutine(obj)


def iscoroutinefunction(func):
    if _V >= (3, 14):
        _warn(
            DeprecationWarning,
            "'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16; "
            "use inspect.iscoroutinefunction() instead",
            2,
        )
    return _iscoroutinefunction(func)


def _iscoroutinefunction(func):
    while True:
        if isinstance(func, _types.MethodType):
            func = func.__func__
        elif hasattr(func, "func") and hasattr(func, "args") and hasattr(func, "keywords"):
            func = func.func  # functools.partial
        else:
            break
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


if _V >= (3, 12):

    def create_eager_task_factory(custom_task_constructor):
        def factory(loop, coro, *, name=None, context=None):
            _eager_caller[0] = _EAGER_FACTORY_LINE
            try:
                return custom_task_constructor(coro, loop=loop, name=name, eager_start=True)
            finally:
                _eager_caller[0] = 0

        return factory


if _V >= (3, 11):

    class Runner:
        def __init__(self, *, debug=None, loop_factory=None):
            if debug:
                _unsupported("asyncio debug mode (Runner(debug=True))")
            if loop_factory is not None:
                _unsupported("asyncio.Runner(loop_factory=...)")
            self._state = "created"
            self._loop = None
            self._set_loop = False
            self._context = None

        def __enter__(self):
            self._lazy_init()
            return self

        def __exit__(self, exc_type, exc_val, exc_tb):
            self.close()

        def close(self):
            if self._state != "initialized":
                return
            loop = self._loop
            try:
                _cancel_all_tasks(loop)
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                if self._set_loop:
                    set_event_loop(None)
                loop.close()
                self._loop = None
                self._state = "closed"

        def get_loop(self):
            self._lazy_init()
            return self._loop

        def run(self, coro, *, context=None):
            if _V >= (3, 14):
                # 3.14: the loop check first, then the loop, then any awaitable is wrapped.
                if _running[0] is not None:
                    raise RuntimeError("Runner.run() cannot be called from a running event loop")
                self._lazy_init()
                if not iscoroutine(coro):
                    if not hasattr(coro, "__await__"):
                        raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
                    coro = _wrap_awaitable(coro)
                return self._run_task(coro, context)
            if _V >= (3, 12) and not iscoroutine(coro):
                raise ValueError("a coroutine was expected, got {!r}".format(coro))
            if _V < (3, 12) and not _is_coroutine(coro):
                raise ValueError("a coroutine was expected, got {!r}".format(coro))
            if _running[0] is not None:
                raise RuntimeError("Runner.run() cannot be called from a running event loop")
            self._lazy_init()
            return self._run_task(coro, context)

        def _run_task(self, coro, context):
            # The task runs in the context given, else in the runner's own (a copy made by
            # _lazy_init: None while every context is empty, made when one is needed).
            if context is None:
                if self._context is None and (_ctx_on[0] or self._loop._task_factory is not None):
                    self._context = _cv.Context()
                context = self._context
            if context is None:
                task = self._loop.create_task(coro)
            else:
                task = self._loop.create_task(coro, context=context)
            try:
                return self._loop.run_until_complete(task)
            finally:
                made = getattr(task, "_context", None) if type(task) is Task else None
                if self._context is None and made is not None:
                    self._context = made  # made while it ran: the runner's context

        def _lazy_init(self):
            if self._state == "closed":
                raise RuntimeError("Runner is closed")
            if self._state == "initialized":
                return
            self._loop = new_event_loop()
            if not self._set_loop:
                set_event_loop(self._loop)
                self._set_loop = True
            self._context = _ctx_copy()
            self._state = "initialized"


# The modules CPython defines these classes in (type() and some reprs show them).
for _cls, _module in (
    (Future, "_asyncio"), (Task, "_asyncio"), (_GatheringFuture, "asyncio.tasks"),
    (Handle, "asyncio.events"), (TimerHandle, "asyncio.events"),
    (BaseEventLoop, "asyncio.base_events"), (_UnixSelectorEventLoop, "asyncio.unix_events"),
    (Event, "asyncio.locks"), (Lock, "asyncio.locks"), (Semaphore, "asyncio.locks"),
    (BoundedSemaphore, "asyncio.locks"), (Condition, "asyncio.locks"),
    (Queue, "asyncio.queues"), (LifoQueue, "asyncio.queues"), (PriorityQueue, "asyncio.queues"),
):
    _cls.__module__ = _module
if _V >= (3, 11):
    for _cls, _module in (
        (Barrier, "asyncio.locks"), (Timeout, "asyncio.timeouts"),
        (TaskGroup, "asyncio.taskgroups"), (Runner, "asyncio.runners"),
    ):
        _cls.__module__ = _module
del _cls, _module


# -- what the module does not model ----------------------------------------------------------
# CPython's asyncio has these too (on the versions given); the engine models no I/O, threads,
# subprocesses, event loop policies or generator-based coroutines: using one is unsupported.


def _not_modelled(name):
    def not_modelled(*args, **kwargs):
        _unsupported("asyncio." + name)

    not_modelled.__name__ = name
    not_modelled.__qualname__ = name
    return not_modelled


_NOT_MODELLED = [
    "AbstractEventLoop", "AbstractEventLoopPolicy", "AbstractServer",
    "BaseProtocol", "BaseTransport", "BufferedProtocol", "DatagramProtocol", "DatagramTransport",
    "DefaultEventLoopPolicy", "IncompleteReadError", "LimitOverrunError",
    "Protocol", "ReadTransport", "SelectorEventLoop",
    "SendfileNotAvailableError", "StreamReader", "StreamReaderProtocol", "StreamWriter",
    "SubprocessProtocol", "SubprocessTransport", "Transport",
    "WriteTransport", "create_subprocess_exec", "create_subprocess_shell",
    "get_event_loop_policy", "open_connection", "open_unix_connection",
    "run_coroutine_threadsafe", "set_event_loop_policy", "start_server",
    "start_unix_server", "wrap_future",
]
if _V < (3, 14):  # the child watchers (gone in 3.14)
    _NOT_MODELLED += [
        "AbstractChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher", "SafeChildWatcher",
        "ThreadedChildWatcher", "get_child_watcher", "set_child_watcher",
    ]
if _V >= (3, 9):
    _NOT_MODELLED += ["Server", "to_thread"]
if (3, 9) <= _V < (3, 14):
    _NOT_MODELLED += ["PidfdChildWatcher"]
if _V < (3, 11):
    _NOT_MODELLED += ["coroutine"]
if _V >= (3, 13):
    _NOT_MODELLED += ["EventLoop"]
for _name in _NOT_MODELLED:
    if _name not in globals():
        globals()[_name] = _not_modelled(_name)

_LOOP_NOT_MODELLED = [
    "add_reader", "add_signal_handler", "add_writer", "call_soon_threadsafe",
    "connect_accepted_socket", "connect_read_pipe", "connect_write_pipe", "create_connection",
    "create_datagram_endpoint", "create_server", "create_unix_connection", "create_unix_server",
    "getaddrinfo", "getnameinfo", "remove_reader", "remove_signal_handler", "remove_writer",
    "run_in_executor", "sendfile", "set_default_executor", "sock_accept", "sock_connect",
    "sock_recv", "sock_recv_into", "sock_recvfrom", "sock_recvfrom_into", "sock_sendall",
    "sock_sendfile", "sock_sendto", "start_tls", "subprocess_exec", "subprocess_shell",
]
for _name in _LOOP_NOT_MODELLED:
    if not hasattr(BaseEventLoop, _name):
        setattr(BaseEventLoop, _name, _not_modelled("loop." + _name))
del _name

if _V < (3, 13):
    del QueueShutDown

_CTX_CLASSES = (
    Handle, TimerHandle, BaseEventLoop, _UnixSelectorEventLoop, Future, Task, _GatheringFuture,
    _Wakeup, Queue, Event, _Waiters,
)
if hasattr(_cv, "_on_activate"):  # the engine's contextvars (not CPython's, for the stand-in)
    _cv._on_activate.append(_ctx_activate)

if _native_setup is not None:
    _native_setup(
        {
            "Handle": Handle,
            "TimerHandle": TimerHandle,
            "_callback_failed": _callback_failed,
            "loop": _UnixSelectorEventLoop,
            "Future": Future,
            "Task": Task,
            "_Wakeup": _Wakeup,
            "_current": _current,
            "_step_returned": _step_returned,
            "_step_raised": _step_raised,
            "_GatheringFuture": _GatheringFuture,
            "Queue": Queue,
            "Event": Event,
            "_Waiters": _Waiters,
            "isfuture": isfuture,
            "_is_coroutine": _is_coroutine,
            "get_running_loop": get_running_loop,
            # The functions whose common case runs natively (asyncio_native_future.rs): the
            # same function objects, with their code as the specification of the rest.
            "_natives": {
                "Future.done": Future.done,
                "Future.cancelled": Future.cancelled,
                "Future.result": Future.result,
                "Future.exception": Future.exception,
                "Future.add_done_callback": Future.add_done_callback,
                "Future.set_result": Future.set_result,
                "Future.__del__": Future.__del__,
                "Task.__init__": Task.__init__,
                "Task.__del__": Task.__del__,
                "ensure_future": ensure_future,
                "Queue.__init__": Queue.__init__,
                "Queue.empty": Queue.empty,
                "Queue.full": Queue.full,
                "Queue.get_nowait": Queue.get_nowait,
                "Queue.put_nowait": Queue.put_nowait,
                "Queue._wakeup_next": Queue._wakeup_next,
                "Event.clear": Event.clear,
                # up to 3.13 (3.14's take **kwargs)
                "BaseEventLoop.create_task": BaseEventLoop.create_task if _V < (3, 14) else None,
                "create_task": create_task if _V < (3, 14) else None,
            },
        }
    )


# loop= of the primitives and queues: 3.10 refuses it by name; 3.8-3.9 take it with a
# DeprecationWarning (_bind_loop). Wrapped after _native_setup, so the natives keep
# the original functions (old targets only: a wrapped class takes the Python paths).
if _V < (3, 11):
    _NO_LOOP = object()

    def _refusing_loop(cls):
        init = cls.__init__

        def __init__(self, *args, loop=_NO_LOOP, **kwargs):
            if _V < (3, 10):
                # 3.8-3.9: the class's __init__ binds the loop (see _bind_loop)
                outer = _loop_arg[0]
                _loop_arg[0] = None if loop is _NO_LOOP else loop
                try:
                    init(self, *args, **kwargs)
                finally:
                    _loop_arg[0] = outer
                return
            if loop is not _NO_LOOP:
                raise TypeError(
                    "As of 3.10, the *loop* parameter was removed from %s() since it is no "
                    "longer necessary" % type(self).__name__
                )
            init(self, *args, **kwargs)

        cls.__init__ = __init__

    for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue):
        if "__init__" in _cls.__dict__:
            _refusing_loop(_cls)
    del _cls

# Contexts made before asyncio was imported: the natives (registered above) must not run.
if hasattr(_cv, "_on_activate") and _cv._active[0]:
    _ctx_activate()
