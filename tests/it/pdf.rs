//! The PDFs as a reader, a screen reader and an archive see them: the structure tree and
//! the catalog read back with `qpdf --json` (headings H1–H3 in order, lists, tables with
//! header cells, link annotations, /Lang, /MarkInfo, the title shown in the window title,
//! a bookmark for every heading), and the pages measured with `pdftotext -bbox-layout`
//! (no heading alone at a page bottom, no page holding only a line or two, every word
//! inside the margins) on every sample in every language and on generated stress
//! notices; hostile texts come out as literal text; a rebuild is byte-identical; a broken
//! user template is an error naming its file and line.

use crate::common;

use common::{assert_words_inside, tool};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

// ------------------------------------------------------------------ building

/// What `seloste build --format pdf` did.
struct Built {
    ok: bool,
    output: String,
    out: PathBuf,
}

/// `seloste build --format pdf --out <out> <args>` in `dir`.
fn build_in(dir: &Path, out: &Path, args: &[&str]) -> Built {
    let o = common::seloste_command()
        .current_dir(dir)
        .args(["build", "--no-cache", "--format", "pdf", "--out"])
        .arg(out)
        .args(args)
        .output()
        .unwrap();
    Built {
        ok: o.status.success(),
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
        out: out.to_path_buf(),
    }
}

/// Every sample of notices/ built once, in every language: (register id, lang, path).
fn samples() -> &'static Vec<(String, String, PathBuf)> {
    static SAMPLES: OnceLock<Vec<(String, String, PathBuf)>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let out = tempfile::tempdir().unwrap().keep();
        let built = build_in(root(), &out, &["notices"]);
        assert!(built.ok, "{}", built.output);
        let mut v = Vec::new();
        for (rel, path) in common::files_under(&out) {
            if let Some(stem) = rel.strip_suffix(".pdf")
                && let Some((id, lang)) = stem.rsplit_once('/')
            {
                v.push((id.to_string(), lang.to_string(), path));
            }
        }
        assert_eq!(v.len(), 18, "six samples in three languages: {v:?}");
        v
    })
}

// ------------------------------------------------------------------ qpdf --json

/// A PDF's objects as `qpdf --json` gives them.
struct Pdf {
    objects: serde_json::Map<String, Value>,
    trailer: Value,
}

impl Pdf {
    fn read(path: &Path) -> Pdf {
        let out = Command::new("qpdf")
            .args(["--json", "--json-stream-data=none"])
            .arg(path)
            .output()
            .expect("qpdf must be installed");
        assert!(out.status.success(), "qpdf --json {}", path.display());
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut objects = json["qpdf"][1].as_object().unwrap().clone();
        let trailer = objects.remove("trailer").unwrap()["value"].clone();
        Pdf { objects, trailer }
    }
    /// `v` with a reference ("12 0 R") followed; a stream as its dictionary.
    fn get<'a>(&'a self, v: &'a Value) -> &'a Value {
        match v.as_str() {
            Some(r) if r.ends_with(" R") => {
                let o = &self.objects[&format!("obj:{r}")];
                if o.get("stream").is_some() {
                    &o["stream"]["dict"]
                } else {
                    &o["value"]
                }
            }
            _ => v,
        }
    }
    fn catalog(&self) -> &Value {
        self.get(&self.trailer["/Root"])
    }
    /// The pages' references, in order.
    fn pages(&self) -> Vec<String> {
        fn walk(pdf: &Pdf, node: &Value, out: &mut Vec<String>) {
            for kid in node["/Kids"].as_array().into_iter().flatten() {
                let k = pdf.get(kid);
                if k["/Type"] == "/Pages" {
                    walk(pdf, k, out);
                } else {
                    out.push(kid.as_str().unwrap().to_string());
                }
            }
        }
        let mut v = Vec::new();
        walk(self, self.get(&self.catalog()["/Pages"]), &mut v);
        v
    }
    /// The structure elements' types in document order, role-mapped to standard ones.
    fn structure(&self) -> Vec<String> {
        let root = self.get(&self.catalog()["/StructTreeRoot"]);
        let role_map = self.get(&root["/RoleMap"]).clone();
        let mut out = Vec::new();
        fn walk(pdf: &Pdf, k: &Value, roles: &Value, out: &mut Vec<String>, depth: usize) {
            assert!(depth < 200, "structure tree too deep");
            match pdf.get(k) {
                Value::Array(kids) => kids
                    .iter()
                    .for_each(|kid| walk(pdf, kid, roles, out, depth + 1)),
                e @ Value::Object(_) => {
                    if let Some(s) = e["/S"].as_str() {
                        let mut s = s.to_string();
                        while let Some(m) = roles.get(&s).and_then(Value::as_str) {
                            if m == s {
                                break;
                            }
                            s = m.to_string();
                        }
                        out.push(s.trim_start_matches('/').to_string());
                    }
                    if let Some(kids) = e.get("/K") {
                        walk(pdf, kids, roles, out, depth + 1);
                    }
                }
                _ => {}
            }
        }
        walk(self, &root["/K"], &role_map, &mut out, 0);
        out
    }
    /// The URIs of the link annotations, page by page.
    fn link_uris(&self) -> Vec<String> {
        let mut v = Vec::new();
        for p in self.pages() {
            let p = Value::from(p);
            let page = self.get(&p);
            for a in page["/Annots"].as_array().into_iter().flatten() {
                let a = self.get(a);
                if a["/Subtype"] == "/Link"
                    && let Some(uri) = self.get(&a["/A"])["/URI"].as_str()
                {
                    v.push(uri.trim_start_matches("u:").to_string());
                }
            }
        }
        v
    }
    /// The bookmarks: (title, page index, y from the page top in points).
    fn outline(&self) -> Vec<(String, usize, f64)> {
        let pages = self.pages();
        let mut out = Vec::new();
        let Some(root) = self.catalog().get("/Outlines") else {
            return out;
        };
        fn walk(pdf: &Pdf, item: &Value, pages: &[String], out: &mut Vec<(String, usize, f64)>) {
            let mut next = Some(item.clone());
            while let Some(r) = next {
                let it = pdf.get(&r).clone();
                let title = it["/Title"].as_str().unwrap_or("");
                let title = title.trim_start_matches("u:").to_string();
                let dest = if it.get("/Dest").is_some() {
                    pdf.get(&it["/Dest"]).clone()
                } else {
                    pdf.get(&pdf.get(&it["/A"])["/D"]).clone()
                };
                let page = pages
                    .iter()
                    .position(|p| Some(p.as_str()) == dest[0].as_str())
                    .expect("bookmark to a page");
                let media = pdf.get(&Value::from(pages[page].clone()))["/MediaBox"].clone();
                let height = media[3].as_f64().unwrap();
                let y = dest[3].as_f64().unwrap_or(height);
                out.push((title, page, height - y));
                if let Some(first) = it.get("/First") {
                    walk(pdf, first, pages, out);
                }
                next = it.get("/Next").cloned();
            }
        }
        if let Some(first) = self.get(root).get("/First") {
            walk(self, first, &pages, &mut out);
        }
        out
    }
}

/// The structural checks every notice PDF must pass (`lang` its language).
fn assert_accessible(path: &Path, lang: &str) {
    let pdf = Pdf::read(path);
    let name = path.display();
    let cat = pdf.catalog();
    assert_eq!(
        cat["/Lang"].as_str(),
        Some(format!("u:{lang}").as_str()),
        "{name}: /Lang"
    );
    assert_eq!(
        pdf.get(&cat["/MarkInfo"])["/Marked"],
        true,
        "{name}: /MarkInfo"
    );
    assert_eq!(
        pdf.get(&cat["/ViewerPreferences"])["/DisplayDocTitle"],
        true,
        "{name}: the title is not shown in the window title"
    );
    let s = pdf.structure();
    let headings: Vec<usize> = s
        .iter()
        .filter_map(|t| t.strip_prefix('H').and_then(|l| l.parse().ok()))
        .collect();
    assert_eq!(
        headings.first(),
        Some(&1),
        "{name}: the notice name is not H1: {s:?}"
    );
    assert_eq!(
        headings.iter().filter(|l| **l == 1).count(),
        1,
        "{name}: one H1"
    );
    for w in headings.windows(2) {
        assert!(
            w[1] <= w[0] + 1,
            "{name}: heading level skipped: {headings:?}"
        );
    }
    assert!(headings.iter().all(|l| *l <= 3), "{name}: {headings:?}");
    for t in ["L", "LI", "LBody", "Table", "TR", "TH", "TD"] {
        assert!(
            s.iter().any(|x| x == t),
            "{name}: no {t} in the structure: {s:?}"
        );
    }
    for t in ["TH", "TD"] {
        assert!(s.iter().any(|x| x == t), "{name}: no {t}");
    }
    let outline = pdf.outline();
    assert_eq!(
        outline.len(),
        headings.len(),
        "{name}: a bookmark for every heading: {outline:?}"
    );
    let uris = pdf.link_uris();
    assert!(
        uris.iter().any(|u| u.starts_with("mailto:")),
        "{name}: no e-mail link: {uris:?}"
    );
    for u in &uris {
        assert!(
            ["mailto:", "tel:", "https://", "http://"]
                .iter()
                .any(|p| u.starts_with(p)),
            "{name}: link {u:?}"
        );
    }
    assert!(
        s.iter().any(|x| x == "Link"),
        "{name}: links are not tagged"
    );
}

// ------------------------------------------------------------------ page measures

/// One line of text as `pdftotext -bbox-layout` places it.
#[derive(Debug)]
struct Line {
    y_min: f64,
    y_max: f64,
    text: String,
}

/// The body lines of every page (the footer band left out), top to bottom.
fn body_lines(path: &Path) -> Vec<Vec<Line>> {
    let xml = tool("pdftotext", &["-bbox-layout"], path);
    let page_re = regex::Regex::new(r#"<page width="[\d.]+" height="([\d.]+)">"#).unwrap();
    let line_re = regex::Regex::new(
        r#"(?s)<line xMin="[\d.-]+" yMin="([\d.-]+)" xMax="[\d.-]+" yMax="([\d.-]+)">(.*?)</line>"#,
    )
    .unwrap();
    let word_re = regex::Regex::new(r#"<word [^>]*>([^<]*)</word>"#).unwrap();
    let mut pages = Vec::new();
    for page in xml.split("</page>") {
        let Some(h) = page_re.captures(page) else {
            continue;
        };
        let height: f64 = h[1].parse().unwrap();
        let body_bottom =
            height - f64::from(seloste::render::pdf::MARGIN_BOTTOM_MM) * 72.0 / 25.4 + 2.0;
        let mut lines: Vec<Line> = line_re
            .captures_iter(page)
            .map(|c| Line {
                y_min: c[1].parse().unwrap(),
                y_max: c[2].parse().unwrap(),
                text: word_re
                    .captures_iter(&c[3])
                    .map(|w| html_unescape(&w[1]))
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .filter(|l| l.y_max <= body_bottom)
            .collect();
        lines.sort_by(|a, b| a.y_min.total_cmp(&b.y_min));
        pages.push(lines);
    }
    pages
}

fn html_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Letters and digits only, for comparing text however it was broken over lines.
fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// What is wrong with the pages of `path`: headings with nothing after them on their page,
/// pages that hold only one or two lines.
fn page_problems(path: &Path) -> Vec<String> {
    let pages = body_lines(path);
    let outline = Pdf::read(path).outline();
    let mut problems = Vec::new();
    for (title, page, top) in &outline {
        let lines: Vec<&Line> = pages[*page]
            .iter()
            .filter(|l| l.y_max > top - 1.0)
            .collect();
        // The heading's own lines come first; something must follow them on the page.
        let want = letters(title).len();
        let mut seen = 0;
        let mut rest = lines.iter().skip_while(|l| {
            let before = seen;
            seen += letters(&l.text).len();
            before < want
        });
        if rest.next().is_none() && *page + 1 < pages.len() {
            problems.push(format!(
                "heading {title:?} alone at the bottom of page {}",
                page + 1
            ));
        }
    }
    if pages.len() > 1 {
        for (i, p) in pages.iter().enumerate() {
            if p.len() <= 2 {
                problems.push(format!(
                    "page {} holds only {} line(s): {p:?}",
                    i + 1,
                    p.len()
                ));
            }
        }
    }
    problems
}

// ------------------------------------------------------------------ samples

#[test]
fn every_sample_is_tagged_with_headings_lists_tables_links_and_bookmarks() {
    for (_, lang, path) in samples() {
        assert_accessible(path, lang);
    }
}

#[test]
fn every_sample_keeps_headings_with_their_text_and_fills_its_pages() {
    let mut problems = Vec::new();
    for (_, _, path) in samples() {
        for p in page_problems(path) {
            problems.push(format!("{}: {p}", path.display()));
        }
        assert_words_inside(path);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn sample_metadata_names_the_notice_and_the_controller_without_dates() {
    for (id, lang, path) in samples() {
        let info = tool("pdfinfo", &[], path);
        let title = info
            .lines()
            .find_map(|l| l.strip_prefix("Title:"))
            .unwrap_or_default()
            .trim();
        let author = info
            .lines()
            .find_map(|l| l.strip_prefix("Author:"))
            .unwrap_or_default()
            .trim();
        assert!(!author.is_empty(), "{id}/{lang}: no author: {info}");
        assert!(
            title.ends_with(author),
            "{id}/{lang}: {title:?} lacks {author:?}"
        );
        // The only date is the notice's own (PDF/A needs one): midnight, not the build's time.
        for l in info.lines().filter(|l| l.contains("Date:")) {
            assert!(
                l.contains(" 00:00:00 "),
                "{id}/{lang}: a build time: {info}"
            );
        }
        assert!(info.contains("Tagged:          yes"), "{id}/{lang}: {info}");
    }
}

#[test]
fn finnish_and_swedish_are_hyphenated() {
    for want in ["fi", "sv"] {
        let hyphenated: usize = samples()
            .iter()
            .filter(|(_, lang, _)| lang == want)
            .map(|(_, _, path)| {
                let text = tool("pdftotext", &["-enc", "UTF-8"], path);
                text.lines()
                    .filter(|l| {
                        l.ends_with(['-', '\u{ad}'])
                            && l.trim_end_matches(['-', '\u{ad}'])
                                .chars()
                                .last()
                                .is_some_and(|c| c.is_alphabetic())
                    })
                    .count()
            })
            .sum();
        assert!(hyphenated > 0, "no {want} line ends in a hyphen");
    }
}

// ------------------------------------------------------------------ stress notices

/// A Finnish register whose security text is `security` (a literal block, so Markdown
/// line structure is kept), the controller's website `website`.
fn register(id: &str, security: &str, website: &str) -> String {
    let security: String = security.lines().map(|l| format!("  {l}\n")).collect();
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
  phone: +358 40 123 4567
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

/// Builds `yaml` as `<id>.yaml` in a fresh folder of the repository; the Finnish PDF.
fn build_one(id: &str, yaml: &str) -> (Built, PathBuf, tempfile::TempDir) {
    let dir = common::repo_tempdir();
    std::fs::write(dir.path().join(format!("{id}.yaml")), yaml).unwrap();
    let built = build_in(
        dir.path(),
        &dir.path().join("out"),
        &[&format!("{id}.yaml")],
    );
    let pdf = built.out.join(id).join("fi.pdf");
    (built, pdf, dir)
}

fn pdf_text(path: &Path) -> String {
    // A line broken at a hyphen (Typst's is a soft hyphen) reads as one word again.
    tool("pdftotext", &["-enc", "UTF-8"], path)
        .replace("\u{ad}\n", "")
        .replace("-\n", "")
}

#[test]
fn a_paragraph_of_400_000_characters_prints_every_word_in_order() {
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
    let (built, pdf, _dir) = build_one(
        "long",
        &register("long", &paragraph, "https://esimerkki.fi"),
    );
    assert!(built.ok, "{}", built.output);
    let text = pdf_text(&pdf);
    let mut printed = text.split_whitespace();
    for word in &words {
        assert!(
            printed.any(|p| p == word),
            "{word:?} missing or out of order"
        );
    }
    assert_words_inside(&pdf);
    assert!(page_problems(&pdf).is_empty(), "{:?}", page_problems(&pdf));
}

#[test]
fn long_words_urls_and_nested_lists_wrap_inside_the_margins_and_read_whole() {
    let word: String = "Tietosuojaselosteenlaatimisvelvollisuus".repeat(6)[..200].to_string();
    let url = format!(
        "https://www.esimerkki.fi/tietosuoja/seloste?kampanja={}",
        "0fedcba987654321".repeat(12)
    )[..241]
        .to_string();
    let mut nested = String::new();
    for depth in 0..8 {
        nested.push_str(&format!("{}- taso{depth}\n", "  ".repeat(depth)));
    }
    // A code that no hyphenation pattern can break.
    let token: String = "0F1E2D3C4B5A6978".repeat(13)[..200].to_string();
    let security = format!(
        "Sana: {word} loppu.\n\nKoodi {token} loppu.\n\nLue lisää: {url} tai soita.\n\n{nested}"
    );
    let (built, pdf, _dir) = build_one("stress", &register("stress", &security, &url));
    assert!(built.ok, "{}", built.output);
    assert_words_inside(&pdf);
    let text = pdf_text(&pdf).replace('\n', "");
    assert!(
        letters(&text).contains(&letters(&word)),
        "the long word is cut: {text}"
    );
    assert!(text.contains(&token), "the code is cut: {text}");
    assert_eq!(text.matches(&url).count(), 2, "{text}");
    for depth in 0..8 {
        assert!(
            text.contains(&format!("taso{depth}")),
            "level {depth} dropped: {text}"
        );
    }
    let uris = Pdf::read(&pdf).link_uris();
    for want in [
        "mailto:tietosuoja@esimerkki.fi",
        "tel:+358401234567",
        url.as_str(),
    ] {
        assert!(
            uris.iter().any(|u| u == want),
            "no link to {want}: {uris:?}"
        );
    }
    assert_accessible(&pdf, "fi");
    assert!(page_problems(&pdf).is_empty(), "{:?}", page_problems(&pdf));
}

/// Payloads for Typst markup and code, and the XSS list: each must be printed as it is.
fn payloads() -> Vec<String> {
    include_str!("../fixtures/pdf/typst-payloads.txt")
        .lines()
        .chain(include_str!("../fixtures/build/xss-payloads.txt").lines())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn injection_payloads_in_every_text_are_printed_as_literal_text() {
    let src = std::fs::read_to_string(root().join("tests/fixtures/build/xss.yaml")).unwrap();
    let payloads = payloads();
    assert!(payloads.len() >= 25, "{}", payloads.len());
    let fields = regex::Regex::new(r"PAYLOAD(\d+)").unwrap();
    let slots = fields
        .captures_iter(&src)
        .filter_map(|c| c[1].parse::<usize>().ok())
        .max()
        .unwrap()
        + 1;
    // Every payload in every slot over a few rounds; each round is one register.
    let rounds = payloads.len().div_ceil(slots) + 1;
    for round in 0..rounds {
        let mut text = src.clone();
        let mut expected = Vec::new();
        for i in (0..slots).rev() {
            let p = &payloads[(i + round * slots) % payloads.len()];
            text = text.replace(&format!("PAYLOAD{i}"), &p.replace('\'', "''"));
            expected.push(p.clone());
        }
        // Every slot number is also in a plain (not Markdown) text, printed as it is.
        let (built, pdf, _dir) = build_one("xss", &text);
        assert!(built.ok, "round {round}: {}", built.output);
        // Compared without white space: a long payload is broken over lines anywhere.
        let bare = |s: &str| s.split_whitespace().collect::<String>();
        let printed = bare(&pdf_text(&pdf));
        for p in &expected {
            if !printed.contains(&bare(p)) {
                panic!("round {round}: {p:?} is not printed as it is:\n{printed}");
            }
        }
        assert_accessible(&pdf, "fi");
    }
}

// ------------------------------------------------------------------ rebuilds, templates

#[test]
fn a_rebuild_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let a = build_in(root(), &dir.path().join("a"), &["notices/rekrytointi.yaml"]);
    let b = build_in(root(), &dir.path().join("b"), &["notices/rekrytointi.yaml"]);
    assert!(a.ok && b.ok, "{}{}", a.output, b.output);
    let mut compared = 0;
    for (rel, path) in common::files_under(&a.out) {
        if rel.ends_with(".pdf") {
            let other = std::fs::read(b.out.join(&rel)).unwrap();
            assert!(std::fs::read(&path).unwrap() == other, "{rel} differs");
            compared += 1;
        }
    }
    assert_eq!(compared, 3);
}

#[test]
fn the_pdf_standards_on_offer_are_written() {
    let dir = tempfile::tempdir().unwrap();
    for (standard, marker) in [
        ("a-2b", "pdfaid:part>2<"),
        ("a-3b", "pdfaid:part>3<"),
        ("ua-1", "pdfuaid:part>1<"),
    ] {
        let out = dir.path().join(standard);
        let o = common::seloste_command()
            .current_dir(root())
            .args([
                "build",
                "--format",
                "pdf",
                "--lang",
                "fi",
                "--pdf-standard",
                standard,
                "--out",
            ])
            .arg(&out)
            .arg("notices/rekrytointi.yaml")
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{standard}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let pdf = out.join("rekrytointi/fi.pdf");
        let meta = Command::new("qpdf")
            .args(["--qdf", "--object-streams=disable"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&meta.stdout).replace(['"', ' '], "");
        let found =
            text.contains(marker) || text.contains(&marker.replace(">", "=").replace("<", ""));
        assert!(found, "{standard}: no {marker} in the XMP metadata");
        assert_accessible(&pdf, "fi");
    }
}

#[test]
fn a_broken_user_template_is_an_error_naming_its_file_and_line() {
    let dir = common::repo_tempdir();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("notice.typ"),
        "#let data = json(\"view.json\")\n\n#let broken = (data.n.name\n= Otsikko\n",
    )
    .unwrap();
    std::fs::copy(
        root().join("notices/rekrytointi.yaml"),
        dir.path().join("r.yaml"),
    )
    .unwrap();
    let o = common::seloste_command()
        .current_dir(dir.path())
        .args([
            "build",
            "--format",
            "pdf",
            "--templates",
            "templates",
            "--out",
            "out",
            "r.yaml",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).to_string() + &String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success(), "{err}");
    assert!(err.contains("notice.typ, line 3"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // A template that reads a file outside its data is refused the same way.
    std::fs::write(templates.join("notice.typ"), "#read(\"/etc/passwd\")\n").unwrap();
    let o = common::seloste_command()
        .current_dir(dir.path())
        .args([
            "build",
            "--format",
            "pdf",
            "--templates",
            "templates",
            "--out",
            "out2",
            "r.yaml",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr).to_string() + &String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success(), "{err}");
    assert!(err.contains("notice.typ, line 1"), "{err}");
}
