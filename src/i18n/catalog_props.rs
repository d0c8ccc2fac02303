//! Property tests of the Fluent path the app uses (`Catalog::parse`, `Catalog::format`):
//! arbitrary catalog text never panics, and the shipped catalogs format every message with any
//! argument values, strings or numbers (NaN and infinities included, for the plural rules).

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentValue};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

use super::{Catalog, Locale};
use crate::test_support::{any_text, config, long_text, short_text};

fn shipped(l: Locale) -> Vec<String> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales").join(l.tag());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// A message of a catalog: its id, its variables, and whether it shows each one as it is (a
/// one-line message with `{ $var }`, not a selector).
struct Message {
    id: String,
    vars: BTreeSet<String>,
    shows_vars: bool,
}

fn messages(sources: &[String]) -> Vec<Message> {
    let mut out = Vec::new();
    for src in sources {
        let lines: Vec<&str> = src.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
                continue;
            }
            let Some((id, value)) = line.split_once('=') else {
                continue;
            };
            // The message's text: this line and its indented continuation lines.
            let mut text = value.to_string();
            for more in lines.iter().skip(i + 1).take_while(|l| l.starts_with(' ') || l.starts_with('}')) {
                text.push('\n');
                text.push_str(more);
            }
            let vars: BTreeSet<String> = text
                .split("{ $")
                .skip(1)
                .filter_map(|p| p.split_once([' ', '}']).map(|(v, _)| v.to_string()))
                .collect();
            out.push(Message { id: id.trim().to_string(), shows_vars: !text.contains("->"), vars });
        }
    }
    out
}

/// Catalog source that looks like Fluent: ids, `=`, and hostile values with placeables,
/// selectors, attributes, terms and comments mixed in.
fn ftl_like() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        3 => short_text(),
        1 => short_text().prop_map(|s| format!("{{ $v }} {s}")),
        1 => short_text().prop_map(|s| format!("{{ $n ->\n    [one] {s}\n   *[other] {s} {{ $n }}\n}}")),
        1 => short_text().prop_map(|s| format!("{{ \"{s}\" }}")),
        1 => short_text().prop_map(|s| format!("{{ msg-0 }} {s}\n    .attr = {s}")),
        1 => short_text().prop_map(|s| format!("{{ -term }} {s}")),
        1 => (1usize..200).prop_map(|n| format!("{}x{}", "{ ".repeat(n), " }".repeat(n))),
    ];
    proptest::collection::vec(
        (
            prop_oneof![
                Just("msg-0".to_string()),
                "[a-z][a-z0-9-]{0,8}",
                Just("-term".to_string()),
                Just("# comment".to_string())
            ],
            value,
        ),
        0..6,
    )
    .prop_map(|entries| entries.into_iter().map(|(id, v)| format!("{id} = {v}\n")).collect())
}

/// Arbitrary values for a message's variables: one text per variable, or one number for all.
fn arg_values() -> impl Strategy<Value = (Vec<String>, f64)> {
    (
        proptest::collection::vec(any_text(), 8),
        prop_oneof![any::<f64>(), Just(f64::NAN), Just(f64::INFINITY), Just(-0.0), Just(1.0), -1e6f64..1e6],
    )
}

/// Formats every message found in `src` with `args`: the catalog's own ids and ones it lacks.
fn format_all(c: &Catalog, src: &str, args: &FluentArgs) {
    for m in messages(&[src.to_string()]) {
        let _ = c.format(&m.id, Some(args));
        let _ = c.format(&m.id, None);
    }
    let _ = c.format("msg-0", Some(args));
}

fn hostile_args(texts: &[String], number: f64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, t) in ["v", "n", "id", "label"].into_iter().zip(texts) {
        args.set(name, t.clone());
    }
    args.set("count", number);
    args
}

proptest! {
    #![proptest_config(config(256))]

    /// Any short text as a catalog: parsed or refused, never a panic; what parses formats.
    #[test]
    fn any_short_text_is_a_catalog_or_an_error(src in short_text(), (texts, number) in arg_values()) {
        if let Ok(c) = Catalog::parse(Locale::EnUs, &[&src]) {
            format_all(&c, &src, &hostile_args(&texts, number));
        }
    }

    /// Fluent-shaped text with hostile values, including deeply nested placeables.
    #[test]
    fn fluent_shaped_text_is_a_catalog_or_an_error(src in ftl_like(), (texts, number) in arg_values(), l in proptest::sample::select(Locale::ALL.to_vec())) {
        if let Ok(c) = Catalog::parse(l, &[&src]) {
            format_all(&c, &src, &hostile_args(&texts, number));
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// 10,000+ characters of anything, alone and after a valid catalog.
    #[test]
    fn long_text_is_a_catalog_or_an_error(src in long_text()) {
        let _ = Catalog::parse(Locale::FrFr, &[&src]);
        let _ = Catalog::parse(Locale::ZhTw, &[super::boot_source(Locale::ZhTw), &src]);
    }

    /// Placeables nested thousands deep (Fluent's parser recurses per level): refused, not a
    /// stack overflow.
    #[test]
    fn deep_nesting_is_an_error(n in 25usize..12_000, open in proptest::sample::select(vec!["{", "{ ", "{ {", "{ $x -> *[a] {", "{ F(", "{ -t(x: "]), unclosed in any::<bool>()) {
        let close = if unclosed { String::new() } else { ")}".repeat(n) };
        let src = format!("a = {}x{close}\n", open.repeat(n));
        prop_assert!(Catalog::parse(Locale::EnUs, &[&src]).is_err());
        let calls = format!("a = {{ {}1{} }}\n", "F(".repeat(n), ")".repeat(n));
        prop_assert!(Catalog::parse(Locale::EnUs, &[&calls]).is_err());
    }
}

/// Every message of every shipped catalog, with any argument values: no panic, and a variable
/// shown as it is appears in the text exactly as given.
#[test]
fn shipped_messages_format_with_any_arguments() {
    let catalogs: Vec<(Catalog, Vec<Message>)> = Locale::ALL
        .into_iter()
        .map(|l| {
            let srcs = shipped(l);
            let refs: Vec<&str> = srcs.iter().map(String::as_str).collect();
            (Catalog::parse(l, &refs).unwrap(), messages(&srcs))
        })
        .collect();
    let mut runner = TestRunner::new(config(256));
    runner
        .run(&arg_values(), |(texts, number)| {
            for (catalog, messages) in &catalogs {
                for m in messages {
                    let mut as_text = FluentArgs::new();
                    let mut as_number = FluentArgs::new();
                    for (var, t) in m.vars.iter().zip(texts.iter().cycle()) {
                        as_text.set(var.clone(), t.clone());
                        as_number.set(var.clone(), FluentValue::from(number));
                    }
                    let shown = catalog.format(&m.id, Some(&as_text));
                    let _ = catalog.format(&m.id, Some(&as_number));
                    let _ = catalog.format(&m.id, None);
                    if m.shows_vars {
                        for (var, t) in m.vars.iter().zip(texts.iter().cycle()) {
                            prop_assert!(
                                shown.contains(t.as_str()),
                                "{}: {} of {}: {:?}",
                                catalog.locale().tag(),
                                var,
                                m.id,
                                shown
                            );
                        }
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}
