//! Property-test input: text as a client (or a fuzzer) could send it. Every parser of the server
//! is run on these in its module's tests, to prove that nothing a client sends makes it panic.
//!
//! Runs are deterministic: a fixed number of cases and a fixed RNG seed, no failure files.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// Characters that break naive string handling: NUL, a control character, a combining mark, a
/// 4-byte emoji, 3- and 2-byte letters, ASCII digits and separators, a quote, a bidi override.
pub const PALETTE: [char; 16] =
    ['\0', '\u{7}', '\u{301}', '😀', '中', 'é', 'a', '-', '0', '9', ' ', '.', '|', ':', '"', '\u{202E}'];

/// Cases of a property over [`text`].
pub const CASES: u32 = 256;
/// Cases of a property over [`long`] (each input is 10,000 characters or more).
pub const LONG_CASES: u32 = 16;

/// A fixed number of cases from a fixed seed: the same inputs on every run.
pub fn config(cases: u32) -> Config {
    Config { cases, rng_seed: RngSeed::Fixed(0x5EED_0FC1_1E17), failure_persistence: None, ..Config::default() }
}

/// Strings of 0 to 12 characters drawn from [`PALETTE`] (every length is generated).
pub fn tricky() -> impl Strategy<Value = String> {
    (0usize..=12).prop_flat_map(|n| {
        proptest::collection::vec(proptest::sample::select(&PALETTE[..]), n).prop_map(|v| v.into_iter().collect())
    })
}

/// Strings of 10,000 to 12,000 characters: a run of up to 512 characters mixing [`PALETTE`] and
/// any other character, repeated to length (drawing every character is slow in debug builds).
pub fn long() -> impl Strategy<Value = String> {
    let c = prop_oneof![proptest::sample::select(&PALETTE[..]), any::<char>()];
    (proptest::collection::vec(c, 1..=512), 10_000usize..12_000)
        .prop_map(|(run, n)| run.into_iter().cycle().take(n).collect())
}

/// Arbitrary Unicode strings and short tricky ones, half and half.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), tricky()]
}

/// Arbitrary bytes (mostly not UTF-8), and the UTF-8 of [`text`].
pub fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![proptest::collection::vec(any::<u8>(), 0..64), text().prop_map(String::into_bytes)]
}
