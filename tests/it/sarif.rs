//! `--format sarif` and `--format github`: the SARIF log validates against the OASIS
//! SARIF 2.1.0 schema (tests/sarif/, no network), points every result at its rule and
//! at the same places as the JSON format; the GitHub annotations are snapshot-tested.

use crate::common;

use serde_json::Value;
use std::process::Output;

use crate::sarif_schema;
use sarif_schema::{assert_valid, validator};

fn seloste(args: &[&str]) -> Output {
    common::seloste_command()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SELOSTE_TODAY", "2026-11-21")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Runs `check` in SARIF and JSON, validates the SARIF and compares the two.
fn sarif_and_json(paths: &[&str]) -> (Option<i32>, Value, Value) {
    let mut args = vec!["check", "--format", "sarif"];
    args.extend_from_slice(paths);
    let o = seloste(&args);
    let sarif: Value = serde_json::from_slice(&o.stdout).expect("SARIF is JSON");
    assert_valid(&sarif);

    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(paths);
    let j = seloste(&args);
    assert_eq!(o.status.code(), j.status.code(), "same exit code as JSON");
    let json: Value = serde_json::from_slice(&j.stdout).unwrap();

    assert_consistent(&sarif, &json);
    (o.status.code(), sarif, json)
}

fn assert_consistent(sarif: &Value, json: &Value) {
    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "seloste");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));

    // rules[] is exactly the registry, in its order.
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let infos = seloste::rules::all_infos();
    let expected: Vec<&str> = infos.iter().map(|i| i.id).collect();
    assert_eq!(ids, expected);
    for (rule, info) in rules.iter().zip(&infos) {
        assert_eq!(rule["shortDescription"]["text"], info.summary());
        assert_eq!(
            rule["help"]["text"],
            seloste::messages::explanation(info, seloste::messages::Messages::english())
        );
        assert_eq!(rule["properties"]["article"], info.article);
        assert_eq!(rule["properties"]["precision"], info.precision.as_str());
        let tags = rule["properties"]["tags"].as_array().expect("tags");
        assert!(!tags.is_empty() && tags.iter().all(|t| t.is_string()));
        // GitHub's limit on both descriptions.
        for d in ["shortDescription", "fullDescription"] {
            let text = rule[d]["text"].as_str().unwrap();
            assert!(
                !text.is_empty() && text.chars().count() <= 1024,
                "{d} of {}",
                info.id
            );
        }
        let level = match info.severity {
            seloste::diagnostic::Severity::Error => "error",
            seloste::diagnostic::Severity::Warning => "warning",
        };
        assert_eq!(rule["defaultConfiguration"]["level"], level);
        let name = rule["name"].as_str().unwrap();
        assert!(
            name.chars().next().unwrap().is_ascii_uppercase() && !name.contains('-'),
            "{name}"
        );
    }

    // One result per JSON diagnostic, same order, same rule, place and suppression.
    let results = run["results"].as_array().unwrap();
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(results.len(), diags.len());
    let artifacts = run["artifacts"].as_array().unwrap();
    for (r, d) in results.iter().zip(diags) {
        let id = r["ruleId"].as_str().unwrap();
        assert_eq!(id, d["rule"]);
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], id, "ruleIndex points at the rule");
        assert_eq!(r["level"], d["severity"]);
        assert!(
            r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with(d["message"].as_str().unwrap())
        );

        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert_eq!(uri, d["file"].as_str().unwrap().replace('\\', "/"));
        assert!(!uri.contains('\\') && !uri.starts_with('/'));
        let a = loc["artifactLocation"]["index"].as_u64().unwrap() as usize;
        assert_eq!(artifacts[a]["location"]["uri"], uri);

        let region = &loc["region"];
        if d["line"].is_null() {
            assert!(region.is_null(), "no region without a span");
        } else {
            assert_eq!(region["startLine"], d["line"]);
            assert_eq!(region["startColumn"], d["column"]);
            assert_eq!(region["endLine"], d["end_line"]);
            assert_eq!(region["endColumn"], d["end_column"]);
            assert_eq!(region["byteOffset"], d["offset"]);
            assert_eq!(region["byteLength"], d["length"]);
        }

        // `suppressions` on every result or none (SARIF 3.27.23): empty when not suppressed.
        match d["suppressed"].as_str() {
            Some(reason) => {
                assert_eq!(r["suppressions"][0]["kind"], "inSource");
                assert_eq!(r["suppressions"][0]["justification"], reason);
            }
            None => assert_eq!(r["suppressions"], serde_json::json!([]), "{r:#}"),
        }
        let fingerprint = r["partialFingerprints"][seloste::report::sarif::FINGERPRINT]
            .as_str()
            .expect("a fingerprint");
        assert_eq!(fingerprint.len(), 32, "{fingerprint}");
    }
    let fingerprints: std::collections::BTreeSet<String> = results
        .iter()
        .map(|r| r["partialFingerprints"].to_string())
        .collect();
    assert_eq!(fingerprints.len(), results.len(), "fingerprints are unique");
}

#[test]
fn the_schema_rejects_what_it_should() {
    // Guards against a validator that accepts anything.
    assert!(!validator().is_valid(&serde_json::json!({"version": "2.1.0"})));
    assert!(!validator().is_valid(&serde_json::json!({
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"level": "fatal", "message": {"text": "x"}}]}]
    })));
}

#[test]
fn clean_notices_give_an_empty_valid_log() {
    let (code, sarif, _) = sarif_and_json(&["notices/"]);
    assert_eq!(code, Some(0));
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 0);
    assert!(sarif["runs"][0]["artifacts"].as_array().unwrap().len() >= 5);
}

#[test]
fn examples_give_many_valid_results() {
    let (code, sarif, _) = sarif_and_json(&["tests/examples/"]);
    assert_eq!(code, Some(1));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() >= 30, "{}", results.len());
    let levels: std::collections::BTreeSet<&str> = results
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    assert!(levels.contains("error") && levels.contains("warning"));
    // Snippets are the underlined source text.
    assert!(results.iter().any(|r| {
        r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
            .as_str()
            .is_some_and(|s| s.contains("voidaan"))
    }));
}

#[test]
fn suppressed_findings_are_kept_with_their_reason() {
    let (code, sarif, json) = sarif_and_json(&["tests/fixtures/sarif/suppressed.yaml"]);
    // Only a warning is left, so the check passes.
    assert_eq!(code, Some(0));
    assert_eq!(json["summary"]["suppressed"], 1);
    assert_eq!(json["summary"]["warnings"], 1);
    assert_eq!(json["summary"]["errors"], 0);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{results:#?}");
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| !r["suppressions"].as_array().unwrap().is_empty())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["ruleId"], "vague-wording");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "Puhelinkäsittely on asiakkaan valinta; lakimies hyväksyi sanamuodon 2026-11-20."
    );
    assert_eq!(
        suppressed[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"],
        "voidaan"
    );

    // GitHub annotations leave the suppressed finding out.
    let o = seloste(&[
        "check",
        "--format",
        "github",
        "tests/fixtures/sarif/suppressed.yaml",
    ]);
    let out = stdout(&o);
    let commands: Vec<&str> = out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(commands.len(), 1, "{out}");
    assert!(commands[0].starts_with("::warning file=tests/fixtures/sarif/suppressed.yaml,line="));
    assert!(commands[0].contains("saatetaan"), "{out}");
    assert!(out.ends_with("0 errors, 1 warning, 1 suppressed in 1 file (1 register)\n"));
}

#[test]
fn a_yaml_syntax_error_is_a_valid_result() {
    let (code, sarif, _) = sarif_and_json(&["tests/fixtures/sarif/syntax-error.yaml"]);
    assert_eq!(code, Some(1));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    assert_eq!(results[0]["ruleId"], "yaml-syntax");
    assert_eq!(results[0]["level"], "error");
}

#[test]
fn a_missing_file_has_no_region() {
    let o = seloste(&[
        "check",
        "--format",
        "sarif",
        "tests/fixtures/sarif/missing.yaml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let sarif: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_valid(&sarif);
    let r = &sarif["runs"][0]["results"][0];
    assert_eq!(r["ruleId"], "io-error");
    assert!(
        r["locations"][0]["physicalLocation"]
            .get("region")
            .is_none()
    );

    let o = seloste(&[
        "check",
        "--format",
        "github",
        "tests/fixtures/sarif/missing.yaml",
    ]);
    let out = stdout(&o);
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("::error file=tests/fixtures/sarif/missing.yaml,title=io-error::"),
        "{out}"
    );
}

#[test]
fn output_is_deterministic() {
    let a = seloste(&["check", "--format", "sarif", "tests/examples/", "notices/"]);
    let b = seloste(&["check", "--format", "sarif", "tests/examples/", "notices/"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn github_annotations_for_the_template() {
    let o = seloste(&[
        "check",
        "--format",
        "github",
        "tests/examples/template.yaml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    // Every line but the last two is one workflow command with no raw newline inside;
    // then the summary line, then how many GitHub does not show as annotations.
    let lines: Vec<&str> = out.trim_end().lines().collect();
    let (commands, tail) = lines.split_at(lines.len() - 2);
    let (summary, left_out) = (tail[0], tail[1]);
    assert!(summary.contains(" in 1 file (1 register)"), "{summary}");
    let errors = commands
        .iter()
        .filter(|c| c.starts_with("::error "))
        .count();
    let warnings = commands
        .iter()
        .filter(|c| c.starts_with("::warning "))
        .count();
    assert!(errors > 10 && warnings > 10, "{errors} {warnings}");
    assert_eq!(
        left_out,
        format!(
            "GitHub shows at most 10 error and 10 warning annotations per step; not shown as annotations: {} errors, {} warnings. Every finding is in this log.",
            errors - 10,
            warnings - 10
        )
    );
    for c in commands {
        assert!(
            c.starts_with("::error file=") || c.starts_with("::warning file="),
            "{c}"
        );
        assert!(c.contains(",line=") && c.contains(",endColumn=") && c.contains(",title="));
    }
    insta::assert_snapshot!("github_template", out);
}

#[test]
fn a_duplicate_id_points_at_the_other_file_in_every_format() {
    let dir = "tests/fixtures/rules/duplicate-id/fail-two-files";
    let (code, sarif, json) = sarif_and_json(&[dir]);
    assert_eq!(code, Some(1));
    let dups: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "duplicate-id")
        .collect();
    assert_eq!(dups.len(), 2, "both files are reported");
    for d in &dups {
        let related = d["related"].as_array().expect("related places");
        assert_eq!(related.len(), 1);
        assert_ne!(related[0]["file"], d["file"], "points at the other file");
        assert_eq!(related[0]["line"], 2, "at its `id:` line");
    }
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let with_related: Vec<&Value> = results
        .iter()
        .filter(|r| r["ruleId"] == "duplicate-id")
        .collect();
    assert_eq!(with_related.len(), 2);
    for r in with_related {
        let rel = &r["relatedLocations"][0]["physicalLocation"];
        assert_eq!(rel["region"]["startLine"], 2);
        assert_ne!(
            rel["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        );
    }
    let human = stdout(&seloste(&["check", dir]));
    assert!(
        human.contains("also: tests/fixtures/rules/duplicate-id/fail-two-files/asiakkaat.yaml:2:7"),
        "{human}"
    );
    let github = stdout(&seloste(&["check", "--format", "github", dir]));
    assert!(github.contains("%0Aalso: "), "{github}");
}

#[test]
fn descriptions_fit_githubs_limit_in_every_language() {
    for lang in ["fi", "sv", "en"] {
        let o = seloste(&["check", "--format", "sarif", "--lang", lang, "notices/"]);
        let sarif: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_valid(&sarif);
        let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        let mut clipped = 0;
        for rule in rules {
            for d in ["shortDescription", "fullDescription"] {
                let text = rule[d]["text"].as_str().unwrap();
                assert!(text.chars().count() <= 1024, "{lang} {} {d}", rule["id"]);
                clipped += usize::from(text.ends_with('…'));
            }
            // The full description is the summary and what the rule checks, not its
            // headings or its reasons.
            let full = rule["fullDescription"]["text"].as_str().unwrap();
            assert!(!full.contains("## "), "{lang} {}", rule["id"]);
        }
        // Most rules' descriptions fit whole.
        assert!(clipped < rules.len() / 4, "{lang}: {clipped} clipped");
    }
}

#[test]
fn help_uri_follows_the_docs_url() {
    let o = seloste(&[
        "check",
        "--format",
        "sarif",
        "--docs-url",
        "https://docs.example/seloste/rules/{rule}.html",
        "notices/",
    ]);
    let sarif: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_valid(&sarif);
    for rule in sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
    {
        assert_eq!(
            rule["helpUri"],
            format!(
                "https://docs.example/seloste/rules/{}.html",
                rule["id"].as_str().unwrap()
            )
        );
    }
}

/// The fingerprint does not change when lines are added above a finding, and changes
/// when the finding does.
#[test]
fn fingerprints_survive_moved_lines() {
    let dir = common::repo_tempdir();
    let original = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/examples/template.yaml"),
    )
    .unwrap();
    let fingerprints = |text: &str| -> Vec<(String, u64, String)> {
        let path = dir.path().join("template.yaml");
        std::fs::write(&path, text).unwrap();
        let o = seloste(&["check", "--format", "sarif", path.to_str().unwrap()]);
        let sarif: Value = serde_json::from_slice(&o.stdout).unwrap();
        sarif["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap().to_string(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]
                        .as_u64()
                        .unwrap_or(0),
                    r["partialFingerprints"][seloste::report::sarif::FINGERPRINT]
                        .as_str()
                        .unwrap()
                        .to_string(),
                )
            })
            .collect()
    };
    let before = fingerprints(&original);
    assert!(before.len() >= 10);
    // Three comment lines after the modeline move every finding down by three.
    let (first, rest) = original.split_once('\n').unwrap();
    let moved = fingerprints(&format!("{first}\n# a\n# b\n# c\n{rest}"));
    assert_eq!(before.len(), moved.len());
    for (b, m) in before.iter().zip(&moved) {
        assert_eq!(b.0, m.0);
        if b.1 > 0 {
            assert_eq!(b.1 + 3, m.1, "the finding moved");
        }
        assert_eq!(b.2, m.2, "same fingerprint after the move: {b:?}");
    }
    // The gitlab format gives the same fingerprints.
    let path = dir.path().join("template.yaml");
    let o = seloste(&["check", "--format", "gitlab", path.to_str().unwrap()]);
    let gitlab: Value = serde_json::from_slice(&o.stdout).unwrap();
    let from_gitlab: std::collections::BTreeSet<&str> = gitlab
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    assert!(from_gitlab.iter().all(|f| moved.iter().any(|m| m.2 == *f)));
    // A different text gives a different fingerprint.
    let changed = fingerprints(&original.replacen("saattaa", "voidaan", 1));
    let old: std::collections::BTreeSet<&String> = before.iter().map(|b| &b.2).collect();
    assert!(changed.iter().any(|c| !old.contains(&c.2)));
}
