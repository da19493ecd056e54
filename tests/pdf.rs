//! PDF output of the fixture notice, checked with poppler's tools (pdftotext,
//! pdfinfo, pdffonts; package poppler-utils) and, when installed, `qpdf --check`.

mod common;

use common::{assert_words_inside, tool};

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use regex::Regex;
use seloste::render::pdf::{Layout, PageDecor, PdfMeta, html_to_pdf, html_to_pdf_by};

const NOTICE: &str = include_str!("fixtures/pdf/notice.html");

fn meta() -> PdfMeta {
    PdfMeta {
        title: "Tietosuojaseloste – Esimerkki Oy".to_string(),
        author: "Esimerkki Oy".to_string(),
        language: "fi".to_string(),
        subject: Some("Asiakasrekisteri".to_string()),
    }
}

fn decor() -> PageDecor {
    PageDecor {
        footer_left: "Tietosuojaseloste · päivitetty 15.3.2025".to_string(),
        page_label: "Sivu".to_string(),
    }
}

/// The fixture rendered once, written to a temporary file kept for the whole run.
fn rendered() -> &'static (Vec<u8>, PathBuf) {
    static PDF: OnceLock<(Vec<u8>, PathBuf)> = OnceLock::new();
    PDF.get_or_init(|| {
        let bytes = html_to_pdf(NOTICE, &meta(), &decor()).expect("fixture renders");
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let path = dir.join("notice.pdf");
        std::fs::write(&path, &bytes).expect("write pdf");
        (bytes, path)
    })
}

fn page_count() -> usize {
    let info = tool("pdfinfo", &[], &rendered().1);
    let line = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .expect("Pages line");
    line["Pages:".len()..].trim().parse().expect("page count")
}

#[test]
fn deterministic() {
    let first = &rendered().0;
    let second = html_to_pdf(NOTICE, &meta(), &decor()).expect("renders");
    assert!(first == &second, "two renders differ");
    assert!(first.starts_with(b"%PDF-"));
    // Different input, different document ID.
    let mut other_meta = meta();
    other_meta.title.push('!');
    let other = html_to_pdf(NOTICE, &other_meta, &decor()).expect("renders");
    assert_ne!(first, &other);
}

#[test]
fn text_is_extractable() {
    let text = tool("pdftotext", &["-enc", "UTF-8"], &rendered().1);
    for phrase in [
        "Rekisterinpitäjä",
        "Säilytysaika",
        "Åland",
        "Äijä Öhman",
        "Åsa Öberg",
        "Tietosuojaseloste · päivitetty 15.3.2025",
        "oikeus vastustaa käsittelyä",
        "Ändringar i",
        "dataskyddsbeskrivning",
    ] {
        assert!(text.contains(phrase), "{phrase:?} not in the text:\n{text}");
    }
}

#[test]
fn every_word_inside_the_margins() {
    let (pages, words) = assert_words_inside(&rendered().1);
    assert!(pages >= 3, "{pages} pages");
    // pdftotext reports whole lines of this PDF as one "word"; all text is covered.
    assert!(words > 300, "{words} words");
}

#[test]
fn metadata() {
    let info = tool("pdfinfo", &[], &rendered().1);
    assert!(
        info.contains("Title:           Tietosuojaseloste – Esimerkki Oy"),
        "{info}"
    );
    assert!(info.contains("Author:          Esimerkki Oy"), "{info}");
    assert!(info.contains("Subject:         Asiakasrekisteri"), "{info}");
    assert!(!info.contains("CreationDate"), "no dates: {info}");
    assert!(page_count() >= 3, "{info}");
    // The language is in the catalog.
    let bytes = &rendered().0;
    let uncompressed = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&rendered().1)
        .arg("-")
        .output();
    if let Ok(out) = uncompressed {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("/Lang (fi)"), "no /Lang in the catalog");
    } else {
        assert!(bytes.len() > 1000);
    }
}

#[test]
fn fonts_embedded_and_subset() {
    let fonts = tool("pdffonts", &[], &rendered().1);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    let subset_name = Regex::new(r"^[A-Z]{6}\+").unwrap();
    for face in ["DejaVuSans ", "DejaVuSans-Bold "] {
        let row = rows
            .iter()
            .find(|r| r.split('+').nth(1).is_some_and(|n| n.starts_with(face)))
            .unwrap_or_else(|| panic!("no {face} in\n{fonts}"));
        assert!(subset_name.is_match(row), "not a subset name: {row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object ID
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
    }
    assert!(
        rows.iter().all(|r| r.contains("DejaVuSans")),
        "only the shipped fonts:\n{fonts}"
    );
}

#[test]
fn footer_on_every_page() {
    let pdf = &rendered().1;
    let n = page_count();
    for k in 1..=n {
        let k_s = k.to_string();
        let text = tool("pdftotext", &["-enc", "UTF-8", "-f", &k_s, "-l", &k_s], pdf);
        let expected = format!("Sivu {k} / {n}");
        assert!(
            text.contains(&expected),
            "page {k}: no {expected:?}\n{text}"
        );
        assert!(text.contains("Tietosuojaseloste · päivitetty 15.3.2025"));
    }
}

#[test]
fn qpdf_check_passes_when_installed() {
    let Ok(out) = Command::new("qpdf")
        .arg("--check")
        .arg(&rendered().1)
        .output()
    else {
        eprintln!("qpdf not installed; skipped");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn bad_input_is_an_error_or_a_pdf_never_a_panic() {
    for html in [
        "",
        "<html",
        "<html><body><p>unclosed",
        "<<<>>>&&&",
        "<html><body><table><tr><td>x</td></tr></table></body></html>",
        "\u{0}\u{ffff}",
    ] {
        match html_to_pdf(html, &meta(), &decor()) {
            Ok(bytes) => assert!(bytes.starts_with(b"%PDF-")),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn long_footer_is_cut_to_fit() {
    let long = PageDecor {
        footer_left: "Hyvin pitkä otsikko ".repeat(40),
        page_label: "Page".to_string(),
    };
    let bytes =
        html_to_pdf("<html><body><p>Hei</p></body></html>", &meta(), &long).expect("renders");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.pdf");
    std::fs::write(&path, bytes).unwrap();
    let text = tool("pdftotext", &["-enc", "UTF-8"], &path);
    assert!(text.contains("Page 1 / 1"), "{text}");
    assert!(text.contains('…'), "{text}");
}

/// seloste lays out PDFs itself with fonts registered once per process (`pdf_layout`);
/// the result must be what printpdf's own entry point makes, byte for byte, so that the
/// faster path cannot drift from the engine it drives (for example after an update).
#[test]
fn prepared_layout_is_printpdfs_layout_byte_for_byte() {
    let style = format!("<style>{}</style>", seloste::render::pdf::BASE_CSS);
    let pages = [
        NOTICE.to_string(),
        format!(
            "<html><head>{style}</head><body><h1>Otsikko</h1><p>Koodi <code>ABC-123 äö</code> ja <strong>lihava</strong>; \
             kreikka αβγ, kyrillinen Жж, heprea שלום, CJK 漢字, emoji 🙂.</p>\
             <ul><li>yksi</li><li>{long}</li></ul>\
             <table><tr><th style=\"width: 30%\">A</th><th style=\"width: 70%\">B</th></tr>\
             <tr><td>{long}</td><td>solu</td></tr></table></body></html>",
            long = "Pitkäsanaisuus".repeat(12)
        ),
        // Several pages: paragraphs of 1 to 9 lines (widows and orphans), and a table
        // whose rows cross a page break.
        format!(
            "<html><head>{style}</head><body>{}<table>{}</table></body></html>",
            (1..=40)
                .map(|k| format!(
                    "<h2>Osio {k}</h2><p>{}</p>",
                    "Tekstiä, joka jatkuu riviltä toiselle ja sivulta toiselle. "
                        .repeat(k % 9 * 2 + 1)
                ))
                .collect::<String>(),
            (1..=30)
                .map(|k| format!(
                    "<tr><td style=\"width: 25%\">{k}</td><td style=\"width: 75%\">{}</td></tr>",
                    "solun teksti ".repeat(k % 7 * 4 + 1)
                ))
                .collect::<String>()
        ),
    ];
    for (i, html) in pages.iter().enumerate() {
        let prepared = html_to_pdf_by(Layout::Prepared, html, &meta(), &decor())
            .unwrap_or_else(|e| panic!("page {i}: {e}"));
        let reference = html_to_pdf_by(Layout::Printpdf, html, &meta(), &decor())
            .unwrap_or_else(|e| panic!("page {i}: {e}"));
        assert!(
            prepared == reference,
            "page {i}: the prepared layout differs from printpdf's ({} vs {} bytes)",
            prepared.len(),
            reference.len()
        );
    }
}

// Issue 11, points 7 and 8: text that is very long, very wide or very deep is laid out in
// seconds and completely, or refused with an error that names it; never a PDF that lacks
// part of the notice, and never a build that runs for hours.

/// A register in Finnish whose security text is `security` (a literal block, so
/// Markdown line structure is kept) and whose controller's website is `website`.
fn register(id: &str, security: &str, website: &str) -> String {
    let security: String = security
        .lines()
        .map(|l| format!("  {l}\n"))
        .collect::<String>();
    format!(
        "meta:
  id: {id}
  schema_version: 1
  languages: [fi]
  name: Asiakasrekisteri
  created: 2024-03-16
  updated: 2026-03-02
purposes:
  - id: crm
    name: Asiakkuuden hoito
    basis: contract
    categories: [contact]
categories:
  - id: contact
    name: Yhteystiedot
    retention: {{period: P2Y, from: asiakkuuden päättymisestä}}
    sources: [form]
sources:
  - id: form
    name: Tilauslomake
    kind: data-subject
security: |-
{security}controller:
  name: Esimerkki Oy
  kind: company
  business_id: 2077474-0
  postal_address: PL 100, 70101 Kuopio
  email: tietosuoja@esimerkki.fi
  website: {website}
automated_decisions:
  exists: false
provision:
  requirement: contract-prerequisite
  obligatory: true
  consequences: Ilman yhteystietoja emme pysty toimittamaan tilausta.
rights_requests:
  email: tietosuoja@esimerkki.fi
"
    )
}

/// What a `seloste build --format pdf` of one register did, run as a child process that
/// is killed after `limit` (a hang fails the test instead of stalling the suite).
struct Built {
    status: std::process::ExitStatus,
    output: String,
    pdf: PathBuf,
    _dir: tempfile::TempDir,
}

fn build_pdf(id: &str, yaml: &str, limit: std::time::Duration) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("{id}.yaml"));
    std::fs::write(&file, yaml).unwrap();
    let out = dir.path().join("out");
    let mut child = common::seloste_command()
        .args(["build", "--format", "pdf", "--out"])
        .arg(&out)
        .arg(&file)
        .current_dir(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("building {id} did not finish in {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let out_of = |r: Option<std::process::ChildStdout>| {
        let mut s = String::new();
        if let Some(mut r) = r {
            std::io::Read::read_to_string(&mut r, &mut s).unwrap();
        }
        s
    };
    let mut output = out_of(child.stdout.take());
    let mut err = String::new();
    if let Some(mut r) = child.stderr.take() {
        std::io::Read::read_to_string(&mut r, &mut err).unwrap();
    }
    output.push_str(&err);
    let pdf = out.join(id).join("fi.pdf");
    Built {
        status,
        output,
        pdf,
        _dir: dir,
    }
}

/// Generous: the point is hours against seconds, in a debug build on a busy machine.
const BUILD_LIMIT: std::time::Duration = std::time::Duration::from_secs(90);

#[test]
fn a_paragraph_of_400_000_characters_builds_in_seconds_with_every_word() {
    let words: Vec<String> = (0..40_000)
        .map(|k| {
            let w = [
                "tietoja",
                "käsitellään",
                "asiakassuhteen",
                "hoitamiseksi",
                "ja",
            ][k % 5];
            if k % 12 == 11 {
                format!("{w}{k}.")
            } else {
                format!("{w}{k}")
            }
        })
        .collect();
    let paragraph = words.join(" ");
    assert!(paragraph.chars().count() > 400_000);
    let built = build_pdf(
        "long-paragraph",
        &register("long-paragraph", &paragraph, "https://esimerkki.fi"),
        BUILD_LIMIT,
    );
    assert!(built.status.success(), "{}", built.output);
    let text = tool("pdftotext", &["-enc", "UTF-8"], &built.pdf);
    // Every word, in order (the footer and headings come between them).
    let mut printed = text.split_whitespace();
    for word in &words {
        assert!(
            printed.any(|p| p == word),
            "{word:?} is missing from the PDF, or out of order"
        );
    }
    assert_words_inside(&built.pdf);
}

#[test]
fn a_letter_with_20_000_accents_is_refused_at_once_naming_the_field() {
    let stacked = format!("Tietoa{}", "\u{301}".repeat(20_000));
    let built = build_pdf(
        "stacked-marks",
        &register("stacked-marks", &stacked, "https://esimerkki.fi"),
        BUILD_LIMIT,
    );
    assert!(!built.status.success(), "{}", built.output);
    assert!(built.output.contains("unreadable-text"), "{}", built.output);
    assert!(
        built
            .output
            .contains("`security` has a letter carrying 20000"),
        "{}",
        built.output
    );
    assert!(!built.pdf.exists());
}

#[test]
fn the_pdf_renderer_refuses_stacked_accents_itself() {
    // A template or an HTML source that bypasses the check: still an error, in moments.
    let html = format!(
        "<html><body><h2>Tietoturva</h2><p>Tietoa{}</p></body></html>",
        "\u{301}".repeat(20_000)
    );
    let result = in_worker(move || html_to_pdf(&html, &meta(), &decor()));
    let err = result.expect_err("a PDF was made").to_string();
    assert!(err.contains("“Tietoa"), "{err}");
    assert!(err.contains("Tietoturva"), "{err}");
}

#[test]
fn a_241_character_url_wraps_inside_the_margins_and_reads_whole() {
    let url = format!(
        "https://www.esimerkki.fi/tietosuoja/seloste?kampanja={}",
        "0fedcba987654321".repeat(12)
    );
    let url = &url[..241];
    let built = build_pdf(
        "long-url",
        &register(
            "long-url",
            &format!("Lue lisää: {url} tai ota yhteyttä."),
            url,
        ),
        BUILD_LIMIT,
    );
    assert!(built.status.success(), "{}", built.output);
    assert_words_inside(&built.pdf);
    // Wrapped over lines, the address still reads whole once the line breaks are joined.
    let text = tool("pdftotext", &["-enc", "UTF-8"], &built.pdf).replace('\n', "");
    assert_eq!(text.matches(url).count(), 2, "{text}");
}

/// `f` on a thread with the stack seloste's build workers have, answered within
/// [`BUILD_LIMIT`] (a hang fails the test; the thread is left behind).
fn in_worker<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .stack_size(seloste::par::STACK_BYTES)
        .spawn(move || {
            let _ = send.send(f());
        })
        .unwrap();
    receive
        .recv_timeout(BUILD_LIMIT)
        .expect("the renderer did not answer in time")
}

fn nested(open: &str, close: &str, depth: usize, text: &str) -> String {
    format!("{}{text}{}", open.repeat(depth), close.repeat(depth))
}

#[test]
fn text_the_layout_cannot_place_is_an_error_naming_it_never_a_silent_loss() {
    // Raw HTML (a template's, say), which the `unreadable-text` rule never sees.
    for (what, body, why) in [
        // Deeper than the engine keeps (it drops what lies below 512 elements).
        (
            "600 quotes",
            nested("<blockquote>", "</blockquote>", 600, "<p>Syvä lainaus</p>"),
            "is nested 603 levels deep",
        ),
        // The engine lays it out, but indented past the right margin.
        (
            "40 lists",
            nested("<ul><li>kohta ", "</li></ul>", 40, "viimeinen"),
            "would be printed outside the margins",
        ),
    ] {
        let html = format!(
            "<html><head><style>{}</style></head><body><h2>Tietoturva</h2><p>Alku.</p>{body}</body></html>",
            seloste::render::pdf::BASE_CSS
        );
        match in_worker(move || html_to_pdf(&html, &meta(), &decor())) {
            Err(e) => {
                let e = e.to_string();
                assert!(e.contains("(under “Tietoturva”)"), "{what}: {e}");
                assert!(e.contains(why), "{what}: {e}");
            }
            Ok(bytes) => {
                // If the engine can place it all, every word is there and on the page.
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("deep.pdf");
                std::fs::write(&path, bytes).unwrap();
                assert_words_inside(&path);
                let text = tool("pdftotext", &["-enc", "UTF-8"], &path);
                let expected = body
                    .split(['<', '>'])
                    .skip(1)
                    .step_by(2)
                    .filter(|t| !t.trim().is_empty() && !t.contains('/'))
                    .count();
                panic!("{what}: no error; {expected} texts; {text}");
            }
        }
    }
}
