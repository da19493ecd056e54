//! The command line as CI pipelines use it: exit codes, JSON output, explain and rules.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

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

#[test]
fn shipped_samples_are_clean() {
    let o = seloste(&["check", "--deny-warnings", "notices/"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn every_sample_starts_with_the_schema_modeline() {
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("notices")];
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "yaml") {
                seen += 1;
                let text = std::fs::read_to_string(&p).unwrap();
                let first = text.lines().next().unwrap_or("");
                assert!(
                    first.starts_with("# yaml-language-server: $schema="),
                    "{} lacks the modeline",
                    p.display()
                );
                let schema = first.split("$schema=").nth(1).unwrap();
                assert!(
                    p.parent().unwrap().join(schema).is_file(),
                    "{}: modeline names a missing schema",
                    p.display()
                );
            }
        }
    }
    assert!(
        seen >= 5,
        "expected at least five sample files, found {seen}"
    );
}

#[test]
fn errors_exit_1_and_json_has_the_documented_shape() {
    let o = seloste(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/rules/references/fail.yaml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 1);
    let d = &v["diagnostics"][0];
    for key in [
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "severity",
        "article",
        "message",
        "help",
    ] {
        assert!(d.get(key).is_some(), "diagnostic lacks `{key}`: {d}");
    }
    assert_eq!(d["file"], "tests/fixtures/rules/references/fail.yaml");
    assert_eq!(d["severity"], "error");
}

#[test]
fn missing_path_exits_2() {
    let o = seloste(&["check", "does-not-exist.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("does-not-exist.yaml"));
}

#[test]
fn usage_errors_exit_2() {
    let o = seloste(&["check", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn human_output_is_plain_when_not_a_terminal() {
    let o = seloste(&["check", "tests/fixtures/rules/references/fail.yaml"]);
    let out = stdout(&o);
    assert!(!out.contains('\u{1b}'), "colour codes in piped output");
    assert!(
        out.contains("tests/fixtures/rules/references/fail.yaml:12:27"),
        "{out}"
    );
}

#[test]
fn human_output_ends_with_what_remains_only_on_errors() {
    let o = seloste(&["check", "tests/fixtures/rules/references/fail.yaml"]);
    let out = stdout(&o);
    let list = out
        .split("\nWhat remains (")
        .nth(1)
        .expect("a What remains list");
    assert!(
        list.contains("line 12: no data category has the id `ordrs`"),
        "{list}"
    );
    // Several files: each line names its file.
    let o = seloste(&[
        "check",
        "tests/fixtures/rules/references/fail.yaml",
        "tests/fixtures/rules/retention/fail.yaml",
    ]);
    let out = stdout(&o);
    let list = out
        .split("\nWhat remains (")
        .nth(1)
        .expect("a What remains list");
    assert!(
        list.contains("tests/fixtures/rules/references/fail.yaml: line 12:"),
        "{list}"
    );
    assert!(list.lines().count() <= 17, "{list}");
    // Clean runs and JSON output have none.
    let o = seloste(&["check", "notices/"]);
    assert!(!stdout(&o).contains("What remains"));
    let o = seloste(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/rules/references/fail.yaml",
    ]);
    assert!(!stdout(&o).contains("What remains"));
}

#[test]
fn explain_prints_the_rule_doc() {
    let o = seloste(&["explain", "references"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("# references (error, GDPR Art 13(1), 14(1))"),
        "{out}"
    );
    assert!(out.contains("## How to fix"), "{out}");
    let o = seloste(&["explain", "referenses"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean `references`?"));
}

#[test]
fn rules_lists_every_rule_with_a_doc() {
    let out = stdout(&seloste(&["rules"]));
    for info in seloste::rules::all_infos() {
        assert!(
            out.lines().any(|l| l.starts_with(info.id)),
            "`rules` does not list {}",
            info.id
        );
        assert!(!info.article.is_empty());
    }
}

/// Every rule is documented in each language, with the same three sections: what it
/// checks, why, how to fix (messages/rules/<id>.<lang>.md).
#[test]
fn every_rule_is_documented_in_every_language() {
    let headings = [
        ("en", ["## What it checks", "## Why", "## How to fix"]),
        (
            "fi",
            ["## Mitä tarkistetaan", "## Miksi", "## Miten korjataan"],
        ),
        (
            "sv",
            ["## Vad som kontrolleras", "## Varför", "## Hur det rättas"],
        ),
    ];
    let mut missing = Vec::new();
    for info in seloste::rules::all_infos() {
        for (lang, wanted) in &headings {
            let doc = info
                .docs
                .iter()
                .find(|(l, _)| l == lang)
                .map_or("", |(_, d)| *d);
            for h in wanted {
                if !doc.lines().any(|l| l.trim() == *h) {
                    missing.push(format!("{}.{lang}.md: `{h}`", info.id));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing sections: {missing:#?}",
        missing.len()
    );
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let o = seloste(&["schema"]);
    let printed: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let committed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/register.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(printed, committed);
}

#[test]
fn readme_lists_every_rule() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for info in seloste::rules::all_infos() {
        assert!(
            readme.contains(&format!("`{}`", info.id)),
            "README.md does not mention rule `{}`",
            info.id
        );
    }
}

/// Files are read, registers checked and notices rendered on several threads; what comes
/// out must not depend on how many.
#[test]
fn output_is_the_same_whatever_the_number_of_threads() {
    let run = |jobs: &str, args: &[&str]| {
        common::seloste_command()
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("SELOSTE_JOBS", jobs)
            .output()
            .unwrap()
    };
    let check = [
        "check",
        "--format",
        "json",
        "notices/",
        "tests/examples/",
        "tests/hostile/",
    ];
    let one = run("1", &check);
    assert!(one.stdout.len() > 10_000, "{}", stdout(&one));
    for jobs in ["2", "7"] {
        let many = run(jobs, &check);
        assert_eq!(many.status.code(), one.status.code());
        assert!(
            many.stdout == one.stdout,
            "check with SELOSTE_JOBS={jobs} differs from one thread"
        );
    }
    // One register at a time: with more cores than registers, its rules are spread over
    // the cores (rules::check_spread), and must report what one thread reports.
    let mut singles: Vec<std::path::PathBuf> = ["notices", "tests/examples", "tests/hostile"]
        .iter()
        .flat_map(|d| std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    singles.sort();
    assert!(singles.len() > 10);
    for file in &singles {
        let file = file.to_str().unwrap();
        let args = ["check", "--format", "json", file];
        let one = run("1", &args);
        let spread = run("4", &args);
        assert!(
            spread.stdout == one.stdout,
            "check of {file} with its rules spread differs from one thread"
        );
    }

    fn files(dir: &Path, out: &mut Vec<(String, Vec<u8>)>, root: &Path) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                files(&p, out, root);
            } else {
                let rel = p.strip_prefix(root).unwrap().display().to_string();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
        out.sort();
    }
    let mut trees = Vec::new();
    for jobs in ["1", "3"] {
        let out = tempfile::tempdir().unwrap();
        let o = run(
            jobs,
            &[
                "build",
                "--no-cache",
                "--format",
                "html,md",
                "--out",
                out.path().to_str().unwrap(),
                "notices/",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
        let mut v = Vec::new();
        files(out.path(), &mut v, out.path());
        assert!(v.len() >= 23, "{} files", v.len());
        trees.push(v);
    }
    assert!(
        trees[0] == trees[1],
        "build output differs between 1 and 3 threads"
    );
}

/// The officer's language: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English; rule
/// ids and JSON keys stay English.
#[test]
fn messages_follow_lang_then_the_locale() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_seloste"));
        c.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("SELOSTE_TODAY", "2026-11-21")
            .output()
            .unwrap();
        stdout(&o)
    };
    let file = "tests/fixtures/report/columns.yaml";
    let en = run(&["check", file], &[]);
    assert!(en.contains(" in 1 file (1 register)"), "{en}");
    let fi = run(&["check", "--lang", "fi", file], &[]);
    assert!(fi.contains("1 tiedostossa (1 rekisteri)"), "{fi}");
    let sv = run(&["check", file], &[("LANG", "sv_FI.UTF-8")]);
    assert!(sv.contains(" i 1 fil (1 register)"), "{sv}");
    // LC_ALL outranks LANG, and --lang outranks both.
    let fi = run(
        &["check", file],
        &[("LANG", "sv_FI.UTF-8"), ("LC_ALL", "fi_FI.UTF-8")],
    );
    assert!(fi.contains("tiedostossa"), "{fi}");
    let en = run(
        &["check", "--lang", "en", file],
        &[("LC_ALL", "fi_FI.UTF-8")],
    );
    assert!(en.contains(" in 1 file"), "{en}");
    // JSON keeps its keys and rule ids in English.
    let json = run(&["check", "--format", "json", "--lang", "fi", file], &[]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["diagnostics"][0]["rule"].is_string());
    // explain and rules speak the language too.
    let ex = run(&["explain", "placeholder", "--lang", "sv"], &[]);
    assert!(ex.starts_with("# placeholder (fel, "), "{ex}");
    let rules = run(&["rules", "--lang", "fi"], &[]);
    assert!(
        rules
            .lines()
            .any(|l| l.starts_with("placeholder") && l.contains("virhe")),
        "{rules}"
    );
}

/// A closed pipe ends `seloste rules` quietly (`seloste rules | head`).
#[test]
fn rules_into_a_closed_pipe_does_not_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .arg("rules")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
}
