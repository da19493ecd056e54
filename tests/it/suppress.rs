//! Suppressions: a rule silenced for one item or a whole register, with a reason that is
//! kept in the output; unknown and unused suppressions are reported.

use crate::common;

use seloste::messages::en;

use seloste::check::check_paths_on;
use seloste::model::Date;
use std::path::Path;

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

#[test]
fn an_item_suppression_silences_only_inside_the_item() {
    let checked = check_paths_on(
        &[Path::new("tests/fixtures/suppress/item.yaml").to_path_buf()],
        today(),
    );
    let vague: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.rule == "vague-wording")
        .collect();
    // Two words in the purpose (line 13) are silenced; three in `security` (line 26) are not.
    let silenced: Vec<usize> = vague
        .iter()
        .filter(|d| d.suppressed.is_some())
        .map(|d| d.span.unwrap().line)
        .collect();
    let open: Vec<usize> = vague
        .iter()
        .filter(|d| d.suppressed.is_none())
        .map(|d| d.span.unwrap().line)
        .collect();
    assert_eq!(silenced, [13, 13]);
    assert!(
        !open.is_empty() && open.iter().all(|l| *l == 26),
        "{open:?}"
    );
    assert_eq!(
        vague[0].suppressed.as_deref(),
        Some("Lainaus yhteistyösopimuksen sanamuodosta, jota ei voi muuttaa.")
    );
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.rule != "unused-suppression")
    );
}

#[test]
fn a_top_level_suppression_covers_the_file_and_bad_ones_are_reported() {
    let checked = check_paths_on(
        &[Path::new("tests/fixtures/suppress/top.yaml").to_path_buf()],
        today(),
    );
    assert!(
        checked
            .diagnostics
            .iter()
            .filter(|d| d.rule == "vague-wording")
            .all(|d| d.suppressed.is_some())
    );
    let unknown: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.rule == "suppression")
        .collect();
    assert_eq!(unknown.len(), 1);
    assert!(en(unknown[0].help.as_ref().unwrap()).contains("did you mean `vague-wording`?"));
    let unused: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.rule == "unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1);
    assert!(en(&unused[0].message).contains("`dates`"));
    assert!(checked.has_errors(), "the unknown rule id is an error");
}

#[test]
fn suppressed_findings_are_in_json_and_do_not_fail_the_check() {
    let o = common::seloste_command()
        .args([
            "check",
            "--deny-warnings",
            "--format",
            "json",
            "tests/fixtures/suppress/item.yaml",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["suppressed"], 2);
    let suppressed: Vec<_> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["suppressed"].is_null())
        .collect();
    assert_eq!(suppressed.len(), 2);
    // The unsuppressed warnings in `security` still fail --deny-warnings.
    assert_eq!(o.status.code(), Some(1));
    let human = common::seloste_command()
        .args(["check", "tests/fixtures/suppress/item.yaml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("2 suppressed"), "{text}");
    assert_eq!(
        human.status.code(),
        Some(0),
        "warnings alone do not fail: {text}"
    );
}

#[test]
fn a_suppressed_error_does_not_fail_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/rules/legitimate-interest/fail.yaml"),
    )
    .unwrap();
    let file = dir.path().join("li.yaml");
    let o = |text: &str| {
        std::fs::write(&file, text).unwrap();
        common::seloste_command()
            .arg("check")
            .arg(&file)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    assert_eq!(
        o(&src).status.code(),
        Some(1),
        "the fixture has a legitimate-interest error"
    );
    let silenced = format!(
        "{src}suppress:\n  - rule: legitimate-interest\n    reason: Käsitellään erillisessä arvioinnissa.\n"
    );
    let out = o(&silenced);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("1 suppressed"), "{text}");
}
