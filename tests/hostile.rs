//! The corpus of malformed and hostile registers in tests/hostile/, plus generated
//! giants: each gives the exact diagnostics listed here (rule and line), exit code 1 or
//! 2, never a panic, within bounded time and memory. The limits are documented in
//! README.md ("Limits on input").

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// CPU time (user + system) and peak memory allowed for one file: generous for a debug
/// build; the point is that nothing grows without bound. CPU time, not wall time, so that a
/// machine busy with other work does not fail the test (speed itself is measured in
/// benches/, see BENCHMARKS.md).
const MAX_SECONDS: u64 = 20;
const MAX_RSS_MB: i64 = 400;

struct Run {
    code: i32,
    json: serde_json::Value,
    stdout: String,
    seconds: f64,
    rss_mb: i64,
}

/// Runs `seloste check --format json FILE` and measures it with wait4 (peak RSS). A
/// relative FILE is in this repository; an absolute one (a generated file) is read in its
/// own folder, since seloste reads only files inside the project folder it runs in.
#[allow(clippy::zombie_processes)] // reaped by wait4 below, which also gives the peak RSS
fn run(file: &Path) -> Run {
    let cwd = match file.parent() {
        Some(dir) if file.is_absolute() => dir,
        _ => Path::new(env!("CARGO_MANIFEST_DIR")),
    };
    let child = common::seloste_command()
        .args(["check", "--format", "json"])
        .arg(file)
        .current_dir(cwd)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting for our own child; `usage` is a valid out-pointer.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid);
    let stdout = reader.join().unwrap();
    let cpu = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let seconds = cpu(usage.ru_utime) + cpu(usage.ru_stime);
    assert!(
        libc::WIFEXITED(status),
        "{}: killed by a signal (panic or crash?)",
        file.display()
    );
    let json = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{}: output is not JSON ({e}):\n{stdout}", file.display()));
    Run {
        code: libc::WEXITSTATUS(status),
        json,
        stdout,
        seconds,
        rss_mb: usage.ru_maxrss / 1024,
    }
}

/// The ids of reading errors.
const LOAD: &[&str] = &[
    "io-error",
    "encoding",
    "too-large",
    "yaml-syntax",
    "duplicate-key",
    "yaml-limits",
    "not-a-notice",
    "outside-project",
    "unknown-key",
    "schema",
];

/// The findings compared: reading errors, and any rule finding that is not about a section
/// the file lacks. A file with a reading error is still checked (issue 12), and these small
/// files lack most sections, which the rules report on `meta:` (line 1).
fn reading_or_not_line_1(rule: &str, line: Option<u64>) -> bool {
    LOAD.contains(&rule) || line != Some(1)
}

fn findings(r: &Run) -> Vec<(String, Option<u64>)> {
    let mut v: Vec<(String, Option<u64>)> = r.json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["rule"].as_str().unwrap().to_string(), d["line"].as_u64()))
        .filter(|(rule, line)| reading_or_not_line_1(rule, *line))
        .collect();
    v.sort();
    v.dedup();
    v
}

fn check(file: &Path, code: i32, expected: &[(&str, Option<u64>)]) {
    let r = run(file);
    assert!(
        r.seconds < MAX_SECONDS as f64,
        "{}: took {:.1} s",
        file.display(),
        r.seconds
    );
    assert!(
        r.rss_mb < MAX_RSS_MB,
        "{}: used {} MB",
        file.display(),
        r.rss_mb
    );
    assert_eq!(r.code, code, "{}:\n{}", file.display(), r.stdout);
    let mut want: Vec<(String, Option<u64>)> = expected
        .iter()
        .filter(|(r, l)| reading_or_not_line_1(r, *l))
        .map(|(r, l)| (r.to_string(), *l))
        .collect();
    want.sort();
    assert_eq!(findings(&r), want, "{}", file.display());
    for d in r.json["diagnostics"].as_array().unwrap() {
        assert!(
            d["help"].as_str().is_some_and(|h| !h.is_empty()),
            "{}: a diagnostic without help: {d}",
            file.display()
        );
        assert!(
            d["file"]
                .as_str()
                .unwrap()
                .ends_with(file.file_name().unwrap().to_str().unwrap())
        );
    }
}

fn corpus(name: &str) -> PathBuf {
    PathBuf::from("tests/hostile").join(name)
}

/// Rules that a bare `meta:`-only register also triggers (it says nothing else).
const BARE: &[(&str, Option<u64>)] = &[
    ("automated-decisions", Some(1)),
    ("controller-identity", Some(1)),
    // No sources named: Art 13 is assumed, so `provision` is required.
    ("provision-requirement", Some(1)),
    ("purpose-basis", Some(1)),
    ("rights", Some(1)),
    // No `sources`: a register that names none is read as collecting from the person
    // (issue 12), which the `sources` rule does not report.
];

fn with_bare(extra: &[(&'static str, Option<u64>)]) -> Vec<(&'static str, Option<u64>)> {
    let mut v = BARE.to_vec();
    v.extend_from_slice(extra);
    v
}

#[test]
fn malformed_files() {
    // A file that is not a register or an organisation file (no `meta:` or `organisation:`
    // key) is named with no place in it: its content is never quoted (issue 11).
    check(&corpus("empty.yaml"), 1, &[("not-a-notice", None)]);
    check(&corpus("only-comments.yaml"), 1, &[("not-a-notice", None)]);
    check(&corpus("top-level-list.yaml"), 1, &[("not-a-notice", None)]);
    check(&corpus("binary.yaml"), 1, &[("encoding", Some(2))]);
    check(&corpus("invalid-utf8.yaml"), 1, &[("encoding", Some(2))]);
    check(&corpus("utf16.yaml"), 1, &[("encoding", None)]);
    check(&corpus("bom-crlf.yaml"), 1, &[("unknown-key", Some(8))]);
    check(&corpus("tabs.yaml"), 1, &[("yaml-syntax", Some(2))]);
    check(
        &corpus("duplicate-keys.yaml"),
        1,
        &[("duplicate-key", Some(8))],
    );
    check(
        &corpus("multiple-documents.yaml"),
        1,
        &[("yaml-syntax", Some(9))],
    );
    check(
        &corpus("unknown-keys.yaml"),
        1,
        &[("unknown-key", Some(12)), ("unknown-key", Some(13))],
    );
    check(
        &corpus("wrong-types.yaml"),
        1,
        &[
            ("schema", Some(2)),
            ("schema", Some(3)),
            ("schema", Some(4)),
            ("schema", Some(5)),
            ("schema", Some(6)),
            ("schema", Some(7)),
            ("schema", Some(8)),
            ("schema", Some(9)),
            ("schema", Some(10)),
        ],
    );
    check(
        &corpus("id-traversal.yaml"),
        1,
        &[("schema", Some(2)), ("schema", Some(4))],
    );
}

#[test]
fn hostile_structure_is_stopped_early() {
    // Neither has a `meta:` line, so neither is quoted (see `malformed_files`).
    check(&corpus("alias-bomb.yaml"), 1, &[("yaml-limits", None)]);
    check(&corpus("deep-nesting.yaml"), 1, &[("yaml-limits", None)]);
    check(&corpus("long-line.yaml"), 1, &with_bare(&[]));
}

#[test]
fn hidden_characters_in_texts_are_reported() {
    check(
        &corpus("control-characters.yaml"),
        1,
        &with_bare(&[("control-characters", Some(5))]),
    );
    check(
        &corpus("bidi-override.yaml"),
        1,
        &with_bare(&[("control-characters", Some(5))]),
    );
    // Human output shows them as visible characters, never raw escapes.
    let o = common::seloste_command()
        .args(["check", "tests/hostile/control-characters.yaml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        !o.stdout.contains(&0x1b) && !o.stdout.contains(&0x07),
        "raw control characters printed"
    );
}

#[test]
fn giants_are_refused_within_bounds() {
    let dir = tempfile::tempdir().unwrap();
    // 50 MB: refused by size before it is read.
    let big = dir.path().join("fifty-mb.yaml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    check(&big, 1, &[("too-large", None)]);
    // 100 000 purposes: over the size limit, or over the node budget if written tightly.
    let many = dir.path().join("many-purposes.yaml");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&many).unwrap());
    writeln!(f, "meta: {{id: many, schema_version: 1, languages: [fi], name: R, created: 2024-01-01, updated: 2024-01-02}}\npurposes:").unwrap();
    for i in 0..100_000 {
        writeln!(f, "- {{id: p{i}, basis: consent}}").unwrap();
    }
    drop(f);
    let r = run(&many);
    assert_eq!(r.code, 1);
    let rules: Vec<String> = findings(&r).into_iter().map(|(r, _)| r).collect();
    assert!(
        rules == ["too-large"] || rules == ["yaml-limits"],
        "{rules:?}"
    );
    assert!(
        r.seconds < MAX_SECONDS as f64 && r.rss_mb < MAX_RSS_MB,
        "{:.1} s, {} MB",
        r.seconds,
        r.rss_mb
    );
    // 30 000 purposes fit the limits: every one is checked, in bounded time and memory.
    let fit = dir.path().join("thirty-thousand.yaml");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&fit).unwrap());
    writeln!(f, "meta: {{id: fit, schema_version: 1, languages: [fi], name: R, created: 2024-01-01, updated: 2024-01-02}}\npurposes:").unwrap();
    for i in 0..30_000 {
        writeln!(f, "- {{id: p{i}, name: P, categories: [c]}}").unwrap();
    }
    writeln!(
        f,
        "categories: [{{id: c, name: C, retention: {{period: P1Y, from: x}}}}]"
    )
    .unwrap();
    drop(f);
    let r = run(&fit);
    assert_eq!(r.code, 1);
    let basis = findings(&r)
        .iter()
        .filter(|(rule, _)| rule == "purpose-basis")
        .count();
    assert_eq!(basis, 30_000, "one missing basis per purpose");
    assert!(
        r.seconds < MAX_SECONDS as f64 && r.rss_mb < MAX_RSS_MB,
        "{:.1} s, {} MB",
        r.seconds,
        r.rss_mb
    );
}

#[test]
fn unreadable_paths_exit_2() {
    let r = run(Path::new("tests/hostile/does-not-exist.yaml"));
    assert_eq!(r.code, 2);
    assert_eq!(findings(&r), [("io-error".to_string(), None)]);
}
