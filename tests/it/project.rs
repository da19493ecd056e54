//! A project as a team keeps it (issue 18): seloste.toml, a repository walked with its
//! `.gitignore`, hidden folders and other YAML, and the check's output options.

use crate::common;

use common::{repo_tempdir, seloste_command};
use std::path::Path;
use std::process::Output;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules");

/// A project folder (it holds seloste.toml, so the walk stops being the repository's) with
/// a register that has one error (`dates`) and one with five warnings (`vague-wording`).
fn project(config: &str) -> tempfile::TempDir {
    let t = repo_tempdir();
    let regs = t.path().join("registers");
    std::fs::create_dir_all(&regs).unwrap();
    std::fs::copy(
        format!("{FIXTURES}/dates/fail.yaml"),
        regs.join("dates.yaml"),
    )
    .unwrap();
    std::fs::copy(
        format!("{FIXTURES}/vague-wording/fail.yaml"),
        regs.join("vague.yaml"),
    )
    .unwrap();
    std::fs::write(t.path().join("seloste.toml"), config).unwrap();
    t
}

fn run(dir: &Path, args: &[&str]) -> Output {
    seloste_command()
        .current_dir(dir)
        .env("SELOSTE_TODAY", "2026-11-30")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_repository_walk_reads_registers_only() {
    let t = project("");
    let root = t.path();
    for (path, text) in [
        (
            ".github/workflows/ci.yml",
            "on: push\njobs:\n  a: {runs-on: x}\n",
        ),
        (".gitlab-ci.yml", "stages: [test]\n"),
        ("docker-compose.yaml", "services: {}\n"),
        ("mkdocs.yml", "site_name: x\nnav: [- broken\n"),
        ("built/copy.yaml", ""),
        (".hidden/copy.yaml", ""),
        ("ignored-by-dot-ignore/copy.yaml", ""),
    ] {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        if text.is_empty() {
            // A register with an error: found, it would show.
            std::fs::copy(format!("{FIXTURES}/dates/fail.yaml"), p).unwrap();
        } else {
            std::fs::write(p, text).unwrap();
        }
    }
    std::fs::write(root.join(".gitignore"), "built/\n").unwrap();
    std::fs::write(root.join(".ignore"), "ignored-by-dot-ignore/\n").unwrap();
    let o = run(root, &["check", "--statistics"]);
    assert_eq!(
        stdout(&o),
        "5  vague-wording  warning\n1  dates          error\n"
    );
    let o = run(root, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["summary"]["files"], 2, "{json}");
    // A file named on the command line is read whatever it is.
    let o = run(root, &["check", "docker-compose.yaml"]);
    assert!(stdout(&o).contains("not-a-notice"), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_folder_without_registers_is_a_warning() {
    let t = project("");
    std::fs::create_dir_all(t.path().join("empty/.github")).unwrap();
    std::fs::write(t.path().join("empty/other.yaml"), "a: 1\n").unwrap();
    let o = run(t.path(), &["check", "empty"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("warning: empty holds no register or organisation file"),
        "{}",
        stderr(&o)
    );
    let o = run(t.path(), &["check", "empty", "--deny-warnings"]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(t.path(), &["check", "empty", "--quiet"]);
    assert_eq!(stderr(&o), "");
}

#[test]
fn seloste_toml_chooses_files_rules_severities_and_language() {
    let t = project(
        "exclude = [\"registers/drafts\"]\nlanguage = \"fi\"\n\n[rules]\nignore = [\"dates\"]\n\n\
         [rules.severity]\nvague-wording = \"error\"\n",
    );
    let drafts = t.path().join("registers/drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    std::fs::copy(
        format!("{FIXTURES}/retention/fail.yaml"),
        drafts.join("x.yaml"),
    )
    .unwrap();
    let o = run(t.path(), &["check", "--statistics"]);
    assert_eq!(stdout(&o), "5  vague-wording  virhe\n");
    assert_eq!(o.status.code(), Some(1));
    // The command line wins: --select starts again, --ignore adds, --lang replaces.
    let o = run(
        t.path(),
        &[
            "check",
            "--statistics",
            "--select",
            "ALL",
            "--ignore",
            "vague-wording",
            "--lang",
            "en",
        ],
    );
    assert_eq!(stdout(&o), "1  dates  error\n");
    // --isolated reads no file; --config another.
    let o = run(t.path(), &["check", "--statistics", "--isolated"]);
    assert!(stdout(&o).contains("retention"), "{}", stdout(&o));
    std::fs::write(
        t.path().join("other.toml"),
        "[rules]\nselect = [\"dates\"]\n",
    )
    .unwrap();
    let o = run(
        t.path(),
        &["check", "--statistics", "--config", "other.toml"],
    );
    assert_eq!(stdout(&o), "1  dates  error\n");
    // A file named on the command line is read even when excluded.
    let o = run(
        t.path(),
        &["check", "--statistics", "registers/drafts/x.yaml"],
    );
    assert!(stdout(&o).contains("retention"), "{}", stdout(&o));
}

#[test]
fn seloste_config_prints_what_is_in_effect() {
    let t = project("[rules]\nignore = [\"dates\"]\n[build]\nout = \"public\"\n");
    let o = run(t.path(), &["config"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.starts_with("# "), "{text}");
    for line in [
        "language = \"en\"",
        "select = [\"ALL\"]",
        "ignore = [\"dates\"]",
        "out = \"public\"",
        "formats = [\"html\", \"pdf\", \"md\"]",
    ] {
        assert!(text.contains(line), "{line} in\n{text}");
    }
    // What it prints is a valid configuration.
    std::fs::write(t.path().join("printed.toml"), &text).unwrap();
    let o = run(t.path(), &["config", "--config", "printed.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn mistakes_in_seloste_toml_name_the_line_and_the_fix() {
    let t = project("language = \"fi\"\n[rules]\nselct = [\"ALL\"]\n");
    let o = run(t.path(), &["check"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("seloste.toml:3"), "{e}");
    assert!(e.contains("`selct`") && e.contains("`select`"), "{e}");
    // Commands that do not read it are not stopped by it.
    let o = run(t.path(), &["rules"]);
    assert_eq!(o.status.code(), Some(0));
    let t = project("[rules.severity]\nvague-wordin = \"off\"\n");
    let e = stderr(&run(t.path(), &["check"]));
    assert!(
        e.contains("seloste.toml:2") && e.contains("vague-wording"),
        "{e}"
    );
    let e = stderr(&run(
        t.path(),
        &["check", "--isolated", "--select", "datse"],
    ));
    assert!(e.contains("--select") && e.contains("`dates`"), "{e}");
}

#[test]
fn build_takes_its_folder_formats_and_languages_from_seloste_toml() {
    let t = project("[build]\nout = \"site\"\nformats = [\"md\"]\nlanguages = [\"fi\"]\n");
    std::fs::remove_file(t.path().join("registers/dates.yaml")).unwrap();
    let o = run(t.path(), &["build"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written: Vec<String> = common::files_under(&t.path().join("site"))
        .into_iter()
        .map(|(name, _)| name)
        .filter(|n| !n.starts_with('.'))
        .collect();
    assert!(
        written
            .iter()
            .all(|n| n.ends_with(".md") || n.ends_with(".json")),
        "{written:?}"
    );
    assert!(written.iter().any(|n| n.ends_with("fi.md")), "{written:?}");
    let t = project("");
    let o = run(t.path(), &["build"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--out"), "{}", stderr(&o));
}

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let t = project("");
    let esc = |o: &Output| o.stdout.iter().filter(|&&b| b == 0x1b).count();
    let plain = run(t.path(), &["check"]);
    assert_eq!(esc(&plain), 0, "not a terminal: no colour");
    assert!(esc(&run(t.path(), &["check", "--color", "always"])) > 0);
    let forced = seloste_command()
        .current_dir(t.path())
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .arg("check")
        .output()
        .unwrap();
    assert!(esc(&forced) > 0);
    let both = seloste_command()
        .current_dir(t.path())
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(esc(&both), 0, "NO_COLOR wins");
    assert_eq!(esc(&run(t.path(), &["check", "--color", "never"])), 0);
}

/// On a real terminal (`script` gives the run a pseudo-terminal): colour, unless NO_COLOR
/// is set or TERM is dumb, then not one escape byte.
#[test]
fn no_color_on_a_terminal_means_no_escape_codes() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("`script` (util-linux) is not installed: the terminal case is not run");
        return;
    }
    let t = project("");
    let on_terminal = |env: &[(&str, &str)]| {
        let command = format!("{} check", env!("CARGO_BIN_EXE_seloste"));
        let mut c = std::process::Command::new("script");
        c.current_dir(t.path())
            .args(["-qec", &command, "/dev/null"])
            .env("LC_ALL", "C")
            .env("TERM", "xterm")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().unwrap();
        o.stdout.iter().filter(|&&b| b == 0x1b).count()
    };
    assert!(on_terminal(&[]) > 0, "a terminal is coloured");
    assert_eq!(on_terminal(&[("NO_COLOR", "1")]), 0);
    assert_eq!(on_terminal(&[("TERM", "dumb")]), 0);
}

#[test]
fn quiet_output_file_exit_zero() {
    let t = project("");
    let o = run(t.path(), &["check", "--quiet"]);
    let text = stdout(&o);
    assert!(text.contains("dates"), "{text}");
    assert!(!text.contains("1 error, 5 warnings"), "{text}");
    assert!(!text.contains("What remains"), "{text}");
    let full = stdout(&run(t.path(), &["check"]));
    assert!(full.contains("1 error, 5 warnings"), "{full}");
    let o = run(t.path(), &["check", "--output-file", "report.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        std::fs::read_to_string(t.path().join("report.txt")).unwrap(),
        full
    );
    let o = run(t.path(), &["check", "--exit-zero"]);
    assert_eq!(o.status.code(), Some(0));
    // A file that cannot be read is still exit 2.
    let o = run(t.path(), &["check", "--exit-zero", "missing.yaml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn rule_ids_complete_and_exit_codes_are_documented() {
    let t = project("");
    let bash = stdout(&run(t.path(), &["completions", "bash"]));
    // bash completes `explain <TAB>` from the list in its `explain` branch.
    let explain = bash
        .split("seloste__subcmd__explain)")
        .nth(1)
        .and_then(|rest| rest.split(";;").next())
        .unwrap_or_else(|| panic!("{bash}"));
    assert!(explain.contains(" purpose-basis "), "{explain}");
    let zsh = stdout(&run(t.path(), &["completions", "zsh"]));
    let select = zsh
        .lines()
        .find(|l| l.contains("--select="))
        .unwrap_or_else(|| panic!("{zsh}"));
    assert!(
        select.contains(" vague-wording ") && !select.contains(" yaml-syntax "),
        "{select}"
    );
    // Parsing is not narrowed by the list: a misspelt id gets seloste's own help.
    let o = run(t.path(), &["explain", "purpose-basi"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `purpose-basis`?"),
        "{}",
        stderr(&o)
    );
    let man = stdout(&run(t.path(), &["man"]));
    let status = man
        .split(".SH \"EXIT STATUS\"")
        .nth(1)
        .expect("an EXIT STATUS section");
    assert!(status.contains(".TP\n2\n"), "{status}");
    for args in [&["--help"][..], &["check", "--help"], &["build", "--help"]] {
        let help = stdout(&run(t.path(), args));
        assert!(
            help.contains("Exit status:\n  0  success"),
            "{args:?}: {help}"
        );
    }
}

#[test]
fn include_narrows_folder_searches_from_any_folder_below() {
    let t = project("include = [\"registers/vague*\"]\n");
    let o = run(t.path(), &["check", "--statistics"]);
    assert_eq!(stdout(&o), "5  vague-wording  warning\n");
    // From a folder below seloste.toml the globs are still relative to its folder.
    let o = run(&t.path().join("registers"), &["check", "--statistics"]);
    assert_eq!(stdout(&o), "5  vague-wording  warning\n");
    let t = project("exclude = [\"**/vague.yaml\"]\n");
    let o = run(&t.path().join("registers"), &["check", "--statistics"]);
    assert_eq!(stdout(&o), "1  dates  error\n");
}
