//! `seloste ropa`: the record of processing activities (Art 30). The workbook is read back
//! with an independent reader (calamine) and compared cell by cell with the CSV; every
//! sample register is in it; the header is frozen and filtered; the output does not change
//! from run to run; the CSV and the Markdown are snapshots; bad options are refused. And no
//! `internal:` value ever reaches a notice (HTML, PDF, Markdown), while the record has them.

use crate::common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{copy_dir, files_under, repo_tempdir, seloste_command};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Output;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `seloste ropa notices/ --out <out> <extra…>` in the repository.
fn ropa(out: &Path, extra: &[&str]) -> Output {
    seloste_command()
        .current_dir(repo())
        .arg("ropa")
        .arg("notices")
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

fn ok(o: &Output) {
    assert!(
        o.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// An RFC 4180 reader: the BOM, quoted fields with "" and line breaks, CRLF records.
fn parse_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a BOM");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            '\n' => panic!("a bare LF ends a record"),
            c => field.push(c),
        }
    }
    assert!(!quoted, "an unterminated quoted field");
    assert!(
        field.is_empty() && row.is_empty(),
        "the last record has no CRLF"
    );
    rows
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// An Excel serial date as `YYYY-MM-DD`, by search (the record's dates are recent).
fn excel_date(serial: f64) -> String {
    let days = serial.floor() as i64 + days_from_civil(1899, 12, 30);
    for y in 1990..2100 {
        for m in 1..=12 {
            for d in 1..=31 {
                if days_from_civil(y, m, d) == days {
                    return format!("{y:04}-{m:02}-{d:02}");
                }
            }
        }
    }
    panic!("serial {serial} is no date of 1990-2099")
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::DateTime(dt) => {
            assert!(dt.is_datetime(), "{dt:?} is a date");
            excel_date(dt.as_f64())
        }
        other => panic!("unexpected cell {other:?}"),
    }
}

/// The sheets of a workbook as rows of texts, each row as long as the header.
fn read_xlsx(path: &Path) -> Vec<(String, Vec<Vec<String>>, Vec<Vec<Data>>)> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = wb.worksheet_range(&name).unwrap();
            assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
            let raw: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
            let text = raw
                .iter()
                .map(|r| r.iter().map(cell_text).collect())
                .collect();
            (name, text, raw)
        })
        .collect()
}

fn zip_entry(path: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_workbook_holds_what_the_csv_holds_cell_by_cell() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["fi", "sv", "en"] {
        let (x, c) = (
            dir.path().join(format!("r-{lang}.xlsx")),
            dir.path().join(format!("r-{lang}.csv")),
        );
        ok(&ropa(&x, &["--lang", lang]));
        ok(&ropa(&c, &["--lang", lang]));
        let csv = parse_csv(&std::fs::read(&c).unwrap());
        let sheets = read_xlsx(&x);
        assert_eq!(sheets.len(), 2, "the record's sheet and the controllers'");
        let (name, rows, raw) = &sheets[0];
        assert!(!name.is_empty());
        assert!(csv.len() > 1);
        assert_eq!(rows.len(), csv.len(), "{lang}: as many rows");
        let width = csv[0].len();
        for (i, (xr, cr)) in rows.iter().zip(&csv).enumerate() {
            assert_eq!(cr.len(), width, "{lang}: CSV row {i} has every column");
            assert_eq!(xr.len(), width, "{lang}: sheet row {i} has every column");
            for (j, (xc, cc)) in xr.iter().zip(cr).enumerate() {
                // The CSV marks a text a spreadsheet would read as a formula with `'`.
                let cc = match cc.strip_prefix('\'') {
                    Some(rest) if rest.starts_with(['=', '+', '@', '-']) => rest,
                    _ => cc.as_str(),
                };
                assert_eq!(xc, cc, "{lang}: row {i}, column {j} ({})", csv[0][j]);
            }
        }
        // The last column is the notice's date: a date in the workbook, not a text.
        assert!(
            raw.iter()
                .skip(1)
                .all(|r| matches!(r.last(), Some(Data::DateTime(_)))),
            "{lang}: the dates are dates"
        );
        // The controllers' sheet: a header and one row per controller.
        let (_, controllers, _) = &sheets[1];
        assert!(controllers.len() > 1);
        assert!(controllers.iter().skip(1).all(|r| !r[0].is_empty()));
    }
}

/// The registers of the samples, as (name in `lang`, number of purposes).
fn sample_registers(lang: &str) -> Vec<(String, usize)> {
    let checked =
        seloste::check::check_paths_on(&[repo().join("notices")], seloste::model::Date::today());
    let mut out = Vec::new();
    for doc in &checked.workspace.docs {
        if let seloste::load::Content::Register(r) = &doc.content {
            let name = r
                .meta
                .name
                .get(lang)
                .or_else(|| r.meta.name.get(&r.meta.languages[0]))
                .unwrap()
                .trim()
                .to_string();
            out.push((name, r.purposes.len()));
        }
    }
    out
}

#[test]
fn every_sample_register_is_in_the_record_with_a_row_per_purpose() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["fi", "en"] {
        let c = dir.path().join(format!("r-{lang}.csv"));
        ok(&ropa(&c, &["--lang", lang]));
        let csv = parse_csv(&std::fs::read(&c).unwrap());
        let registers = sample_registers(lang);
        assert!(registers.len() >= 6, "the samples: {registers:?}");
        let column = 1; // the register's
        for (name, purposes) in &registers {
            let rows = csv.iter().skip(1).filter(|r| &r[column] == name).count();
            assert_eq!(rows, *purposes, "{lang}: {name}");
        }
        let total: usize = registers.iter().map(|(_, p)| p).sum();
        assert_eq!(csv.len() - 1, total, "{lang}: no other rows");
    }
}

#[test]
fn the_header_is_frozen_and_filtered_and_the_workbook_has_a_fixed_date() {
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("r.xlsx");
    ok(&ropa(&x, &["--lang", "fi"]));
    let rows = read_xlsx(&x)[0].1.len();
    let sheet = zip_entry(&x, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "frozen header row:\n{sheet}"
    );
    let last_col = seloste::ropa::COLUMNS.len();
    let col = |n: usize| -> String {
        let n = n - 1;
        if n < 26 {
            ((b'A' + n as u8) as char).to_string()
        } else {
            format!(
                "{}{}",
                (b'A' + (n / 26 - 1) as u8) as char,
                (b'A' + (n % 26) as u8) as char
            )
        }
    };
    let filter = format!(r#"<autoFilter ref="A1:{}{rows}"/>"#, col(last_col));
    assert!(sheet.contains(&filter), "{filter} in:\n{sheet}");
    assert!(sheet.contains("wrapText") || zip_entry(&x, "xl/styles.xml").contains("wrapText"));
    // The creation date is the newest `updated` of the samples, never the clock.
    let newest =
        seloste::check::check_paths_on(&[repo().join("notices")], seloste::model::Date::today())
            .workspace
            .docs
            .iter()
            .filter_map(|d| match &d.content {
                seloste::load::Content::Register(r) => Some(r.meta.updated),
                _ => None,
            })
            .max()
            .unwrap();
    let core = zip_entry(&x, "docProps/core.xml");
    assert!(
        core.contains(&format!(
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{newest}T00:00:00Z</dcterms:created>"#
        )),
        "{core}"
    );
}

#[test]
fn two_runs_write_the_same_bytes_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["xlsx", "csv", "html", "md"] {
        let (a, b) = (
            dir.path().join(format!("a.{ext}")),
            dir.path().join(format!("b.{ext}")),
        );
        ok(&ropa(&a, &["--lang", "sv"]));
        ok(&ropa(&b, &["--lang", "sv"]));
        assert_eq!(
            std::fs::read(&a).unwrap(),
            std::fs::read(&b).unwrap(),
            "{ext}"
        );
    }
}

#[test]
fn the_csv_and_the_markdown_are_as_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("r.csv");
    ok(&ropa(&c, &["--lang", "fi"]));
    let csv = String::from_utf8(std::fs::read(&c).unwrap()).unwrap();
    let m = dir.path().join("r.md");
    ok(&ropa(&m, &["--lang", "en"]));
    let md = String::from_utf8(std::fs::read(&m).unwrap()).unwrap();
    insta::with_settings!({ snapshot_path => "snapshots/ropa", prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("record_fi_csv", csv.replace("\r\n", "⏎\n"));
        insta::assert_snapshot!("record_en_md", md);
    });
}

#[test]
fn the_html_record_is_a_table_with_every_register() {
    let dir = tempfile::tempdir().unwrap();
    let h = dir.path().join("r.html");
    ok(&ropa(&h, &["--lang", "en"]));
    let html = std::fs::read_to_string(&h).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let th = scraper::Selector::parse("table.ropa thead th").unwrap();
    let tr = scraper::Selector::parse("table.ropa tbody tr").unwrap();
    assert_eq!(doc.select(&th).count(), seloste::ropa::COLUMNS.len());
    let registers = sample_registers("en");
    let total: usize = registers.iter().map(|(_, p)| p).sum();
    assert_eq!(doc.select(&tr).count(), total);
    for (name, _) in &registers {
        assert!(html.contains(&name.replace('\'', "&#x27;")), "{name}");
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn bad_options_are_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    // A file name that names no format.
    let o = ropa(&dir.path().join("record.txt"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot tell the format"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("--format"), "{}", stderr(&o));
    // An unknown format.
    let o = ropa(&dir.path().join("r.xlsx"), &["--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pdf"), "{}", stderr(&o));
    // A language without a catalog.
    let o = ropa(&dir.path().join("r.csv"), &["--lang", "de"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`de`"), "{}", stderr(&o));
    // --out a folder.
    let o = ropa(dir.path(), &["--format", "csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("this is a folder"), "{}", stderr(&o));
    // --out in a folder that does not exist.
    let o = ropa(&dir.path().join("missing").join("r.csv"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot write the record"),
        "{}",
        stderr(&o)
    );
    // Nothing was written anywhere.
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
    // No register at all.
    let empty = repo_tempdir();
    let o = seloste_command()
        .current_dir(repo())
        .arg("ropa")
        .arg(empty.path())
        .arg("--out")
        .arg(dir.path().join("r.csv"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no register could be read"),
        "{}",
        stderr(&o)
    );
}

/// A marker for internal value `n`: letters and digits only, so that no renderer escapes
/// or breaks it.
fn marker(n: usize) -> String {
    format!("Zqinternal{n:03}qZ")
}

/// Removes the `internal:` section (and the comment line just before it) from a YAML file.
fn without_internal(text: &str) -> String {
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("internal:") {
            inside = true;
            if out.last().is_some_and(|l: &&str| l.starts_with('#')) {
                out.pop();
            }
            continue;
        }
        if inside && (line.starts_with(' ') || line.is_empty()) {
            continue;
        }
        inside = false;
        out.push(line);
    }
    out.join("\n") + "\n"
}

/// The first recipient id of a YAML file's top-level `recipients:` list, if any.
fn first_recipient(text: &str) -> Option<String> {
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("recipients:") {
            inside = true;
        } else if inside && !line.starts_with(' ') && !line.is_empty() {
            return None;
        } else if inside && let Some(id) = line.strip_prefix("  - id: ") {
            return Some(id.trim().to_string());
        }
    }
    None
}

/// Gives every register and organisation file under `dir` an `internal:` section whose
/// every value is a marker. Returns the markers, and those that every record must show
/// (the owners and systems of the registers).
fn mark_internal(dir: &Path) -> (Vec<String>, Vec<String>) {
    let mut n = 0;
    let mut next = || {
        n += 1;
        marker(n)
    };
    let (mut markers, mut always) = (Vec::new(), Vec::new());
    for (_, path) in files_under(dir) {
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = without_internal(&std::fs::read_to_string(&path).unwrap());
        let organisation = text.lines().any(|l| l.starts_with("organisation:"));
        let values: Vec<String> = (0..5).map(|_| next()).collect();
        let recipient = first_recipient(&text).unwrap_or_else(|| "nobody".into());
        let mut section = format!(
            "internal:\n  owner: {}\n  systems: [{}, {}]\n  security_measures: {}\n  contracts:\n    - recipient: {recipient}\n      link: {}\n",
            values[0], values[1], values[2], values[3], values[4]
        );
        if !organisation {
            always.extend(values[..3].iter().cloned());
            let more: Vec<String> = (0..3).map(|_| next()).collect();
            section.push_str(&format!(
                "  lia:\n    status: done\n    link: {}\n  dpia:\n    status: done\n    link: {}\n  consent_records: {}\n  large_scale: true\n",
                more[0], more[1], more[2]
            ));
            markers.extend(more);
        }
        markers.extend(values);
        std::fs::write(&path, format!("{text}{section}")).unwrap();
    }
    (markers, always)
}

fn pdf_text(path: &Path) -> String {
    common::tool("pdftotext", &[], path)
}

#[test]
fn no_internal_value_reaches_a_notice_and_the_record_has_them() {
    let tmp = repo_tempdir();
    let input = tmp.path().join("notices");
    copy_dir(&repo().join("notices"), &input);
    let (markers, always) = mark_internal(&input);
    assert!(markers.len() > 40, "{} markers", markers.len());
    // The marked samples are still clean, so every notice is built.
    let check = seloste_command()
        .current_dir(repo())
        .arg("check")
        .arg(&input)
        .output()
        .unwrap();
    ok(&check);
    let out = tmp.path().join("out");
    let build = seloste_command()
        .current_dir(repo())
        .arg("build")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    ok(&build);
    let files = files_under(&out);
    let mut looked = [0usize; 3];
    for (name, path) in &files {
        let text = match path.extension().and_then(|e| e.to_str()) {
            Some("html") => {
                looked[0] += 1;
                std::fs::read_to_string(path).unwrap()
            }
            Some("md") => {
                looked[1] += 1;
                std::fs::read_to_string(path).unwrap()
            }
            Some("pdf") => {
                looked[2] += 1;
                let raw = std::fs::read(path).unwrap();
                let raw = String::from_utf8_lossy(&raw).into_owned();
                pdf_text(path) + &raw
            }
            _ => std::fs::read_to_string(path).unwrap_or_default(),
        };
        let lower = text.to_lowercase();
        for m in &markers {
            assert!(
                !lower.contains(&m.to_lowercase()),
                "{name}: internal value {m} is in a public output"
            );
        }
    }
    // Every register in every language and format was looked at.
    let registers = files.iter().filter(|(n, _)| n.ends_with(".pdf")).count();
    assert!(registers >= 6, "{files:?}");
    assert!(looked.iter().all(|&k| k >= registers), "{looked:?}");
    // The record has them: the markers are where the test can find them.
    let record = tmp.path().join("record.md");
    let o = seloste_command()
        .current_dir(repo())
        .arg("ropa")
        .arg(&input)
        .arg("--out")
        .arg(&record)
        .output()
        .unwrap();
    ok(&o);
    let md = std::fs::read_to_string(&record).unwrap();
    for m in &always {
        assert!(md.contains(m.as_str()), "the record lacks {m}");
    }
    // The others show where they apply (an assessment's link on the purposes of its basis,
    // the organisation's security measures only for a register without its own): most do.
    let shown = markers.iter().filter(|m| md.contains(m.as_str())).count();
    assert!(
        shown * 10 >= markers.len() * 6,
        "the record shows {shown} of {} markers",
        markers.len()
    );
    let _: PathBuf = out;
}
