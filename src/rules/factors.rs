//! Which of many patterns can match a text, told from the words every match contains.
//!
//! Each pattern is read (as `regex` parses it) for its *factors*: sets of lowercase
//! strings such that every match of the pattern contains a member of each set ("voi" and
//! "vuotta" for `(?i)\bvoi(tte)?\b.*\bvuotta`; "ei" or "emme" for `(?i)\b(ei|emme)\b`;
//! "säily" and "vuo" for `säily\w+\s+\S+\s+vuo`). A member that holds another ("voitte"
//! holds "voi") is left out: the shorter one is there whenever it is. All the
//! factors' strings are looked for in one pass (Aho-Corasick over the lowercased text); a
//! pattern is a candidate when each of its factors has a member there. A pattern whose
//! factors cannot be told (a run of `\w` only, say) is a candidate for every text.
//!
//! This replaces a regex set over loosened patterns: building that set and its lazy DFA
//! was most of a one-register check (420 of 720 million instructions for a sample), while
//! this is built and run in a small fraction. Only the syntax tree is read (see
//! [`factors_of`]). It only ever widens: a text a pattern matches
//! always makes it a candidate (tested over every text of the samples and corpora in
//! `wording`).

use aho_corasick::AhoCorasick;
use regex_syntax::ast::{self, Ast};
use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
use std::collections::HashMap;

/// A set of strings larger than this is not tracked as a whole (a pattern then needs
/// another factor).
const MAX_SET: usize = 64;
/// A class of more characters than this is "any character" here.
const SMALL_CLASS: u32 = 8;

/// The factors of some patterns, ready to be looked for.
#[derive(Default)]
pub struct Factors {
    ac: Option<AhoCorasick>,
    /// How many strings the automaton holds.
    strings: usize,
    /// Per pattern: its factors, each as the ids of its strings in `ac`. No factor: the
    /// pattern is a candidate for every text.
    needs: Vec<Vec<Vec<usize>>>,
}

impl Factors {
    /// The factors of `patterns`, in their order.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Factors {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut strings: Vec<String> = Vec::new();
        let needs: Vec<Vec<Vec<usize>>> = patterns
            .into_iter()
            .map(|p| {
                factors_of(p)
                    .into_iter()
                    .map(|set| {
                        set.into_iter()
                            .map(|s| {
                                *ids.entry(s.clone()).or_insert_with(|| {
                                    strings.push(s);
                                    strings.len() - 1
                                })
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let ac = AhoCorasick::new(&strings).ok();
        // Without the automaton every pattern is a candidate.
        let needs = if ac.is_some() {
            needs
        } else {
            vec![Vec::new(); needs.len()]
        };
        Factors {
            ac,
            strings: strings.len(),
            needs,
        }
    }

    /// The patterns that can match `text` (every one that does), in increasing order.
    pub fn candidates(&self, text: &str) -> Vec<usize> {
        let mut present = vec![false; self.strings];
        if let Some(ac) = &self.ac {
            let lower = normalise(text);
            for m in ac.find_overlapping_iter(&lower) {
                present[m.pattern().as_usize()] = true;
            }
        }
        (0..self.needs.len())
            .filter(|&i| {
                self.needs[i]
                    .iter()
                    .all(|set| set.iter().any(|&s| present[s]))
            })
            .collect()
    }
}

/// `text` as the factors are written: lowercased character by character, and each run of
/// white space one space (so that `\s+` is the factor " ").
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(lower(c));
        }
    }
    out
}

/// `c` lowercased. The long s folds to "s" in a case-insensitive pattern but lowercases
/// to itself: one form on both sides keeps the sets small.
fn lower(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|l| if l == 'ſ' { 's' } else { l })
}

/// The factors of `pattern`; none when it does not parse.
///
/// The pattern is read as `regex` parses it, but only to its syntax tree: translating it
/// (Unicode classes, case folding) was most of the cost, and a factor needs neither. A
/// pattern that sets the case-insensitive flag anywhere is read as case-insensitive
/// throughout, which only widens its sets.
pub fn factors_of(pattern: &str) -> Vec<Vec<String>> {
    let Ok(ast) = regex_syntax::ast::parse::Parser::new().parse(pattern) else {
        return Vec::new();
    };
    let fold = folds_case(&ast);
    let info = info(&ast, fold);
    let mut needs = info.needs;
    if let Some(exact) = info.exact {
        needs.push(exact);
    }
    needs.retain(|set| useful(set));
    needs.into_iter().map(minimal).collect()
}

/// `set` without the members that hold another member ("voitte" holds "voi"): a text
/// holds a member of the set exactly when it holds one of those left, and the automaton
/// is smaller.
fn minimal(mut set: Vec<String>) -> Vec<String> {
    set.sort_by_key(String::len);
    let mut kept: Vec<String> = Vec::with_capacity(set.len());
    for s in set {
        if !kept.iter().any(|k| s.contains(k.as_str())) {
            kept.push(s);
        }
    }
    dedup(kept)
}

/// Whether the case-insensitive flag is set anywhere in `ast`.
fn folds_case(ast: &Ast) -> bool {
    let sets = |flags: &ast::Flags| {
        flags
            .items
            .iter()
            .any(|item| item.kind == ast::FlagsItemKind::Flag(ast::Flag::CaseInsensitive))
    };
    match ast {
        Ast::Flags(f) => sets(&f.flags),
        Ast::Group(g) => {
            matches!(&g.kind, ast::GroupKind::NonCapturing(flags) if sets(flags))
                || folds_case(&g.ast)
        }
        Ast::Repetition(r) => folds_case(&r.ast),
        Ast::Alternation(a) => a.asts.iter().any(folds_case),
        Ast::Concat(c) => c.asts.iter().any(folds_case),
        _ => false,
    }
}

/// A set worth looking for: not empty, and no member a single letter, digit or space
/// (in nearly every text) or nothing.
fn useful(set: &[String]) -> bool {
    !set.is_empty()
        && set.iter().all(|s| {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (None, _) => false,
                (Some(c), None) => !(c.is_alphanumeric() || c == ' '),
                _ => true,
            }
        })
}

/// What is known of the strings a part of a pattern matches, all lowercase.
struct Info {
    /// Every string it matches, when they are few.
    exact: Option<Vec<String>>,
    /// Sets of which every match contains a member of each.
    needs: Vec<Vec<String>>,
}

impl Info {
    fn exact(set: Vec<String>) -> Info {
        Info {
            exact: Some(set),
            needs: Vec::new(),
        }
    }
    fn unknown() -> Info {
        Info {
            exact: None,
            needs: Vec::new(),
        }
    }
    /// The best single factor: the one whose shortest member is longest.
    fn best(&self) -> Option<Vec<String>> {
        self.needs
            .iter()
            .chain(&self.exact)
            .filter(|s| useful(s))
            .max_by_key(|s| {
                (
                    s.iter().map(|m| m.chars().count()).min().unwrap_or(0),
                    std::cmp::Reverse(s.len()),
                )
            })
            .cloned()
    }
}

/// The strings, as the text is normalised, that `c` matches: itself lowercased, or with
/// `fold` every character that `regex` folds it with; white space is one space.
fn chars_of(c: char, fold: bool) -> Vec<String> {
    if c.is_whitespace() {
        return vec![" ".to_string()];
    }
    if !fold || c.is_ascii() {
        // An ASCII character's fellows (the Kelvin sign, the long s) lowercase to it.
        return vec![lower(c).collect()];
    }
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    dedup(
        class
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .map(|ch| lower(ch).collect())
            .collect(),
    )
}

/// The strings a bracketed class matches, when they are few (`None`: too many to track,
/// or a class that is not a plain list of characters).
fn class_strings(set: &ast::ClassSet, fold: bool) -> Option<Vec<String>> {
    fn add(item: &ast::ClassSetItem, fold: bool, out: &mut Vec<String>) -> Option<()> {
        match item {
            ast::ClassSetItem::Empty(_) => {}
            ast::ClassSetItem::Literal(l) => out.extend(chars_of(l.c, fold)),
            ast::ClassSetItem::Range(r) => {
                let (start, end) = (r.start.c as u32, r.end.c as u32);
                if end < start || end - start > 4 * SMALL_CLASS {
                    return None;
                }
                for c in (start..=end).filter_map(char::from_u32) {
                    out.extend(chars_of(c, fold));
                }
            }
            ast::ClassSetItem::Perl(p) if p.kind == ast::ClassPerlKind::Space && !p.negated => {
                out.push(" ".to_string())
            }
            ast::ClassSetItem::Bracketed(b) if !b.negated => {
                out.extend(class_strings(&b.kind, fold)?);
            }
            ast::ClassSetItem::Union(u) => {
                for item in &u.items {
                    add(item, fold, out)?;
                }
            }
            _ => return None,
        }
        Some(())
    }
    let ast::ClassSet::Item(item) = set else {
        return None;
    };
    let mut out = Vec::new();
    add(item, fold, &mut out)?;
    let out = dedup(out);
    let letters = out.iter().filter(|s| s.as_str() != " ").count();
    (!out.is_empty() && letters <= SMALL_CLASS as usize).then_some(out)
}

fn info(ast: &Ast, fold: bool) -> Info {
    match ast {
        Ast::Empty(_) | Ast::Flags(_) | Ast::Assertion(_) => Info::exact(vec![String::new()]),
        Ast::Literal(l) => Info::exact(chars_of(l.c, fold)),
        Ast::Dot(_) | Ast::ClassUnicode(_) => Info::unknown(),
        Ast::ClassPerl(p) => {
            if p.kind == ast::ClassPerlKind::Space && !p.negated {
                Info::exact(vec![" ".to_string()])
            } else {
                Info::unknown()
            }
        }
        Ast::ClassBracketed(b) if b.negated => Info::unknown(),
        Ast::ClassBracketed(b) => match class_strings(&b.kind, fold) {
            Some(set) => Info::exact(set),
            None => Info::unknown(),
        },
        Ast::Group(g) => info(&g.ast, fold),
        Ast::Repetition(r) => {
            let sub = info(&r.ast, fold);
            let (min, max) = match &r.op.kind {
                ast::RepetitionKind::ZeroOrOne => (0, Some(1)),
                ast::RepetitionKind::ZeroOrMore => (0, None),
                ast::RepetitionKind::OneOrMore => (1, None),
                ast::RepetitionKind::Range(ast::RepetitionRange::Exactly(n)) => (*n, Some(*n)),
                ast::RepetitionKind::Range(ast::RepetitionRange::AtLeast(n)) => (*n, None),
                ast::RepetitionKind::Range(ast::RepetitionRange::Bounded(n, m)) => (*n, Some(*m)),
            };
            // A run of white space is one space in the text, however long.
            if sub.exact.as_deref() == Some(&[" ".to_string()][..]) && max != Some(0) {
                let set = if min == 0 {
                    vec![String::new(), " ".into()]
                } else {
                    vec![" ".into()]
                };
                return Info::exact(set);
            }
            match (min, max) {
                (1, Some(1)) => sub,
                (0, Some(1)) => Info {
                    exact: sub.exact.map(|mut set| {
                        set.push(String::new());
                        dedup(set)
                    }),
                    needs: Vec::new(),
                },
                (0, _) => Info::unknown(),
                (n, Some(m)) if n == m && n <= 8 && sub.exact.is_some() => {
                    let one = sub.exact.unwrap_or_default();
                    let mut run = vec![String::new()];
                    for _ in 0..n {
                        match cross(&run, &one) {
                            Some(joined) => run = joined,
                            None => {
                                return Info {
                                    exact: None,
                                    needs: vec![one],
                                };
                            }
                        }
                    }
                    Info::exact(run)
                }
                _ => {
                    let mut needs = sub.needs;
                    needs.extend(sub.exact);
                    Info { exact: None, needs }
                }
            }
        }
        Ast::Concat(c) => {
            let mut needs = Vec::new();
            let mut run = vec![String::new()];
            let mut whole = true;
            for child in c.asts.iter().map(|a| info(a, fold)) {
                needs.extend(child.needs);
                match child.exact {
                    // The common case, one string (a letter): appended in place.
                    Some(exact) if exact.len() == 1 => {
                        for s in &mut run {
                            push_joined(s, &exact[0]);
                        }
                        if run.len() > 1 {
                            run = dedup(run);
                        }
                    }
                    Some(exact) => match cross(&run, &exact) {
                        Some(joined) => run = joined,
                        None => {
                            whole = false;
                            needs.push(std::mem::replace(&mut run, exact));
                        }
                    },
                    None => {
                        whole = false;
                        needs.push(std::mem::replace(&mut run, vec![String::new()]));
                    }
                }
            }
            if whole {
                Info {
                    exact: Some(run),
                    needs,
                }
            } else {
                needs.push(run);
                Info { exact: None, needs }
            }
        }
        Ast::Alternation(a) => {
            let infos: Vec<Info> = a.asts.iter().map(|a| info(a, fold)).collect();
            let exact = infos
                .iter()
                .map(|i| i.exact.clone())
                .collect::<Option<Vec<_>>>()
                .map(|sets| dedup(sets.concat()))
                .filter(|set| set.len() <= MAX_SET);
            // One factor: any best factor of any alternative.
            let need = infos
                .iter()
                .map(Info::best)
                .collect::<Option<Vec<_>>>()
                .map(|sets| dedup(sets.concat()));
            match exact {
                Some(set) => Info::exact(set),
                None => Info {
                    exact: None,
                    needs: need.into_iter().collect(),
                },
            }
        }
    }
}

/// `b` appended to `a`, as one run of white space where `a` ends and `b` starts with a space.
fn push_joined(a: &mut String, b: &str) {
    match (a.ends_with(' '), b.strip_prefix(' ')) {
        (true, Some(rest)) => a.push_str(rest),
        _ => a.push_str(b),
    }
}

/// `a` then `b`, as one run of white space where `a` ends and `b` starts with a space.
fn join(a: &str, b: &str) -> String {
    let mut joined = String::with_capacity(a.len() + b.len());
    joined.push_str(a);
    push_joined(&mut joined, b);
    joined
}

/// Every string of `a` followed by one of `b`; `None` when there would be too many.
fn cross(a: &[String], b: &[String]) -> Option<Vec<String>> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    Some(dedup(
        a.iter()
            .flat_map(|x| b.iter().map(move |y| join(x, y)))
            .collect(),
    ))
}

fn dedup(mut set: Vec<String>) -> Vec<String> {
    set.sort();
    set.dedup();
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(strings: &[&str]) -> Vec<String> {
        strings.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn factors_are_the_words_every_match_holds() {
        // "voitte" holds "voi": a text with either holds "voi".
        assert_eq!(factors_of(r"(?i)\bvoi(tte)?\b"), vec![set(&["voi"])]);
        assert_eq!(
            factors_of(r"(?i)\bvoi(tte)?\b.*\bvuotta"),
            vec![set(&["voi"]), set(&["vuotta"])]
        );
        assert_eq!(
            factors_of(r"(?i)\bsäily\w+\s+\S+\s+vuo(si|tta)\b"),
            vec![set(&["säily"]), set(&[" vuosi", " vuotta"])]
        );
        // An alternative without a factor leaves the pattern without one.
        assert!(factors_of(r"(?i)\bvoi\b|\d+").is_empty());
        assert_eq!(factors_of(r"(?i)\b(ei|emme)\b"), vec![set(&["ei", "emme"])]);
        assert!(factors_of("(unclosed").is_empty());
        // White space is one space, however it is written; punctuation counts.
        assert_eq!(
            factors_of(r"(?i),\s*(ja|tai)\b"),
            vec![set(&[", ja", ", tai", ",ja", ",tai"])]
        );
        assert_eq!(
            factors_of(r"(?i)\bon\s+mahdollista\b"),
            vec![set(&["on mahdollista"])]
        );
        assert_eq!(factors_of(r"\b0{5}"), vec![set(&["00000"])]);
        assert_eq!(factors_of(r"%[A-Z]+%"), vec![set(&["%"]), set(&["%"])]);
        // A flag set in a group holds for the alternatives after it, as in `regex`: the
        // whole pattern is read as case-insensitive, which only widens.
        assert_eq!(factors_of(r"ab(?i)c|ÄD"), vec![set(&["abc", "äd"])]);
        assert_eq!(factors_of(r"(?i:Ö)x"), vec![set(&["öx"])]);
        // A letter outside ASCII brings what it folds with: the final sigma.
        assert_eq!(factors_of(r"(?i)xσ"), vec![set(&["xς", "xσ"])]);
        // A short class is a set; a long one, a negated one or `\w` is not known.
        assert_eq!(factors_of(r"(?i)[aä]b"), vec![set(&["ab", "äb"])]);
        assert_eq!(
            factors_of(r"tieto[a-z]+\s[^x]rek"),
            vec![set(&["tieto"]), set(&["rek"])]
        );
    }

    #[test]
    fn candidates_are_the_patterns_whose_factors_are_all_there() {
        let f = Factors::new([r"(?i)\bvoi\b", r"säily\w+\s+\S+\s+vuo", r"\w+"]);
        assert_eq!(f.candidates("Tietoja VOI käyttää"), vec![0, 2]);
        assert_eq!(f.candidates("säilytämme niitä vuoden"), vec![1, 2]);
        assert_eq!(f.candidates("säilytämme niitä"), vec![2]);
        assert_eq!(f.candidates("SÄILYTÄMME\u{a0}\n niitä  vuoden"), vec![1, 2]);
        // Case folds as the regex does: the Kelvin sign is a "k".
        let k = Factors::new([r"(?i)kk"]);
        assert_eq!(k.candidates("\u{212A}K"), vec![0]);
    }
}
