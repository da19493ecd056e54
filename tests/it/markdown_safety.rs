//! The `.md` output follows the same policy as the HTML (issue 11, point 9): only http,
//! https, mailto and tel links, no heading, image, raw HTML or reference definition of a
//! field's own, whatever Markdown dialect reads it. Each payload of
//! tests/fixtures/build/md-payloads.txt (one a line; `\n` is a line break, `\u202e` that
//! character) is rendered through the `.md` path and the output is read twice: by
//! pulldown-cmark with every extension on, and by plain text rules.

use crate::common;

use pulldown_cmark::{Event, Options, Parser, Tag};
use regex::Regex;
use seloste::render::markdown::{inline_markdown, safe_url, to_markdown};
use std::path::Path;

fn payloads() -> Vec<String> {
    let list: Vec<String> = include_str!("../fixtures/build/md-payloads.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.replace(r"\n", "\n").replace(r"\u202e", "\u{202e}"))
        .collect();
    assert!(list.len() >= 50, "{} payloads", list.len());
    list
}

/// A link a whole notice makes itself: to a numbered section of its contents, to the
/// page in another language or to its PDF.
fn own_link(dest: &str) -> bool {
    Regex::new(r"^(#[0-9]+-[^)\s]*|[a-z]{2,3}\.(md|pdf))$")
        .unwrap()
        .is_match(dest)
}

/// Problems pulldown-cmark (CommonMark + GFM and every other extension) finds in `md`;
/// with `headings`, headings are allowed (a whole notice has its own).
fn parsed_problems(md: &str, headings: bool) -> Vec<String> {
    let mut bad = Vec::new();
    for event in Parser::new_ext(md, Options::all()) {
        match event {
            Event::Start(Tag::Heading { .. }) if !headings => bad.push("a heading".into()),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if !safe_url(&dest_url) && !(headings && own_link(&dest_url)) {
                    bad.push(format!("a link to {dest_url:?}"));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => bad.push(format!("an image {dest_url:?}")),
            Event::Html(h) | Event::InlineHtml(h) => bad.push(format!("raw HTML {h:?}")),
            Event::Start(Tag::FootnoteDefinition(_)) => bad.push("a footnote".into()),
            Event::Start(Tag::MetadataBlock(_)) => bad.push("a metadata block".into()),
            _ => {}
        }
    }
    bad
}

/// Problems plain text rules find in `md`, independent of any parser.
fn text_problems(md: &str, headings: bool) -> Vec<String> {
    let mut bad = Vec::new();
    let rules = [
        (r"(?m)^\s{0,3}\[[^\]]*\]:", "a reference definition"),
        (r"<[A-Za-z][A-Za-z0-9+.-]*:", "an autolink"),
        (r"<[A-Za-z/!?]", "raw HTML"),
        (
            r"(?i)(javascript|vbscript|data|file|xmpp)\s*:",
            "an unsafe scheme",
        ),
        (r"(?m)^\s{0,3}(=+|-{2,})\s*$", "a setext underline"),
        (r"(?m)^\s{0,3}\[\^", "a footnote definition"),
        (r"(^|[^\\])\{", "an attribute list"),
    ];
    for (re, what) in rules {
        if Regex::new(re).unwrap().is_match(md) {
            bad.push(what.to_string());
        }
    }
    if !headings && Regex::new(r"(?m)^\s{0,3}#").unwrap().is_match(md) {
        bad.push("a heading".into());
    }
    // Every `](` that is not escaped must open a safe destination.
    let link = Regex::new(r"(^|[^\\])(\\\\)*\]\(").unwrap();
    for m in link.find_iter(md) {
        let rest = &md[m.end()..];
        let ok = ["https://", "http://", "mailto:", "tel:"]
            .iter()
            .any(|p| rest.starts_with(p))
            // The template's own: a numbered section of the contents, the page's other
            // languages and its PDF.
            || (headings && rest.find(')').is_some_and(|end| own_link(&rest[..end])));
        if !ok {
            let shown: String = rest.chars().take(30).collect();
            bad.push(format!("a link to {shown:?}"));
        }
    }
    bad
}

#[test]
fn every_payload_is_inert_in_markdown_output() {
    let mut failures = Vec::new();
    for p in payloads() {
        for (mode, md) in [("block", to_markdown(&p)), ("inline", inline_markdown(&p))] {
            let mut bad = parsed_problems(&md, false);
            bad.extend(text_problems(&md, false));
            if mode == "inline" && md.contains('\n') {
                bad.push("a line break".into());
            }
            if !bad.is_empty() {
                failures.push(format!("{p:?} ({mode}) → {md:?}: {bad:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn safe_links_and_ordinary_text_stay_readable() {
    assert_eq!(
        to_markdown("Lue [ohje](https://esimerkki.fi/a?b=c&d=e) tai <tietosuoja@esimerkki.fi>."),
        "Lue [ohje](https://esimerkki.fi/a?b=c&d=e) tai [tietosuoja@esimerkki.fi](mailto:tietosuoja@esimerkki.fi)."
    );
    let plain = "Tietoja säilytetään 2 vuotta EU:n ja Kela:n ohjeiden mukaan, klo 12:30. Katso https://esimerkki.fi.";
    assert_eq!(to_markdown(plain), plain);
    assert_eq!(
        to_markdown("- yksi\n- *kaksi* ja **kolme**\n\nKappale."),
        "- yksi\n- *kaksi* ja **kolme**\n\nKappale."
    );
    assert_eq!(to_markdown("# Otsikko\n\nteksti"), "**Otsikko**\n\nteksti");
    assert_eq!(inline_markdown("a | b\nc"), "a \\| b c");
    assert_eq!(to_markdown("a <b>c</b>"), "a &lt;b&gt;c&lt;/b&gt;");
}

/// The register of tests/fixtures/build/xss.yaml with `payloads` in its texts.
fn register(payloads: &[String]) -> String {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/build/xss.yaml"),
    )
    .unwrap();
    let fill = |s: &str| {
        let mut s = s.to_string();
        for i in (0..13).rev() {
            s = s.replace(&format!("PAYLOAD{i}"), &payloads[i % payloads.len()]);
        }
        s
    };
    let quoted = Regex::new(r"'([^']*PAYLOAD\d+[^']*)'").unwrap();
    let text = quoted.replace_all(&src, |c: &regex::Captures| {
        serde_json::to_string(&fill(&c[1])).unwrap()
    });
    // The `security: |` block: each payload line indented as the block.
    let text = Regex::new(r"(?m)^  (.*PAYLOAD\d+.*)$")
        .unwrap()
        .replace_all(&text, |c: &regex::Captures| {
            format!("  {}", fill(&c[1]).replace('\n', "\n  "))
        });
    assert!(!text.contains("PAYLOAD"), "{text}");
    text.into_owned()
}

#[test]
fn payloads_in_every_text_do_not_reach_the_built_markdown_as_markup() {
    let dir = tempfile::tempdir().unwrap();
    // The contents ("## Sisällys") come with a long notice only: not counted.
    let headings = |md: &str| {
        let md = md.replacen("\n## Sisällys\n", "\n", 1);
        Parser::new_ext(&md, Options::all())
            .filter(|e| matches!(e, Event::Start(Tag::Heading { .. })))
            .count()
    };
    let build = |text: &str| {
        let file = dir.path().join("xss.yaml");
        std::fs::write(&file, text).unwrap();
        let out = dir.path().join("out");
        let o = common::seloste_command()
            .args(["build", "--no-cache", "--format", "md", "--out"])
            .arg(&out)
            .arg(&file)
            .current_dir(dir.path())
            .env("SELOSTE_TODAY", "2026-11-21")
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "the register must be valid so that it is built: {}",
            String::from_utf8_lossy(&o.stdout)
        );
        std::fs::read_to_string(out.join("xss/fi.md")).unwrap()
    };
    let plain = build(&register(&["x".to_string()]));
    let own_headings = headings(&plain);
    assert!(own_headings >= 10, "{plain}");
    // `{…}` is a template placeholder and U+202E a control character to `check` (errors,
    // so not built): those payloads are covered by the test above only.
    let list: Vec<String> = payloads()
        .into_iter()
        .filter(|p| !p.contains('{') && !p.contains('\u{202e}'))
        .collect();
    for chunk in list.chunks(13) {
        let md = build(&register(chunk));
        let mut bad = parsed_problems(&md, true);
        bad.extend(text_problems(&md, true));
        assert_eq!(
            headings(&md),
            own_headings,
            "a payload made a heading:\n{md}"
        );
        assert!(bad.is_empty(), "{bad:?} in:\n{md}\n{}", chunk.join("\n"));
    }
}
