//! Word lists that name a thing in a text ("allergiat", "uutiskirje", "regularly"), kept
//! as data (`data/special_words.yaml`, `data/marketing_words.yaml`) and matched per clause:
//! a word is skipped where it has another sense ("health and safety") or where its clause
//! says the thing is not done ("emme käsittele terveystietoja", "no health data").
//!
//! Each file has the same shape: `words` (the cues, each a `regex` or a `phrase`, with the
//! tags its rule reads), `other_sense`, `negation` (per language) and `breaks`.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One entry of a word list.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueEntry {
    #[serde(default)]
    pub regex: Option<String>,
    #[serde(default)]
    pub phrase: Option<String>,
    /// The `special:` value a word names (`special-category-words`).
    #[serde(default)]
    pub special: Option<String>,
    /// The Art 9(2) condition the help suggests for the word.
    #[serde(default)]
    pub condition: Option<String>,
    /// What the word names (`marketing-on-contract`: newsletter, ads, marketing).
    #[serde(default)]
    pub kind: Option<String>,
    /// A word that only may name the thing (a diet may reveal health or religion).
    #[serde(default)]
    pub weak: bool,
    /// Why the word is there, in each language the officer may read.
    #[serde(default)]
    pub note: Option<crate::rules::wording::Note>,
}

#[derive(Debug, Deserialize)]
struct RawCues {
    words: Vec<CueEntry>,
    #[serde(default)]
    other_sense: Vec<CueEntry>,
    #[serde(default)]
    negation: BTreeMap<String, Vec<CueEntry>>,
    #[serde(default)]
    breaks: Vec<CueEntry>,
    /// Anything else the rule reads from the file (e.g. default conditions).
    #[serde(default)]
    conditions: BTreeMap<String, String>,
}

/// A compiled word pattern: `regex`'s engine, with the same syntax and matches.
pub(crate) type Compiled = regex_automata::meta::Regex;

/// `source` compiled as [`regex::Regex::new`] would, but without a fully built DFA: it
/// cannot take a Unicode word boundary over Finnish letters anyway, and building it was a
/// fifth of a pattern's cost. The literal prefilter stays: without it a 4 MiB text full
/// of cues took 3.4 s instead of 0.8 s, as every search ran the slow engine over all of
/// it (`\b` with letters outside ASCII leaves only that engine).
pub(crate) fn compile(source: &str) -> Option<Compiled> {
    regex_automata::meta::Builder::new()
        .configure(regex_automata::meta::Config::new().dfa(false))
        .build(source)
        .ok()
}

/// A pattern compiled on first use, so a run whose texts never pass the prefilter
/// compiles none of them.
pub(crate) struct Lazy {
    pub(crate) source: String,
    re: OnceLock<Option<Compiled>>,
}

impl Lazy {
    pub(crate) fn new(source: String) -> Lazy {
        Lazy {
            source,
            re: OnceLock::new(),
        }
    }
    pub(crate) fn re(&self) -> Option<&Compiled> {
        self.re.get_or_init(|| compile(&self.source)).as_ref()
    }
}

/// A compiled word list file.
pub struct Cues {
    words: Vec<(CueEntry, Lazy)>,
    other_sense: Vec<Lazy>,
    negation: BTreeMap<String, Vec<Lazy>>,
    breaks: Vec<Lazy>,
    /// Which words can occur in a text (never leaving out one that does).
    prefilter: super::factors::Factors,
    candidates: super::memo::Memo<Vec<usize>>,
    /// The file's `conditions` map.
    pub conditions: BTreeMap<String, String>,
    /// Entries without a usable pattern (checked to be 0 by a unit test).
    pub invalid: usize,
}

/// A word found in a text: its byte range and its entry.
pub struct CueHit<'c> {
    pub start: usize,
    pub end: usize,
    pub entry: &'c CueEntry,
}

fn pattern_of(e: &CueEntry) -> Option<String> {
    super::wording::entry_pattern(e.regex.as_deref(), e.phrase.as_deref())
}

/// The start of the hyphenated compound a match at `start` ends: back over word
/// characters joined by hyphens ("ruoka-aine|allergiat" → "ruoka-aineallergiat").
fn compound_start(text: &str, start: usize) -> usize {
    let mut s = start;
    let mut chars = text[..start].char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        let joins =
            c == '-' && s == i + 1 && chars.peek().is_some_and(|(_, p)| p.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            s = i;
        } else {
            break;
        }
    }
    // Never start at the hyphen itself.
    if text[s..].starts_with('-') { start } else { s }
}

impl Cues {
    /// Reads a word list file.
    pub fn load(source: &str) -> Result<Cues, String> {
        let raw: RawCues = serde_saphyr::from_str(source).map_err(|e| e.to_string())?;
        let mut invalid = 0;
        let mut lazy = |e: &CueEntry| match pattern_of(e) {
            Some(p) => Some(Lazy::new(p)),
            None => {
                invalid += 1;
                None
            }
        };
        let mut words = Vec::new();
        for e in raw.words {
            if let Some(l) = lazy(&e) {
                words.push((e, l));
            }
        }
        let other_sense = raw.other_sense.iter().filter_map(&mut lazy).collect();
        let breaks = raw.breaks.iter().filter_map(&mut lazy).collect();
        let negation = raw
            .negation
            .iter()
            .map(|(lang, list)| (lang.clone(), list.iter().filter_map(&mut lazy).collect()))
            .collect();
        let prefilter = super::factors::Factors::new(words.iter().map(|(_, l)| l.source.as_str()));
        Ok(Cues {
            words,
            other_sense,
            negation,
            breaks,
            prefilter,
            candidates: Default::default(),
            conditions: raw.conditions,
            invalid,
        })
    }

    /// Every pattern of the file, compiled now (for tests, and to check the file).
    pub fn compile_all(&self) -> Vec<&str> {
        let all = self
            .words
            .iter()
            .map(|(_, l)| l)
            .chain(&self.other_sense)
            .chain(&self.breaks)
            .chain(self.negation.values().flatten());
        all.filter(|l| l.re().is_none())
            .map(|l| l.source.as_str())
            .collect()
    }

    /// The words of the list in `text` (in language `lang`), in order and without overlaps,
    /// leaving out those with another sense there and those in a negated clause.
    pub fn find<'c>(&'c self, text: &str, lang: &str) -> Vec<CueHit<'c>> {
        // Only the words whose factors are all in the text (as they are wherever the word
        // is): the others are neither compiled nor run. Which those are is kept per text.
        let candidates = self
            .candidates
            .get(text, || self.prefilter.candidates(text));
        if candidates.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<CueHit<'c>> = Vec::new();
        for i in candidates {
            let (entry, l) = &self.words[i];
            let Some(re) = l.re() else { continue };
            for m in re.find_iter(text) {
                if m.start() < m.end() {
                    hits.push(CueHit {
                        start: m.start(),
                        end: m.end(),
                        entry,
                    });
                }
            }
        }
        if hits.is_empty() {
            return hits;
        }
        // A Finnish compound written with a hyphen is one word: "ruoka-aineallergiat".
        for h in &mut hits {
            h.start = compound_start(text, h.start);
        }
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<CueHit<'c>> = Vec::new();
        for h in hits {
            if out.last().is_none_or(|l| h.start >= l.end) {
                out.push(h);
            }
        }
        let other: Vec<(usize, usize)> = self
            .other_sense
            .iter()
            .filter_map(Lazy::re)
            .flat_map(|re| re.find_iter(text).map(|m| (m.start(), m.end())))
            .collect();
        // A word that overlaps a phrase of another sense is skipped ("student union
        // membership": the union is a student union).
        out.retain(|h| !other.iter().any(|&(s, e)| s < h.end && h.start < e));
        if out.is_empty() {
            return out;
        }
        let bounds = self.clause_bounds(text);
        let negation = self
            .negation
            .get(lang)
            .or_else(|| self.negation.get("en"))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        out.retain(|h| {
            let from = bounds
                .iter()
                .copied()
                .filter(|&b| b <= h.start)
                .max()
                .unwrap_or(0);
            let to = bounds
                .iter()
                .copied()
                .filter(|&b| b >= h.end)
                .min()
                .unwrap_or(text.len());
            let clause = &text[from..to];
            !negation
                .iter()
                .filter_map(Lazy::re)
                .any(|re| re.is_match(clause))
        });
        out
    }

    /// Byte offsets where a clause starts or ends: after the end of a sentence (". " before
    /// a capital letter, "!", "?", ";"), at a line that starts a list item or after a blank
    /// line, and at each word of `breaks`.
    fn clause_bounds(&self, text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next_non_space = chars[k + 1..]
                .iter()
                .find(|(_, c)| !c.is_whitespace())
                .map(|&(_, c)| c);
            let end = match c {
                '!' | '?' | ';' => true,
                '.' => {
                    chars.get(k + 1).is_none_or(|(_, c)| c.is_whitespace())
                        && next_non_space.is_none_or(|c| c.is_uppercase() || c == '-')
                }
                '\n' => next_non_space.is_none_or(|c| matches!(c, '-' | '*' | '•' | '\n')),
                _ => false,
            };
            if end {
                out.push(i + c.len_utf8());
            }
        }
        for re in self.breaks.iter().filter_map(Lazy::re) {
            out.extend(re.find_iter(text).map(|m| m.start()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST: &str = r#"
words:
  - {regex: '\w*allergi\w*', special: health}
  - {phrase: health data, special: health}
other_sense:
  - {phrase: health data officer}
negation:
  fi:
    - regex: '\b(ei|emme)\b'
  en:
    - regex: '\b(no|not)\b'
breaks:
  - regex: '\b(mutta|but)\b'
"#;

    #[test]
    fn prefilter_keeps_every_word_that_matches() {
        let texts = crate::rules::wording::corpus_texts();
        let mut matched = 0;
        for source in [
            include_str!("../../data/special_words.yaml"),
            include_str!("../../data/marketing_words.yaml"),
            include_str!("../../data/routine_transfer_words.yaml"),
        ] {
            let cues = Cues::load(source).expect("the word list parses");
            for text in &texts {
                let candidates = cues.prefilter.candidates(text);
                for (i, (_, l)) in cues.words.iter().enumerate() {
                    if l.re().is_some_and(|re| re.is_match(text)) {
                        matched += 1;
                        assert!(
                            candidates.binary_search(&i).is_ok(),
                            "the prefilter drops `{}` on {text:?}",
                            l.source
                        );
                    }
                }
            }
        }
        assert!(
            matched > 100,
            "only {matched} matches: the texts test little"
        );
    }

    #[test]
    fn clause_negation_and_other_sense() {
        let c = Cues::load(TEST).unwrap();
        assert_eq!(c.invalid, 0);
        assert!(c.compile_all().is_empty());
        let h = c.find("ruoka-aineallergiat", "fi");
        assert_eq!((h.len(), h[0].start), (1, 0));
        assert_eq!(c.find("x - allergiat", "fi")[0].start, 4);
        assert!(c.find("Emme kerää allergiatietoja.", "fi").is_empty());
        assert!(c.find("Allergioita ei kirjata.", "fi").is_empty());
        assert_eq!(
            c.find(
                "Emme kerää terveystietoja, mutta allergiat kirjataan.",
                "fi"
            )
            .len(),
            1
        );
        assert_eq!(
            c.find("Emme kerää henkilötunnusta. Allergiat kirjataan.", "fi")
                .len(),
            1
        );
        assert!(c.find("Ei esim. allergioita", "fi").is_empty());
        assert!(c.find("We hold no health data.", "en").is_empty());
        assert!(c.find("name of the health data officer", "en").is_empty());
        assert_eq!(c.find("health data and allergies", "en").len(), 2);
    }
}
