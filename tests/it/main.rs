//! The integration tests, as one test binary: each file here is a module (a test group),
//! so the library, Typst included, is linked once instead of once per file. Run one group
//! with `cargo test --test it <group>::` (e.g. `cargo test --test it corpus::`).
//! The snapshots are in tests/it/snapshots/, named `it__<group>__<name>.snap` by insta.
//! A test that needs a process of its own stays a file of tests/ (its own binary):
//! tests/hostile.rs reads the peak memory of the seloste it starts, and a child started
//! with posix_spawn inherits the peak of the test process, which here is large.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/sarif_schema.rs"]
mod sarif_schema;

mod authority;
mod build;
mod build_language;
mod ci_examples;
mod cli;
mod cli_languages;
mod confinement;
mod corpus;
mod diff;
mod examples;
mod fast_yaml;
mod fuzz_corpus;
mod generator;
mod help_languages;
mod init;
mod languages;
mod load;
mod lsp;
mod markdown_safety;
mod notice_content;
mod officer_language;
mod officer_notes;
mod output_safety;
mod output_text;
mod pdf;
mod pdf_samples;
mod places;
mod project;
mod properties;
mod prose;
mod rebuild;
mod recovery;
mod report;
mod report_formats;
mod ropa;
mod rules;
mod sarif;
mod schema;
mod serve;
mod suppress;
mod user_templates;
mod vague_wording;
