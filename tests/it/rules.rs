//! Per-rule fixtures: `tests/fixtures/rules/<rule-id>/pass*.yaml` must produce no
//! diagnostic of that rule; `fail*.yaml` must produce at least one, and the rendered
//! diagnostics (file, line, column, snippet with the span underlined, help) are
//! snapshot-tested, so a snapshot checks the span too. A fixture may also be a folder
//! (`pass*/`, `fail*/`) checked as one run, for rules about several files.

use seloste::check::check_paths_on;
use seloste::model::Date;
use std::path::{Path, PathBuf};

/// The date the fixtures are checked on, so "in the future" does not drift.
pub fn fixed_today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

fn rendered(path: &Path, ropa: bool) -> (Vec<&'static str>, String) {
    // The rules of the record of processing activities run only when asked (`check --ropa`).
    let checked = if ropa {
        seloste::check::check_paths_ropa_on(&[path.to_path_buf()], fixed_today())
    } else {
        check_paths_on(&[path.to_path_buf()], fixed_today())
    };
    let text = checked.render_human(false);
    (checked.diagnostics.iter().map(|d| d.rule).collect(), text)
}

#[test]
fn rule_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let known: Vec<&str> = seloste::rules::all_infos().iter().map(|i| i.id).collect();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        let rule = dir.file_name().unwrap().to_str().unwrap().to_string();
        assert!(
            known.contains(&rule.as_str()),
            "fixture folder {rule} names no rule"
        );
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml") || p.is_dir())
            .collect();
        files.sort();
        let (mut passes, mut fails) = (0, 0);
        for file in files {
            let name = file.file_name().unwrap().to_str().unwrap().to_string();
            // Render paths relative to the crate so snapshots do not depend on the checkout.
            let rel = file
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap()
                .to_path_buf();
            let ropa = seloste::rules::ropa_rules()
                .iter()
                .any(|r| r.info().id == rule);
            let (rules, text) = rendered(&rel, ropa);
            if name.starts_with("pass") {
                passes += 1;
                assert!(
                    !rules.contains(&rule.as_str()),
                    "{}: expected no `{rule}` diagnostic, got:\n{text}",
                    rel.display()
                );
            } else if name.starts_with("fail") {
                fails += 1;
                assert!(
                    rules.contains(&rule.as_str()),
                    "{}: expected a `{rule}` diagnostic, got:\n{text}",
                    rel.display()
                );
                let snap = format!("{rule}__{}", name.trim_end_matches(".yaml"));
                insta::with_settings!({ snapshot_path => "snapshots/rules", prepend_module_to_snapshot => false, omit_expression => true }, {
                    insta::assert_snapshot!(snap, text);
                });
            } else {
                panic!("{}: fixture names start with pass or fail", rel.display());
            }
        }
        assert!(
            passes > 0 && fails > 0,
            "{rule}: needs at least one pass and one fail fixture"
        );
    }
}
