//! JUnit XML (`--format junit`), the test report GitLab (`artifacts:reports:junit`),
//! Jenkins, Azure Pipelines and most CI services read: one `<testsuite>` per file read,
//! one `<testcase>` per finding in it (`<failure>` for an error or a warning, its `type`
//! saying which; `<skipped>` with the reason for a suppressed one), and one passing
//! test case for a file with no findings. Names are the rule id and the position (with
//! ` (2)`, ` (3)`… for more findings of the rule there), the class name the file's path; the failure's text is the message, the help, the other
//! places and the article, in the officer's language.
//!
//! The attributes are those GitLab and pytest use (`file` and `line` on a test case);
//! `tests/it/report_formats.rs` reads the report back with junitparser.

use crate::diagnostic::{Diagnostic, Files, Severity};
use crate::messages::Messages;
use std::fmt::Write;

/// `text` as XML 1.0 character data or attribute value: markup characters as entities,
/// line breaks kept (as `&#10;` in attributes), every other [`crate::report::is_hidden`]
/// character and every character XML 1.0 does not allow (U+FFFE, U+FFFF) as a visible
/// escape.
pub fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\n' => out.push('\n'),
            c if crate::report::is_hidden(c) || c == '\u{fffe}' || c == '\u{ffff}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The failure's text: the message, then the help, the other places and the article,
/// one per line. Each part made visible first (a line break or an escape from input
/// written as `\u{a}`), so that no line of it comes from input: printed to a CI log, the
/// report cannot pass a workflow command (`::add-mask::`) to the job.
fn details(d: &Diagnostic, files: &Files, m: &Messages) -> String {
    let visible = |text: String| crate::report::visible(&text).into_owned();
    let mut lines = vec![visible(m.text(&d.message))];
    if let Some(help) = &d.help {
        lines.push(visible(
            m.text(&crate::msg!("report-help", help = m.text(help))),
        ));
    }
    for r in &d.related {
        let also = crate::msg!(
            "report-also",
            place = r.place(files),
            label = m.text(&r.label)
        );
        lines.push(visible(m.text(&also)));
    }
    if !d.article.is_empty() {
        let article = crate::messages::article(m, d.rule, d.article);
        lines.push(visible(
            m.text(&crate::msg!("report-see", article = article)),
        ));
    }
    lines.join("\n")
}

pub fn render(diagnostics: &[Diagnostic], files: &Files, m: &Messages) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures, mut skipped) = (0, 0, 0);
    for id in 0..files.len() {
        let file = files.get(id);
        let path = escape(&crate::report::visible_path(&file.path), true);
        let found: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.file == id).collect();
        let mut cases = String::new();
        let (mut f, mut s) = (0, 0);
        let mut names: std::collections::HashMap<String, usize> = Default::default();
        for d in &found {
            let mut name = match d.span {
                Some(span) => format!("{} {}:{}", d.rule, span.line, span.column),
                None => d.rule.to_string(),
            };
            // Unique in the file: GitLab keeps one test case per name and class name.
            let n = names.entry(name.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                name = format!("{name} ({n})");
            }
            let line = d
                .span
                .map(|s| format!(" line=\"{}\"", s.line))
                .unwrap_or_default();
            let _ = write!(
                cases,
                "    <testcase name=\"{}\" classname=\"{path}\" file=\"{path}\"{line}>\n",
                escape(&name, true)
            );
            match &d.suppressed {
                Some(reason) => {
                    s += 1;
                    let _ = writeln!(
                        cases,
                        "      <skipped message=\"{}\"/>",
                        escape(reason, true)
                    );
                }
                None => {
                    f += 1;
                    let kind = match d.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    };
                    let _ = writeln!(
                        cases,
                        "      <failure message=\"{}\" type=\"{kind}\">{}</failure>",
                        escape(&crate::report::visible(&m.text(&d.message)), true),
                        escape(&details(d, files, m), false)
                    );
                }
            }
            cases.push_str("    </testcase>\n");
        }
        let mut n = found.len();
        if found.is_empty() {
            n = 1;
            let _ = writeln!(
                cases,
                "    <testcase name=\"{}\" classname=\"{path}\" file=\"{path}\"/>",
                escape(&m.t("ci-junit-clean"), true)
            );
        }
        let _ = write!(
            suites,
            "  <testsuite name=\"{path}\" tests=\"{n}\" failures=\"{f}\" errors=\"0\" skipped=\"{s}\">\n{cases}  </testsuite>\n"
        );
        tests += n;
        failures += f;
        skipped += s;
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"seloste\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n{suites}</testsuites>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_xml_needs() {
        assert_eq!(
            escape("a<b>&\"c'\nd\u{1b}\u{ffff}", true),
            "a&lt;b&gt;&amp;&quot;c&apos;&#10;d\\u{1b}\\u{ffff}"
        );
        assert_eq!(escape("x\"\ny", false), "x\"\ny");
    }
}
