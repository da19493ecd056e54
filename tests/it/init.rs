//! `seloste init`, `completions` and `man`: the skeleton is a real starting point (valid
//! against the schema, flagged by the rules until filled in, clean once filled in).

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

const TODAY: &str = "2026-11-21";

fn seloste_in(dir: &Path, args: &[&str]) -> Output {
    common::seloste_command()
        .args(args)
        .current_dir(dir)
        .env("SELOSTE_TODAY", TODAY)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder inside the repository, so the schema is found by walking up.
fn repo_tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(".init-test-")
        .tempdir_in(repo())
        .unwrap()
}

/// Runs `seloste init` with `args` in a fresh folder and returns the folder and text.
fn init(args: &[&str]) -> (tempfile::TempDir, String) {
    let dir = repo_tempdir();
    let mut all = vec!["init"];
    all.extend_from_slice(args);
    let o = seloste_in(dir.path(), &all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("register.yaml")).unwrap();
    (dir, text)
}

/// The reading problems a skeleton must never have: only rule findings are allowed.
const LOAD_RULES: &[&str] = &[
    "io-error",
    "encoding",
    "too-large",
    "yaml-syntax",
    "duplicate-key",
    "yaml-limits",
    "not-a-notice",
    "outside-project",
    "unknown-key",
    "schema",
];

fn check_json(dir: &Path) -> (Option<i32>, serde_json::Value) {
    let o = seloste_in(dir, &["check", "--format", "json", "register.yaml"]);
    (o.status.code(), serde_json::from_str(&stdout(&o)).unwrap())
}

fn rules_of(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

/// The documented replacements (the skeleton's header comment, README.md) that turn
/// the skeleton into a complete notice.
fn fill_in(text: &str) -> String {
    let todo = regex::Regex::new(r#""TODO: [^"]*""#).unwrap();
    let text = text
        .replace(r#"business_id: "TODO""#, "business_id: 2077474-0")
        .replace("todo@example.fi", "tietosuoja@example.fi")
        .replace("# basis: ", "basis: ")
        .replace("# period: ", "period: ")
        .replace("# requirement: ", "requirement: ");
    todo.replace_all(&text, r#""Esimerkki Oy""#).into_owned()
}

#[test]
fn skeleton_starts_with_a_modeline_that_names_the_real_schema() {
    let (dir, text) = init(&[]);
    let first = text.lines().next().unwrap();
    let path = first
        .strip_prefix("# yaml-language-server: $schema=")
        .expect("modeline first");
    assert_eq!(path, "../schemas/register.schema.json");
    let resolved = dir.path().join(path).canonicalize().unwrap();
    assert_eq!(
        resolved,
        repo()
            .join("schemas/register.schema.json")
            .canonicalize()
            .unwrap()
    );
    // Nested deeper, the path climbs further.
    let nested = dir.path().join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    let o = seloste_in(&nested, &["init", "x.yaml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(nested.join("x.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema=../../../schemas/register.schema.json\n")
    );
    assert!(text.contains("  id: x\n"));
}

#[test]
fn without_a_schema_nearby_the_modeline_falls_back_and_says_how_to_fix_it() {
    let dir = tempfile::tempdir().unwrap();
    if dir
        .path()
        .ancestors()
        .any(|d| d.join("schemas/register.schema.json").is_file())
    {
        return; // the system temp folder is inside a checkout: nothing to test
    }
    let o = seloste_in(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("register.yaml")).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema=schemas/register.schema.json\n"));
    assert!(text.contains("seloste schema > schemas/register.schema.json"));
    assert!(stdout(&o).contains("note: no schemas/register.schema.json"));
}

#[test]
fn skeleton_loads_without_reading_errors_and_validates_against_the_schema() {
    for kind in ["company", "public-authority", "association"] {
        for lang in ["fi,en", "fi", "en,sv", "fi,sv"] {
            let (dir, text) = init(&["--kind", kind, "--lang", lang]);
            let (code, report) = check_json(dir.path());
            assert_eq!(code, Some(1), "{report}");
            let rules = rules_of(&report);
            assert!(!rules.is_empty());
            for r in &rules {
                assert!(
                    !LOAD_RULES.contains(&r.as_str()),
                    "{kind} {lang}: {r}\n{report:#}"
                );
            }
            assert_eq!(report["summary"]["registers"], 1);

            let instance: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
            let schema: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(repo().join("schemas/register.schema.json")).unwrap(),
            )
            .unwrap();
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .build(&schema)
                .unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{kind} {lang}: {errors:?}");
        }
    }
}

#[test]
fn check_on_a_fresh_skeleton_fails_with_a_short_list_of_what_remains() {
    let (dir, _) = init(&[]);
    let o = seloste_in(dir.path(), &["check", "register.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let list = out
        .split("\nWhat remains (")
        .nth(1)
        .unwrap_or_else(|| panic!("no list in:\n{out}"));
    let lines: Vec<&str> = list.lines().skip(1).collect();
    assert!(
        (3..=16).contains(&lines.len()),
        "{} lines:\n{list}",
        lines.len()
    );
    assert!(
        list.contains("is a template placeholder that was never filled in"),
        "{list}"
    );
    assert!(
        list.contains("legal basis") || list.contains("basis"),
        "{list}"
    );
    assert!(list.contains("retention"), "{list}");
    assert!(lines.iter().all(|l| l.starts_with("  line")), "{list}");
}

#[test]
fn filled_in_skeleton_is_clean() {
    for kind in ["company", "public-authority", "foundation"] {
        for lang in ["fi,en", "fi", "fi,sv"] {
            let (dir, text) = init(&["--kind", kind, "--lang", lang]);
            let filled = fill_in(&text);
            assert!(
                !filled
                    .lines()
                    .any(|l| !l.trim_start().starts_with('#') && l.contains("TODO")),
                "{filled}"
            );
            std::fs::write(dir.path().join("register.yaml"), &filled).unwrap();
            let o = seloste_in(dir.path(), &["check", "--deny-warnings", "register.yaml"]);
            assert_eq!(o.status.code(), Some(0), "{kind} {lang}:\n{}", stdout(&o));
            assert!(!stdout(&o).contains("What remains"));
        }
    }
}

#[test]
fn init_never_overwrites() {
    let (dir, text) = init(&[]);
    let o = seloste_in(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("register.yaml")).unwrap(),
        text
    );
}

#[test]
fn public_authority_gets_a_dpo_and_one_language_gives_one_text() {
    let (_d, company) = init(&["--kind", "company"]);
    assert!(!company.contains("\ndpo:"));
    assert!(company.contains("\n# dpo:"));
    let (_d, authority) = init(&["--kind", "public-authority"]);
    assert!(authority.contains("\ndpo:\n  name: \"TODO"));
    assert!(authority.contains("  kind: public-authority\n"));

    let (_d, fi) = init(&["--lang", "fi"]);
    assert!(fi.contains("  languages: [fi]\n"));
    assert!(fi.contains("    fi: \"TODO: rekisterin nimi"));
    assert!(
        !fi.lines().any(|l| l.trim_start().starts_with("en: ")),
        "{fi}"
    );
    let (_d, both) = init(&[]);
    assert!(both.contains("  languages: [fi, en]\n"));
    assert!(both.contains("    en: \"TODO: the register's name"));
}

#[test]
fn finnish_and_swedish_give_a_trilingual_skeleton_with_swedish_placeholders() {
    let (_d, text) = init(&["--lang", "fi,sv", "--kind", "public-authority"]);
    assert!(text.contains("  languages: [fi, sv, en]\n"), "{text}");
    assert!(text.contains("    sv: \"TODO: registrets namn, t.ex. Kundregister\"\n"));
    assert!(
        text.contains("kielilaki 423/2003"),
        "the comment says why English is there"
    );
    // Every text with a Finnish placeholder has a Swedish and an English one beside it.
    let count = |k: &str| {
        text.lines()
            .filter(|l| l.trim_start().starts_with(k))
            .count()
    };
    assert!(count("fi: \"TODO") > 10, "{text}");
    assert_eq!(count("fi: \"TODO"), count("sv: \"TODO"), "{text}");
    assert_eq!(count("fi: \"TODO"), count("en: \"TODO"), "{text}");
    // The Swedish placeholders are written in Swedish, not copied from the English ones.
    for l in text.lines().filter(|l| l.trim_start().starts_with("sv: ")) {
        assert!(!l.contains("e.g."), "{l}");
    }
    // Other lists are kept as given.
    let (_d, sv) = init(&["--lang", "sv"]);
    assert!(sv.contains("  languages: [sv]\n"), "{sv}");
    assert!(!sv.contains("kielilaki"));
    let (_d, en_sv) = init(&["--lang", "en,sv"]);
    assert!(en_sv.contains("  languages: [en, sv]\n"), "{en_sv}");
}

#[test]
fn bad_languages_are_usage_errors() {
    let dir = repo_tempdir();
    let o = seloste_in(dir.path(), &["init", "--lang", "Finnish"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!dir.path().join("register.yaml").exists());
}

#[test]
fn skeleton_snapshot() {
    let (_d, text) = init(&["--lang", "fi,en", "--kind", "company"]);
    insta::assert_snapshot!("init_company_fi_en", text);
}

#[test]
fn bash_completions_name_the_subcommands() {
    let o = seloste_in(&repo(), &["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("seloste"));
    for sub in [
        "check",
        "build",
        "schema",
        "explain",
        "rules",
        "templates",
        "init",
        "completions",
        "man",
    ] {
        assert!(out.contains(sub), "no {sub} in the bash completions");
    }
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let o = seloste_in(&repo(), &["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        assert!(stdout(&o).contains("init"), "{shell}");
    }
}

#[test]
fn man_page_is_roff_and_covers_the_subcommands() {
    let o = seloste_in(&repo(), &["man"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with(".TH"), "{}", &out[..out.len().min(200)]);
    assert!(out.contains("check"));
    assert!(out.contains("SELOSTE INIT"));
    assert!(out.contains("\\-\\-deny\\-warnings") || out.contains("deny-warnings"));
}

#[test]
fn vendors_become_recipients_with_transfers_from_the_catalogue() {
    let (dir, text) = init(&[
        "--vendor",
        "mailchimp",
        "--vendor",
        "google-workspace,klaviyo",
        "--vendor",
        "plausible",
    ]);
    // Recipients with the contracting entity and its country, from the catalogue.
    assert!(text.contains("\nrecipients:\n"), "{text}");
    assert!(text.contains("  - id: mailchimp\n"), "{text}");
    assert!(
        text.contains(r#"name: {fi: "Klaviyo, Inc.", en: "Klaviyo, Inc."}"#),
        "{text}"
    );
    assert!(text.contains(" (Google Workspace)\", en: "), "{text}");
    assert!(text.contains("    country: IE\n"), "{text}");
    // Transfers: DPF only where the catalogue says certified; SCCs with a copy otherwise;
    // none for a service that keeps the data in the EU/EEA.
    assert!(text.contains("\ntransfers:\n"), "{text}");
    assert!(
        text.contains("  - recipient: mailchimp\n    country: US\n    mechanism: dpf"),
        "{text}"
    );
    assert!(
        text.contains("  - recipient: google-workspace\n    country: US\n    mechanism: dpf"),
        "{text}"
    );
    assert!(
        text.contains("  - recipient: klaviyo\n    country: US\n    mechanism: sccs"),
        "{text}"
    );
    assert!(!text.contains("recipient: plausible"), "{text}");
    // It loads, and once filled in no transfer is missing and nothing else is wrong.
    let (_, report) = check_json(dir.path());
    for r in rules_of(&report) {
        assert!(!LOAD_RULES.contains(&r.as_str()), "{r}\n{report:#}");
        assert_ne!(r, "recipient-abroad", "{report:#}");
    }
    std::fs::write(dir.path().join("register.yaml"), fill_in(&text)).unwrap();
    let o = seloste_in(dir.path(), &["check", "register.yaml"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&o),
        fill_in(&text)
    );
}

#[test]
fn an_unknown_vendor_is_a_usage_error_that_suggests_the_id() {
    let dir = repo_tempdir();
    let o = seloste_in(dir.path(), &["init", "--vendor", "mailchim"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`mailchimp`"), "{}", stderr(&o));
    assert!(!dir.path().join("register.yaml").exists());
}

/// Runs `seloste init` with `args` for an officer whose locale is `locale` and returns the
/// folder and text.
fn init_as(locale: &str, args: &[&str]) -> (tempfile::TempDir, String) {
    let dir = repo_tempdir();
    let o = common::seloste_command()
        .arg("init")
        .args(args)
        .current_dir(dir.path())
        .env("SELOSTE_TODAY", TODAY)
        .env("LC_ALL", locale)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("register.yaml")).unwrap();
    (dir, text)
}

/// The comment lines that are words for the officer: not the modeline, not an empty `#`,
/// not a commented-out line of YAML (`# basis: contract`, `#   - id: it-service`).
fn officer_comments(text: &str) -> Vec<String> {
    let yaml = regex::Regex::new(r"^#\s*(-\s+)?[a-z_]+:(\s|$)").unwrap();
    text.lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let c = l.find('#').map(|i| &l[i..])?;
            // A comment after a value (`- id: customers  # …`) is the officer's too.
            let c = if l.starts_with('#') { l } else { c };
            (c != "#" && !c.starts_with("# yaml-language-server") && !yaml.is_match(c))
                .then(|| c.to_string())
        })
        .collect()
}

/// The officer's comments are in the officer's language, with no sentence left in English;
/// the notice's placeholders stay in each notice language; once filled in, the skeleton
/// checks clean as the English one does.
#[test]
fn the_skeleton_speaks_the_officers_language() {
    let (_e, en) = init_as("C", &["--lang", "fi,sv", "--kind", "public-authority"]);
    let english: std::collections::HashSet<String> = officer_comments(&en).into_iter().collect();
    assert!(english.len() > 30, "{english:#?}");
    for (locale, words) in [
        ("fi_FI.UTF-8", "Näin saat selosteen valmiiksi:"),
        ("sv_FI.UTF-8", "Så här gör du beskrivningen färdig:"),
    ] {
        let (dir, text) = init_as(locale, &["--lang", "fi,sv", "--kind", "public-authority"]);
        assert!(text.contains(words), "{text}");
        let mine = officer_comments(&text);
        assert!(mine.len() > 30, "{mine:#?}");
        let english_left: Vec<&String> = mine
            .iter()
            .filter(|c| {
                english.contains(*c)
                    || [" the ", " and ", " is ", " of ", "Uncomment", " when "]
                        .iter()
                        .any(|w| c.contains(w))
            })
            .collect();
        assert!(english_left.is_empty(), "{locale}: {english_left:#?}");
        // The notice's placeholders are as the English officer's.
        assert!(text.contains("    sv: \"TODO: registrets namn, t.ex. Kundregister\"\n"));
        assert!(text.contains("    en: \"TODO: the register's name"));
        assert!(text.contains("    fi: \"TODO: rekisterin nimi"));
        std::fs::write(dir.path().join("register.yaml"), fill_in(&text)).unwrap();
        let o = seloste_in(dir.path(), &["check", "--deny-warnings", "register.yaml"]);
        assert_eq!(o.status.code(), Some(0), "{locale}:\n{}", stdout(&o));
    }
}

/// `--vendor` facts and an unknown vendor in the officer's language.
#[test]
fn vendor_facts_and_errors_speak_the_officers_language() {
    let (_d, fi) = init_as(
        "fi_FI.UTF-8",
        &["--vendor", "google-workspace,klaviyo,plausible"],
    );
    assert!(
        fi.contains("  # Plausible (palveluluettelo tarkistettu "),
        "{fi}"
    );
    assert!(
        fi.contains("tiedot pysyvät EU:n tai ETA:n alueella, joten siirtoa ei ole."),
        "{fi}"
    );
    assert!(
        fi.contains("mechanism: sccs  # vakiosopimuslausekkeet: kerro, mistä jäljennöksen saa")
    );
    assert!(fi.contains(" oli DPF-sertifioitu "), "{fi}");
    // Countries named in Finnish; no English words in the officer's comments.
    assert!(
        fi.contains("tietoja siirretään seuraaviin maihin: Yhdysvallat (US), Australia (AU)"),
        "{fi}"
    );
    let english: Vec<String> = officer_comments(&fi)
        .into_iter()
        .filter(|c| {
            [" the ", " and ", " to ", " has "]
                .iter()
                .any(|w| c.contains(w))
        })
        .collect();
    assert!(english.is_empty(), "{english:#?}");
    let (_d, sv) = init_as("sv_FI.UTF-8", &["--vendor", "plausible"]);
    assert!(
        sv.contains("uppgifterna stannar inom EU/EES, så ingen överföring sker."),
        "{sv}"
    );
    let dir = repo_tempdir();
    let o = common::seloste_command()
        .args(["init", "--vendor", "mailchim"])
        .current_dir(dir.path())
        .env("LC_ALL", "fi_FI.UTF-8")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ei ole seloste-ohjelman palveluluettelossa; tarkoititko `mailchimp`"),
        "{}",
        stderr(&o)
    );
}
