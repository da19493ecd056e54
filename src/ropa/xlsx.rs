//! The record as an Excel workbook (rust_xlsxwriter): the record's sheet with the header
//! row frozen, filters on every column, widths from the contents, wrapped text and the
//! dates as dates; then a sheet of the controllers' details. The workbook's creation date
//! is the newest `updated` date of the registers, never the clock, so the same registers
//! give the same bytes.

use super::{Cell, Record};
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

/// Column widths, in characters.
const MIN_WIDTH: usize = 12;
const MAX_WIDTH: usize = 48;

/// Excel's limit on a sheet's name.
const SHEET_NAME_CHARS: usize = 31;

fn sheet_name(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(SHEET_NAME_CHARS)
        .collect()
}

fn date(iso: &str) -> Option<ExcelDateTime> {
    let d = crate::model::Date::parse(iso)?;
    ExcelDateTime::from_ymd(u16::try_from(d.year).ok()?, d.month as u8, d.day as u8).ok()
}

fn sheet(
    ws: &mut Worksheet,
    name: &str,
    headings: &[String],
    rows: &[Vec<Cell>],
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(name))?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xDDE7F0));
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date_format = Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_align(FormatAlign::Top)
        .set_align(FormatAlign::Left);
    let mut widths: Vec<usize> = headings.iter().map(|h| h.chars().count()).collect();
    for (c, h) in headings.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &header)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            match cell {
                Cell::Date { iso, .. } => match date(iso) {
                    Some(d) => {
                        ws.write_datetime_with_format(r, col, &d, &date_format)?;
                    }
                    None => {
                        ws.write_string_with_format(r, col, iso, &wrap)?;
                    }
                },
                Cell::Lines { lines } if lines.is_empty() => {}
                Cell::Lines { lines } => {
                    ws.write_string_with_format(r, col, lines.join("\n"), &wrap)?;
                }
            }
            let longest = cell
                .joined()
                .lines()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0);
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(longest);
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64 + 2.0)?;
    }
    if !headings.is_empty() {
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, rows.len() as u32, headings.len() as u16 - 1)?;
        ws.set_repeat_rows(0, 0)?;
    }
    ws.set_landscape();
    Ok(())
}

/// The record as the bytes of an .xlsx file.
pub fn render(r: &Record) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let created = r
        .newest
        .as_deref()
        .and_then(date)
        .map_or_else(|| ExcelDateTime::from_ymd(2000, 1, 1), Ok)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(&r.title)
            .set_creation_datetime(&created),
    );
    sheet(wb.add_worksheet(), &r.sheet, &r.columns, &r.rows)?;
    sheet(
        wb.add_worksheet(),
        &r.controllers_title,
        &r.controller_columns,
        &r.controllers,
    )?;
    wb.save_to_buffer()
}
