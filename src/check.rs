//! `check` as a library function: load every file, run the rules on every register,
//! and return the sorted diagnostics.

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Content, Root, Workspace};
use crate::model::Date;
use crate::rules::{self, Notice, Origin};
use std::path::{Path, PathBuf};

/// The outcome of checking some paths.
pub struct Checked {
    pub workspace: Workspace,
    pub diagnostics: Vec<Diagnostic>,
    pub registers: usize,
}

impl Checked {
    /// The counts shown at the end of a report.
    pub fn summary(&self) -> crate::report::Summary {
        crate::report::Summary::new(
            self.workspace.files.len(),
            self.registers,
            &self.diagnostics,
        )
        .with_not_checked(self.not_checked())
    }

    /// What could not be checked because it did not load, file by file in source order.
    pub fn not_checked(&self) -> Vec<crate::report::NotChecked> {
        let mut out = Vec::new();
        for doc in &self.workspace.docs {
            let rec = &doc.recovery;
            if rec.is_empty() {
                continue;
            }
            let file = crate::report::visible_path(&self.workspace.files.get(doc.file).path);
            let mut items: Vec<crate::report::NotChecked> = rec
                .left_out
                .iter()
                .map(|l| crate::report::NotChecked {
                    file: file.clone(),
                    line: l.span.line,
                    value: crate::messages::en(&l.shown),
                    shown: l.shown.clone(),
                    rules: Vec::new(),
                })
                .collect();
            for s in &rec.silenced {
                let value = crate::messages::en(&s.shown);
                match items.iter_mut().find(|i| i.value == value) {
                    Some(i) => i.rules.push(s.rule),
                    None => items.push(crate::report::NotChecked {
                        file: file.clone(),
                        line: s.line,
                        value,
                        shown: s.shown.clone(),
                        rules: vec![s.rule],
                    }),
                }
            }
            items.sort_by_key(|i| i.line);
            out.extend(items);
        }
        out
    }

    /// The diagnostics as `check` prints them for people, in English.
    pub fn render_human(&self, color: bool) -> String {
        self.render_human_in(color, crate::messages::Messages::english())
    }

    /// The diagnostics as `check` prints them for people, in the language of `m`.
    pub fn render_human_in(&self, color: bool, m: &crate::messages::Messages) -> String {
        let summary = self.summary();
        let files = &self.workspace.files;
        let mut text = crate::report::human::render(&self.diagnostics, files, &summary, color, m);
        text.push_str(&crate::report::human::not_checked(&summary, m));
        text
    }

    /// True when an error that is not suppressed was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.suppressed.is_none())
    }

    /// True when a warning that is not suppressed was found.
    pub fn has_warnings(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Warning && d.suppressed.is_none())
    }
}

/// Builds the notice of register doc `i`, if it loaded.
pub fn notice<'a>(ws: &'a Workspace, i: usize, today: Date) -> Option<Notice<'a>> {
    let doc = &ws.docs[i];
    let Content::Register(register) = &doc.content else {
        return None;
    };
    let tree = doc.tree.as_ref()?;
    let org_doc = ws.organisation_of.get(&i).map(|&j| &ws.docs[j]);
    let org = ws.organisation_of.get(&i).and_then(|&j| {
        let od = &ws.docs[j];
        match (&od.content, &od.tree) {
            (Content::Organisation(o), Some(t)) => Some((
                &**o,
                Origin {
                    file: od.file,
                    tree: t,
                },
            )),
            _ => None,
        }
    });
    Some(Notice {
        files: &ws.files,
        today,
        register,
        reg: Origin {
            file: doc.file,
            tree,
        },
        org,
        strings: Default::default(),
        left_out: [Some(&doc.recovery), org_doc.map(|d| &d.recovery)],
    })
}

/// Checks `paths` in the project folder of the current folder ([`Root::discover`]).
pub fn check_paths(paths: &[PathBuf]) -> Checked {
    check_paths_on(paths, Date::today())
}

/// Checks as if today were `today` (tests use a fixed date), in the project folder of the
/// current folder.
pub fn check_paths_on(paths: &[PathBuf], today: Date) -> Checked {
    check_workspace(Workspace::load(paths), today, false)
}

/// Checks `paths` reading only files inside the project folder `root`.
pub fn check_paths_in(root: &Root, paths: &[PathBuf], today: Date) -> Checked {
    check_workspace(Workspace::load_in(root, paths), today, false)
}

/// [`check_paths_in`], with the rules of the record of processing activities too
/// (`check --ropa`) when `ropa`.
pub fn check_paths_in_with(root: &Root, paths: &[PathBuf], today: Date, ropa: bool) -> Checked {
    check_workspace(Workspace::load_in(root, paths), today, ropa)
}

/// [`check_paths_on`] with the rules of the record of processing activities too.
pub fn check_paths_ropa_on(paths: &[PathBuf], today: Date) -> Checked {
    check_workspace(Workspace::load(paths), today, true)
}

/// Checks `paths` in the project folder `root`, reading the files `overlay` names from
/// memory instead of disk (an editor's open documents: see [`Workspace::load_with`]).
pub fn check_paths_with(
    root: &Root,
    paths: &[PathBuf],
    overlay: std::collections::HashMap<PathBuf, std::sync::Arc<str>>,
    today: Date,
) -> Checked {
    check_workspace(Workspace::load_with(root, paths, overlay), today, false)
}

/// Checks one file given in memory as if it were at `name` (for fuzzing and property
/// tests). Nothing is read from disk: a `meta.organisation` file is reported as missing.
pub fn check_text(name: &str, text: &[u8], today: Date) -> Checked {
    check_workspace(Workspace::load_bytes(Path::new(name), text), today, false)
}

/// True when a rule's finding on register doc `i` only repeats that a value did not load
/// (see [`crate::load::recover`]): that value's own error is already reported.
fn hidden_by_recovery(ws: &Workspace, i: usize, d: &Diagnostic) -> bool {
    let docs = std::iter::once(i).chain(ws.organisation_of.get(&i).copied());
    docs.map(|j| &ws.docs[j])
        .filter(|doc| doc.file == d.file && !doc.recovery.is_empty())
        .any(|doc| doc.recovery.hides(d.rule, d.span.map_or(0, |s| s.line)))
}

fn check_workspace(workspace: Workspace, today: Date, ropa: bool) -> Checked {
    let (diagnostics, registers) = diagnose(&workspace, today, ropa, true);
    Checked {
        workspace,
        diagnostics,
        registers,
    }
}

/// Checks `workspace` while `beside` reads it on a thread of its own (a build renders the
/// notices meanwhile, to keep those without errors); both results.
pub fn check_during<R: Send>(
    workspace: Workspace,
    today: Date,
    ropa: bool,
    beside: impl FnOnce(&Workspace) -> R + Send,
) -> (Checked, R) {
    let (diagnostics, registers, beside) = std::thread::scope(|s| {
        let beside = s.spawn(|| beside(&workspace));
        // `beside` has a core of its own: the rules of a lone register are not spread
        // over the others, where they would take turns with it.
        let (diagnostics, registers) = diagnose(&workspace, today, ropa, false);
        let beside = beside
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (diagnostics, registers, beside)
    });
    let checked = Checked {
        workspace,
        diagnostics,
        registers,
    };
    (checked, beside)
}

/// The findings on `workspace`, and how many registers it holds.
fn diagnose(
    workspace: &Workspace,
    today: Date,
    ropa: bool,
    may_spread: bool,
) -> (Vec<Diagnostic>, usize) {
    let mut diagnostics = workspace.diagnostics.clone();
    let mut registers = 0;
    let docs: Vec<usize> = (0..workspace.docs.len()).collect();
    // Fewer registers than cores: the rules of each are spread over the cores instead.
    let spread = may_spread && workspace.register_count() < crate::par::threads();
    let found = crate::par::map(&docs, |&i| {
        notice(workspace, i, today).map(|n| {
            let mut found = if spread {
                rules::check_spread(&n)
            } else {
                rules::check(&n)
            };
            if ropa {
                found.extend(rules::check_ropa(&n));
            }
            found
        })
    });
    for (i, found) in found.into_iter().enumerate() {
        if let Some(found) = found {
            registers += 1;
            diagnostics.extend(
                found
                    .into_iter()
                    .filter(|d| !hidden_by_recovery(workspace, i, d)),
            );
        } else if workspace.docs[i]
            .tree
            .as_ref()
            .is_some_and(|t| t.entry("meta").is_some())
        {
            // A register file with errors that kept it from being read: still a register.
            registers += 1;
        }
    }
    diagnostics.extend(rules::duplicate_id::check(workspace));
    // An organisation file shared by several registers is reported once.
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    // Suppressions written in the files silence findings inside the item they are in.
    let known: Vec<&str> = rules::all_infos().iter().map(|i| i.id).collect();
    let mut extra = Vec::new();
    for doc in &workspace.docs {
        // Most files have no `suppress:` at all, and a text search says so at once. (A key
        // spelt with escapes would be missed: its findings would show, never the reverse.)
        if !workspace.files.get(doc.file).text.contains("suppress") {
            continue;
        }
        if let Some(tree) = &doc.tree {
            extra.extend(rules::suppression::apply(
                doc.file,
                tree,
                &mut diagnostics,
                &known,
            ));
        }
    }
    if !extra.is_empty() {
        diagnostics.extend(extra);
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
    // The project's choice of rules and severities (seloste.toml, --select, --ignore).
    if let Some(policy) = crate::config::policy() {
        policy.apply(&mut diagnostics);
    }
    // One defect, one finding (after suppressions, so that silencing one finding neither
    // hides the other nor makes a suppression of it look unused).
    rules::overlap::drop_overlaps(&mut diagnostics);
    rules::overlap::merge_repeats(&mut diagnostics, workspace);
    (diagnostics, registers)
}
