//! The three real notices in ../shared/examples, encoded as published (defects and
//! all) in tests/examples/*.yaml. Each `.expected` file lists `<line> <rule>` for every
//! defect a careful reviewer finds; `check` must report exactly those: each defect on
//! its line, and nothing spurious. The rendered diagnostics are snapshot-tested too.

use seloste::check::check_paths_on;
use seloste::model::Date;
use std::collections::BTreeSet;
use std::path::Path;

fn check_example(name: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rel = Path::new("tests/examples").join(format!("{name}.yaml"));
    let expected_text =
        std::fs::read_to_string(root.join("tests/examples").join(format!("{name}.expected")))
            .unwrap();
    let expected: BTreeSet<(usize, String)> = expected_text
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (line, rule) = l.split_once(' ').unwrap();
            (line.parse().unwrap(), rule.trim().to_string())
        })
        .collect();
    let checked = check_paths_on(
        &[root.join(&rel).strip_prefix(root).unwrap().to_path_buf()],
        Date::parse("2026-11-21").unwrap(),
    );
    let found: BTreeSet<(usize, String)> = checked
        .diagnostics
        .iter()
        // A text repeated on many items is one finding whose related places are reported
        // lines too.
        .flat_map(|d| {
            std::iter::once(d.span)
                .chain(d.related.iter().filter(|r| r.repeats).map(|r| r.span))
                .map(|s| (s.map(|s| s.line).unwrap_or(0), d.rule.to_string()))
        })
        .collect();
    let text = checked.render_human(false);
    let missing: Vec<_> = expected.difference(&found).collect();
    let spurious: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && spurious.is_empty(),
        "{name}: missing {missing:?}\nspurious {spurious:?}\n\n{text}"
    );
    insta::with_settings!({ snapshot_path => "snapshots/examples", prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn kauppakamari_as_published() {
    check_example("kauppakamari");
}

#[test]
fn template_as_published() {
    check_example("template");
}

#[test]
fn kemi_as_published() {
    check_example("kemi");
}
