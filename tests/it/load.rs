//! Hostile and broken input: each gives a clear diagnostic with its file and place,
//! never a panic, within bounded time and memory.

use seloste::check::{check_paths_in, check_paths_on};
use seloste::load::Root;
use seloste::model::Date;
use std::path::{Path, PathBuf};

fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

struct Outcome {
    rules: Vec<&'static str>,
    lines: Vec<Option<usize>>,
    text: String,
    io_failed: bool,
}

fn check_bytes(name: &str, bytes: &[u8]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    check(&path, dir.path())
}

/// Checks `path` with `strip` (the temp folder) as the project folder.
fn check(path: &Path, strip: &Path) -> Outcome {
    let checked = match Root::at(strip) {
        Ok(root) => check_paths_in(&root, &[path.to_path_buf()], today()),
        Err(_) => check_paths_on(&[path.to_path_buf()], today()),
    };
    let text = checked
        .render_human(false)
        .replace(&strip.display().to_string(), "<dir>");
    Outcome {
        rules: checked.diagnostics.iter().map(|d| d.rule).collect(),
        lines: checked
            .diagnostics
            .iter()
            .map(|d| d.span.map(|s| s.line))
            .collect(),
        text,
        io_failed: checked.workspace.io_failed,
    }
}

#[test]
fn empty_file() {
    let o = check_bytes("empty.yaml", b"");
    assert_eq!(o.rules, ["not-a-notice"]);
    assert!(o.text.contains("the file is empty"), "{}", o.text);
    let o = check_bytes("comments.yaml", b"# only a comment\n\n");
    assert_eq!(o.rules, ["not-a-notice"]);
}

#[test]
fn binary_file() {
    let o = check_bytes("binary.yaml", b"meta:\n  id: x\0\x01\x02");
    assert_eq!(o.rules, ["encoding"]);
    assert_eq!(o.lines, [Some(2)]);
    assert!(o.text.contains("binary"), "{}", o.text);
}

#[test]
fn invalid_utf8_points_at_the_byte() {
    let o = check_bytes("latin1.yaml", b"meta:\n  name: K\xe4ytt\xe4j\xe4t\n");
    assert_eq!(o.rules, ["encoding"]);
    assert_eq!(o.lines, [Some(2)]);
    insta::assert_snapshot!(o.text);
}

#[test]
fn utf16_is_refused_with_advice() {
    let mut bytes = vec![0xFF, 0xFE];
    for c in "meta:\n".encode_utf16() {
        bytes.extend(c.to_le_bytes());
    }
    let o = check_bytes("utf16.yaml", &bytes);
    assert_eq!(o.rules, ["encoding"]);
    assert!(o.text.contains("UTF-16"), "{}", o.text);
}

const SMALL: &str = "meta:\n  id: small\n  schema_version: 1\n  languages: [fi]\n  name: Rekisteri\n  created: 2024-01-01\n  updated: 2024-02-01\n  retension: 1\n";

#[test]
fn bom_and_crlf_keep_lines_right() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(SMALL.replace('\n', "\r\n").as_bytes());
    let o = check_bytes("bom.yaml", &bytes);
    let unknown: Vec<_> = o
        .rules
        .iter()
        .zip(&o.lines)
        .filter(|(r, _)| **r == "unknown-key")
        .collect();
    assert_eq!(unknown.len(), 1, "{}", o.text);
    assert_eq!(*unknown[0].1, Some(8), "{}", o.text);
}

#[test]
fn tab_indentation_says_so() {
    let o = check_bytes("tabs.yaml", b"meta:\n\tid: x\n");
    assert_eq!(o.rules, ["yaml-syntax"], "{}", o.text);
    assert!(o.text.contains("tab"), "{}", o.text);
}

#[test]
fn syntax_error_has_place_and_help() {
    let o = check_bytes("syntax.yaml", b"meta:\n  id: [a, b\n  name: x\n");
    assert_eq!(o.rules, ["yaml-syntax"]);
    assert!(o.lines[0].is_some());
    insta::assert_snapshot!(o.text);
}

#[test]
fn duplicate_keys_are_errors() {
    let o = check_bytes("dup.yaml", b"meta:\n  id: a\n  id: b\n");
    assert_eq!(o.rules, ["duplicate-key"]);
    assert_eq!(o.lines, [Some(3)]);
    insta::assert_snapshot!(o.text);
}

#[test]
fn alias_bomb_is_stopped() {
    let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = (b'a' + (i - 1) as u8) as char;
        let cur = (b'a' + i as u8) as char;
        y.push_str(&format!("{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    let start = std::time::Instant::now();
    let o = check_bytes("bomb.yaml", y.as_bytes());
    assert_eq!(o.rules, ["yaml-limits"], "{}", o.text);
    // Generous bound: the point is that it does not expand 10^12 nodes.
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn deep_nesting_is_stopped() {
    let y = "a: ".to_string() + &"[".repeat(10_000) + &"]".repeat(10_000) + "\n";
    let o = check_bytes("deep-flow.yaml", y.as_bytes());
    assert_eq!(o.rules.len(), 1, "{}", o.text);
    assert!(
        matches!(o.rules[0], "yaml-limits" | "yaml-syntax"),
        "{}",
        o.text
    );
    let mut y = String::new();
    for i in 0..500 {
        y.push_str(&" ".repeat(i));
        y.push_str("k:\n");
    }
    let o = check_bytes("deep-block.yaml", y.as_bytes());
    assert_eq!(o.rules, ["yaml-limits"], "{}", o.text);
}

#[test]
fn huge_file_is_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let o = check(&path, dir.path());
    assert_eq!(o.rules, ["too-large"]);
    assert!(o.text.contains("huge.yaml"), "{}", o.text);
}

#[test]
fn missing_file_is_an_io_failure() {
    let o = check(Path::new("no/such/file.yaml"), Path::new("/nonexistent"));
    assert_eq!(o.rules, ["io-error"]);
    assert!(o.io_failed);
    assert!(o.text.contains("no/such/file.yaml"), "{}", o.text);
}

#[test]
fn top_level_list_is_not_a_notice() {
    let o = check_bytes("list.yaml", b"- a\n- b\n");
    assert_eq!(o.rules, ["not-a-notice"]);
}

#[test]
fn a_broken_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-broken.yaml"), b"meta: [\n").unwrap();
    std::fs::write(dir.path().join("b-unknown.yml"), SMALL).unwrap();
    std::fs::write(dir.path().join("c-ignored.txt"), b"not yaml").unwrap();
    let o = check(&PathBuf::from(dir.path()), dir.path());
    assert!(o.rules.contains(&"yaml-syntax"), "{}", o.text);
    assert!(o.rules.contains(&"unknown-key"), "{}", o.text);
    assert!(o.text.contains("a-broken.yaml") && o.text.contains("b-unknown.yml"));
    assert!(!o.text.contains("c-ignored"));
}

#[test]
fn unknown_keys_suggest_the_right_one() {
    let y = SMALL.replace(
        "  retension: 1\n",
        "categories:\n  - id: c\n    name: C\n    retension: {period: P1Y}\n",
    );
    let o = check_bytes("typo.yaml", y.as_bytes());
    // The reading error, and not also "no retention" for the misspelt key; the rules still
    // run on the rest (this small file has no controller, purposes…: reported on `meta:`).
    let load: Vec<_> = o
        .rules
        .iter()
        .zip(&o.lines)
        .filter(|(_, l)| **l != Some(1))
        .collect();
    assert_eq!(load, [(&"unknown-key", &Some(11))], "{}", o.text);
    assert!(!o.rules.contains(&"retention"), "{}", o.text);
    assert!(o.text.contains("did you mean `retention`?"), "{}", o.text);
    insta::assert_snapshot!(o.text);
}

#[test]
fn wrong_types_everywhere_are_each_reported() {
    let y = "meta:\n  id: Not An Id\n  schema_version: two\n  languages: fi\n  name: [a]\n  created: 2024-13-01\n  updated: 2024-02-30\npurposes: {a: 1}\n";
    let o = check_bytes("types.yaml", y.as_bytes());
    // Each wrong value is a reading error; the rest of the file is still checked (what it
    // lacks is reported on `meta:`), and no rule judges a value that did not load.
    for (rule, line) in o.rules.iter().zip(&o.lines) {
        assert!(
            *rule == "schema" || *line == Some(1),
            "{rule} {line:?}\n{}",
            o.text
        );
        assert!(
            !["dates", "translation", "duplicate-id"].contains(rule),
            "{}",
            o.text
        );
    }
    let lines: Vec<usize> = o.lines.iter().map(|l| l.unwrap()).collect();
    for line in [2, 3, 4, 5, 6, 7, 8] {
        assert!(
            lines.contains(&line),
            "no diagnostic on line {line}:\n{}",
            o.text
        );
    }
    insta::assert_snapshot!(o.text);
}

#[test]
fn two_bases_for_one_purpose_is_explained() {
    let y = "meta:\n  id: x\n  schema_version: 1\n  languages: [fi]\n  name: R\n  created: 2024-01-01\n  updated: 2024-01-02\npurposes:\n  - id: p\n    name: P\n    basis: [consent, contract]\n";
    let o = check_bytes("bases.yaml", y.as_bytes());
    assert!(o.text.contains("split it into two purposes"), "{}", o.text);
    assert_eq!(
        o.lines.iter().filter(|l| **l == Some(11)).count(),
        1,
        "{}",
        o.text
    );
}

/// `check_text` (used by the fuzz targets and property tests) finds what `check_paths_on`
/// finds for the same bytes, and reads nothing from disk.
#[test]
fn check_text_matches_check_paths() {
    use seloste::check::check_text;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let key = |c: &seloste::check::Checked| {
        c.diagnostics
            .iter()
            .map(|d| (d.rule, d.span.map(|s| s.offset), d.message.clone()))
            .collect::<Vec<_>>()
    };
    for name in ["tests/examples/template.yaml", "notices/rekrytointi.yaml"] {
        let path = root.join(name);
        let bytes = std::fs::read(&path).unwrap();
        let from_disk = check_paths_on(std::slice::from_ref(&path), today());
        let in_memory = check_text(&path.display().to_string(), &bytes, today());
        assert_eq!(key(&in_memory), key(&from_disk), "{name}");
        assert_eq!(in_memory.registers, from_disk.registers);
    }
    // An organisation file is never read from disk: it is reported as missing.
    let name = "notices/kemin-kaupunki/asiakkuudenhallinta.yaml";
    let bytes = std::fs::read(root.join(name)).unwrap();
    let c = check_text(&root.join(name).display().to_string(), &bytes, today());
    assert!(
        c.diagnostics.iter().any(|d| d.rule == "references"
            && seloste::messages::en(&d.message).contains("organisation.yaml")),
        "{:?}",
        key(&c)
    );
    // The byte limits and the decoding apply as to files.
    let big = vec![b'a'; seloste::load::MAX_FILE_BYTES as usize + 1];
    let c = check_text("big.yaml", &big, today());
    assert_eq!(
        c.diagnostics.iter().map(|d| d.rule).collect::<Vec<_>>(),
        ["too-large"]
    );
    let c = check_text("nul.yaml", b"meta:\0", today());
    assert_eq!(
        c.diagnostics.iter().map(|d| d.rule).collect::<Vec<_>>(),
        ["encoding"]
    );
}

// Issue 12 §4: YAML mistakes in plain words.

const HEAD: &str = "meta:\n  id: asiakkaat\n  schema_version: 1\n  languages: [fi]\n  name: Asiakasrekisteri\n  created: 2024-01-01\n  updated: 2024-02-01\n";

/// The parser stops on the line before a tab, or a column after it: the tab is reported
/// on its own line and column.
#[test]
fn a_tab_is_reported_on_its_own_line() {
    let o = check_bytes("tab.yaml", b"meta:\n  id: x\n\tname: y\n");
    assert_eq!(o.rules, ["yaml-syntax"], "{}", o.text);
    assert_eq!(o.lines, [Some(3)], "{}", o.text);
    assert!(o.text.contains("tab.yaml:3:1"), "{}", o.text);
    assert!(
        o.text
            .contains("YAML does not allow tabs for indentation: replace the tab with spaces"),
        "{}",
        o.text
    );
    // A tab after spaces, under a key whose value is on the next lines.
    let o = check_bytes("tab2.yaml", b"meta:\n  id: x\n  name:\n  \t fi: y\n");
    assert_eq!(o.lines, [Some(4)], "{}", o.text);
    assert!(o.text.contains("tab2.yaml:4:3"), "{}", o.text);
    insta::assert_snapshot!(o.text);
}

#[test]
fn an_unquoted_colon_says_put_the_text_in_quotes() {
    let y = format!(
        "{HEAD}purposes:\n  - id: asiakassuhde\n    name: Asiakassuhde\n    description: Tarkoitus: asiakassuhteen hoito\n"
    );
    let o = check_bytes("colon.yaml", y.as_bytes());
    assert_eq!(o.rules, ["yaml-syntax"], "{}", o.text);
    assert_eq!(o.lines, [Some(11)], "{}", o.text);
    assert!(
        o.text
            .contains("put the text in quotes: `description: \"Tarkoitus: asiakassuhteen hoito\"`"),
        "{}",
        o.text
    );
    assert!(!o.text.contains("mapping values"), "{}", o.text);
    assert!(
        o.text
            .contains("the text of `description` in purpose `asiakassuhde`"),
        "{}",
        o.text
    );
    insta::assert_snapshot!(o.text);
    let o = check_bytes(
        "colon2.yaml",
        "meta:\n  id: x\n  name: Huom: tämä on \"lainaus\"\n".as_bytes(),
    );
    assert_eq!(o.lines, [Some(3)], "{}", o.text);
    assert!(
        o.text
            .contains("put the text in quotes: `name: 'Huom: tämä on \"lainaus\"'`"),
        "{}",
        o.text
    );
    // A key indented too deep is not a text with a colon.
    let o = check_bytes("indent.yaml", b"meta:\n  id: x\n  name: a\n   created: b\n");
    assert!(
        o.text.contains("`created:` is indented differently"),
        "{}",
        o.text
    );
}

/// Finnish and Swedish words where the format expects an English value get that value, with
/// the word they stand for; dates and periods written the everyday way get their ISO form.
#[test]
fn finnish_words_dates_and_periods_get_the_value_to_write() {
    let y = "meta:
  id: asiakkaat
  schema_version: 1
  languages: [fi, ruotsi]
  name: Asiakasrekisteri
  created: 1.3.2026
  updated: 01/03/26
controller:
  name: Testi Oy
  kind: osakeyhtiö
  country: Suomi
purposes:
  - id: newsletter
    name: Uutiskirje
    basis: suostumus
  - id: asiakassuhde
    name: Asiakassuhde
    basis: sopimus
  - id: kirjanpito
    name: Kirjanpito
    basis: lakisääteinen velvoite
    kuvaus: Kirjanpitolain mukainen kirjanpito
categories:
  - id: contact-details
    name: Yhteystiedot
    retention: {period: 5 vuotta}
sources:
  - id: itse
    name: Rekisteröity itse
    kind: rekisteröity
recipients:
  - id: mailchimp
    name: Mailchimp
    role: käsittelijä
    country: Yhdysvallat
";
    let o = check_bytes("sanat.yaml", y.as_bytes());
    for want in [
        "did you mean `sv` (ruotsi)?",
        "write 2026-03-01 (1 March 2026)",
        "did you mean `company` (osakeyhtiö)?",
        "did you mean `FI` (Suomi)?",
        "did you mean `consent` (suostumus)?",
        "did you mean `contract` (sopimus)?",
        "did you mean `legal-obligation` (lakisääteinen velvoite)?",
        "write P5Y (5 years)",
        "did you mean `data-subject` (rekisteröity)?",
        "did you mean `processor` (käsittelijä)?",
        "did you mean `US` (Yhdysvallat)?",
        "unknown key `kuvaus` in purpose `kirjanpito`",
        "did you mean `description` (kuvaus)?",
    ] {
        assert!(o.text.contains(want), "no {want:?} in:\n{}", o.text);
    }
    insta::assert_snapshot!(o.text);
}

/// Every place is named by its item, never by a position or a JSON pointer, and no regular
/// expression is ever shown.
#[test]
fn places_are_named_by_item_and_no_regex_is_shown() {
    let y = format!(
        "{HEAD}purposes:
  - id: newsletter
    name: Uutiskirje
    basis: [consent, contract]
    retension: x
  - name: Ilman tunnistetta
    basis: consent
  - basis: consent
categories:
  - id: contact-details
    name: Yhteystiedot
    retention: {{period: 5Y}}
recipients:
  - id: mailchimp
    role: processor
    country: usa
    purposes: [newsletter, 5]
transfers:
  - recipient: mailchimp
    country: US
    mechanism: vakiolausekkeet
"
    );
    let o = check_bytes("paikat.yaml", y.as_bytes());
    for want in [
        "purpose `newsletter`",
        "purpose `Ilman tunnistetta` is missing `id`",
        "the 3rd purpose is missing `id`",
        "category `contact-details`",
        "recipient `mailchimp`",
        "transfer `mailchimp`",
        "entry 2 of `purposes` in recipient `mailchimp`",
        "did you mean `sccs` (vakiolausekkeet)?",
    ] {
        assert!(o.text.contains(want), "no {want:?} in:\n{}", o.text);
    }
    for never in [
        "[0]",
        "[1]",
        "/purposes",
        "/categories",
        "^",
        "\\d",
        "[a-z",
        "[A-Z",
        "$`",
    ] {
        assert!(!o.text.contains(never), "{never:?} shown in:\n{}", o.text);
    }
}

/// A file that does not parse is read as text to name the item a mistake is in.
#[test]
fn reading_errors_name_the_item_too() {
    let y = format!(
        "{HEAD}purposes:\n  - id: newsletter\n    name: Uutiskirje\n    basis: consent\n    basis: contract\n"
    );
    let o = check_bytes("kahdesti.yaml", y.as_bytes());
    assert_eq!(o.rules, ["duplicate-key"], "{}", o.text);
    assert!(
        o.text
            .contains("the key `basis` appears twice in purpose `newsletter`"),
        "{}",
        o.text
    );
    let y = format!(
        "{HEAD}categories:\n- id: terveys\n  name: Terveystiedot\n  retention:\n    criteria: Huom: hoitosuhteen ajan\n"
    );
    let o = check_bytes("sisalla.yaml", y.as_bytes());
    assert!(
        o.text
            .contains("the text of `criteria` in the `retention` of category `terveys`"),
        "{}",
        o.text
    );
    let o = check_bytes("meta.yaml", b"meta:\n  id: x\n  id: y\n");
    assert!(o.text.contains("appears twice in `meta`"), "{}", o.text);
}

/// A date or an id given as a number is asked for in its own form, not as "a text".
#[test]
fn a_number_where_a_date_goes_asks_for_the_date() {
    let y = HEAD.replace("created: 2024-01-01", "created: 2026");
    let o = check_bytes("vuosi.yaml", y.as_bytes());
    // The one reading error; the rest of this small file is still checked (what it lacks
    // is reported on `meta:`, line 1).
    let reading: Vec<_> = o
        .rules
        .iter()
        .zip(&o.lines)
        .filter(|(_, l)| **l != Some(1))
        .collect();
    assert_eq!(reading.len(), 1, "{}", o.text);
    assert_eq!(*reading[0].0, "schema", "{}", o.text);
    assert!(
        o.text
            .contains("`meta.created` should be a date written year-month-day (YYYY-MM-DD)"),
        "{}",
        o.text
    );
}

/// `id:x` is a text to YAML, not a key: the help says to put a space after the colon.
#[test]
fn a_missing_space_after_a_colon_is_named() {
    let o = check_bytes(
        "tila.yaml",
        b"meta:\n  id:asiakkaat\n  name:Asiakasrekisteri\n",
    );
    assert!(
        o.text.contains("YAML reads `id:asiakkaat` as one text")
            && o.text.contains("put a space after the colon of each key"),
        "{}",
        o.text
    );
}

/// A retention event not in the built-in list names the list; a fixed end date written day
/// first gets its ISO form; neither is also reported as "no retention".
#[test]
fn an_unknown_retention_event_lists_the_events_and_a_day_first_until_its_date() {
    let y = SMALL.replace(
        "  retension: 1\n",
        "categories:\n  - id: c\n    name: C\n    retention: {period: P1Y, event: end-of-lease}\n  - id: d\n    name: D\n    retention: {until: 31.12.2027}\n",
    );
    let o = check_bytes("events.yaml", y.as_bytes());
    assert!(
        o.text.contains("`end-of-lease` is not a valid value"),
        "{}",
        o.text
    );
    assert!(
        o.text.contains("end-of-customer-relationship"),
        "{}",
        o.text
    );
    assert!(o.text.contains("write 2027-12-31"), "{}", o.text);
    assert!(!o.rules.contains(&"retention"), "{}", o.text);
}
