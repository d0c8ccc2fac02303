//! A parsed Fluent catalog for one language (pure: no browser).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::Locale;

/// The compiled-in boot messages, present in every locale so that even a failed start speaks
/// the visitor's language.
pub fn boot_source(locale: Locale) -> &'static str {
    match locale {
        Locale::EnUs => include_str!("../../locales/en-US/boot.ftl"),
        Locale::ZhCn => include_str!("../../locales/zh-CN/boot.ftl"),
        Locale::ZhTw => include_str!("../../locales/zh-TW/boot.ftl"),
        Locale::KoKr => include_str!("../../locales/ko-KR/boot.ftl"),
        Locale::FrFr => include_str!("../../locales/fr-FR/boot.ftl"),
    }
}

/// The most `{` and `(` one entry may hold. Fluent's parser recurses once per nested placeable
/// or call (`{ { … } }`, `{ F(F(…)) }`) with no limit of its own, and every level takes one of
/// these characters of the entry it is reading; a few hundred overflow a 1 MiB stack in an
/// unoptimised build, which in the wasm is a crash rather than an error. Shipped entries hold
/// six at most.
const MAX_BRACKETS_PER_ENTRY: usize = 24;

/// The source cut into its entries, each to be parsed on its own so the parser never reads past
/// one: a line that starts with a letter, `-` or `#` starts an entry, as in Fluent (a message's
/// other lines are indented or start with `[`, `*`, `.` or `}`). Cut only after a newline, so
/// always on a character boundary.
fn entries(src: &str) -> Vec<&str> {
    let starts_entry = |line: &str| line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
    let (mut out, mut start, mut at) = (Vec::new(), 0, 0);
    for line in src.split_inclusive('\n') {
        if at > start && starts_entry(line) {
            out.push(src.get(start..at).unwrap_or_default());
            start = at;
        }
        at += line.len();
    }
    if start < src.len() {
        out.push(src.get(start..).unwrap_or_default());
    }
    out
}

pub struct Catalog {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    /// What it was built from, so an area's messages can be added to it (`extended`).
    sources: Vec<String>,
}

impl Catalog {
    /// Builds the catalog from Fluent sources; any syntax error or duplicate id is an error,
    /// because a half-loaded catalog would show message ids to partners.
    pub fn parse(locale: Locale, sources: &[&str]) -> Result<Catalog, Vec<String>> {
        let langid = locale.tag().parse().map_err(|_| vec![format!("bad tag {}", locale.tag())])?;
        let mut bundle = FluentBundle::new(vec![langid]);
        // Unicode isolation marks would leak into attributes, titles and copied text.
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        for entry in sources.iter().flat_map(|src| entries(src)) {
            if entry.chars().filter(|c| matches!(c, '{' | '(')).count() > MAX_BRACKETS_PER_ENTRY {
                problems.push(format!("{}: an entry with more than {MAX_BRACKETS_PER_ENTRY} {{ or (", locale.tag()));
                continue;
            }
            let res = match FluentResource::try_new(entry.to_string()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    problems.extend(errs.iter().map(|e| format!("{}: {e:?}", locale.tag())));
                    r
                }
            };
            if let Err(errs) = bundle.add_resource(res) {
                problems.extend(errs.iter().map(|e| format!("{}: {e:?}", locale.tag())));
            }
        }
        if problems.is_empty() {
            Ok(Catalog { locale, bundle, sources: sources.iter().map(|s| s.to_string()).collect() })
        } else {
            Err(problems)
        }
    }

    /// This catalog with `more` messages (an area's, when the partner enters it). Fluent bundles
    /// only grow in place, and this one is shared, so the result is a new catalog.
    pub fn extended(&self, more: &str) -> Result<Catalog, Vec<String>> {
        let mut all: Vec<&str> = self.sources.iter().map(String::as_str).collect();
        all.push(more);
        Catalog::parse(self.locale, &all)
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message's text; a missing id shows itself so the gap is visible rather than blank
    /// (the catalog tests keep that from shipping).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Convenience for the common one-argument message.
    pub fn format1(&self, id: &str, name: &str, value: impl Into<FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), value.into());
        self.format(id, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_adds_its_messages_and_may_not_redefine_others() {
        let main = Catalog::parse(Locale::EnUs, &["fixture-a = A\n"]).unwrap();
        let more = main.extended("fixture-b = B\n").unwrap();
        assert_eq!((more.format("fixture-a", None), more.format("fixture-b", None)), ("A".into(), "B".into()));
        assert!(!main.has("fixture-b"));
        assert!(main.extended("fixture-a = again\n").is_err());
    }

    #[test]
    fn deep_nesting_is_refused_before_the_parser_sees_it() {
        let n = MAX_BRACKETS_PER_ENTRY + 1;
        for src in [
            format!("a = {}x{}\n", "{ ".repeat(n), " }".repeat(n)),
            format!("a = {}\n", "{".repeat(12_000)),
            format!("a = {{ {}1{} }}\n", "NUMBER(".repeat(1_000), ")".repeat(1_000)),
            // Lines that look like new entries do not end a placeable for the parser; they do
            // here, so each is counted (and parsed) on its own.
            format!("a = {{ F(\n{}", "x, F(\n".repeat(12_000)),
        ] {
            assert!(Catalog::parse(Locale::EnUs, &[&src]).is_err());
        }
        let ok = format!("a = {}\"x\"{}\n", "{ ".repeat(MAX_BRACKETS_PER_ENTRY), " }".repeat(MAX_BRACKETS_PER_ENTRY));
        assert!(Catalog::parse(Locale::EnUs, &[&ok]).is_ok());
    }

    /// The deepest entries the limit lets through, of every recursive shape, parse and format
    /// on a quarter of the wasm's 1 MiB stack, unoptimised.
    #[test]
    fn the_deepest_accepted_entries_fit_a_small_stack() {
        let worst = |open: &str, close: &str| {
            let per = open.chars().filter(|c| matches!(c, '{' | '(')).count();
            let n = MAX_BRACKETS_PER_ENTRY / per;
            format!("a = {}1{}\n", open.repeat(n), close.repeat(n))
        };
        let sources = [
            worst("{ ", " }"),
            worst("{ $x ->\n *[a] ", "\n}"),
            worst("{ F(", ") }"),
            worst("{ -t(", ") }"),
            worst("F(", ")"),
        ];
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                for src in sources {
                    if let Ok(c) = Catalog::parse(Locale::EnUs, &[&src]) {
                        let _ = c.format("a", None);
                    }
                }
            })
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn entries_are_cut_at_lines_that_start_one() {
        let src = "# c\na = A\n    more\n-t = T\nb = { $n ->\n[one] x\n*[other] y\n}\n  .attr = z\n\u{e9} = junk\n";
        assert_eq!(
            entries(src),
            [
                "# c\n",
                "a = A\n    more\n",
                "-t = T\n",
                "b = { $n ->\n[one] x\n*[other] y\n}\n  .attr = z\n\u{e9} = junk\n"
            ]
        );
        assert_eq!(entries(""), Vec::<&str>::new());
        assert_eq!(entries("\n\nx = 1"), ["\n\n", "x = 1"]);
    }

    /// Fluent cuts resolving short after 100 placeables, so a chain of references (each entry
    /// shallow) cannot recurse deeper than that: it fits half of the wasm's stack, unoptimised.
    #[test]
    fn a_long_chain_of_references_is_cut_short_not_a_stack_overflow() {
        std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(|| {
                let src: String = (0..5_000)
                    .map(|i| format!("m{i} = {{ m{} }} {{ -t{i} }}\n-t{i} = {{ m{} }}\n", i + 1, i + 2))
                    .collect();
                let c = Catalog::parse(Locale::EnUs, &[&src]).unwrap();
                let _ = c.format("m0", None);
            })
            .unwrap()
            .join()
            .unwrap();
    }
}
