//! Places for what real notices say (issue 14, point 3): the introduction and the changes
//! policy in every format, `recipients: none` / `transfers: none` as statements distinct
//! from a section left out, and the controller's own system as an Art 13 source.

use crate::common;

use seloste::build::{BuildOptions, Built, build};
use seloste::check::check_paths_on;
use seloste::model::{Date, ListOrNone, Register, SourceKind};
use seloste::render::Format;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

fn opts(out: &Path, formats: Vec<Format>, fragment: bool) -> BuildOptions {
    BuildOptions {
        out: out.to_path_buf(),
        formats,
        langs: vec![],
        templates: None,
        fragment,
        today: today(),
        reuse: false,
        base_url: None,
        pdf_standard: Default::default(),
    }
}

fn run(paths: &[PathBuf], o: &BuildOptions) -> Built {
    build(paths, o, &mut |_, _, _| {}).unwrap()
}

/// The fixture that says `recipients: none` and `transfers: none` and names an
/// `own-system` source, with the given lines taken out.
fn stated_none(without: &[&str]) -> String {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/rules/none-contradicted/pass.yaml"))
            .unwrap();
    text.lines()
        .filter(|l| !without.iter().any(|w| l.starts_with(w)))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Builds `yaml` (one Finnish register) as HTML and Markdown; returns (html, md).
fn built_fi(yaml: &str) -> (String, String) {
    let dir = common::repo_tempdir();
    std::fs::write(dir.path().join("r.yaml"), yaml).unwrap();
    let out = tempfile::tempdir().unwrap();
    let built = run(
        &[dir.path().to_path_buf()],
        &opts(out.path(), vec![Format::Html, Format::Md], false),
    );
    assert!(
        built.skipped.is_empty() && built.failures.is_empty(),
        "{yaml}"
    );
    let id = "none-contradicted-pass";
    let read = |f: &str| std::fs::read_to_string(out.path().join(id).join(f)).unwrap();
    (read("fi.html"), read("fi.md"))
}

const RECIPIENTS_NONE: &str = "Tietoja ei luovuteta rekisterinpitäjän ulkopuolelle.";
const TRANSFERS_NONE: &str = "Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle.";

#[test]
fn none_is_read_as_a_statement_and_a_list_as_a_list() {
    let reg: Register = serde_saphyr::from_str(&stated_none(&[])).unwrap();
    assert!(reg.recipients.is_stated_none() && reg.recipients.is_empty());
    assert!(reg.transfers.is_stated_none());
    let left_out: Register =
        serde_saphyr::from_str(&stated_none(&["recipients:", "transfers:"])).unwrap();
    assert!(!left_out.recipients.is_stated_none() && left_out.recipients.is_empty());
    assert!(matches!(left_out.transfers, ListOrNone::List(_)));
}

#[test]
fn none_prints_the_statement_and_a_section_left_out_prints_nothing() {
    let (html, md) = built_fi(&stated_none(&[]));
    for (what, text) in [("html", &html), ("md", &md)] {
        assert!(text.contains(RECIPIENTS_NONE), "{what}: {text}");
        assert!(text.contains(TRANSFERS_NONE), "{what}: {text}");
    }
    let (html, md) = built_fi(&stated_none(&["recipients:", "transfers:"]));
    for (what, text) in [("html", &html), ("md", &md)] {
        assert!(!text.contains(RECIPIENTS_NONE), "{what}: {text}");
        assert!(!text.contains(TRANSFERS_NONE), "{what}: {text}");
        assert!(!text.contains("Vastaanottajat"), "{what}: {text}");
        assert!(
            !text.contains("Tietojen siirto EU:n tai ETA:n ulkopuolelle"),
            "{what}: {text}"
        );
    }
}

#[test]
fn own_system_keeps_art_13() {
    assert!(SourceKind::OwnSystem.is_art13());
    assert!(!SourceKind::OtherOrganisation.is_art13());
    // Only the controller's own system as source: the notice says the data is collected
    // from the person, and not that some comes from elsewhere.
    let yaml = stated_none(&[])
        .replace("sources: [form, sso]", "sources: [sso]")
        .replace(
            "  - id: form\n    name: Tilauslomake\n    kind: data-subject\n",
            "",
        );
    assert!(!yaml.contains("id: form"), "{yaml}");
    let (_, md) = built_fi(&yaml);
    assert!(md.contains("Tiedot saadaan sinulta itseltäsi."), "{md}");
    assert!(!md.contains("muista lähteistä"), "{md}");
    assert!(
        md.contains("rekisterinpitäjän toinen rekisteri tai järjestelmä"),
        "{md}"
    );
    // Art 13(2)(e): whether the person must provide the data is asked of it.
    let dir = common::repo_tempdir();
    let path = dir.path().join("r.yaml");
    let start = yaml.find("provision:").unwrap();
    let end = yaml[start..].find("rights_requests:").unwrap() + start;
    let without_provision = format!("{}{}", &yaml[..start], &yaml[end..]);
    std::fs::write(&path, without_provision).unwrap();
    let checked = check_paths_on(&[path], today());
    let rules: Vec<&str> = checked.diagnostics.iter().map(|d| d.rule).collect();
    assert!(rules.contains(&"provision-requirement"), "{rules:?}");
    assert!(!rules.contains(&"categories"), "{rules:?}");
}

#[test]
fn introduction_and_changes_in_the_fragment_and_the_pdf() {
    let out = tempfile::tempdir().unwrap();
    let built = run(
        &[root().join("notices/asiakasrekisteri.yaml")],
        &opts(out.path(), vec![Format::Html, Format::Pdf], true),
    );
    assert!(built.skipped.is_empty() && built.failures.is_empty());
    let dir = out.path().join("asiakasrekisteri");
    let fragment = std::fs::read_to_string(dir.join("en.html")).unwrap();
    assert!(
        fragment.starts_with("<section class=\"seloste\""),
        "{fragment}"
    );
    let lead = fragment
        .find("seloste-lead")
        .expect("the fragment has the lead paragraph");
    let controller = fragment.find("asiakasrekisteri-controller").unwrap();
    assert!(lead < controller, "the introduction comes first");
    let changes = fragment.find("Changes to this notice").unwrap();
    let complaint = fragment.find("asiakasrekisteri-complaint").unwrap();
    assert!(complaint < changes, "the changes policy comes last");
    let text = common::squash(&common::tool(
        "pdftotext",
        &["-enc", "UTF-8"],
        &dir.join("fi.pdf"),
    ));
    let intro = text
        .find("Tässä tietosuojaselosteessa kerromme")
        .expect("the PDF has the introduction");
    assert!(intro < text.find("Rekisterinpitäjä").unwrap());
    let heading = text
        .find("Tietosuojaselosteen muuttaminen")
        .expect("the PDF has the changes heading");
    assert!(heading < text.find("Päivitämme tätä selostetta").unwrap());
}

#[test]
fn the_organisation_files_changes_policy_is_printed_where_the_register_gives_none() {
    let out = tempfile::tempdir().unwrap();
    let built = run(
        &[root().join("tests/fixtures/rules/none-contradicted/pass-organisation.yaml")],
        &opts(out.path(), vec![Format::Md], false),
    );
    assert!(built.skipped.is_empty() && built.failures.is_empty());
    let md = std::fs::read_to_string(out.path().join("none-contradicted-organisation-pass/fi.md"))
        .unwrap();
    assert!(
        md.contains(
            ". Tietosuojaselosteen muuttaminen\n\nPäivitämme selosteita, kun käsittely muuttuu."
        ),
        "{md}"
    );
    // `transfers: none` is printed; the register uses no recipient the organisation
    // file transfers.
    assert!(md.contains(TRANSFERS_NONE), "{md}");
}
