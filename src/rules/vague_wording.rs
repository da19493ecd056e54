//! Hedging ("voidaan luovuttaa", "we may share", "vid behov") in the notice's texts,
//! decided per clause rather than per word.

use super::memo::Memo;
use super::text_scan::{TextItem, match_span, texts};
use super::wording::{Hit, List, VagueLists, quote, wording};
use super::{Notice, Sink};
use crate::{declare_rule, impl_rule, msg};
use std::collections::BTreeMap;
use std::sync::LazyLock;

declare_rule! {
    /// A text hedges ("may", "voidaan", "tarvittaessa") instead of saying what is actually done; documented in messages/rules/vague-wording.<lang>.md.
    pub struct VagueWording { id: "vague-wording", severity: Warning, article: "GDPR Art 12(1); WP260 rev.01 para 12-13", precision: High, texts: true }
}

impl_rule!(VagueWording, check);

/// A cue that hedges in its clause: its byte range in the text, and the note of its list
/// entry, if any.
#[derive(Clone)]
pub struct Hedge<'w> {
    pub start: usize,
    pub end: usize,
    pub note: Option<&'w crate::rules::wording::Note>,
}

fn check(n: &Notice, sink: &mut Sink) {
    for item in texts(n) {
        let Some(lists) = wording().vague_wording.get(item.lang) else {
            continue;
        };
        for hedge in hedges_in_item(lists, item) {
            let (start, end) = (hedge.start, hedge.end);
            let word = quote(&item.text[start..end]);
            // The help's examples are in the text's language.
            let d = sink
                .report_span(
                    &VagueWording::INFO,
                    item.origin.file,
                    match_span(n, item, start, end),
                    msg!("vague-wording-message", word = word),
                )
                .set_label(msg!("vague-wording-label"));
            match hedge.note {
                Some(note) => d.set_help(msg!(
                    "vague-wording-help-noted",
                    lang = item.lang,
                    note = note.msg()
                )),
                None => d.set_help(msg!("vague-wording-help", lang = item.lang)),
            };
        }
    }
}

fn hedges_in_item(lists: &'static VagueLists, item: &TextItem) -> Vec<Hedge<'static>> {
    static MEMO: LazyLock<BTreeMap<&'static str, Memo<Vec<Hedge<'static>>>>> =
        LazyLock::new(|| {
            wording()
                .vague_wording
                .keys()
                .map(|lang| (lang.as_str(), Memo::default()))
                .collect()
        });
    let scan = || {
        if !lists.may_match(item.text) {
            return Vec::new();
        }
        decide(
            lists,
            item.text,
            lists.modal.find(item.text),
            lists.vague.find(item.text),
        )
    };
    match MEMO.get(item.lang) {
        Some(memo) => memo.get(item.text, scan),
        None => scan(),
    }
}

/// The clauses of `text` that hedge, by the lists of language `lang` (none for a language
/// without lists). What the rule reports for a text, without the prefilter; for tests.
pub fn hedges(text: &str, lang: &str) -> Vec<Hedge<'static>> {
    let Some(lists) = wording().vague_wording.get(lang) else {
        return Vec::new();
    };
    decide(lists, text, lists.modal.find(text), lists.vague.find(text))
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Modal,
    Vague,
}

fn decide<'w>(
    lists: &'w VagueLists,
    text: &str,
    modal: Vec<Hit<'w>>,
    vague: Vec<Hit<'w>>,
) -> Vec<Hedge<'w>> {
    if modal.is_empty() && vague.is_empty() {
        return Vec::new();
    }
    let mut cues: Vec<(Kind, Hit<'w>)> = modal
        .into_iter()
        .map(|h| (Kind::Modal, h))
        .chain(vague.into_iter().map(|h| (Kind::Vague, h)))
        .collect();
    // Where a vague phrase contains a modal ("kan komma att"), the phrase is the cue.
    cues.sort_by_key(|(_, h)| (h.start, std::cmp::Reverse(h.end)));
    let mut end = 0;
    cues.retain(|(_, h)| {
        let keep = h.start >= end || end == 0;
        end = end.max(h.end);
        keep
    });

    // A vague phrase that begins with a break word ("if needed", "where necessary") is a
    // qualifier, not a clause of its own.
    let phrases: Vec<(usize, usize)> = cues
        .iter()
        .filter(|(k, _)| *k == Kind::Vague)
        .map(|(_, h)| (h.start, h.end))
        .collect();
    // Only the patterns that can match the text are run (and compiled).
    let context = lists.context_candidates(text);
    let shared = wording().candidates(text);
    let clauses = clauses(text, &lists.breaks, &context, &phrases);
    let ranges_in = |list: &List, candidates: &[usize]| -> Vec<(usize, usize)> {
        list.find_in(text, candidates)
            .iter()
            .map(|h| (h.start, h.end))
            .collect()
    };
    let ranges = |list: &List| ranges_in(list, &context);
    let negation = ranges(&lists.negation);
    let purpose = ranges(&lists.purpose);
    let restriction = ranges(&lists.restriction);
    let law = ranges(&lists.law);
    let reader = ranges(&lists.reader);
    let other_sense = ranges(&lists.other_sense);
    // What `vague-retention` or `placeholder` reports is theirs: one defect, one finding.
    let retention = ranges_in(&wording().vague_retention, &shared);
    let placeholders = ranges_in(&wording().placeholders, &shared);

    let mut out = Vec::new();
    for (kind, hit) in cues {
        let (s, e) = (hit.start, hit.end);
        let ci = clauses.partition_point(|c| c.0 <= s).saturating_sub(1);
        let clause = clauses.get(ci).copied().unwrap_or((0, text.len()));
        let plain = covers(&other_sense, s, e)
            || overlaps(&retention, s, e)
            || overlaps(&placeholders, s, e)
            || match kind {
                // A word that leaves the cases open is vague in any clause but the reader's.
                Kind::Vague => starts_in(&reader, clause),
                Kind::Modal => {
                    covers(&reader, s, e)
                        || starts_in(&negation, clause)
                        || opens(&purpose, clause.0)
                        || starts_in(&restriction, clause)
                        || starts_in(&law, clause)
                }
            };
        if plain {
            continue;
        }
        out.push(Hedge {
            start: s,
            end: e,
            note: hit.entry.note.as_ref(),
        });
    }
    out
}

/// True when one of `ranges` (sorted, not overlapping) contains `start..end`.
fn covers(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|r| r.0 <= start);
    i > 0 && ranges[i - 1].1 >= end
}

/// True when one of `ranges` (sorted, not overlapping) overlaps `start..end`.
fn overlaps(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|r| r.0 < end);
    i > 0 && ranges[i - 1].1 > start
}

/// True when one of `ranges` (sorted) starts inside `clause`.
fn starts_in(ranges: &[(usize, usize)], clause: (usize, usize)) -> bool {
    let i = ranges.partition_point(|r| r.0 < clause.0);
    ranges.get(i).is_some_and(|r| r.0 < clause.1)
}

/// True when one of `ranges` (sorted) opens the clause starting at `start`: begins there,
/// or spans it ("siihen, että").
fn opens(ranges: &[(usize, usize)], start: usize) -> bool {
    let i = ranges.partition_point(|r| r.0 <= start);
    i > 0 && ranges[i - 1].1 > start
}

/// The clauses of `text` as byte ranges, in order, each starting at its first character
/// that is not a space or a comma.
///
/// The text is first cut into sentences: after "!", "?" and ";", after a full stop that
/// ends a sentence (followed by a capital, a digit or the end of the text: not "esim." or
/// "e.g. the"), and at a line that starts a list item or follows a blank line. A sentence
/// is cut into clauses before each match of `breaks`, and at a comma only while the
/// sentence is still in the subordinate clauses that open it ("Jos osallistut kilpailuun,
/// voimme…"): after that, commas separate the items of a list ("jotta ilkivalta, murrot ja
/// muut vahingot voidaan selvittää") and do not end the clause. A break inside one of
/// `phrases` (sorted, not overlapping) is not a break.
fn clauses(
    text: &str,
    breaks: &List,
    candidates: &[usize],
    phrases: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut sentences = vec![0];
    for (i, ch) in text.char_indices() {
        let next = i + ch.len_utf8();
        let cut = match ch {
            ';' | '!' | '?' => true,
            '.' => {
                let rest = &text[next..];
                let after = rest.trim_start();
                after.is_empty()
                    || (after.len() < rest.len()
                        && after
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"'))
            }
            '\n' => {
                let after = text[next..].trim_start_matches([' ', '\t']);
                after.starts_with(['-', '*', '•', '\n', '\r'])
            }
            _ => false,
        };
        if cut && next < text.len() {
            sentences.push(next);
        }
    }
    let starts: Vec<usize> = breaks
        .find_in(text, candidates)
        .iter()
        .map(|h| h.start)
        .filter(|&x| !covers(phrases, x, x + 1))
        .collect();
    let is_break = |pos: usize| starts.binary_search(&pos).is_ok();
    let skip_space = |pos: usize| {
        pos + (text[pos..].len()
            - text[pos..]
                .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
                .len())
    };

    let mut cuts = Vec::with_capacity(sentences.len() + starts.len());
    let mut b = 0; // next break
    for (k, &s) in sentences.iter().enumerate() {
        let e = sentences.get(k + 1).copied().unwrap_or(text.len());
        cuts.push(s);
        // Still in the subordinate clauses that open the sentence.
        let mut fronted = is_break(skip_space(s));
        let mut commas = text[s..e].match_indices(',').map(|(i, _)| s + i).peekable();
        while b < starts.len() && starts[b] < s {
            b += 1;
        }
        loop {
            let next_break = starts.get(b).copied().filter(|&x| x < e);
            let next_comma = commas.peek().copied();
            match (next_break, next_comma) {
                (Some(x), c) if c.is_none_or(|c| x <= c) => {
                    cuts.push(x);
                    b += 1;
                }
                (_, Some(c)) => {
                    commas.next();
                    // A coordinator after the comma (", ja") is a break of its own.
                    if fronted && !is_break(c) {
                        let after = c + 1;
                        cuts.push(after);
                        fronted = is_break(skip_space(after));
                    }
                }
                _ => break,
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    for (k, &a) in cuts.iter().enumerate() {
        let b = cuts.get(k + 1).copied().unwrap_or(text.len());
        let start = skip_space(a).min(b);
        if start < b {
            out.push((start, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str, lang: &str) -> Vec<String> {
        hedges(text, lang)
            .iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn splits_into_clauses() {
        let lists = &wording().vague_wording["fi"];
        let fi = &lists.breaks;
        let clauses = |t: &str, breaks: &List, phrases: &[(usize, usize)]| {
            clauses(t, breaks, &lists.context_candidates(t), phrases)
        };
        let t = "Käsittelemme nimeäsi, jotta voimme toimittaa tilauksen. Esim. tämä jatkuu";
        let c: Vec<&str> = clauses(t, fi, &[]).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            c,
            [
                "Käsittelemme nimeäsi, ",
                "jotta voimme toimittaa tilauksen.",
                "Esim. tämä jatkuu"
            ]
        );
        let t = "esim. tietoja voidaan käyttää";
        assert_eq!(clauses(t, fi, &[]).len(), 1);
        // A comma ends a subordinate clause that opens the sentence; other commas separate
        // the items of a list; a coordinator after a comma starts a clause.
        let t = "Jos et anna osoitetta, emme voi toimittaa tilausta, vaikka haluaisimme.";
        let c: Vec<&str> = clauses(t, fi, &[]).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            c,
            [
                "Jos et anna osoitetta,",
                "emme voi toimittaa tilausta, ",
                "vaikka haluaisimme."
            ]
        );
        let t = "Kuvaamme, jotta ilkivalta, murrot ja muut vahingot voidaan selvittää, ja tallenteita voidaan katsoa.";
        let c: Vec<&str> = clauses(t, fi, &[]).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            c,
            [
                "Kuvaamme, ",
                "jotta ilkivalta, murrot ja muut vahingot voidaan selvittää",
                "ja tallenteita voidaan katsoa."
            ]
        );
    }

    #[test]
    fn decides_per_clause() {
        // Main clause modals hedge.
        assert_eq!(
            flagged("Tietoja voidaan luovuttaa kumppaneille.", "fi"),
            ["voidaan"]
        );
        assert_eq!(
            flagged("Saatamme lähettää sinulle tarjouksia.", "fi"),
            ["Saatamme"]
        );
        // Purpose clause, negation, reader, other sense: plain.
        assert!(
            flagged(
                "Käsittelemme osoitettasi, jotta voimme toimittaa tilauksen.",
                "fi"
            )
            .is_empty()
        );
        assert!(flagged("Emme voi toimittaa tilausta ilman osoitetta.", "fi").is_empty());
        assert!(flagged("Virheellistä merkintää ei voi korjata jälkikäteen.", "fi").is_empty());
        assert!(
            flagged(
                "Voit saattaa asian tietosuojavaltuutetun käsiteltäväksi.",
                "fi"
            )
            .is_empty()
        );
        assert!(flagged("Päätös saatetaan hakijan tietoon kirjeellä.", "fi").is_empty());
        assert!(flagged("Rekisteröity voi pyytää tietonsa.", "fi").is_empty());
        // A relative clause is a clause of its own: its negation does not cover the modal.
        assert_eq!(
            flagged(
                "Yhdistys saattaa siirtää tietoja maihin, joiden lainsäädäntö ei tarjoa suojaa.",
                "fi"
            ),
            ["saattaa"]
        );
        assert!(
            flagged(
                "Käsittely on mahdollista kumppaneille ainoastaan siinä laajuudessa, kun ne tarvitsevat pääsyn.",
                "fi"
            )
            .is_empty()
        );
        // A hedge after a plain clause is still a hedge.
        assert_eq!(
            flagged(
                "Emme myy tietojasi, mutta saatamme jakaa niitä kumppaneille.",
                "fi"
            ),
            ["saatamme"]
        );
        assert_eq!(
            flagged("Tietoja voidaan tarvittaessa luovuttaa.", "fi"),
            ["voidaan", "tarvittaessa"]
        );
        // A vague word hedges even inside a purpose clause, but not in the reader's clause.
        assert_eq!(
            flagged(
                "Keräämme tietoja, jotta niitä voidaan tarvittaessa luovuttaa.",
                "fi"
            ),
            ["tarvittaessa"]
        );
        assert!(flagged("Voit tarvittaessa pyytää tiedot paperisina.", "fi").is_empty());
        // English and Swedish.
        assert_eq!(
            flagged("We may share some data with partners.", "en"),
            ["may", "some"]
        );
        assert!(
            flagged(
                "We use your address so that we can deliver your order.",
                "en"
            )
            .is_empty()
        );
        assert!(flagged("We cannot process your application without it.", "en").is_empty());
        assert!(flagged("You may lodge a complaint with the Ombudsman.", "en").is_empty());
        assert!(flagged("This notice was last updated in May 2025.", "en").is_empty());
        assert!(flagged("Only HR staff may access personnel files.", "en").is_empty());
        assert_eq!(
            flagged("Vi kan använda dina uppgifter för marknadsföring.", "sv"),
            ["kan"]
        );
        assert_eq!(
            flagged("Samtal kan komma att spelas in.", "sv"),
            ["kan komma att"]
        );
        assert!(
            flagged(
                "Vi behandlar din adress så att vi kan leverera varan.",
                "sv"
            )
            .is_empty()
        );
        assert!(flagged("Du kan när som helst återkalla ditt samtycke.", "sv").is_empty());
        assert!(flagged("Utan leveransadress kan vi inte leverera.", "sv").is_empty());
        // "if needed" qualifies its clause; here the reader's request.
        assert!(
            flagged(
                "Our contact person helps you make the request if needed.",
                "en"
            )
            .is_empty()
        );
        assert_eq!(
            flagged(
                "We collect data so that it can be shared with partners if needed.",
                "en"
            ),
            ["if needed"]
        );
        assert!(flagged("The order can still be paid in advance or by card.", "en").is_empty());
        // No lists for a language: nothing reported.
        assert!(flagged("Data may be shared.", "de").is_empty());
    }

    #[test]
    fn prefilter_passes_every_cue() {
        let w = wording();
        for (lang, text) in [
            (
                "fi",
                "Tietoja voidaan käyttää, ja jäsenen tietoja voi tarvittaessa siirtää.",
            ),
            (
                "fi",
                "Äänitteitä saatetaan säilyttää; on mahdollista, että joitakin siirretään.",
            ),
            (
                "en",
                "Some data may be shared where necessary; we reserve the right to do so.",
            ),
            (
                "sv",
                "Uppgifterna kan komma att lämnas ut vid behov, i vissa fall.",
            ),
        ] {
            let lists = &w.vague_wording[lang];
            assert!(lists.may_match(text), "{lang}: {text}");
            assert!(!hedges(text, lang).is_empty(), "{lang}: {text}");
        }
        // A cue's letters inside a longer word do not pass.
        assert!(!w.vague_wording["sv"].may_match("Kanslitid och kanaler"));
        assert!(!w.vague_wording["en"].may_match("We scanned a significant mayor's document"));
    }
}
