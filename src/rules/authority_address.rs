//! The Finnish supervisory authority given at an outdated or misspelt address.

use super::text_scan::{match_span, texts};
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::model::authority::authority;
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text gives the Finnish supervisory authority at an outdated or misspelt address.
    ///
    /// ## What it checks
    /// Texts that are about the supervisory authority (they mention the Data Protection
    /// Ombudsman, the supervisory authority or tietosuoja.fi) are searched for the old
    /// address "Ratapihantie 9", the old postcodes 00520 and 00521 ("PL 800, 00521
    /// Helsinki"), and the misspelling "Lintulahdenkatu". The patterns are in
    /// `data/wording.yaml` (`authority_address`).
    ///
    /// ## Why
    /// People must be told of their right to complain to a supervisory authority
    /// (Art 13(2)(d), 14(2)(e)); a complaint sent to an old address is delayed or lost. The
    /// Office of the Data Protection Ombudsman is at Lintulahdenkuja 4, 00530 Helsinki, and
    /// its postal address is PL 800, 00531 Helsinki.
    ///
    /// ## How to fix
    /// Remove the address from the text: seloste prints the authority's current contact
    /// details (from its built-in data) in every notice. If the text must keep an address,
    /// write Lintulahdenkuja 4, 00530 Helsinki (postal: PL 800, 00531 Helsinki).
    pub struct AuthorityAddress { id: "authority-address", severity: Error, article: "FI: GDPR Art 13(2)(d), 14(2)(e)" }
}

impl_rule!(AuthorityAddress, check);

fn current(lang: &str) -> String {
    let Some(a) = authority("fi") else {
        return String::new();
    };
    let get = |t: &Option<crate::model::Text>| {
        t.as_ref()
            .and_then(|t| t.get(lang).or_else(|| t.get("fi")))
            .unwrap_or("")
            .to_string()
    };
    let name = a.name.get(lang).or_else(|| a.name.get("fi")).unwrap_or("");
    format!(
        "{name}, {} (postal address {})",
        get(&a.visiting_address),
        get(&a.postal_address)
    )
}

fn check(n: &Notice, sink: &mut Sink) {
    let w = wording();
    for item in texts(n) {
        if !w.authority_markers.matches_item(item) {
            continue;
        }
        for hit in w.authority_outdated.find_item(item) {
            let words = quote(&item.text[hit.start..hit.end]);
            let mut help = format!(
                "Current address: {}. Better still, remove the address from the text: seloste prints the authority's current contact details in the notice itself",
                current(item.lang)
            );
            if let Some(note) = &hit.entry.note {
                help = format!("{note} {help}");
            }
            sink.report_span(
                &AuthorityAddress::INFO,
                item.origin.file,
                match_span(n, item, hit.start, hit.end),
                format!("\"{words}\" is not the supervisory authority's address"),
            )
            .set_label("outdated address")
            .set_help(help);
        }
    }
}
