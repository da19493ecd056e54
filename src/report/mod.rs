//! Reporters: turn diagnostics into text for people (miette), JSON for machines, GitHub
//! Actions annotations and job summary, GitLab Code Quality, JUnit XML or SARIF for code
//! scanning. One format, one file.

pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use crate::diagnostic::{Diagnostic, Files, Severity};
use std::borrow::Cow;

/// FNV-1a with 128 bits over `parts` joined by 0 bytes: a hash that is the same on
/// every machine and in every version of Rust (unlike `std`'s hashers).
fn fnv128(parts: &[&str]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for (i, part) in parts.iter().enumerate() {
        let sep: &[u8] = if i == 0 { &[] } else { &[0] };
        for &b in sep.iter().chain(part.as_bytes()) {
            h ^= u128::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    h
}

/// A path as the CI services name files: forward slashes, no leading `./`.
pub fn ci_path(path: &std::path::Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

/// One fingerprint per diagnostic (32 hex digits) that stays the same when lines are
/// added or removed above the finding: a hash of the rule, the file's path, the English
/// message with its white space collapsed and the underlined text, never of a line or an
/// offset. The second and later findings with the same hash in a run get their
/// occurrence number hashed in too, so that every fingerprint of a run is unique.
/// Used by SARIF (`partialFingerprints`) and GitLab (`fingerprint`).
pub fn fingerprints(diagnostics: &[Diagnostic], files: &Files) -> Vec<String> {
    let en = crate::messages::Messages::english();
    let mut seen: std::collections::HashMap<u128, usize> = std::collections::HashMap::new();
    diagnostics
        .iter()
        .map(|d| {
            let file = files.get(d.file);
            let path = ci_path(&file.path);
            let message = en.text(&d.message);
            let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
            let underlined = d
                .span
                .and_then(|s| file.text.get(s.offset..s.offset + s.len))
                .unwrap_or("");
            let key = fnv128(&[d.rule, &path, &message, underlined]);
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            let hash = if *n == 1 {
                key
            } else {
                fnv128(&[d.rule, &path, &message, underlined, &n.to_string()])
            };
            format!("{hash:032x}")
        })
        .collect()
}

/// True for characters that must not reach a terminal or a CI log as they are: C0 and C1
/// controls (line breaks, escape sequences, NUL, DEL…), the line and paragraph separators,
/// and the invisible direction marks and overrides that reorder what the reader sees.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

/// `text` as one visible line: every [`is_hidden`] character written as an escape
/// (`\u{a}` for a line break, `\u{1b}` for ESC, `\u{202e}` for a right-to-left override),
/// so that a value read from a register or a file name cannot start a new line, send
/// terminal escapes, reorder text, or pass a workflow command (`::add-mask::`) to a CI job.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as one visible line (see [`visible`]); a file name may hold a line break too.
pub fn visible_path(path: &std::path::Path) -> String {
    visible(&path.display().to_string()).into_owned()
}

/// Text of several lines made safe to print to a CI log: no line, once its leading
/// spaces are trimmed (as GitHub's runner trims them), starts with `::` or `##[`, the
/// prefixes of workflow commands; such a line gets a `\` in front. seloste's own
/// `--format github` commands are written by [`github`], never through this.
pub fn no_commands(text: &str) -> Cow<'_, str> {
    let risky = |line: &str| {
        let t = line.trim_start();
        t.starts_with("::") || t.starts_with("##[")
    };
    if !text.lines().any(risky) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split_inclusive('\n') {
        if risky(line) {
            let indent = line.len() - line.trim_start().len();
            out.push_str(&line[..indent]);
            out.push('\\');
            out.push_str(&line[indent..]);
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

/// A source text for a snippet: [`is_hidden`] characters replaced by visible ones of the
/// same length in bytes (so spans stay valid), keeping line breaks, tabs and the `\r` of
/// CRLF line ends, which the snippet printer handles itself.
pub fn visible_source(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let keep = |i: usize, c: char| {
        c == '\n' || c == '\t' || (c == '\r' && bytes.get(i + 1) == Some(&b'\n'))
    };
    if !text
        .char_indices()
        .any(|(i, c)| is_hidden(c) && !keep(i, c))
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.char_indices()
            .map(|(i, c)| match c {
                c if !is_hidden(c) || keep(i, c) => c,
                c if c.len_utf8() == 1 => '?',
                c if c.len_utf8() == 2 => '\u{bf}',
                _ => '\u{2047}',
            })
            .collect(),
    )
}

/// Counts of a run, shown at the end of human output and in the JSON summary.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub registers: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Findings silenced by a `suppress:` entry (not counted as errors or warnings).
    pub suppressed: usize,
    /// What could not be checked because it did not load; left out of JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_checked: Vec<NotChecked>,
}

/// A value left out of the checks because it did not load, or a rule not run on a file
/// because a value it reads did not load.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NotChecked {
    pub file: String,
    pub line: usize,
    /// The value, e.g. "the `basis` of purpose `newsletter`" (in English: JSON is read by
    /// machines).
    pub value: String,
    /// The value in words of any language, for people.
    #[serde(skip)]
    pub shown: crate::diagnostic::Msg,
    /// The rules not run on the file because of it (empty: only the value was left out).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<&'static str>,
}

impl Summary {
    pub fn new(files: usize, registers: usize, diagnostics: &[Diagnostic]) -> Summary {
        Summary {
            files,
            registers,
            errors: diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error && d.suppressed.is_none())
                .count(),
            warnings: diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Warning && d.suppressed.is_none())
                .count(),
            suppressed: diagnostics
                .iter()
                .filter(|d| d.suppressed.is_some())
                .count(),
            not_checked: Vec::new(),
        }
    }

    /// The summary with what could not be checked.
    pub fn with_not_checked(mut self, not_checked: Vec<NotChecked>) -> Summary {
        self.not_checked = not_checked;
        self
    }
}

/// Pretty JSON in which the characters of [`is_hidden`] that JSON allows raw (DEL, C1
/// controls, bidi controls, line separators) are written as `\uXXXX` escapes too, so
/// that a JSON or SARIF report printed to a terminal or a log is as inert as the others.
pub fn json_pretty<T: serde::Serialize>(value: &T) -> String {
    struct Inert(serde_json::ser::PrettyFormatter<'static>);
    impl serde_json::ser::Formatter for Inert {
        fn write_string_fragment<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            fragment: &str,
        ) -> std::io::Result<()> {
            let mut rest = fragment;
            while let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_hidden(c)) {
                w.write_all(&rest.as_bytes()[..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                rest = &rest[i + c.len_utf8()..];
            }
            w.write_all(rest.as_bytes())
        }
        fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_array(w)
        }
        fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_array(w)
        }
        fn begin_array_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            self.0.begin_array_value(w, first)
        }
        fn end_array_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
        ) -> std::io::Result<()> {
            self.0.end_array_value(w)
        }
        fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_object(w)
        }
        fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_object(w)
        }
        fn begin_object_key<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            self.0.begin_object_key(w, first)
        }
        fn begin_object_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
        ) -> std::io::Result<()> {
            self.0.begin_object_value(w)
        }
        fn end_object_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
        ) -> std::io::Result<()> {
            self.0.end_object_value(w)
        }
    }
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        Inert(serde_json::ser::PrettyFormatter::new()),
    );
    value.serialize(&mut ser).expect("serialisable");
    String::from_utf8(out).expect("JSON is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_the_published_function() {
        // FNV-1a 128 of "" and of "a": the reference values.
        assert_eq!(fnv128(&[]), 0x6c62272e07bb014262b821756295c58d);
        assert_eq!(fnv128(&["a"]), 0xd228cb696f1a8caf78912b704e4a8964);
        assert_ne!(fnv128(&["a", "b"]), fnv128(&["ab"]));
        assert_eq!(ci_path(std::path::Path::new("./././n/a.yaml")), "n/a.yaml");
    }

    #[test]
    fn hidden_characters_become_escapes() {
        assert_eq!(visible("plain ä"), "plain ä");
        assert_eq!(
            visible("a\n::add-mask::x\u{1b}]0;t\u{7}\u{202e}b"),
            "a\\u{a}::add-mask::x\\u{1b}]0;t\\u{7}\\u{202e}b"
        );
        assert_eq!(
            visible("\r\t\u{9b}\u{200f}\u{2028}"),
            "\\u{d}\\u{9}\\u{9b}\\u{200f}\\u{2028}"
        );
    }

    #[test]
    fn no_line_starts_a_workflow_command() {
        assert_eq!(
            no_commands("a\n  ::error::x\n##[group]y\nb ::c"),
            "a\n  \\::error::x\n\\##[group]y\nb ::c"
        );
        assert_eq!(no_commands("a::b\n"), "a::b\n");
    }

    #[test]
    fn json_escapes_what_it_may_leave_raw() {
        let s = json_pretty(&serde_json::json!({"a": "x\u{7f}\u{9b}\u{202e}\n\"ä"}));
        assert_eq!(s, "{\n  \"a\": \"x\\u007f\\u009b\\u202e\\n\\\"ä\"\n}");
        let pretty =
            serde_json::to_string_pretty(&serde_json::json!({"b": [1, {"c": null}], "d": []}))
                .unwrap();
        assert_eq!(
            json_pretty(&serde_json::json!({"b": [1, {"c": null}], "d": []})),
            pretty
        );
    }

    #[test]
    fn snippet_source_keeps_its_length() {
        let s = "a\u{1b}[2J\r\nb\u{202e}c\rd\u{61c}";
        let v = visible_source(s);
        assert_eq!(v.len(), s.len());
        assert_eq!(v, "a?[2J\r\nb\u{2047}c?d\u{bf}");
    }
}
