//! The text rules' words come from the catalogs, in the officer's language, while the
//! examples they quote follow the language of the notice's text (issue 13: "an English
//! notice never gets a Finnish example").

use seloste::check::check_paths_on;
use seloste::diagnostic::{Diagnostic, Msg};
use seloste::messages::Messages;
use seloste::model::Date;
use std::path::{Path, PathBuf};

/// The rules converted together (text rules and the rules whose help fits the case).
const RULES: [&str; 12] = [
    "vague-wording",
    "vague-retention",
    "retention",
    "placeholder",
    "obsolete-law",
    "old-law-concept",
    "special-category",
    "special-category-words",
    "criminal-data",
    "marketing-on-contract",
    "unreadable-text",
    "control-characters",
];

fn diagnostics(fixture: &str) -> Vec<Diagnostic> {
    let path = PathBuf::from(fixture);
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(&path).exists(),
        "{fixture}"
    );
    check_paths_on(&[path], Date::parse("2026-11-21").unwrap()).diagnostics
}

fn of<'d>(ds: &'d [Diagnostic], rule: &str) -> Vec<&'d Diagnostic> {
    let found: Vec<_> = ds.iter().filter(|d| d.rule == rule).collect();
    assert!(!found.is_empty(), "no `{rule}` finding");
    found
}

fn help(d: &Diagnostic, lang: &str) -> String {
    Messages::get(lang).text(d.help.as_ref().expect("a help"))
}

/// Every message, label and help of these rules is a catalog message that each language
/// has, on every failing fixture of the rules.
#[test]
fn every_word_of_these_rules_comes_from_the_catalogs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut fixtures: Vec<String> = vec!["tests/hostile/control-characters.yaml".into()];
    for rule in RULES {
        let dir = root.join("tests/fixtures/rules").join(rule);
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().to_string();
            if name.starts_with("fail") && name.ends_with(".yaml") {
                fixtures.push(format!("tests/fixtures/rules/{rule}/{name}"));
            }
        }
    }
    fixtures.sort();
    let mut seen = 0;
    for f in &fixtures {
        for d in diagnostics(f).iter().filter(|d| RULES.contains(&d.rule)) {
            seen += 1;
            let mut msgs: Vec<&Msg> = vec![&d.message];
            msgs.extend(d.label.iter());
            msgs.extend(d.help.iter());
            msgs.extend(d.related.iter().map(|r| &r.label));
            for m in msgs {
                let Msg::Id(id, _) = m else {
                    panic!("{f}: `{}` gives text not from a catalog: {m:?}", d.rule)
                };
                for lang in ["en", "fi", "sv"] {
                    assert!(Messages::get(lang).has(id), "{f}: {lang} has no `{id}`");
                }
            }
        }
    }
    assert!(seen > 50, "only {seen} findings");
}

#[test]
fn an_english_text_gets_english_examples_in_finnish_and_swedish_help() {
    let ds = diagnostics("tests/fixtures/rules/old-law-concept/fail-en.yaml");
    let access: Vec<String> = of(&ds, "old-law-concept")
        .iter()
        .map(|d| help(d, "fi"))
        .filter(|h| h.starts_with("poista rajoitus"))
        .collect();
    assert!(!access.is_empty(), "no access-limit help");
    for h in access {
        assert!(
            h.contains("”You can ask for a copy of your data free of charge.”"),
            "{h}"
        );
        assert!(!h.contains("Voit pyytää"), "{h}");
    }
    let ds = diagnostics("tests/fixtures/rules/vague-retention/fail-en.yaml");
    for d in of(&ds, "vague-retention") {
        let h = help(d, "sv");
        assert!(h.starts_with("ange en lagringstid"), "{h}");
        assert!(h.contains("`from: the end of the membership`"), "{h}");
        assert!(!h.contains("medlemskapets"), "{h}");
    }
}

#[test]
fn a_swedish_text_gets_swedish_examples_in_english_and_finnish_help() {
    let ds = diagnostics("tests/fixtures/rules/vague-wording/fail-sv.yaml");
    for d in of(&ds, "vague-wording") {
        let en = help(d, "en");
        assert!(en.starts_with("say what is actually done"), "{en}");
        assert!(
            en.contains("\"Vi använder din e-postadress för att skicka nyhetsbrevet\""),
            "{en}"
        );
        let fi = help(d, "fi");
        assert!(fi.starts_with("kerro, mitä todella tehdään"), "{fi}");
        assert!(!fi.contains("Käytämme"), "{fi}");
    }
    let ds = diagnostics("tests/fixtures/rules/obsolete-law/fail-sv.yaml");
    for d in of(&ds, "obsolete-law") {
        assert!(help(d, "en").ends_with("call the document \"dataskyddsbeskrivning\""));
        assert!(help(d, "fi").ends_with("käytä asiakirjasta nimeä ”dataskyddsbeskrivning”"));
    }
}

/// A Finnish notice keeps its Finnish examples whatever language the officer reads.
#[test]
fn a_finnish_text_keeps_finnish_examples() {
    let ds = diagnostics("tests/fixtures/rules/retention/fail-by-data-fi.yaml");
    let helps: Vec<String> = of(&ds, "retention").iter().map(|d| help(d, "sv")).collect();
    assert!(
        helps
            .iter()
            .any(|h| h.contains("from: tilikauden päättymisestä}`")
                && h.contains("2 kap. 10 § i bokföringslagen")),
        "{helps:#?}"
    );
    let ds = diagnostics("tests/fixtures/rules/special-category/fail-by-case.yaml");
    let helps: Vec<String> = of(&ds, "special-category")
        .iter()
        .map(|d| help(d, "en"))
        .collect();
    assert!(
        helps
            .iter()
            .any(|h| h.contains("`law: laki potilaan asemasta ja oikeuksista (785/1992)`")),
        "{helps:#?}"
    );
}
