//! Issue 12, point 1: a reading or schema error in one place does not turn off the rule
//! checks for the rest of the file. What did not load is reported and left out; every other
//! item is still checked, and nothing is reported twice for one mistake.

use seloste::check::{check_paths_on, check_text};
use seloste::model::Date;
use std::path::PathBuf;

fn today() -> Date {
    Date::parse("2026-11-29").unwrap()
}

/// (line, rule) of every finding that is not suppressed.
fn found(text: &str) -> Vec<(usize, String)> {
    let checked = check_text("register.yaml", text.as_bytes(), today());
    let mut v: Vec<(usize, String)> = checked
        .diagnostics
        .iter()
        .filter(|d| d.suppressed.is_none())
        .map(|d| (d.span.map_or(0, |s| s.line), d.rule.to_string()))
        .collect();
    v.sort();
    v
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("`{needle}` is not in the file"))
        + 1
}

#[test]
fn seven_mistakes_of_seven_kinds_are_all_reported_in_one_run() {
    let path = PathBuf::from("tests/fixtures/recovery/seven-mistakes.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let checked = check_paths_on(&[path], today());
    let mut got: Vec<(usize, &str)> = checked
        .diagnostics
        .iter()
        .map(|d| (d.span.map_or(0, |s| s.line), d.rule))
        .collect();
    got.sort();
    let l = |needle| line_of(&text, needle);
    let mut want = vec![
        (l("    retension:"), "unknown-key"),
        (l("basis: sopimus"), "schema"),
        (l("updated: 1.3.2026"), "schema"),
        (l("- id: web-usage"), "retention"),
        (l("phone: soita vaihteeseen"), "contact-format"),
        // The bookkeeping purpose's description, which has no `en`.
        (
            l("fi: Laskujen ja maksujen kirjaaminen ja tositteiden säilyttäminen.") - 1,
            "translation",
        ),
        (l("purposes: [kirjanpito]"), "references"),
    ];
    want.sort();
    let human = checked.render_human(false);
    assert_eq!(got, want, "{human}");
    // The summary says what was not checked and why, in the human and the JSON report.
    for line in [
        format!(
            "line {}: `meta.updated` (so the dates check did not run)",
            l("updated: 1.3.2026")
        ),
        format!(
            "line {}: the `basis` of purpose `customer-relationship`",
            l("basis: sopimus")
        ),
        format!(
            "line {}: the `retension` of category `orders`",
            l("    retension:")
        ),
    ] {
        assert!(human.contains(&line), "no `{line}` in:\n{human}");
    }
    let json: serde_json::Value = serde_json::from_str(&seloste::report::json::render(
        &checked.diagnostics,
        &checked.workspace.files,
        &checked.summary(),
        seloste::messages::Messages::english(),
    ))
    .unwrap();
    let not_checked = json["summary"]["not_checked"].as_array().unwrap();
    assert_eq!(not_checked.len(), 3, "{not_checked:?}");
    assert_eq!(not_checked[0]["rules"], serde_json::json!(["dates"]));
}

/// A register with two purposes and two categories, used by the tests below.
const BASE: &str = "\
meta:
  id: jasenrekisteri
  schema_version: 1
  languages: [fi]
  name: Jäsenrekisteri
  created: 2025-01-10
  updated: 2026-10-01
controller:
  name: Lehtolan Kyläyhdistys ry
  kind: association
  business_id: 2077474-0
  postal_address: Kyläntie 4, 41800 Korpilahti
  email: hallitus@lehtola.fi
  country: FI
purposes:
  - id: membership
    name: Jäsenyyden hoito
    description: Jäsenluettelon pitäminen ja jäsenmaksujen perintä.
    basis: contract
    categories: [contact]
  - id: newsletter
    name: Jäsenkirje
    description: Jäsenkirjeen lähettäminen sähköpostitse.
    basis: legitimate-interests
    legitimate_interest: Yhdistyksen etu on kertoa jäsenilleen toiminnastaan.
    categories: [email]
categories:
  - id: contact
    name: Nimi ja osoite
    retention:
      period: P2Y
      from: jäsenyyden päättymisestä
  - id: email
    name: Sähköpostiosoite
    retention:
      criteria: niin kauan kuin on tarpeen
";

#[test]
fn the_base_register_loads_and_has_a_vague_retention() {
    // The vague retention is what the other tests keep seeing once the schema errors are in.
    let got = found(BASE);
    assert!(
        !got.iter().any(|(_, r)| r == "schema" || r == "unknown-key"),
        "{got:?}"
    );
    // A file that loads has nothing "not checked".
    let checked = check_text("register.yaml", BASE.as_bytes(), today());
    assert!(checked.summary().not_checked.is_empty());
    assert!(!checked.render_human(false).contains("Not checked"));
    assert!(got.iter().any(|(_, r)| r == "vague-retention"), "{got:?}");
}

#[test]
fn a_purpose_that_did_not_load_hides_no_other_finding_and_adds_none() {
    let before = found(BASE);
    // A purpose without its required `name` is left out; its category is not "unused"
    // because of it, and a reference to its id is not "unknown".
    let text = BASE.replace("    name: Jäsenkirje\n", "");
    let got = found(&text);
    let schema: Vec<_> = got.iter().filter(|(_, r)| r == "schema").collect();
    assert_eq!(schema.len(), 1, "{got:?}");
    assert!(
        !got.iter()
            .any(|(_, r)| r == "unused-category" || r == "references"),
        "{got:?}"
    );
    // Every finding that was there before is still there (the purpose's own ones aside).
    let categories = BASE.lines().position(|l| l == "categories:").unwrap() + 1;
    let newsletter = line_of(BASE, "- id: newsletter")..categories;
    for f in before.iter().filter(|(l, _)| !newsletter.contains(l)) {
        let moved = if f.0 > newsletter.start { f.0 - 1 } else { f.0 };
        assert!(got.contains(&(moved, f.1.clone())), "lost {f:?}: {got:?}");
    }
}

#[test]
fn a_bad_retention_period_loses_that_retention_not_the_register() {
    let text = BASE.replace("period: P2Y", "period: kaksi vuotta");
    let got = found(&text);
    // The schema error, once; no "no retention" echo on the same category.
    let at = line_of(&text, "period: kaksi vuotta");
    assert!(got.contains(&(at, "schema".into())), "{got:?}");
    assert!(!got.iter().any(|(_, r)| r == "retention"), "{got:?}");
    // The other category's vague retention is still reported.
    assert!(
        got.contains(&(
            line_of(&text, "criteria: niin kauan"),
            "vague-retention".into()
        )),
        "{got:?}"
    );
}

#[test]
fn a_section_of_the_wrong_type_leaves_the_rest_checked() {
    // `purposes` given as one text: the purposes are lost, the rest is checked.
    let start = BASE.find("purposes:\n").unwrap();
    let end = BASE.find("categories:\n  - id: contact").unwrap();
    let text = format!(
        "{}purposes: jäsenyyden hoito\n{}",
        &BASE[..start],
        &BASE[end..]
    );
    let got = found(&text);
    assert!(
        got.contains(&(line_of(&text, "purposes: jäsenyyden"), "schema".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            line_of(&text, "criteria: niin kauan"),
            "vague-retention".into()
        )),
        "{got:?}"
    );
    // No echo of the lost section: no "no purpose" and no "unused category".
    assert!(
        !got.iter()
            .any(|(_, r)| r == "purpose-basis" || r == "unused-category"),
        "{got:?}"
    );
}

#[test]
fn a_bad_meta_date_silences_only_the_date_checks() {
    let text = BASE.replace("updated: 2026-10-01", "updated: 1.10.2026");
    let got = found(&text);
    assert!(
        got.contains(&(line_of(&text, "updated: 1.10.2026"), "schema".into())),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, r)| r == "dates"), "{got:?}");
    assert!(got.iter().any(|(_, r)| r == "vague-retention"), "{got:?}");
}

#[test]
fn a_meta_that_is_not_a_section_stops_the_file_with_one_error() {
    let text = BASE.replacen(
        "meta:\n  id: jasenrekisteri\n  schema_version: 1\n  languages: [fi]\n  name: Jäsenrekisteri\n  created: 2025-01-10\n  updated: 2026-10-01\n",
        "meta: jäsenrekisteri\n",
        1,
    );
    let got = found(&text);
    assert!(!got.is_empty());
    assert!(
        got.iter().all(|(_, r)| r == "schema"),
        "only the reading error: {got:?}"
    );
}

/// Every scalar value of the shipped sample notices, replaced in turn by one the schema
/// refuses, gives that one reading error and nothing else: no rule finding anywhere (the
/// samples are clean, so any would be an echo of the value that did not load).
#[test]
fn any_one_bad_value_in_a_clean_notice_is_reported_once_and_hides_nothing() {
    let mut cases = 0;
    for name in ["asiakasrekisteri", "kameravalvonta", "rekrytointi"] {
        let path = format!("notices/{name}.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            found(&text).is_empty(),
            "{path} is not clean: {:?}",
            found(&text)
        );
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            // `key: value` with a plain scalar value, not a comment or a list of ids.
            let Some((key, value)) = line.split_once(": ") else {
                continue;
            };
            let key = key.trim_start().trim_start_matches("- ");
            if key.starts_with('#')
                || key.contains(' ')
                || value.starts_with(['[', '{', '>', '|', '#'])
                || key == "id"
            {
                continue;
            }
            let mut bad: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            bad[i] = format!("{}: {{zz: [1]}}", &line[..line.find(": ").unwrap()]);
            let bad = bad.join("\n") + "\n";
            let got = found(&bad);
            let line_no = i + 1;
            // A text in one language is reported on the text's key (`name:`), the line of
            // the nearest key above it that is less indented.
            let indent = |l: &str| l.len() - l.trim_start().len();
            let parent = (0..i)
                .rev()
                .find(|&j| indent(lines[j]) < indent(line) && !lines[j].trim().is_empty())
                .map_or(0, |j| j + 1);
            let reading: Vec<_> = got
                .iter()
                .filter(|(_, r)| r == "schema" || r == "unknown-key")
                .collect();
            assert!(
                reading == [&(line_no, "schema".to_string())]
                    || reading == [&(parent, "schema".to_string())],
                "{path} line {line_no} `{line}`: {got:?}"
            );
            let others: Vec<_> = got
                .iter()
                .filter(|(_, r)| r != "schema" && r != "unknown-key")
                .collect();
            assert!(
                others.is_empty(),
                "{path} line {line_no} `{line}`: a value that did not load made rules report {others:?}"
            );
            cases += 1;
        }
    }
    assert!(cases > 100, "only {cases} values tried");
}
