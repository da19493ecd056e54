//! The benchmark generator (benches/common/generate.rs): deterministic, prefix-stable,
//! realistic in size, bilingual, and every register it writes passes `check` with no
//! diagnostics at all.

#[path = "../../benches/common/generate.rs"]
mod generate;

use seloste::check::check_paths_in;
use seloste::load::Content;
use seloste::load::Root;
use seloste::model::Date;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The date the generated registers are checked on: their `updated` dates are in 2026 up
/// to this day, so "in the future" never fires from here on.
fn today() -> Date {
    Date::parse("2026-11-21").unwrap()
}

/// Every file under `dir`, by path relative to `dir`, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn median(mut v: Vec<u64>) -> u64 {
    assert!(!v.is_empty());
    v.sort_unstable();
    v[v.len() / 2]
}

#[test]
fn same_seed_same_bytes_different_seed_different() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let c = tempfile::tempdir().unwrap();
    let ga = generate::generate(7, 30, a.path()).unwrap();
    let gb = generate::generate(7, 30, b.path()).unwrap();
    let gc = generate::generate(8, 30, c.path()).unwrap();
    let (fa, fb, fc) = (files(a.path()), files(b.path()), files(c.path()));
    assert_eq!(fa.len(), ga.registers.len() + ga.organisations.len());
    assert_eq!(ga.registers.len(), 30);
    assert_eq!(ga.bytes, gb.bytes);
    assert_eq!(
        ga.bytes,
        fa.values().map(|v| v.len() as u64).sum::<u64>(),
        "Generated::bytes counts every byte written"
    );
    assert_eq!(
        fa.keys().collect::<Vec<_>>(),
        fb.keys().collect::<Vec<_>>(),
        "the same seed gives the same files"
    );
    for (path, bytes) in &fa {
        assert!(
            fb[path] == *bytes,
            "{} differs between two runs with the same seed",
            path.display()
        );
    }
    assert_ne!(fa, fc, "a different seed gives different output");
    let differing = fa.iter().filter(|(p, v)| fc.get(*p) != Some(*v)).count();
    assert!(
        differing > fa.len() / 2,
        "a different seed changes most files ({differing} of {})",
        fa.len()
    );
    assert_eq!(gc.registers.len(), 30);
}

#[test]
fn smaller_n_is_a_prefix() {
    let small = tempfile::tempdir().unwrap();
    let big = tempfile::tempdir().unwrap();
    let gs = generate::generate(11, 10, small.path()).unwrap();
    let gb = generate::generate(11, 40, big.path()).unwrap();
    let (fs, fb) = (files(small.path()), files(big.path()));
    assert_eq!(fs.len(), gs.registers.len() + gs.organisations.len());
    for (path, bytes) in &fs {
        let other = fb
            .get(path)
            .unwrap_or_else(|| panic!("{} is missing from N=40", path.display()));
        assert!(
            other == bytes,
            "{} differs between N=10 and N=40",
            path.display()
        );
    }
    for (s, b) in gs.registers.iter().zip(&gb.registers) {
        assert_eq!(
            s.strip_prefix(small.path()).unwrap(),
            b.strip_prefix(big.path()).unwrap()
        );
    }
    // The helpers agree with the files.
    for i in [0, 9, 25, 39] {
        let rel = generate::register_path(11, i);
        assert_eq!(
            fb[&rel],
            generate::register_text(11, i).into_bytes(),
            "register_text({i}) is what generate wrote"
        );
        assert_eq!(
            rel.file_stem().unwrap().to_str().unwrap(),
            generate::register_id(11, i)
        );
        let k = generate::organisation_of(11, i);
        let org = PathBuf::from(generate::organisation_slug(11, k)).join("organisation.yaml");
        assert_eq!(fb[&org], generate::organisation_text(11, k).into_bytes());
        assert_eq!(rel.parent(), org.parent());
    }
}

#[test]
fn forty_registers_pass_check_with_no_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let g = generate::generate(2026, 40, dir.path()).unwrap();
    assert!(
        g.organisations.len() >= 2,
        "40 registers are spread over several organisations"
    );
    for k in 0..g.organisations.len() {
        let n = (0..40)
            .filter(|&i| generate::organisation_of(2026, i) == k)
            .count();
        assert!(n <= 20, "organisation {k} has {n} registers");
    }
    let checked = check_paths_in(
        &Root::at(dir.path()).unwrap(),
        &[dir.path().to_path_buf()],
        today(),
    );
    assert_eq!(checked.registers, 40);
    assert!(
        checked.diagnostics.is_empty(),
        "generated registers must pass check without any diagnostic:\n{}",
        checked.render_human(false)
    );
    // An edited register (for rebuild benchmarks) passes too, and differs.
    let rel = generate::register_path(2026, 3);
    let edited = generate::register_text_edited(2026, 3, 1);
    assert_ne!(edited, generate::register_text(2026, 3));
    std::fs::write(dir.path().join(&rel), edited).unwrap();
    let checked = check_paths_in(
        &Root::at(dir.path()).unwrap(),
        &[dir.path().to_path_buf()],
        today(),
    );
    assert!(
        checked.diagnostics.is_empty(),
        "{}",
        checked.render_human(false)
    );
}

#[test]
fn sizes_are_like_the_samples_with_a_long_tail() {
    let dir = tempfile::tempdir().unwrap();
    let g = generate::generate(3, 200, dir.path()).unwrap();
    let sizes: Vec<u64> = g
        .registers
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .collect();
    let largest = *sizes.iter().max().unwrap();
    let med = median(sizes);

    let notices = Path::new(env!("CARGO_MANIFEST_DIR")).join("notices");
    let samples: Vec<u64> = files(&notices)
        .iter()
        .filter(|(p, _)| {
            p.extension().is_some_and(|e| e == "yaml")
                && p.file_name().unwrap() != "organisation.yaml"
        })
        .map(|(_, v)| v.len() as u64)
        .collect();
    assert!(samples.len() >= 3, "the samples in notices/");
    let sample_med = median(samples);
    assert!(
        largest >= 5 * med,
        "the largest register ({largest} bytes) is at least 5x the median ({med})"
    );
    assert!(
        2 * med >= sample_med && med <= 2 * sample_med,
        "the median register ({med} bytes) is within 0.5x-2x of the median sample ({sample_med})"
    );
}

/// Calls `f` with every JSON object and the key it sits under.
fn objects<'a>(
    v: &'a Value,
    parent: &str,
    f: &mut dyn FnMut(&'a serde_json::Map<String, Value>, &str),
) {
    match v {
        Value::Object(m) => {
            f(m, parent);
            for (k, child) in m {
                objects(child, k, f);
            }
        }
        Value::Array(items) => {
            for item in items {
                objects(item, parent, f);
            }
        }
        _ => {}
    }
}

/// Keys whose value is text for the reader (a person's `name` in a contact is not).
const TEXT_KEYS: &[&str] = &[
    "name",
    "description",
    "legitimate_interest",
    "law",
    "criminal_authority",
    "from",
    "criteria",
    "safeguard_copy",
    "consequences",
    "logic",
    "significance",
    "security",
    "how",
    "address",
    "title",
    "visiting_address",
    "postal_address",
    "responsibilities",
];
const CONTACTS: &[&str] = &["contact_person", "dpo", "representative", "contact"];

#[test]
fn every_text_is_in_finnish_and_english() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(5, 40, dir.path()).unwrap();
    let checked = check_paths_in(
        &Root::at(dir.path()).unwrap(),
        &[dir.path().to_path_buf()],
        today(),
    );
    let mut registers = 0;
    let mut organisations = 0;
    let mut texts = 0;
    let mut translated = 0;
    for doc in &checked.workspace.docs {
        let path = checked
            .workspace
            .files
            .get(doc.file)
            .path
            .display()
            .to_string();
        let langs = match &doc.content {
            Content::Register(r) => {
                registers += 1;
                r.meta.languages.clone()
            }
            Content::Organisation(o) => {
                organisations += 1;
                o.languages.clone()
            }
            Content::Invalid => panic!("{path} did not load"),
        };
        assert_eq!(langs, ["fi", "en"], "{path}: languages");
        let json = doc.tree.as_ref().unwrap().to_json();
        objects(&json, "", &mut |m, parent| {
            let is_text = !m.is_empty()
                && m.keys()
                    .all(|k| k.len() == 2 && k.chars().all(|c| c.is_ascii_lowercase()));
            if is_text {
                texts += 1;
                let keys: Vec<&str> = m.keys().map(String::as_str).collect();
                assert_eq!(
                    keys,
                    ["fi", "en"],
                    "{path}: a text under `{parent}` has {keys:?}"
                );
                for (lang, s) in m {
                    let s = s
                        .as_str()
                        .unwrap_or_else(|| panic!("{path}: `{parent}.{lang}` is not a string"));
                    assert!(!s.trim().is_empty(), "{path}: `{parent}.{lang}` is blank");
                }
                if m["fi"] != m["en"] {
                    translated += 1;
                }
                return;
            }
            for (k, v) in m {
                let person = k == "name" && CONTACTS.contains(&parent);
                if TEXT_KEYS.contains(&k.as_str()) && !person {
                    assert!(
                        v.is_object(),
                        "{path}: `{parent}.{k}` is not a {{fi, en}} text: {v}"
                    );
                }
            }
        });
    }
    assert_eq!(registers, 40);
    assert!(organisations >= 2);
    assert!(texts > 40 * 20, "the registers hold many texts ({texts})");
    // Names of companies read the same in both languages; nearly everything else differs.
    assert!(
        translated * 10 > texts * 9,
        "{translated} of {texts} texts differ between fi and en"
    );
}
