//! `seloste build`: what it writes, where, and that it is safe and deterministic.

use crate::common;

use scraper::{Html, Selector};
use seloste::build::{BuildOptions, Built, build};
use seloste::model::Date;
use seloste::render::Format;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn opts(out: &Path) -> BuildOptions {
    BuildOptions {
        out: out.to_path_buf(),
        formats: vec![Format::Html, Format::Md],
        langs: vec![],
        templates: None,
        fragment: false,
        today: Date::parse("2026-11-21").unwrap(),
        reuse: false,
        base_url: None,
        pdf_standard: Default::default(),
    }
}

fn run(paths: &[PathBuf], o: &BuildOptions) -> Built {
    build(paths, o, &mut |_, _, _| {}).unwrap()
}

/// Every file under `dir` but the build's record and lock, relative path → bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::files_under(dir)
        .into_iter()
        .filter(|(_, p)| {
            let name = p.file_name().unwrap();
            name != seloste::build::cache::FILE && name != seloste::build::out::LOCK
        })
        .map(|(rel, p)| (rel, std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn samples_build_in_every_language_with_an_index() {
    let out = tempfile::tempdir().unwrap();
    let built = run(&[root().join("notices")], &opts(out.path()));
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    assert_eq!(built.notices, 6);
    let files = tree(out.path());
    for id in [
        "asiakasrekisteri",
        "cykelverkstad",
        "kameravalvonta",
        "kemi-asiakkuudenhallinta",
        "kuopion-kauppakamari-asiakashallinta",
        "rekrytointi",
    ] {
        // Every sample is trilingual.
        for f in ["fi.html", "sv.html", "en.html", "fi.md", "sv.md", "en.md"] {
            assert!(files.contains_key(&format!("{id}/{f}")), "missing {id}/{f}");
        }
    }
    for f in [
        "index.html",
        "index.fi.html",
        "index.sv.html",
        "index.en.html",
    ] {
        assert!(files.contains_key(f), "missing {f}");
    }
    let index = String::from_utf8(files["index.en.html"].clone()).unwrap();
    assert!(index.contains(r#"href="rekrytointi/en.html""#), "{index}");
    // Each index page links a register in all its languages, and the other index pages.
    let sv = String::from_utf8(files["index.sv.html"].clone()).unwrap();
    for href in [
        "kemi-asiakkuudenhallinta/sv.html",
        "kemi-asiakkuudenhallinta/fi.html",
        "kemi-asiakkuudenhallinta/en.html",
        "rekrytointi/sv.html",
        "index.fi.html",
        "index.en.html",
    ] {
        assert!(sv.contains(&format!(r#"href="{href}""#)), "{href}: {sv}");
    }
    let fi = String::from_utf8(files["index.fi.html"].clone()).unwrap();
    let kemi = fi
        .lines()
        .find(|l| l.contains(r#"href="kemi-asiakkuudenhallinta/fi.html""#))
        .unwrap();
    assert!(
        kemi.contains(r#"<a href="kemi-asiakkuudenhallinta/sv.html" hreflang="sv" lang="sv">svenska</a> <a href="kemi-asiakkuudenhallinta/en.html" hreflang="en" lang="en">English</a>"#),
        "the register's own order of languages: {kemi}"
    );
    assert!(fi.contains(r#"href="index.sv.html""#), "{fi}");
}

/// `yaml` without its texts in `lang` (each `lang:` key and the lines of its block).
fn without_language(yaml: &str, lang: &str) -> String {
    let key = format!("{lang}:");
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut out = Vec::new();
    let mut dropping: Option<usize> = None;
    for line in yaml.lines() {
        if let Some(i) = dropping {
            if line.trim().is_empty() || indent(line) > i {
                continue;
            }
            dropping = None;
        }
        if line.trim_start().starts_with(&key) {
            dropping = Some(indent(line));
            continue;
        }
        out.push(line);
    }
    out.join("\n") + "\n"
}

#[test]
fn an_index_links_only_the_languages_a_register_has() {
    // The recruitment register without its Swedish texts, beside the trilingual camera
    // surveillance notice: the Swedish index lists only the latter, and the Finnish index
    // offers no Swedish page of the former.
    let dir = common::repo_tempdir();
    let reg = std::fs::read_to_string(root().join("notices/rekrytointi.yaml")).unwrap();
    let bilingual = without_language(&reg, "sv").replace("[fi, sv, en]", "[fi, en]");
    assert!(!bilingual.contains("Rekryteringsregister"), "{bilingual}");
    std::fs::write(dir.path().join("rekrytointi.yaml"), bilingual).unwrap();
    std::fs::copy(
        root().join("notices/kameravalvonta.yaml"),
        dir.path().join("kameravalvonta.yaml"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let built = run(&[dir.path().to_path_buf()], &opts(out.path()));
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    let messages: Vec<_> = built
        .checked
        .diagnostics
        .iter()
        .map(|d| &d.message)
        .collect();
    assert_eq!(built.notices, 2, "{messages:?}");
    let files = tree(out.path());
    assert!(!files.contains_key("rekrytointi/sv.html"));
    let sv = String::from_utf8(files["index.sv.html"].clone()).unwrap();
    assert!(sv.contains(r#"href="kameravalvonta/sv.html""#), "{sv}");
    assert!(
        !sv.contains("rekrytointi/"),
        "no Swedish recruitment notice: {sv}"
    );
    let fi = String::from_utf8(files["index.fi.html"].clone()).unwrap();
    let rekry = fi
        .lines()
        .find(|l| l.contains(r#"href="rekrytointi/fi.html""#))
        .unwrap();
    assert!(!rekry.contains("hreflang=\"sv\""), "{rekry}");
    assert!(rekry.contains(r#"href="rekrytointi/en.html""#), "{rekry}");
}

#[test]
fn snapshots_of_every_sample_in_each_of_its_languages() {
    let out = tempfile::tempdir().unwrap();
    run(&[root().join("notices")], &opts(out.path()));
    for (name, bytes) in tree(out.path()) {
        if name.starts_with("index") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        let snap = name.replace('/', "__");
        insta::with_settings!({ snapshot_path => "snapshots/build", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(snap, text);
        });
    }
}

#[test]
fn building_twice_gives_identical_files() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut o = opts(a.path());
    o.formats = vec![];
    run(&[root().join("notices")], &o);
    o.out = b.path().to_path_buf();
    run(&[root().join("notices")], &o);
    let (ta, tb) = (tree(a.path()), tree(b.path()));
    assert!(!ta.is_empty());
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (k, v) in &ta {
        assert!(v == &tb[k], "{k} differs between two builds");
    }
}

fn headings(doc: &Html) -> Vec<u8> {
    let sel = Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
    doc.select(&sel)
        .map(|e| e.value().name().as_bytes()[1] - b'0')
        .collect()
}

#[test]
fn html_pages_are_lang_tagged_with_ordered_headings_and_nothing_external() {
    let out = tempfile::tempdir().unwrap();
    run(&[root().join("notices")], &opts(out.path()));
    for (name, bytes) in tree(out.path()) {
        if !name.ends_with(".html") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("<!DOCTYPE html>"), "{name}");
        let doc = Html::parse_document(&text);
        let html = doc
            .select(&Selector::parse("html").unwrap())
            .next()
            .unwrap();
        let lang = html.value().attr("lang").unwrap_or("");
        assert!(
            name.contains(&format!("{lang}.html")) || (name == "index.html" && lang == "fi"),
            "{name}: lang={lang}"
        );
        let levels = headings(&doc);
        assert_eq!(levels.first(), Some(&1), "{name}: first heading is not h1");
        assert_eq!(
            levels.iter().filter(|l| **l == 1).count(),
            1,
            "{name}: more than one h1"
        );
        for w in levels.windows(2) {
            assert!(
                w[1] <= w[0] + 1,
                "{name}: heading level jumps from h{} to h{}",
                w[0],
                w[1]
            );
        }
        // `<link>` only to name the page's other languages and its PDF: nothing loaded.
        for l in doc.select(&Selector::parse("link").unwrap()) {
            assert_eq!(l.value().attr("rel"), Some("alternate"), "{name}: a <link>");
        }
        for sel in ["script", "img", "iframe", "object", "embed", "svg", "form"] {
            assert!(
                doc.select(&Selector::parse(sel).unwrap()).next().is_none(),
                "{name}: has <{sel}>"
            );
        }
        assert!(!text.contains("url("), "{name}: CSS loads something");
    }
}

#[test]
fn markdown_parses_as_commonmark_with_its_headings_and_tables() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let out = tempfile::tempdir().unwrap();
    run(&[root().join("notices")], &opts(out.path()));
    for (name, bytes) in tree(out.path()) {
        if !name.ends_with(".md") {
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        let (mut h1, mut h2, mut tables, mut raw_html) = (0, 0, 0, 0);
        for e in Parser::new_ext(&text, Options::ENABLE_TABLES) {
            match e {
                Event::Start(Tag::Heading { level, .. }) => match level as u8 {
                    1 => h1 += 1,
                    2 => h2 += 1,
                    _ => {}
                },
                Event::Start(Tag::Table(_)) => tables += 1,
                Event::Html(_) | Event::InlineHtml(_) => raw_html += 1,
                _ => {}
            }
        }
        let lines_with_hash2 = text.lines().filter(|l| l.starts_with("## ")).count();
        assert_eq!(h1, 1, "{name}");
        assert_eq!(
            h2, lines_with_hash2,
            "{name}: a `## ` line did not parse as a heading"
        );
        assert!(h2 >= 8, "{name}: only {h2} sections");
        assert_eq!(tables, 1, "{name}: the categories table did not parse");
        assert_eq!(raw_html, 0, "{name}: raw HTML in Markdown output");
    }
}

/// A register whose every text carries a script-injection payload.
/// The injection payloads, one a line; shared with the real-browser probe
/// (browser-tests/xss-probe.mjs), which loads the same register in Chromium.
fn xss_payloads() -> Vec<&'static str> {
    include_str!("../fixtures/build/xss-payloads.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn xss_payloads_in_every_text_do_not_reach_the_html_as_markup() {
    let src = std::fs::read_to_string(root().join("tests/fixtures/build/xss.yaml")).unwrap();
    let dir = common::repo_tempdir();
    let mut text = src.clone();
    // Highest numbers first, so that the placeholder 1 does not match the start of 10.
    for (i, p) in xss_payloads().iter().enumerate().rev() {
        text = text.replace(&format!("PAYLOAD{i}"), &p.replace('\'', "''"));
    }
    assert!(
        !text.contains("PAYLOAD"),
        "fixture has more placeholders than payloads"
    );
    let file = dir.path().join("xss.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = dir.path().join("out");
    for fragment in [false, true] {
        let mut o = opts(&out);
        o.fragment = fragment;
        let built = run(std::slice::from_ref(&file), &o);
        assert_eq!(
            built.notices, 1,
            "the XSS register must be valid so that it is built: {:?}",
            built.checked.diagnostics
        );
        let html = std::fs::read_to_string(out.join("xss/fi.html")).unwrap();
        let doc = if fragment {
            Html::parse_fragment(&html)
        } else {
            Html::parse_document(&html)
        };
        for sel in ["script", "img", "iframe", "svg", "object", "embed", "form"] {
            assert!(
                doc.select(&Selector::parse(sel).unwrap()).next().is_none(),
                "<{sel}> in output:\n{html}"
            );
        }
        assert_eq!(
            doc.select(&Selector::parse("style").unwrap()).count(),
            1,
            "only our own <style>"
        );
        for el in doc.select(&Selector::parse("*").unwrap()) {
            for (attr, value) in el.value().attrs() {
                assert!(!attr.starts_with("on"), "event handler {attr} in output");
                assert!(attr != "style", "inline style attribute in output");
                let v = value.trim().to_ascii_lowercase();
                assert!(
                    !v.starts_with("javascript:") && !v.starts_with("data:"),
                    "{attr}={value}"
                );
            }
        }
        assert!(
            !html.contains("evil.example/pixel") || !html.contains("<img"),
            "remote image"
        );
        // The payloads are shown as text, not dropped: the reader sees what was written.
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "payload text missing"
        );
    }
}

#[test]
fn fragment_is_one_section_with_scoped_styles() {
    let out = tempfile::tempdir().unwrap();
    let mut o = opts(out.path());
    o.fragment = true;
    run(&[root().join("notices/rekrytointi.yaml")], &o);
    let html = std::fs::read_to_string(out.path().join("rekrytointi/fi.html")).unwrap();
    assert!(
        html.starts_with(r#"<section class="seloste" lang="fi">"#),
        "{}",
        &html[..80]
    );
    assert!(html.trim_end().ends_with("</section>"));
    let raw_css = &html[html.find("<style>").unwrap() + 7..html.find("</style>").unwrap()];
    // Drop comments before reading selectors.
    let mut css = String::new();
    let mut rest = raw_css;
    while let Some(start) = rest.find("/*") {
        css.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map(|e| &rest[start + e + 2..])
            .unwrap_or("");
    }
    css.push_str(rest);
    let mut depth = 0;
    let mut selector = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                let sel = selector.trim();
                if depth == 0 && !sel.starts_with("@media") && !sel.is_empty() {
                    for part in sel.split(',') {
                        assert!(
                            part.trim().starts_with(".seloste.seloste"),
                            "unscoped selector `{}`",
                            part.trim()
                        );
                    }
                }
                depth += 1;
                selector.clear();
            }
            '}' => {
                depth -= 1;
                selector.clear();
            }
            _ => selector.push(c),
        }
    }
    // Inside @media blocks the selectors are checked the same way.
    for line in css
        .lines()
        .filter(|l| l.trim_start().starts_with('.') || l.trim_start().starts_with('*'))
    {
        assert!(
            line.trim_start().starts_with(".seloste"),
            "unscoped: {line}"
        );
    }
}

#[test]
fn a_register_with_errors_is_not_built_and_its_old_files_stay() {
    let dir = common::repo_tempdir();
    let good = std::fs::read_to_string(root().join("notices/rekrytointi.yaml")).unwrap();
    let file = dir.path().join("rekrytointi.yaml");
    std::fs::write(&file, &good).unwrap();
    let out = dir.path().join("out");
    run(std::slice::from_ref(&file), &opts(&out));
    let before = tree(&out);
    assert!(before.contains_key("rekrytointi/fi.html"));
    // Break it: remove the legal basis of every purpose.
    let broken: String = good
        .lines()
        .filter(|l| !l.trim_start().starts_with("basis:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&file, broken).unwrap();
    let other = dir.path().join("kamera.yaml");
    std::fs::copy(root().join("notices/kameravalvonta.yaml"), &other).unwrap();
    let built = run(&[file.clone(), other], &opts(&out));
    assert_eq!(built.skipped, ["rekrytointi"]);
    assert_eq!(built.notices, 1, "the other register still builds");
    let after = tree(&out);
    for (k, v) in &before {
        if k.starts_with("rekrytointi/") {
            assert!(after[k] == *v, "{k} was changed by a failed build");
        }
    }
    assert!(after.contains_key("kameravalvonta/fi.html"));
    let input_after = std::fs::read_to_string(&file).unwrap();
    assert!(!input_after.contains("basis:"), "input file was modified");
}

/// One register alone is rendered while it is checked (the cores would otherwise wait):
/// when the rules then find an error in it, nothing of that render is written.
#[test]
fn a_lone_register_with_a_rule_error_writes_nothing() {
    let dir = common::repo_tempdir();
    let good = std::fs::read_to_string(root().join("notices/rekrytointi.yaml")).unwrap();
    assert!(good.contains("business_id: 2846193-3"));
    // Loads and validates; only the business-id rule finds the wrong check digit.
    let broken = good.replace("business_id: 2846193-3", "business_id: 2846193-4");
    let file = dir.path().join("rekrytointi.yaml");
    std::fs::write(&file, broken).unwrap();
    let out = dir.path().join("out");
    let all = |out: &Path| BuildOptions {
        formats: vec![Format::Html, Format::Pdf, Format::Md],
        ..opts(out)
    };
    let built = run(std::slice::from_ref(&file), &all(&out));
    assert_eq!(built.skipped, ["rekrytointi"]);
    assert_eq!(built.notices, 0);
    let written: Vec<String> = tree(&out).into_keys().collect();
    assert!(
        written.iter().all(|k| !k.starts_with("rekrytointi")),
        "{written:?}"
    );
    // Fixed, the same lone register is written in full, as a build of it with others.
    std::fs::write(&file, &good).unwrap();
    let built = run(std::slice::from_ref(&file), &all(&out));
    assert_eq!(built.notices, 1);
    let lone = tree(&out);
    let both = dir.path().join("both");
    let other = dir.path().join("kamera.yaml");
    std::fs::copy(root().join("notices/kameravalvonta.yaml"), &other).unwrap();
    run(&[file.clone(), other], &all(&both));
    let together = tree(&both);
    for (k, v) in lone.iter().filter(|(k, _)| k.starts_with("rekrytointi/")) {
        assert!(
            together.get(k) == Some(v),
            "{k} differs from a build with others"
        );
    }
    assert!(lone.keys().any(|k| k.ends_with(".pdf")));
}

#[test]
fn nothing_is_written_outside_the_output_folder() {
    let dir = common::repo_tempdir();
    let good = std::fs::read_to_string(root().join("notices/rekrytointi.yaml")).unwrap();
    let evil = good
        .replacen("  id: rekrytointi", "  id: ../../escaped", 1)
        .replacen("languages: [fi, en]", "languages: [fi, ../en]", 1);
    assert_ne!(evil, good);
    let file = dir.path().join("evil.yaml");
    std::fs::write(&file, evil).unwrap();
    let out = dir.path().join("a/b/out");
    let built = run(&[file], &opts(&out));
    assert_eq!(built.notices, 0);
    let everything = tree(dir.path());
    assert_eq!(
        everything.keys().collect::<Vec<_>>(),
        ["evil.yaml"],
        "files written: {:?}",
        everything.keys()
    );
}

#[test]
fn catalogs_have_the_same_messages() {
    let keys = |src: &str| -> std::collections::BTreeSet<String> {
        src.lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" ="))
            // A language may rename a country CLDR names otherwise (its official short name).
            .filter(|l| !l.starts_with("country-"))
            .map(|l| l.split(" =").next().unwrap().to_string())
            .collect()
    };
    let fi = keys(include_str!("../../templates/locales/fi.ftl"));
    let sv = keys(include_str!("../../templates/locales/sv.ftl"));
    let en = keys(include_str!("../../templates/locales/en.ftl"));
    for (name, other) in [("sv", &sv), ("en", &en)] {
        let only_fi: Vec<_> = fi.difference(other).collect();
        let only_other: Vec<_> = other.difference(&fi).collect();
        assert!(
            only_fi.is_empty() && only_other.is_empty(),
            "only in fi: {only_fi:?}; only in {name}: {only_other:?}"
        );
    }
    assert!(fi.len() > 150);
    // Every built-in catalog is one of these three files.
    let built_in: Vec<&str> = seloste::i18n::BUILT_IN.iter().map(|(l, _)| *l).collect();
    assert_eq!(built_in, ["fi", "sv", "en"]);
}

#[test]
fn swedish_catalog_has_its_own_plurals_months_and_lists() {
    use seloste::model::Duration;
    let cats = seloste::i18n::Catalogs::load(None).unwrap();
    let sv = cats.get("sv").expect("Swedish is built in");
    let d = |s: &str| sv.duration(&Duration::parse(s).unwrap()).unwrap();
    assert_eq!(d("P1Y"), "1 år");
    assert_eq!(d("P1Y6M"), "1 år och 6 månader");
    assert_eq!(d("P1M"), "1 månad");
    assert_eq!(d("P2W"), "2 veckor");
    assert_eq!(d("P1D"), "1 dag");
    assert_eq!(d("P1Y2M3D"), "1 år, 2 månader och 3 dagar");
    let date = |m| {
        sv.date(&Date {
            year: 2026,
            month: m,
            day: 2,
        })
        .unwrap()
    };
    assert_eq!(date(3), "2 mars 2026");
    assert_eq!(date(5), "2 maj 2026");
    assert_eq!(date(12), "2 december 2026");
    assert_eq!(sv.t("country-US").unwrap(), "Förenta staterna");
    assert_eq!(sv.t("heading-dpo").unwrap(), "Dataskyddsombud");
}

#[test]
fn a_third_language_is_a_catalog_and_translations() {
    // A catalog in `--templates` replaces the built-in one of its language: here a toy
    // Swedish one, the English catalog with its title words translated.
    let dir = common::repo_tempdir();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(templates.join("locales")).unwrap();
    let sv = include_str!("../../templates/locales/en.ftl")
        .replace("lang-name = English", "lang-name = svenska")
        .replace(
            "notice-title = Privacy notice",
            "notice-title = Dataskyddsbeskrivning",
        )
        .replace(
            "heading-controller = Controller",
            "heading-controller = Personuppgiftsansvarig",
        )
        .replace("[one] { $n } year\n", "[one] { $n } år\n")
        .replace("*[other] { $n } years", "*[other] { $n } år");
    std::fs::write(templates.join("locales/sv.ftl"), sv).unwrap();
    // The register's texts translated: the sample's own Swedish texts.
    let file = dir.path().join("rekrytointi.yaml");
    std::fs::copy(root().join("notices/rekrytointi.yaml"), &file).unwrap();
    let out = dir.path().join("out");
    let mut o = opts(&out);
    o.templates = Some(templates);
    let built = run(&[file], &o);
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    assert_eq!(
        built.notices,
        1,
        "{:?}",
        built
            .checked
            .diagnostics
            .iter()
            .map(|d| (&d.message, d.span.map(|s| s.line)))
            .collect::<Vec<_>>()
    );
    let html = std::fs::read_to_string(out.join("rekrytointi/sv.html")).unwrap();
    assert!(html.contains(r#"<html lang="sv">"#));
    assert!(html.contains("Dataskyddsbeskrivning"));
    assert!(html.contains("Personuppgiftsansvarig"));
    assert!(html.contains("2 år"), "Swedish plural from the toy catalog");
    assert!(
        html.contains("Rekryteringsregister"),
        "the register's Swedish texts"
    );
    // A heading the toy catalog left in English: its catalog, not the built-in one.
    assert!(
        html.contains(". Whose data is processed<"),
        "the toy catalog"
    );
    let fi = std::fs::read_to_string(out.join("rekrytointi/fi.html")).unwrap();
    assert!(fi.contains(r#"hreflang="sv""#) && fi.contains(">svenska<"));
}

#[test]
fn retention_and_dates_read_naturally() {
    let out = tempfile::tempdir().unwrap();
    run(
        &[root().join("notices/asiakasrekisteri.yaml")],
        &opts(out.path()),
    );
    let fi = std::fs::read_to_string(out.path().join("asiakasrekisteri/fi.md")).unwrap();
    let en = std::fs::read_to_string(out.path().join("asiakasrekisteri/en.md")).unwrap();
    assert!(fi.contains("3 vuotta "), "{fi}");
    assert!(fi.contains("6 vuotta "), "{fi}");
    assert!(en.contains("3 years from "), "{en}");
    let reg = std::fs::read_to_string(root().join("notices/asiakasrekisteri.yaml")).unwrap();
    let updated = reg
        .lines()
        .find(|l| l.trim_start().starts_with("updated:"))
        .unwrap()
        .split(':')
        .nth(1)
        .unwrap()
        .trim()
        .to_string();
    let d = Date::parse(&updated).unwrap();
    assert!(
        fi.contains(&format!("Päivitetty {}.{}.{}", d.day, d.month, d.year)),
        "{fi}"
    );
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    assert!(
        en.contains(&format!(
            "Updated {} {} {}",
            d.day,
            months[d.month as usize - 1],
            d.year
        )),
        "{en}"
    );
}

#[test]
fn rights_follow_the_bases() {
    let out = tempfile::tempdir().unwrap();
    run(&[root().join("notices")], &opts(out.path()));
    // Kemi: public task and consent → objection and withdrawal; no contract → portability only via consent.
    let kemi = std::fs::read_to_string(out.path().join("kemi-asiakkuudenhallinta/en.md")).unwrap();
    assert!(kemi.contains("Right to object (Article 21)"), "{kemi}");
    assert!(kemi.contains("Right to withdraw consent"), "{kemi}");
    // Camera surveillance: legitimate interests only → objection, no portability, no withdrawal.
    let cam = std::fs::read_to_string(out.path().join("kameravalvonta/en.md")).unwrap();
    assert!(cam.contains("Right to object (Article 21)"));
    assert!(!cam.contains("Right to data portability"));
    assert!(!cam.contains("Right to withdraw consent"));
}

#[test]
fn joint_controllers_third_persons_and_children_render_in_every_language() {
    let out = tempfile::tempdir().unwrap();
    let built = run(
        &[root().join("tests/fixtures/build/people.yaml")],
        &opts(out.path()),
    );
    assert_eq!(built.notices, 1, "{:?}", built.checked.diagnostics);
    for lang in ["fi", "sv", "en"] {
        let md = std::fs::read_to_string(out.path().join(format!("people/{lang}.md"))).unwrap();
        insta::with_settings!({ snapshot_path => "snapshots/build", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(format!("people__{lang}.md"), md);
        });
    }
    let html = std::fs::read_to_string(out.path().join("people/en.html")).unwrap();
    for expected in [
        "City of Kuopio",
        "Contact point for data subjects (Article 26(1))",
        "Essence of the arrangement",
        "against each of them (Article 26(3))",
        "Club members (the group includes children)",
        "Consent of a guardian",
        "A guardian gives consent for a child under 13",
        "<h3 class=\"seloste-h-item\">Club members&#x27; emergency contacts</h3>",
        "We have not obtained this data from you.",
        "<dt>Data kept about you</dt><dd>name and phone number</dd>",
        "<dt>Where the data comes from</dt><dd>The member&#x27;s guardian gives",
    ] {
        assert!(html.contains(expected), "{expected} not in:\n{html}");
    }
}

#[test]
fn cli_build_exit_codes_and_summary() {
    let out = tempfile::tempdir().unwrap();
    let o = common::seloste_command()
        .args(["build", "notices/", "--format", "html,md", "--out"])
        .arg(out.path())
        .current_dir(root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("built 6 notices, 40 files"), "{stdout}");
    let o = common::seloste_command()
        .args(["build", "tests/examples/kemi.yaml", "--out"])
        .arg(out.path())
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("not built: `kemi-asiakkuudenhallinta-published`")
            || String::from_utf8_lossy(&o.stderr).contains("not built")
    );
    let o = common::seloste_command()
        .args(["build", "notices/", "--templates", "no/such/dir", "--out"])
        .arg(out.path())
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/dir"));
}

#[test]
fn templates_command_writes_editable_defaults_that_build_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("t");
    let o = common::seloste_command()
        .arg("templates")
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(t.join("body.html").is_file() && t.join("locales/fi.ftl").is_file());
    // Refuses to overwrite.
    let o = common::seloste_command()
        .arg("templates")
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    // An edited heading shows up; everything else is as built in.
    let fi = std::fs::read_to_string(t.join("locales/fi.ftl"))
        .unwrap()
        .replace(
            "heading-controller = Rekisterinpitäjä",
            "heading-controller = Rekisterinpitäjä (muokattu)",
        );
    std::fs::write(t.join("locales/fi.ftl"), fi).unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let mut o = opts(&a);
    run(&[root().join("notices/rekrytointi.yaml")], &o);
    o.out = b.clone();
    o.templates = Some(t);
    run(&[root().join("notices/rekrytointi.yaml")], &o);
    let (fa, fb) = (
        std::fs::read_to_string(a.join("rekrytointi/fi.html")).unwrap(),
        std::fs::read_to_string(b.join("rekrytointi/fi.html")).unwrap(),
    );
    assert_eq!(
        fa.replace("Rekisterinpitäjä<", "Rekisterinpitäjä (muokattu)<"),
        fb
    );
    assert_eq!(
        std::fs::read(a.join("rekrytointi/en.html")).unwrap(),
        std::fs::read(b.join("rekrytointi/en.html")).unwrap()
    );
}

/// WCAG 2.x relative luminance of a #rrggbb colour.
fn luminance(hex: &str) -> f64 {
    let c = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn text_colours_meet_wcag_aa_contrast_on_every_background() {
    let css = include_str!("../../templates/style.css");
    let re = regex::Regex::new(r"(?:^|[^-])color: (#[0-9a-fA-F]{6})").unwrap();
    let bg = regex::Regex::new(r"background: (#[0-9a-fA-F]{6})").unwrap();
    let colours: Vec<&str> = re
        .captures_iter(css)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    let backgrounds: Vec<&str> = bg
        .captures_iter(css)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert!(colours.len() >= 8 && backgrounds.len() >= 3);
    for fg in &colours {
        for b in &backgrounds {
            let r = contrast(fg, b);
            assert!(r >= 4.5, "text {fg} on {b}: contrast {r:.2} < 4.5");
        }
    }
}

#[test]
fn inputs_are_never_modified() {
    let inputs = [
        root().join("notices"),
        root().join("tests/examples"),
        root().join("tests/hostile"),
    ];
    let before: Vec<BTreeMap<String, Vec<u8>>> = inputs.iter().map(|p| tree(p)).collect();
    let out = tempfile::tempdir().unwrap();
    let mut o = opts(out.path());
    o.formats = vec![];
    run(&inputs, &o);
    let after: Vec<BTreeMap<String, Vec<u8>>> = inputs.iter().map(|p| tree(p)).collect();
    assert!(before == after, "an input file changed");
    // And nothing was written next to them.
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b.keys().collect::<Vec<_>>(), a.keys().collect::<Vec<_>>());
    }
}

/// Every form of retention reads as a sentence in each language: a register-level policy a
/// category inherits, a group's minimum from a built-in event with its criteria, and a
/// category's own fixed end date, which takes precedence over its group's policy.
#[test]
fn retention_forms_in_each_language() {
    let out = tempfile::tempdir().unwrap();
    run(
        &[root().join("tests/fixtures/build/retention-forms/retention-forms.yaml")],
        &opts(out.path()),
    );
    for lang in ["fi", "sv", "en"] {
        let md =
            std::fs::read_to_string(out.path().join(format!("retention-forms/{lang}.md"))).unwrap();
        // The rows of the categories table: a category and its retention.
        let rows: Vec<&str> = md
            .lines()
            .skip_while(|l| !l.starts_with("| ") || l.contains("---"))
            .take_while(|l| l.starts_with('|'))
            .collect();
        assert_eq!(rows.len(), 5, "{md}");
        insta::with_settings!({ snapshot_path => "snapshots/build", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(format!("retention_forms__{lang}"), rows.join("\n"));
        });
    }
}
