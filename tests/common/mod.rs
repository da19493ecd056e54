//! Helpers shared by the tests: the seloste binary, poppler's tools, the glyph-position
//! check, and the files under a folder.

#![allow(dead_code)]

use regex::Regex;
use seloste::render::pdf::{MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM};
use std::path::Path;
use std::process::Command;

/// The seloste binary, speaking English whatever the machine's locale (the tests compare
/// its English words).
pub fn seloste_command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_seloste"));
    c.env("LC_ALL", "C");
    c
}

/// Runs a poppler tool on `pdf` and returns its standard output.
pub fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let mut cmd = Command::new(name);
    cmd.args(args).arg(pdf);
    if name == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{name} must be installed (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Checks with `pdftotext -bbox` that every word lies on an A4 page, inside the side
/// margins, and either in the body or in the footer band. Returns (pages, words).
pub fn assert_words_inside(pdf: &Path) -> (usize, usize) {
    let xml = tool("pdftotext", &["-bbox"], pdf);
    let page_re = Regex::new(r#"<page width="([\d.]+)" height="([\d.]+)">"#).unwrap();
    let word_re = Regex::new(r#"<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>"#).unwrap();
    let pt = |mm: f32| f64::from(mm) * 72.0 / 25.4;
    let tolerance = 2.0;
    let (mut pages, mut words) = (0, 0);
    for page in xml.split("</page>") {
        let Some(size) = page_re.captures(page) else {
            continue;
        };
        pages += 1;
        let width: f64 = size[1].parse().unwrap();
        let height: f64 = size[2].parse().unwrap();
        assert!(
            (width - 595.28).abs() < 1.0 && (height - 841.89).abs() < 1.0,
            "{}: not A4",
            pdf.display()
        );
        let (left, right) = (pt(MARGIN_LEFT_MM), width - pt(MARGIN_RIGHT_MM));
        let (top, bottom) = (pt(MARGIN_TOP_MM), height - pt(MARGIN_BOTTOM_MM));
        let (footer_top, footer_bottom) = (height - pt(16.0), height - pt(5.0));
        for w in word_re.captures_iter(page) {
            words += 1;
            let [x0, y0, x1, y1]: [f64; 4] = [1, 2, 3, 4].map(|i| w[i].parse().unwrap());
            let text = &w[5];
            assert!(
                x0 >= 0.0 && y0 >= 0.0 && x1 <= width && y1 <= height,
                "{}: {text:?} off the page",
                pdf.display()
            );
            assert!(
                x0 >= left - tolerance && x1 <= right + tolerance,
                "{}: {text:?} on page {pages} outside the side margins: {x0}..{x1}",
                pdf.display()
            );
            let in_body = y0 >= top - tolerance && y1 <= bottom + tolerance;
            let in_footer = y0 >= footer_top && y1 <= footer_bottom;
            assert!(
                in_body || in_footer,
                "{}: {text:?} on page {pages} outside the body and the footer: {y0}..{y1}",
                pdf.display()
            );
        }
    }
    (pages, words)
}

/// Text with every run of whitespace made one space.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every file under `dir` (recursively), as (path relative to `dir`, full path), sorted.
pub fn files_under(dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.strip_prefix(dir).unwrap().display().to_string(), p));
            }
        }
    }
    out.sort();
    out
}

/// A temporary folder inside this repository. seloste reads input only inside the project
/// folder (for the library's `build`, the one of the current folder: this repository), so
/// tests that give it input files they wrote make them here.
pub fn repo_tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(".test-input-")
        .tempdir_in(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
}

/// Copies the folder `from` to `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
