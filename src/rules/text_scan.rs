//! Helpers for rules that look inside texts (placeholders, vague wording, outdated
//! addresses): every human-readable string of a notice with its language and place,
//! and the exact span of a match inside it.

use super::notice::Notice;
pub use super::notice::TextItem;
use crate::load::tree::{Seg, Span};

/// Keys whose values are identifiers, codes or references rather than prose.
pub const NOT_PROSE: &[&str] = &[
    "$schema",
    "id",
    "schema_version",
    "languages",
    "organisation",
    "voice",
    "created",
    "updated",
    "effective",
    // `changes:` entries: `date: 2026-03-02`.
    "date",
    "kind",
    "basis",
    "categories",
    "purposes",
    "sources",
    "data_subjects",
    "special",
    "special_condition",
    "period",
    "until",
    "event",
    "role",
    "country",
    "recipient",
    "mechanism",
    "derogation",
    "requirement",
    "response_time",
    "authority",
    "email",
    "phone",
    "website",
    "web_form",
    "business_id",
    "rule",
    "reason",
    // `recipients: none`, `transfers: none`: a statement by keyword, not a text.
    "recipients",
    "transfers",
];

/// The prose fields of a register and an organisation file (every string field whose key
/// is not in [`NOT_PROSE`], outside `internal:`), as key paths ([`crate::diagnostic::RuleInfo::reads`]):
/// what a rule declared with `texts: true` reads. A unit test compares the list with the schemas.
pub const PROSE_KEYS: &[&str] = &[
    "authority.complaint_web",
    "authority.name",
    "authority.postal_address",
    "authority.visiting_address",
    "authority.web",
    "authority_reason",
    "automated_decisions.consequences",
    "automated_decisions.logic",
    "automated_decisions.significance",
    "categories.criminal_authority",
    "categories.description",
    "categories.name",
    "categories.retention.criteria",
    "categories.retention.from",
    "changes.text",
    "changes_policy",
    "contact_person.address",
    "contact_person.name",
    "contact_person.title",
    "controller.name",
    "controller.postal_address",
    "controller.visiting_address",
    "data_subjects.description",
    "data_subjects.guardian_consent",
    "data_subjects.name",
    "data_subjects.third_person.data",
    "data_subjects.third_person.source",
    "dpo.address",
    "dpo.name",
    "dpo.title",
    "introduction",
    "joint_controllers.contact.address",
    "joint_controllers.contact.name",
    "joint_controllers.contact.title",
    "joint_controllers.name",
    "joint_controllers.responsibilities",
    "meta.name",
    "provision.consequences",
    "purposes.description",
    "purposes.law",
    "purposes.legitimate_interest",
    "purposes.name",
    "recipients.description",
    "recipients.name",
    "representative.address",
    "representative.name",
    "representative.title",
    "retention.criteria",
    "retention.from",
    "retention_groups.retention.criteria",
    "retention_groups.retention.from",
    "rights_requests.address",
    "rights_requests.how",
    "security",
    "sources.description",
    "sources.name",
    "transfers.description",
    "transfers.safeguard_copy",
];

/// Every prose string of the notice (register and organisation file), with its language.
pub fn texts<'n, 'a>(notice: &'n Notice<'a>) -> impl Iterator<Item = &'n TextItem<'a>> {
    strings(notice).iter().filter(|t| t.prose)
}

/// Every string value of the notice's files, prose or not, except the editor's `$schema`
/// hint; collected on first use and kept in the notice.
pub fn strings<'n, 'a>(notice: &'n Notice<'a>) -> &'n [TextItem<'a>] {
    notice.strings.get_or_init(|| {
        let langs = notice.languages();
        let default = langs.first().map(String::as_str).unwrap_or("fi");
        let mut out = Vec::new();
        for origin in notice.origins() {
            let mut path = Vec::new();
            origin.tree.walk_strings(&mut path, &mut |p, node, text| {
                if p.first() == Some(&Seg::Key("$schema".into())) {
                    return;
                }
                let mut keys = p.iter().rev().filter_map(|s| match s {
                    Seg::Key(k) => Some(k.as_str()),
                    Seg::Index(_) => None,
                });
                let last = keys.next().unwrap_or("");
                let (lang, field) = match langs.iter().find(|l| l.as_str() == last) {
                    Some(l) => (l.as_str(), keys.next().unwrap_or("")),
                    None => (default, last),
                };
                out.push(TextItem {
                    origin,
                    path: p.to_vec(),
                    node,
                    text,
                    lang,
                    // `internal:` is the record's (Art 30), never the notice's: no
                    // wording rule reads it.
                    prose: !NOT_PROSE.contains(&field)
                        && p.first() != Some(&Seg::Key("internal".into())),
                    candidates: Default::default(),
                });
            });
        }
        out
    })
}

pub fn match_span(notice: &Notice, item: &TextItem, start: usize, end: usize) -> Span {
    let src = notice.files.get(item.origin.file);
    let needle = &item.text[start..end];
    let from = item.node.span.offset.min(src.text.len());
    let mut window_end = (from + item.text.len() * 2 + 256).min(src.text.len());
    if item.node.span.len > 0 {
        // Never past the value itself: the same words in the next item are another place.
        window_end = window_end.min(from + item.node.span.len);
    }
    let hay = src.text.get(from..window_end).unwrap_or("");
    // The occurrence nearest where the words should stand in the source: their place in
    // the text, moved by the source's extra bytes (indentation, quoting) in proportion,
    // as they spread over a block. Looked for in growing windows around that place, the
    // whole value last: a long value with many findings was read whole once per finding
    // (minutes for a 4 MiB text full of findings). The nearest in a window is the
    // nearest of all, as every occurrence outside it is farther.
    let extra = hay.len().saturating_sub(item.text.len());
    let near = start + (extra as u128 * start as u128 / item.text.len().max(1) as u128) as usize;
    let found = [256, 4096, 65536]
        .into_iter()
        .find_map(|reach| {
            let lo = hay.floor_char_boundary(near.saturating_sub(reach));
            let hi = hay.ceil_char_boundary(near.saturating_add(reach + needle.len()));
            locate(&hay[lo..hi], needle, near.saturating_sub(lo))
                .filter(|&(i, _)| (lo + i).abs_diff(near) <= reach)
                .map(|(i, len)| (lo + i, len))
        })
        .or_else(|| locate(hay, needle, near));
    match found {
        Some((i, len)) => {
            let offset = from + i;
            let (line, column) = src.line_col(offset);
            Span {
                offset,
                len,
                line,
                column,
            }
        }
        None => item.node.span,
    }
}

/// Where `needle` stands in `hay`, the occurrence nearest `near`: as it is, else across
/// lines (a folded or multi-line text joins its source lines with one space, so the words
/// may stand on two lines of the file).
fn locate(hay: &str, needle: &str, near: usize) -> Option<(usize, usize)> {
    hay.match_indices(needle)
        .map(|(i, _)| (i, needle.len()))
        .min_by_key(|(i, _)| i.abs_diff(near))
        .or_else(|| find_across_lines(hay, needle, near))
}

/// Where `needle` stands in `hay` with any run of white space (line breaks and
/// indentation included) wherever the needle has white space: (start, length), the one
/// nearest `near`.
fn find_across_lines(hay: &str, needle: &str, near: usize) -> Option<(usize, usize)> {
    let mut words = needle.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    if rest.is_empty() {
        return None;
    }
    hay.match_indices(first)
        .filter_map(|(i, _)| {
            let mut at = i + first.len();
            for w in &rest {
                let gap = hay[at..].len() - hay[at..].trim_start().len();
                if gap == 0 || !hay[at + gap..].starts_with(w) {
                    return None;
                }
                at += gap + w.len();
            }
            Some((i, at - i))
        })
        .min_by_key(|(i, _)| i.abs_diff(near))
}

/// Case-insensitive search for whole words or phrases; returns byte ranges in `text`.
pub fn find_phrases(text: &str, phrases: &[&str]) -> Vec<(usize, usize, usize)> {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths for some scripts; only use positions when it did not.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (pi, phrase) in phrases.iter().enumerate() {
        let p = phrase.to_lowercase();
        for (i, _) in lower.match_indices(&p) {
            let before = lower[..i].chars().next_back();
            let after = lower[i + p.len()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            let starts_word = p.chars().next().is_some_and(char::is_alphanumeric);
            let ends_word = p.chars().next_back().is_some_and(char::is_alphanumeric);
            if (!starts_word || boundary(before)) && (!ends_word || boundary(after)) {
                out.push((i, i + p.len(), pi));
            }
        }
    }
    out.sort();
    out
}
