//! Recipients outside the EU/EEA without a transfer entry, and texts that deny transfers.

use super::text_scan::{match_span, texts};
use super::transfer_data::fact_date;
use super::transfer_data::in_eu_eea;
use super::vendor_data::{Vendor, VendorMatch, catalogue};
use super::wording::wording;
use super::{Notice, Sink};
use crate::diagnostic::{Arg, Msg};
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A recipient outside the EU/EEA (by its country, or a well-known service from the vendor catalogue) has no transfer entry, or a text denies transfers; documented in messages/rules/recipient-abroad.<lang>.md.
    pub struct RecipientAbroad { id: "recipient-abroad", severity: Error, article: "GDPR Art 13(1)(f), 14(1)(f)", precision: High, reads: ["recipients.country", "recipients.name", "transfers.recipient", "transfers.country"], texts: true }
}

impl_rule!(RecipientAbroad, check);

fn check(n: &Notice, sink: &mut Sink) {
    let info = &RecipientAbroad::INFO;
    let transfers = n.transfers();
    let cat = catalogue();
    let mut abroad: Vec<String> = Vec::new();
    for r in n.recipients() {
        let texts: Vec<&str> = r
            .merged
            .name
            .as_ref()
            .map(|t| t.variants().into_iter().map(|(_, s)| s).collect())
            .unwrap_or_default();
        let found = cat.match_recipient(&r.merged.id, &texts);
        let name = texts
            .first()
            .map(|s| s.to_string())
            .unwrap_or_else(|| r.merged.id.clone());
        let covered = transfers
            .iter()
            .any(|t| t.value.recipient.as_deref() == Some(r.merged.id.as_str()));
        if let Some(country) = r.merged.country.as_deref()
            && !in_eu_eea(country)
        {
            abroad.push(format!("{name} ({country})"));
            if !covered {
                let mut help = msg!(
                    "recipient-abroad-help-country",
                    entry = format!(
                        "`- {{recipient: {}, country: {country}, mechanism: …}}`",
                        r.merged.id
                    ),
                    us = if country == "US" { "yes" } else { "no" }
                );
                if let Some(m) = &found
                    && !m.vendor.stays_in_eea.is_true()
                {
                    help = msg!(
                        "recipient-abroad-help-catalogue",
                        facts = catalogue_facts(m),
                        advice = transfer_advice(&r.merged.id, m.vendor)
                    );
                }
                sink.report(
                    info,
                    &r.field_at("country"),
                    msg!(
                        "recipient-abroad-message-country",
                        id = &r.merged.id,
                        country = Arg::country(country),
                        outdated = outdated_note(found.as_ref())
                    ),
                )
                .set_label(msg!("recipient-abroad-label-country"))
                .set_help(help);
            } else if let Some(m) = &found {
                report_outdated(sink, &r.field_at("name"), m);
            }
            continue;
        }
        let Some(m) = found else { continue };
        let v = m.vendor;
        // A country in the EU/EEA that is the contracting entity's own: the notice names the
        // entity it contracts with; the group's onward processing is then left to the
        // vendor's terms (Art 13(1)(f) asks for the controller's transfers). A different
        // EU/EEA country (a reseller's, a guess) does not show where the data goes.
        let country_hides_transfer = match r.merged.country.as_deref() {
            None => true,
            Some(c) => v.entity_country().is_some_and(|e| e != c),
        };
        let eu_said = texts.iter().any(|t| cat.says_eu_processing(t))
            || r.merged
                .description
                .as_ref()
                .is_some_and(|d| d.variants().iter().any(|(_, t)| cat.says_eu_processing(t)));
        // A transfer that names no recipient may be this one; its missing recipient is
        // `transfer-safeguard`'s finding, not a second one here.
        let unnamed_transfer = transfers.iter().any(|t| t.value.recipient.is_none());
        if v.stays_in_eea.is_false()
            && !covered
            && !unnamed_transfer
            && country_hides_transfer
            && !eu_said
        {
            let outside = v.countries_outside();
            abroad.push(format!("{name} ({})", outside.join(", ")));
            let given: Arg = match r.merged.country.as_deref() {
                Some(c) => msg!("recipient-abroad-given", country = Arg::country(c)).into(),
                None => "".into(),
            };
            sink.report(
                info,
                &r.field_at("name"),
                msg!(
                    "recipient-abroad-message-vendor",
                    id = &r.merged.id,
                    named = m.named,
                    // None when the catalogue names no country.
                    countries = Arg::countries(&outside),
                    known = if outside.is_empty() { "no" } else { "yes" },
                    given = given,
                    outdated = outdated_note(Some(&m))
                ),
            )
            .set_label(msg!("recipient-abroad-label-vendor"))
            .set_help(msg!(
                "recipient-abroad-help-vendor",
                facts = catalogue_facts(&m),
                advice = transfer_advice(&r.merged.id, v)
            ));
        } else {
            report_outdated(sink, &r.field_at("name"), &m);
        }
    }
    if abroad.is_empty() {
        return;
    }
    let claims = &wording().no_transfer_claims;
    for item in texts(n) {
        for hit in claims.find_item(item) {
            sink.report_span(
                info,
                item.origin.file,
                match_span(n, item, hit.start, hit.end),
                msg!("recipient-abroad-message-claim"),
            )
            .set_label(msg!("recipient-abroad-label-claim"))
            .set_help(msg!(
                "recipient-abroad-help-claim",
                recipients = abroad.join(", ")
            ));
        }
    }
}

/// A warning for a recipient named by an outdated entity or brand, when nothing else is
/// reported for it.
fn report_outdated(sink: &mut Sink, at: &super::notice::At, m: &VendorMatch) {
    if m.outdated.is_empty() {
        return;
    }
    let d = sink.report(
        &RecipientAbroad::INFO,
        at,
        msg!("recipient-abroad-message-outdated", list = outdated_text(m)),
    );
    d.severity = crate::diagnostic::Severity::Warning;
    d.set_label(msg!("recipient-abroad-label-outdated"))
        .set_help(match m.vendor.entity() {
            Some(e) => msg!(
                "recipient-abroad-help-outdated-entity",
                named = m.named,
                entity = e
            ),
            None => msg!("recipient-abroad-help-outdated"),
        });
}

/// "“Google, Inc.” is now Google LLC (since 2017-09)", for every outdated name used.
fn outdated_text(m: &VendorMatch) -> Msg {
    join(
        m.outdated
            .iter()
            .map(|o| {
                if o.since == "unknown" {
                    msg!(
                        "recipient-abroad-outdated",
                        name = &o.name,
                        current = &o.replaced_by
                    )
                } else {
                    msg!(
                        "recipient-abroad-outdated-since",
                        name = &o.name,
                        current = &o.replaced_by,
                        since = &o.since
                    )
                }
            })
            .collect(),
        |a, b| msg!("recipient-abroad-join-semicolon", a = a, b = b),
    )
}

/// "; its name is outdated: “Google, Inc.” is now Google LLC (since 2017-09)", or nothing.
fn outdated_note(m: Option<&VendorMatch>) -> Arg {
    match m {
        Some(m) if !m.outdated.is_empty() => {
            msg!("recipient-abroad-outdated-note", list = outdated_text(m)).into()
        }
        _ => "".into(),
    }
}

/// `items` joined two by two by the message `pair` makes of them ("a; b", "a and b").
fn join(items: Vec<Msg>, pair: impl Fn(Msg, Msg) -> Msg) -> Msg {
    let mut items = items.into_iter();
    let first = items.next().unwrap_or_else(|| Msg::Raw(String::new()));
    items.fold(first, pair)
}

/// What the catalogue knows about the matched service, in one sentence.
fn catalogue_facts(m: &VendorMatch) -> Msg {
    let v = m.vendor;
    let known = v.processing_outside_eea.known();
    let outside = Arg::countries(known.iter());
    let what = match (v.entity(), v.entity_country()) {
        (Some(e), Some(c)) if in_eu_eea(c) => {
            if known.is_empty() {
                msg!(
                    "recipient-abroad-facts-eu-entity",
                    entity = e,
                    country = Arg::country(c)
                )
            } else {
                msg!(
                    "recipient-abroad-facts-eu-entity-onward",
                    entity = e,
                    country = Arg::country(c),
                    outside = outside
                )
            }
        }
        (Some(e), Some(c)) => msg!(
            "recipient-abroad-facts-entity-abroad",
            entity = e,
            country = Arg::country(c)
        ),
        _ => {
            if known.is_empty() {
                msg!("recipient-abroad-facts-processes", named = m.named)
            } else {
                msg!(
                    "recipient-abroad-facts-processes-in",
                    named = m.named,
                    outside = outside
                )
            }
        }
    };
    msg!(
        "recipient-abroad-facts",
        checked = fact_date(&v.checked),
        what = what,
        dpf = dpf_fact(v)
    )
}

fn dpf_fact(v: &Vendor) -> Msg {
    let d = &v.dpf;
    if d.certified.is_true() {
        msg!(
            "recipient-abroad-dpf-certified",
            organisation = &d.organisation,
            date = fact_date(&d.as_of)
        )
    } else if d.certified.is_false() {
        msg!(
            "recipient-abroad-dpf-not-certified",
            organisation = &d.organisation,
            date = fact_date(&d.as_of)
        )
    } else if d.certified == super::vendor_data::Fact::Word("not_applicable".into()) {
        msg!("recipient-abroad-dpf-not-applicable")
    } else if d.organisation != "none" {
        msg!(
            "recipient-abroad-dpf-unconfirmed-for",
            organisation = &d.organisation
        )
    } else {
        msg!("recipient-abroad-dpf-unconfirmed")
    }
}

/// The transfer entries to add: one per country outside the EU/EEA, with a mechanism that
/// fits the country and the catalogue's DPF fact.
fn transfer_advice(id: &str, v: &Vendor) -> Msg {
    let countries = v.countries_outside();
    if countries.is_empty() {
        return msg!(
            "recipient-abroad-advice-unknown",
            entry = format!("`- {{recipient: {id}, country: …, mechanism: …}}`")
        );
    }
    let mut entries = Vec::new();
    let mut notes = Vec::new();
    for c in &countries {
        let (mech, note) = mechanism_for(v, c);
        let copy = if mech == "sccs" {
            ", safeguard_copy: …"
        } else {
            ""
        };
        entries.push(Msg::Raw(format!(
            "`- {{recipient: {id}, country: {c}, mechanism: {mech}{copy}}}`"
        )));
        if let Some(note) = note {
            notes.push(note);
        }
    }
    let entries = join(entries, |a, b| {
        msg!("recipient-abroad-join-and", a = a, b = b)
    });
    if notes.is_empty() {
        msg!("recipient-abroad-advice", entries = entries)
    } else {
        msg!(
            "recipient-abroad-advice-note",
            entries = entries,
            note = join(notes, |a, b| msg!(
                "recipient-abroad-join-semicolon",
                a = a,
                b = b
            ))
        )
    }
}

fn mechanism_for(v: &Vendor, c: &str) -> (&'static str, Option<Msg>) {
    let mech = super::vendor_data::mechanism_for(v, c);
    let note = match (c, mech) {
        ("US", "dpf") => Some(msg!(
            "recipient-abroad-note-dpf",
            organisation = &v.dpf.organisation,
            date = fact_date(&v.dpf.as_of)
        )),
        ("US", _) => Some(msg!("recipient-abroad-note-no-dpf")),
        _ => None,
    };
    (mech, note)
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Arg, Msg};
    use crate::i18n::Catalog;
    use fluent_bundle::FluentValue;
    use std::path::{Path, PathBuf};

    /// The rules whose messages this group of files words (transfers, the controller and
    /// the authority): every finding of their fixtures is worded in Finnish and Swedish by
    /// the language's own catalog, with every argument the message uses (a missing or
    /// misspelt one would silently fall back to English).
    #[test]
    fn fixtures_are_worded_in_every_language_without_falling_back() {
        let ids = [
            "recipient-abroad",
            "adequacy-country",
            "transfer-safeguard",
            "old-sccs",
            "privacy-shield",
            "derogation-routine",
            "representative",
            "authority",
            "authority-address",
            "authority-country",
            "controller-identity",
            "controller-address",
            "business-id",
            "contact-format",
        ];
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut findings = Vec::new();
        for id in ids {
            let dir = root.join("tests/fixtures/rules").join(id);
            let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("fail"))
                })
                .collect();
            files.sort();
            for f in files {
                let rel = f.strip_prefix(root).unwrap().to_path_buf();
                let checked = crate::check::check_paths_on(
                    &[rel],
                    crate::model::Date::parse("2026-11-21").unwrap(),
                );
                findings.extend(checked.diagnostics.into_iter().filter(|d| d.rule == id));
            }
        }
        assert!(findings.len() >= 20, "{} findings", findings.len());
        for lang in ["fi", "sv"] {
            let source: String = crate::messages::sources(lang)
                .into_iter()
                .map(|(_, t)| t)
                .collect::<Vec<_>>()
                .join("\n");
            let catalog = Catalog::parse(lang, &source, "messages/").unwrap();
            let words = crate::messages::Messages::get(lang);
            for d in &findings {
                let mut all = vec![&d.message];
                all.extend(d.label.iter());
                all.extend(d.help.iter());
                for m in all {
                    check(m, &catalog, words, lang);
                }
            }
        }
    }

    fn check(m: &Msg, catalog: &Catalog, words: &crate::messages::Messages, lang: &str) {
        let Msg::Id(id, args) = m else {
            panic!("{lang}: a text not in the catalogs: {m:?}");
        };
        let values: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|(k, a)| {
                let v = match a {
                    Arg::Num(n) => FluentValue::from(*n),
                    Arg::Msg(inner) => {
                        if !matches!(**inner, Msg::Raw(_)) {
                            check(inner, catalog, words, lang);
                        }
                        FluentValue::from(words.text(inner))
                    }
                    other => FluentValue::from(words.words(other)),
                };
                (*k, v)
            })
            .collect();
        if let Err(e) = catalog.message(id, &values) {
            panic!("{lang}: {e}");
        }
    }
}
