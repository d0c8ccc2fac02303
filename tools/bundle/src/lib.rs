//! The pure half of the release bundler: which names the split files get, and how the files
//! that refer to each other are rewritten. Everything here works on bytes and strings, so it
//! is tested natively; `main.rs` runs the tools and moves the files.
//!
//! Names carry a hash of their content, so a static host can cache them for a year: a changed
//! file has a new name. The main JS and `__wasm_split.js` import each other, so neither can be
//! named by its own final content; both carry one hash of the whole build's content instead,
//! which changes whenever any part of the build does.

use sha2::{Digest, Sha256};

pub mod csp;

/// The wasm-bindgen / wasm-split output name of the app (`--out-name`).
pub const APP: &str = "partner-center";
/// The loader wasm-split writes: it fetches the chunks and links them to the main module.
pub const SPLIT_JS: &str = "__wasm_split.js";

/// One file of the build, by the name the tools gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The first 16 hex digits of the SHA-256 of `bytes` (as Trunk names its files).
pub fn hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The build's files renamed and rewritten: each chunk (`*.wasm` other than the main one) by its
/// own content; the main JS, the main wasm and the loader by one hash of everything.
/// Returns the new files and the (old, new) names of the main JS and wasm, for index.html.
pub fn rename(files: &[File]) -> Result<Bundle, String> {
    let main_js = format!("{APP}.js");
    let main_wasm = format!("{APP}_bg.wasm");
    for required in [&main_js, &main_wasm, &SPLIT_JS.to_string()] {
        if !files.iter().any(|f| &f.name == required) {
            return Err(format!("the build has no {required}"));
        }
    }
    let mut everything = Sha256::new();
    let mut sorted: Vec<&File> = files.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    for f in &sorted {
        everything.update(f.name.as_bytes());
        everything.update([0]);
        everything.update(&f.bytes);
    }
    let build = hash(&everything.finalize());

    let mut renames: Vec<(String, String)> = Vec::new();
    for f in &sorted {
        let new = if f.name == main_js {
            format!("{APP}-{build}.js")
        } else if f.name == main_wasm {
            format!("{APP}-{build}_bg.wasm")
        } else if f.name == SPLIT_JS {
            format!("__wasm_split-{build}.js")
        } else if let Some(stem) = f.name.strip_suffix(".wasm") {
            format!("{stem}-{}.wasm", hash(&f.bytes))
        } else {
            return Err(format!("unexpected file in the split build: {}", f.name));
        };
        renames.push((f.name.clone(), new));
    }

    let mut out = Vec::new();
    for f in &sorted {
        let new_name = lookup(&renames, &f.name).to_string();
        let bytes = if f.name.ends_with(".js") {
            let text = String::from_utf8(f.bytes.clone()).map_err(|_| format!("{} is not UTF-8", f.name))?;
            rewrite_js(&text, &renames).into_bytes()
        } else {
            f.bytes.clone()
        };
        out.push(File { name: new_name, bytes });
    }
    Ok(Bundle {
        files: out,
        js: lookup(&renames, &main_js).to_string(),
        wasm: lookup(&renames, &main_wasm).to_string(),
    })
}

/// The renamed build.
#[derive(Debug)]
pub struct Bundle {
    pub files: Vec<File>,
    /// The main JS's new name.
    pub js: String,
    /// The main wasm's new name.
    pub wasm: String,
}

fn lookup<'a>(renames: &'a [(String, String)], old: &'a str) -> &'a str {
    renames.iter().find(|(o, _)| o == old).map(|(_, n)| n.as_str()).unwrap_or(old)
}

/// Rewrites the relative references between the build's files: `from "./name"` in imports and
/// `URL("./name", import.meta.url)`. Nothing else is touched: wasm-bindgen's glue also names
/// `"./__wasm_split.js"` as the key of the wasm's import object, and that key is the import
/// module the wasm itself asks for, which must stay as it is.
pub fn rewrite_js(text: &str, renames: &[(String, String)]) -> String {
    let mut out = text.to_string();
    for (old, new) in renames {
        for quote in ['"', '\''] {
            for (before, after) in [("from ", ""), ("URL(", "")] {
                out = out.replace(
                    &format!("{before}{quote}./{old}{quote}{after}"),
                    &format!("{before}{quote}./{new}{quote}{after}"),
                );
            }
        }
    }
    out
}

/// index.html as Trunk wrote it, pointed at the split build: Trunk's names of the main JS and
/// wasm (`/partner-center-<hash>.js`, `..._bg.wasm`) become the new ones everywhere they appear
/// (the module script, the preload links). Errors if Trunk's names are not found, rather than
/// shipping a page that loads the unsplit build.
pub fn rewrite_index(html: &str, trunk_js: &str, trunk_wasm: &str, bundle: &Bundle) -> Result<String, String> {
    for old in [trunk_js, trunk_wasm] {
        if !html.contains(&format!("/{old}")) {
            return Err(format!("index.html does not load /{old}"));
        }
    }
    Ok(html
        .replace(&format!("/{trunk_wasm}"), &format!("/{}", bundle.wasm))
        .replace(&format!("/{trunk_js}"), &format!("/{}", bundle.js)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> File {
        File { name: name.into(), bytes: text.as_bytes().to_vec() }
    }

    fn build(chunk: &str) -> Vec<File> {
        vec![
            file(
                "partner-center.js",
                "import * as import1 from \"./__wasm_split.js\"\nlet x = 'partner-center.js';\nconst imports = { \"./__wasm_split.js\": import1 };",
            ),
            file("partner-center_bg.wasm", "main"),
            file(
                "__wasm_split.js",
                "import { initSync } from \"./partner-center.js\";\nfetch(new URL(\"./split_enroll.wasm\", import.meta.url));\nfetch(new URL(\"./chunk_3.wasm\", import.meta.url));",
            ),
            file("split_enroll.wasm", chunk),
            file("chunk_3.wasm", "shared"),
        ]
    }

    fn named<'a>(b: &'a Bundle, prefix: &str) -> &'a File {
        b.files.iter().find(|f| f.name.starts_with(prefix)).unwrap()
    }

    #[test]
    fn every_reference_follows_its_file() {
        let b = rename(&build("enroll")).unwrap();
        let loader = String::from_utf8(named(&b, "__wasm_split-").bytes.clone()).unwrap();
        let enroll = &named(&b, "split_enroll-").name;
        let shared = &named(&b, "chunk_3-").name;
        assert!(loader.contains(&format!("from \"./{}\"", b.js)), "{loader}");
        assert!(loader.contains(&format!("new URL(\"./{enroll}\"")), "{loader}");
        assert!(loader.contains(&format!("new URL(\"./{shared}\"")), "{loader}");
        let main = String::from_utf8(named(&b, "partner-center-").bytes.clone()).unwrap();
        let loader_name = &named(&b, "__wasm_split-").name;
        assert!(main.contains(&format!("from \"./{loader_name}\"")), "{main}");
        // Other text is not a reference, and the import object's key is the wasm's own name for
        // the loader module.
        assert!(main.contains("'partner-center.js'"));
        assert!(main.contains("{ \"./__wasm_split.js\": import1 }"), "{main}");
        assert_eq!(b.files.len(), 5);
        assert!(b.wasm.starts_with("partner-center-") && b.wasm.ends_with("_bg.wasm"));
    }

    #[test]
    fn names_change_with_content_and_only_where_they_must() {
        let a = rename(&build("enroll v1")).unwrap();
        let b = rename(&build("enroll v2")).unwrap();
        // The changed chunk and the build-wide names change...
        assert_ne!(named(&a, "split_enroll-").name, named(&b, "split_enroll-").name);
        assert_ne!(a.js, b.js);
        // ...an unchanged chunk keeps its name, so browsers keep their cached copy.
        assert_eq!(named(&a, "chunk_3-").name, named(&b, "chunk_3-").name);
        // The same build gives the same names.
        assert_eq!(rename(&build("enroll v1")).unwrap().js, a.js);
    }

    #[test]
    fn a_build_without_its_parts_is_refused() {
        let mut files = build("x");
        files.retain(|f| f.name != SPLIT_JS);
        assert!(rename(&files).is_err());
        let mut files = build("x");
        files.push(file("notes.txt", ""));
        assert!(rename(&files).is_err());
    }

    #[test]
    fn index_html_loads_the_split_build() {
        let b = rename(&build("x")).unwrap();
        let html = "<script type=\"module\">import init from '/partner-center-abc.js';\ninit({ module_or_path: '/partner-center-abc_bg.wasm' });</script><link rel=\"modulepreload\" href=\"/partner-center-abc.js\"><link rel=\"preload\" href=\"/partner-center-abc_bg.wasm\">";
        let out = rewrite_index(html, "partner-center-abc.js", "partner-center-abc_bg.wasm", &b).unwrap();
        assert!(!out.contains("-abc"), "{out}");
        assert_eq!(out.matches(&format!("/{}", b.js)).count(), 2);
        assert_eq!(out.matches(&format!("/{}", b.wasm)).count(), 2);
        assert!(rewrite_index("<html></html>", "partner-center-abc.js", "partner-center-abc_bg.wasm", &b).is_err());
    }

    #[test]
    fn hashes_are_sixteen_hex_digits() {
        let h = hash(b"");
        assert_eq!(h, "e3b0c44298fc1c14");
        assert!(h.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
