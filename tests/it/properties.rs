//! Property tests: registers generated around a valid base (names and texts in arbitrary
//! Unicode, Markdown-ish and HTML-ish strings; varying numbers of purposes and categories,
//! legal bases, retention periods and languages) pass `check`, build in every format and
//! language, and show every purpose and category name in every output.

use proptest::prelude::*;
use seloste::build::{render_notice, renderers};
use seloste::check::{check_text, notice};
use seloste::diagnostic::Severity;
use seloste::model::Date;
use seloste::render::Format;
use seloste::render::markdown::inline_markdown;
use seloste::render::templates::Templates;
use std::sync::OnceLock;

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    T.get_or_init(|| Templates::load(None).unwrap())
}

/// What the placeholder rule rightly rejects (template leftovers): not generated. A text in
/// square brackets that is not a Markdown link ("[Company name]") is one, and so is a
/// shell-style variable ("$COMPANY").
fn placeholder_like(s: &str) -> bool {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(todo|fixme|tbd|xxx+|lorem|muuta|etunimi|firstname|f(ö|o)rnamn|first\.last|pp\.kk|dd\.mm|\w*organisaation)\b|%%|[{}]|\((s-|sähkö|puhelin|osoite|yrityksen)|\[[^\]]*\]($|[^(\[:])|(?-i:\$\{?[A-Z][A-Z0-9_]{2})",
        )
        .unwrap()
    })
    .is_match(s)
}

/// Markdown-ish and HTML-ish pieces that renderers must treat as text.
const PIECES: &[&str] = &[
    "*",
    "_",
    "**lihava**",
    "_kursiivi_",
    "`koodi`",
    "[linkki](https://example.fi)",
    "[js](javascript:alert(1))",
    "![kuva](https://example.fi/a.png)",
    "# ",
    "> ",
    "- ",
    "1. ",
    "|",
    "\\",
    "<b>",
    "</b>",
    "<script>alert(1)</script>",
    "&amp;",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "---",
    "~~",
    "<!-- x -->",
    "&#x27;",
    "ÅÄÖ åäö",
    "Ελληνικά",
    "日本語",
    "🙂",
];

/// One line of text: arbitrary printable Unicode mixed with the pieces above.
fn text(unicode: bool) -> impl Strategy<Value = String> {
    let chars = if unicode {
        r"[\p{L}\p{M}\p{N}\p{P}\p{S} ]{1,12}"
    } else {
        // The PDF fonts cover Latin text; pdftotext reads it back.
        r"[A-Za-z0-9ÅÄÖåäöÉé.,:;!?()/+*_&<>#|'-]{1,10}"
    };
    let piece = if unicode {
        prop::sample::select(PIECES)
            .prop_map(str::to_string)
            .boxed()
    } else {
        prop::sample::select(&["**a**", "<b>", "&amp;", "|", "_x_", "#", "'", "\""][..])
            .prop_map(str::to_string)
            .boxed()
    };
    prop::collection::vec(prop_oneof![3 => chars, 1 => piece], 1..4)
        .prop_map(|parts| {
            parts
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .prop_filter("a name has a letter or digit", |s| {
            s.chars().any(char::is_alphanumeric) && !placeholder_like(s)
        })
}

#[derive(Debug, Clone)]
enum Basis {
    Consent,
    Contract,
    LegitimateInterests(String),
    LegalObligation(String),
}

#[derive(Debug, Clone)]
struct Purpose {
    name: String,
    description: String,
    basis: Basis,
    extra_categories: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Category {
    name: String,
    description: String,
    period: String,
}

#[derive(Debug, Clone)]
struct Spec {
    langs: Vec<&'static str>,
    purposes: Vec<Purpose>,
    categories: Vec<Category>,
}

fn basis(unicode: bool) -> impl Strategy<Value = Basis> {
    prop_oneof![
        Just(Basis::Consent),
        Just(Basis::Contract),
        text(unicode).prop_map(Basis::LegitimateInterests),
        text(unicode).prop_map(Basis::LegalObligation),
    ]
}

fn spec(unicode: bool, max_items: usize) -> impl Strategy<Value = Spec> {
    let langs = prop::sample::select(vec![
        vec!["fi"],
        vec!["en"],
        vec!["fi", "en"],
        vec!["en", "fi"],
    ]);
    let purpose = (
        text(unicode),
        text(unicode),
        basis(unicode),
        prop::collection::vec(0..8usize, 0..3),
    )
        .prop_map(|(name, description, basis, extra_categories)| Purpose {
            name,
            description,
            basis,
            extra_categories,
        });
    let period = prop_oneof![
        (1..=10u32).prop_map(|n| format!("P{n}Y")),
        (1..=24u32).prop_map(|n| format!("P{n}M")),
        (1..=90u32).prop_map(|n| format!("P{n}D")),
    ];
    let category =
        (text(unicode), text(unicode), period).prop_map(|(name, description, period)| Category {
            name,
            description,
            period,
        });
    (
        langs,
        prop::collection::vec(purpose, 1..=max_items),
        prop::collection::vec(category, 1..=max_items),
    )
        .prop_map(|(langs, purposes, categories)| Spec {
            langs,
            purposes,
            categories,
        })
}

/// A YAML double-quoted scalar (a JSON string is one).
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A text in every declared language; the English one is marked so the two differ.
fn tx(langs: &[&str], s: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    langs
        .iter()
        .map(|l| format!("\n{pad}{l}: {}", q(&localized(s, l))))
        .collect()
}

fn localized(s: &str, lang: &str) -> String {
    if lang == "en" {
        format!("{s} (en)")
    } else {
        s.to_string()
    }
}

fn yaml(spec: &Spec) -> String {
    let l = &spec.langs[..];
    let t = |s: &str, indent| tx(l, s, indent);
    let mut y = format!(
        "meta:\n  id: proptest\n  schema_version: 1\n  languages: [{}]\n  name:{}\n  created: 2025-06-09\n  updated: 2026-10-05\n",
        l.join(", "),
        t("Rekrytointirekisteri", 4)
    );
    y += &format!(
        "controller:\n  name:{}\n  kind: company\n  business_id: 2846193-3\n  visiting_address:{}\n  postal_address:{}\n  phone: 017 554 2100\n  email: info@savonkonepaja.fi\n  website: https://www.savonkonepaja.fi\n  country: FI\n",
        t("Savon Konepaja Oy", 4),
        t("Konepajankatu 8, 78200 Varkaus", 4),
        t("Konepajankatu 8, 78200 Varkaus", 4)
    );
    y += &format!(
        "contact_person:\n  name: Laura Heiskanen\n  title:{}\n  email: rekry@savonkonepaja.fi\n  phone: 017 554 2130\n",
        t("henkilöstöpäällikkö", 4)
    );
    y += &format!(
        "data_subjects:\n  - id: applicants\n    name:{}\n    description:{}\n",
        t("Työnhakijat", 6),
        t("Avoimeen työpaikkaan hakeneet henkilöt.", 6)
    );
    y += "purposes:\n";
    let ncat = spec.categories.len();
    for (i, p) in spec.purposes.iter().enumerate() {
        // Every category is used by some purpose; every purpose uses one at least.
        let mut cats: Vec<usize> = (0..ncat).filter(|j| j % spec.purposes.len() == i).collect();
        cats.extend(p.extra_categories.iter().map(|j| j % ncat));
        if cats.is_empty() {
            cats.push(i % ncat);
        }
        cats.sort();
        cats.dedup();
        let cats: Vec<String> = cats.iter().map(|j| format!("c{j}")).collect();
        y += &format!(
            "  - id: p{i}\n    name:{}\n    description:{}\n    categories: [{}]\n",
            t(&p.name, 6),
            t(&p.description, 6),
            cats.join(", ")
        );
        y += &match &p.basis {
            Basis::Consent => "    basis: consent\n".to_string(),
            Basis::Contract => "    basis: contract\n".to_string(),
            Basis::LegitimateInterests(s) => format!(
                "    basis: legitimate-interests\n    legitimate_interest:{}\n",
                t(s, 6)
            ),
            Basis::LegalObligation(s) => {
                format!("    basis: legal-obligation\n    law:{}\n", t(s, 6))
            }
        };
    }
    y += "categories:\n";
    for (j, c) in spec.categories.iter().enumerate() {
        y += &format!(
            "  - id: c{j}\n    name:{}\n    description:{}\n    retention:\n      period: {}\n      from:{}\n    sources: [applicant]\n",
            t(&c.name, 6),
            t(&c.description, 6),
            c.period,
            t("rekrytoinnin päättymisestä", 8)
        );
    }
    y += &format!(
        "sources:\n  - id: applicant\n    name:{}\n    kind: data-subject\n    publicly_accessible: false\n",
        t("Hakija itse", 6)
    );
    y += "automated_decisions:\n  exists: false\n  profiling: false\n";
    y += &format!(
        "provision:\n  requirement: contract-prerequisite\n  obligatory: false\n  consequences:{}\n",
        t("Ilman yhteystietoja emme pysty arvioimaan hakemustasi.", 4)
    );
    y += &format!(
        "security:{}\n",
        t(
            "Tietoihin pääsevät vain rekrytoinnista vastaavat henkilökohtaisilla tunnuksilla.",
            2
        )
    );
    y += &format!(
        "rights_requests:\n  how:{}\n  email: rekry@savonkonepaja.fi\n  address:{}\n  response_time: P1M\n",
        t(
            "Lähetä pyyntö sähköpostitse. Vastaamme kuukauden kuluessa.",
            4
        ),
        t("Savon Konepaja Oy, Konepajankatu 8, 78200 Varkaus", 4)
    );
    y += "authority: fi\n";
    y
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks the generated register, renders it in `formats`, and returns each output
/// with its language and format.
fn build(spec: &Spec, formats: &[Format]) -> Vec<(String, Format, Vec<u8>)> {
    let y = yaml(spec);
    let checked = check_text("proptest.yaml", y.as_bytes(), today());
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.suppressed.is_none())
        .map(|d| format!("{}: {}", d.rule, seloste::messages::en(&d.message)))
        .collect();
    assert!(errors.is_empty(), "check found errors: {errors:#?}\n{y}");
    let n = notice(&checked.workspace, 0, today()).expect("the register loads");
    let langs: Vec<String> = spec.langs.iter().map(|s| s.to_string()).collect();
    let rs = renderers(formats, false);
    let outputs = render_notice(&n, templates(), &rs, &langs)
        .unwrap_or_else(|e| panic!("render failed: {e}\n{y}"));
    assert_eq!(outputs.len(), langs.len() * rs.len());
    outputs
        .into_iter()
        .map(|o| {
            let name = o.path.file_name().unwrap().to_string_lossy().to_string();
            let (lang, ext) = name.split_once('.').unwrap();
            let format = match ext {
                "html" => Format::Html,
                "md" => Format::Md,
                _ => Format::Pdf,
            };
            (lang.to_string(), format, o.bytes)
        })
        .collect()
}

fn names(spec: &Spec) -> impl Iterator<Item = &str> {
    spec.purposes
        .iter()
        .map(|p| p.name.as_str())
        .chain(spec.categories.iter().map(|c| c.name.as_str()))
}

fn html_text(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    squash(&doc.root_element().text().collect::<String>())
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext must be installed (poppler-utils)");
    assert!(out.status.success());
    squash(&String::from_utf8_lossy(&out.stdout))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_registers_check_and_show_every_name_in_html_and_markdown(spec in spec(true, 5)) {
        for (lang, format, bytes) in build(&spec, &[Format::Html, Format::Md]) {
            let text = String::from_utf8(bytes).unwrap();
            let shown = match format {
                Format::Html => html_text(&text),
                _ => text.clone(),
            };
            for name in names(&spec) {
                let name = localized(name, &lang);
                let expected = match format {
                    Format::Html => squash(&name),
                    _ => inline_markdown(&name),
                };
                prop_assert!(shown.contains(&expected), "{lang} {format:?}: `{expected}` missing:\n{shown}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_registers_show_every_name_in_pdf(spec in spec(false, 3)) {
        for (lang, _, bytes) in build(&spec, &[Format::Pdf]) {
            prop_assert!(bytes.starts_with(b"%PDF"));
            let shown = pdf_text(&bytes);
            // pdftotext joins a word that ends a line with a hyphen to the next line's
            // first word and drops the hyphen ("ö-" above "É" reads "öÉ"), so hyphens
            // are left out on both sides.
            let unhyphen = |s: &str| squash(&s.replace('-', ""));
            let shown_plain = unhyphen(&shown);
            for name in names(&spec) {
                let expected = squash(&localized(name, &lang));
                prop_assert!(
                    shown.contains(&expected) || shown_plain.contains(&unhyphen(&expected)),
                    "{lang} PDF: `{expected}` missing:\n{shown}"
                );
            }
        }
    }
}

/// Found by the PDF property above: a description with the same bold word twice
/// ("**a** & **a**"). azul credits the second word's glyph to the first, and the check that
/// every character reached the page called the second one missing and refused the PDF.
#[test]
fn the_same_bold_word_twice_in_a_text_is_printed() {
    let text = std::fs::read_to_string("notices/asiakasrekisteri.yaml")
        .unwrap()
        .replace(
            "en: Receiving, delivering and invoicing orders, handling complaints and customer service.",
            "en: \"**a** & **a**\"",
        );
    let checked = check_text("notices/asiakasrekisteri.yaml", text.as_bytes(), today());
    let n = notice(&checked.workspace, 0, today()).expect("the register loads");
    let rs = renderers(&[Format::Pdf], false);
    let out = render_notice(&n, templates(), &rs, &["en".to_string()])
        .unwrap_or_else(|e| panic!("render failed: {e}"));
    // Both bold words are printed (pdftotext's plain text drops the spaces around the
    // `&` between a bold and a regular run of Typst's output; the page shows them).
    assert!(pdf_text(&out[0].bytes).replace(' ', "").contains("a&a"));
}
