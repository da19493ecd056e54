//! `seloste diff OLD NEW` and `seloste diff --since <rev> [PATH]...`

use crate::diff::{self, Facts, RegisterDiff};
use crate::load::{Root, Workspace};
use crate::messages::{Messages, choose};
use crate::msg;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// Text for people, per register, material changes first.
    Human,
    /// JSON, for machines: one object with the registers and their changes (fields are only ever added).
    Json,
    /// Markdown, for a pull request comment.
    Markdown,
    /// GitHub Actions: annotations, and the Markdown report in the job summary.
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit with 1 when a material change has no changelog entry.
    Material,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Without --since: the old and the new version (two files or two folders). With
    /// --since: the files or folders to compare (default: the current folder).
    pub paths: Vec<PathBuf>,
    /// Compare the files as they are with the git revision REV (a branch, tag or commit).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Exit with 1 when a material change has no `changes:` entry.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// The language of the messages: fi, sv or en (default: from LC_ALL, LC_MESSAGES or
    /// LANG, else English).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

pub fn run(args: DiffArgs) -> ExitCode {
    let m = Messages::get(choose(args.lang.as_deref()));
    let root = match Root::discover() {
        Ok(root) => root,
        Err(e) => {
            crate::messages::error(
                m,
                msg!("check-no-project", error = e.to_string()),
                Some(msg!("check-no-project-help")),
            );
            return ExitCode::from(2);
        }
    };
    let (old, new) = match &args.since {
        Some(rev) => {
            let paths = if args.paths.is_empty() {
                vec![PathBuf::from(".")]
            } else {
                args.paths.clone()
            };
            let tree = match diff::git::checkout(&root, rev, &paths) {
                Ok(t) => t,
                Err(e) => {
                    crate::messages::error(m, e.error, Some(e.help));
                    return ExitCode::from(2);
                }
            };
            let old = match Root::at(tree.dir.path()) {
                Ok(old_root) if !tree.paths.is_empty() => {
                    Workspace::load_in(&old_root, &tree.paths)
                }
                _ => Workspace::default(),
            };
            let new = Workspace::load_in(&root, &paths);
            (Side::of(old, Some(tree.dir.path())), Side::of(new, None))
        }
        None => {
            let [old, new] = args.paths.as_slice() else {
                crate::messages::error(
                    m,
                    msg!("diff-two-paths", count = args.paths.len()),
                    Some(msg!("diff-two-paths-help")),
                );
                return ExitCode::from(2);
            };
            (
                Side::of(Workspace::load_in(&root, std::slice::from_ref(old)), None),
                Side::of(Workspace::load_in(&root, std::slice::from_ref(new)), None),
            )
        }
    };
    // A file that did not load cannot be compared: said, and the exit code is 2.
    let mut failed = false;
    for (file, io) in old.broken.iter().chain(&new.broken) {
        failed = true;
        let error = if *io {
            msg!("diff-not-read", file = file.as_str())
        } else {
            msg!("diff-not-loaded", file = file.as_str())
        };
        crate::messages::error(
            m,
            error,
            Some(msg!("diff-not-loaded-help", file = file.as_str())),
        );
    }
    // A file read with errors is compared without what did not load: said, not fatal.
    for file in old.partly.iter().chain(&new.partly) {
        let w = msg!(
            "diff-warning",
            text = m.text(&msg!("diff-partly-loaded", file = file.as_str()))
        );
        let h = msg!(
            "cli-help",
            text = m.text(&msg!("diff-not-loaded-help", file = file.as_str()))
        );
        eprintln!("{}", crate::report::visible(&m.text(&w)));
        eprintln!("{}", crate::report::visible(&m.text(&h)));
    }
    let diffs = diff::compare(&old.facts, &new.facts);
    let out = match args.format {
        Format::Human => diff::format_human::render(&diffs, m),
        Format::Json => diff::format_json::render(&diffs),
        Format::Markdown => diff::format_markdown::render(&diffs, m),
        Format::Github => {
            if let Err(e) = diff::format_github::write_summary(&diffs, m) {
                crate::messages::error(
                    m,
                    msg!("diff-summary-not-written", error = e.to_string()),
                    Some(msg!("diff-summary-not-written-help")),
                );
                failed = true;
            }
            diff::format_github::render(&diffs, m)
        }
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    if failed {
        ExitCode::from(2)
    } else if args.fail_on == Some(FailOn::Material) && diffs.iter().any(RegisterDiff::lacks_entry)
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One version: the facts of its registers, and the files that did not load
/// (`true`: not read at all).
struct Side {
    facts: Vec<Facts>,
    broken: Vec<(String, bool)>,
    /// Files read with errors: what did not load is left out of the comparison.
    partly: Vec<String>,
}

impl Side {
    /// `tmp`: the temporary folder an old version was written into; paths are shown
    /// relative to it, as they are in the project.
    fn of(ws: Workspace, tmp: Option<&Path>) -> Side {
        let (mut facts, broken) = diff::facts_of(&ws);
        let mut broken: Vec<(String, bool)> = broken.into_iter().map(|f| (f, false)).collect();
        for d in &ws.diagnostics {
            if d.rule == "io-error" || d.rule == "outside-project" {
                let f = crate::report::visible_path(&ws.files.get(d.file).path);
                if !broken.iter().any(|(b, _)| b == &f) {
                    broken.push((f, true));
                }
            }
        }
        let mut partly: Vec<String> = Vec::new();
        for d in &ws.diagnostics {
            let f = crate::report::visible_path(&ws.files.get(d.file).path);
            if d.severity == crate::diagnostic::Severity::Error
                && !broken.iter().any(|(b, _)| b == &f)
                && !partly.contains(&f)
            {
                partly.push(f);
            }
        }
        if let Some(tmp) = tmp {
            let tmp = crate::report::visible_path(tmp);
            let strip = |s: &mut String| {
                if let Some(rest) = s.strip_prefix(&tmp) {
                    *s = rest.trim_start_matches('/').to_string();
                }
            };
            for f in &mut facts {
                strip(&mut f.file);
                for items in f.sections.values_mut() {
                    for i in items.values_mut() {
                        strip(&mut i.at.file);
                        i.field_at.values_mut().for_each(|p| strip(&mut p.file));
                    }
                }
            }
            for (f, _) in &mut broken {
                strip(f);
            }
            partly.iter_mut().for_each(strip);
        }
        Side {
            facts,
            broken,
            partly,
        }
    }
}
