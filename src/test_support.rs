//! Shared inputs for the property tests (native only): hostile strings and a deterministic
//! proptest configuration. Everything the app parses comes from a server, the URL, storage or a
//! person, and in the wasm a panic aborts the whole page, so every parser is run over these.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// Fixed seed and no failure files: the same commit runs the same cases on every machine.
pub fn config(cases: u32) -> Config {
    Config { cases, rng_seed: RngSeed::Fixed(0x5EED_2026), failure_persistence: None, ..Config::default() }
}

/// Characters that break naive string code: NUL, BEL, a combining acute, a 4-byte emoji, CJK,
/// a 2-byte Latin letter, an RTL override, and the ASCII the parsers look for.
pub const PALETTE: &[char] = &[
    '\0', '\u{7}', '\u{301}', '😀', '中', 'é', 'a', '-', '0', ' ', '\u{202E}', '"', '{', '}', '$', '=', '\n', '\t',
    ':', '/',
];

/// Every length from 0 to 12 over the palette (each length equally likely), arbitrary
/// Unicode, and printable Unicode up to 12 characters.
pub fn short_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0usize..=12).prop_flat_map(|n| proptest::collection::vec(proptest::sample::select(PALETTE), n))
            .prop_map(|v| v.into_iter().collect::<String>()),
        3 => any::<String>(),
        2 => "\\PC{0,12}",
    ]
}

/// 10,000 to 12,000 characters: palette characters mixed with any other character.
pub fn long_text() -> impl Strategy<Value = String> {
    (10_000usize..=12_000, proptest::sample::select(PALETTE), any::<char>())
        .prop_map(|(n, a, b)| std::iter::repeat_n([a, b], n / 2).flatten().collect::<String>())
}

/// Short hostile strings most of the time, and now and then a very long one.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![8 => short_text(), 1 => long_text()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    /// The strategies really produce what the properties claim to cover.
    #[test]
    fn the_strategies_cover_every_short_length_and_long_strings() {
        let mut runner = TestRunner::new(config(1));
        let mut lengths = std::collections::BTreeSet::new();
        for _ in 0..2_000 {
            lengths.insert(short_text().new_tree(&mut runner).unwrap().current().chars().count().min(13));
        }
        assert!((0..=12).all(|n| lengths.contains(&n)), "{lengths:?}");
        let long = long_text().new_tree(&mut runner).unwrap().current();
        assert!((10_000..=12_000).contains(&long.chars().count()));
    }
}
