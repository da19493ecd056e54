//! What every notice says (issue 15, point 3), in HTML and Markdown: the first layer and
//! the contents, one voice, no contradictions, and the links between languages, PDFs and
//! index pages.

use crate::common;

use seloste::build::{BuildOptions, build};
use seloste::model::Date;
use seloste::render::Format;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn opts(out: &Path, formats: Vec<Format>) -> BuildOptions {
    BuildOptions {
        out: out.to_path_buf(),
        formats,
        langs: vec![],
        templates: None,
        fragment: false,
        today: Date::parse("2026-11-21").unwrap(),
        pdf_standard: Default::default(),
        reuse: false,
        base_url: None,
    }
}

/// Builds `files` (name, YAML) with `o` into a fresh folder; every written file by its path
/// under the output folder.
fn build_files(
    files: &[(&str, String)],
    edit: impl Fn(&mut BuildOptions),
) -> BTreeMap<String, String> {
    let dir = common::repo_tempdir();
    let mut paths: Vec<PathBuf> = Vec::new();
    for (name, yaml) in files {
        let p = dir.path().join(name);
        std::fs::write(&p, yaml).unwrap();
        paths.push(p);
    }
    let out = dir.path().join("out");
    let mut o = opts(&out, vec![Format::Html, Format::Md]);
    edit(&mut o);
    let built = build(&paths, &o, &mut |_, _, _| {}).unwrap();
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    assert_eq!(
        built.notices,
        files.len(),
        "{:?}",
        built
            .checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == seloste::diagnostic::Severity::Error)
            .map(|d| (&d.message, d.span.map(|s| s.line)))
            .collect::<Vec<_>>()
    );
    common::files_under(&out)
        .into_iter()
        .filter(|(rel, _)| rel.ends_with(".html") || rel.ends_with(".md"))
        .map(|(rel, p)| (rel, std::fs::read_to_string(p).unwrap()))
        .collect()
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(root().join(name)).unwrap()
}

/// The HTML's entities that the catalogs' words may come out as, read back.
fn unescape(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// `yaml` with `meta.voice` set.
fn with_voice(yaml: &str, voice: &str) -> String {
    let at = yaml.find("\nmeta:\n").expect("a meta block") + "\nmeta:\n".len();
    format!("{}  voice: {voice}\n{}", &yaml[..at], &yaml[at..])
}

/// Every message of a notice catalog that has both voices: (key, you, data-subject).
fn voiced(lang: &str) -> Vec<(String, String, String)> {
    let text =
        std::fs::read_to_string(root().join(format!("templates/locales/{lang}.ftl"))).unwrap();
    let re = regex::Regex::new(
        r"(?m)^([a-z0-9-]+) = \{ \$voice ->\n\s+\[data-subject\] (.+)\n\s+\*\[you\] (.+)\n\}",
    )
    .unwrap();
    re.captures_iter(&text)
        .map(|c| (c[1].to_string(), c[3].to_string(), c[2].to_string()))
        .collect()
}

#[test]
fn one_voice_runs_through_every_page() {
    // The samples with the most sentences: a customer register (sources of both kinds,
    // consent, objection) and one with joint controllers, children and third persons.
    let inputs = |voice: Option<&str>| {
        [
            "notices/asiakasrekisteri.yaml",
            "tests/fixtures/build/people.yaml",
        ]
        .iter()
        .map(|f| {
            let yaml = sample(f);
            let name = Path::new(f).file_name().unwrap().to_str().unwrap();
            (name, voice.map_or(yaml.clone(), |v| with_voice(&yaml, v)))
        })
        .collect::<Vec<_>>()
    };
    let you = build_files(&inputs(None), |_| {});
    let explicit_you = build_files(&inputs(Some("you")), |_| {});
    assert_eq!(you, explicit_you, "`you` is the default");
    let third = build_files(&inputs(Some("data-subject")), |_| {});
    assert_eq!(
        you.keys().collect::<Vec<_>>(),
        third.keys().collect::<Vec<_>>()
    );
    let mut seen = 0;
    for (path, you_text) in &you {
        // Notices only (`<id>/<lang>.<ext>`): the index pages address nobody.
        let Some(slash) = path.rfind('/') else {
            continue;
        };
        let lang = &path[slash + 1..path.rfind('.').unwrap()];
        let (you_text, third_text) = (unescape(you_text), unescape(&third[path]));
        for (key, you_form, third_form) in voiced(lang) {
            // Short forms ("you", "sinä itse") are parts of other words and sentences.
            if you_form.chars().count() < 12 || !you_text.contains(&you_form) {
                continue;
            }
            seen += 1;
            assert!(
                !third_text.contains(&you_form),
                "{path}: `{key}` speaks to the reader in a data-subject notice: {you_form}"
            );
            assert!(
                third_text.contains(&third_form),
                "{path}: `{key}` is missing its data-subject form: {third_form}"
            );
        }
    }
    // Every page has the rights, the complaint, the sources: the check is not empty.
    assert!(seen > 100, "only {seen} voiced sentences found");
}

#[test]
fn every_voiced_message_has_both_forms_in_every_catalog() {
    // A heading may read the same in both voices in one language ("Oikeuksien
    // käyttäminen") and not in another ("How to use your rights").
    for lang in ["fi", "sv", "en"] {
        assert!(voiced(lang).len() > 25, "{lang}");
        for (key, you, third) in voiced(lang) {
            assert_ne!(you, third, "{lang} {key}: both voices say the same");
        }
    }
}

fn asiakasrekisteri() -> BTreeMap<String, String> {
    build_files(
        &[(
            "asiakasrekisteri.yaml",
            sample("notices/asiakasrekisteri.yaml"),
        )],
        |_| {},
    )
}

#[test]
fn a_contract_prerequisite_is_no_obligation() {
    // The sample says `requirement: contract-prerequisite` with `obligatory: true`.
    assert!(sample("notices/asiakasrekisteri.yaml").contains("  obligatory: true"));
    let pages = asiakasrekisteri();
    for (lang, prerequisite, obliged) in [
        (
            "fi",
            "ilman niitä emme voi tehdä sopimusta kanssasi",
            "velvollinen",
        ),
        (
            "sv",
            "utan dem kan vi inte ingå avtal med dig",
            "är skyldig",
        ),
        (
            "en",
            "without it we cannot make the contract with you",
            "obliged",
        ),
    ] {
        for ext in ["html", "md"] {
            let page = &pages[&format!("asiakasrekisteri/{lang}.{ext}")];
            assert!(page.contains(prerequisite), "{lang}.{ext}");
            assert!(!page.contains(obliged), "{lang}.{ext} says {obliged}");
        }
    }
}

#[test]
fn statutory_data_says_whether_the_person_is_obliged_and_voluntary_data_does_not() {
    let yaml = sample("notices/asiakasrekisteri.yaml");
    let statutory = yaml.replace(
        "  requirement: contract-prerequisite",
        "  requirement: statutory",
    );
    let pages = build_files(&[("a.yaml", statutory)], |_| {});
    assert!(pages["asiakasrekisteri/fi.md"].contains("Olet velvollinen antamaan tiedot."));
    let voluntary = yaml
        .replace(
            "  requirement: contract-prerequisite",
            "  requirement: voluntary",
        )
        .replace("  obligatory: true", "  obligatory: false");
    let pages = build_files(&[("a.yaml", voluntary)], |_| {});
    let fi = &pages["asiakasrekisteri/fi.md"];
    assert!(fi.contains("Tietojen antaminen on vapaaehtoista."));
    assert!(!fi.contains("velvollinen"), "{fi}");
}

#[test]
fn the_sources_sentence_says_what_comes_from_whom() {
    let pages = asiakasrekisteri();
    // Customers themselves, their own visits (observation) and another organisation.
    let fi = &pages["asiakasrekisteri/fi.md"];
    assert!(fi.contains("Osa tiedoista saadaan sinulta itseltäsi ja osa muista lähteistä."));
    assert!(!fi.contains("Tiedot saadaan sinulta itseltäsi."));
    // Only from the person: the whole is said once.
    let only = build_files(
        &[(
            "r.yaml",
            std::fs::read_to_string(root().join("notices/rekrytointi.yaml"))
                .unwrap()
                .replace("kind: other-organisation", "kind: data-subject")
                .replace("kind: public-source", "kind: data-subject"),
        )],
        |_| {},
    );
    let fi = &only["rekrytointi/fi.md"];
    assert!(fi.contains("Tiedot saadaan sinulta itseltäsi."), "{fi}");
    assert!(!fi.contains("muista lähteistä"), "{fi}");
}

#[test]
fn publicly_available_is_said_of_other_sources_only() {
    // Every source of the sample says `publicly_accessible: false`.
    let pages = asiakasrekisteri();
    let fi = &pages["asiakasrekisteri/fi.md"];
    let lines: Vec<&str> = fi
        .lines()
        .filter(|l| l.contains("Julkisesti saatavilla: ei"))
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("muu organisaatio"), "{lines:?}");
    assert!(!fi.contains("sinä itse; Julkisesti"));
}

#[test]
fn the_dpf_names_the_certified_us_organisation() {
    // The recipient is Google Ireland Ltd; Google LLC is the certified organisation.
    let pages = asiakasrekisteri();
    let en = &pages["asiakasrekisteri/en.md"];
    assert!(en.contains("The US organisation certified under it is Google LLC."));
    assert!(!en.contains("the recipient is certified"));
    let fi = &pages["asiakasrekisteri/fi.html"];
    assert!(fi.contains("Kehykseen sitoutunut yhdysvaltalainen yhtiö on Google LLC."));
}

#[test]
fn english_pages_give_finnish_numbers_in_the_international_form() {
    let pages = asiakasrekisteri();
    let en = &pages["asiakasrekisteri/en.html"];
    assert!(en.contains(r#"<a href="tel:+35885624400">+358 8 562 4400</a>"#));
    assert!(!en.contains(">08 562 4400<"));
    // Finnish and Swedish pages keep the form the register writes.
    for lang in ["fi", "sv"] {
        let page = &pages[&format!("asiakasrekisteri/{lang}.html")];
        assert!(page.contains(">08 562 4400<"), "{lang}");
    }
    assert_eq!(
        seloste::render::view::international("029 566 6700"),
        "+358 29 566 6700"
    );
    assert_eq!(
        seloste::render::view::international("00358 9 123"),
        "+358 9 123"
    );
    assert_eq!(
        seloste::render::view::international("+46 8 123"),
        "+46 8 123"
    );
    assert_eq!(seloste::render::view::international("112"), "112");
}

#[test]
fn a_summary_comes_first_and_a_long_notice_has_numbered_contents() {
    let pages = asiakasrekisteri();
    let fi = &pages["asiakasrekisteri/fi.html"];
    let summary = fi.find("<h2 class=\"seloste-h-summary\"").unwrap();
    let toc = fi.find("<nav class=\"seloste-toc\"").unwrap();
    let first = fi.find(">1. Rekisterinpitäjä</h2>").unwrap();
    assert!(summary < toc && toc < first);
    for part in [
        ">Lyhyesti</h2>",
        "<dt>Kuka käsittelee tietoja</dt><dd><strong>Pohjolan Puutarhatukku Oy</strong>",
        "<li>Kirjanpito: Rekisterinpitäjän lakisääteisen velvoitteen noudattaminen</li>",
        "Google Ireland Ltd (Google Analytics), Yhdysvallat.",
        "<li>Laskutus- ja maksutiedot: 6 vuotta",
        "<dt>Sinun oikeutesi</dt><dd>Pääsy tietoihin,",
        r##"<a href="#asiakasrekisteri-transfers">7. Tietojen siirto EU:n tai ETA:n ulkopuolelle</a>"##,
        r#"id="asiakasrekisteri-transfers">7. Tietojen siirto EU:n tai ETA:n ulkopuolelle</h2>"#,
    ] {
        assert!(fi.contains(part), "{part}");
    }
    let md = &pages["asiakasrekisteri/fi.md"];
    assert!(md.contains("## Lyhyesti\n"));
    assert!(md.contains(
        "- [7. Tietojen siirto EU:n tai ETA:n ulkopuolelle](#7-tietojen-siirto-eun-tai-etan-ulkopuolelle)"
    ));
    assert!(md.contains("\n## 7. Tietojen siirto EU:n tai ETA:n ulkopuolelle\n"));
    // A notice that fits on a page has the summary and numbers, but no contents.
    let short = build_files(
        &[(
            "s.yaml",
            std::fs::read_to_string(root().join("tests/fixtures/rules/authority/pass.yaml"))
                .unwrap(),
        )],
        |_| {},
    );
    let (_, page) = short.iter().find(|(k, _)| k.ends_with("fi.html")).unwrap();
    assert!(page.contains(">Lyhyesti</h2>") && page.contains(">1. Rekisterinpitäjä</h2>"));
    assert!(!page.contains("seloste-toc\""), "{page}");
}

#[test]
fn pages_link_their_languages_and_pdf_and_index_pages_every_pdf() {
    let dir = common::repo_tempdir();
    let file = dir.path().join("a.yaml");
    std::fs::write(&file, sample("notices/asiakasrekisteri.yaml")).unwrap();
    let out = dir.path().join("out");
    let mut o = opts(&out, vec![Format::Html, Format::Pdf]);
    o.base_url = None;
    build(&[file.clone()], &o, &mut |_, _, _| {}).unwrap();
    let fi = std::fs::read_to_string(out.join("asiakasrekisteri/fi.html")).unwrap();
    for part in [
        "<title>Tietosuojaseloste: Asiakasrekisteri – Pohjolan Puutarhatukku Oy</title>",
        r#"<link rel="alternate" hreflang="fi" href="fi.html">"#,
        r#"<link rel="alternate" hreflang="sv" href="sv.html">"#,
        r#"<link rel="alternate" hreflang="en" href="en.html">"#,
        r#"<link rel="alternate" type="application/pdf" href="fi.pdf">"#,
        r#"<a href="sv.html" hreflang="sv" lang="sv">svenska</a>"#,
        r#"<a href="fi.pdf" type="application/pdf">Seloste PDF-tiedostona</a>"#,
    ] {
        assert!(fi.contains(part), "{part}");
    }
    let index = std::fs::read_to_string(out.join("index.fi.html")).unwrap();
    for part in [
        "<title>Tietosuojaselosteet: Pohjolan Puutarhatukku Oy</title>",
        r#"<link rel="alternate" hreflang="sv" href="index.sv.html">"#,
        r#"href="asiakasrekisteri/fi.pdf""#,
        r#"href="asiakasrekisteri/sv.pdf""#,
        r#"href="asiakasrekisteri/en.pdf""#,
    ] {
        assert!(index.contains(part), "{part}");
    }
    // Under --base-url every link is absolute: a fragment embedded elsewhere still works.
    let out2 = dir.path().join("out2");
    let mut o = opts(&out2, vec![Format::Html]);
    o.fragment = true;
    o.base_url = Some("https://example.fi/tietosuoja".into());
    build(&[file.clone()], &o, &mut |_, _, _| {}).unwrap();
    let fragment = std::fs::read_to_string(out2.join("asiakasrekisteri/fi.html")).unwrap();
    assert!(fragment.contains(
        r#"<a href="https://example.fi/tietosuoja/asiakasrekisteri/sv.html" hreflang="sv""#
    ));
    assert!(!fragment.contains("href=\"sv.html\""));
    let index = std::fs::read_to_string(out2.join("index.fi.html")).unwrap();
    assert!(index.contains(r#"href="https://example.fi/tietosuoja/asiakasrekisteri/fi.html""#));
    assert!(index.contains(r#"href="https://example.fi/tietosuoja/index.sv.html""#));
    // What cannot start a link is refused before anything is written.
    for bad in [
        "javascript:alert(1)",
        "https://x.fi/\"><script>",
        "//evil.example",
        "ftp://x.fi",
        "https://x.fi/ a",
    ] {
        let out3 = dir.path().join("out3");
        let mut o = opts(&out3, vec![Format::Html]);
        o.base_url = Some(bad.into());
        let err = match build(&[file.clone()], &o, &mut |_, _, _| {}) {
            Err(e) => e.failure(),
            Ok(_) => panic!("{bad} accepted"),
        };
        assert!(err.contains("--base-url"), "{err}");
        assert!(!out3.exists());
    }
}
