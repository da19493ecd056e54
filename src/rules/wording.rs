//! Word lists for the text rules, kept as data in `data/wording.yaml` (embedded at build
//! time) so they can be extended without touching Rust, and a matcher for them.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One entry of a word list: a phrase or a regular expression.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(default)]
    pub phrase: Option<String>,
    #[serde(default)]
    pub regex: Option<String>,
    #[serde(default)]
    pub except_after: Vec<String>,
    #[serde(default)]
    pub except_before: Vec<String>,
    #[serde(default)]
    pub note: Option<Note>,
}

/// A word-list entry's note for the officer, in each language the officer may read (the
/// reporter picks one: see [`Note::msg`]). Words it quotes from a notice stay in the
/// notice's language.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub en: String,
    pub fi: String,
    pub sv: String,
}

impl Note {
    /// The note as a message argument: the catalog of each language words
    /// `word-list-note` as that language's text, so the note follows the officer's
    /// language like every other word of the help.
    pub fn msg(&self) -> crate::diagnostic::Msg {
        crate::msg!(
            "word-list-note",
            en = &self.en,
            fi = &self.fi,
            sv = &self.sv
        )
    }

    /// Several notes as one, each language's texts joined by a space.
    pub fn join<'n>(notes: impl IntoIterator<Item = &'n Note>) -> Note {
        let notes: Vec<&Note> = notes.into_iter().collect();
        let each = |f: fn(&Note) -> &String| {
            notes
                .iter()
                .map(|n| f(n).as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        Note {
            en: each(|n| &n.en),
            fi: each(|n| &n.fi),
            sv: each(|n| &n.sv),
        }
    }
}

#[derive(Debug, Deserialize)]
struct Raw {
    vague_wording: BTreeMap<String, RawVague>,
    vague_retention: Vec<Entry>,
    retention_upper_bounds: Vec<Entry>,
    retention_by_reference: Vec<Entry>,
    obsolete_law: Vec<Entry>,
    authority_address: RawAuthority,
    placeholders: Vec<Entry>,
    placeholder_values: Vec<Entry>,
    old_law_concepts: RawOldLaw,
    no_transfer_claims: Vec<Entry>,
    stated_rights: RawRights,
}

/// The lists of `vague_wording` for one language (see the comment in `data/wording.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVague {
    modal: Vec<Entry>,
    #[serde(default)]
    vague: Vec<Entry>,
    #[serde(default)]
    negation: Vec<Entry>,
    #[serde(default)]
    purpose: Vec<Entry>,
    #[serde(default)]
    restriction: Vec<Entry>,
    #[serde(default)]
    law: Vec<Entry>,
    #[serde(default)]
    reader: Vec<Entry>,
    #[serde(default)]
    other_sense: Vec<Entry>,
    #[serde(default)]
    breaks: Vec<Entry>,
}

/// The compiled `vague_wording` lists of one language: the cues (`modal`, `vague`) and
/// the lists that decide, per clause, whether a cue hedges (used by `vague-wording`).
#[derive(Default)]
pub struct VagueLists {
    /// Verbs of possibility ("voidaan", "may", "kan"): hedges unless the clause says otherwise.
    pub modal: List,
    /// Words that leave cases or scope open ("tarvittaessa", "some", "vid behov").
    pub vague: List,
    pub negation: List,
    pub purpose: List,
    pub restriction: List,
    pub law: List,
    pub reader: List,
    pub other_sense: List,
    pub breaks: List,
    /// Whether any cue (`modal`, `vague`) can match a text: a prefilter of this language's
    /// cues only, so that a Finnish text is not read for Swedish "kan" (see [`prefilter`]).
    /// Built when a text of the language is first read: a run over Finnish notices never
    /// builds the Swedish and English ones.
    cues: OnceLock<Cues>,
    /// The lists that decide, run as one set over a text with a cue: which of their
    /// patterns can match it (see [`Parts`]). Built on first use, as `cues`.
    context_set: OnceLock<Parts>,
}

impl VagueLists {
    /// True when a cue of this language may occur in `text` (never false when one does).
    pub fn may_match(&self, text: &str) -> bool {
        self.cues
            .get_or_init(|| prefilter(self.modal.0.iter().chain(&self.vague.0).map(|p| &p.source)))
            .is_match(text)
    }

    /// The patterns of the deciding lists that can match `text`, for [`List::find_in`].
    pub fn context_candidates(&self, text: &str) -> Vec<usize> {
        self.context_set
            .get_or_init(|| Parts::of(self.context()))
            .candidates(text)
    }

    /// [`VagueLists::context_mut`], to read.
    fn context(&self) -> [&List; 7] {
        [
            &self.negation,
            &self.purpose,
            &self.restriction,
            &self.law,
            &self.reader,
            &self.other_sense,
            &self.breaks,
        ]
    }

    /// The lists that only decide about a cue; they are not part of the shared prefilter,
    /// but of the language's own (`context_set`).
    fn context_mut(&mut self) -> [&mut List; 7] {
        [
            &mut self.negation,
            &mut self.purpose,
            &mut self.restriction,
            &mut self.law,
            &mut self.reader,
            &mut self.other_sense,
            &mut self.breaks,
        ]
    }
}

#[derive(Debug, Deserialize)]
struct RawRights {
    portability: Vec<Entry>,
    withdraw_consent: Vec<Entry>,
    objection: Vec<Entry>,
}

/// The lists of `old_law_concepts` (see the comment in `data/wording.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOldLaw {
    ground: Vec<Entry>,
    access_limit: Vec<Entry>,
    access_context: Vec<Entry>,
    section_basis: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct RawAuthority {
    markers: Vec<Entry>,
    outdated: Vec<Entry>,
    #[serde(default)]
    other_address: Vec<Entry>,
}

/// An entry ready to match.
pub struct Pattern {
    pub entry: Entry,
    source: String,
    /// Compiled on first use: most texts are cleared by [`Wording::all`] and never need
    /// a list's own patterns, so a run over clean registers compiles none of them.
    re: OnceLock<Option<super::word_cues::Compiled>>,
}

impl Pattern {
    fn re(&self) -> Option<&super::word_cues::Compiled> {
        self.re
            .get_or_init(|| super::word_cues::compile(&self.source))
            .as_ref()
    }
}

/// A match of a pattern in a text: byte range and the entry that matched.
pub struct Hit<'p> {
    pub start: usize,
    pub end: usize,
    pub entry: &'p Entry,
}

/// A compiled word list, and where its patterns start in the shared prefilter
/// ([`Wording::all`]), when they are in it.
#[derive(Default)]
pub struct List(pub Vec<Pattern>, pub Option<usize>);

impl List {
    /// [`List::find`] for a text of a notice. Whether any pattern of any list can match
    /// the text is found once for all lists (by [`Wording::all`]) and kept with the text,
    /// so a text that nothing matches (most texts) is read once rather than once per list.
    ///
    /// The prefilter also says which of its patterns can match (those whose factors are
    /// all in the text, as they are wherever the pattern matches): only those are run.
    pub fn find_item<'p>(&'p self, item: &crate::rules::text_scan::TextItem) -> Vec<Hit<'p>> {
        let candidates = item
            .candidates
            .get_or_init(|| wording().candidates(item.text));
        self.find_in(item.text, candidates)
    }

    /// [`List::find`] with only the patterns that can match `text`, as given by the set
    /// the list's patterns are in ([`Wording::candidates`] for the lists in the shared
    /// prefilter, [`VagueLists::context_candidates`] for the lists that decide a cue).
    pub fn find_in<'p>(&'p self, text: &str, candidates: &[usize]) -> Vec<Hit<'p>> {
        if candidates.is_empty() {
            return Vec::new();
        }
        match self.1 {
            Some(start) => {
                let end = start + self.0.len();
                let from = candidates.partition_point(|&i| i < start);
                let to = candidates.partition_point(|&i| i < end);
                self.find_among(text, candidates[from..to].iter().map(|&i| i - start))
            }
            None => self.find(text),
        }
    }

    /// True when anything in the list matches the text of a notice.
    pub fn matches_item(&self, item: &crate::rules::text_scan::TextItem) -> bool {
        !self.find_item(item).is_empty()
    }

    /// Every match in `text`, in order, without overlaps.
    pub fn find<'p>(&'p self, text: &str) -> Vec<Hit<'p>> {
        self.find_among(text, 0..self.0.len())
    }

    /// [`List::find`] with only the patterns at `which` (in increasing order).
    fn find_among<'p>(&'p self, text: &str, which: impl Iterator<Item = usize>) -> Vec<Hit<'p>> {
        let mut hits: Vec<Hit<'p>> = Vec::new();
        for p in which.map(|i| &self.0[i]) {
            let Some(re) = p.re() else { continue };
            for m in re.find_iter(text) {
                if m.start() == m.end()
                    || excluded(text, m.start(), &p.entry.except_after)
                    || excluded_before(text, m.end(), &p.entry.except_before)
                {
                    continue;
                }
                hits.push(Hit {
                    start: m.start(),
                    end: m.end(),
                    entry: &p.entry,
                });
            }
        }
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<Hit<'p>> = Vec::new();
        for h in hits {
            if out.last().is_none_or(|l| h.start >= l.end) {
                out.push(h);
            }
        }
        out
    }

    /// True when anything in the list matches.
    pub fn matches(&self, text: &str) -> bool {
        !self.find(text).is_empty()
    }
}

/// The matched words for quoting in a message, with line breaks and runs of spaces
/// folded to single spaces.
pub fn quote(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when the word right before `start` is in `words`.
fn excluded(text: &str, start: usize, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let before = text[..start].trim_end();
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.to_lowercase();
    !word.is_empty() && words.iter().any(|w| w.to_lowercase() == word)
}

/// True when the word right after `end` is in `words`.
fn excluded_before(text: &str, end: usize, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let word: String = text[end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let word = word.to_lowercase();
    !word.is_empty() && words.iter().any(|w| w.to_lowercase() == word)
}

/// The regular expression for an entry.
fn pattern_of(e: &Entry) -> Option<String> {
    entry_pattern(e.regex.as_deref(), e.phrase.as_deref())
}

/// The regular expression for a word-list entry given as a `regex` or a `phrase` (whole
/// words, any run of spaces matching a space); case-insensitive.
pub(crate) fn entry_pattern(regex: Option<&str>, phrase: Option<&str>) -> Option<String> {
    if let Some(r) = regex {
        return Some(format!("(?i){r}"));
    }
    let p = phrase?.trim();
    if p.is_empty() {
        return None;
    }
    let body = p
        .split_whitespace()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+");
    let start = if p.chars().next().is_some_and(char::is_alphanumeric) {
        r"\b"
    } else {
        ""
    };
    let end = if p.chars().next_back().is_some_and(char::is_alphanumeric) {
        r"\b"
    } else {
        ""
    };
    Some(format!("(?i){start}{body}{end}"))
}

fn compile(entries: Vec<Entry>) -> (List, usize) {
    let total = entries.len();
    let list = entries
        .into_iter()
        .filter_map(|entry| {
            let source = pattern_of(&entry)?;
            Some(Pattern {
                entry,
                source,
                re: OnceLock::new(),
            })
        })
        .collect::<Vec<_>>();
    let bad = total - list.len();
    (List(list, None), bad)
}

/// The word lists of `data/wording.yaml`.
#[derive(Default)]
pub struct Wording {
    pub vague_wording: BTreeMap<String, VagueLists>,
    pub vague_retention: List,
    /// Upper bounds that make an open-ended retention phrase a criterion (read per sentence).
    pub retention_upper_bounds: List,
    /// References to documents the reader cannot see; vague only when no period is given.
    pub retention_by_reference: List,
    pub obsolete_law: List,
    pub authority_markers: List,
    pub authority_outdated: List,
    /// A street address (name and number) that is not the authority's (`authority-address`).
    pub authority_other_address: List,
    pub placeholders: List,
    /// Template labels that are a placeholder only as the whole value of a field.
    pub placeholder_values: List,
    /// Concepts of the repealed Personal Data Act (`old-law-concept`).
    pub old_ground: List,
    pub old_access_limit: List,
    /// Words that make a sentence about the right of access (read per sentence).
    pub old_access_context: List,
    pub old_section_basis: List,
    pub no_transfer_claims: List,
    /// Statements of rights that apply only with some bases (`inapplicable-right`).
    pub portability: List,
    pub withdraw_consent: List,
    pub objection: List,
    /// How many entries failed to compile (checked to be 0 by a unit test).
    pub invalid: usize,
    /// The factors of every pattern of every list but `vague_wording`'s (see [`List`]).
    all: Parts,
    /// [`Wording::candidates`], kept per text.
    all_memo: super::memo::Memo<Vec<usize>>,
}

impl Wording {
    /// The patterns of the lists in the shared prefilter that can match `text` (every one
    /// that does), in increasing order; kept per text.
    pub fn candidates(&self, text: &str) -> Vec<usize> {
        self.all_memo.get(text, || self.all.candidates(text))
    }
}

/// The patterns of some lists, read for the words every match holds (see
/// [`super::factors`]), which say at once which patterns can match a text.
#[derive(Default)]
struct Parts(super::factors::Factors);

impl Parts {
    /// The factors of `lists`' patterns; sets each list's offset (`List::1`) to where its
    /// patterns start.
    fn build<'a>(lists: Vec<&'a mut List>) -> Parts {
        Parts::of(Parts::number(lists.into_iter()))
    }

    /// Sets each list's offset (`List::1`) to where its patterns start in [`Parts::of`]
    /// of the same lists; the lists, to read.
    fn number<'a>(lists: impl Iterator<Item = &'a mut List>) -> Vec<&'a List> {
        let mut at = 0;
        lists
            .map(|list| {
                list.1 = Some(at);
                at += list.0.len();
                &*list
            })
            .collect()
    }

    /// The factors of `lists`' patterns, in order (numbered by [`Parts::number`]).
    fn of<'a>(lists: impl IntoIterator<Item = &'a List>) -> Parts {
        Parts(super::factors::Factors::new(
            lists
                .into_iter()
                .flat_map(|l| l.0.iter().map(|p| p.source.as_str())),
        ))
    }

    /// The patterns that can match `text` (every one that does), in increasing order.
    fn candidates(&self, text: &str) -> Vec<usize> {
        self.0.candidates(text)
    }
}

const SOURCE: &str = include_str!("../../data/wording.yaml");

fn load() -> Result<Wording, String> {
    let raw: Raw = serde_saphyr::from_str(SOURCE).map_err(|e| e.to_string())?;
    let mut invalid = 0;
    let mut c = |entries| {
        let (list, bad) = compile(entries);
        invalid += bad;
        list
    };
    let vague_wording = raw
        .vague_wording
        .into_iter()
        .map(|(lang, v)| {
            let lists = VagueLists {
                modal: c(v.modal),
                vague: c(v.vague),
                negation: c(v.negation),
                purpose: c(v.purpose),
                restriction: c(v.restriction),
                law: c(v.law),
                reader: c(v.reader),
                other_sense: c(v.other_sense),
                breaks: c(v.breaks),
                cues: OnceLock::new(),
                context_set: OnceLock::new(),
            };
            (lang, lists)
        })
        .collect();
    Ok(Wording {
        vague_wording,
        vague_retention: c(raw.vague_retention),
        retention_upper_bounds: c(raw.retention_upper_bounds),
        retention_by_reference: c(raw.retention_by_reference),
        obsolete_law: c(raw.obsolete_law),
        authority_markers: c(raw.authority_address.markers),
        authority_outdated: c(raw.authority_address.outdated),
        authority_other_address: c(raw.authority_address.other_address),
        placeholders: c(raw.placeholders),
        placeholder_values: c(raw.placeholder_values),
        old_ground: c(raw.old_law_concepts.ground),
        old_access_limit: c(raw.old_law_concepts.access_limit),
        old_access_context: c(raw.old_law_concepts.access_context),
        old_section_basis: c(raw.old_law_concepts.section_basis),
        no_transfer_claims: c(raw.no_transfer_claims),
        portability: c(raw.stated_rights.portability),
        withdraw_consent: c(raw.stated_rights.withdraw_consent),
        objection: c(raw.stated_rights.objection),
        invalid,
        all: Parts::default(),
        all_memo: Default::default(),
    })
    .map(|mut w: Wording| {
        // Each language's own sets are built when a text of it is first read.
        for lists in w.vague_wording.values_mut() {
            Parts::number(lists.context_mut().into_iter());
        }
        w.all = Parts::build(w.lists_mut());
        w
    })
}

/// A set that matches wherever one of `patterns` does, quick to run: without word
/// boundaries (which take a set off its DFA on non-ASCII text), but a word boundary next to an ASCII letter or digit of the pattern is kept as an ASCII word
/// boundary (`(?-u:\b)`), which holds wherever the Unicode one does there (but for the
/// Kelvin sign and the long s, which match "k" and "s" case-insensitively), so that "kan"
/// does not pass for "kanssa". If the set cannot be built, it matches everything.
fn prefilter<'a>(patterns: impl Iterator<Item = &'a String>) -> Cues {
    let loose: Vec<String> = patterns.map(|p| loosen_ascii(p)).collect();
    // Without a literal prefilter: building one for every cue of a language cost more
    // than the lazy DFA spends on a notice's texts.
    let config = regex_automata::meta::Config::new()
        .dfa(false)
        .auto_prefilter(false)
        .hybrid_cache_capacity(8 << 20);
    regex_automata::meta::Builder::new()
        .configure(config.clone())
        .build_many(&loose)
        .unwrap_or_else(|_| {
            regex_automata::meta::Builder::new()
                .configure(config)
                .build("")
                .expect("the empty pattern compiles")
        })
}

/// A language's cue prefilter: one automaton for all its loosened cues.
type Cues = regex_automata::meta::Regex;

fn loosen_ascii(pattern: &str) -> String {
    const B: &str = r"\b";
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(i) = rest.find(B) {
        let (before, after) = (&rest[..i], &rest[i + B.len()..]);
        // A literal ASCII alphanumeric right after or right before (not escaped).
        let next = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        let prev = {
            let mut back = before.chars().rev();
            back.next().is_some_and(|c| c.is_ascii_alphanumeric()) && back.next() != Some('\\')
        };
        out.push_str(before);
        if next || prev {
            out.push_str(r"(?-u:\b)");
        }
        rest = after;
    }
    out.push_str(rest);
    out.replace(r"\w", r"\S")
}

impl Wording {
    /// The lists whose patterns make up the shared prefilter ([`Wording::all`]): every
    /// list a rule searches a text for, except `vague_wording`, which has one per language.
    fn lists_mut(&mut self) -> Vec<&mut List> {
        // `vague_wording` has a prefilter per language (`VagueLists::cues`).
        let mut v: Vec<&mut List> = Vec::new();
        v.extend([
            &mut self.vague_retention,
            &mut self.retention_by_reference,
            &mut self.obsolete_law,
            &mut self.authority_markers,
            &mut self.authority_outdated,
            &mut self.placeholders,
            &mut self.placeholder_values,
            &mut self.old_ground,
            &mut self.old_access_limit,
            &mut self.old_section_basis,
            &mut self.no_transfer_claims,
            &mut self.portability,
            &mut self.withdraw_consent,
            &mut self.objection,
        ]);
        v
    }
}

/// The word lists, loaded once (on first use: the patterns themselves are compiled when
/// a text first needs them, as a run meets only some of them). The file is built in and checked by a unit test; if it
/// ever failed to load, the lists are empty rather than the program panicking.
pub fn wording() -> &'static Wording {
    static W: OnceLock<Wording> = OnceLock::new();
    W.get_or_init(|| load().unwrap_or_default())
}

/// Every text of the samples, examples, corpora and fixtures (for the prefilters' tests).
#[cfg(test)]
pub(crate) fn corpus_texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in [
        "notices",
        "tests/examples",
        "tests/corpus",
        "tests/holdout",
        "tests/fixtures",
    ] {
        let mut stack = vec![root.join(dir)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if path.extension().is_some_and(|e| e == "tsv") {
                let text = std::fs::read_to_string(&path).unwrap();
                texts.extend(
                    text.lines()
                        .filter_map(|l| Some(l.split('\t').nth(1)?.to_string())),
                );
            } else if path.extension().is_some_and(|e| e == "yaml") {
                let text = std::fs::read_to_string(&path).unwrap();
                if let Ok(v) = serde_saphyr::from_str::<serde_json::Value>(&text) {
                    strings_of(&v, &mut texts);
                }
            }
        }
    }
    texts
}

#[cfg(test)]
fn strings_of(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings_of(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings_of(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_compiles() {
        let w = load().expect("data/wording.yaml parses");
        assert_eq!(w.invalid, 0, "an entry of data/wording.yaml has no pattern");
        let mut w = w;
        let mut without = Vec::new();
        for list in w.lists_mut() {
            for p in &list.0 {
                assert!(p.re().is_some(), "`{}` does not compile", p.source);
                if super::super::factors::factors_of(&p.source).is_empty() {
                    without.push(p.source.clone());
                }
            }
        }
        // Every pattern has words to look for (else it is run on every text).
        assert!(without.is_empty(), "patterns without factors: {without:?}");
        // Lists read per sentence, outside the prefilter.
        for p in w
            .retention_upper_bounds
            .0
            .iter()
            .chain(&w.old_access_context.0)
        {
            assert!(p.re().is_some(), "`{}` does not compile", p.source);
        }
        for lists in w.vague_wording.values() {
            let cues = lists.modal.0.len() + lists.vague.0.len();
            let set = prefilter(
                lists
                    .modal
                    .0
                    .iter()
                    .chain(&lists.vague.0)
                    .map(|p| &p.source),
            );
            // Not the fallback (the empty pattern): every cue compiled into the set.
            assert_eq!(
                set.pattern_len(),
                cues,
                "each language's cue prefilter compiles"
            );
        }
        assert_eq!(loosen_ascii(r"(?i)\bkan\b"), r"(?i)(?-u:\b)kan(?-u:\b)");
    }

    #[test]
    fn prefilter_keeps_every_pattern_that_matches() {
        let w = load().expect("data/wording.yaml parses");
        let mut lists = load().expect("data/wording.yaml parses");
        let patterns: Vec<&Pattern> = lists.lists_mut().into_iter().flat_map(|l| &l.0).collect();
        let mut texts = corpus_texts();
        assert!(texts.len() > 5000, "only {} texts read", texts.len());
        texts.extend(patterns.iter().filter_map(|p| p.entry.phrase.clone()));
        let mut contexts = load().expect("data/wording.yaml parses");
        let contexts: Vec<(&str, Vec<&Pattern>)> = contexts
            .vague_wording
            .iter_mut()
            .map(|(lang, l)| {
                (
                    lang.as_str(),
                    l.context_mut().into_iter().flat_map(|l| &l.0).collect(),
                )
            })
            .collect();
        for (_, patterns) in &contexts {
            texts.extend(patterns.iter().filter_map(|p| p.entry.phrase.clone()));
        }
        let (mut matched, mut matched_context) = (0, 0);
        for text in &texts {
            let candidates = w.candidates(text);
            for (i, p) in patterns.iter().enumerate() {
                if p.re().is_some_and(|re| re.is_match(text)) {
                    matched += 1;
                    assert!(
                        candidates.binary_search(&i).is_ok(),
                        "the prefilter drops `{}` on {text:?}",
                        p.source
                    );
                }
            }
            for (lang, patterns) in &contexts {
                let candidates = w.vague_wording[*lang].context_candidates(text);
                for (i, p) in patterns.iter().enumerate() {
                    if p.re().is_some_and(|re| re.is_match(text)) {
                        matched_context += 1;
                        assert!(
                            candidates.binary_search(&i).is_ok(),
                            "the {lang} context prefilter drops `{}` on {text:?}",
                            p.source
                        );
                    }
                }
            }
        }
        assert!(
            matched > 250,
            "only {matched} matches: the texts test little"
        );
        assert!(
            matched_context > 1000,
            "only {matched_context} context matches"
        );
    }

    #[test]
    fn phrases_are_whole_words() {
        let w = wording();
        let fi = &w.vague_wording["fi"].modal;
        assert_eq!(fi.find("Tietoja voidaan käyttää").len(), 1);
        assert!(fi.find("Voit pyytää tietosi").is_empty());
        assert!(fi.find("Rekisteröity voi pyytää tietonsa").is_empty());
        assert!(
            fi.find("Valituksen voi tehdä tietosuojavaltuutetulle")
                .is_empty()
        );
        assert_eq!(fi.find("Tietoja voi käyttää").len(), 1);
        let en = &w.vague_wording["en"];
        assert!(en.modal.find("Maybe someone").is_empty());
        assert!(en.vague.find("Maybe someone").is_empty());
        assert_eq!(en.modal.find("We may share some data").len(), 1);
        assert_eq!(en.vague.find("We may share some data").len(), 1);
        let r = &w.vague_retention;
        assert_eq!(r.find("niin kauan kuin on tarpeen").len(), 1);
        assert_eq!(r.find("for as long as\n  necessary").len(), 1);
        let p = &w.placeholders;
        assert_eq!(p.find("Sähköposti: (s-postiosoite)").len(), 1);
        assert_eq!(p.find("muotoa etunimi.sukunimi@kemi.fi").len(), 0);
        assert_eq!(p.find("etunimi.sukunimi@yritys.fi").len(), 1);
        assert_eq!(p.find("muuta?").len(), 1);
        assert_eq!(p.find("%%COMPANY%% ja {yritys}").len(), 2);
        assert!(p.find("Xxxxxx oy").is_empty());
        let o = &w.obsolete_law;
        // The act's name and number are one reference, one finding.
        assert_eq!(o.find("Henkilötietolain (523/1999) 10 §").len(), 1);
        assert!(o.find("tietosuojalaki 1050/2018").is_empty());
        let c = &w.no_transfer_claims;
        assert!(c.matches("Henkilötietoja ei siirretä Euroopan Unionin ulkopuolelle."));
        assert!(c.matches("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."));
        assert!(c.matches("Data is not transferred outside the EU or EEA."));
        assert!(!c.matches("Tietoja ei luovuteta ulkopuolisille. EU:n tietosuoja-asetus"));
    }
}
