//! `--format gitlab`, `--format junit` and the GitHub job summary, each read back by what
//! reads it: the GitLab report against a schema of GitLab's documented fields
//! (tests/gitlab/), the JUnit XML by junitparser (tests/junit/read.py; `pip install
//! junitparser`, as .ci/run does), the job summary by a Markdown parser with GitHub's
//! tables. Each is compared with the JSON format's findings.

use crate::common;

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

fn seloste(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = common::seloste_command();
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SELOSTE_TODAY", "2026-11-21")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// The JSON format's findings for `paths`.
fn diagnostics(paths: &[&str]) -> Vec<Value> {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(paths);
    let o = seloste(&args, &[]);
    let json: Value = serde_json::from_slice(&o.stdout).unwrap();
    json["diagnostics"].as_array().unwrap().clone()
}

const PATHS: [&str; 3] = [
    "tests/examples/",
    "tests/fixtures/sarif/suppressed.yaml",
    "tests/hostile/",
];

fn gitlab_validator() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/gitlab/codequality.schema.json"
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::options()
        .offline()
        .build(&schema)
        .expect("the schema compiles")
}

#[test]
fn the_gitlab_schema_rejects_what_gitlab_would() {
    let v = gitlab_validator();
    let good = serde_json::json!([{"description": "x", "check_name": "r", "fingerprint": "f",
        "severity": "minor", "location": {"path": "a/b.yaml", "lines": {"begin": 1}}}]);
    assert!(v.is_valid(&good));
    for bad in [
        serde_json::json!([{"description": "x", "check_name": "r", "fingerprint": "f",
            "severity": "warning", "location": {"path": "a.yaml", "lines": {"begin": 1}}}]),
        serde_json::json!([{"description": "x", "check_name": "r", "fingerprint": "f",
            "severity": "minor", "location": {"path": "./a.yaml", "lines": {"begin": 1}}}]),
        serde_json::json!([{"description": "x", "check_name": "r",
            "severity": "minor", "location": {"path": "a.yaml", "lines": {"begin": 1}}}]),
        serde_json::json!([{"description": "x", "check_name": "r", "fingerprint": "f",
            "severity": "minor", "location": {"path": "a.yaml", "lines": {"begin": 0}}}]),
    ] {
        assert!(!v.is_valid(&bad), "{bad}");
    }
}

#[test]
fn gitlab_code_quality_has_every_unsuppressed_finding() {
    let mut args = vec!["check", "--format", "gitlab"];
    args.extend_from_slice(&PATHS);
    let o = seloste(&args, &[]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the exit code is the JSON format's"
    );
    let report: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let errors: Vec<String> = gitlab_validator()
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let issues = report.as_array().unwrap();
    let open: Vec<Value> = diagnostics(&PATHS)
        .into_iter()
        .filter(|d| d["suppressed"].is_null())
        .collect();
    assert!(open.len() >= 30, "{}", open.len());
    assert_eq!(issues.len(), open.len());
    for (i, d) in issues.iter().zip(&open) {
        assert_eq!(i["check_name"], d["rule"]);
        assert_eq!(i["location"]["path"], d["file"]);
        let line = d["line"].as_u64().unwrap_or(1);
        assert_eq!(i["location"]["lines"]["begin"], line);
        let severity = if d["severity"] == "error" {
            "major"
        } else {
            "minor"
        };
        assert_eq!(i["severity"], severity);
        assert!(
            i["description"]
                .as_str()
                .unwrap()
                .starts_with(d["message"].as_str().unwrap())
        );
    }
    // GitLab keeps one issue per fingerprint: they must be unique.
    let fingerprints: BTreeSet<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(fingerprints.len(), issues.len());
}

/// What junitparser read from a report.
fn junitparser(xml: &[u8]) -> Value {
    let dir = common::repo_tempdir();
    let path = dir.path().join("report.xml");
    std::fs::write(&path, xml).unwrap();
    let o = std::process::Command::new("python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/junit/read.py"))
        .arg(&path)
        .output()
        .expect(
            "python3 runs (install junitparser: pip install junitparser==5.0.3, as .ci/run does)",
        );
    assert!(
        o.status.success(),
        "junitparser could not read the report (pip install junitparser==5.0.3, as .ci/run does):\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn junit_is_read_by_junitparser() {
    let paths = [
        "tests/examples/",
        "tests/fixtures/sarif/suppressed.yaml",
        "tests/hostile/",
        "notices/",
    ];
    let mut args = vec!["check", "--format", "junit"];
    args.extend_from_slice(&paths);
    let o = seloste(&args, &[]);
    assert_eq!(o.status.code(), Some(1));
    let read = junitparser(&o.stdout);

    let all = diagnostics(&paths);
    let suppressed = all.iter().filter(|d| !d["suppressed"].is_null()).count();
    let files: BTreeSet<&str> = all.iter().map(|d| d["file"].as_str().unwrap()).collect();
    let suites = read["suites"].as_u64().unwrap() as usize;
    let clean = suites - files.len();
    assert!(clean >= 5, "the notices are clean: {clean}");
    assert_eq!(read["tests"], all.len() + clean);
    assert_eq!(read["failures"], all.len() - suppressed);
    assert_eq!(read["skipped"], suppressed);
    assert!(suppressed >= 1);
    assert_eq!(read["errors"], 0);

    let cases = read["cases"].as_array().unwrap();
    let names: BTreeSet<(String, String)> = cases
        .iter()
        .map(|c| (c["classname"].to_string(), c["name"].to_string()))
        .collect();
    assert_eq!(
        names.len(),
        cases.len(),
        "test case names are unique in a file"
    );
    for d in &all {
        let name = match d["line"].as_u64() {
            Some(line) => format!("{} {}:{}", d["rule"].as_str().unwrap(), line, d["column"]),
            None => d["rule"].as_str().unwrap().to_string(),
        };
        // The first case of that name (more findings there get " (2)"…) with this result.
        let case = cases
            .iter()
            .filter(|c| c["classname"] == d["file"])
            .filter(|c| {
                let n = c["name"].as_str().unwrap();
                n == name
                    || n.strip_prefix(name.as_str())
                        .is_some_and(|r| r.starts_with(" ("))
            })
            .find(|c| {
                let r = &c["results"][0];
                r["message"] == d["message"] || r["message"] == d["suppressed"]
            })
            .unwrap_or_else(|| panic!("no test case {name} for {}", d["file"]));
        let result = &case["results"][0];
        match d["suppressed"].as_str() {
            Some(reason) => {
                assert_eq!(result["kind"], "skipped");
                assert_eq!(result["message"], reason);
            }
            None => {
                assert_eq!(result["kind"], "failure");
                assert_eq!(result["type"], d["severity"]);
                assert_eq!(result["message"], d["message"]);
                let text = result["text"].as_str().unwrap();
                assert!(text.starts_with(d["message"].as_str().unwrap()), "{text}");
                assert!(text.contains("\nsee: "), "{text}");
            }
        }
    }
    // A clean file is one passing test case.
    let clean_case = cases
        .iter()
        .find(|c| c["classname"] == "notices/cykelverkstad.yaml")
        .expect("a case for a clean notice");
    assert_eq!(clean_case["results"], serde_json::json!([]));
}

#[test]
fn junit_of_nothing_is_an_empty_report() {
    let dir = common::repo_tempdir();
    let o = seloste(
        &["check", "--format", "junit", dir.path().to_str().unwrap()],
        &[],
    );
    let read = junitparser(&o.stdout);
    assert_eq!(read["tests"], 0);
    assert_eq!(read["suites"], 0);
}

/// The rows of the first table in `markdown`, read as GitHub does (tables on).
fn table_rows(markdown: &str) -> Vec<Vec<String>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut rows = Vec::new();
    let mut row: Option<Vec<String>> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => row = Some(Vec::new()),
            Event::Start(Tag::TableCell) => {
                if let Some(r) = row.as_mut() {
                    r.push(String::new());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(cell) = row.as_mut().and_then(|r| r.last_mut()) {
                    cell.push_str(&t);
                }
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => rows.extend(row.take()),
            _ => {}
        }
    }
    rows
}

#[test]
fn github_writes_every_finding_to_the_job_summary() {
    let dir = common::repo_tempdir();
    let summary = dir.path().join("step_summary.md");
    std::fs::write(&summary, "earlier step\n\n").unwrap();
    let path = summary.to_str().unwrap();
    let paths = [
        "tests/examples/template.yaml",
        "tests/fixtures/sarif/suppressed.yaml",
    ];
    let mut args = vec!["check", "--format", "github"];
    args.extend_from_slice(&paths);
    let o = seloste(
        &args,
        &[("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", path)],
    );
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    let last = out.trim_end().lines().last().unwrap();
    assert!(
        last.ends_with("Every finding is in the job summary."),
        "{last}"
    );

    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("earlier step\n\n## seloste check\n"),
        "appended: {written}"
    );
    let all = diagnostics(&paths);
    let rows = table_rows(&written);
    assert_eq!(
        rows.len(),
        all.len() + 1,
        "a heading row and one row per finding:\n{written}"
    );
    assert_eq!(rows[0], ["File", "Line", "Severity", "Rule", "Message"]);
    for (row, d) in rows[1..].iter().zip(&all) {
        assert_eq!(row.len(), 5, "{row:?}");
        assert_eq!(row[0], d["file"].as_str().unwrap());
        assert_eq!(
            row[1],
            d["line"]
                .as_u64()
                .map(|l| l.to_string())
                .unwrap_or_default()
        );
        assert_eq!(row[3], d["rule"].as_str().unwrap());
        // Code spans (`id`) are read as code: their text without the backticks.
        let message = d["message"].as_str().unwrap().replace('`', "");
        assert!(row[4].starts_with(&message), "{row:?}");
        match d["suppressed"].as_str() {
            Some(reason) => assert_eq!(
                row[2],
                format!("{}, suppressed: {reason}", d["severity"].as_str().unwrap())
            ),
            None => assert_eq!(row[2], d["severity"].as_str().unwrap()),
        }
    }
}

#[test]
fn the_job_summary_is_written_only_in_github_actions() {
    let dir = common::repo_tempdir();
    let summary = dir.path().join("step_summary.md");
    let path = summary.to_str().unwrap();
    let args = [
        "check",
        "--format",
        "github",
        "tests/examples/template.yaml",
    ];
    // Not in GitHub Actions: nothing written, and the last line points at the log.
    let o = seloste(&args, &[("GITHUB_STEP_SUMMARY", path)]);
    assert!(!summary.exists());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.trim_end().ends_with("Every finding is in this log."),
        "{out}"
    );
    // Another format in GitHub Actions writes none either.
    seloste(
        &["check", "--format", "json", "tests/examples/template.yaml"],
        &[("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", path)],
    );
    assert!(!summary.exists());
    // Fewer than GitHub's limit: no left-out line.
    let o = seloste(
        &[
            "check",
            "--format",
            "github",
            "tests/fixtures/sarif/suppressed.yaml",
        ],
        &[("GITHUB_ACTIONS", "true"), ("GITHUB_STEP_SUMMARY", path)],
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.ends_with("(1 register)\n"), "{out}");
    assert!(summary.exists());
}
