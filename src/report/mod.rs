//! Reporters: turn diagnostics into text for people (miette), JSON for machines, GitHub
//! Actions annotations or SARIF for code scanning.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::diagnostic::{Diagnostic, Severity};

/// Counts of a run, shown at the end of human output and in the JSON summary.
#[derive(Clone, Copy, Debug, Default, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub registers: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Findings silenced by a `suppress:` entry (not counted as errors or warnings).
    pub suppressed: usize,
}

impl Summary {
    pub fn new(files: usize, registers: usize, diagnostics: &[Diagnostic]) -> Summary {
        Summary {
            files,
            registers,
            errors: diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error && d.suppressed.is_none())
                .count(),
            warnings: diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Warning && d.suppressed.is_none())
                .count(),
            suppressed: diagnostics
                .iter()
                .filter(|d| d.suppressed.is_some())
                .count(),
        }
    }
}
