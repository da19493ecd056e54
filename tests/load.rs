//! Hostile and broken input: each gives a clear diagnostic with its file and place,
//! never a panic, within bounded time and memory.

use seloste::check::{check_paths_in, check_paths_on};
use seloste::load::Root;
use seloste::model::Date;
use std::path::{Path, PathBuf};

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

struct Outcome {
    rules: Vec<&'static str>,
    lines: Vec<Option<usize>>,
    text: String,
    io_failed: bool,
}

fn check_bytes(name: &str, bytes: &[u8]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    check(&path, dir.path())
}

/// Checks `path` with `strip` (the temp folder) as the project folder.
fn check(path: &Path, strip: &Path) -> Outcome {
    let checked = match Root::at(strip) {
        Ok(root) => check_paths_in(&root, &[path.to_path_buf()], today()),
        Err(_) => check_paths_on(&[path.to_path_buf()], today()),
    };
    let text = checked
        .render_human(false)
        .replace(&strip.display().to_string(), "<dir>");
    Outcome {
        rules: checked.diagnostics.iter().map(|d| d.rule).collect(),
        lines: checked
            .diagnostics
            .iter()
            .map(|d| d.span.map(|s| s.line))
            .collect(),
        text,
        io_failed: checked.workspace.io_failed,
    }
}

#[test]
fn empty_file() {
    let o = check_bytes("empty.yaml", b"");
    assert_eq!(o.rules, ["not-a-notice"]);
    assert!(o.text.contains("the file is empty"), "{}", o.text);
    let o = check_bytes("comments.yaml", b"# only a comment\n\n");
    assert_eq!(o.rules, ["not-a-notice"]);
}

#[test]
fn binary_file() {
    let o = check_bytes("binary.yaml", b"meta:\n  id: x\0\x01\x02");
    assert_eq!(o.rules, ["encoding"]);
    assert_eq!(o.lines, [Some(2)]);
    assert!(o.text.contains("binary"), "{}", o.text);
}

#[test]
fn invalid_utf8_points_at_the_byte() {
    let o = check_bytes("latin1.yaml", b"meta:\n  name: K\xe4ytt\xe4j\xe4t\n");
    assert_eq!(o.rules, ["encoding"]);
    assert_eq!(o.lines, [Some(2)]);
    insta::assert_snapshot!(o.text);
}

#[test]
fn utf16_is_refused_with_advice() {
    let mut bytes = vec![0xFF, 0xFE];
    for c in "meta:\n".encode_utf16() {
        bytes.extend(c.to_le_bytes());
    }
    let o = check_bytes("utf16.yaml", &bytes);
    assert_eq!(o.rules, ["encoding"]);
    assert!(o.text.contains("UTF-16"), "{}", o.text);
}

const SMALL: &str = "meta:\n  id: small\n  schema_version: 1\n  languages: [fi]\n  name: Rekisteri\n  created: 2024-01-01\n  updated: 2024-02-01\n  retension: 1\n";

#[test]
fn bom_and_crlf_keep_lines_right() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(SMALL.replace('\n', "\r\n").as_bytes());
    let o = check_bytes("bom.yaml", &bytes);
    let unknown: Vec<_> = o
        .rules
        .iter()
        .zip(&o.lines)
        .filter(|(r, _)| **r == "unknown-key")
        .collect();
    assert_eq!(unknown.len(), 1, "{}", o.text);
    assert_eq!(*unknown[0].1, Some(8), "{}", o.text);
}

#[test]
fn tab_indentation_says_so() {
    let o = check_bytes("tabs.yaml", b"meta:\n\tid: x\n");
    assert_eq!(o.rules, ["yaml-syntax"], "{}", o.text);
    assert!(o.text.contains("tab"), "{}", o.text);
}

#[test]
fn syntax_error_has_place_and_help() {
    let o = check_bytes("syntax.yaml", b"meta:\n  id: [a, b\n  name: x\n");
    assert_eq!(o.rules, ["yaml-syntax"]);
    assert!(o.lines[0].is_some());
    insta::assert_snapshot!(o.text);
}

#[test]
fn duplicate_keys_are_errors() {
    let o = check_bytes("dup.yaml", b"meta:\n  id: a\n  id: b\n");
    assert_eq!(o.rules, ["duplicate-key"]);
    assert_eq!(o.lines, [Some(3)]);
    insta::assert_snapshot!(o.text);
}

#[test]
fn alias_bomb_is_stopped() {
    let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = (b'a' + (i - 1) as u8) as char;
        let cur = (b'a' + i as u8) as char;
        y.push_str(&format!("{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    let start = std::time::Instant::now();
    let o = check_bytes("bomb.yaml", y.as_bytes());
    assert_eq!(o.rules, ["yaml-limits"], "{}", o.text);
    // Generous bound: the point is that it does not expand 10^12 nodes.
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn deep_nesting_is_stopped() {
    let y = "a: ".to_string() + &"[".repeat(10_000) + &"]".repeat(10_000) + "\n";
    let o = check_bytes("deep-flow.yaml", y.as_bytes());
    assert_eq!(o.rules.len(), 1, "{}", o.text);
    assert!(
        matches!(o.rules[0], "yaml-limits" | "yaml-syntax"),
        "{}",
        o.text
    );
    let mut y = String::new();
    for i in 0..500 {
        y.push_str(&" ".repeat(i));
        y.push_str("k:\n");
    }
    let o = check_bytes("deep-block.yaml", y.as_bytes());
    assert_eq!(o.rules, ["yaml-limits"], "{}", o.text);
}

#[test]
fn huge_file_is_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let o = check(&path, dir.path());
    assert_eq!(o.rules, ["too-large"]);
    assert!(o.text.contains("huge.yaml"), "{}", o.text);
}

#[test]
fn missing_file_is_an_io_failure() {
    let o = check(Path::new("no/such/file.yaml"), Path::new("/nonexistent"));
    assert_eq!(o.rules, ["io-error"]);
    assert!(o.io_failed);
    assert!(o.text.contains("no/such/file.yaml"), "{}", o.text);
}

#[test]
fn top_level_list_is_not_a_notice() {
    let o = check_bytes("list.yaml", b"- a\n- b\n");
    assert_eq!(o.rules, ["not-a-notice"]);
}

#[test]
fn a_broken_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-broken.yaml"), b"meta: [\n").unwrap();
    std::fs::write(dir.path().join("b-unknown.yml"), SMALL).unwrap();
    std::fs::write(dir.path().join("c-ignored.txt"), b"not yaml").unwrap();
    let o = check(&PathBuf::from(dir.path()), dir.path());
    assert!(o.rules.contains(&"yaml-syntax"), "{}", o.text);
    assert!(o.rules.contains(&"unknown-key"), "{}", o.text);
    assert!(o.text.contains("a-broken.yaml") && o.text.contains("b-unknown.yml"));
    assert!(!o.text.contains("c-ignored"));
}

#[test]
fn unknown_keys_suggest_the_right_one() {
    let y = SMALL.replace(
        "  retension: 1\n",
        "categories:\n  - id: c\n    name: C\n    retension: {period: P1Y}\n",
    );
    let o = check_bytes("typo.yaml", y.as_bytes());
    // The reading error, and not also "no retention" for the misspelt key; the rules still
    // run on the rest (this small file has no controller, purposes…: reported on `meta:`).
    let load: Vec<_> = o
        .rules
        .iter()
        .zip(&o.lines)
        .filter(|(_, l)| **l != Some(1))
        .collect();
    assert_eq!(load, [(&"unknown-key", &Some(11))], "{}", o.text);
    assert!(!o.rules.contains(&"retention"), "{}", o.text);
    assert!(o.text.contains("did you mean `retention`?"), "{}", o.text);
    insta::assert_snapshot!(o.text);
}

#[test]
fn wrong_types_everywhere_are_each_reported() {
    let y = "meta:\n  id: Not An Id\n  schema_version: two\n  languages: fi\n  name: [a]\n  created: 2024-13-01\n  updated: 2024-02-30\npurposes: {a: 1}\n";
    let o = check_bytes("types.yaml", y.as_bytes());
    // Each wrong value is a reading error; the rest of the file is still checked (what it
    // lacks is reported on `meta:`), and no rule judges a value that did not load.
    for (rule, line) in o.rules.iter().zip(&o.lines) {
        assert!(
            *rule == "schema" || *line == Some(1),
            "{rule} {line:?}\n{}",
            o.text
        );
        assert!(
            !["dates", "translation", "duplicate-id"].contains(rule),
            "{}",
            o.text
        );
    }
    let lines: Vec<usize> = o.lines.iter().map(|l| l.unwrap()).collect();
    for line in [2, 3, 4, 5, 6, 7, 8] {
        assert!(
            lines.contains(&line),
            "no diagnostic on line {line}:\n{}",
            o.text
        );
    }
    insta::assert_snapshot!(o.text);
}

#[test]
fn two_bases_for_one_purpose_is_explained() {
    let y = "meta:\n  id: x\n  schema_version: 1\n  languages: [fi]\n  name: R\n  created: 2024-01-01\n  updated: 2024-01-02\npurposes:\n  - id: p\n    name: P\n    basis: [consent, contract]\n";
    let o = check_bytes("bases.yaml", y.as_bytes());
    assert!(o.text.contains("split it into two purposes"), "{}", o.text);
    assert_eq!(
        o.lines.iter().filter(|l| **l == Some(11)).count(),
        1,
        "{}",
        o.text
    );
}

/// `check_text` (used by the fuzz targets and property tests) finds what `check_paths_on`
/// finds for the same bytes, and reads nothing from disk.
#[test]
fn check_text_matches_check_paths() {
    use seloste::check::check_text;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let key = |c: &seloste::check::Checked| {
        c.diagnostics
            .iter()
            .map(|d| (d.rule, d.span.map(|s| s.offset), d.message.clone()))
            .collect::<Vec<_>>()
    };
    for name in ["tests/examples/template.yaml", "notices/rekrytointi.yaml"] {
        let path = root.join(name);
        let bytes = std::fs::read(&path).unwrap();
        let from_disk = check_paths_on(std::slice::from_ref(&path), today());
        let in_memory = check_text(&path.display().to_string(), &bytes, today());
        assert_eq!(key(&in_memory), key(&from_disk), "{name}");
        assert_eq!(in_memory.registers, from_disk.registers);
    }
    // An organisation file is never read from disk: it is reported as missing.
    let name = "notices/kemin-kaupunki/asiakkuudenhallinta.yaml";
    let bytes = std::fs::read(root.join(name)).unwrap();
    let c = check_text(&root.join(name).display().to_string(), &bytes, today());
    assert!(
        c.diagnostics
            .iter()
            .any(|d| d.rule == "references" && d.message.contains("organisation.yaml")),
        "{:?}",
        key(&c)
    );
    // The byte limits and the decoding apply as to files.
    let big = vec![b'a'; seloste::load::MAX_FILE_BYTES as usize + 1];
    let c = check_text("big.yaml", &big, today());
    assert_eq!(
        c.diagnostics.iter().map(|d| d.rule).collect::<Vec<_>>(),
        ["too-large"]
    );
    let c = check_text("nul.yaml", b"meta:\0", today());
    assert_eq!(
        c.diagnostics.iter().map(|d| d.rule).collect::<Vec<_>>(),
        ["encoding"]
    );
}
