//! The catalogs as shipped: every file parses, every locale has exactly the en-US ids, and
//! every message id the code names exists. Reads the files from disk, natively.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{Catalog, Locale};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sources(l: Locale) -> Vec<String> {
    let dir = root().join("locales").join(l.tag());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "{}: expected boot.ftl and main.ftl at least", l.tag());
    files.iter().map(|p| fs::read_to_string(p).unwrap()).collect()
}

fn ids(src: &str) -> BTreeSet<String> {
    src.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

fn all_ids(l: Locale) -> BTreeSet<String> {
    sources(l).iter().flat_map(|s| ids(s)).collect()
}

#[test]
fn every_locale_parses() {
    for l in Locale::ALL {
        let srcs = sources(l);
        let refs: Vec<&str> = srcs.iter().map(String::as_str).collect();
        if let Err(e) = Catalog::parse(l, &refs) {
            panic!("{}: {e:?}", l.tag());
        }
    }
}

#[test]
fn every_locale_has_exactly_the_english_ids() {
    let en = all_ids(Locale::EnUs);
    assert!(en.len() > 50);
    for l in Locale::ALL {
        let have = all_ids(l);
        let missing: Vec<_> = en.difference(&have).collect();
        let extra: Vec<_> = have.difference(&en).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", l.tag());
    }
}

#[test]
fn placeables_match_english() {
    let en = sources(Locale::EnUs).join("\n");
    let vars = |src: &str, id: &str| -> BTreeSet<String> {
        let line = src.lines().find(|l| l.split_once('=').is_some_and(|(i, _)| i.trim() == id)).unwrap_or("");
        line.split("{ $").skip(1).filter_map(|p| p.split_once(' ').map(|(v, _)| v.to_string())).collect()
    };
    for l in Locale::ALL {
        let src = sources(l).join("\n");
        for id in all_ids(Locale::EnUs) {
            assert_eq!(vars(&src, &id), vars(&en, &id), "{}: placeables of {id}", l.tag());
        }
    }
}

#[test]
fn translations_are_not_left_in_english() {
    let en = sources(Locale::EnUs).join("\n");
    // A message's whole text: its first line and any indented continuation (plural variants).
    let value = |src: &str, id: &str| {
        let mut lines = src.lines().skip_while(|l| l.split_once('=').is_none_or(|(i, _)| i.trim() != id));
        let first = lines.next()?.split_once('=')?.1.trim().to_string();
        let rest: Vec<&str> = lines.take_while(|l| l.starts_with(' ') || l.starts_with('}')).collect();
        Some(format!("{first}\n{}", rest.join("\n")))
    };
    // Messages that are the same in every language on purpose, and words French writes as
    // English does ("Province", "District", "Important", "Code").
    let same_everywhere = [
        "document-title",
        "enroll-province",
        "enroll-district",
        "enroll-intro-important",
        "enroll-created-important",
        "enroll-phone-code",
        // The customer's tenant id keeps its product name in the Chinese and Korean docs.
        "customers-microsoft-id",
        // A table's column of links: "Actions" in French too.
        "indirect-actions",
    ];
    for l in [Locale::ZhCn, Locale::ZhTw, Locale::KoKr, Locale::FrFr] {
        let src = sources(l).join("\n");
        let untranslated: Vec<_> = all_ids(Locale::EnUs)
            .into_iter()
            .filter(|id| !same_everywhere.contains(&id.as_str()))
            .filter(|id| value(&src, id).is_some() && value(&src, id) == value(&en, id))
            .collect();
        assert!(untranslated.is_empty(), "{}: still English: {untranslated:?}", l.tag());
    }
}

/// Collects the string literals of the Rust sources that name messages: lowercase words joined
/// by hyphens whose first word is one of the catalog's namespaces (`signin-…`, `error-…`).
fn message_literals(dir: &Path, namespaces: &BTreeSet<String>, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            message_literals(&path, namespaces, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("catalog_tests.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            let looks_like_id = !lit.is_empty()
                && lit.contains('-')
                && lit
                    .split('-')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
            if looks_like_id && namespaces.contains(lit.split('-').next().unwrap()) {
                out.push((path.display().to_string(), lit.to_string()));
            }
        }
    }
}

#[test]
fn every_message_the_code_names_exists() {
    let en = all_ids(Locale::EnUs);
    let namespaces: BTreeSet<String> = en.iter().map(|id| id.split('-').next().unwrap().to_string()).collect();
    // HTML ids and classes that share a namespace word with messages.
    let not_messages = [
        "error-summary",
        "error-summary-title",
        "field-hint",
        "field-error",
        "field-invalid",
        "boot-error",
        "landing-columns",
        "landing-tasks",
        "landing-sign-in",
    ];
    let mut found = Vec::new();
    message_literals(&root().join("src"), &namespaces, &mut found);
    assert!(found.len() > 30, "the scan found too little: {found:?}");
    let unknown: Vec<_> = found
        .into_iter()
        .filter(|(_, lit)| !not_messages.contains(&lit.as_str()))
        // A cloud base name (`landing-title`) is complete when both variants exist.
        .filter(|(_, lit)| {
            !(en.contains(lit) || (en.contains(&format!("{lit}-china")) && en.contains(&format!("{lit}-global"))))
        })
        .collect();
    assert!(unknown.is_empty(), "message ids used in code but missing from en-US: {unknown:?}");
}

/// `Catalog::parse` reads entry by entry (its guard against deeply nested placeables); the
/// shipped catalogs must read exactly as one whole resource per file does.
#[test]
fn entry_by_entry_reads_the_shipped_catalogs_as_a_whole_does() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    for l in Locale::ALL {
        let srcs = sources(l);
        let refs: Vec<&str> = srcs.iter().map(String::as_str).collect();
        let catalog = Catalog::parse(l, &refs).unwrap();
        let mut whole = FluentBundle::new(vec![l.tag().parse().unwrap()]);
        whole.set_use_isolating(false);
        for s in &srcs {
            whole.add_resource(FluentResource::try_new(s.clone()).unwrap()).unwrap();
        }
        let joined = srcs.join("\n");
        let mut args = FluentArgs::new();
        for var in joined.split("{ $").skip(1).filter_map(|p| p.split_once([' ', '}']).map(|(v, _)| v.to_string())) {
            args.set(var.clone(), format!("<{var}>"));
        }
        for id in all_ids(l) {
            let pattern = whole.get_message(&id).and_then(|m| m.value()).unwrap();
            let want = whole.format_pattern(pattern, Some(&args), &mut Vec::new()).into_owned();
            assert_eq!(catalog.format(&id, Some(&args)), want, "{}: {id}", l.tag());
        }
    }
}

/// The area a source file's code ships in: an area's page module is its chunk (src/areas.rs),
/// everything else the first load.
fn area_of_source(path: &str) -> Option<crate::routes::Area> {
    crate::routes::Area::ALL.into_iter().find(|a| path.contains(&format!("/src/pages/{}/", a.name())))
}

/// The area a message file belongs to (the rule scripts/catalogs.sh applies).
fn area_of_file(name: &str) -> Option<crate::routes::Area> {
    crate::routes::Area::ALL.into_iter().find(|a| name == a.name() || name.starts_with(&format!("{}-", a.name())))
}

/// en-US ids by where they are served: the first load's catalog (None) or an area's.
fn ids_by_area() -> Vec<(Option<crate::routes::Area>, BTreeSet<String>)> {
    let dir = root().join("locales").join(Locale::EnUs.tag());
    let mut out: Vec<(Option<crate::routes::Area>, BTreeSet<String>)> = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        out.push((area_of_file(&name), ids(&fs::read_to_string(&path).unwrap())));
    }
    out
}

#[test]
fn every_message_is_served_where_its_code_runs() {
    // Code in the first load may use only the first load's messages; an area's code those and
    // its own. Otherwise a page would show a message id until (or unless) an area is entered.
    let by_area = ids_by_area();
    let served = |area: Option<crate::routes::Area>, id: &str| {
        by_area.iter().any(|(a, ids)| (a.is_none() || *a == area) && ids.contains(id))
    };
    let en = all_ids(Locale::EnUs);
    let namespaces: BTreeSet<String> = en.iter().map(|id| id.split('-').next().unwrap().to_string()).collect();
    let mut found = Vec::new();
    message_literals(&root().join("src"), &namespaces, &mut found);
    // A cloud base name (`landing-title`) stands for its two variants.
    let named = |lit: &str| -> Vec<String> {
        if en.contains(lit) { vec![lit.to_string()] } else { vec![format!("{lit}-china"), format!("{lit}-global")] }
    };
    let misplaced: Vec<_> = found
        .into_iter()
        .filter(|(file, lit)| named(lit).iter().any(|id| en.contains(id) && !served(area_of_source(file), id)))
        .collect();
    assert!(misplaced.is_empty(), "messages not served where their code runs: {misplaced:?}");
}

#[test]
fn the_catalog_build_knows_every_area() {
    let script = fs::read_to_string(root().join("scripts/catalogs.sh")).unwrap();
    let line = script.lines().find_map(|l| l.strip_prefix("AREAS=")).expect("AREAS= in scripts/catalogs.sh");
    let listed: Vec<&str> = line.trim_matches('"').split_whitespace().collect();
    let areas: Vec<&str> = crate::routes::Area::ALL.iter().map(|a| a.name()).collect();
    assert_eq!(listed, areas);
}
