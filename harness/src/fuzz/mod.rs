//! The differential fuzzer: generated generator programs run on two backends and compared.
//!
//! As in wasmtime's `crates/fuzzing`, generation ([`config`], [`program`], [`generate`],
//! [`render`]) is kept apart from the oracle ([`oracle`]). On top of them: the in-process loop
//! of `yieldspec fuzz` ([`run`], with [`report`] and [`cost`]), the reducer of `yieldspec reduce`
//! ([`reduce`]) and the entry points of the cargo-fuzz targets ([`targets`]).

pub mod asyncio;
pub mod config;
pub mod cost;
pub mod findings;
pub mod generate;
pub mod jobs;
pub mod known;
pub mod messages;
pub mod oracle;
pub mod probe;
pub mod program;
pub mod reduce;
pub mod render;
pub mod report;
pub mod run;
pub mod signature;
pub mod signature_kinds;
pub mod targets;

use arbitrary::Unstructured;

pub use config::{Feature, Features, GenConfig, Python};
pub use generate::Generated;
pub use oracle::{Check, Class, Oracle};

use crate::case::Case;

/// The step budget of a generated or reduced program, in `yieldspec fuzz`, `reduce` and the
/// cargo-fuzz targets alike: such programs finish in milliseconds, and the reducer can make
/// their loops endless.
pub const GENERATED_FUEL: u64 = 5_000_000;

/// The wall-clock budget of a generated or reduced program (see [`GENERATED_FUEL`]).
pub const GENERATED_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// `run` with the budgets of generated programs ([`GENERATED_FUEL`], [`GENERATED_TIMEOUT`],
/// or less if `run` asks for less): a program that runs longer is a timeout.
pub fn capped(run: &crate::backend::RunConfig) -> crate::backend::RunConfig {
    crate::backend::RunConfig {
        timeout: run.timeout.min(GENERATED_TIMEOUT),
        fuel: run.fuel.min(GENERATED_FUEL),
        isolation: crate::backend::Isolation::Generated,
        ..run.clone()
    }
}

/// Bytes fed to the generator for one program of the in-process loop.
const PROGRAM_BYTES: usize = 2048;

/// The generator's input for program `index` of a run seeded with `seed` (SplitMix64), so a
/// run is deterministic and any one program can be regenerated alone.
pub fn program_bytes(seed: u64, index: u64) -> Vec<u8> {
    let mut state = seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(index.wrapping_mul(0xD1B5_4A32_D192_ED03));
    let mut out = Vec::with_capacity(PROGRAM_BYTES);
    while out.len() < PROGRAM_BYTES {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        out.extend_from_slice(&z.to_le_bytes());
    }
    out
}

/// Generate a program from fuzz bytes.
pub fn generate_from(data: &[u8]) -> Generated {
    generate_requiring(data, Features::none())
}

/// Generate a program from fuzz bytes that uses the `required` features
/// ([`Generated::requiring`]; with none, [`generate_from`]).
pub fn generate_requiring(data: &[u8], required: Features) -> Generated {
    generate_on(data, required, None)
}

/// [`generate_requiring`] for backends of language version `python` when given: without the
/// features that version lacks ([`Generated::requiring_on`]).
pub fn generate_on(data: &[u8], required: Features, python: Option<Python>) -> Generated {
    let mut u = Unstructured::new(data);
    // Generation never fails: running out of bytes only makes programs smaller.
    Generated::requiring_on(&mut u, required, python).expect("generation is infallible")
}

/// A generated program as a case, with a header saying where it came from.
pub fn to_case(generated: &Generated, id: &str, description: String) -> Case {
    let mut header = render::Header::for_config(description, &generated.config);
    header.tags = generated
        .program
        .features_used()
        .iter()
        .map(Feature::tag)
        .collect();
    header.tags.insert("generator");
    let (source, statements) = render::render_with_statements(&generated.program, &header);
    Case {
        statements: Some(statements),
        ..Case::from_source(id, source)
    }
}
