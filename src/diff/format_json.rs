//! `seloste diff --format json`: one object, documented in README.md; fields are only
//! ever added. Keys, sections, classes and reasons are stable English keys.

use super::{RegisterDiff, Status};
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    summary: Summary,
    registers: &'a [RegisterDiff],
}

#[derive(Serialize)]
struct Summary {
    registers: usize,
    changed: usize,
    material: usize,
    without_entry: usize,
}

pub fn render(diffs: &[RegisterDiff]) -> String {
    let count = |f: &dyn Fn(&RegisterDiff) -> bool| diffs.iter().filter(|d| f(d)).count();
    let mut s = crate::report::json_pretty(&Output {
        version: 1,
        summary: Summary {
            registers: diffs.len(),
            changed: count(&|d| d.status != Status::Unchanged),
            material: count(&|d| d.material),
            without_entry: count(&|d| d.lacks_entry()),
        },
        registers: diffs,
    });
    s.push('\n');
    s
}
