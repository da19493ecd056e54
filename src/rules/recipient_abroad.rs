//! Recipients outside the EU/EEA without a transfer entry, and texts that deny transfers.

use super::text_scan::{match_span, texts};
use super::transfer_data::{country_in_sentence, in_eu_eea};
use super::vendor_data::{Vendor, VendorMatch, catalogue};
use super::wording::wording;
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A recipient outside the EU/EEA (by its country, or a well-known service from the vendor catalogue) has no transfer entry, or a text denies transfers.
    ///
    /// ## What it checks
    /// Every recipient (with details merged from the organisation file) whose `country` is
    /// outside the EU/EEA must have an entry in `transfers` whose `recipient` is the
    /// recipient's id. So must a recipient that is a well-known service whose data goes
    /// outside the EU/EEA, whatever `country` it gives or if it gives none: the recipient's
    /// `name` (in any language) or `id` is matched to seloste's vendor catalogue
    /// (`data/vendors.yaml`: Google Analytics, Microsoft 365 and Teams, Zoom, Mailchimp,
    /// Klaviyo, Meta, Stripe, HubSpot … with the legal entity EU/EEA customers contract with,
    /// its country, the group's processing outside the EU/EEA and its DPF certification as a
    /// dated fact). Names match as whole words, with Finnish case endings ("Zoomin",
    /// "Teamsissa", "Google Drivessa"); names that are also common words ("Teams", "Zoom")
    /// only at the start of the name or of a bracket. A service the catalogue knows to keep
    /// the data in the EU/EEA, or knows too little about, is not reported; nor is one whose
    /// `country` is the EU/EEA country of the vendor's contracting entity (the notice then
    /// names whom it contracts with), whose name or description states an EU/EEA data region
    /// ("Frankfurt region", "EU Data Boundary"), or when a transfer names no recipient (it
    /// may be this one; `transfer-safeguard` reports it). A recipient named
    /// by an outdated entity ("Google, Inc.", "Facebook Ireland Ltd") is told the current one
    /// (a warning when a transfer is listed). And while a recipient outside the EU/EEA exists,
    /// no text may say that data is not transferred outside the EU/EEA ("ei siirretä EU:n tai
    /// ETA:n ulkopuolelle", "not transferred outside the EU/EEA").
    ///
    /// ## Why
    /// Giving data to a recipient located outside the EU/EEA is a transfer, and the notice
    /// must say so and on what ground (Art 13(1)(f), 14(1)(f)). A notice that names a US
    /// service provider and says nothing leaves the EU is contradictory and misleads people.
    /// Many services contract through an EU entity (Google Ireland, Microsoft Ireland) while
    /// the group processes the data in the US: that onward transfer must still be described.
    ///
    /// ## How to fix
    /// Add a transfer for the recipient: `transfers: [{recipient: <id>, country: US,
    /// mechanism: dpf}]` (or `sccs` with `safeguard_copy`). If the recipient in fact
    /// processes the data in the EU/EEA (e.g. an EU data centre), correct its `country`; if
    /// your contract with a catalogued service keeps the data in the EU/EEA, say so in the
    /// recipient's `description` and suppress the finding with that reason.
    /// Remove or correct sentences that say nothing is transferred.
    pub struct RecipientAbroad { id: "recipient-abroad", severity: Error, article: "GDPR Art 13(1)(f), 14(1)(f)" }
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
                let mut help = format!(
                    "add to `transfers`: `- {{recipient: {}, country: {country}, mechanism: …}}` with the mechanism ({}), or correct the country if the data stays in the EU/EEA",
                    r.merged.id,
                    if country == "US" {
                        "`dpf` if the recipient is DPF-certified, else `sccs` with `safeguard_copy`"
                    } else {
                        "`adequacy`, `sccs` with `safeguard_copy`, `bcr`, …"
                    }
                );
                if let Some(m) = &found
                    && !m.vendor.stays_in_eea.is_true()
                {
                    help = format!(
                        "{}. {}",
                        catalogue_facts(m),
                        transfer_advice(&r.merged.id, m.vendor)
                    );
                }
                sink.report(
                    info,
                    &r.field_at("country"),
                    format!(
                        "the recipient `{}` is in {}, outside the EU/EEA, but no transfer is listed for it{}",
                        r.merged.id,
                        country_in_sentence(country),
                        found.as_ref().map(outdated_note).unwrap_or_default()
                    ),
                )
                .set_label("recipient outside the EU/EEA")
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
            let where_ = if outside.is_empty() {
                "outside the EU/EEA".to_string()
            } else {
                outside
                    .iter()
                    .map(|c| country_in_sentence(c))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            abroad.push(format!("{name} ({})", outside.join(", ")));
            let given = match r.merged.country.as_deref() {
                Some(c) => format!(
                    " (not only {}, the `country` given)",
                    country_in_sentence(c)
                ),
                None => String::new(),
            };
            sink.report(
                info,
                &r.field_at("name"),
                format!(
                    "the recipient `{}` is {}, whose data goes to {where_}{given}, but no transfer is listed for it{}",
                    r.merged.id,
                    m.named,
                    outdated_note(&m),
                ),
            )
            .set_label("service that processes data outside the EU/EEA")
            .set_help(format!(
                "{}. {} If your contract keeps the data in the EU/EEA only, say so in the recipient's `description` and suppress this finding with that reason",
                catalogue_facts(&m),
                transfer_advice(&r.merged.id, v)
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
                "the text says no data leaves the EU/EEA, but a recipient is outside it",
            )
            .set_label("contradicted by the recipients")
            .set_help(format!(
                "say which data is transferred, to whom and on what ground, or remove the sentence: seloste prints the transfers itself. Recipients outside the EU/EEA: {}",
                abroad.join(", ")
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
        format!(
            "the recipient is named by an outdated name: {}",
            outdated_text(m)
        ),
    );
    d.severity = crate::diagnostic::Severity::Warning;
    d.set_label("outdated name").set_help(format!(
        "write the current name{}",
        match m.vendor.entity() {
            Some(e) => format!("; {} customers in the EU/EEA contract with {e}", m.named),
            None => String::new(),
        }
    ));
}

/// "“Google, Inc.” is now Google LLC (since 2017-09)", for every outdated name used.
fn outdated_text(m: &VendorMatch) -> String {
    m.outdated
        .iter()
        .map(|o| {
            let since = if o.since == "unknown" {
                String::new()
            } else {
                format!(" (since {})", o.since)
            };
            format!("“{}” is now {}{since}", o.name, o.replaced_by)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// "; its name is outdated: “Google, Inc.” is now Google LLC (since 2017-09)", or nothing.
fn outdated_note(m: &VendorMatch) -> String {
    if m.outdated.is_empty() {
        String::new()
    } else {
        format!("; its name is outdated: {}", outdated_text(m))
    }
}

/// What the catalogue knows about the matched service, in one sentence.
fn catalogue_facts(m: &VendorMatch) -> String {
    let v = m.vendor;
    let mut s = String::new();
    s.push_str(&format!(
        "seloste's vendor catalogue (checked {}): ",
        v.checked
    ));
    let outside: Vec<String> = v
        .processing_outside_eea
        .known()
        .iter()
        .map(|c| country_in_sentence(c))
        .collect();
    match (v.entity(), v.entity_country()) {
        (Some(e), Some(c)) if in_eu_eea(c) => {
            s.push_str(&format!(
                "EU/EEA customers contract with {e} in {}",
                country_in_sentence(c)
            ));
            if !outside.is_empty() {
                s.push_str(&format!(
                    ", but the group also processes the data in {}, so a transfer is still to be described",
                    outside.join(", ")
                ));
            }
        }
        (Some(e), Some(c)) => {
            s.push_str(&format!(
                "EU/EEA customers contract with {e} in {}, outside the EU/EEA",
                country_in_sentence(c)
            ));
        }
        _ => {
            s.push_str(&format!("{} processes the data", m.named));
            if outside.is_empty() {
                s.push_str(" outside the EU/EEA");
            } else {
                s.push_str(&format!(" in {}", outside.join(", ")));
            }
        }
    }
    s.push_str(&format!("; DPF: {}", dpf_fact(v)));
    s
}

fn dpf_fact(v: &Vendor) -> String {
    let d = &v.dpf;
    if d.certified.is_true() {
        format!("{} certified as of {}", d.organisation, d.as_of)
    } else if d.certified.is_false() {
        format!("{} not certified as of {}", d.organisation, d.as_of)
    } else if d.certified == super::vendor_data::Fact::Word("not_applicable".into()) {
        "not applicable (no US group entity receives the data as far as known)".into()
    } else if d.organisation != "none" {
        format!("not confirmed for {} (check the DPF list)", d.organisation)
    } else {
        "not confirmed".into()
    }
}

/// The transfer entries to add: one per country outside the EU/EEA, with a mechanism that
/// fits the country and the catalogue's DPF fact.
fn transfer_advice(id: &str, v: &Vendor) -> String {
    let countries = v.countries_outside();
    if countries.is_empty() {
        return format!(
            "Add to `transfers`: `- {{recipient: {id}, country: …, mechanism: …}}` for each country outside the EU/EEA the vendor's processing terms name."
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
        entries.push(format!(
            "`- {{recipient: {id}, country: {c}, mechanism: {mech}{copy}}}`"
        ));
        if let Some(note) = note {
            notes.push(note);
        }
    }
    let mut s = format!("Add to `transfers`: {}", entries.join(" and "));
    if !notes.is_empty() {
        s.push_str(&format!(" ({})", notes.join("; ")));
    }
    s.push('.');
    s
}

fn mechanism_for(v: &Vendor, c: &str) -> (&'static str, Option<String>) {
    let mech = super::vendor_data::mechanism_for(v, c);
    let note = match (c, mech) {
        ("US", "dpf") => Some(format!(
            "{} was DPF-certified as of {}; check it on https://www.dataprivacyframework.gov/list",
            v.dpf.organisation, v.dpf.as_of
        )),
        ("US", _) => Some(
            "the catalogue could not confirm DPF certification: write `dpf` only if the \
             vendor is on https://www.dataprivacyframework.gov/list"
                .into(),
        ),
        _ => None,
    };
    (mech, note)
}
