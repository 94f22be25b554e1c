//! Turning fuzz bytes into a [`Program`]: a swarm [`GenConfig`] first, then functions and a
//! driver that only use the switched-on features. Loops, sizes and the work a call can cause
//! are bounded while generating, so every program terminates (fuel is only a backstop).

use arbitrary::{Arbitrary, Result, Unstructured};

use super::config::{Feature, Features, GenConfig, Python};
use super::program::*;

/// Estimated steps a generator function may cost (loop bodies multiply, calls add the callee's).
const FUNCTION_BUDGET: u32 = 120;
/// Largest product of enclosing loop bounds.
const MAX_LOOP_PRODUCT: u32 = 16;

/// A generated program together with the configuration it was generated under.
#[derive(Clone, Debug)]
pub struct Generated {
    pub config: GenConfig,
    pub program: Program,
}

impl<'a> Arbitrary<'a> for Generated {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Generated::requiring(u, Features::none())
    }
}

impl Generated {
    /// A program whose swarm configuration has every switch of `required` on (and the switches
    /// they need to act, [`Features::closed`]), and that is of the kind they ask for: with
    /// `asyncio` an asyncio program, with `async_def`/`async_gen`/`async_with` coroutines or
    /// async generators. With no requirement this is `Generated::arbitrary`, the same program
    /// for the same bytes.
    pub fn requiring(u: &mut Unstructured<'_>, required: Features) -> Result<Generated> {
        Generated::requiring_on(u, required, None)
    }

    /// [`Generated::requiring`], for backends of language version `python` when given: the
    /// features it lacks ([`Feature::since`]) are switched off, required or not, so both sides
    /// do not just reject the program as a syntax error.
    pub fn requiring_on(
        u: &mut Unstructured<'_>,
        required: Features,
        python: Option<Python>,
    ) -> Result<Generated> {
        let mut required = required.closed();
        let mut config = GenConfig::arbitrary(u)?;
        config.features = config.features.union(required);
        if let Some(python) = python {
            required = required.available_on(python);
            config.features = config.features.available_on(python);
        }
        if required.has(Feature::AsyncWith)
            && !config.has(Feature::AsyncDef)
            && !config.has(Feature::AsyncGen)
        {
            let flavor = if u.arbitrary::<bool>()? {
                Feature::AsyncDef
            } else {
                Feature::AsyncGen
            };
            config.features = config.features.with(flavor);
        }
        let program = generate_requiring(&config, required, u)?;
        Ok(Generated { config, program })
    }
}

/// Generate a program under `config` from the bytes left in `u`. Running out of bytes gives
/// smaller programs, never an error.
pub fn generate(config: &GenConfig, u: &mut Unstructured<'_>) -> Result<Program> {
    generate_requiring(config, Features::none(), u)
}

/// [`generate`], the program of the kind `required` asks for (see [`Generated::requiring`]).
fn generate_requiring(
    config: &GenConfig,
    required: Features,
    u: &mut Unstructured<'_>,
) -> Result<Program> {
    let must_async = [Feature::AsyncDef, Feature::AsyncGen, Feature::AsyncWith]
        .into_iter()
        .any(|f| required.has(f));
    // Half of the programs whose switches allow it are asyncio programs (all of them when
    // asyncio is required, none when hand-driven coroutines or async generators are).
    let asyncio = config.has(Feature::Asyncio) && u.arbitrary::<bool>()?;
    if required.has(Feature::Asyncio) || (asyncio && !must_async) {
        return Ok(Program {
            tasks: Some(super::asyncio::generate(config, u)?),
            ..Program::default()
        });
    }
    let nfuncs = usize::from(u.int_in_range(1..=config.max_functions.max(1))?);
    let mut g = Gen {
        u,
        cfg: config,
        nfuncs,
        costs: vec![0; nfuncs],
        cost: 0,
    };
    let mut functions = vec![Function::default(); nfuncs];
    // Callees first: gN calls only gM with M > N, whose costs are then known.
    for i in (0..nfuncs).rev() {
        g.cost = 0;
        let ctx = Ctx {
            func: i,
            depth: 0,
            for_vars: Vec::new(),
            in_loop: false,
            in_handler: false,
            mult: 1,
        };
        let mut body = g.block(&ctx)?;
        if !has_yield(&body) {
            let e = g.expr(&ctx)?;
            body.push(Stmt::Yield(e));
        }
        g.costs[i] = g.cost.max(1);
        functions[i] = Function { body };
    }
    let driver = g.driver()?;
    // Half of the programs whose switches allow an async flavor stay generator programs.
    let async_on = config.has(Feature::AsyncDef) || config.has(Feature::AsyncGen);
    let (want_def, want_gen) = (
        required.has(Feature::AsyncDef),
        required.has(Feature::AsyncGen),
    );
    let flavor = match (config.has(Feature::AsyncDef), config.has(Feature::AsyncGen)) {
        _ if !async_on || (!g.u.arbitrary::<bool>()? && !must_async) => Flavor::Sync,
        (true, false) => Flavor::Coroutine,
        (true, true) if want_def != want_gen => {
            if want_def {
                Flavor::Coroutine
            } else {
                Flavor::AsyncGen
            }
        }
        (true, true) if g.u.arbitrary::<bool>()? => Flavor::Coroutine,
        (true, true) | (false, true) => Flavor::AsyncGen,
        (false, false) => Flavor::Sync,
    };
    Ok(Program {
        flavor,
        hooks: flavor == Flavor::AsyncGen && config.has(Feature::AsyncgenHooks),
        async_with: flavor != Flavor::Sync && config.has(Feature::AsyncWith),
        functions,
        driver,
        tasks: None,
    })
}

struct Gen<'a, 'b> {
    u: &'b mut Unstructured<'a>,
    cfg: &'b GenConfig,
    nfuncs: usize,
    /// Estimated cost of each function already generated.
    costs: Vec<u32>,
    /// Estimated cost of the function being generated.
    cost: u32,
}

#[derive(Clone)]
struct Ctx {
    func: usize,
    depth: u8,
    /// Depths of the enclosing `for` loops (their variables `iD`).
    for_vars: Vec<u8>,
    in_loop: bool,
    in_handler: bool,
    /// Product of the enclosing loops' bounds.
    mult: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Print,
    Yield,
    YieldRecv,
    YieldFrom,
    Return,
    Raise,
    Try,
    For,
    While,
    Break,
    Continue,
    If,
    With,
    Use,
    Reenter,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DKind {
    Create,
    CreateGenexp,
    Next,
    Send,
    Throw,
    Close,
    List,
    For,
    Del,
    Bag,
    Attr,
    State,
    Fresh,
    MapCreate,
    Rename,
    WeakRef,
    Consume,
}

impl Gen<'_, '_> {
    fn has(&self, f: Feature) -> bool {
        self.cfg.has(f)
    }

    fn small(&mut self) -> Result<i64> {
        Ok(i64::from(self.u.int_in_range(0u8..=9)?))
    }

    fn block(&mut self, ctx: &Ctx) -> Result<Vec<Stmt>> {
        let max = self.cfg.max_block.saturating_sub(ctx.depth).max(1);
        let n = self.u.int_in_range(1..=max)?;
        let mut out = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            out.push(self.stmt(ctx)?);
            if self.u.is_empty() {
                break;
            }
        }
        Ok(out)
    }

    fn stmt(&mut self, ctx: &Ctx) -> Result<Stmt> {
        self.cost += ctx.mult;
        let over = self.cost > FUNCTION_BUDGET;
        let mut kinds = vec![Kind::Print, Kind::Yield, Kind::Yield];
        if self.has(Feature::YieldExpr) {
            kinds.extend([Kind::YieldRecv, Kind::YieldRecv]);
        }
        if !over && self.source_features() {
            kinds.extend([Kind::YieldFrom, Kind::YieldFrom]);
        }
        if self.has(Feature::Return) {
            kinds.push(Kind::Return);
        }
        if self.has(Feature::Raise)
            || self.has(Feature::RaiseStopIteration)
            || self.has(Feature::GeneratorExit)
        {
            kinds.push(Kind::Raise);
        }
        if ctx.depth < self.cfg.max_depth && !over {
            if self.has(Feature::TryExcept) || self.has(Feature::TryFinally) {
                kinds.extend([Kind::Try, Kind::Try]);
            }
            if self.has(Feature::Loops) && ctx.mult * 2 <= MAX_LOOP_PRODUCT {
                kinds.extend([Kind::For, Kind::While]);
            }
            if self.has(Feature::Conditionals) {
                kinds.push(Kind::If);
            }
            if self.has(Feature::With) {
                kinds.push(Kind::With);
            }
        }
        if ctx.in_loop && self.has(Feature::BreakContinue) {
            kinds.extend([Kind::Break, Kind::Continue]);
        }
        if !over && (self.has(Feature::Calls) || self.has(Feature::Genexp)) {
            kinds.push(Kind::Use);
        }
        if self.has(Feature::Reentrant) {
            kinds.push(Kind::Reenter);
        }
        let kind = *self.u.choose(&kinds)?;
        Ok(match kind {
            Kind::Print => Stmt::Print(self.expr(ctx)?),
            Kind::Yield => Stmt::Yield(self.expr(ctx)?),
            Kind::YieldRecv => Stmt::YieldRecv(self.expr(ctx)?),
            Kind::YieldFrom => match self.source(ctx, true)? {
                Some(src) => Stmt::YieldFrom(src),
                None => Stmt::Yield(self.expr(ctx)?),
            },
            Kind::Return => {
                if self.has(Feature::ReturnValues) && self.u.ratio(1, 3)? {
                    Stmt::ReturnCompound {
                        tuple: self.u.arbitrary()?,
                        value: self.expr(ctx)?,
                    }
                } else if self.u.ratio(1, 4)? {
                    Stmt::Return(None)
                } else {
                    Stmt::Return(Some(self.expr(ctx)?))
                }
            }
            Kind::Raise => {
                let raise = Stmt::Raise(self.raise(ctx)?);
                // An unconditional raise at the top of a function ends it at once; guard most.
                if ctx.depth == 0 && self.u.ratio(3, 4)? {
                    Stmt::If {
                        cond: self.cond(ctx)?,
                        then: vec![raise],
                        orelse: Vec::new(),
                    }
                } else {
                    raise
                }
            }
            Kind::Try => self.try_stmt(ctx)?,
            Kind::For | Kind::While => {
                let n = self.u.int_in_range(1..=self.cfg.max_loop.max(1))?;
                let mut inner = ctx.clone();
                inner.depth += 1;
                inner.in_loop = true;
                inner.mult = ctx.mult * u32::from(n);
                if kind == Kind::For {
                    inner.for_vars.push(ctx.depth);
                }
                let body = self.block(&inner)?;
                let depth = ctx.depth;
                if kind == Kind::For {
                    Stmt::For { depth, n, body }
                } else {
                    Stmt::While { depth, n, body }
                }
            }
            Kind::Break => Stmt::Break,
            Kind::Continue => Stmt::Continue,
            Kind::If => {
                let cond = self.cond(ctx)?;
                let inner = ctx.deeper();
                let then = self.block(&inner)?;
                let orelse = if self.u.arbitrary()? {
                    self.block(&inner)?
                } else {
                    Vec::new()
                };
                Stmt::If { cond, then, orelse }
            }
            Kind::With => {
                let swallow = self.has(Feature::SwallowingWith) && self.u.arbitrary()?;
                let body = self.block(&ctx.deeper())?;
                Stmt::With { swallow, body }
            }
            Kind::Use => self.use_stmt(ctx)?,
            Kind::Reenter => {
                let slot = self.u.int_in_range(0..=self.cfg.max_slots.max(1) - 1)?;
                Stmt::Reenter(slot)
            }
        })
    }

    fn source_features(&self) -> bool {
        [
            Feature::YieldFromGen,
            Feature::YieldFromSeq,
            Feature::YieldFromIter,
            Feature::YieldFromProto,
            Feature::YieldFromGenexp,
        ]
        .iter()
        .any(|f| self.has(*f))
    }

    /// A callee for function `ctx.func` that fits the remaining budget.
    fn callee(&mut self, ctx: &Ctx) -> Result<Option<usize>> {
        let candidates: Vec<usize> = (ctx.func + 1..self.nfuncs)
            .filter(|j| self.cost + ctx.mult * self.costs[*j] <= FUNCTION_BUDGET)
            .collect();
        if candidates.is_empty() {
            return Ok(None);
        }
        Ok(Some(*self.u.choose(&candidates)?))
    }

    fn int_expr(&mut self, ctx: &Ctx) -> Result<Expr> {
        loop {
            let e = self.expr(ctx)?;
            if e.is_int() {
                return Ok(e);
            }
        }
    }

    /// A source for `yield from` (`genexp` allowed) or for a use inside a generator.
    fn source(&mut self, ctx: &Ctx, genexp: bool) -> Result<Option<Source>> {
        let mut options = Vec::new();
        if self.has(Feature::YieldFromGen) {
            options.push(Feature::YieldFromGen);
        }
        for f in [
            Feature::YieldFromSeq,
            Feature::YieldFromIter,
            Feature::YieldFromProto,
        ] {
            if self.has(f) {
                options.push(f);
            }
        }
        if genexp && self.has(Feature::YieldFromGenexp) {
            options.push(Feature::YieldFromGenexp);
        }
        if options.is_empty() {
            return Ok(None);
        }
        let n_max = self.cfg.max_loop.max(1);
        Ok(match *self.u.choose(&options)? {
            Feature::YieldFromGen => match self.callee(ctx)? {
                Some(func) => {
                    let arg = self.int_expr(ctx)?;
                    self.cost += ctx.mult * self.costs[func];
                    Some(Source::Gen { func, arg })
                }
                None => Some(Source::Range(self.u.int_in_range(0..=n_max)?)),
            },
            Feature::YieldFromSeq => {
                if self.u.arbitrary()? {
                    let n = self.u.int_in_range(0..=n_max)?;
                    let mut items = Vec::new();
                    for _ in 0..n {
                        items.push(self.small()?);
                    }
                    Some(Source::List(items))
                } else {
                    Some(Source::Range(self.u.int_in_range(0..=n_max)?))
                }
            }
            Feature::YieldFromIter => Some(Source::Count {
                n: self.u.int_in_range(0..=n_max)?,
                ret: self.small()?,
            }),
            Feature::YieldFromProto => Some(Source::Proto {
                n: self.u.int_in_range(0..=n_max)?,
                ret: self.small()?,
            }),
            _ => self
                .source(ctx, false)?
                .map(|inner| Source::Genexp(Box::new(inner))),
        })
    }

    fn use_stmt(&mut self, ctx: &Ctx) -> Result<Stmt> {
        let src = if self.has(Feature::Calls) {
            match self.callee(ctx)? {
                Some(func) => {
                    let arg = self.int_expr(ctx)?;
                    self.cost += ctx.mult * self.costs[func];
                    Source::Gen { func, arg }
                }
                None => Source::Range(self.u.int_in_range(0..=self.cfg.max_loop)?),
            }
        } else {
            Source::Range(self.u.int_in_range(0..=self.cfg.max_loop)?)
        };
        let src = if self.has(Feature::Genexp) && self.u.arbitrary()? {
            Source::Genexp(Box::new(src))
        } else {
            src
        };
        Ok(Stmt::Use(match self.u.int_in_range(0..=3)? {
            0 => Use::For(src),
            1 => Use::List(src),
            2 => Use::Next(src),
            _ => Use::Comprehension(src),
        }))
    }

    fn expr(&mut self, ctx: &Ctx) -> Result<Expr> {
        let mut options = vec![0u8, 1, 2];
        if self.has(Feature::YieldExpr) {
            options.push(3);
        }
        if !ctx.for_vars.is_empty() {
            options.push(4);
        }
        Ok(match *self.u.choose(&options)? {
            0 => Expr::Int(self.small()?),
            1 => Expr::Param,
            2 => Expr::ParamPlus(self.small()?),
            3 => Expr::Recv,
            _ => Expr::LoopVar(*self.u.choose(&ctx.for_vars)?),
        })
    }

    fn cond(&mut self, ctx: &Ctx) -> Result<Cond> {
        let mut options = vec![0u8];
        if self.has(Feature::YieldExpr) {
            options.extend([1, 2, 2]);
        }
        if !ctx.for_vars.is_empty() {
            options.push(3);
        }
        Ok(match *self.u.choose(&options)? {
            0 => Cond::ParamGt(self.small()?),
            1 => Cond::RecvIsNone,
            2 => Cond::RecvEq(self.small()?),
            _ => Cond::LoopVarEq(*self.u.choose(&ctx.for_vars)?, self.small()?),
        })
    }

    fn exc(&mut self) -> Result<Exc> {
        let mut options = vec![0u8, 1, 2];
        if self.has(Feature::Raise) {
            options.push(3);
        }
        if self.has(Feature::RaiseStopIteration) {
            options.extend([4, 4]);
        }
        if self.has(Feature::GeneratorExit) {
            options.push(5);
        }
        Ok(match *self.u.choose(&options)? {
            0 => Exc::User(0),
            1 => Exc::User(1),
            2 => Exc::Value,
            3 => Exc::Key,
            4 => Exc::StopIteration(self.small()?),
            _ => Exc::GeneratorExit,
        })
    }

    fn raise(&mut self, ctx: &Ctx) -> Result<Raise> {
        if ctx.in_handler && self.u.ratio(1, 3)? {
            return Ok(Raise::Reraise);
        }
        let exc = self.exc()?;
        if self.has(Feature::Raise) && self.u.ratio(1, 4)? {
            return Ok(Raise::From(exc, self.exc()?));
        }
        Ok(Raise::New(exc))
    }

    fn catch(&mut self) -> Result<Catch> {
        let mut options = vec![
            Catch::User(0),
            Catch::User(1),
            Catch::Value,
            Catch::Exception,
        ];
        if self.has(Feature::Raise) {
            options.push(Catch::Tuple);
        }
        if self.has(Feature::RaiseStopIteration) {
            options.extend([Catch::StopIteration, Catch::Runtime]);
        }
        if self.has(Feature::GeneratorExit) {
            options.extend([Catch::GeneratorExit, Catch::BaseException]);
        }
        Ok(self.u.choose(&options)?.clone())
    }

    fn try_stmt(&mut self, ctx: &Ctx) -> Result<Stmt> {
        let inner = ctx.deeper();
        let body = self.block(&inner)?;
        let mut handlers = Vec::new();
        if self.has(Feature::TryExcept) {
            let n = self.u.int_in_range(0..=2)?;
            for _ in 0..n {
                let catch = self.catch()?;
                let mut hctx = inner.clone();
                hctx.in_handler = true;
                let body = if self.u.arbitrary()? {
                    Vec::new()
                } else {
                    self.block(&hctx)?
                };
                handlers.push(Handler { catch, body });
            }
        }
        let orelse = if !handlers.is_empty() && self.has(Feature::TryElse) && self.u.arbitrary()? {
            self.block(&inner)?
        } else {
            Vec::new()
        };
        let finalbody =
            if handlers.is_empty() || (self.has(Feature::TryFinally) && self.u.arbitrary()?) {
                Some(self.block(&inner)?)
            } else {
                None
            };
        Ok(Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        })
    }

    fn driver(&mut self) -> Result<Vec<Driver>> {
        let slots = self.cfg.max_slots.clamp(1, 4);
        let mut bound = vec![false; usize::from(slots)];
        let n = self.u.int_in_range(2..=self.cfg.max_driver.max(2))?;
        let mut out = Vec::new();
        let mut kinds = vec![DKind::Create, DKind::Next, DKind::Next, DKind::Next];
        let switches = [
            (Feature::Genexp, DKind::CreateGenexp),
            (Feature::Send, DKind::Send),
            (Feature::Send, DKind::Send),
            (Feature::Throw, DKind::Throw),
            (Feature::Throw, DKind::Throw),
            (Feature::Close, DKind::Close),
            (Feature::ListDrive, DKind::List),
            (Feature::ListDrive, DKind::Fresh),
            (Feature::ForDrive, DKind::For),
            (Feature::Del, DKind::Del),
            (Feature::Del, DKind::Bag),
            (Feature::GiAttrs, DKind::Attr),
            (Feature::GetState, DKind::State),
            (Feature::CallFromC, DKind::MapCreate),
            (Feature::Rename, DKind::Rename),
            (Feature::WeakRefs, DKind::WeakRef),
            (Feature::Consume, DKind::Consume),
        ];
        for (f, k) in switches {
            if self.has(f) {
                kinds.push(k);
            }
        }
        for i in 0..n {
            let live: Vec<u8> = (0..slots).filter(|s| bound[usize::from(*s)]).collect();
            let kind = if live.is_empty() || i == 0 {
                DKind::Create
            } else {
                *self.u.choose(&kinds)?
            };
            let stmt = match kind {
                DKind::Create | DKind::CreateGenexp | DKind::MapCreate => {
                    let slot = self.u.int_in_range(0..=slots - 1)?;
                    bound[usize::from(slot)] = true;
                    let func = self.u.int_in_range(0..=self.nfuncs - 1)?;
                    let arg = self.small()?;
                    match kind {
                        DKind::Create => Driver::Create { slot, func, arg },
                        DKind::MapCreate => Driver::MapCreate { slot, func, arg },
                        _ => Driver::CreateGenexp { slot, func, arg },
                    }
                }
                DKind::Fresh => Driver::Fresh {
                    func: self.u.int_in_range(0..=self.nfuncs - 1)?,
                    arg: self.small()?,
                },
                DKind::Bag => {
                    // The live generators in some order, into one container, their names
                    // deleted, then the container: its deallocator releases them one by one.
                    let mut slots = live.clone();
                    for i in (1..slots.len()).rev() {
                        let j = self.u.int_in_range(0..=i)?;
                        slots.swap(i, j);
                    }
                    let kind = *self
                        .u
                        .choose(&[BagKind::List, BagKind::Tuple, BagKind::Dict])?;
                    for s in &slots {
                        bound[usize::from(*s)] = false;
                    }
                    out.push(Driver::Bag {
                        slots: slots.clone(),
                        kind,
                    });
                    out.push(Driver::DelMany { slots });
                    Driver::DelBag
                }
                _ => {
                    let slot = *self.u.choose(&live)?;
                    match kind {
                        DKind::Next => Driver::Next {
                            slot,
                            default: self.u.ratio(1, 4)?,
                        },
                        DKind::Send => Driver::Send {
                            slot,
                            value: self.small()?,
                        },
                        DKind::Throw => {
                            let exc = self.exc()?;
                            let form = match self.u.int_in_range(0..=3)? {
                                0 => ThrowForm::Type,
                                1 if self.has(Feature::ThrowTriple) => ThrowForm::Triple,
                                2 if self.has(Feature::ThrowMisuse) => *self.u.choose(&[
                                    ThrowForm::Pair,
                                    ThrowForm::NoArgs,
                                    ThrowForm::InstanceWithValue,
                                    ThrowForm::BadTraceback,
                                    ThrowForm::NotException,
                                ])?,
                                _ => ThrowForm::Instance,
                            };
                            Driver::Throw { slot, exc, form }
                        }
                        DKind::Rename => Driver::Rename {
                            slot,
                            attr: *self.u.choose(&[NameAttr::Name, NameAttr::Qualname])?,
                            value: if self.u.ratio(1, 5)? {
                                None
                            } else {
                                Some(self.small()?)
                            },
                        },
                        DKind::WeakRef => {
                            if self.u.ratio(1, 3)? {
                                Driver::RefsDead
                            } else {
                                Driver::WeakRef { slot }
                            }
                        }
                        DKind::Consume => Driver::Consume {
                            slot,
                            how: *self.u.choose(&[
                                Consumer::MaxKey,
                                Consumer::MinKey,
                                Consumer::SortedKey,
                                Consumer::Extend,
                                Consumer::Iadd,
                                Consumer::DictUpdate,
                                Consumer::SetUpdate,
                                Consumer::DictZip,
                                Consumer::StarArgs,
                                Consumer::ZipStrict,
                            ])?,
                            fail: self.small()?,
                        },
                        DKind::Close => Driver::Close { slot },
                        DKind::List => Driver::List { slot },
                        DKind::For => Driver::For {
                            slot,
                            break_at: if self.u.arbitrary()? {
                                Some(self.small()?)
                            } else {
                                None
                            },
                        },
                        DKind::Del => {
                            bound[usize::from(slot)] = false;
                            Driver::Del { slot }
                        }
                        DKind::Attr => Driver::Attr {
                            slot,
                            attr: *self.u.choose(&[
                                GiAttr::Running,
                                GiAttr::FrameIsNone,
                                GiAttr::CodeName,
                                GiAttr::YieldFrom,
                                GiAttr::Name,
                                GiAttr::Qualname,
                                GiAttr::Repr,
                            ])?,
                        },
                        _ => Driver::State { slot },
                    }
                }
            };
            out.push(stmt);
        }
        Ok(out)
    }
}

impl Ctx {
    fn deeper(&self) -> Ctx {
        let mut c = self.clone();
        c.depth += 1;
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_still_gives_a_generator_program() {
        let g = Generated::arbitrary(&mut Unstructured::new(&[])).unwrap();
        assert_eq!(g.program.functions.len(), 1);
        assert!(has_yield(&g.program.functions[0].body));
        assert!(matches!(g.program.driver[0], Driver::Create { .. }));
    }

    /// Programs generated with a requirement use it; without one, some of the same programs
    /// do not (so the requirement is what made the difference).
    #[test]
    fn a_requirement_restricts_the_programs_to_those_using_it() {
        use crate::fuzz::program_bytes;
        for (name, uses) in [
            ("asyncio", "asyncio"),
            ("asyncio_queue", "asyncio"),
            ("async_def", "async_def"),
            ("async_gen", "async_gen"),
            ("asyncgen_hooks", "async_gen"),
        ] {
            let required: Features = [name.parse::<Feature>().unwrap()].into_iter().collect();
            let uses = Feature::from_name(uses).unwrap();
            let mut free_without = 0;
            for i in 0..200 {
                let bytes = program_bytes(3, i);
                let with = Generated::requiring(&mut Unstructured::new(&bytes), required).unwrap();
                assert!(with.config.features.has(uses), "{name}: program {i} config");
                assert!(
                    with.program.features_used().has(uses),
                    "{name}: program {i} does not use {uses}"
                );
                for f in required.iter() {
                    assert!(with.config.has(f), "{name}: program {i} has {f} off");
                }
                let without = Generated::arbitrary(&mut Unstructured::new(&bytes)).unwrap();
                if !without.program.features_used().has(uses) {
                    free_without += 1;
                }
            }
            assert!(free_without > 50, "{name}: only {free_without} of 200");
        }
        assert!("no_such".parse::<Feature>().is_err());
    }
}
