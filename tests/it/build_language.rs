//! `seloste build` says what stopped it in the officer's language (issue 13): the locale's,
//! not the notices' (`--lang` names those). Texts from elsewhere (the template engine's
//! own words, paths) stay as they are; no sentence of seloste's own is left in English.

use std::path::{Path, PathBuf};
use std::process::Command;

/// `seloste build` of one sample register in Finnish notices, with `LC_ALL=locale`;
/// returns the exit code and standard error.
fn build(locale: &str, out: &Path, templates: Option<&Path>) -> (Option<i32>, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut c = Command::new(env!("CARGO_BIN_EXE_seloste"));
    c.env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .env("SELOSTE_TODAY", "2026-11-21")
        .args([
            "build",
            "--no-cache",
            "--lang",
            "fi",
            "--format",
            "md",
            "--out",
        ])
        .arg(out)
        .arg(root.join("notices/rekrytointi.yaml"));
    if let Some(t) = templates {
        c.arg("--templates").arg(t);
    }
    let o = c.output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A templates folder whose `notice.md` is `text`.
fn templates(dir: &Path, text: &str) -> PathBuf {
    let tpl = dir.join("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    std::fs::write(tpl.join("notice.md"), text).unwrap();
    tpl
}

/// Sentences of seloste's own English messages that must not show in another language.
const ENGLISH: &[&str] = &[
    "error:",
    "help:",
    "this is a file",
    "choose another",
    "template error",
    "correct the template",
    "templates folder",
    "remove it to use",
    "rendering ",
    "asked for",
    "at most",
    "loop over",
];

fn no_english(text: &str) {
    for e in ENGLISH {
        assert!(!text.contains(e), "English {e:?} in: {text}");
    }
}

#[test]
fn an_out_that_is_a_file_is_refused_in_the_officers_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("passwd");
    std::fs::write(&out, "root:x:0:0").unwrap();

    let (code, fi) = build("fi_FI.UTF-8", &out, None);
    assert_eq!(code, Some(2), "{fi}");
    assert!(
        fi.contains("virhe: ") && fi.contains("passwd: tämä on tiedosto eikä kansio"),
        "{fi}"
    );
    assert!(
        fi.contains("ohje: siirrä tiedosto muualle tai valitse toinen --out-kansio"),
        "{fi}"
    );
    no_english(&fi);

    let (code, sv) = build("sv_FI.UTF-8", &out, None);
    assert_eq!(code, Some(2), "{sv}");
    assert!(
        sv.contains("fel: ") && sv.contains("passwd: detta är en fil och inte en mapp"),
        "{sv}"
    );
    assert!(
        sv.contains("hjälp: flytta bort filen eller välj en annan mapp med --out"),
        "{sv}"
    );
    no_english(&sv);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "root:x:0:0");
}

#[test]
fn a_template_syntax_error_is_explained_in_the_officers_language() {
    let dir = tempfile::tempdir().unwrap();
    let tpl = templates(dir.path(), "{% if %}\n");
    let out = dir.path().join("out");

    let (code, fi) = build("fi_FI.UTF-8", &out, Some(&tpl));
    assert_eq!(code, Some(2), "{fi}");
    assert!(fi.contains("virhe: mallia ei voitu jäsentää: "), "{fi}");
    assert!(
        fi.contains(
            "korjaa malli mallikansiossa tai poista se, jolloin käytetään sisäänrakennettua mallia"
        ),
        "{fi}"
    );
    no_english(&fi);

    let (code, sv) = build("sv_FI.UTF-8", &out, Some(&tpl));
    assert_eq!(code, Some(2), "{sv}");
    assert!(sv.contains("fel: mallen kunde inte tolkas: "), "{sv}");
    assert!(
        sv.contains("rätta mallen i mallmappen eller ta bort den, så används den inbyggda mallen"),
        "{sv}"
    );
    no_english(&sv);
}

/// seloste's own words inside the template engine's error (a function that refused)
/// come out in the officer's language too, the engine's around them as they are.
#[test]
fn a_refusal_inside_a_template_is_in_the_officers_language() {
    let dir = tempfile::tempdir().unwrap();
    let tpl = templates(
        dir.path(),
        "{% for i in range(end=200000) %}{{ i }}{% endfor %}\n",
    );
    let out = dir.path().join("out");

    let (code, fi) = build("fi_FI.UTF-8", &out, Some(&tpl));
    assert_eq!(code, Some(2), "{fi}");
    assert!(
        fi.contains("mallin notice.md käsittely epäonnistui: "),
        "{fi}"
    );
    assert!(
        fi.contains("range() pyysi 200000 lukua; selosteen mallit saavat käyttää yhteensä enintään 100000 lukua"),
        "{fi}"
    );
    no_english(&fi);

    let (code, sv) = build("sv_FI.UTF-8", &out, Some(&tpl));
    assert_eq!(code, Some(2), "{sv}");
    assert!(sv.contains("range() bad om 200000 tal"), "{sv}");
    no_english(&sv);

    // In English, the same words as before.
    let (_, en) = build("C", &out, Some(&tpl));
    assert!(
        en.contains("error: rekrytointi: rendering notice.md: ")
            && en.contains("range() asked for 200000 numbers; a notice's templates may use at most 100000 in all"),
        "{en}"
    );
}
