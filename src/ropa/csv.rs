//! The record as CSV (RFC 4180): comma-separated, every field quoted when it holds a
//! comma, a quote or a line break, CRLF between records, UTF-8 with a byte order mark so
//! that Excel reads the letters right. The controllers' table is left out (one table per
//! file); the XLSX and HTML records have it.
//!
//! A field that a spreadsheet would read as a formula (`=…`, `+…`, `@…`, `-1…`) gets a
//! leading `'`, which spreadsheets read as "text follows" (OWASP's advice against CSV
//! injection): a register file edited by many hands must not run anything on the officer's
//! machine. The workbook needs no such mark: its cells are written as strings.

use super::Record;

/// The byte order mark Excel needs to read a CSV file as UTF-8.
const BOM: &str = "\u{feff}";

/// True when a spreadsheet would read `s` as a formula.
fn formula_like(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => chars.next().is_some_and(|c| !c.is_whitespace()),
        _ => false,
    }
}

fn field(out: &mut String, s: &str) {
    let marked;
    let s = if formula_like(s) {
        marked = format!("'{s}");
        marked.as_str()
    } else {
        s
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> String {
        let mut out = String::new();
        field(&mut out, s);
        out
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(one("plain"), "plain");
        assert_eq!(one("a, b"), "\"a, b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("two\nlines"), "\"two\nlines\"");
        assert_eq!(one(" padded"), "\" padded\"");
        assert_eq!(one(""), "");
    }

    #[test]
    fn formulas_are_marked_as_text() {
        assert_eq!(one("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(one("+358 40 123"), "'+358 40 123");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(one("-1+2"), "'-1+2");
        assert_eq!(one("- a list item"), "- a list item");
        assert_eq!(one("Kirjanpito"), "Kirjanpito");
    }
}
