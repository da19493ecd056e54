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
use azul_core::xml::{XmlNode, XmlNodeChild, str_to_dom};
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

use super::pdf::PdfError;
use crate::diagnostic::Msg;
use crate::msg;

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
) -> Result<PdfDocument, PdfError> {
    let page_width = geometry.width * MM_TO_PT;
    let page_height = geometry.height * MM_TO_PT;
    let margin_left = geometry.left * MM_TO_PT;
    let margin_top = geometry.top * MM_TO_PT;
    let content = LogicalSize::new(
        (page_width - margin_left - geometry.right * MM_TO_PT) * PT_TO_CSS_PX,
        (page_height - margin_top - geometry.bottom * MM_TO_PT) * PT_TO_CSS_PX,
    );

    let html = RawHtml::new(html).preprocess();
    let mut nodes = parse_xml_string(html.as_str())
        .map_err(|e| PdfError::Layout(msg!("pdf-layout-html", error = e.to_string())))?;
    refuse_unprintable(&xml_texts(&nodes)).map_err(PdfError::Unprintable)?;
    for node in &mut nodes {
        if let XmlNodeChild::Element(element) = node {
            split_long_runs(element);
        }
    }
    // The texts as laid out (long ones now in pieces), to check the layout against.
    let texts = xml_texts(&nodes);
    let components = printpdf::components::printpdf_default_components();
    let dom = str_to_dom(&nodes, &components, Some(content.width))
        .map_err(|e| PdfError::Layout(msg!("pdf-layout-dom", error = e.to_string())))?;

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
    .map_err(|e| PdfError::Layout(msg!("pdf-layout-engine", error = format!("{e:?}"))))?;

    let mut doc = PdfDocument::new("");
    let mut resources = BridgeResources::default();
    let full_page = LogicalSize::new(page_width, page_height);
    // Fonts the pages' text is set in, by azul's font hash.
    let mut used = std::collections::BTreeSet::new();
    // Characters placed on the pages per DOM text node, and the first text node with a
    // glyph outside the page's content area.
    let mut placed: BTreeMap<usize, usize> = BTreeMap::new();
    let mut off_page: Option<usize> = None;
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
        )
        .map_err(|e| PdfError::Layout(Msg::Raw(e)))?;
        for item in &list.items {
            if let DisplayListItem::TextLayout { layout, bounds, .. } = item
                && let Some(layout) = layout.downcast_ref::<UnifiedLayout>()
            {
                let origin = bounds.0.origin;
                for positioned in &layout.items {
                    if let ShapedItem::Cluster(cluster) = &positioned.item {
                        used.extend(cluster.glyphs.iter().map(|g| g.font_hash));
                        let Some(node) = cluster.source_node_id else {
                            continue;
                        };
                        let chars = counted_chars(cluster.text());
                        if chars == 0 {
                            continue;
                        }
                        *placed.entry(node.index()).or_default() += chars;
                        let x = origin.x + positioned.position.x;
                        let y = origin.y + positioned.position.y;
                        let inside = x >= -EDGE_TOLERANCE
                            && x + cluster.advance <= content.width + EDGE_TOLERANCE
                            && y >= -EDGE_TOLERANCE
                            && y <= content.height + EDGE_TOLERANCE;
                        if !inside {
                            off_page.get_or_insert(node.index());
                        }
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
            .ok_or_else(|| PdfError::Layout(msg!("pdf-unknown-font", hash = hash.to_string())))?;
        let parsed = azul_layout::font_ref_to_parsed_font(&font).clone();
        doc.resources.fonts.map.insert(
            FontId(format!("F{hash}")),
            PdfFont::new(ParsedFont::from_azul(parsed)),
        );
    }
    resources.register_into(&mut doc.resources);
    verify_placed(&texts, &dom_texts(&dom), &placed, off_page).map_err(PdfError::Unprintable)?;
    Ok(doc)
}

/// How far (CSS px) a glyph may reach past the content area before it counts as off
/// the page: rounding, not text.
const EDGE_TOLERANCE: f32 = 2.0;

/// Characters of `text` that must appear as glyphs: not spaces, controls or invisible
/// format characters (soft hyphen, zero-width space and joiners, bidi marks, BOM).
pub fn counted_chars(text: &str) -> usize {
    text.chars()
        .filter(|&c| {
            !(c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'))
        })
        .count()
}

/// One text node of the laid-out document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomText {
    /// Its DOM node index.
    pub node: usize,
    pub text: String,
    /// The text of the last heading (`h1`–`h4`) before it, if any.
    pub section: Option<String>,
}

/// Every text node of `dom` with something to print, in document order, with the
/// heading it comes under.
fn dom_texts(dom: &azul_core::styled_dom::StyledDom) -> Vec<DomText> {
    use azul_core::dom::NodeType;
    let data = dom.node_data.as_container();
    let hierarchy = dom.node_hierarchy.as_container();
    let mut out = Vec::new();
    let mut section: Option<String> = None;
    for index in 0..data.len() {
        let id = azul_core::id::NodeId::new(index);
        let NodeType::Text(text) = data[id].get_node_type() else {
            continue;
        };
        let text = text.as_ref().as_str();
        if counted_chars(text) == 0 {
            continue;
        }
        // A heading's own text starts a new section.
        let mut ancestor = hierarchy[id].parent_id();
        let mut in_heading = false;
        while let Some(a) = ancestor {
            if matches!(
                data[a].get_node_type(),
                NodeType::H1 | NodeType::H2 | NodeType::H3 | NodeType::H4
            ) {
                in_heading = true;
                break;
            }
            ancestor = hierarchy[a].parent_id();
        }
        if in_heading {
            section = Some(text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        out.push(DomText {
            node: index,
            text: text.to_string(),
            section: section.clone(),
        });
    }
    out
}

/// Deepest nesting of elements the PDF accepts. azul silently drops whatever lies deeper
/// than 512 elements, and its layout recurses once per level; a notice needs about 25
/// (the template's own structure and 8 levels of lists and quotes in a text, the most
/// the `unreadable-text` rule lets through).
pub const MAX_ELEMENT_DEPTH: usize = 100;

/// One text of the HTML, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlText {
    pub text: String,
    /// How many elements it is inside.
    pub depth: usize,
    /// The text of the last heading (`h1`–`h4`) before it, if any.
    pub section: Option<String>,
}

fn squashed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every text of the HTML with something to print (not in `head`, `style` and the like),
/// in document order, without recursion (the HTML may be nested arbitrarily deep).
pub fn xml_texts(nodes: &[XmlNodeChild]) -> Vec<XmlText> {
    let mut out = Vec::new();
    let mut section: Option<String> = None;
    // (children, next index, depth of the children, inside a heading)
    let mut stack: Vec<(&[XmlNodeChild], usize, usize, bool)> = vec![(nodes, 0, 0, false)];
    while let Some((children, index, depth, heading)) = stack.pop() {
        let Some(child) = children.get(index) else {
            continue;
        };
        stack.push((children, index + 1, depth, heading));
        match child {
            XmlNodeChild::Text(t) => {
                let text = t.as_str();
                if counted_chars(text) == 0 {
                    continue;
                }
                out.push(XmlText {
                    text: text.to_string(),
                    depth,
                    section: section.clone(),
                });
            }
            XmlNodeChild::Element(e) => {
                let name = tag(e);
                if VERBATIM.contains(&name.as_str()) {
                    continue;
                }
                let starts = !heading && matches!(name.as_str(), "h1" | "h2" | "h3" | "h4");
                if starts {
                    section = Some(squashed(&all_text(e)));
                }
                stack.push((e.children.as_slice(), 0, depth + 1, heading || starts));
            }
        }
    }
    out
}

/// All the text inside `element`, without recursion.
fn all_text(element: &XmlNode) -> String {
    let mut out = String::new();
    let mut stack = vec![element.children.as_slice()];
    while let Some(children) = stack.pop() {
        let Some((first, rest)) = children.split_first() else {
            continue;
        };
        stack.push(rest);
        match first {
            XmlNodeChild::Text(t) => out.push_str(t.as_str()),
            XmlNodeChild::Element(e) => stack.push(e.children.as_slice()),
        }
    }
    out
}

/// “the text “…” (under “heading”)”, for messages.
fn describe(text: &str, section: Option<&str>) -> Msg {
    let mut quoted = squashed(text);
    if quoted.chars().count() > 60 {
        quoted = quoted.chars().take(60).collect::<String>() + "…";
    }
    match section {
        Some(section) => msg!("pdf-text-under", text = quoted, section = section),
        None => msg!("pdf-text", text = quoted),
    }
}

/// Refuses, before layout, text no page can hold: nested deeper than
/// [`MAX_ELEMENT_DEPTH`], or a letter under more combining marks than the
/// `unreadable-text` rule allows (shaping such a cluster takes the layout minutes).
pub fn refuse_unprintable(texts: &[XmlText]) -> Result<(), Msg> {
    for t in texts {
        if t.depth > MAX_ELEMENT_DEPTH {
            return Err(msg!(
                "pdf-too-deep",
                text = describe(&t.text, t.section.as_deref()),
                depth = t.depth,
                max = MAX_ELEMENT_DEPTH
            ));
        }
        if let Some((_, _, marks)) = crate::rules::unreadable_text::stacked_marks(&t.text) {
            return Err(msg!(
                "pdf-too-many-marks",
                text = describe(&t.text, t.section.as_deref()),
                marks = marks,
                max = crate::rules::unreadable_text::MAX_MARKS
            ));
        }
    }
    Ok(())
}

/// Checks that every text of the HTML reached the layout, that every character of it
/// was placed on a page, and that no glyph lies outside the content area; else says
/// which text, under which heading, so that no PDF silently lacks part of the notice.
pub fn verify_placed(
    texts: &[XmlText],
    dom: &[DomText],
    placed: &BTreeMap<usize, usize>,
    off_page: Option<usize>,
) -> Result<(), Msg> {
    if let Some(node) = off_page {
        let what = dom.iter().find(|t| t.node == node).map_or_else(
            || msg!("pdf-a-text"),
            |t| describe(&t.text, t.section.as_deref()),
        );
        return Err(msg!("pdf-off-page", text = what));
    }
    let printable = |text: &str| -> String {
        text.chars()
            .filter(|c| counted_chars(c.encode_utf8(&mut [0; 4])) > 0)
            .collect()
    };
    // azul credits the glyphs of two text nodes with the same text and style (the two
    // "a" of "**a** & **a**") to the first of them: a node short of characters is fine
    // when the nodes with its text together got all of theirs.
    let mut by_text: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for d in dom {
        let e = by_text.entry(d.text.as_str()).or_default();
        e.0 += counted_chars(&d.text);
        e.1 += placed.get(&d.node).copied().unwrap_or(0);
    }
    // The HTML's texts and the laid-out document's, matched in order.
    let mut laid = dom.iter().peekable();
    for t in texts {
        let wanted = printable(&t.text);
        let Some(d) = laid.next_if(|d| printable(&d.text) == wanted) else {
            return Err(msg!(
                "pdf-missing",
                text = describe(&t.text, t.section.as_deref())
            ));
        };
        let expected = counted_chars(&d.text);
        let got = placed.get(&d.node).copied().unwrap_or(0);
        let shared = by_text.get(d.text.as_str()).copied().unwrap_or_default();
        if got < expected && shared.1 < shared.0 {
            return Err(msg!(
                "pdf-missing-chars",
                text = describe(&t.text, t.section.as_deref()),
                missing = expected - got,
                expected = expected
            ));
        }
    }
    Ok(())
}

/// Most characters of text laid out as one block. azul's paged layout does work for every
/// page in proportion to the length of each paragraph on it (it filters a paragraph's
/// whole layout for each page it spans), so one paragraph of hundreds of thousands of
/// characters took minutes to hours. Longer runs of text are laid out as several blocks of
/// at most this many characters, split at a sentence end or else between words
/// ([`split_long_runs`]); about half a page at 10 pt, so a reader sees at most one line
/// ending early every half page in such a paragraph, where one sentence ends.
pub const MAX_RUN_CHARS: usize = 2_000;

/// Elements whose content flows inline: they are split along with their text.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strike", "strong", "sub", "sup", "u", "var",
];
/// Elements whose text is not laid out as paragraphs, left untouched.
const VERBATIM: &[&str] = &["head", "style", "script", "title", "pre", "textarea"];

fn tag(node: &XmlNode) -> String {
    node.node_type.as_str().to_ascii_lowercase()
}

/// Characters of text inside `child`.
fn text_chars(child: &XmlNodeChild) -> usize {
    match child {
        XmlNodeChild::Text(t) => t.as_str().chars().count(),
        XmlNodeChild::Element(e) => e.children.as_slice().iter().map(text_chars).sum(),
    }
}

/// Lays out every run of inline content (text and inline elements between blocks) longer
/// than [`MAX_RUN_CHARS`] characters as consecutive `<div>` blocks of at most that many,
/// inside the same parent, so they flow as one paragraph. Shorter runs are not touched.
pub fn split_long_runs(node: &mut XmlNode) {
    if VERBATIM.contains(&tag(node).as_str()) {
        return;
    }
    let children = std::mem::take(&mut node.children).into_library_owned_vec();
    let total: usize = children.iter().map(text_chars).sum();
    let mut out = Vec::with_capacity(children.len());
    let mut run: Vec<XmlNodeChild> = Vec::new();
    let flush = |run: &mut Vec<XmlNodeChild>, out: &mut Vec<XmlNodeChild>| {
        let chars: usize = run.iter().map(text_chars).sum();
        if chars > MAX_RUN_CHARS {
            for chunk in chunk_inline(std::mem::take(run), MAX_RUN_CHARS) {
                let mut div = XmlNode::create("div");
                div.children = chunk.into();
                out.push(XmlNodeChild::Element(div));
            }
        } else {
            out.append(run);
        }
    };
    for mut child in children {
        if total > MAX_RUN_CHARS
            && let XmlNodeChild::Element(e) = &mut child
            && !INLINE.contains(&tag(e).as_str())
        {
            split_long_runs(e);
            flush(&mut run, &mut out);
            out.push(child);
            continue;
        }
        run.push(child);
    }
    flush(&mut run, &mut out);
    node.children = out.into();
}

/// One piece of inline content: text, or an element taken whole (such as `<br>`), under
/// its inline ancestors (indexes into the shells list of [`chunk_inline`]).
struct Leaf {
    path: Vec<usize>,
    content: XmlNodeChild,
    chars: usize,
}

/// Splits inline content into runs of at most `limit` characters (a single word longer
/// than that is cut), keeping each piece of text under copies of its inline ancestors.
fn chunk_inline(run: Vec<XmlNodeChild>, limit: usize) -> Vec<Vec<XmlNodeChild>> {
    // Flatten to leaves under element "shells" (tag and attributes, no children).
    let mut shells: Vec<XmlNode> = Vec::new();
    let mut leaves: Vec<Leaf> = Vec::new();
    fn flatten(
        child: XmlNodeChild,
        path: &mut Vec<usize>,
        shells: &mut Vec<XmlNode>,
        leaves: &mut Vec<Leaf>,
    ) {
        match child {
            XmlNodeChild::Element(mut e)
                if INLINE.contains(&tag(&e).as_str()) && !e.children.as_slice().is_empty() =>
            {
                let children = std::mem::take(&mut e.children).into_library_owned_vec();
                shells.push(e);
                path.push(shells.len() - 1);
                for c in children {
                    flatten(c, path, shells, leaves);
                }
                path.pop();
            }
            other => {
                let chars = text_chars(&other);
                leaves.push(Leaf {
                    path: path.clone(),
                    content: other,
                    chars,
                });
            }
        }
    }
    for child in run {
        flatten(child, &mut Vec::new(), &mut shells, &mut leaves);
    }

    // Group the leaves, cutting text where a chunk is full.
    let mut chunks: Vec<Vec<Leaf>> = vec![Vec::new()];
    let mut used = 0;
    for leaf in leaves {
        let XmlNodeChild::Text(text) = &leaf.content else {
            if used + leaf.chars > limit && used > 0 {
                chunks.push(Vec::new());
                used = 0;
            }
            used += leaf.chars;
            chunks.last_mut().expect("one chunk").push(leaf);
            continue;
        };
        let mut rest: &str = text.as_str();
        let path = leaf.path;
        loop {
            // Whether the rest fits, counting no further than the room left (the text
            // may be millions of characters long).
            if rest
                .char_indices()
                .nth(limit.saturating_sub(used))
                .is_none()
            {
                let chars = rest.chars().count();
                used += chars;
                if !rest.is_empty() {
                    chunks.last_mut().expect("one chunk").push(Leaf {
                        path: path.clone(),
                        content: XmlNodeChild::Text(rest.to_string().into()),
                        chars,
                    });
                }
                break;
            }
            if let Some(at) = cut_point(rest, used, limit) {
                let (head, tail) = rest.split_at(at);
                chunks.last_mut().expect("one chunk").push(Leaf {
                    path: path.clone(),
                    content: XmlNodeChild::Text(head.to_string().into()),
                    chars: head.chars().count(),
                });
                rest = tail;
            }
            chunks.push(Vec::new());
            used = 0;
        }
    }

    chunks
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|leaves| rebuild(leaves, &shells))
        .collect()
}

/// Byte index at which to cut `text`, `used` characters into a chunk of at most `limit`:
/// after the last sentence end that leaves the chunk at least half full, else (when the
/// chunk is less than half full) at the last space that fits, else (only when the chunk
/// is empty) at the last character boundary that fits and does not separate a combining
/// mark from its letter. None: close the chunk here and start a new one.
fn cut_point(text: &str, used: usize, limit: usize) -> Option<usize> {
    let room = limit.saturating_sub(used);
    let end = text.char_indices().nth(room).map_or(text.len(), |(i, _)| i);
    let window = &text[..end];
    let half = window
        .char_indices()
        .nth((limit / 2).saturating_sub(used))
        .map_or(window.len(), |(i, _)| i);
    let sentence = window
        .char_indices()
        .filter(|&(i, c)| {
            i >= half
                && i > 0
                && c.is_whitespace()
                && window[..i].ends_with(['.', '!', '?', ':', ';'])
        })
        .map(|(i, _)| i)
        .next_back();
    if let Some(i) = sentence {
        return Some(i);
    }
    if used >= limit / 2 {
        return None;
    }
    if let Some((i, _)) = window.char_indices().rfind(|(_, c)| c.is_whitespace())
        && i > 0
    {
        return Some(i);
    }
    let must = used == 0;
    if !must {
        return None;
    }
    // A word longer than the room: cut it, but never before a mark or a joiner.
    let attaches = |c: char| matches!(c, '\u{300}'..='\u{36f}' | '\u{200c}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}');
    let mut at = end;
    while at > 0 && text[at..].chars().next().is_some_and(attaches) {
        at = text[..at].char_indices().next_back().map_or(0, |(i, _)| i);
    }
    if at == 0 {
        // Nothing but marks: cut after the whole stack instead.
        at = text
            .char_indices()
            .skip(1)
            .find(|&(_, c)| !attaches(c))
            .map_or(text.len(), |(i, _)| i);
    }
    Some(at)
}

/// The inline tree of one chunk, from its leaves and the shells of their ancestors.
fn rebuild(leaves: Vec<Leaf>, shells: &[XmlNode]) -> Vec<XmlNodeChild> {
    let mut top: Vec<XmlNodeChild> = Vec::new();
    // Open elements: (shell index, children so far).
    let mut open: Vec<(usize, Vec<XmlNodeChild>)> = Vec::new();
    fn close(
        open: &mut Vec<(usize, Vec<XmlNodeChild>)>,
        top: &mut Vec<XmlNodeChild>,
        shells: &[XmlNode],
    ) {
        let (shell, children) = open.pop().expect("an open element");
        let mut element = shells[shell].clone();
        element.children = children.into();
        match open.last_mut() {
            Some((_, parent)) => parent.push(XmlNodeChild::Element(element)),
            None => top.push(XmlNodeChild::Element(element)),
        }
    }
    for leaf in leaves {
        let common = open
            .iter()
            .zip(&leaf.path)
            .take_while(|((a, _), b)| a == *b)
            .count();
        while open.len() > common {
            close(&mut open, &mut top, shells);
        }
        for &shell in &leaf.path[common..] {
            open.push((shell, Vec::new()));
        }
        match open.last_mut() {
            Some((_, children)) => children.push(leaf.content),
            None => top.push(leaf.content),
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut top, shells);
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(children: &[XmlNodeChild]) -> String {
        children
            .iter()
            .map(|c| match c {
                XmlNodeChild::Text(t) => t.as_str().to_string(),
                XmlNodeChild::Element(e) => text_of(e.children.as_slice()),
            })
            .collect()
    }

    fn parse(html: &str) -> XmlNode {
        let nodes = parse_xml_string(html).unwrap();
        nodes
            .into_iter()
            .find_map(|n| match n {
                XmlNodeChild::Element(e) => Some(e),
                XmlNodeChild::Text(_) => None,
            })
            .unwrap()
    }

    #[test]
    fn long_paragraphs_become_blocks_that_keep_every_character_and_their_markup() {
        let sentence = "Tietoja käsitellään asiakassuhteen hoitamiseksi. ";
        let long = sentence.repeat(200); // 10 000 characters
        let html = format!(
            "<body><p>Alku <strong>{long}</strong> ja <a href=\"https://x.fi\">{long}</a> loppu</p><p>lyhyt</p></body>"
        );
        let mut body = parse(&html);
        let before = text_of(body.children.as_slice());
        split_long_runs(&mut body);
        assert_eq!(
            text_of(body.children.as_slice()),
            before,
            "characters lost or moved"
        );
        let paragraphs = body.children.as_slice();
        let XmlNodeChild::Element(p) = &paragraphs[0] else {
            panic!()
        };
        let blocks = p.children.as_slice();
        assert!(blocks.len() >= 10, "{} blocks", blocks.len());
        for block in blocks {
            let XmlNodeChild::Element(div) = block else {
                panic!("not a block: {block:?}")
            };
            assert_eq!(div.node_type.as_str(), "div");
            let chars = text_chars(block);
            assert!(chars <= MAX_RUN_CHARS, "{chars} characters in one block");
            // Every piece stays inside a copy of its strong or link element.
            for child in div.children.as_slice() {
                if let XmlNodeChild::Element(e) = child
                    && e.node_type.as_str() == "a"
                {
                    assert!(
                        e.attributes
                            .as_ref()
                            .iter()
                            .any(|a| a.value.as_str() == "https://x.fi")
                    );
                }
            }
        }
        // Cut between words, and after a sentence where one ends in the second half of
        // the block: all but the block ending at the link's start end with a full stop.
        let mut sentence_ends = 0;
        for block in &blocks[..blocks.len() - 1] {
            let text = text_of(std::slice::from_ref(block));
            assert!(text.ends_with(['.', ' ']), "{:?}", &text[text.len() - 20..]);
            sentence_ends += usize::from(text.ends_with('.'));
        }
        assert!(
            sentence_ends + 1 >= blocks.len() - 1,
            "{sentence_ends} of {}",
            blocks.len()
        );
        // The short paragraph is untouched.
        let XmlNodeChild::Element(short) = &paragraphs[1] else {
            panic!()
        };
        assert!(matches!(short.children.as_slice(), [XmlNodeChild::Text(_)]));
    }

    #[test]
    fn a_word_longer_than_a_block_is_cut_but_never_before_its_accents() {
        let word = "e\u{301}".repeat(3 * MAX_RUN_CHARS / 2);
        let chunks = chunk_inline(vec![XmlNodeChild::Text(word.clone().into())], MAX_RUN_CHARS);
        assert!(chunks.len() >= 2);
        let mut joined = String::new();
        for chunk in &chunks {
            let text = text_of(chunk);
            assert!(
                !text.starts_with('\u{301}'),
                "a block starts with a loose accent"
            );
            assert!(text.chars().count() <= MAX_RUN_CHARS);
            joined.push_str(&text);
        }
        assert_eq!(joined, word);
    }

    #[test]
    fn verification_names_the_lost_text_and_its_section() {
        let section = Some("Tietoturva".to_string());
        let texts = vec![
            XmlText {
                text: "Tietoturva".into(),
                depth: 3,
                section: section.clone(),
            },
            XmlText {
                text: "  Syvä lainaus  ".into(),
                depth: 9,
                section: section.clone(),
            },
        ];
        let dom = vec![
            DomText {
                node: 3,
                text: "Tietoturva".into(),
                section: section.clone(),
            },
            DomText {
                node: 5,
                text: "Syvä lainaus".into(),
                section: section.clone(),
            },
        ];
        let mut placed = BTreeMap::from([(3, 10), (5, 11)]);
        assert_eq!(verify_placed(&texts, &dom, &placed, None), Ok(()));
        // Characters not placed.
        placed.insert(5, 4);
        let err = crate::messages::en(&verify_placed(&texts, &dom, &placed, None).unwrap_err());
        assert!(err.contains("“Syvä lainaus” (under “Tietoturva”)"), "{err}");
        assert!(err.contains("7 of its 11 characters"), "{err}");
        placed.remove(&5);
        assert!(verify_placed(&texts, &dom, &placed, None).is_err());
        // A text that never reached the layout.
        placed.insert(5, 11);
        let err =
            crate::messages::en(&verify_placed(&texts, &dom[..1], &placed, None).unwrap_err());
        assert!(
            err.contains("“Syvä lainaus” (under “Tietoturva”) could not be laid out"),
            "{err}"
        );
        // A glyph outside the margins.
        let err = crate::messages::en(&verify_placed(&texts, &dom, &placed, Some(5)).unwrap_err());
        assert!(err.contains("outside the margins"), "{err}");
        // Two nodes with one text, all glyphs credited to the first: fine; one glyph
        // missing between them: not.
        let two = |n| DomText {
            node: n,
            text: "a".into(),
            section: section.clone(),
        };
        let xml = |_| XmlText {
            text: "a".into(),
            depth: 1,
            section: section.clone(),
        };
        let (texts, dom) = (vec![xml(0), xml(1)], vec![two(3), two(5)]);
        let placed = BTreeMap::from([(3, 2)]);
        assert_eq!(verify_placed(&texts, &dom, &placed, None), Ok(()));
        let placed = BTreeMap::from([(3, 1)]);
        assert!(verify_placed(&texts, &dom, &placed, None).is_err());
    }

    #[test]
    fn texts_are_found_in_order_however_deep_with_their_heading() {
        let html = format!(
            "<html><head><style>p {{ color: red; }}</style></head><body><h2>Osio <b>A</b></h2><p>yksi</p>{}kaksi{}</body></html>",
            "<blockquote>".repeat(5000),
            "</blockquote>".repeat(5000)
        );
        let nodes = parse_xml_string(&html).unwrap();
        let texts = xml_texts(&nodes);
        let found: Vec<(&str, usize, Option<&str>)> = texts
            .iter()
            .map(|t| (t.text.as_str(), t.depth, t.section.as_deref()))
            .collect();
        assert_eq!(found[0], ("Osio ", 3, Some("Osio A")));
        assert_eq!(found[1], ("A", 4, Some("Osio A")));
        assert_eq!(found[2], ("yksi", 3, Some("Osio A")));
        assert_eq!(found[3].0, "kaksi");
        assert!(found[3].1 > MAX_ELEMENT_DEPTH);
        let err = crate::messages::en(&refuse_unprintable(&texts).unwrap_err());
        assert!(err.contains("“kaksi” (under “Osio A”) is nested"), "{err}");
    }
}
