//! The CI examples in docs/ci/ and the pre-commit hook in .pre-commit-hooks.yaml work as
//! written: every `seloste …` command line in them runs, with this build's binary,
//! against a copy of notices/ in a temporary folder (so the files they write land
//! there), exits 0, and writes what the next step expects.

use crate::common;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

use crate::sarif_schema;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn load(path: &str) -> Value {
    let text = std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The command lines of a `run:` or `script:` value (a string of lines or a list).
fn lines(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => s.lines().map(|l| l.trim().to_string()).collect(),
        Value::Array(items) => items.iter().flat_map(lines).collect(),
        _ => Vec::new(),
    }
}

/// The lines that run seloste, with the binary under test in its place.
fn seloste_lines(all: Vec<String>) -> Vec<String> {
    all.into_iter()
        .filter_map(|l| {
            l.strip_prefix("seloste ")
                .map(|rest| format!("'{}' {rest}", env!("CARGO_BIN_EXE_seloste")))
        })
        .collect()
}

/// A temporary folder holding a copy of notices/ (and schemas/, which the modelines name).
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(
        &Path::new(ROOT).join("notices"),
        &dir.path().join("notices"),
    );
    common::copy_dir(
        &Path::new(ROOT).join("schemas"),
        &dir.path().join("schemas"),
    );
    dir
}

fn sh(dir: &Path, line: &str) -> Output {
    let o = Command::new("sh")
        .arg("-c")
        .arg(line)
        .current_dir(dir)
        .env("SELOSTE_TODAY", "2026-11-21")
        // Run inside GitHub Actions, the tests must not write to the job's summary.
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "`{line}` failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn assert_valid_sarif(path: &Path) -> Value {
    let log: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    sarif_schema::assert_valid(&log);
    assert_eq!(log["runs"][0]["tool"]["driver"]["name"], "seloste");
    log
}

#[test]
fn github_workflow_runs() {
    let wf = load("docs/ci/github-workflow.yml");
    assert!(
        wf["on"].get("pull_request").is_some(),
        "runs on pull requests"
    );
    let steps = wf["jobs"]["check"]["steps"].as_array().unwrap();
    let all: Vec<String> = steps.iter().flat_map(|s| lines(&s["run"])).collect();
    assert!(all.iter().any(|l| l.starts_with("cargo install")));

    // The upload step reads the file the SARIF step writes, even after a failed check.
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@v3"))
        })
        .expect("an upload-sarif step");
    assert_eq!(upload["if"], "always()");
    assert_eq!(upload["with"]["sarif_file"], "seloste.sarif");

    let commands = seloste_lines(all);
    assert_eq!(commands.len(), 2, "{commands:?}");
    let dir = workspace();
    let mut outputs = Vec::new();
    for c in &commands {
        outputs.push(String::from_utf8(sh(dir.path(), c).stdout).unwrap());
    }
    assert!(commands[0].contains("--format github"));
    // Nothing to annotate: only the summary line.
    assert!(
        outputs[0].starts_with("0 errors, 0 warnings in ") && outputs[0].lines().count() == 1,
        "{}",
        outputs[0]
    );
    assert!(!outputs[0].contains("::error") && !outputs[0].contains("::warning"));
    let log = assert_valid_sarif(&dir.path().join("seloste.sarif"));
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 0);
    assert!(
        log["runs"][0]["artifacts"][0]["location"]["uri"]
            .as_str()
            .unwrap()
            .starts_with("notices/")
    );
}

#[test]
fn gitlab_ci_runs() {
    let ci = load("docs/ci/gitlab-ci.yml");
    let check = seloste_lines(lines(&ci["check"]["script"]));
    let build = seloste_lines(lines(&ci["notices"]["script"]));
    assert_eq!(check.len(), 4, "{check:?}");
    assert_eq!(build.len(), 1, "{build:?}");
    assert!(lines(&ci["default"]["before_script"])[0].starts_with("cargo install"));

    let dir = workspace();
    for c in check.iter().chain(&build) {
        sh(dir.path(), c);
    }
    let log = assert_valid_sarif(&dir.path().join("seloste.sarif"));
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 0);
    // The artifacts and reports the jobs declare exist: no Code Quality issue, no
    // failed test case for the clean samples.
    assert_eq!(ci["check"]["artifacts"]["paths"][0], "seloste.sarif");
    let reports = &ci["check"]["artifacts"]["reports"];
    let quality = dir.path().join(reports["codequality"].as_str().unwrap());
    let quality: Value = serde_json::from_str(&std::fs::read_to_string(quality).unwrap()).unwrap();
    assert_eq!(quality, serde_json::json!([]));
    let junit = dir.path().join(reports["junit"].as_str().unwrap());
    let junit = std::fs::read_to_string(junit).unwrap();
    assert!(
        junit.starts_with("<?xml") && junit.contains(" failures=\"0\""),
        "{junit}"
    );
    assert_eq!(ci["notices"]["artifacts"]["paths"][0], "public/");
    let public = dir.path().join("public");
    assert!(public.join("index.html").is_file());
    for ext in ["html", "pdf", "md"] {
        assert!(
            public
                .join("asiakasrekisteri")
                .join(format!("fi.{ext}"))
                .is_file(),
            "{ext}"
        );
    }
}

#[test]
fn pre_commit_hook_runs() {
    let hooks = load(".pre-commit-hooks.yaml");
    let hooks = hooks.as_array().unwrap();
    let hook = hooks
        .iter()
        .find(|h| h["id"] == "seloste-check")
        .expect("hook seloste-check");
    assert_eq!(hook["language"], "rust");
    // The whole project is checked, so that a change to an organisation file is checked
    // in the registers that use it.
    assert_eq!(hook["pass_filenames"], false);
    let entry = hook["entry"].as_str().unwrap();
    assert_eq!(entry, "seloste check");
    let files = regex::Regex::new(hook["files"].as_str().unwrap()).unwrap();
    assert!(files.is_match("notices/a.yaml") && files.is_match("b.yml"));
    assert!(files.is_match("seloste.toml") && files.is_match("a/seloste.toml"));
    assert!(!files.is_match("README.md") && !files.is_match("xseloste.toml"));

    // pre-commit runs the entry from the repository root, with no file names.
    let command = seloste_lines(vec![entry.to_string()]).remove(0);
    let ws = workspace();
    let o = sh(ws.path(), &command);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
    assert_eq!(o.status.code(), Some(0));
}

/// pre-commit itself, in a temporary git repository with the hook as written (its
/// `language: rust` replaced by `system` and the entry by this build's binary, so that
/// nothing is built or downloaded): a commit that changes only an organisation file is
/// stopped by an error that file makes in a register using it.
#[test]
fn pre_commit_checks_the_registers_of_a_staged_organisation_file() {
    let have = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !have("pre-commit") || !have("git") {
        eprintln!("pre-commit or git is not installed: pre-commit itself is not run");
        return;
    }
    let hooks = load(".pre-commit-hooks.yaml");
    let hook = hooks
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "seloste-check")
        .unwrap()
        .clone();
    let ws = workspace();
    let dir = ws.path();
    let entry =
        hook["entry"]
            .as_str()
            .unwrap()
            .replacen("seloste", env!("CARGO_BIN_EXE_seloste"), 1);
    let config = format!(
        "repos:\n  - repo: local\n    hooks:\n      - id: {}\n        name: {}\n        \
         entry: '{entry}'\n        language: system\n        files: '{}'\n        \
         pass_filenames: {}\n",
        hook["id"].as_str().unwrap(),
        hook["name"].as_str().unwrap(),
        hook["files"].as_str().unwrap(),
        hook["pass_filenames"].as_bool().unwrap(),
    );
    std::fs::write(dir.join(".pre-commit-config.yaml"), config).unwrap();
    let home = dir.join(".pre-commit-home");
    let run = |args: &[&str]| {
        let o = Command::new(args[0])
            .args(&args[1..])
            .current_dir(dir)
            .env("PRE_COMMIT_HOME", &home)
            .env("SELOSTE_TODAY", "2026-11-21")
            .env("LC_ALL", "C")
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        (o.status.code(), text)
    };
    std::fs::write(dir.join(".gitignore"), ".pre-commit-home/\n").unwrap();
    assert_eq!(run(&["git", "init", "-q"]).0, Some(0));
    assert_eq!(run(&["git", "add", "-A"]).0, Some(0));
    assert_eq!(run(&["git", "commit", "-qm", "notices"]).0, Some(0));
    // The controller's address made unusable: the register that uses the file is wrong.
    let org = dir.join("notices/kemin-kaupunki/organisation.yaml");
    let text = std::fs::read_to_string(&org).unwrap();
    assert!(text.contains("kirjaamo@kemi.fi"));
    std::fs::write(&org, text.replace("kirjaamo@kemi.fi", "kirjaamo-at-kemi")).unwrap();
    assert_eq!(run(&["git", "add", "-A"]).0, Some(0));
    let (code, out) = run(&["pre-commit", "run"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("contact-format"), "{out}");
    assert!(out.contains("organisation.yaml"), "{out}");
    // Fixed, the commit goes through.
    std::fs::write(&org, text).unwrap();
    assert_eq!(run(&["git", "add", "-A"]).0, Some(0));
    let (code, out) = run(&["pre-commit", "run"]);
    assert_eq!(code, Some(0), "{out}");
}
