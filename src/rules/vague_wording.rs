//! Hedging words ("may", "some", "voidaan", "saattaa") in the notice's texts.

use super::text_scan::{match_span, texts};
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule};

declare_rule! {
    /// A text hedges ("may", "voidaan") instead of saying what is actually done.
    ///
    /// ## What it checks
    /// Every text of the notice, in its language, is searched for hedging words. The lists
    /// are in `data/wording.yaml` (`vague_wording`, per language). Words that state a right
    /// of the reader ("Voit pyytää", "Rekisteröity voi", "You may ask") are not reported.
    ///
    /// ## Why
    /// Information must be concise, transparent, intelligible and in clear and plain
    /// language (Art 12(1)). The transparency guidelines (WP260 rev.01, para 12-13) name
    /// qualifiers such as "may", "might", "some", "often" and "possible" as examples of
    /// poor practice: the reader cannot tell whether, or to what, the processing applies.
    ///
    /// ## How to fix
    /// Say what is done: not "Tietoja voidaan käyttää markkinointiin" but "Käytämme
    /// yhteystietojasi uutiskirjeen lähettämiseen"; not "we may share some data with
    /// partners" but "we give your name and e-mail address to Postituspalvelu Oy, which
    /// sends our newsletter". If something happens only in some cases, name the cases.
    pub struct VagueWording { id: "vague-wording", severity: Warning, article: "GDPR Art 12(1); WP260 rev.01 para 12-13" }
}

impl_rule!(VagueWording, check);

fn check(n: &Notice, sink: &mut Sink) {
    let lists = &wording().vague_wording;
    for item in texts(n) {
        let Some(list) = lists.get(item.lang) else {
            continue;
        };
        for hit in list.find(item.text) {
            let word = quote(&item.text[hit.start..hit.end]);
            let help = if item.lang == "fi" {
                "kerro, mitä tehdään: esim. \"Käytämme yhteystietojasi uutiskirjeen lähettämiseen\" eikä \"Tietoja voidaan käyttää markkinointiin\" (say what is actually done, and name the cases if it happens only in some)"
            } else {
                "say what is actually done, e.g. \"we use your e-mail address to send the newsletter\" rather than \"we may use some data for marketing\"; if it happens only in some cases, name them"
            };
            let d = sink
                .report_span(
                    &VagueWording::INFO,
                    item.origin.file,
                    match_span(n, item, hit.start, hit.end),
                    format!("\"{word}\" leaves the reader guessing what is actually done"),
                )
                .set_label("vague word");
            match &hit.entry.note {
                Some(note) => d.set_help(format!("{help}. {note}")),
                None => d.set_help(help),
            };
        }
    }
}
