//! Running a whole case under the REPL model: statement by statement, then the teardown.

use yieldspec_trace::{Event, Location, Outcome, Statement, TeardownStep, Trace};

use crate::compile::{compile_module, CompileError};
use crate::generator::disable_finalizers;
use crate::heap::Heap;
use crate::value::{Fatal, Flow, Value};
use crate::vm::{Exit, Vm};
use crate::{describe, line_col, EngineConfig, Rules};

/// `filename` is the case's base name (what its code objects report as `co_filename`).
pub fn run_case(source: &str, filename: &str, config: &EngineConfig) -> Outcome {
    let backend = describe(config);
    let rules = Rules::for_target(config.target);
    if let Some(at) = crate::nesting::too_deep(source) {
        let (line, column) = line_col(source, at);
        return Outcome::Unsupported {
            backend,
            what: format!(
                "nesting deeper than {} levels (an expression or brackets)",
                crate::nesting::MAX_DEPTH
            ),
            location: Location { line, column },
        };
    }
    let parsed = match ruff_python_parser::parse_module(source) {
        Ok(p) => p,
        Err(err) => {
            let (line, column) = line_col(source, usize::from(err.location.start()));
            return Outcome::SyntaxError {
                backend,
                message: err.error.to_string(),
                location: Location { line, column },
            };
        }
    };
    let stmts = match compile_module(source, parsed.syntax(), &rules) {
        Ok(s) => s,
        Err(CompileError::Unsupported { what, line, column }) => {
            return Outcome::Unsupported {
                backend,
                what,
                location: Location { line, column },
            }
        }
        Err(CompileError::Syntax {
            message,
            line,
            column,
        }) => {
            return Outcome::SyntaxError {
                backend,
                message,
                location: Location { line, column },
            }
        }
    };
    let mut vm = Vm::new(config);
    vm.filename = crate::value::Str::from(filename);
    vm.source = std::rc::Rc::from(source);
    // Drops reach this run's heap until the function returns; `vm` itself is dropped after
    // that, with its finalizers already off (every return path turns them off).
    let _heap = Heap::enter(&vm.heap);
    let outcome = run_statements(&mut vm, source, &parsed, &stmts, config, backend);
    // Every return path above turned the finalizers off: what is left can go without running
    // Python code. Break the reference cycles the engine's counting cannot free (it has no
    // cyclic collector), so that a long-lived harness or fuzzer does not grow run after run.
    vm.release_cycles();
    outcome
}

/// The statements of the case, then its teardown (REPL model).
fn run_statements(
    vm: &mut Vm,
    source: &str,
    parsed: &ruff_python_parser::Parsed<ruff_python_ast::ModModule>,
    stmts: &[crate::compile::TopStatement],
    config: &EngineConfig,
    backend: String,
) -> Outcome {
    {
        let mut g = vm.globals.borrow_mut();
        g.set_name("__name__".into(), Value::str("__main__"));
        g.set_name("__doc__".into(), Value::None);
        g.set_name("__builtins__".into(), Value::str("<builtins>"));
    }
    vm.globals_changed();
    let mut trace = Trace {
        backend: backend.clone(),
        statements: Vec::new(),
        teardown: Vec::new(),
    };
    // Warnings of the compiler: every statement is compiled before the first runs, so they
    // belong to the first statement.
    let mut compile_warnings = compile_warnings(source, parsed.syntax(), &vm.rules);
    for st in stmts {
        trace.statements.push(Statement {
            line: st.line,
            source: st.source.clone(),
            events: Vec::new(),
        });
        vm.current_line = st.line;
        vm.case_line = st.line;
        let r = run_statement(vm, st.code.clone());
        let events = vm.rec.take();
        if let Some(last) = trace.statements.last_mut() {
            compile_warnings.extend(events);
            last.events = std::mem::take(&mut compile_warnings);
        }
        if let Err(fatal) = r {
            disable_finalizers(&vm.heap);
            return match *fatal {
                limit @ (Fatal::Timeout | Fatal::Deadline | Fatal::Memory) => {
                    limit_reached(config, &limit, trace)
                }
                Fatal::Unsupported { what, line, column } => Outcome::Unsupported {
                    backend,
                    what,
                    location: Location {
                        line: if line == 0 { st.line } else { line },
                        column: column.max(1),
                    },
                },
            };
        }
    }
    // Teardown: names in reverse binding order, then the cycle collection.
    let names: Vec<_> = vm.globals.borrow().names();
    for name in names.into_iter().rev() {
        if matches!(&*name, "__name__" | "__doc__" | "__builtins__") {
            continue;
        }
        let old = vm.globals.borrow_mut().del_name(&name);
        vm.globals_changed();
        // A release outside any statement: what it warns is at line 0 (as the tracer's).
        vm.current_line = 0;
        drop(old);
        if let Err(limit) = finish_teardown_step(vm, format!("del {name}"), &mut trace) {
            return limit_reached(config, &limit, trace);
        }
    }
    // The cyclic collector (`gc.collect(0)`): frames kept in traceback cycles are released
    // (what they held is finalized), then the young generation is collected.
    vm.current_line = 0;
    crate::generator::collect_cycles(&vm.heap);
    let collected = vm
        .run_finalizers()
        .and_then(|()| vm.gc_collect(0, crate::gc::Collect::Teardown).map(drop));
    if let Err(Flow::Fatal(f)) = collected {
        disable_finalizers(&vm.heap);
        if let Fatal::Timeout | Fatal::Deadline | Fatal::Memory = *f {
            return limit_reached(config, &f, trace);
        }
    }
    if let Err(limit) = finish_teardown_step(vm, "gc".into(), &mut trace) {
        return limit_reached(config, &limit, trace);
    }
    disable_finalizers(&vm.heap);
    Outcome::Completed { trace }
}

/// The warnings CPython's compiler gives for the module: PEP 765's (3.14, from the AST pass
/// that runs before code generation), then the misused literals' (3.8).
fn compile_warnings(
    source: &str,
    module: &ruff_python_ast::ModModule,
    rules: &Rules,
) -> Vec<Event> {
    let mut out = Vec::new();
    if rules.pep765_warnings {
        out.extend(
            crate::compile::pep765::finally_exits(&module.body)
                .into_iter()
                .map(|exit| (exit.offset, exit.message())),
        );
    }
    out.extend(
        crate::compile::literal_warnings::literal_warnings(&module.body, rules)
            .into_iter()
            .map(|w| (w.offset, w.message)),
    );
    out.into_iter()
        .map(|(offset, message)| Event::Warning {
            category: "SyntaxWarning".into(),
            message,
            line: line_col(source, offset).0,
        })
        .collect()
}

/// Run the finalizers a teardown step queued and record its events as a step (none: no step).
/// Err when a limit was reached (the step's events are then dropped with the teardown).
fn finish_teardown_step(vm: &mut Vm, label: String, trace: &mut Trace) -> Result<(), Fatal> {
    let r = vm.run_finalizers();
    let events = vm.rec.take();
    if let Err(Flow::Fatal(f)) = r {
        disable_finalizers(&vm.heap);
        if let Fatal::Timeout | Fatal::Deadline | Fatal::Memory = *f {
            return Err(*f);
        }
    }
    if !events.is_empty() {
        trace.teardown.push(TeardownStep { label, events });
    }
    Ok(())
}

/// The outcome of a case stopped by one of its limits (a fuel, time or memory `Fatal`).
fn limit_reached(config: &EngineConfig, limit: &Fatal, partial: Trace) -> Outcome {
    match limit {
        Fatal::Memory => Outcome::Memory {
            budget: format!(
                "memory budget of {} bytes",
                config.memory.unwrap_or_default()
            ),
            partial,
        },
        Fatal::Deadline => Outcome::Timeout {
            budget: match config.time_budget {
                Some(t) => format!("time budget of {} s", t.as_secs_f64()),
                None => "interrupted".into(),
            },
            partial,
        },
        _ => Outcome::Timeout {
            budget: format!("fuel {} exhausted", config.fuel),
            partial,
        },
    }
}

/// Run one top-level statement; Python exceptions become events, fatal stops are returned.
fn run_statement(vm: &mut Vm, code: std::rc::Rc<crate::compile::Code>) -> Result<(), Box<Fatal>> {
    vm.depth = 0;
    // What the harness releases after the statement (its value, an exception that escaped
    // it) warns at the statement's line, on every backend.
    let line = vm.current_line;
    let globals = vm.globals.clone();
    let r = vm.run_module_code(code, globals).and_then(|exit| {
        let v = match exit {
            Exit::Return(v) | Exit::Yield(v) => v,
        };
        vm.run_finalizers()?;
        if v.is_none() {
            return Ok(());
        }
        let text = vm.repr(&v);
        match text {
            Ok(text) => {
                // Recorded before the value is released, as the display hook would: what
                // its release finalizes (a never-awaited coroutine) comes after.
                vm.rec.value(&text);
                vm.current_line = line;
                drop(v);
                vm.run_finalizers()?;
                Ok(())
            }
            Err(e) => Err(e),
        }
    });
    match r {
        Ok(()) => Ok(()),
        Err(Flow::Exc(e)) => {
            // The harness catches it (storing its traceback on it, see `ExcData::caught_tb`).
            if let Some(d) = e.exc() {
                let mut d = d.borrow_mut();
                d.caught_tb = d.traceback.clone();
            }
            let info = vm.exception_info(&e);
            vm.rec.add(Event::Raise { exception: info });
            vm.current_line = line;
            drop(e);
            match vm.run_finalizers() {
                Ok(()) => Ok(()),
                Err(Flow::Fatal(f)) => Err(f),
                Err(Flow::Exc(_)) => Ok(()),
            }
        }
        Err(Flow::Fatal(f)) => Err(f),
    }
}
