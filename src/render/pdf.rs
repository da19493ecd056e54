//! PDF output: a print-specific HTML document laid out by printpdf into A4 pages.
//!
//! The HTML is laid out with printpdf's HTML engine (`PdfDocument::from_html`),
//! using only the DejaVu fonts shipped in `fonts/` (embedded with
//! `include_bytes!`, subset on save). No system font is consulted, so the output
//! does not depend on the machine.
//!
//! What the print template has to know (printpdf's HTML engine is not a browser):
//! - text must use `font-family: "DejaVu Sans"` ([`FONT_REGULAR`]); bold text is its
//!   own family, `font-family: "DejaVu Sans Bold"` ([`FONT_BOLD`]), not `font-weight`;
//! - tables need `table-layout: fixed` and an explicit width on every column,
//!   otherwise long cells overflow the page;
//! - no `<thead>`: printpdf repeats it on continuation pages as empty bordered
//!   boxes and shifts every later row's borders away from its text; put the header
//!   row (`<th>` cells) as the first row of `<tbody>` instead;
//! - `border-collapse: collapse` is not supported; use `border: 1px solid …` on cells;
//! - known limitation of printpdf 0.12.8's paginator: pages that hold table rows are
//!   broken after about two thirds of the page (rows never tear, but space is left at
//!   the bottom), and a table that would start low on a page starts on the next one;
//! - [`BASE_CSS`] holds rules that satisfy both and can be put into the template's
//!   `<style>` element.
//!
//! The page footer (left: [`PageDecor::footer_left`], right: "Sivu N / M") is drawn
//! by this module on every page after layout, inside the bottom margin.
//!
//! Output is deterministic: no dates are written and the document ID is a hash of
//! the input, so the same input gives a byte-identical PDF.

use crate::diagnostic::Msg;
use crate::msg;
use std::collections::BTreeMap;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

use azul_css::props::basic::FontRef;
use azul_layout::font_traits::FontManager;
use printpdf::html::SharedFontPool;
use printpdf::html::rust_fontconfig::{FcFontCache, FcParseFontBytes};
use printpdf::{
    Base64OrRaw, Color, FontId, GeneratePdfOptions, Line, LinePoint, Op, ParsedFont, PdfDocument,
    PdfFontHandle, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, Rgb, TextItem,
};

/// Family name of the regular face, for `font-family` in the print template.
pub const FONT_REGULAR: &str = "DejaVu Sans";
/// Family name of the bold face (bold is its own family in printpdf's HTML engine).
pub const FONT_BOLD: &str = "DejaVu Sans Bold";

/// CSS that the print template can include: fonts, headings in the bold family,
/// and fixed table layout. Column widths still have to be set per table
/// (`<col style="width: 30%">` or a width on each cell of the first row).
pub const BASE_CSS: &str = r#"
body { margin: 0; font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.35; color: #1a1a1a; overflow-wrap: anywhere; }
h1, h2, h3, h4, th, strong, b { font-family: "DejaVu Sans Bold"; font-weight: normal; }
h1 { font-size: 18pt; margin: 0 0 8pt 0; }
h2 { font-size: 13pt; margin: 14pt 0 6pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
ul, ol { margin: 0 0 6pt 0; padding-left: 14pt; }
li { margin: 0 0 2pt 0; }
table { table-layout: fixed; width: 100%; margin: 4pt 0 8pt 0; }
th, td { border: 1px solid #999999; padding: 3pt 4pt; text-align: left; vertical-align: top; }
"#;

/// A4 in millimetres.
const PAGE_WIDTH_MM: f32 = 210.0;
const PAGE_HEIGHT_MM: f32 = 297.0;
/// Margins of the laid-out content in millimetres.
pub const MARGIN_TOP_MM: f32 = 20.0;
pub const MARGIN_RIGHT_MM: f32 = 20.0;
pub const MARGIN_BOTTOM_MM: f32 = 22.0;
pub const MARGIN_LEFT_MM: f32 = 20.0;
/// Baseline of the footer text, from the bottom edge of the page.
const FOOTER_BASELINE_MM: f32 = 11.0;
/// The rule above the footer, from the bottom edge of the page.
const FOOTER_RULE_MM: f32 = 15.5;
const FOOTER_FONT_SIZE_PT: f32 = 8.0;
/// Resource name of the footer font (fixed, so the output is deterministic).
const FOOTER_FONT_ID: &str = "FSelosteFooter";

static REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// Document metadata written to the PDF Info dictionary and the catalog (`/Lang`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfMeta {
    pub title: String,
    pub author: String,
    /// BCP 47 language tag, e.g. "fi", "sv", "en".
    pub language: String,
    pub subject: Option<String>,
}

/// What is drawn on every page outside the laid-out content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageDecor {
    /// Left side of the footer, e.g. "Tietosuojaseloste · päivitetty 1.2.2025".
    pub footer_left: String,
    /// Word before the page number on the right side, e.g. "Sivu" or "Page":
    /// the footer reads "Sivu 2 / 5".
    pub page_label: String,
}

/// Why no PDF could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The shipped fonts could not be parsed (a build problem, not an input one).
    Fonts(String),
    /// The HTML could not be parsed or laid out.
    Layout(Msg),
    /// The layout produced no page.
    NoPages,
    /// A text cannot be printed on the page: too deep, too wide, or lost by the layout
    /// (the message names the text and its heading, and says what to do).
    Unprintable(Msg),
    /// Writing the PDF failed.
    Write(Msg),
    /// The PDF library panicked on this input.
    Internal(String),
}

impl PdfError {
    /// The problem in the officer's words.
    pub fn msg(&self) -> Msg {
        match self {
            PdfError::Fonts(m) => msg!("pdf-fonts", error = m),
            PdfError::Layout(m) => msg!("pdf-layout", error = m.clone()),
            PdfError::NoPages => msg!("pdf-no-pages"),
            PdfError::Unprintable(m) => m.clone(),
            PdfError::Write(m) => m.clone(),
            PdfError::Internal(m) => msg!("pdf-internal", error = m),
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::messages::en(&self.msg()))
    }
}

impl std::error::Error for PdfError {}

/// Fonts parsed once per process and shared by every render.
struct SharedFonts {
    /// Family name → font bytes, as `from_html` wants them.
    by_family: BTreeMap<String, Base64OrRaw>,
    /// Font metadata cache holding only our fonts (no system font scan) and the
    /// pool of fonts parsed for layout, filled on first use.
    pool: SharedFontPool,
    /// The regular face, for the footer.
    regular: ParsedFont,
    /// A font manager that knows the shipped families; each document starts from a copy.
    manager: FontManager<FontRef>,
}

fn shared_fonts() -> Result<&'static SharedFonts, PdfError> {
    static FONTS: OnceLock<Result<SharedFonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(load_fonts)
        .as_ref()
        .map_err(|e| PdfError::Fonts(e.clone()))
}

fn load_fonts() -> Result<SharedFonts, String> {
    let mut by_family = BTreeMap::new();
    by_family.insert(
        FONT_REGULAR.to_string(),
        Base64OrRaw::Raw(REGULAR_TTF.to_vec()),
    );
    by_family.insert(FONT_BOLD.to_string(), Base64OrRaw::Raw(BOLD_TTF.to_vec()));

    let fc_cache = FcFontCache::default();
    for (name, bytes) in [(FONT_REGULAR, REGULAR_TTF), (FONT_BOLD, BOLD_TTF)] {
        let faces = FcParseFontBytes(bytes, name).ok_or_else(|| format!("{name}: unreadable"))?;
        fc_cache.with_memory_fonts(faces);
    }
    let pool = SharedFontPool {
        fc_cache: std::sync::Arc::new(fc_cache),
        parsed_fonts: Default::default(),
    };

    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut warnings)
        .ok_or_else(|| format!("{FONT_REGULAR}: unreadable"))?;
    let manager =
        super::pdf_layout::prepare_fonts(&[(FONT_REGULAR, REGULAR_TTF), (FONT_BOLD, BOLD_TTF)])?;
    Ok(SharedFonts {
        by_family,
        pool,
        regular,
        manager,
    })
}

/// Parses the shipped fonts now rather than at the first PDF (they are parsed once per
/// process); a failure is reported by that PDF.
pub fn prepare() {
    let _ = shared_fonts();
}

/// Lays out `html` on A4 pages and returns the bytes of the PDF.
///
/// Same input, same bytes. Never panics: a failure of the layout engine is an error.
pub fn html_to_pdf(html: &str, meta: &PdfMeta, decor: &PageDecor) -> Result<Vec<u8>, PdfError> {
    html_to_pdf_by(Layout::Prepared, html, meta, decor)
}

/// How the HTML is put on pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// printpdf's layout engine, started from fonts registered once per process
    /// (`pdf_layout`). What [`html_to_pdf`] uses.
    Prepared,
    /// printpdf's own `PdfDocument::from_html_with_cache`, which registers the fonts for
    /// every document. Kept as the reference the prepared layout must match byte for byte
    /// (`tests/pdf.rs`).
    Printpdf,
}

/// [`html_to_pdf`] with the layout path chosen.
pub fn html_to_pdf_by(
    layout: Layout,
    html: &str,
    meta: &PdfMeta,
    decor: &PageDecor,
) -> Result<Vec<u8>, PdfError> {
    let fonts = shared_fonts()?;
    match catch_unwind(AssertUnwindSafe(|| {
        render(layout, html, meta, decor, fonts)
    })) {
        Ok(result) => result,
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            Err(PdfError::Internal(msg))
        }
    }
}

/// The laid-out pages, from printpdf's own HTML entry point.
fn lay_out_with_printpdf(html: &str, fonts: &SharedFonts) -> Result<PdfDocument, PdfError> {
    let options = GeneratePdfOptions {
        font_embedding: Some(true),
        page_width: Some(PAGE_WIDTH_MM),
        page_height: Some(PAGE_HEIGHT_MM),
        margin_top: Some(MARGIN_TOP_MM),
        margin_right: Some(MARGIN_RIGHT_MM),
        margin_bottom: Some(MARGIN_BOTTOM_MM),
        margin_left: Some(MARGIN_LEFT_MM),
        ..GeneratePdfOptions::default()
    };
    let mut warnings = Vec::new();
    let doc = PdfDocument::from_html_with_cache(
        html,
        &BTreeMap::new(),
        &fonts.by_family,
        &options,
        &mut warnings,
        Some(fonts.pool.clone()),
    )
    .map_err(|e| PdfError::Layout(Msg::Raw(e)))?;
    let errors: Vec<&str> = warnings
        .iter()
        .filter(|w| w.severity == PdfParseErrorSeverity::Error)
        .map(|w| w.msg.as_str())
        .collect();
    if doc.pages.is_empty() && !errors.is_empty() {
        return Err(PdfError::Layout(Msg::Raw(errors.join("; "))));
    }
    Ok(doc)
}

fn render(
    layout: Layout,
    html: &str,
    meta: &PdfMeta,
    decor: &PageDecor,
    fonts: &SharedFonts,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = match layout {
        Layout::Printpdf => lay_out_with_printpdf(html, fonts)?,
        Layout::Prepared => super::pdf_layout::lay_out(
            html,
            &fonts.manager,
            super::pdf_layout::Geometry {
                width: PAGE_WIDTH_MM,
                height: PAGE_HEIGHT_MM,
                top: MARGIN_TOP_MM,
                right: MARGIN_RIGHT_MM,
                bottom: MARGIN_BOTTOM_MM,
                left: MARGIN_LEFT_MM,
            },
        )?,
    };
    if doc.pages.is_empty() {
        return Err(PdfError::NoPages);
    }

    add_footers(&mut doc, decor, &fonts.regular);

    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.subject = meta.subject.clone().unwrap_or_default();
    info.creator = "seloste".to_string();
    info.producer = "seloste (printpdf)".to_string();

    let save = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut save_warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&save, &mut save_warnings);
    finish_document(&mut lo, html, meta, decor)?;
    compress(&mut lo);
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| PdfError::Write(msg!("pdf-write", error = e.to_string())))?;
    Ok(out)
}

/// Catalog `/Lang`, no dates, and a document ID derived from the input.
fn finish_document(
    lo: &mut lopdf::Document,
    html: &str,
    meta: &PdfMeta,
    decor: &PageDecor,
) -> Result<(), PdfError> {
    use lopdf::{Object, StringFormat};

    // `/Lang` in the catalog needs PDF 1.4; printpdf writes 1.3 headers.
    lo.version = "1.7".to_string();
    tag_font_subsets(lo);

    let catalog = lo.catalog_mut().map_err(|e| {
        let e = msg!("pdf-no-catalog", error = e.to_string());
        PdfError::Write(msg!("pdf-write", error = e))
    })?;
    catalog.set(
        "Lang",
        Object::String(meta.language.as_bytes().to_vec(), StringFormat::Literal),
    );
    let mut prefs = lopdf::Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));

    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(info) = lo.get_dictionary_mut(info_id)
    {
        info.remove(b"CreationDate");
        info.remove(b"ModDate");
        info.remove(b"Trapped");
        info.remove(b"Keywords");
        // printpdf writes empty PDF/X fields; this is a plain PDF.
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Identifier");
        if meta.subject.is_none() {
            info.remove(b"Subject");
        }
    }

    let id = document_id(&[
        env!("CARGO_PKG_VERSION"),
        html,
        &meta.title,
        &meta.author,
        &meta.language,
        meta.subject.as_deref().unwrap_or("\u{0}"),
        &decor.footer_left,
        &decor.page_label,
    ]);
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.to_vec(), StringFormat::Hexadecimal),
            Object::String(id.to_vec(), StringFormat::Hexadecimal),
        ]),
    );
    Ok(())
}

/// Compresses the streams that may be (as `lopdf::Document::compress` does) at zlib's
/// default level rather than its best: a fifth of the time of a PDF went to the best
/// level, for files about 5% smaller.
fn compress(lo: &mut lopdf::Document) {
    use std::io::Write;
    for object in lo.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            if z.write_all(&stream.content).is_err() {
                continue;
            }
            if let Ok(packed) = z.finish()
                && packed.len() + 19 < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(packed);
            }
        }
    }
}

/// printpdf names subset fonts `F1234+DejaVuSans` (a prefix cut from its resource
/// name), but readers only treat a font as a subset when the tag is exactly six
/// upper-case letters. Rewrites each prefix to such a tag, derived from the old one.
fn tag_font_subsets(lo: &mut lopdf::Document) {
    use lopdf::Object;

    for object in lo.objects.values_mut() {
        let dict = match object {
            Object::Dictionary(dict) => dict,
            Object::Stream(stream) => &mut stream.dict,
            _ => continue,
        };
        for key in [b"BaseFont".as_slice(), b"FontName".as_slice()] {
            let Ok(Object::Name(name)) = dict.get(key) else {
                continue;
            };
            let Some(plus) = name.iter().position(|b| *b == b'+') else {
                continue;
            };
            let (prefix, rest) = name.split_at(plus);
            if prefix.len() == 6 && prefix.iter().all(u8::is_ascii_uppercase) {
                continue;
            }
            let hash = document_id(&[&String::from_utf8_lossy(prefix)]);
            let mut renamed: Vec<u8> = hash[..6].iter().map(|b| b'A' + b % 26).collect();
            renamed.extend_from_slice(rest);
            dict.set(key, Object::Name(renamed));
        }
    }
}

/// 16 bytes from two FNV-1a 64-bit hashes of the parts (length-prefixed).
fn document_id(parts: &[&str]) -> [u8; 16] {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    for part in parts {
        let len = (part.len() as u64).to_le_bytes();
        for byte in len.iter().chain(part.as_bytes()) {
            a = (a ^ u64::from(*byte)).wrapping_mul(PRIME);
            b = (b ^ u64::from(*byte)).wrapping_mul(PRIME).rotate_left(5);
        }
    }
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&a.to_be_bytes());
    id[8..].copy_from_slice(&b.to_be_bytes());
    id
}

fn mm_to_pt(mm: f32) -> Pt {
    Pt(mm * 72.0 / 25.4)
}

/// Width of `text` in points at `size`, from the font's advance widths.
fn text_width(font: &ParsedFont, text: &str, size: f32) -> f32 {
    let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
    let units: f32 = text
        .chars()
        .map(|c| {
            let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
            f32::from(font.get_horizontal_advance(gid))
        })
        .sum();
    units * size / units_per_em
}

/// Cuts `text` to fit `max_width` points, ending it with "…" when cut.
fn fit_text(font: &ParsedFont, text: &str, size: f32, max_width: f32) -> String {
    if text_width(font, text, size) <= max_width {
        return text.to_string();
    }
    let ellipsis_width = text_width(font, "…", size);
    let mut out = String::new();
    let mut width = 0.0;
    for c in text.chars() {
        let w = text_width(font, c.encode_utf8(&mut [0u8; 4]), size);
        if width + w + ellipsis_width > max_width {
            break;
        }
        width += w;
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// Draws the footer (rule, left text, "label N / M") on every page.
fn add_footers(doc: &mut PdfDocument, decor: &PageDecor, regular: &ParsedFont) {
    // Reuse the regular face if the layout already embeds it, so it is embedded once.
    let font_id = doc
        .resources
        .fonts
        .map
        .iter()
        .find(|(_, font)| font.parsed_font.hash == regular.hash)
        .map(|(id, _)| id.clone())
        .unwrap_or_else(|| {
            let id = FontId(FOOTER_FONT_ID.to_string());
            doc.resources
                .fonts
                .map
                .insert(id.clone(), printpdf::PdfFont::new(regular.clone()));
            id
        });

    let size = FOOTER_FONT_SIZE_PT;
    let left = mm_to_pt(MARGIN_LEFT_MM).0;
    let right = mm_to_pt(PAGE_WIDTH_MM - MARGIN_RIGHT_MM).0;
    let baseline = mm_to_pt(FOOTER_BASELINE_MM);
    let rule_y = mm_to_pt(FOOTER_RULE_MM);
    let grey = Color::Rgb(Rgb {
        r: 0.35,
        g: 0.35,
        b: 0.35,
        icc_profile: None,
    });
    let total = doc.pages.len();
    // Room for the longest page number text, plus a gap.
    let label = decor.page_label.trim();
    let widest = page_text(label, total, total);
    let number_room = text_width(regular, &widest, size) + 12.0;
    let footer_left = fit_text(
        regular,
        decor.footer_left.trim(),
        size,
        (right - left - number_room).max(0.0),
    );

    for (i, page) in doc.pages.iter_mut().enumerate() {
        let number = page_text(label, i + 1, total);
        let number_x = right - text_width(regular, &number, size);
        let mut ops = Vec::with_capacity(page.ops.len() + 24);
        // Isolate the laid-out content so its graphics state does not reach the footer.
        ops.push(Op::SaveGraphicsState);
        ops.append(&mut page.ops);
        ops.push(Op::RestoreGraphicsState);
        ops.extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor { col: grey.clone() },
            Op::SetOutlineThickness { pt: Pt(0.5) },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(left),
                                y: rule_y,
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(right),
                                y: rule_y,
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
            Op::SetFillColor { col: grey.clone() },
        ]);
        for (x, text) in [(left, footer_left.clone()), (number_x, number)] {
            if text.is_empty() {
                continue;
            }
            ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(font_id.clone()),
                    size: Pt(size),
                },
                Op::SetTextCursor {
                    pos: Point {
                        x: Pt(x),
                        y: baseline,
                    },
                },
                Op::ShowText {
                    items: vec![TextItem::Text(text)],
                },
                Op::EndTextSection,
            ]);
        }
        ops.push(Op::RestoreGraphicsState);
        page.ops = ops;
    }
}

fn page_text(label: &str, page: usize, total: usize) -> String {
    if label.is_empty() {
        format!("{page} / {total}")
    } else {
        format!("{label} {page} / {total}")
    }
}
