//! No user-facing prose in Rust (issue 13): every word seloste says to the officer lives in
//! the catalogs (messages/, templates/locales/), so a lawyer or translator can fix it
//! without a compiler. A scan of src/ for string literals that read like a sentence, with
//! an allow-list of what is not for the officer (panics, the developer's own messages,
//! clap's --help texts, test code) and of files that only pass catalog keys.

use std::path::{Path, PathBuf};

/// Lines that may hold a sentence in a string literal: not said to the officer.
const ALLOWED_LINE: &[&str] = &[
    "expect(",
    "panic!(",
    "unreachable!(",
    "assert",
    "debug_assert",
    "#[arg(",
    "#[command(",
    "#[schemars(",
    "#[error(",
    "#[serde(",
    "about =",
    // A rule's citation in `declare_rule!`: its words per language are messages/articles.
    "article: \"",
    // Why one rule's finding outranks another's (the precedence table's documentation).
    "why: \"",
    // Matching the YAML parser's own (English) error text, to explain it in plain words.
    "lower.contains(",
    ".split(\"duplicate mapping key",
    // Font family names, CSS.
    "DejaVu Sans",
    // serde's "expected …" text, shown only inside errors that are reported in other words.
    "fn expecting",
    "f.write_str(\"any YAML value\")",
    "f.write_str(\"a text, or a text per language\")",
    "f.write_str(\"a list, or none\")",
    // A JSON Schema `description` written by hand (src/model/common.rs): documentation for
    // editors, in English like every description of the schema, not said to the officer.
    "\"description\": \"",
];

/// Files whose words for the officer are still written in Rust: none since issue 13. A file
/// put here must still hold some (so that the list only shrinks); every other file holds none.
const STILL_IN_RUST: &[&str] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of a line of code (not of a comment), roughly: enough to find prose.
fn literals(line: &str) -> Vec<String> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut cur: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut cur, c) {
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, '"') => cur = Some(String::new()),
            (Some(s), '\\') => {
                s.push(c);
                if let Some(n) = chars.next() {
                    s.push(n);
                }
            }
            (Some(s), '"') => {
                out.push(std::mem::take(s));
                cur = None;
            }
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}

/// Three or more words of letters in a row, spaces between: a sentence, not a key, a
/// path, a format string of placeholders or a regular expression.
fn reads_like_prose(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    let mut run = 0;
    for w in words {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ';' | '(' | ')' | '?'));
        if w.len() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

#[test]
fn no_rust_source_holds_prose_for_the_officer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    let mut still = std::collections::BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Test code is not said to the officer; it comes last in a file.
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            if ALLOWED_LINE.iter().any(|a| line.contains(a)) {
                continue;
            }
            for lit in literals(line) {
                if reads_like_prose(&lit) {
                    let rel = f.strip_prefix(root).unwrap().display().to_string();
                    if STILL_IN_RUST.contains(&rel.as_str()) {
                        still.insert(rel);
                    } else {
                        found.push(format!("{rel}:{}: \"{lit}\"", n + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} string literals in src/ read like prose for the officer; move them to \
         messages/ (or templates/locales/):\n{}",
        found.len(),
        found.join("\n")
    );
    let done: Vec<_> = STILL_IN_RUST
        .iter()
        .filter(|f| !still.contains(**f))
        .collect();
    assert!(
        done.is_empty(),
        "{done:?} no longer hold prose: take them off STILL_IN_RUST"
    );
}

#[test]
fn the_scan_finds_prose_and_passes_keys() {
    assert!(reads_like_prose("the file could not be read"));
    assert!(reads_like_prose("kerro, mitä tehdään"));
    assert!(!reads_like_prose("vague-wording-message"));
    assert!(!reads_like_prose("{}: {}"));
    assert!(!reads_like_prose(r"(?i)\bvoidaan\b"));
    assert_eq!(
        literals(r#"let x = f("a b c", "d"); // "e f g""#),
        ["a b c", "d"]
    );
}
