//! `seloste diff` (issue 16): the class of every kind of change, a reformatted file is no
//! change, an organisation file's change reaches every register that uses it, a run
//! against a git revision, every output format, `--fail-on`, the errors; and the version
//! id and change history in the rendered notice.

use crate::common;

use common::{repo_tempdir, seloste_command};
use seloste::diff::{self, Class, RegisterDiff, Status};
use seloste::load::Workspace;
use std::path::{Path, PathBuf};
use std::process::Output;

const FIXTURES: &str = "tests/fixtures/diff";

fn compare(case: &str) -> Vec<RegisterDiff> {
    let side = |s: &str| {
        let ws = Workspace::load(&[PathBuf::from(format!("{FIXTURES}/{case}/{s}"))]);
        let (facts, broken) = diff::facts_of(&ws);
        assert!(broken.is_empty(), "{case}/{s}: {broken:?}");
        facts
    };
    diff::compare(&side("old"), &side("new"))
}

/// The (class, section, reason) of each change of the one register of `case`.
fn classes(case: &str) -> Vec<(Class, &'static str, &'static str)> {
    let diffs = compare(case);
    assert_eq!(diffs.len(), 1, "{case}");
    diffs[0]
        .changes
        .iter()
        .map(|c| (c.class, c.section, c.reason))
        .collect()
}

#[test]
fn every_kind_of_change_has_its_class_and_reason() {
    use Class::{Material, Minor};
    type Expected = &'static [(Class, &'static str, &'static str)];
    let table: &[(&str, Expected)] = &[
        ("new-purpose", &[(Material, "purpose", "new-purpose")]),
        (
            "basis",
            &[
                (Material, "purpose", "basis"),
                (Minor, "purpose", "wording"),
            ],
        ),
        ("new-recipient", &[(Material, "recipient", "new-recipient")]),
        ("transfer", &[(Material, "transfer", "transfer")]),
        (
            "retention-longer",
            &[(Material, "category", "retention-longer")],
        ),
        (
            "retention-shorter",
            &[(Minor, "category", "retention-shorter")],
        ),
        (
            "special",
            &[
                (Material, "category", "special"),
                (Material, "category", "special"),
            ],
        ),
        (
            "automated",
            &[(Material, "automated-decisions", "automated")],
        ),
        ("controller", &[(Material, "controller", "controller")]),
        ("rights", &[(Material, "rights-requests", "rights")]),
        ("contact", &[(Minor, "contact-person", "contact")]),
        ("wording", &[(Minor, "purpose", "wording")]),
        ("removed", &[(Minor, "purpose", "removed")]),
        ("new-category", &[(Minor, "category", "new-category")]),
    ];
    for (case, want) in table {
        assert_eq!(&classes(case), want, "{case}");
    }
    // Every fixture pair is in the table (or is one of the pairs tested on its own).
    let mut dirs: Vec<String> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !["reformat", "organisation", "history"].contains(&n.as_str()))
        .collect();
    dirs.sort();
    let mut named: Vec<String> = table.iter().map(|(c, _)| c.to_string()).collect();
    named.sort();
    assert_eq!(dirs, named);
}

#[test]
fn a_reformatted_file_is_no_change() {
    let diffs = compare("reformat");
    assert_eq!(diffs.len(), 1);
    let d = &diffs[0];
    assert_eq!(d.status, Status::Unchanged, "{:#?}", d.changes);
    assert!(d.changes.is_empty());
    assert_eq!(d.old_version, d.new_version);
}

#[test]
fn a_change_of_the_organisation_file_reaches_every_register_using_it() {
    let diffs = compare("organisation");
    let by_id = |id: &str| diffs.iter().find(|d| d.id == id).unwrap();
    for id in ["asiakkaat", "markkinointi"] {
        let d = by_id(id);
        assert!(d.material && !d.changelog_entry, "{id}");
        let transfer = d
            .changes
            .iter()
            .find(|c| c.section == "transfer")
            .unwrap_or_else(|| panic!("{id}: {:#?}", d.changes));
        assert_eq!(transfer.reason, "transfer");
        // Where: the organisation file, which is where it changed.
        let at = transfer.at.as_ref().unwrap();
        assert!(at.file.ends_with("new/organisation.yaml"), "{at:?}");
        let country = d
            .changes
            .iter()
            .find(|c| c.section == "recipient" && c.field.as_deref() == Some("country"))
            .unwrap();
        assert!(
            country
                .at
                .as_ref()
                .unwrap()
                .file
                .ends_with("organisation.yaml")
        );
        // From the EU/EEA to outside it: a transfer, material.
        assert_eq!(
            (country.class, country.reason),
            (Class::Material, "transfer")
        );
    }
    // The register with its own controller and recipients is untouched.
    assert_eq!(by_id("oma").status, Status::Unchanged);
}

fn run(args: &[&str]) -> Output {
    seloste_command()
        .args(args)
        .env("SELOSTE_TODAY", "2026-11-21")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn pair(case: &str) -> [String; 2] {
    [
        format!("{FIXTURES}/{case}/old"),
        format!("{FIXTURES}/{case}/new"),
    ]
}

#[test]
fn every_format_as_snapshot() {
    let [old, new] = pair("organisation");
    for format in ["human", "json", "markdown", "github"] {
        let out = run(&["diff", &old, &new, "--format", format]);
        assert_eq!(out.status.code(), Some(0), "{format}");
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(format!("diff_organisation_{format}"), text(&out));
        });
    }
    for lang in ["fi", "sv"] {
        let out = run(&["diff", &old, &new, "--lang", lang]);
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(format!("diff_organisation_human_{lang}"), text(&out));
        });
    }
    // Every class in one run: the human format of each pair, one after the other.
    let mut all = String::new();
    let mut cases: Vec<String> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !["organisation", "history"].contains(&n.as_str()))
        .collect();
    cases.sort();
    for case in cases {
        let [old, new] = pair(&case);
        all.push_str(&format!("# {case}\n"));
        all.push_str(&text(&run(&["diff", &old, &new])));
    }
    insta::with_settings!({ omit_expression => true }, {
        insta::assert_snapshot!("diff_every_case_human", all);
    });
}

#[test]
fn the_json_shape_is_stable() {
    let [old, new] = pair("new-purpose");
    let out = run(&["diff", &old, &new, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["without_entry"], 1);
    let r = &v["registers"][0];
    for key in [
        "id",
        "file",
        "status",
        "old_version",
        "new_version",
        "material",
        "changelog_entry",
        "changes",
    ] {
        assert!(r.get(key).is_some(), "{key}");
    }
    let c = &r["changes"][0];
    for key in [
        "section", "item", "name", "change", "field", "old", "new", "class", "reason", "at",
    ] {
        assert!(c.get(key).is_some(), "{key}");
    }
    assert_eq!(c["class"], "material");
    assert_eq!(c["reason"], "new-purpose");
    assert_eq!(c["at"]["file"], format!("{new}/asiakkaat.yaml"));
    assert!(c["at"]["line"].as_u64().unwrap() > 0);
}

#[test]
fn fail_on_material_exits_1_only_for_a_material_change_without_an_entry() {
    let code = |args: &[&str]| run(args).status.code();
    let [old, new] = pair("new-purpose");
    assert_eq!(code(&["diff", &old, &new]), Some(0));
    assert_eq!(
        code(&["diff", &old, &new, "--fail-on", "material"]),
        Some(1)
    );
    let [old, new] = pair("wording");
    assert_eq!(
        code(&["diff", &old, &new, "--fail-on", "material"]),
        Some(0)
    );
    // With an entry for the change: passes.
    let dir = repo_tempdir();
    let [o, n] = [dir.path().join("old"), dir.path().join("new")];
    common::copy_dir(Path::new(&format!("{FIXTURES}/new-purpose/old")), &o);
    common::copy_dir(Path::new(&format!("{FIXTURES}/new-purpose/new")), &n);
    let file = n.join("asiakkaat.yaml");
    let mut yaml = std::fs::read_to_string(&file).unwrap();
    yaml.push_str("changes:\n  - date: 2026-03-02\n    material: true\n    text: {fi: Uusi käyttötarkoitus., en: A new purpose.}\n");
    std::fs::write(&file, yaml).unwrap();
    let (o, n) = (o.to_str().unwrap(), n.to_str().unwrap());
    assert_eq!(code(&["diff", o, n, "--fail-on", "material"]), Some(0));
    // An entry that is not marked material does not announce a material change.
    let yaml = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, yaml.replace("material: true", "material: false")).unwrap();
    assert_eq!(code(&["diff", o, n, "--fail-on", "material"]), Some(1));
}

#[test]
fn the_ready_entry_reads_back_as_a_valid_changes_list() {
    let [old, new] = pair("new-purpose");
    let out = text(&run(&["diff", &old, &new, "--format", "markdown"]));
    let start = out.find("```yaml\n").unwrap() + 8;
    let end = start + out[start..].find("```").unwrap();
    let entry: serde_json::Value = serde_saphyr_value(&out[start..end]);
    let e = &entry["changes"][0];
    assert_eq!(e["material"], true);
    assert_eq!(e["date"], "2026-11-21");
    assert_eq!(
        e["text"]["fi"],
        "Lisätty käsittelyn tarkoitus: Verkkosivuston kävijäseuranta."
    );
    assert_eq!(e["text"]["en"], "Added purpose: Website analytics.");
}

/// YAML read through the loader's parser, as JSON.
fn serde_saphyr_value(yaml: &str) -> serde_json::Value {
    let src = seloste::diagnostic::SourceFile::new(PathBuf::from("entry.yaml"), yaml.into());
    seloste::load::serde_tree(&src).unwrap().to_json()
}

#[test]
fn errors_exit_2_with_a_message() {
    let out = run(&["diff", "tests/fixtures/diff/wording/old"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("compares two versions, but 1 paths were given"),
        "{err}"
    );
    assert!(err.contains("--since main"), "{err}");

    let out = run(&["diff", "--since", "no-such-revision-xyz", FIXTURES]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("git knows no revision `no-such-revision-xyz`"),
        "{err}"
    );

    let out = run(&["diff", "--since", "--output=x", FIXTURES]);
    assert_eq!(out.status.code(), Some(2));

    // No git to run.
    let out = seloste_command()
        .args(["diff", "--since", "HEAD", FIXTURES])
        .env("PATH", "")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("git could not be run"), "{err}");

    // A file that does not load is named, not compared.
    let dir = repo_tempdir();
    let [o, n] = [dir.path().join("old"), dir.path().join("new")];
    common::copy_dir(Path::new(&format!("{FIXTURES}/wording/old")), &o);
    std::fs::create_dir_all(&n).unwrap();
    std::fs::write(n.join("asiakkaat.yaml"), "meta: [\n").unwrap();
    let out = run(&["diff", o.to_str().unwrap(), n.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("has errors that keep it from being read"),
        "{err}"
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));

    // A file read with errors is compared without what did not load, and said so.
    let yaml = std::fs::read_to_string(o.join("asiakkaat.yaml")).unwrap();
    std::fs::write(
        n.join("asiakkaat.yaml"),
        yaml.replace("response_time: P1M", "response_time: kuukausi"),
    )
    .unwrap();
    let out = run(&["diff", o.to_str().unwrap(), n.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("has errors: what did not load is left out of the comparison"),
        "{err}"
    );
}

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn since_a_git_revision() {
    let dir = repo_tempdir();
    let root = dir.path();
    git(root, &["init", "-q"]);
    let notices = root.join("notices");
    common::copy_dir(Path::new(&format!("{FIXTURES}/organisation/old")), &notices);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "old"]);
    // The working tree: the new version, and a register that was not there before.
    common::copy_dir(Path::new(&format!("{FIXTURES}/organisation/new")), &notices);
    std::fs::remove_file(notices.join("oma.yaml")).unwrap();
    let run_in = |args: &[&str]| {
        seloste_command()
            .current_dir(root)
            .args(args)
            .env("SELOSTE_TODAY", "2026-11-21")
            .output()
            .unwrap()
    };
    let out = run_in(&["diff", "--since", "HEAD", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let regs = v["registers"].as_array().unwrap();
    let status = |id: &str| {
        regs.iter()
            .find(|r| r["id"] == id)
            .map(|r| r["status"].as_str().unwrap().to_string())
    };
    assert_eq!(status("asiakkaat").as_deref(), Some("changed"));
    assert_eq!(status("markkinointi").as_deref(), Some("changed"));
    assert_eq!(status("oma").as_deref(), Some("removed"));
    // The removed register is named by its path in the project, not in a temporary folder.
    let oma = regs.iter().find(|r| r["id"] == "oma").unwrap();
    assert_eq!(oma["file"], "notices/oma.yaml");
    // A path inside the project limits the comparison.
    let out = run_in(&[
        "diff",
        "--since",
        "HEAD",
        "notices/asiakkaat.yaml",
        "--fail-on",
        "material",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("1 register compared"), "{}", text(&out));
    // Nothing changed since the working tree was committed.
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "new"]);
    let out = run_in(&["diff", "--since", "HEAD", "--fail-on", "material"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out).contains("0 changed"), "{}", text(&out));
}

#[test]
fn the_github_format_writes_the_job_summary() {
    let dir = repo_tempdir();
    let summary = dir.path().join("summary.md");
    let [old, new] = pair("new-purpose");
    let out = seloste_command()
        .args(["diff", &old, &new, "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("SELOSTE_TODAY", "2026-11-21")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out).starts_with("::warning file="), "{}", text(&out));
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("## Changes in the processing"), "{md}");
}

#[test]
fn the_notice_shows_its_effective_date_version_and_change_history() {
    let dir = repo_tempdir();
    let out_dir = dir.path().join("out");
    let fixture = format!("{FIXTURES}/history");
    let out = seloste_command()
        .args([
            "build",
            &fixture,
            "--out",
            out_dir.to_str().unwrap(),
            "--format",
            "html,md",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The version id is the one `check --format json` gives.
    let check = seloste_command()
        .args(["check", &fixture, "--format", "json"])
        .env("SELOSTE_TODAY", "2026-11-21")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let version = v["registers"][0]["version"].as_str().unwrap().to_string();
    assert_eq!(version.len(), 12);
    for (lang, heading, effective, material) in [
        ("fi", "Muutoshistoria", "1.4.2026", "olennainen muutos"),
        ("en", "Change history", "1 April 2026", "significant change"),
    ] {
        for ext in ["html", "md"] {
            let page =
                std::fs::read_to_string(out_dir.join(format!("asiakkaat/{lang}.{ext}"))).unwrap();
            for want in [heading, effective, material, version.as_str()] {
                assert!(page.contains(want), "{lang}.{ext}: no {want:?}");
            }
            // Newest first.
            let (new, old) = (
                page.find("2.3.2026").or(page.find("2 March 2026")),
                page.find("16.3.2024").or(page.find("16 March 2024")),
            );
            assert!(new.unwrap() < old.unwrap(), "{lang}.{ext}");
        }
    }
}

#[test]
fn the_version_id_ignores_layout_and_dates_but_not_facts() {
    let version = |case: &str, side: &str| {
        let ws = Workspace::load(&[PathBuf::from(format!("{FIXTURES}/{case}/{side}"))]);
        diff::facts_of(&ws).0[0].version()
    };
    assert_eq!(version("reformat", "old"), version("reformat", "new"));
    assert_ne!(version("wording", "old"), version("wording", "new"));
    // The effective date and the change history are not facts of the processing.
    let dir = repo_tempdir();
    let yaml = std::fs::read_to_string(format!("{FIXTURES}/history/asiakkaat.yaml")).unwrap();
    let bare = yaml[..yaml.find("changes:\n").unwrap()].replace("  effective: 2026-04-01\n", "");
    assert_ne!(bare, yaml);
    let file = dir.path().join("asiakkaat.yaml");
    std::fs::write(&file, bare).unwrap();
    let ws = Workspace::load(&[file]);
    assert_eq!(diff::facts_of(&ws).0[0].version(), version("history", ""));
}
