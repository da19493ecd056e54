//! Per-item recovery: a file with schema errors is still checked.
//!
//! Every value the schema (or the model) refused is taken out of the tree, and the
//! tree is validated again, until what is left loads. What a removal leaves behind
//! (an object now missing a required key, a list now too short) is taken out in the
//! next round, up to the smallest thing the model can do without: a value, then its
//! list item. The rules then run on what loaded, and [`Recovery`] records what was
//! left out so the report can say which checks could not run and why.
//!
//! Some values cannot be left out (the register's `meta`): an invalid one is replaced by
//! a neutral stand-in and the rules that read it are silenced for the file, so the
//! stand-in never yields a finding.

use super::tree::{Node, Seg, Span, Value};
use std::collections::HashSet;

/// What recovery took out of one file.
#[derive(Debug, Default, Clone)]
pub struct Recovery {
    /// The places left out of the checks, in the order they were taken out.
    pub left_out: Vec<LeftOut>,
    /// Ids of list items left out: a reference to one is not reported as unknown.
    pub left_out_ids: HashSet<String>,
    /// True when a whole purpose was left out: a category may be unused only because of it.
    pub purpose_left_out: bool,
    /// Lines where a finding would only repeat that a value did not load ("no retention"
    /// where the retention was misspelt): the item's and the removed key's lines.
    pub shadow_lines: HashSet<usize>,
    /// Rules that read a left-out field, and the lines of the item it was in: their
    /// findings there would judge the item without it ("no law" when the law did not load).
    pub hidden_in: Vec<(&'static [&'static str], std::ops::RangeInclusive<usize>)>,
    /// Rules whose findings on this file are dropped, with the place that made them unsafe.
    pub silenced: Vec<Silenced>,
}

/// A value or item that did not load and was left out of the checks.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut {
    /// Its path in the tree as it was when it was taken out.
    pub path: Vec<Seg>,
    /// The id of the list item, when it had one.
    pub id: Option<String>,
    pub span: Span,
    /// The place for people, list items by their id ("the `basis` of purpose `newsletter`").
    pub shown: crate::diagnostic::Msg,
}

/// A rule not run on a file because a value it reads did not load.
#[derive(Debug, Clone, PartialEq)]
pub struct Silenced {
    pub rule: &'static str,
    /// The path of the value that did not load.
    pub because: Vec<Seg>,
    /// The same for people (see [`LeftOut::shown`]).
    pub shown: crate::diagnostic::Msg,
    pub line: usize,
}

impl Recovery {
    pub fn is_empty(&self) -> bool {
        self.left_out.is_empty() && self.silenced.is_empty()
    }

    /// True when findings of `rule` on `line` are to be dropped.
    pub fn hides(&self, rule: &str, line: usize) -> bool {
        self.silenced.iter().any(|s| s.rule == rule)
            || self.shadow_lines.contains(&line)
            || self
                .hidden_in
                .iter()
                .any(|(rules, lines)| lines.contains(&line) && rules.contains(&rule))
    }
}

/// Top-level sections whose loss silences the rules that judge them as a whole (a rule
/// that would otherwise report the section as missing).
const SECTION_RULES: &[(&str, &[&str])] = &[
    (
        "controller",
        &["controller-identity", "business-id", "authority-country"],
    ),
    ("dpo", &["dpo-contact", "dpo-required"]),
    ("representative", &["representative"]),
    ("data_subjects", &["references", "child-consent"]),
    ("joint_controllers", &["joint-arrangement"]),
    (
        "purposes",
        &["purpose-basis", "unused-category", "references"],
    ),
    (
        "categories",
        &["categories", "references", "unused-category"],
    ),
    ("sources", &["sources", "provision-requirement"]),
    (
        "recipients",
        &["recipients", "recipient-named", "references"],
    ),
    ("transfers", &["transfer-safeguard", "recipient-abroad"]),
    ("automated_decisions", &["automated-decisions"]),
    ("provision", &["provision-requirement"]),
    ("rights_requests", &["rights"]),
    (
        "authority",
        &["authority", "authority-address", "authority-country"],
    ),
    ("authority_reason", &["authority-country"]),
    ("security", &["ropa-security"]),
    // The record's internal facts (`check --ropa`).
    ("internal", &["ropa-security", "ropa-dpia"]),
];

/// The rules that read a field of an item (a purpose, a category, a recipient, the
/// controller…): when the field did not load, they do not judge that item.
const FIELD_RULES: &[(&str, &[&str])] = &[
    (
        "basis",
        &[
            "purpose-basis",
            "legitimate-interest",
            "legal-provision",
            "public-authority-li",
            "marketing-on-contract",
            "inapplicable-right",
        ],
    ),
    ("legitimate_interest", &["legitimate-interest"]),
    ("security_measures", &["ropa-security"]),
    ("dpia", &["ropa-dpia"]),
    ("large_scale", &["ropa-dpia"]),
    ("responsibilities", &["joint-arrangement"]),
    ("children", &["child-consent"]),
    ("guardian_consent", &["child-consent"]),
    ("online_service", &["child-consent"]),
    ("law", &["legal-provision"]),
    (
        "direct_marketing",
        &["marketing-on-contract", "inapplicable-right"],
    ),
    ("categories", &["unused-category", "references"]),
    ("data_subjects", &["references", "child-consent"]),
    ("retention", &["retention", "vague-retention"]),
    ("period", &["retention", "vague-retention"]),
    ("from", &["retention", "vague-retention"]),
    ("until", &["retention", "vague-retention"]),
    ("event", &["retention", "vague-retention"]),
    ("at_least", &["retention", "vague-retention"]),
    (
        "retention_groups",
        &["retention", "vague-retention", "references"],
    ),
    ("criteria", &["retention", "vague-retention"]),
    (
        "special",
        &["special-category", "special-category-words", "ropa-dpia"],
    ),
    (
        "special_condition",
        &["special-category", "special-category-words"],
    ),
    ("criminal", &["criminal-data"]),
    ("criminal_authority", &["criminal-data"]),
    ("sources", &["references", "sources", "categories"]),
    (
        "kind",
        &[
            "sources",
            "provision-requirement",
            "controller-identity",
            "controller-address",
            "dpo-required",
            "public-authority-li",
        ],
    ),
    ("publicly_accessible", &["sources"]),
    (
        "name",
        &[
            "recipients",
            "recipient-named",
            "controller-identity",
            "controller-address",
            "recipient-abroad",
        ],
    ),
    (
        "role",
        &["recipients", "recipient-named", "derogation-routine"],
    ),
    ("is_category", &["recipient-named"]),
    (
        "country",
        &[
            "recipients",
            "recipient-abroad",
            "transfer-safeguard",
            "adequacy-country",
            "representative",
            "authority-country",
        ],
    ),
    ("purposes", &["references"]),
    (
        "recipient",
        &["transfer-safeguard", "recipient-abroad", "references"],
    ),
    (
        "mechanism",
        &[
            "transfer-safeguard",
            "privacy-shield",
            "old-sccs",
            "adequacy-country",
            "derogation-routine",
        ],
    ),
    ("derogation", &["transfer-safeguard", "derogation-routine"]),
    (
        "postal_address",
        &[
            "controller-identity",
            "controller-address",
            "authority-country",
        ],
    ),
    (
        "visiting_address",
        &[
            "controller-identity",
            "controller-address",
            "authority-country",
        ],
    ),
    (
        "email",
        &[
            "controller-identity",
            "controller-address",
            "dpo-contact",
            "rights",
        ],
    ),
    (
        "phone",
        &[
            "controller-identity",
            "controller-address",
            "dpo-contact",
            "rights",
        ],
    ),
    (
        "business_id",
        &["controller-identity", "business-id", "authority-country"],
    ),
    ("requirement", &["provision-requirement"]),
    ("obligatory", &["provision-requirement"]),
    (
        "consequences",
        &["provision-requirement", "automated-decisions"],
    ),
    ("exists", &["automated-decisions"]),
    ("logic", &["automated-decisions"]),
    ("significance", &["automated-decisions"]),
];

/// The rules that read `key`, also when it is misspelt (`retension` → `retention`).
fn field_rules(key: &str) -> Option<&'static [&'static str]> {
    FIELD_RULES
        .iter()
        .find(|(k, _)| *k == key)
        .or_else(|| {
            FIELD_RULES
                .iter()
                .find(|(k, _)| key.len() > 3 && strsim::damerau_levenshtein(k, key) <= 2)
        })
        .map(|(_, rules)| *rules)
}

/// The lines of the item `path` is in (a list item, else the top-level section), from its
/// key to its last value.
fn item_lines(tree: &Node, path: &[Seg]) -> Option<std::ops::RangeInclusive<usize>> {
    let end = path
        .iter()
        .rposition(|s| matches!(s, Seg::Index(_)))
        .map_or(1, |i| i + 1);
    let item_path = path.get(..end)?;
    let mut node = tree;
    for seg in item_path {
        node = node.get(seg)?;
    }
    let start = tree.locate_key(item_path).line.min(node.span.line);
    Some(start..=last_line(node))
}

fn last_line(node: &Node) -> usize {
    match &node.value {
        Value::Seq(items) => items.iter().map(last_line).max(),
        Value::Map(entries) => entries.iter().map(|(_, v)| last_line(v)).max(),
        _ => None,
    }
    .unwrap_or(0)
    .max(node.span.line)
}

/// Values of `meta` (and of an organisation file's top level) that the model cannot do
/// without: the stand-in put in their place and the rules that read them.
fn stand_in(tree: &Node, path: &[Seg]) -> Option<(Value, &'static [&'static str])> {
    let keys: Vec<&str> = path
        .iter()
        .map(|s| match s {
            Seg::Key(k) => k.as_str(),
            Seg::Index(_) => "",
        })
        .collect();
    let date = |other: &str| {
        let d = tree
            .get(&Seg::Key("meta".into()))
            .and_then(|m| m.get(&Seg::Key(other.into())))
            .and_then(Node::as_str)
            .filter(|s| crate::model::Date::parse(s).is_some())
            .unwrap_or("2000-01-01");
        Value::Str(d.to_string())
    };
    Some(match keys.as_slice() {
        ["meta", "id"] => (Value::Str("register".into()), &["duplicate-id"][..]),
        ["meta", "schema_version"] | ["schema_version"] => (Value::Int(1), &[][..]),
        ["meta", "languages"] | ["languages"] => (
            Value::Seq(vec![Node {
                value: Value::Str("fi".into()),
                span: Span::default(),
            }]),
            &["translation"][..],
        ),
        ["meta", "name"] => (Value::Str("?".into()), &["translation"][..]),
        ["meta", "created"] => (date("updated"), &["dates"][..]),
        ["meta", "updated"] => (date("created"), &["dates"][..]),
        ["organisation"] => (Value::Str("organisation".into()), &[][..]),
        _ => return None,
    })
}

/// Leaves out the values at `paths` (and what their loss makes invalid) until `valid`
/// accepts the tree. `valid` returns the paths still in error, or `None` when the tree
/// loads. Returns `None` when the file cannot be recovered (the stand-ins are not enough).
pub fn recover(
    tree: &mut Node,
    mut paths: Vec<Vec<Seg>>,
    mut valid: impl FnMut(&Node) -> Option<Vec<Vec<Seg>>>,
) -> Option<Recovery> {
    let mut rec = Recovery::default();
    // Each round removes at least one node or replaces one by a stand-in, so the number of
    // rounds is bounded by the tree's size; a fixed cap keeps a pathological file quick.
    for _ in 0..64 {
        if paths.is_empty() {
            return None;
        }
        // Deepest and last first, so removing a list item does not shift an index still to
        // be used; a path under one already being removed is dropped.
        paths.sort();
        paths.dedup();
        let all = paths.clone();
        paths.retain(|p| !all.iter().any(|q| q.len() < p.len() && p.starts_with(q)));
        paths.reverse();
        let mut changed = false;
        for p in &paths {
            changed |= take_out(tree, p, &mut rec)?;
        }
        if !changed {
            return None;
        }
        match valid(tree) {
            None => return Some(rec),
            Some(next) => paths = next,
        }
    }
    None
}

/// Takes out the node at `path`, or puts in its stand-in. `Some(false)` when there was
/// nothing at `path`; `None` when it cannot be taken out.
fn take_out(tree: &mut Node, path: &[Seg], rec: &mut Recovery) -> Option<bool> {
    let (last, parent_path) = path.split_last()?;
    let shown = super::schema::describe(path, tree);
    if let Some((value, rules)) = stand_in(tree, path) {
        let span = tree.locate(path);
        let node = node_mut(tree, path);
        match node {
            Some(n) if n.value == value => return None,
            Some(n) => n.value = value,
            None => {
                let parent = node_mut(tree, parent_path)?;
                let Value::Map(entries) = &mut parent.value else {
                    return None;
                };
                let Seg::Key(k) = last else { return None };
                entries.push((
                    Node {
                        value: Value::Str(k.clone()),
                        span: Span::default(),
                    },
                    Node {
                        value,
                        span: Span::default(),
                    },
                ));
            }
        }
        for &rule in rules {
            rec.silenced.push(Silenced {
                rule,
                because: path.to_vec(),
                shown: shown.clone(),
                line: span.line,
            });
        }
        return Some(true);
    }
    if parent_path.is_empty() {
        // A whole section: the rules that judge the section as a whole say nothing.
        if let Seg::Key(k) = last {
            if k == "meta" {
                return None;
            }
            let line = tree.locate_key(path).line;
            for (section, rules) in SECTION_RULES {
                if section == k {
                    for &rule in *rules {
                        rec.silenced.push(Silenced {
                            rule,
                            because: path.to_vec(),
                            shown: shown.clone(),
                            line,
                        });
                    }
                }
            }
        }
    }
    // The field that is lost: the key, or for an element of a list, the list's key.
    let field = path.iter().rev().find_map(|s| match s {
        Seg::Key(k) => Some(k.as_str()),
        Seg::Index(_) => None,
    });
    let in_item = !matches!(last, Seg::Index(_)) || parent_path.len() > 1;
    if let (Some(rules), true) = (field.and_then(field_rules), in_item && path.len() > 1)
        && let Some(lines) = item_lines(tree, path)
    {
        rec.hidden_in.push((rules, lines));
    }
    let key_span = tree.locate_key(path);
    let key_line = key_span.line;
    let parent_key_line = tree.locate_key(parent_path).line;
    let parent = node_mut(tree, parent_path)?;
    let parent_line = parent.span.line;
    let removed = match (&mut parent.value, last) {
        (Value::Map(entries), Seg::Key(k)) => {
            let Some(i) = entries.iter().position(|(kn, _)| kn.key_text() == *k) else {
                return Some(false);
            };
            entries.remove(i).1
        }
        (Value::Seq(items), Seg::Index(i)) if *i < items.len() => items.remove(*i),
        _ => return Some(false),
    };
    let id = removed
        .get(&Seg::Key("id".into()))
        .and_then(Node::as_str)
        .map(str::to_string);
    if let Some(id) = &id {
        rec.left_out_ids.insert(id.clone());
    }
    if matches!(last, Seg::Index(_)) && parent_path == [Seg::Key("purposes".into())] {
        rec.purpose_left_out = true;
    }
    // Inside an item, a finding on the item's first line or on the removed key's line
    // would only repeat that the value is missing.
    if parent_path.len() == 1 {
        // An item of a top-level list: "the list is empty" would be reported on its key.
        rec.shadow_lines.insert(parent_key_line);
    } else if parent_path.len() > 1 {
        rec.shadow_lines.insert(key_line);
        rec.shadow_lines.insert(parent_line);
        rec.shadow_lines.insert(parent_key_line);
        if let Some(item) = item_line(tree, parent_path) {
            rec.shadow_lines.insert(item);
        }
    }
    rec.left_out.push(LeftOut {
        path: path.to_vec(),
        id,
        // A key is pointed at by the key, a list item by its first line.
        span: if matches!(last, Seg::Key(_)) || removed.span == Span::default() {
            key_span
        } else {
            removed.span
        },
        shown,
    });
    Some(true)
}

/// The first line of the list item `path` is in, when it is in one.
fn item_line(tree: &Node, path: &[Seg]) -> Option<usize> {
    let i = path.iter().rposition(|s| matches!(s, Seg::Index(_)))?;
    let mut node = tree;
    for seg in &path[..=i] {
        node = node.get(seg)?;
    }
    Some(node.span.line)
}

fn node_mut<'a>(tree: &'a mut Node, path: &[Seg]) -> Option<&'a mut Node> {
    let mut node = tree;
    for seg in path {
        node = match (seg, &mut node.value) {
            (Seg::Key(k), Value::Map(entries)) => {
                &mut entries.iter_mut().find(|(kn, _)| kn.key_text() == *k)?.1
            }
            (Seg::Index(i), Value::Seq(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(yaml: &str) -> Node {
        let src = crate::diagnostic::SourceFile::new("t.yaml".into(), yaml.into());
        crate::load::serde_tree(&src).expect("parses")
    }

    #[test]
    fn an_item_and_a_value_are_left_out_without_shifting_indexes() {
        let mut t = tree("a:\n  - id: x\n  - id: y\n    bad: 1\n  - id: z\n");
        let paths = vec![
            vec![Seg::Key("a".into()), Seg::Index(0)],
            vec![Seg::Key("a".into()), Seg::Index(1), Seg::Key("bad".into())],
        ];
        let rec = recover(&mut t, paths, |_| None).unwrap();
        let ids: Vec<_> = match &t.get(&Seg::Key("a".into())).unwrap().value {
            Value::Seq(items) => items
                .iter()
                .map(|n| n.get(&Seg::Key("id".into())).unwrap().as_str().unwrap())
                .collect(),
            _ => panic!(),
        };
        assert_eq!(ids, ["y", "z"]);
        assert!(t.to_json().to_string().find("bad").is_none());
        assert!(rec.left_out_ids.contains("x"));
        assert_eq!(rec.left_out.len(), 2);
    }

    #[test]
    fn a_bad_meta_date_gets_a_stand_in_and_silences_the_date_rule() {
        let mut t = tree("meta:\n  created: 2026-01-01\n  updated: 1.3.2026\n");
        let path = vec![Seg::Key("meta".into()), Seg::Key("updated".into())];
        let rec = recover(&mut t, vec![path], |_| None).unwrap();
        assert_eq!(
            t.to_json()["meta"]["updated"],
            serde_json::json!("2026-01-01")
        );
        assert!(rec.hides("dates", 1));
        assert!(!rec.hides("retention", 1));
    }

    #[test]
    fn meta_itself_cannot_be_left_out() {
        let mut t = tree("meta: 3\n");
        assert!(recover(&mut t, vec![vec![Seg::Key("meta".into())]], |_| None).is_none());
    }

    #[test]
    fn gives_up_when_nothing_changes() {
        let mut t = tree("a: 1\n");
        let p = vec![Seg::Key("b".into())];
        assert!(recover(&mut t, vec![p.clone()], |_| Some(vec![p.clone()])).is_none());
    }
}
