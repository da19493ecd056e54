//! The record as CSV (RFC 4180): comma-separated, every field quoted when it holds a
//! comma, a quote or a line break, CRLF between records, UTF-8 with a byte order mark so
//! that Excel reads the letters right. The controllers' table is left out (one table per
//! file); the XLSX and HTML records have it.

use super::Record;

/// The byte order mark Excel needs to read a CSV file as UTF-8.
const BOM: &str = "\u{feff}";

fn field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

fn record(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, &f);
    }
    out.push_str("\r\n");
}

/// The record as CSV bytes.
pub fn render(r: &Record) -> Vec<u8> {
    let mut out = String::from(BOM);
    record(&mut out, r.columns.iter().cloned());
    for row in &r.rows {
        record(&mut out, row.iter().map(|c| c.joined()));
    }
    out.into_bytes()
}
