//! The fuzz corpora (fuzz/corpus/*/) and the crash reproducers (fuzz/regressions/), run on
//! stable without cargo-fuzz: every file goes through `check` and, when the register has
//! no errors, through `render_notice` for every format and language. Nothing may panic,
//! a valid register must render, and each input must finish in bounded time.

use seloste::build::{render_notice, renderers};
use seloste::check::{check_text, notice};
use seloste::diagnostic::Severity;
use seloste::model::Date;
use seloste::render::templates::Templates;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Debug builds are slow; this still catches a hang or a runaway loop.
const PER_INPUT: Duration = Duration::from_secs(20);
/// Inputs rendered (PDF is the slow part); the rest are only checked.
const MAX_RENDERED: usize = 30;
/// Inputs checked at most per corpus folder (a deterministic sample beyond that).
const MAX_PER_DIR: usize = 300;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.is_file() && p.file_name().is_none_or(|n| n != "README.md"));
    v.sort();
    v
}

/// Every `step`-th file, so that a large corpus stays within the time budget.
fn sample(mut v: Vec<PathBuf>) -> Vec<PathBuf> {
    if v.len() > MAX_PER_DIR {
        let step = v.len().div_ceil(MAX_PER_DIR);
        v = v.into_iter().step_by(step).collect();
    }
    v
}

/// Checks and (when valid, and `render`) renders one input; returns whether it rendered.
fn run_one(bytes: &[u8], templates: &Templates, render: bool) -> bool {
    let today = Date::parse("2026-11-21").unwrap();
    let checked = check_text("fuzz.yaml", bytes, today);
    let errors = checked
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error && d.suppressed.is_none());
    if errors || !render {
        return false;
    }
    let Some(n) = notice(&checked.workspace, 0, today) else {
        return false;
    };
    let langs = n.register.meta.languages.clone();
    if let Err(e) = render_notice(&n, templates, &renderers(&[], false), &langs) {
        // A language without a built-in catalog is a clean build error, not a check error:
        // `--templates` may bring its catalog (templates/locales/<lang>.ftl).
        if langs.iter().all(|l| templates.catalogs.get(l).is_some()) {
            panic!("a register without errors failed to render: {e}");
        }
    }
    true
}

fn run_dir(dir: &Path, templates: &Templates, rendered: &mut usize) -> usize {
    let inputs = sample(files(dir));
    for path in &inputs {
        // A running fuzzer may replace files of its corpus while this reads them.
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let start = Instant::now();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_one(&bytes, templates, *rendered < MAX_RENDERED)
        }));
        match result {
            Ok(true) => *rendered += 1,
            Ok(false) => {}
            Err(_) => panic!("{} panicked", path.display()),
        }
        let took = start.elapsed();
        assert!(took < PER_INPUT, "{} took {took:?}", path.display());
    }
    inputs.len()
}

#[test]
fn fuzz_corpora_and_regressions_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let templates = Templates::load(None).unwrap();
    let mut rendered = 0;
    let mut total = 0;
    // Regressions first: they are always run in full and always rendered.
    total += run_dir(&root.join("regressions"), &templates, &mut 0);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join("corpus"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.retain(|d| d.is_dir());
    dirs.sort();
    for dir in &dirs {
        total += run_dir(dir, &templates, &mut rendered);
    }
    assert!(total > 0, "no corpus files found under {}", root.display());
    assert!(
        rendered > 0,
        "no corpus file rendered: the corpus lost its valid registers"
    );
}

/// Found by the `build_notice` fuzz target: a register in a language that has no built-in
/// catalog passes `check` (a templates folder may bring the catalog), and rendering it
/// fails cleanly, naming the missing catalog, instead of panicking.
#[test]
fn language_without_catalog_is_a_clean_build_error() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions/build_notice-language-without-catalog.yaml");
    let bytes = std::fs::read(path).unwrap();
    let today = Date::parse("2026-11-21").unwrap();
    let checked = check_text("fuzz.yaml", &bytes, today);
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
    let n = notice(&checked.workspace, 0, today).unwrap();
    assert_eq!(n.register.meta.languages, ["rfi"]);
    let templates = Templates::load(None).unwrap();
    let err = render_notice(
        &n,
        &templates,
        &renderers(&[], false),
        &n.register.meta.languages,
    )
    .err()
    .expect("no catalog for `rfi`");
    assert!(
        err.to_string()
            .contains("no catalog for the language `rfi`"),
        "{err}"
    );
}
