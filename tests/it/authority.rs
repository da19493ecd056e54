//! The supervisory authority a notice names follows the controller's country (issue 14,
//! point 1): read from `controller.country` or the address, never defaulted; a named
//! authority of another country needs a reason; one written out is printed like a
//! built-in one.

use crate::common;

use seloste::build::{BuildOptions, build};
use seloste::check::check_paths_on;
use seloste::model::Date;
use seloste::render::Format;
use std::path::Path;

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

/// A small English register with `controller` (its lines under `controller:`) and `extra`
/// top-level lines (an `authority`, an `authority_reason`).
fn register(controller: &str, extra: &str) -> String {
    format!(
        "meta:
  id: authority-test
  schema_version: 1
  languages: [en]
  name: Customer register
  created: 2024-03-16
  updated: 2026-03-02
purposes:
  - id: crm
    name: Customer relationship
    basis: contract
    categories: [contact]
categories:
  - id: contact
    name: Contact details
    retention: {{period: P2Y, from: the end of the customer relationship}}
    sources: [form]
sources:
  - id: form
    name: Order form
    kind: data-subject
controller:
  name: Example Ltd
  email: privacy@example.com
{controller}automated_decisions:
  exists: false
provision:
  requirement: contract-prerequisite
  obligatory: true
  consequences: Without contact details we cannot deliver the order.
rights_requests:
  email: privacy@example.com
{extra}"
    )
}

/// The rules that report on the register, and its English notice in Markdown.
fn check_and_build(yaml: &str) -> (Vec<&'static str>, String) {
    // Inside the project folder: seloste reads nothing outside it.
    let dir = common::repo_tempdir();
    let file = dir.path().join("register.yaml");
    std::fs::write(&file, yaml).unwrap();
    let checked = check_paths_on(std::slice::from_ref(&file), today());
    let rules = checked.diagnostics.iter().map(|d| d.rule).collect();
    let out = dir.path().join("out");
    let o = BuildOptions {
        out: out.clone(),
        formats: vec![Format::Md, Format::Html],
        langs: vec![],
        templates: None,
        fragment: false,
        today: today(),
        reuse: false,
        base_url: None,
        pdf_standard: Default::default(),
    };
    let built = build(&[file], &o, &mut |_, _, _| {}).unwrap();
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    let md = std::fs::read_to_string(out.join("authority-test/en.md")).unwrap();
    let html = std::fs::read_to_string(out.join("authority-test/en.html")).unwrap();
    // The HTML names the same authority as the Markdown.
    // The section's heading ("## 11. Right to lodge a complaint…"), not its line in the contents.
    let start = md
        .match_indices("\n## ")
        .map(|(i, _)| i + 1)
        .find(|&i| {
            md[i..]
                .lines()
                .next()
                .unwrap()
                .contains("Right to lodge a complaint")
        })
        .unwrap();
    let complaint = &md[start..];
    if let Some(name) = complaint.lines().find(|l| l.starts_with("**")) {
        assert!(
            html.contains(name.trim_matches('*')),
            "{name} not in {html}"
        );
    }
    (rules, complaint.to_string())
}

#[test]
fn the_authority_follows_the_controllers_country() {
    // Finland, from a Finnish street and postcode (no country, no business ID).
    let (rules, fi) = check_and_build(&register(
        "  kind: company\n  postal_address: Koivukuja 5, 00100 Helsinki\n",
        "",
    ));
    assert!(!rules.contains(&"authority-country"), "{rules:?}");
    assert!(
        fi.contains("**Office of the Data Protection Ombudsman**"),
        "{fi}"
    );
    assert!(
        fi.contains("https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle"),
        "{fi}"
    );

    // Ireland, from the country written last in the address.
    let (rules, ie) = check_and_build(&register(
        "  kind: company\n  postal_address: 1 Main Street, Dublin 2, D02 XY00, Ireland\n",
        "",
    ));
    assert!(!rules.contains(&"authority-country"), "{rules:?}");
    assert!(ie.contains("**Data Protection Commission**"), "{ie}");
    assert!(!ie.contains("Ombudsman"), "{ie}");

    // Germany: the federal authority, with a warning to name the Land's.
    let (rules, de) = check_and_build(&register(
        "  kind: company\n  postal_address: Marienplatz 1, 80331 München\n  country: DE\n",
        "",
    ));
    assert!(rules.contains(&"authority-country"), "{rules:?}");
    assert!(
        de.contains("**Federal Commissioner for Data Protection and Freedom of Information**"),
        "{de}"
    );

    // The Land's authority named: no warning.
    let (rules, by) = check_and_build(&register(
        "  kind: company\n  postal_address: Marienplatz 1, 80331 München\n  country: DE\n",
        "authority: de-by\n",
    ));
    assert!(!rules.contains(&"authority-country"), "{rules:?}");
    assert!(
        by.contains("**Bayerisches Landesamt für Datenschutzaufsicht**"),
        "{by}"
    );

    // Åland is Finland, and in the EU: the Finnish Ombudsman, no EU representative needed,
    // and naming `fi` is no other country's authority.
    for extra in ["", "authority: fi\n"] {
        let (rules, ax) = check_and_build(&register(
            "  kind: company\n  postal_address: Torggatan 1, 22100 Mariehamn\n  country: AX\n",
            extra,
        ));
        assert!(
            !rules.contains(&"authority-country") && !rules.contains(&"representative"),
            "{rules:?}"
        );
        assert!(
            ax.contains("**Office of the Data Protection Ombudsman**"),
            "{ax}"
        );
    }
}

#[test]
fn another_countrys_authority_needs_a_reason() {
    let finnish = "  kind: company\n  postal_address: Koivukuja 5, 00100 Helsinki\n";
    let (rules, text) = check_and_build(&register(finnish, "authority: ie\n"));
    assert!(rules.contains(&"authority-country"), "{rules:?}");
    assert!(text.contains("**Data Protection Commission**"), "{text}");

    let reason = "Our main establishment in the EU is in Dublin, so the Data Protection \
                  Commission is our lead supervisory authority.";
    let (rules, text) = check_and_build(&register(
        finnish,
        &format!("authority: ie\nauthority_reason: {reason}\n"),
    ));
    assert!(!rules.contains(&"authority-country"), "{rules:?}");
    assert!(text.contains(reason), "the reason is printed: {text}");
}

#[test]
fn a_written_out_authority_is_printed_like_a_built_in_one() {
    let (rules, text) = check_and_build(&register(
        "  kind: company\n  postal_address: Calle Mayor 1, 08001 Barcelona, Spain\n",
        "authority:
  name: Catalan Data Protection Authority
  country: ES
  postal_address: Apartado 100, 08080 Barcelona
  email: complaints@dpa.example.org
  web: https://dpa.example.org
  complaint_web: https://dpa.example.org/complaints
",
    ));
    assert!(
        !rules.contains(&"authority") && !rules.contains(&"authority-country"),
        "{rules:?}"
    );
    for part in [
        "**Catalan Data Protection Authority**",
        "Postal address: Apartado 100, 08080 Barcelona",
        "[complaints@dpa.example.org](mailto:complaints@dpa.example.org)",
        "Lodging a complaint online: [https://dpa.example.org/complaints]",
        "The controller's supervisory authority is:",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
}

#[test]
fn no_country_is_assumed() {
    // Neither a country nor an address: no authority is printed, and the check says why.
    let (rules, text) = check_and_build(&register("  kind: other\n", ""));
    assert!(rules.contains(&"authority-country"), "{rules:?}");
    assert!(!text.contains("**"), "no authority is named: {text}");
    assert!(
        !text.contains("supervisory authority is:"),
        "no sentence left dangling: {text}"
    );
    assert!(
        text.contains("(Article 77)."),
        "the right itself is stated: {text}"
    );

    // A Swedish street name and a postcode could be in Sweden or in Finland.
    let (rules, text) = check_and_build(&register(
        "  kind: company\n  postal_address: Hamngatan 5, 10300 Karis\n",
        "",
    ));
    assert!(rules.contains(&"authority-country"), "{rules:?}");
    assert!(!text.contains("Ombudsman"), "{text}");
}

#[test]
fn the_sample_outside_finland_names_its_own_authority() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (rules, text) = check_and_build(
        &std::fs::read_to_string(root.join("notices/cykelverkstad.yaml"))
            .unwrap()
            .replace("id: cykelverkstad", "id: authority-test"),
    );
    assert!(rules.is_empty(), "{rules:?}");
    assert!(
        text.contains("**Swedish Authority for Privacy Protection**"),
        "{text}"
    );
}

/// The Markdown of `yaml` built in `lang` only.
fn build_md(yaml: &str, lang: &str) -> String {
    let dir = common::repo_tempdir();
    let file = dir.path().join("register.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = dir.path().join("out");
    let o = BuildOptions {
        out: out.clone(),
        formats: vec![Format::Md],
        langs: vec![lang.to_string()],
        templates: None,
        fragment: false,
        today: today(),
        base_url: None,
        pdf_standard: Default::default(),
        reuse: false,
    };
    let built = build(&[file], &o, &mut |_, _, _| {}).unwrap();
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    let path = out.join(format!("authority-test/{lang}.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; skipped {:?}: {:?}",
            path.display(),
            built.skipped,
            built
                .checked
                .diagnostics
                .iter()
                .map(|d| d.rule)
                .collect::<Vec<_>>()
        )
    })
}

#[test]
fn an_authority_without_a_name_in_the_page_language_keeps_its_official_name() {
    // A Greek controller's Finnish and Swedish notices: the authority's official Greek name,
    // then its country and English name in the page's language; the English page has its
    // English name alone.
    let yaml = register(
        "  kind: company\n  postal_address: Kifisias 10, 115 26 Athens\n  country: GR\n",
        "",
    );
    let one = |lang: &str| yaml.replace("languages: [en]", &format!("languages: [{lang}]"));
    let fi = build_md(&one("fi"), "fi");
    assert!(
        fi.contains(
            "**Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα** (Kreikka; englanniksi Hellenic Data Protection Authority)"
        ),
        "{fi}"
    );
    let sv = build_md(&one("sv"), "sv");
    assert!(
        sv.contains("(Grekland; på engelska Hellenic Data Protection Authority)"),
        "{sv}"
    );
    let en = build_md(&one("en"), "en");
    assert!(
        en.contains("**Hellenic Data Protection Authority**\n"),
        "{en}"
    );
}
