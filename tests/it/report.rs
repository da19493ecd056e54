//! What every report format says about a finding's place and what remains (issue 12,
//! point 1): columns in characters whatever letters stand before the span, one finding
//! per defect, one finding per repeated text, and the closing "What remains" list with
//! the warnings after the errors.

use seloste::messages::Messages;

use seloste::check::{Checked, check_paths_on};
use seloste::model::Date;
use seloste::report::{github, human, json, sarif};
use serde_json::Value;
use std::path::PathBuf;

fn check(name: &str) -> Checked {
    check_paths_on(
        &[PathBuf::from(format!("tests/fixtures/report/{name}.yaml"))],
        Date::parse("2026-11-21").unwrap(),
    )
}

fn json_of(c: &Checked) -> Value {
    serde_json::from_str(&json::render(
        &c.diagnostics,
        &c.workspace.files,
        &c.summary(),
        Messages::english(),
    ))
    .unwrap()
}

/// Line 17 is `  name: Ääkkönen (s-postiosoite)`: "(" is character 18 of the line and
/// byte 21; the placeholder ends before character 33.
const LINE: usize = 17;
const COLUMN: usize = 18;
const END_COLUMN: usize = 33;

fn on_line_17(c: &Checked) -> &seloste::diagnostic::Diagnostic {
    c.diagnostics
        .iter()
        .find(|d| d.span.is_some_and(|s| s.line == LINE))
        .expect("a finding on line 17")
}

#[test]
fn human_columns_count_characters() {
    let c = check("columns");
    assert_eq!(on_line_17(&c).rule, "placeholder");
    let out = c.render_human(false);
    assert!(
        out.contains(&format!("columns.yaml:{LINE}:{COLUMN}]")),
        "the heading counts characters:\n{out}"
    );
    // The underline starts under the "(", whatever the letters before it.
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("name: Ääkkönen (s-postiosoite)"))
        .expect("the snippet line");
    let col = |l: &str, c: char| l.chars().position(|x| x == c).unwrap();
    assert_eq!(
        col(lines[at], '('),
        col(lines[at + 1], '─'),
        "{}\n{}",
        lines[at],
        lines[at + 1]
    );
}

#[test]
fn a_snippet_deep_in_a_long_file_shows_its_own_lines() {
    // The same file with 3 000 comment lines above: the snippet is read around the span
    // (the file's line index), not from the start, and must still number and show it.
    let fixture = std::fs::read_to_string("tests/fixtures/report/columns.yaml").unwrap();
    let padded = format!("{}{fixture}", "# padding\n".repeat(3000));
    let c = seloste::check::check_text(
        "long.yaml",
        padded.as_bytes(),
        Date::parse("2026-11-21").unwrap(),
    );
    let line = LINE + 3000;
    let out = c.render_human(false);
    assert!(
        out.contains(&format!("long.yaml:{line}:{COLUMN}]")),
        "the heading:\n{out}"
    );
    let shown = out
        .lines()
        .find(|l| l.contains("name: Ääkkönen (s-postiosoite)"))
        .expect("the snippet line");
    assert!(
        shown.trim_start().starts_with(&format!("{line} ")),
        "the gutter numbers it: {shown}"
    );
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with(&format!("{} ", line - 1))),
        "with the line before it:\n{out}"
    );
}

#[test]
fn json_columns_count_characters() {
    let c = check("columns");
    let j = json_of(&c);
    let d = j["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["line"] == LINE)
        .unwrap();
    assert_eq!(d["column"], COLUMN);
    assert_eq!(d["end_line"], LINE);
    assert_eq!(d["end_column"], END_COLUMN);
    // Offsets stay in bytes: "Ä", "ä" and "ö" are two bytes each.
    let text = std::fs::read_to_string("tests/fixtures/report/columns.yaml").unwrap();
    let offset = d["offset"].as_u64().unwrap() as usize;
    assert!(text[offset..].starts_with("(s-postiosoite)"));
}

#[test]
fn sarif_columns_count_unicode_code_points() {
    let c = check("columns");
    let log: Value = serde_json::from_str(&sarif::render(
        &c.diagnostics,
        &c.workspace.files,
        Messages::english(),
        None,
    ))
    .unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let region = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["locations"][0]["physicalLocation"]["region"])
        .find(|r| r["startLine"] == LINE)
        .unwrap();
    assert_eq!(region["startColumn"], COLUMN);
    assert_eq!(region["endColumn"], END_COLUMN);
    assert_eq!(region["snippet"]["text"], "(s-postiosoite)");
}

#[test]
fn github_columns_count_characters() {
    let c = check("columns");
    let out = github::render(
        &c.diagnostics,
        &c.workspace.files,
        &c.summary(),
        Messages::english(),
        false,
    );
    assert!(
        out.contains(&format!(
            "line={LINE},col={COLUMN},endLine={LINE},endColumn={END_COLUMN},title=placeholder::"
        )),
        "{out}"
    );
}

#[test]
fn a_placeholder_in_an_email_field_is_one_finding() {
    // `email: (s-postiosoite)`: a template leftover, not also a malformed address.
    let c = check("columns");
    let on_19: Vec<&str> = c
        .diagnostics
        .iter()
        .filter(|d| d.span.is_some_and(|s| s.line == 19))
        .map(|d| d.rule)
        .collect();
    assert_eq!(on_19, ["placeholder"]);
}

#[test]
fn a_repeated_sentence_is_one_finding_with_related_places() {
    let c = check("repeated");
    let j = json_of(&c);
    let found: Vec<(u64, &str, Vec<u64>)> = j["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let related = d["related"]
                .as_array()
                .map(|r| r.iter().map(|p| p["line"].as_u64().unwrap()).collect())
                .unwrap_or_default();
            (
                d["line"].as_u64().unwrap(),
                d["rule"].as_str().unwrap(),
                related,
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            // The same hedge in two different sentences: two defects.
            (22, "vague-wording", vec![]),
            (26, "purpose-basis", vec![]),
            (28, "vague-wording", vec![]),
            // One retention sentence on three categories (once folded over two lines).
            (35, "vague-retention", vec![42, 49]),
        ]
    );
    let related = &j["diagnostics"][3]["related"];
    assert_eq!(related[0]["column"], 27);
    assert_eq!(related[0]["label"], "vague retention (the same text again)");
    assert_eq!(j["summary"]["warnings"], 3);
}

#[test]
fn human_report_and_what_remains() {
    let c = check("repeated");
    let mut out = c.render_human(false);
    out.push_str(&human::remaining(
        &c.diagnostics,
        &c.workspace.files,
        Messages::english(),
    ));
    insta::with_settings!({ omit_expression => true }, {
        insta::assert_snapshot!("repeated", out);
    });
    let c = check("columns");
    let remains = human::remaining(&c.diagnostics, &c.workspace.files, Messages::english());
    insta::with_settings!({ omit_expression => true }, {
        insta::assert_snapshot!("columns_remaining", remains);
    });
}

#[test]
fn a_suppressed_finding_does_not_hide_the_other() {
    // The register says the placeholder is none: the malformed address is then reported.
    let c = check("suppressed");
    let on_19: Vec<(&str, bool)> = c
        .diagnostics
        .iter()
        .filter(|d| d.span.is_some_and(|s| s.line == 19))
        .map(|d| (d.rule, d.suppressed.is_some()))
        .collect();
    assert_eq!(on_19, [("contact-format", false), ("placeholder", true)]);
    assert!(!c.diagnostics.iter().any(|d| d.rule == "unused-suppression"));
}
