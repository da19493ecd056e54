//! Template leftovers: TODO, xxx, %%VAR%%, {…}, "pp.kk.vvvv", "(s-postiosoite)".

use super::text_scan::match_span;
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text still contains a template placeholder that was never filled in.
    ///
    /// ## What it checks
    /// Every string of the register and organisation files, including e-mail addresses,
    /// phone numbers and web addresses, is searched for template leftovers: TODO, xxx,
    /// `%%VAR%%`, `{placeholder}`, "pp.kk.vvvv", "(s-postiosoite)", "muuta?", "Yritys,
    /// Osoite", "etunimi.sukunimi" and lorem ipsum. The patterns are in `data/wording.yaml`
    /// (`placeholders`).
    ///
    /// ## Why
    /// A notice with blanks does not give the information the law requires (Art 12-14):
    /// "contact us at (s-postiosoite)" gives no way to contact anyone, and a visible
    /// leftover tells readers the notice was never finished.
    ///
    /// ## How to fix
    /// Replace the placeholder with the real value (the actual e-mail address, date or
    /// name), or remove the sentence if it does not apply.
    pub struct Placeholder { id: "placeholder", severity: Error, article: "GDPR Art 12(1), 13, 14" }
}

impl_rule!(Placeholder, check);

fn check(n: &Notice, sink: &mut Sink) {
    let list = &wording().placeholders;
    {
        // Every string, codes and addresses too: a placeholder can be anywhere.
        let items = crate::rules::text_scan::strings(n);
        for item in items {
            for hit in list.find_item(item) {
                let words = quote(&item.text[hit.start..hit.end]);
                let field = item.field().to_string();
                let help = format!(
                    "replace \"{words}\" with the real {}, or remove it if it does not apply",
                    what(&field)
                );
                let d = sink
                    .report_span(
                        &Placeholder::INFO,
                        item.origin.file,
                        match_span(n, item, hit.start, hit.end),
                        format!("\"{words}\" is a template placeholder that was never filled in"),
                    )
                    .set_label("placeholder");
                match &hit.entry.note {
                    Some(note) => d.set_help(format!("{help}. {note}")),
                    None => d.set_help(help),
                };
            }
        }
    }
}

/// What the field holds, for the help text.
fn what(field: &str) -> &'static str {
    match field {
        "email" => "e-mail address",
        "phone" => "telephone number",
        "website" | "web_form" => "web address",
        "name" => "name",
        "address" | "visiting_address" | "postal_address" => "address",
        "created" | "updated" => "date",
        _ => "information (the actual name, address, date or e-mail address)",
    }
}
