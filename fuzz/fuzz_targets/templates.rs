//! Arbitrary bytes as one user template (`--templates DIR`): the first byte picks which
//! file of the folder it replaces, the rest is its content. Loading the folder may fail
//! (a clean error); when it loads, rendering a sample notice to HTML and Markdown in both
//! its languages may fail too, but must never panic, overflow the stack, run away with
//! memory or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::build::{render_notice, renderers};
use seloste::check::{check_text, notice};
use seloste::model::Date;
use seloste::render::Format;
use seloste::render::templates::Templates;
use std::path::PathBuf;

/// The files a user's templates folder may override.
const NAMES: &[&str] = &[
    "notice.html",
    "body.html",
    "fragment.html",
    "notice.md",
    "style.css",
    "notice.typ",
    "locales/fi.ftl",
    "locales/en.ftl",
];

const SAMPLE: &[u8] = include_bytes!("../../notices/asiakasrekisteri.yaml");

fn folder() -> PathBuf {
    std::env::temp_dir().join(format!("seloste-fuzz-templates-{}", std::process::id()))
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let dir = folder();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("locales")).unwrap();
    std::fs::write(dir.join(NAMES[pick as usize % NAMES.len()]), body).unwrap();
    let Ok(templates) = Templates::load(Some(&dir)) else {
        return;
    };
    let today = Date::parse("2026-11-21").unwrap();
    let checked = check_text("asiakasrekisteri.yaml", SAMPLE, today);
    let n = notice(&checked.workspace, 0, today).expect("the sample register loads");
    let langs = n.register.meta.languages.clone();
    let _ = render_notice(&n, &templates, &renderers(&[Format::Html, Format::Md], false), &langs);
    let _ = render_notice(&n, &templates, &renderers(&[Format::Html], true), &langs);
});
