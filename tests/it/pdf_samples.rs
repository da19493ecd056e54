//! The PDFs of the shipped samples, read back with poppler: every purpose name and basis
//! is extractable text, every glyph is inside the page, metadata and fonts are right.

use crate::common;

use common::{assert_words_inside, squash, tool};
use seloste::build::{BuildOptions, build};
use seloste::check::{check_paths_on, notice};
use seloste::i18n::Catalogs;
use seloste::model::Date;
use seloste::render::Format;
use std::path::Path;

#[test]
fn sample_pdfs_carry_their_purposes_and_stay_on_the_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let today = Date::parse("2026-11-21").unwrap();
    let out = tempfile::tempdir().unwrap();
    let opts = BuildOptions {
        out: out.path().to_path_buf(),
        formats: vec![Format::Pdf],
        langs: vec![],
        templates: None,
        fragment: false,
        today,
        reuse: false,
        base_url: None,
        pdf_standard: Default::default(),
    };
    let built = build(&[root.join("notices")], &opts, &mut |_, _, _| {}).unwrap();
    assert!(built.failures.is_empty(), "{:?}", built.failures);
    let catalogs = Catalogs::load(None).unwrap();
    let checked = check_paths_on(&[root.join("notices")], today);
    let mut pdfs = 0;
    for i in 0..checked.workspace.docs.len() {
        let Some(n) = notice(&checked.workspace, i, today) else {
            continue;
        };
        for lang in &n.register.meta.languages {
            let pdf = out
                .path()
                .join(&n.register.meta.id)
                .join(format!("{lang}.pdf"));
            // A word hyphenated at a line end (a soft hyphen) or broken after its own
            // hyphen reads whole again.
            let text = squash(
                &tool("pdftotext", &["-enc", "UTF-8"], &pdf)
                    .replace("\u{ad}\n", "")
                    .replace("-\n", "-"),
            );
            let cat = catalogs.get(lang).unwrap();
            for p in &n.register.purposes {
                let name = squash(p.name.get(lang).unwrap());
                assert!(
                    text.contains(&name),
                    "{}: purpose {name:?} not in the text",
                    pdf.display()
                );
                let key = serde_json::to_value(p.basis.unwrap()).unwrap();
                let basis = squash(&cat.t(&format!("basis-{}", key.as_str().unwrap())).unwrap());
                assert!(
                    text.contains(&basis),
                    "{}: basis {basis:?} not in the text",
                    pdf.display()
                );
            }
            let (pages, words) = assert_words_inside(&pdf);
            assert!(
                pages >= 2 && words > 100,
                "{}: {pages} pages, {words} words",
                pdf.display()
            );
            let info = tool("pdfinfo", &[], &pdf);
            let author = n
                .controller()
                .unwrap()
                .value
                .name
                .get(lang)
                .unwrap()
                .to_string();
            // The page title, with the controller's name.
            let title = format!(
                "{}: {} – {author}",
                cat.t("notice-title").unwrap(),
                n.register.meta.name.get(lang).unwrap()
            );
            assert!(
                info.contains(&format!("Title:           {title}")),
                "{info}"
            );
            assert!(
                info.contains(&format!("Author:          {author}")),
                "{info}"
            );
            let fonts = tool("pdffonts", &[], &pdf);
            assert_eq!(
                fonts
                    .lines()
                    .filter(|l| l.contains("DejaVuSans") && l.contains(" yes yes yes "))
                    .count(),
                2,
                "{fonts}"
            );
            let raw = std::fs::read(&pdf).unwrap();
            let has_lang = [format!("/Lang({lang})"), format!("/Lang ({lang})")]
                .iter()
                .any(|e| raw.windows(e.len()).any(|w| w == e.as_bytes()));
            assert!(
                has_lang,
                "{}: no /Lang ({lang}) in the catalog",
                pdf.display()
            );
            let qpdf = std::process::Command::new("qpdf")
                .arg("--check")
                .arg(&pdf)
                .output()
                .expect("qpdf must be installed");
            assert!(
                qpdf.status.success(),
                "{}: qpdf --check failed:\n{}",
                pdf.display(),
                String::from_utf8_lossy(&qpdf.stdout)
            );
            pdfs += 1;
        }
    }
    // Six samples, each in Finnish, Swedish and English.
    assert_eq!(pdfs, 18);
}
