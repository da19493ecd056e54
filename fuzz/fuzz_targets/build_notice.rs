//! Arbitrary bytes as a register file: when it checks without errors, every format and
//! language renders in memory (PDF included), and must neither panic nor fail.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::build::{render_notice, renderers};
use seloste::check::{check_text, notice};
use seloste::diagnostic::Severity;
use seloste::model::Date;
use seloste::render::templates::Templates;
use std::sync::OnceLock;

fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    T.get_or_init(|| Templates::load(None).expect("built-in templates load"))
}

fuzz_target!(|data: &[u8]| {
    let today = Date::parse("2026-11-21").unwrap();
    let checked = check_text("fuzz.yaml", data, today);
    let errors = checked
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error && d.suppressed.is_none());
    if errors {
        return;
    }
    let Some(n) = notice(&checked.workspace, 0, today) else {
        return;
    };
    let langs = n.register.meta.languages.clone();
    let renderers = renderers(&[], false);
    if let Err(e) = render_notice(&n, templates(), &renderers, &langs) {
        // A language without a built-in catalog is a clean build error, not a check error:
        // `--templates` may bring its catalog (templates/locales/<lang>.ftl).
        if langs.iter().all(|l| templates().catalogs.get(l).is_some()) {
            panic!("a register without errors failed to render: {e}");
        }
    }
});
