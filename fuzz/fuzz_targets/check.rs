//! Arbitrary bytes as a register file: loading and every rule must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::model::Date;

fuzz_target!(|data: &[u8]| {
    let today = Date::parse("2026-11-21").unwrap();
    let checked = seloste::check::check_text("fuzz.yaml", data, today);
    // The reports must cope with whatever the rules found.
    let _ = checked.has_errors();
    for d in &checked.diagnostics {
        let _ = d.sort_key();
    }
});
