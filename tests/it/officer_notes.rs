//! Issue 13: the notes of the word lists (`note:` in data/wording.yaml and
//! data/special_words.yaml) and the model's reading errors reach the officer in the
//! officer's language, while the words they quote from a notice stay in its language.

use crate::common;

use seloste::check::check_paths_on;
use seloste::messages::Messages;
use seloste::model::Date;
use std::path::PathBuf;

/// The help of every finding of `rule` on `file`, in `lang`.
fn helps(file: &str, rule: &str, lang: &str) -> Vec<String> {
    let checked = check_paths_on(&[PathBuf::from(file)], Date::parse("2026-11-29").unwrap());
    let m = Messages::get(lang);
    checked
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .filter_map(|d| d.help.as_ref().map(|h| m.text(h)))
        .collect()
}

fn has(helps: &[String], words: &str) -> bool {
    helps.iter().any(|h| h.contains(words))
}

/// A Swedish notice's reference to the repealed act: the note is in the officer's
/// language, whichever language the notice is in.
#[test]
fn a_word_list_note_follows_the_officers_language() {
    let file = "tests/fixtures/rules/obsolete-law/fail-sv.yaml";
    let fi = helps(file, "obsolete-law", "fi");
    let sv = helps(file, "obsolete-law", "sv");
    let en = helps(file, "obsolete-law", "en");
    assert!(!fi.is_empty());
    assert!(
        has(
            &fi,
            "Henkilötietolaki (ruotsiksi personuppgiftslagen, 523/1999) kumottiin 1.1.2019."
        ),
        "{fi:#?}"
    );
    assert!(
        !has(&fi, "upphävdes") && !has(&fi, "was repealed"),
        "{fi:#?}"
    );
    assert!(
        has(
            &sv,
            "Personuppgiftslagen (523/1999) upphävdes den 1 januari 2019."
        ),
        "{sv:#?}"
    );
    assert!(
        has(
            &en,
            "The Personal Data Act (personuppgiftslagen 523/1999) was repealed on 1 January 2019."
        ),
        "{en:#?}"
    );
}

/// A note that quotes the notice keeps the quote in the notice's language (a Finnish
/// retention phrase), the rest in the officer's.
#[test]
fn a_note_quotes_the_notice_in_its_language() {
    let file = "tests/fixtures/rules/vague-retention/fail-inflected-fi.yaml";
    let sv = helps(file, "vague-retention", "sv");
    assert!(
        has(
            &sv,
            "”Vähintään” anger en minimitid, inte en övre gräns: ange när uppgifterna raderas \
             (t.ex. ”kuusi vuotta tilikauden päättymisestä, minkä jälkeen tiedot poistetaan”)."
        ),
        "{sv:#?}"
    );
    assert!(!has(&sv, "is a minimum"), "{sv:#?}");
}

/// `kauppakamari.yaml` with `from` replaced by `to` in a file of its own folder, checked
/// there with `--lang lang` (JSON: the messages unwrapped).
fn check_changed(from: &str, to: &str, lang: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "seloste-officer-notes-{}-{lang}-{}",
        std::process::id(),
        to.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string("tests/examples/kauppakamari.yaml").unwrap();
    assert!(text.contains(from), "the example has {from}");
    std::fs::write(dir.join("register.yaml"), text.replacen(from, to, 1)).unwrap();
    let out = common::seloste_command()
        .current_dir(&dir)
        .args(["check", "--lang", lang, "--format", "json", "register.yaml"])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    String::from_utf8(out.stdout).unwrap()
}

/// A date that does not exist, checked with `--lang fi`: the schema's reading error, in
/// Finnish.
#[test]
fn a_date_that_does_not_exist_is_reported_in_finnish() {
    let fi = check_changed("updated: 2024-01-01", "updated: 2026-13-45", "fi");
    assert!(
        fi.contains("kohta `meta.updated`: `2026-13-45` ei ole oikeassa muodossa"),
        "{fi}"
    );
    assert!(fi.contains("kuukautta 13 ei ole"), "{fi}");
    assert!(!fi.contains("is not"), "{fi}");
}

/// A value the schema lets through but the model cannot read (a period too long to
/// count): the model's reading error, in the officer's language.
#[test]
fn the_models_reading_error_follows_the_officers_language() {
    let (from, to) = ("response_time: P1M", "response_time: P99999999999M");
    let fi = check_changed(from, to, "fi");
    let sv = check_changed(from, to, "sv");
    let en = check_changed(from, to, "en");
    assert!(
        fi.contains("`P99999999999M` ei ole ISO 8601 -muotoinen ajanjakso (esim. P10Y"),
        "{fi}"
    );
    assert!(
        sv.contains("`P99999999999M` är inte en tidsperiod i formatet ISO 8601"),
        "{sv}"
    );
    assert!(
        en.contains("`P99999999999M` is not an ISO 8601 period such as P10Y, P6M, P1Y6M or P30D"),
        "{en}"
    );
}

/// The model's two reading errors travel through serde's string and back.
#[test]
fn the_models_reading_errors_are_recognised() {
    use seloste::model::common::Unreadable;
    for e in [
        Unreadable::Date("2026-02-30".into()),
        Unreadable::Period("P1X".into()),
    ] {
        assert_eq!(Unreadable::recognise(&e.to_string()), Some(e));
    }
    let err = serde_json::from_value::<Date>(serde_json::json!("2026-02-30")).unwrap_err();
    assert_eq!(
        Unreadable::recognise(&err.to_string()),
        Some(Unreadable::Date("2026-02-30".into()))
    );
    assert_eq!(Unreadable::recognise("missing field `id`"), None);
}
