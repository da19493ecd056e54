//! HTML laid out on PDF pages, with the fonts registered once per process.
//!
//! printpdf's `PdfDocument::from_html_with_cache` makes a new font manager for every
//! document and registers in it the caller's fonts and printpdf's fourteen standard
//! fonts, parsing each font file again every time: about a fifth of the time of a
//! notice's PDF. This module takes the same steps through printpdf's and azul's public
//! functions (parse, style, paged layout, display list to PDF operations), but starts
//! each document from a font manager prepared once ([`FontManager::clone_shared`]), in
//! which the shipped DejaVu families are already registered.
//!
//! The standard fonts are not registered: the print template names only the DejaVu
//! families (see `pdf::BASE_CSS`), so no text can reach them. A glyph whose font the
//! manager does not know is an error, never a silently dropped run of text.

use std::collections::BTreeMap;

use azul_core::dom::DomId;
use azul_core::geom::{LogicalPosition, LogicalRect, LogicalSize};
use azul_core::resources::{IdNamespace, ImageCache, RendererResources};
use azul_core::task::GetSystemTimeCallback;
use azul_core::xml::str_to_dom;
use azul_css::props::basic::FontRef;
use azul_layout::Solver3LayoutCache;
use azul_layout::font_traits::{FontManager, TextLayoutCache};
use azul_layout::paged::FragmentationContext;
use azul_layout::solver3::display_list::DisplayListItem;
use azul_layout::solver3::page_breaks::BreakPolicy;
use azul_layout::solver3::paged_layout::layout_document_paged_v2;
use azul_layout::solver3::pagination::FakePageConfig;
use azul_layout::text3::cache::{MemoryFontTier, ShapedItem, UnifiedLayout};
use azul_layout::text3::default::PathLoader;
use azul_layout::xml::parse_xml_string;
use printpdf::html::RawHtml;
use printpdf::html::bridge::{BridgeResources, display_list_to_printpdf_ops_with_margins};
use printpdf::html::rust_fontconfig::{FcFontCache, FcParseFontBytes};
use printpdf::{FontId, Mm, ParsedFont, PdfDocument, PdfFont, PdfPage};

/// Millimetres to points, as printpdf's HTML pipeline converts its page options.
const MM_TO_PT: f32 = 2.83465;
/// CSS resolves lengths to CSS pixels (96 per inch); PDF works in points (72 per inch).
const PT_TO_CSS_PX: f32 = 96.0 / 72.0;

/// Page size and margins in millimetres.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

/// A font manager that knows `fonts` (family name → TrueType bytes) under their own
/// names, their CSS-quoted spellings and the family names inside the files.
pub fn prepare_fonts(fonts: &[(&str, &[u8])]) -> Result<FontManager<FontRef>, String> {
    let cache = FcFontCache::default();
    let mut faces = Vec::new();
    for (name, bytes) in fonts {
        let parsed = FcParseFontBytes(bytes, name).ok_or_else(|| format!("{name}: unreadable"))?;
        cache.with_memory_fonts(parsed.clone());
        faces.push((*name, *bytes, parsed));
    }
    let mut manager = FontManager::from_arc_shared(cache, Default::default())
        .map_err(|e| format!("font manager: {e:?}"))?;
    for (name, bytes, parsed) in &faces {
        let coverage = parsed
            .first()
            .map(|(pattern, _)| pattern.unicode_ranges.clone())
            .unwrap_or_default();
        register(&mut manager, name, bytes, &coverage);
        for (pattern, _) in parsed {
            if let Some(family) = pattern.family.as_deref()
                && !family.eq_ignore_ascii_case(name)
            {
                register(&mut manager, family, bytes, &pattern.unicode_ranges);
            }
        }
    }
    Ok(manager)
}

/// Registers one face under `family`. Family names can reach azul's resolver with their
/// CSS quotes still on, so the quoted spellings are registered as well.
fn register(
    manager: &mut FontManager<FontRef>,
    family: &str,
    bytes: &[u8],
    coverage: &[printpdf::html::rust_fontconfig::UnicodeRange],
) {
    for spelling in [
        family.to_string(),
        format!("\"{family}\""),
        format!("'{family}'"),
    ] {
        manager.register_named_font_in_tier(
            &spelling,
            bytes,
            coverage.to_vec(),
            MemoryFontTier::Primary,
        );
    }
}

/// Lays out `html` on pages of `geometry` and returns a document holding the pages and
/// the fonts they use (not yet written).
pub fn lay_out(
    html: &str,
    fonts: &FontManager<FontRef>,
    geometry: Geometry,
) -> Result<PdfDocument, String> {
    let page_width = geometry.width * MM_TO_PT;
    let page_height = geometry.height * MM_TO_PT;
    let margin_left = geometry.left * MM_TO_PT;
    let margin_top = geometry.top * MM_TO_PT;
    let content = LogicalSize::new(
        (page_width - margin_left - geometry.right * MM_TO_PT) * PT_TO_CSS_PX,
        (page_height - margin_top - geometry.bottom * MM_TO_PT) * PT_TO_CSS_PX,
    );

    let html = RawHtml::new(html).preprocess();
    let nodes = parse_xml_string(html.as_str()).map_err(|e| format!("HTML: {e}"))?;
    let components = printpdf::components::printpdf_default_components();
    let dom = str_to_dom(&nodes, &components, Some(content.width))
        .map_err(|e| format!("HTML to DOM: {e}"))?;

    let mut manager = fonts.clone_shared();
    let mut page_config = FakePageConfig::new();
    page_config.break_policy = BreakPolicy {
        honor_break_inside: true,
        widows_orphans: true,
        atomic_lines: true,
        atomic_table_rows: true,
        repeat_table_headers: true,
        ..BreakPolicy::default()
    };
    let loader = PathLoader::new();
    let laid = layout_document_paged_v2(
        &mut Solver3LayoutCache::default(),
        &mut TextLayoutCache::new(),
        FragmentationContext::new_paged(content),
        &dom,
        LogicalRect {
            origin: LogicalPosition::zero(),
            size: content,
        },
        &mut manager,
        &BTreeMap::new(),
        &mut None,
        None,
        &RendererResources::default(),
        IdNamespace(0),
        DomId::ROOT_ID,
        |bytes, index| loader.load_font_shared(bytes, index),
        page_config,
        &ImageCache::default(),
        GetSystemTimeCallback {
            cb: azul_core::task::get_system_time_libstd,
        },
        false,
    )
    .map_err(|e| format!("layout: {e:?}"))?;

    let mut doc = PdfDocument::new("");
    let mut resources = BridgeResources::default();
    let full_page = LogicalSize::new(page_width, page_height);
    // Fonts the pages' text is set in, by azul's font hash.
    let mut used = std::collections::BTreeSet::new();
    for list in &laid.pages {
        // A page with nothing a reader would see (only background boxes) is dropped.
        let visible = list.items.iter().any(|item| {
            matches!(
                item,
                DisplayListItem::TextLayout { .. }
                    | DisplayListItem::Image { .. }
                    | DisplayListItem::LinearGradient { .. }
                    | DisplayListItem::RadialGradient { .. }
                    | DisplayListItem::ConicGradient { .. }
                    | DisplayListItem::BoxShadow { .. }
            )
        });
        if !visible {
            continue;
        }
        let ops = display_list_to_printpdf_ops_with_margins(
            list,
            full_page,
            margin_left,
            margin_top,
            &manager,
            &BTreeMap::new(),
            &mut resources,
        )?;
        for item in &list.items {
            if let DisplayListItem::TextLayout { layout, .. } = item
                && let Some(layout) = layout.downcast_ref::<UnifiedLayout>()
            {
                for positioned in &layout.items {
                    if let ShapedItem::Cluster(cluster) = &positioned.item {
                        used.extend(cluster.glyphs.iter().map(|g| g.font_hash));
                    }
                }
            }
        }
        doc.pages
            .push(PdfPage::new(Mm(geometry.width), Mm(geometry.height), ops));
    }
    for hash in used {
        let font = manager
            .get_font_by_hash(hash)
            .ok_or_else(|| format!("text in a font seloste does not ship (font hash {hash})"))?;
        let parsed = azul_layout::font_ref_to_parsed_font(&font).clone();
        doc.resources.fonts.map.insert(
            FontId(format!("F{hash}")),
            PdfFont::new(ParsedFont::from_azul(parsed)),
        );
    }
    resources.register_into(&mut doc.resources);
    Ok(doc)
}
