//! What seloste prints cannot be steered by the files it reads: a value or a file name
//! holding a line break and `::add-mask::`, a terminal escape or a bidi override is
//! printed visibly, so a GitHub job does not run it as a workflow command and a terminal
//! does not obey it (issue 11, point 10).

use crate::common;

use std::path::Path;
use std::process::Output;

/// Payloads in YAML double-quoted spelling (`\e` is ESC, `\a` BEL).
const PAYLOADS: &[&str] = &[
    r"\n::add-mask::secret",
    r"\n::error file=x.yaml,line=1::pwned",
    r"\n::stop-commands::token",
    r"::warning::starts with the prefix",
    r"\n  ::set-output name=x::y",
    r"\n##[error]legacy command",
    r"\r::notice::after a carriage return",
    r"\e]0;window title\a",
    r"\e[2J\e[H",
    r"\u202Ereversed\u202C",
    r"\u2066isolate\u2069\u200F\u061C",
    r"\x9b31mC1 CSI",
    r"\x7f\x00\x08",
    r"\u2028line separator",
];

fn register(id: &str, text: &str, org: &str) -> String {
    format!(
        r#"meta:
  id: "{id}"
  schema_version: 1
  languages: [fi]
  name: "Rekisteri {text}"
  created: 2024-03-16
  updated: 2026-03-02
  organisation: "{org}"
controller:
  name: "Esimerkki Oy {text}"
  kind: company
  business_id: 2077474-0
  email: tietosuoja@esimerkki.fi
data_subjects:
  - id: asiakkaat
    name: "Asiakkaat {text}"
purposes:
  - id: crm
    name: "{text}"
    description: "Kuvaus {text}"
    basis: consent
    categories: [contact]
categories:
  - id: contact
    name: "Yhteystiedot {text}"
    retention:
      period: P2Y
    sources: [form]
sources:
  - id: form
    name: "Lomake"
    kind: data-subject
"#
    )
}

/// A folder of registers, one per payload, each carrying it in its id, its texts, the
/// organisation path it names, and its file name.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (i, p) in PAYLOADS.iter().enumerate() {
        // The file name carries the decoded payload (without NUL, which no name can hold).
        let decoded: String = serde_json::from_str::<String>(&format!(
            "\"{}\"",
            p.replace(r"\e", r"\u001b")
                .replace(r"\a", r"\u0007")
                .replace(r"\x9b", r"\u009b")
                .replace(r"\x7f", r"\u007f")
                .replace(r"\x00", "")
                .replace(r"\x08", r"\u0008")
                .replace(r"\u202E", r"\u202e")
                .replace(r"\u202C", r"\u202c")
                .replace(r"\u200F", r"\u200f")
                .replace(r"\u061C", r"\u061c")
        ))
        .unwrap();
        let name = format!("r{i}{}.yaml", decoded.replace('/', "_"));
        let text = register(&format!("r{i}{p}"), p, &format!("org{p}.yaml"));
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn seloste(dir: &Path, args: &[&str]) -> Output {
    common::seloste_command()
        .args(args)
        .current_dir(dir)
        .env("SELOSTE_TODAY", "2026-11-21")
        .output()
        .unwrap()
}

/// No control character but the line break, no DEL, no C1 control, no bidi control or
/// line separator, in `bytes`; and no line that GitHub's runner would take for a
/// workflow command, but for `allowed` lines.
fn assert_inert(what: &str, bytes: &[u8], allowed: &dyn Fn(&str) -> bool) {
    let text = String::from_utf8(bytes.to_vec()).unwrap_or_else(|e| panic!("{what}: {e}"));
    for (n, line) in text.lines().enumerate() {
        for c in line.chars() {
            let bad = matches!(c,
                '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{61c}' | '\u{200e}' | '\u{200f}'
                | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            assert!(
                !bad,
                "{what}, line {}: raw U+{:04X} in {line:?}",
                n + 1,
                c as u32
            );
        }
        let t = line.trim_start();
        assert!(
            !(t.starts_with("::") || t.starts_with("##[")) || allowed(line),
            "{what}, line {}: a workflow command from input: {line:?}",
            n + 1
        );
    }
}

#[test]
fn check_human_output_prints_hostile_values_visibly() {
    let dir = workspace();
    let o = seloste(dir.path(), &["check", "."]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("What remains"), "{out}");
    // The payloads are shown, not dropped: the reader sees what was written.
    assert!(out.contains(r"\u{a}::add-mask::secret"), "{out}");
    assert!(out.contains(r"\u{1b}]0;window title\u{7}"), "{out}");
    assert_inert("check stdout", &o.stdout, &|_| false);
    assert_inert("check stderr", &o.stderr, &|_| false);
}

#[test]
fn check_github_output_has_only_its_own_commands() {
    let dir = workspace();
    let o = seloste(dir.path(), &["check", "--format", "github", "."]);
    assert_eq!(o.status.code(), Some(1));
    let json = seloste(dir.path(), &["check", "--format", "json", "."]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let findings = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["suppressed"].is_null())
        .count();
    let own = regex::Regex::new(
        r"^::(error|warning) file=[^:,]*(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[a-z0-9-]+::",
    )
    .unwrap();
    assert_inert("github stdout", &o.stdout, &|l| own.is_match(l));
    assert_inert("github stderr", &o.stderr, &|_| false);
    let commands = String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter(|l| l.starts_with("::"))
        .count();
    assert_eq!(
        commands, findings,
        "one command per finding, none from input"
    );
}

#[test]
fn json_output_escapes_control_characters() {
    let dir = workspace();
    for format in ["json", "sarif", "gitlab"] {
        let o = seloste(dir.path(), &["check", "--format", format, "."]);
        assert_inert(format, &o.stdout, &|_| false);
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap();
    }
}

#[test]
fn junit_and_the_job_summary_print_hostile_values_visibly() {
    let dir = workspace();
    let o = seloste(dir.path(), &["check", "--format", "junit", "."]);
    assert_inert("junit", &o.stdout, &|_| false);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(r"\u{1b}]0;window title\u{7}"), "{out}");

    let summary = dir.path().join("summary.md");
    let o = common::seloste_command()
        .args(["check", "--format", "github", "."])
        .current_dir(dir.path())
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let written = std::fs::read(&summary).unwrap();
    assert_inert("job summary", &written, &|_| false);
    let written = String::from_utf8(written).unwrap();
    assert!(written.contains(r"\u{1b}]0;window title\u{7}"), "{written}");
    // Every row of the table has its five cells: nothing from input added a column.
    for row in written.lines().filter(|l| l.starts_with("| ")) {
        let cells = row.replace("\\|", "").matches('|').count();
        assert_eq!(cells, 6, "{row}");
    }
}

/// `build` prints the same report (and ids that the schema keeps plain).
#[test]
fn build_output_prints_hostile_values_visibly() {
    let dir = workspace();
    let out = dir.path().join("out");
    let o = seloste(
        dir.path(),
        &["build", "--format", "md", "--out", "out", "."],
    );
    assert!(!out.join("r0").exists());
    assert_inert("build stdout", &o.stdout, &|_| false);
    assert_inert("build stderr", &o.stderr, &|_| false);
}
