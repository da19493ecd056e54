//! The notices of one register carry the same facts in every language it is published in
//! (issue 13, point 3): each purpose (its name and description in that language), each
//! purpose's legal basis (its name from that language's catalog), each data category and
//! each recipient appear on that language's HTML page.

use crate::common;

use scraper::Html;
use seloste::build::{BuildOptions, build};
use seloste::check::{check_paths_on, notice};
use seloste::i18n::Catalogs;
use seloste::model::Date;
use seloste::render::Format;
use std::path::Path;

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

/// Every register's HTML pages in every language it declares, into `out`.
fn html_options(out: std::path::PathBuf) -> BuildOptions {
    BuildOptions {
        out,
        formats: vec![Format::Html],
        langs: vec![],
        templates: None,
        fragment: false,
        today: today(),
        reuse: false,
        base_url: None,
        pdf_standard: Default::default(),
    }
}

/// Whitespace collapsed, so that a wrapped YAML text matches the page's text.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text a reader sees on an HTML page.
fn page_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let body = doc
        .select(&scraper::Selector::parse("body").unwrap())
        .next()
        .expect("a body");
    squeeze(&body.text().collect::<Vec<_>>().join(" "))
}

/// For each register under `dir` built into `out`: (id, language, what is missing on that
/// language's page).
fn missing_facts(dir: &Path, out: &Path) -> Vec<(String, String, Vec<String>)> {
    let checked = check_paths_on(&[dir.to_path_buf()], today());
    let ws = &checked.workspace;
    let cats = Catalogs::load(None).unwrap();
    let mut found = Vec::new();
    for i in 0..ws.docs.len() {
        let Some(n) = notice(ws, i, today()) else {
            continue;
        };
        let id = &n.register.meta.id;
        for lang in n.languages() {
            let html = std::fs::read_to_string(out.join(id).join(format!("{lang}.html")))
                .unwrap_or_else(|e| panic!("{id}/{lang}.html: {e}"));
            let text = page_text(&html);
            let cat = cats.get(lang).unwrap();
            let mut missing = Vec::new();
            let mut want = |what: String, s: Option<&str>| match s {
                None => missing.push(format!("{what}: no `{lang}` text")),
                Some(s) if !text.contains(&squeeze(s)) => missing.push(format!("{what}: {s:?}")),
                Some(_) => {}
            };
            for (_, p, _) in n.purposes() {
                want(format!("purpose `{}`", p.id), p.name.get(lang));
                if let Some(d) = &p.description {
                    want(format!("description of `{}`", p.id), d.get(lang));
                }
                let basis = p.basis.expect("every sample purpose has a basis");
                let key = format!(
                    "basis-{}",
                    serde_json::to_value(basis).unwrap().as_str().unwrap()
                );
                let name = cat.t(&key).unwrap();
                want(format!("basis of `{}`", p.id), Some(&name));
            }
            for (_, c, _) in n.categories() {
                want(format!("category `{}`", c.id), c.name.get(lang));
            }
            for r in n.recipients() {
                let name = r.merged.name.as_ref().and_then(|t| t.get(lang));
                want(format!("recipient `{}`", r.merged.id), name);
            }
            found.push((id.clone(), lang.clone(), missing));
        }
    }
    found
}

#[test]
fn every_language_of_a_sample_carries_the_same_facts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let opts = html_options(out.path().to_path_buf());
    let built = build(&[root.join("notices")], &opts, &mut |_, _, _| {}).unwrap();
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    let found = missing_facts(&root.join("notices"), out.path());
    let gaps: Vec<_> = found.iter().filter(|(_, _, m)| !m.is_empty()).collect();
    assert!(
        gaps.is_empty(),
        "facts missing from a language's page: {gaps:#?}"
    );
    // Every sample, each in Finnish, Swedish and English.
    let pages: Vec<String> = found.iter().map(|(id, l, _)| format!("{id}/{l}")).collect();
    assert_eq!(pages.len(), 18, "{pages:?}");
    for id in [
        "asiakasrekisteri",
        "cykelverkstad",
        "kameravalvonta",
        "kemi-asiakkuudenhallinta",
        "kuopion-kauppakamari-asiakashallinta",
        "rekrytointi",
    ] {
        for lang in ["fi", "sv", "en"] {
            let page = format!("{id}/{lang}");
            assert!(pages.contains(&page), "{page} not checked: {pages:?}");
        }
    }
}

#[test]
fn a_page_that_drops_a_fact_is_caught() {
    // The Swedish page of the city's register with one recipient's Swedish name taken
    // out of the page, and another page with the Finnish basis name in place of the
    // Swedish one: both are reported.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let opts = html_options(out.path().to_path_buf());
    let dir = root.join("notices/kemin-kaupunki");
    build(&[dir.clone()], &opts, &mut |_, _, _| {}).unwrap();
    let page = out.path().join("kemi-asiakkuudenhallinta/sv.html");
    let html = std::fs::read_to_string(&page).unwrap();
    let html = html
        .replace("Sysselsättningsområdet Meri-Lappi", "")
        .replace(
            "Samtycke",
            "Suostumus", // the Finnish name of the basis
        );
    std::fs::write(&page, html).unwrap();
    let found = missing_facts(&dir, out.path());
    let sv: Vec<&String> = found
        .iter()
        .filter(|(id, l, _)| id == "kemi-asiakkuudenhallinta" && l == "sv")
        .flat_map(|(_, _, m)| m)
        .collect();
    assert_eq!(sv.len(), 2, "{sv:#?}");
    assert!(sv[0].contains("basis of `newsletter`"), "{sv:#?}");
    assert!(sv[1].contains("recipient `employment-area`"), "{sv:#?}");
    let others = found
        .iter()
        .filter(|(_, l, m)| l != "sv" && !m.is_empty())
        .count();
    assert_eq!(others, 0);
}

#[test]
fn country_names_come_from_cldr_in_each_language_with_the_catalogs_official_names() {
    // The camera register with its processor in Japan and the insurer in the United
    // Kingdom: each page names the countries in its own language, from CLDR, except where
    // the language's catalog gives the official short name instead (Finnish and Swedish
    // for the United Kingdom).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = common::repo_tempdir();
    let yaml = std::fs::read_to_string(root.join("notices/kameravalvonta.yaml"))
        .unwrap()
        // The sample states `transfers: none`; this test lists its own.
        .replace("transfers: none\n\n", "")
        .replace(
            "country: FI\n    purposes: [safety, incidents]",
            "country: JP\n    purposes: [safety, incidents]",
        )
        .replace(
            "country: FI\n    purposes: [incidents]\n    description:\n      fi: Tallenneote",
            "country: GB\n    purposes: [incidents]\n    description:\n      fi: Tallenneote",
        )
        .replace(
            "automated_decisions:",
            "transfers:\n  - recipient: security-company\n    country: JP\n    mechanism: adequacy\n  \
             - recipient: insurers\n    country: GB\n    mechanism: adequacy\n\nautomated_decisions:",
        );
    std::fs::write(dir.path().join("kameravalvonta.yaml"), yaml).unwrap();
    let out = dir.path().join("out");
    let opts = html_options(out.clone());
    let built = build(
        &[dir.path().join("kameravalvonta.yaml")],
        &opts,
        &mut |_, _, _| {},
    )
    .unwrap();
    assert!(
        built.skipped.is_empty() && built.notices == 1,
        "{} notices; {:?}",
        built.notices,
        built.checked.diagnostics
    );
    for (lang, japan, uk) in [
        ("fi", "Japani", "Yhdistynyt kuningaskunta"),
        ("sv", "Japan", "Förenade kungariket"),
        ("en", "Japan", "United Kingdom"),
    ] {
        let text = page_text(
            &std::fs::read_to_string(out.join("kameravalvonta").join(format!("{lang}.html")))
                .unwrap(),
        );
        assert!(text.contains(japan), "{lang}: no {japan}: {text}");
        assert!(text.contains(uk), "{lang}: no {uk}: {text}");
        assert!(
            !text.contains("(JP)") && !text.contains(" JP "),
            "{lang}: a bare code"
        );
    }
}
