//! The fast YAML path (src/load/fast.rs) against serde-saphyr: where the fast path builds
//! a tree, it must be the very tree serde-saphyr builds, values and spans alike; where
//! serde-saphyr fails, the fast path must give up (so the error comes from serde-saphyr).

#[path = "../../benches/common/generate.rs"]
mod generate;

use proptest::prelude::*;
use seloste::diagnostic::SourceFile;
use seloste::load::tree::{Node, Value};
use seloste::load::{fast, serde_tree};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Compares both ways on `text`; returns whether the fast path built a tree.
fn same(name: &str, text: &str) -> bool {
    let src = SourceFile::new(PathBuf::from(name), Arc::from(text));
    let slow = serde_tree(&src);
    match (fast::parse(text), slow) {
        (Some(fast), Ok(slow)) => {
            assert_same(name, text, &fast, &slow);
            true
        }
        (Some(fast), Err(e)) => {
            panic!("{name}: serde-saphyr fails ({e}) but the fast path built {fast:?}")
        }
        (None, _) => false,
    }
}

/// Equal values and spans. One exception: the parser counts a lone carriage return as a
/// line break and seloste's line index does not, so after one serde-saphyr's spans
/// (recomputed from line and column) point at the wrong place or off the end, while the
/// fast path has the parser's byte offsets, which are right. Spans after a lone carriage
/// return are not compared.
fn assert_same(name: &str, text: &str, fast: &Node, slow: &Node) {
    let lone_cr = text
        .match_indices('\r')
        .map(|(i, _)| i)
        .find(|&i| !text[i + 1..].starts_with('\n'))
        .unwrap_or(usize::MAX);
    if fast.span.offset < lone_cr && slow.span.offset < lone_cr {
        assert_eq!(fast.span, slow.span, "{name}: spans differ at {slow:?}");
    }
    match (&fast.value, &slow.value) {
        (Value::Seq(a), Value::Seq(b)) => {
            assert_eq!(a.len(), b.len(), "{name}: sequence lengths differ");
            for (x, y) in a.iter().zip(b) {
                assert_same(name, text, x, y);
            }
        }
        (Value::Map(a), Value::Map(b)) => {
            assert_eq!(a.len(), b.len(), "{name}: mapping sizes differ");
            for ((kx, vx), (ky, vy)) in a.iter().zip(b) {
                assert_same(name, text, kx, ky);
                assert_same(name, text, vx, vy);
            }
        }
        (a, b) => assert_eq!(a, b, "{name}: values differ"),
    }
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            yaml_files(&p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml"))
            || p.parent().is_some_and(|d| d.ends_with("fuzz/corpus/check"))
        {
            out.push(p);
        }
    }
}

#[test]
fn same_tree_for_every_yaml_file_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "notices",
        "tests",
        "templates",
        "fuzz/corpus/check",
        "fuzz/regressions",
    ] {
        yaml_files(&root.join(dir), &mut files);
    }
    files.sort();
    let (mut fast, mut total) = (0, 0);
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        // seloste removes a byte-order mark before parsing (load::decode).
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        total += 1;
        if same(&path.display().to_string(), text) {
            fast += 1;
        }
    }
    assert!(total > 1000, "only {total} files found");
    // Most of the fuzz corpus is broken YAML (left to serde-saphyr), but more than a
    // thousand files go the fast way, the samples among them.
    assert!(
        fast > 1000,
        "the fast path built only {fast} of {total} trees"
    );
    for sample in ["notices/asiakasrekisteri.yaml", "notices/rekrytointi.yaml"] {
        let text = std::fs::read_to_string(root.join(sample)).unwrap();
        assert!(same(sample, &text), "{sample} did not take the fast path");
    }
}

#[test]
fn same_tree_for_generated_registers_and_organisations() {
    for i in 0..60 {
        let text = generate::register_text(7, i);
        assert!(
            same(&format!("register {i}"), &text),
            "register {i} fell back"
        );
    }
    for k in 0..5 {
        let text = generate::organisation_text(7, k);
        assert!(same(&format!("organisation {k}"), &text));
    }
}

#[test]
fn what_the_fast_path_leaves_to_serde_saphyr() {
    for text in [
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: 1\na: 2\n",
        "<<: {a: 1}\n",
        "? [a]\n: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1.5\n",
        "a: 0x1F\n",
        "a: 1_000\n",
        "a: .inf\n",
        "a: yes\n",
        "a: 12:30\n",
        "a: [1, 2\n",
        "a:\n\t- b\n",
        "1: x\n",
    ] {
        assert!(
            fast::parse(text).is_none(),
            "the fast path should leave {text:?} to serde-saphyr"
        );
    }
    let deep = format!("{}x", "- ".repeat(40));
    assert!(fast::parse(&deep).is_none());
}

/// Plain scalars of the shapes registers have, and of shapes that could read as numbers.
fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-ZåäöÅÄÖ][a-zA-Z0-9åäö .,()/-]{0,30}",
        "-?[0-9]{1,20}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "[-+.0-9eExob_:]{1,8}",
        "(true|false|True|FALSE|null|Null|~|yes|No|on|OFF|y|n)",
        "\"[^\"\\\\]{0,20}\"",
        "'[^']{0,20}'",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn same_tree_for_random_mappings(
        entries in prop::collection::vec(("[a-z][a-z_]{0,8}", scalar(), prop::bool::ANY), 1..8)
    ) {
        let mut text = String::new();
        for (key, value, in_list) in &entries {
            if *in_list {
                text.push_str(&format!("{key}:\n  - {value}\n  - x {value}\n"));
            } else {
                text.push_str(&format!("{key}: {value}\n"));
            }
        }
        same("random", &text);
    }
}
