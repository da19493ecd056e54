//! Retention described as "as long as necessary" or "a reasonable time".

use super::text_scan::{match_span, texts};
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::load::tree::Seg;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A retention text says "as long as necessary" instead of a period or criteria.
    ///
    /// ## What it checks
    /// The `criteria` and `from` texts of every `retention` are searched for vague phrases
    /// such as "as long as necessary", "a reasonable time", "kohtuullisen ajan", "niin kauan
    /// kuin on tarpeen" or "tarpeellisen ajan". The list is in `data/wording.yaml`
    /// (`vague_retention`).
    ///
    /// ## Why
    /// People must be told how long their data is kept, or the criteria that decide it
    /// (Art 13(2)(a), 14(2)(a)). The transparency guidelines (WP260 rev.01, para 45) say it
    /// is not enough to state generally that data is kept as long as necessary: the period
    /// must be given, or criteria concrete enough that the reader can work it out.
    ///
    /// ## How to fix
    /// Give a `period` (e.g. `P2Y`) and the event it runs `from` ("asiakkuuden
    /// päättymisestä"), or criteria the reader can apply: the law that sets the period
    /// (kirjanpitolaki 1336/1997: 6 years from the end of the financial year) or the event
    /// that ends it (the end of the warranty period, a decided claim).
    pub struct VagueRetention { id: "vague-retention", severity: Warning, article: "WP260 rev.01 para 45; GDPR Art 13(2)(a), 14(2)(a)" }
}

impl_rule!(VagueRetention, check);

fn check(n: &Notice, sink: &mut Sink) {
    let list = &wording().vague_retention;
    for item in texts(n) {
        let in_retention = item
            .path
            .iter()
            .any(|s| matches!(s, Seg::Key(k) if k == "retention"));
        if !in_retention || !matches!(item.field(), "criteria" | "from") {
            continue;
        }
        let by_reference = if has_period(item) {
            Vec::new()
        } else {
            wording().retention_by_reference.find_item(item)
        };
        for hit in list.find_item(item).into_iter().chain(by_reference) {
            let words = quote(&item.text[hit.start..hit.end]);
            let d = sink
                .report_span(
                    &VagueRetention::INFO,
                    item.origin.file,
                    match_span(n, item, hit.start, hit.end),
                    format!("\"{words}\" does not tell the reader how long the data is kept"),
                )
                .set_label("vague retention");
            let help = "give a `period` (e.g. `period: P2Y`) and the event it runs `from`, or concrete criteria: the law that sets the period (e.g. kirjanpitolaki 1336/1997 2:10) or the event that ends it";
            match &hit.entry.note {
                Some(note) => d.set_help(format!("{help}. {note}")),
                None => d.set_help(help),
            };
        }
    }
}

/// True when the retention the text belongs to gives a `period` or an `until` event,
/// so that naming the plan the period comes from is extra detail, not the only answer.
fn has_period(item: &crate::rules::text_scan::TextItem) -> bool {
    let Some(i) = item
        .path
        .iter()
        .position(|s| matches!(s, Seg::Key(k) if k == "retention"))
    else {
        return false;
    };
    let mut node = item.origin.tree;
    for seg in &item.path[..=i] {
        match node.get(seg) {
            Some(n) => node = n,
            None => return false,
        }
    }
    node.entry("period").is_some() || node.entry("until").is_some()
}
