//! Precision and recall of every rule on the labelled corpus (tests/corpus/, issue 12,
//! point 6): notices written in the style of real published ones, encoded as published,
//! each with an `.expected` list of `<line> <rule>`.
//!
//! A reported (file, line, rule) is true when it is labelled; a finding's places that repeat
//! the defect (one text copied onto many items, reported once) count as reported on their
//! lines too, not the places that only explain it.
//! The test prints the table (`cargo test --test it corpus:: -- --nocapture`), fails below 95 %
//! precision overall, and checks that RULES.md shows today's figures: after a change that
//! moves them, run `UPDATE_RULES_MD=1 cargo test --test it corpus::` and read the diff.

use seloste::check::check_paths_in;
use seloste::load::Root;
use seloste::model::Date;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MIN_PRECISION: f64 = 0.95;
const BEGIN: &str = "<!-- corpus figures: begin (tests/corpus.rs writes this part) -->";
const END: &str = "<!-- corpus figures: end -->";

type Finding = (String, usize, String);

fn labels(path: &Path) -> BTreeSet<(usize, String)> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (line, rule) = l.split_once(char::is_whitespace).unwrap();
            (line.parse().unwrap(), rule.trim().to_string())
        })
        .collect()
}

/// Every `.expected` file under `dir`, in subfolders too.
fn expected_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            expected_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "expected") {
            out.push(p);
        }
    }
}

struct Measured {
    expected: BTreeSet<Finding>,
    found: BTreeSet<Finding>,
    clean: BTreeSet<String>,
    files: usize,
}

fn measure(folder: &str) -> Measured {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = manifest.join(folder);
    let root = Root::at(&dir).unwrap();
    let mut names = Vec::new();
    expected_files(&dir, &mut names);
    names.sort();
    let mut m = Measured {
        expected: BTreeSet::new(),
        found: BTreeSet::new(),
        clean: BTreeSet::new(),
        files: names.len(),
    };
    // Every notice here is dated on or before 2026-10-05.
    let today = Date::parse("2026-11-29").unwrap();
    for exp in &names {
        let yaml = exp.with_extension("yaml");
        let rel = yaml.strip_prefix(&dir).unwrap().display().to_string();
        let want = labels(exp);
        if want.is_empty() {
            m.clean.insert(rel.clone());
        }
        m.expected
            .extend(want.into_iter().map(|(l, r)| (rel.clone(), l, r)));
        let checked = check_paths_in(&root, &[yaml], today);
        let files = &checked.workspace.files;
        let name = |id| {
            let p: &Path = &files.get(id).path;
            p.strip_prefix(&dir).unwrap_or(p).display().to_string()
        };
        for d in checked
            .diagnostics
            .iter()
            .filter(|d| d.suppressed.is_none())
        {
            let line = d.span.map_or(0, |s| s.line);
            m.found.insert((name(d.file), line, d.rule.to_string()));
            for r in d.related.iter().filter(|r| r.repeats) {
                let line = r.span.map_or(0, |s| s.line);
                m.found.insert((name(r.file), line, d.rule.to_string()));
            }
        }
    }
    m
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |x| format!("{:.0} %", x * 100.0))
}

/// The figures as the Markdown table RULES.md shows.
fn table(m: &Measured, title: &str) -> (String, f64) {
    let rules: BTreeSet<&str> = m
        .expected
        .iter()
        .chain(&m.found)
        .map(|(_, _, r)| r.as_str())
        .collect();
    let mut rows = BTreeMap::new();
    let (mut tp_all, mut fp_all, mut fn_all) = (0, 0, 0);
    for r in rules {
        let e: BTreeSet<_> = m.expected.iter().filter(|x| x.2 == r).collect();
        let f: BTreeSet<_> = m.found.iter().filter(|x| x.2 == r).collect();
        let tp = e.intersection(&f).count();
        let (fp, fn_) = (f.len() - tp, e.len() - tp);
        tp_all += tp;
        fp_all += fp;
        fn_all += fn_;
        rows.insert(r, (e.len(), f.len(), tp, fp, fn_));
    }
    let precision = ratio(tp_all, tp_all + fp_all).unwrap_or(1.0);
    let recall = ratio(tp_all, tp_all + fn_all);
    let clean_fp = m.found.iter().filter(|x| m.clean.contains(&x.0)).count();
    let mut out = format!(
        "{title}\n\nOn {} notices ({} of them clean controls): **precision {}, recall {}** \
         ({tp_all} true findings, {fp_all} false alarms, {fn_all} misses; {clean_fp} findings on \
         the clean controls).\n\n\
         | rule | labelled | reported | true | false alarms | misses | precision | recall |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
        m.files,
        m.clean.len(),
        pct(Some(precision)),
        pct(recall),
    );
    for (r, (lab, rep, tp, fp, fn_)) in rows {
        out.push_str(&format!(
            "| `{r}` | {lab} | {rep} | {tp} | {fp} | {fn_} | {} | {} |\n",
            pct(ratio(tp, rep)),
            pct(ratio(tp, lab)),
        ));
    }
    (out, precision)
}

#[test]
fn precision_on_the_corpus_is_at_least_95_percent_and_rules_md_shows_it() {
    let m = measure("tests/corpus");
    assert!(m.files >= 30, "the corpus has {} notices", m.files);
    let (dev, precision) = table(
        &m,
        "### The corpus the rules were developed on (`tests/corpus/`)",
    );
    // Written after the rules, by someone who saw neither the rules nor their output.
    let h = measure("tests/holdout");
    let (held, _) = table(
        &h,
        "### Held out: written after the rules, never used to tune them (`tests/holdout/`)",
    );
    let figures = format!("{BEGIN}\n\n{dev}\n{held}\n{END}");
    println!("{figures}");
    for (name, m) in [("corpus", &m), ("holdout", &h)] {
        for x in m.found.difference(&m.expected) {
            println!("FALSE {name} {} {} {}", x.0, x.1, x.2);
        }
        for x in m.expected.difference(&m.found) {
            println!("MISS  {name} {} {} {}", x.0, x.1, x.2);
        }
    }
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} is below {MIN_PRECISION}: see the FALSE lines above"
    );

    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("RULES.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (Some(b), Some(e)) = (text.find(BEGIN), text.find(END)) else {
        panic!("RULES.md has no corpus figures section");
    };
    let current = &text[b..e + END.len()];
    if current != figures {
        if std::env::var_os("UPDATE_RULES_MD").is_some() {
            let new = format!("{}{figures}{}", &text[..b], &text[e + END.len()..]);
            std::fs::write(&path, new).unwrap();
        } else {
            panic!(
                "RULES.md does not show today's figures; run `UPDATE_RULES_MD=1 cargo test --test it corpus::` and read the diff"
            );
        }
    }
}
