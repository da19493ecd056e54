//! Retention described as "as long as necessary" or "a reasonable time".

use super::text_scan::{match_span, texts};
use super::wording::{quote, wording};
use super::{Notice, Sink};
use crate::load::tree::Seg;
use crate::{declare_rule, impl_rule, msg};

declare_rule! {
    /// A retention text says "as long as necessary" instead of a period or criteria; documented in messages/rules/vague-retention.<lang>.md.
    pub struct VagueRetention { id: "vague-retention", severity: Warning, article: "WP260 rev.01 para 45; GDPR Art 13(2)(a), 14(2)(a)", precision: High, reads: ["categories.retention.criteria", "categories.retention.from", "categories.retention.at_least", "retention.criteria", "retention.from", "retention.at_least", "retention_groups.retention.criteria", "retention_groups.retention.from", "retention_groups.retention.at_least"] }
}

impl_rule!(VagueRetention, check);

fn check(n: &Notice, sink: &mut Sink) {
    check_minimums(n, sink);
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
        let bounds = &wording().retention_upper_bounds;
        let open_ended = list
            .find_item(item)
            .into_iter()
            .filter(|h| !bounds.matches(bounded_scope(item.text, h.start, h.end)));
        for hit in open_ended.chain(by_reference) {
            let words = quote(&item.text[hit.start..hit.end]);
            let d = sink
                .report_span(
                    &VagueRetention::INFO,
                    item.origin.file,
                    match_span(n, item, hit.start, hit.end),
                    msg!("vague-retention-message", words = words),
                )
                .set_label(msg!("vague-retention-label"));
            // The help's examples are in the text's language.
            match &hit.entry.note {
                Some(note) => d.set_help(msg!(
                    "vague-retention-help-noted",
                    lang = item.lang,
                    note = note.msg()
                )),
                None => d.set_help(msg!("vague-retention-help", lang = item.lang)),
            };
        }
    }
}

/// A minimum period (`at_least: true`) is not a limit, as "vähintään kuusi vuotta" in a
/// text is not: it needs criteria that say when the data is deleted. Each written
/// `retention:` once (a category's, a group's, the register's).
fn check_minimums(n: &Notice, sink: &mut Sink) {
    let reg = n.register;
    let written = n
        .categories()
        .filter_map(|(_, c, at)| c.retention.as_ref().map(|r| (r, at.child("retention"))))
        .chain(reg.retention_groups.iter().enumerate().map(|(i, g)| {
            (
                &g.retention,
                n.at(&["retention_groups"]).child(i).child("retention"),
            )
        }))
        .chain(reg.retention.as_ref().map(|r| (r, n.at(&["retention"]))));
    for (r, at) in written {
        if r.at_least && r.period.is_some() && r.criteria.as_ref().is_none_or(|t| t.is_blank()) {
            sink.report(
                &VagueRetention::INFO,
                &at.child("at_least"),
                msg!("vague-retention-message-minimum"),
            )
            .set_label(msg!("vague-retention-label-minimum"))
            .set_help(msg!("vague-retention-help-minimum"));
        }
    }
}

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

/// The sentence around `start..end` and the one after it: where an upper bound ("kuitenkin
/// viimeistään kolmen vuoden kuluttua", "at most two years") turns the phrase into a
/// criterion.
fn bounded_scope(text: &str, start: usize, end: usize) -> &str {
    let (from, to) = super::old_law_concept::sentence_around(text, start, end);
    let (_, next_end) = super::old_law_concept::sentence_around(text, to, to);
    &text[from..next_end.max(to)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `text` (a retention criterion) is reported, as the rule decides it.
    fn reported(text: &str) -> bool {
        let w = wording();
        w.vague_retention.find(text).iter().any(|h| {
            !w.retention_upper_bounds
                .matches(bounded_scope(text, h.start, h.end))
        })
    }

    #[test]
    fn open_ended_retention_in_its_forms() {
        let vague = [
            "Tiedot säilytetään niin pitkään kuin se on tarpeellista yhdistyksen toiminnan kannalta.",
            "Säilytämme hakemuksia niin kauan kuin niitä tarvitsemme.",
            "Henkilötiedot säilytetään, kunnes niitä ei enää tarvita asiakassuhteen hoitamiseen.",
            "Lomakkeet hävitetään, kun käyttötarvetta ei enää ole.",
            "Tiedot poistetaan, kun ne eivät ole enää tarpeellisia.",
            "Kuvat säilytetään toistaiseksi.",
            "Tietoja säilytetään tarpeellisen ajan.",
            "Videot säilytetään käyttötarpeen ajan.",
            "Tiedot pidetään kohtuullisen ajanjakson ajan.",
            "Tiedot säilytetään lain edellyttämän ajan.",
            "Laskut säilytetään vähintään kymmenen vuotta.",
            "Tositteet säilytetään vähintään kuuden vuoden ajan.",
            "Tiedot säilytetään kaksi vuotta tai pidempään, jos laki sitä vaatii.",
            "Sopimukset säilytetään viisi vuotta tai pidempään.",
            "Tiedot säilytetään tarpeen mukaan.",
            "Uppgifterna sparas så länge vi behöver dem för verksamheten.",
            "Ansökan raderas när den inte längre behövs.",
            "Bilderna sparas tills vidare.",
            "Verifikationerna sparas minst tio år.",
            "Avtalen sparas i fem år eller längre om lagen kräver det.",
            "Profiles are kept for as long as they are needed for our services.",
            "The data is deleted once it is no longer required.",
            "Logs are stored until further notice.",
            "Invoices are kept for at least seven\n  years.",
            "We keep contracts for five years or longer where the law requires.",
            "Records are kept for the period required by law.",
            "Recordings are kept for a reasonable period of time.",
        ];
        for t in vague {
            assert!(reported(t), "not reported: {t}");
        }
    }

    #[test]
    fn real_limits_stay_silent() {
        let clear = [
            "Kirjanpitoaineisto säilytetään kuusi vuotta tilikauden päättymisestä.",
            "Tiedot poistetaan, kun niitä ei enää tarvita, kuitenkin viimeistään kolmen vuoden kuluttua.",
            "Hakemukset säilytetään niin kauan kuin hakuprosessi on kesken ja poistetaan kuuden kuukauden kuluttua sen päättymisestä.",
            "Tiedot säilytetään niin kauan kuin jäsenyys on voimassa.",
            "Avaintiedot poistetaan, kun avaimet on palautettu.",
            "Tositteet säilytetään kirjanpitolain edellyttämän ajan eli kuusi vuotta tilikauden päättymisestä.",
            "Tiedot säilytetään tarpeen mukaan, enintään kaksi vuotta.",
            "Uppgifterna sparas så länge medlemskapet pågår och raderas ett år därefter.",
            "Uppgifterna raderas senast två år efter att medlemskapet upphört.",
            "Data is kept for two years after the membership ends.",
            "Account data is kept as long as you have an account, and deleted 30 days after you close it.",
            "We keep the data as long as needed for the claim, at most three years.",
            "Material is kept while the project lasts and deleted one year after its end.",
            "Jos tietoja ei tarvita laskutukseen, ne poistetaan heti tilauksen toimittamisen jälkeen.",
            "Om uppgifterna inte behövs för faktureringen raderas de direkt efter leveransen.",
        ];
        for t in clear {
            assert!(!reported(t), "reported: {t}");
        }
    }
}
