//! Issue 13: what seloste says to the officer, in Finnish, Swedish and English. The human
//! report of broken registers in each language is a reviewed snapshot, and every finding's
//! words come from the catalogs (none is text written in Rust).

use seloste::check::check_paths_on;
use seloste::diagnostic::Msg;
use seloste::messages::Messages;
use seloste::model::Date;
use seloste::report::human;
use std::path::PathBuf;

/// Broken registers that between them trip reading errors and many rules.
const FILES: &[&str] = &[
    "tests/fixtures/recovery/seven-mistakes.yaml",
    "tests/examples/kauppakamari.yaml",
];

fn report(lang: &str) -> String {
    let paths: Vec<PathBuf> = FILES.iter().map(PathBuf::from).collect();
    let checked = check_paths_on(&paths, Date::parse("2026-11-29").unwrap());
    let m = Messages::get(lang);
    let mut text = checked.render_human_in(false, m);
    text.push_str(&human::remaining(
        &checked.diagnostics,
        &checked.workspace.files,
        m,
    ));
    text
}

#[test]
fn the_report_of_broken_registers_in_each_language() {
    for lang in ["fi", "sv", "en"] {
        insta::assert_snapshot!(format!("report_{lang}"), report(lang));
    }
}

/// Every message, label, help and related label of the findings on these files is a
/// catalog message, so it follows the language.
#[test]
fn every_finding_speaks_from_the_catalogs() {
    let paths: Vec<PathBuf> = FILES.iter().map(PathBuf::from).collect();
    let checked = check_paths_on(&paths, Date::parse("2026-11-29").unwrap());
    assert!(checked.diagnostics.len() > 10);
    let mut raw = Vec::new();
    for d in &checked.diagnostics {
        let words: Vec<&Msg> = std::iter::once(&d.message)
            .chain(&d.label)
            .chain(&d.help)
            .chain(d.related.iter().map(|r| &r.label))
            .collect();
        for w in words {
            if let Msg::Raw(text) = w {
                raw.push(format!("{}: {text}", d.rule));
            }
        }
    }
    assert!(raw.is_empty(), "not from a catalog:\n{}", raw.join("\n"));
}
