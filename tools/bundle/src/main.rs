//! `partner-center-bundle <raw wasm> <dist>`: replaces the single wasm Trunk staged in `dist`
//! with the split build (see `make app`):
//! 1. `wasm-split-cli` cuts the raw cargo output (linked with `--emit-relocs`) into the main
//!    module, one chunk per area and the chunks they share, plus the loader `__wasm_split.js`;
//! 2. `wasm-bindgen --keep-lld-exports` binds the main module (the chunks link to its exports);
//! 3. `wasm-opt` shrinks every part (the flags are measured per part, see below);
//! 4. the files get content-hashed names and `index.html` loads them (lib.rs, tested natively);
//! 5. the CSP for that index.html and `config.json`'s API goes into `csp.conf` (nginx includes
//!    it) and `csp.caddy` (Caddy imports it).
//!
//! `partner-center-bundle csp <dist>` writes them again: after editing `config.json`'s
//! `apiBase` in a built bundle (the policy's `connect-src` follows it).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use partner_center_bundle::{APP, File, csp, rename, rewrite_index};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let done = match args.as_slice() {
        [cmd, dist] if cmd == "csp" => write_csp(Path::new(dist)),
        [raw, dist] => run(Path::new(raw), Path::new(dist)),
        _ => {
            eprintln!("usage: partner-center-bundle <raw wasm> <dist>\n       partner-center-bundle csp <dist>");
            return ExitCode::from(2);
        }
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("partner-center-bundle: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(raw: &Path, dist: &Path) -> Result<(), String> {
    let work = PathBuf::from("target/bundle");
    let _ = fs::remove_dir_all(&work);
    let (split, bind) = (work.join("split"), work.join("bind"));
    fs::create_dir_all(&bind).map_err(|e| format!("{}: {e}", bind.display()))?;

    tool(Command::new("wasm-split-cli").args(["--target", "web", "--out-name", APP]).arg(raw).arg(&split))?;
    tool(
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-name", APP, "--out-dir"])
            .arg(&bind)
            .arg(split.join(format!("{APP}.wasm"))),
    )?;
    let mut files = Vec::new();
    for entry in read_dir(&split)? {
        let name = file_name(&entry);
        if name != format!("{APP}.wasm") {
            files.push(name);
        }
    }
    for name in &files {
        fs::copy(split.join(name), bind.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    for entry in read_dir(&bind)? {
        if file_name(&entry).ends_with(".wasm") {
            // Measured on this app in brotli bytes, which are what the first-load budget counts:
            // the main part is 2 KB smaller with -Oz than with -Os, the chunks 300 bytes smaller
            // with -Os (-Oz is smaller raw but compresses worse). `--converge` repeats the passes
            // until nothing shrinks. `--low-memory-unused`: rustc's wasm puts the stack in the
            // first megabyte, growing down towards 0, and data above it, so only a stack overflow
            // reaches the lowest 1 KB, and wasm-opt may fold constant offsets into addresses
            // there. Then the features the wasm uses.
            let level = if file_name(&entry) == format!("{APP}_bg.wasm") { "-Oz" } else { "-Os" };
            tool(
                Command::new("wasm-opt")
                    .args([level, "--converge", "--low-memory-unused"])
                    .args(["--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
                    .arg(&entry)
                    .arg("-o")
                    .arg(&entry),
            )?;
        }
    }

    let mut built = Vec::new();
    for entry in read_dir(&bind)? {
        let bytes = fs::read(&entry).map_err(|e| format!("{}: {e}", entry.display()))?;
        built.push(File { name: file_name(&entry), bytes });
    }
    let bundle = rename(&built)?;

    // What Trunk staged: one JS and one wasm of the app.
    let staged: Vec<String> = read_dir(dist)?.iter().map(|p| file_name(p)).collect();
    let trunk_js = only(&staged, |n| n.starts_with(&format!("{APP}-")) && n.ends_with(".js"))?;
    let trunk_wasm = only(&staged, |n| n.starts_with(&format!("{APP}-")) && n.ends_with("_bg.wasm"))?;
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = rewrite_index(&html, &trunk_js, &trunk_wasm, &bundle)?;

    for f in &bundle.files {
        fs::write(dist.join(&f.name), &f.bytes).map_err(|e| format!("{}: {e}", f.name))?;
    }
    fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;
    for old in [&trunk_js, &trunk_wasm] {
        fs::remove_file(dist.join(old)).map_err(|e| format!("{old}: {e}"))?;
    }
    for f in &bundle.files {
        println!("{}  {} bytes", f.name, f.bytes.len());
    }
    write_csp(dist)
}

/// `dist/csp.conf` and `dist/csp.caddy`: the policy for `dist/index.html` (its inline loader) and
/// `dist/config.json` (its API origin), in the forms nginx and Caddy include. Written next to
/// them so that a deployment copies them together and the policy cannot belong to another build.
fn write_csp(dist: &Path) -> Result<(), String> {
    let read =
        |name: &str| fs::read_to_string(dist.join(name)).map_err(|e| format!("{}: {e}", dist.join(name).display()));
    let html = read("index.html")?;
    let api_base = csp::config_api_base(&read("config.json")?)
        .ok_or_else(|| format!("{}: no apiBase", dist.join("config.json").display()))?;
    let policy = csp::policy(Some(&html), csp::api_origin(&api_base).as_deref());
    for (name, text) in [("csp.conf", csp::nginx_conf(&policy)), ("csp.caddy", csp::caddy_conf(&policy))] {
        let out = dist.join(name);
        fs::write(&out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    println!("csp.conf, csp.caddy  connect-src for apiBase {api_base}");
    Ok(())
}

fn tool(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("{shown}: {e} (scripts/setup.sh installs it)"))?;
    if status.success() { Ok(()) } else { Err(format!("{shown} failed: {status}")) }
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    Ok(out)
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn only(names: &[String], pick: impl Fn(&str) -> bool) -> Result<String, String> {
    let found: Vec<&String> = names.iter().filter(|n| pick(n)).collect();
    match found.as_slice() {
        [one] => Ok((*one).clone()),
        _ => Err(format!("expected one such file in dist, found {found:?}")),
    }
}
